//! A chart lives while its page shows it. The page, not the JavaScript object a drawing
//! function returns, owns each chart: a page that draws a chart and keeps nothing (a common way
//! to draw one that needs no later calls) must not lose its buttons, hover and keys when the
//! garbage collector finalises that object. A chart ends when `destroy()` is called or when its
//! figure leaves the document (its container removed without `destroy()`), and then removes
//! its listeners, its size watch and its memory itself.
//!
//! One MutationObserver serves the page, as one ResizeObserver does: a batch of mutations that
//! removed an element sweeps the charts whose figures are no longer connected. A chart moved
//! within one task stays: the batch is delivered after the move is complete.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MutationObserver, MutationObserverInit, MutationRecord, Node};

/// What the page keeps of a chart: whether it is still shown, and how to end it.
pub trait Alive {
    /// Whether its figure is still in a document. A chart busy drawing counts as shown.
    fn is_shown(&self) -> bool;
    /// Removes everything it added, as `destroy()` does. Safe to call twice.
    fn end(&self);
    /// Whether it was drawn in `container`: its figure is the container's child, or a tile of a
    /// scorecard list that is (container > ul.council-scorecard > li > figure).
    fn is_in(&self, container: &web_sys::Element) -> bool;
}

/// Ends every chart drawn in `container` before another is drawn there: one chart per
/// container, so a page that draws again without `destroy()` (React's StrictMode runs an
/// effect twice; a council switch redraws) replaces the chart instead of adding a second.
/// A scorecard's emptied list goes with its tiles. Charts drawn deeper inside the container
/// (in elements the page made) are not this container's and are left alone.
pub fn replace_in(container: &web_sys::Element) {
    // The container's own children first: a fresh container (nearly every mount, a hundred on
    // a page of charts) has none of ours, and the page's charts are then not walked at all.
    let (mut figure, mut lists) = (false, Vec::new());
    let mut child = container.first_element_child();
    while let Some(element) = child {
        child = element.next_element_sibling();
        if is_scorecard_list(&element) {
            lists.push(element);
        } else if element.tag_name() == "FIGURE" && has_class(&element, "council-chart") {
            figure = true;
        }
    }
    if !figure && lists.is_empty() {
        return;
    }
    let gone: Vec<Rc<dyn Alive>> = PAGE.with(|page| {
        let Ok(mut page) = page.try_borrow_mut() else { return Vec::new() };
        let Some(page) = page.as_mut() else { return Vec::new() };
        let (gone, kept): (Vec<_>, Vec<_>) =
            std::mem::take(&mut page.charts).into_iter().partition(|(_, c)| c.is_in(container));
        page.charts = kept;
        gone.into_iter().map(|(_, chart)| chart).collect()
    });
    for chart in gone {
        chart.end();
    }
    for list in lists {
        list.remove();
    }
}

fn has_class(element: &web_sys::Element, class: &str) -> bool {
    element.class_name().split_whitespace().any(|c| c == class)
}

fn is_scorecard_list(element: &web_sys::Element) -> bool {
    element.tag_name() == "UL" && has_class(element, "council-scorecard")
}

/// Whether `figure` was drawn in `container` (see `Alive::is_in`).
pub fn drawn_in(figure: &web_sys::Element, container: &web_sys::Element) -> bool {
    let parent = figure.parent_element();
    if parent.as_ref() == Some(container) {
        return true;
    }
    let list = parent.filter(|p| p.tag_name() == "LI").and_then(|li| li.parent_element());
    list.is_some_and(|ul| is_scorecard_list(&ul) && ul.parent_element().as_ref() == Some(container))
}

/// The observer and the charts it keeps. Made with the first chart and kept for the page's
/// life: its callback may be running when the last chart goes, and a closure must not be
/// dropped while it runs.
struct Page {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    charts: Vec<(u32, Rc<dyn Alive>)>,
    /// The roots observed: the document, and any shadow root a chart was drawn in.
    roots: Vec<Node>,
    next: u32,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// The page keeps `chart` until it is let go (`let_go`) or its figure leaves the document.
/// `root` is the container's root node (the document, or a shadow root), observed for removals.
pub fn keep(chart: Rc<dyn Alive>, root: &Node) -> Result<u32, JsValue> {
    PAGE.with(|page| {
        let mut page = page.try_borrow_mut().map_err(|_| JsValue::from_str("chart: busy; try again"))?;
        if page.is_none() {
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(mutated);
            let observer = MutationObserver::new(callback.as_ref().unchecked_ref())?;
            *page = Some(Page { observer, _callback: callback, charts: Vec::new(), roots: Vec::new(), next: 0 });
        }
        let Some(page) = page.as_mut() else { return Err(JsValue::from_str("chart: no page")) };
        if !page.roots.iter().any(|r| r == root) {
            let options = MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            page.observer.observe_with_options(root, &options)?;
            page.roots.push(root.clone());
        }
        let id = page.next;
        page.next = page.next.wrapping_add(1);
        page.charts.push((id, chart));
        Ok(id)
    })
}

/// The page lets go of a chart (it has been destroyed). Dropping the page's reference happens
/// after the list is let go, in case the chart's own drop touches the page.
pub fn let_go(id: u32) {
    let gone = PAGE.with(|page| {
        let Ok(mut page) = page.try_borrow_mut() else { return None };
        let page = page.as_mut()?;
        let at = page.charts.iter().position(|(i, _)| *i == id)?;
        Some(page.charts.swap_remove(at))
    });
    drop(gone);
}

/// The observer's callback: only a batch that removed an element from outside every chart's
/// own figure can have taken a chart away. A chart's own changes (its tooltip's lines, replaced
/// on every hover; its table, legend and notes) are removals inside its figure, so hover pays
/// at most one `closest` per record and never the sweep.
fn mutated(records: js_sys::Array) {
    let outside_charts = |record: &MutationRecord| {
        let parent = record.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        parent.is_none_or(|parent| parent.closest("figure.council-chart").ok().flatten().is_none())
    };
    // Whether an element was removed is asked first: most records (a new chart's own elements
    // and words, 700 for 100 tiles) removed none, and need no `closest`.
    let removed_element = records.iter().filter_map(|r| r.dyn_into::<MutationRecord>().ok()).any(|record| {
        let nodes = record.removed_nodes();
        (0..nodes.length()).filter_map(|i| nodes.item(i)).any(|n| n.node_type() == Node::ELEMENT_NODE)
            && outside_charts(&record)
    });
    if removed_element {
        sweep();
    }
}

/// Ends every chart no longer shown. The list is let go before any chart is ended, so ending
/// one (which removes elements and fires events) may mount or destroy others.
fn sweep() {
    let gone: Vec<Rc<dyn Alive>> = PAGE.with(|page| {
        let Ok(mut page) = page.try_borrow_mut() else { return Vec::new() };
        let Some(page) = page.as_mut() else { return Vec::new() };
        let (shown, gone): (Vec<_>, Vec<_>) =
            std::mem::take(&mut page.charts).into_iter().partition(|(_, c)| c.is_shown());
        page.charts = shown;
        gone.into_iter().map(|(_, chart)| chart).collect()
    });
    for chart in gone {
        chart.end();
    }
}
