//! The page's own listeners, shared by every chart as the ResizeObserver is: the colour scheme
//! (dark, and forced colours) and printing (`beforeprint`, `afterprint`). A page of 100 tiles
//! listens four times, not 400 (issue 45). A chart holds a `PageWatch`; dropping it stops the
//! watch, and with the last one the page stops listening. The closure itself is kept for the
//! page's life: it may be running when the last chart goes (a chart destroyed as it rethemes),
//! and a closure must not be dropped while it runs.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

use super::theme::SCHEME_QUERIES;
use super::watched::{redraw_all, PageEvent, Watched};

/// The window's printing events, each a `PageEvent::Print`.
const PRINTING: [&str; 2] = ["beforeprint", "afterprint"];

struct Shared {
    window: web_sys::Window,
    queries: Vec<MediaQueryList>,
    callback: Closure<dyn FnMut(web_sys::Event)>,
    watches: Vec<(u32, Rc<dyn Watched>)>,
    next: u32,
    listening: bool,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// A query changed or the page prints: every chart reads what changed for it, then every chart
/// applies it, then those that changed are drawn again (`redraw_all`), so the page's style and
/// layout are worked out once, not once a chart (see `web::watched`). The list is let go first,
/// so a chart may start or stop watches (mount or destroy charts) as it runs.
fn happened(event: web_sys::Event) {
    let what = match event.type_().as_str() {
        "beforeprint" => PageEvent::Print { before: true },
        "afterprint" => PageEvent::Print { before: false },
        _ => PageEvent::Scheme,
    };
    let charts: Vec<Rc<dyn Watched>> = SHARED
        .with(|shared| {
            let shared = shared.try_borrow().ok()?;
            Some(shared.as_ref()?.watches.iter().map(|(_, chart)| chart.clone()).collect())
        })
        .unwrap_or_default();
    let mut read = Vec::with_capacity(charts.len());
    for chart in &charts {
        read.push(chart.read(what));
    }
    let mut changed = Vec::with_capacity(charts.len());
    for (chart, theme) in charts.into_iter().zip(read) {
        if chart.apply(what, theme) {
            changed.push(chart);
        }
    }
    redraw_all(&changed, true);
}

impl Shared {
    fn listen(&mut self, on: bool) {
        if self.listening == on {
            return;
        }
        let f = self.callback.as_ref().unchecked_ref();
        let targets = self.queries.iter().map(|query| (query.as_ref(), "change"));
        let printing = PRINTING.iter().map(|name| (self.window.as_ref(), *name));
        for (target, name) in targets.chain(printing) {
            let target: &web_sys::EventTarget = target;
            let _ = if on {
                target.add_event_listener_with_callback(name, f)
            } else {
                target.remove_event_listener_with_callback(name, f)
            };
        }
        self.listening = on;
    }
}

/// One chart's watch on the page's colour scheme and printing.
pub struct PageWatch {
    id: u32,
}

impl PageWatch {
    /// Answers each page event for `chart` (see `happened`).
    pub fn new(window: &web_sys::Window, chart: Rc<dyn Watched>) -> Result<Self, JsValue> {
        SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().map_err(|_| JsValue::from_str("page watch: busy"))?;
            let shared = match shared.as_mut() {
                Some(shared) => shared,
                None => shared.insert(Shared {
                    window: window.clone(),
                    queries: SCHEME_QUERIES.iter().filter_map(|q| window.match_media(q).ok().flatten()).collect(),
                    callback: Closure::new(happened),
                    watches: Vec::new(),
                    next: 0,
                    listening: false,
                }),
            };
            let id = shared.next;
            shared.next = shared.next.wrapping_add(1);
            shared.watches.push((id, chart));
            shared.listen(true);
            Ok(PageWatch { id })
        })
    }
}

impl Drop for PageWatch {
    fn drop(&mut self) {
        SHARED.with(|shared| {
            let Ok(mut shared) = shared.try_borrow_mut() else { return };
            let Some(shared) = shared.as_mut() else { return };
            shared.watches.retain(|(id, _)| *id != self.id);
            if shared.watches.is_empty() {
                shared.listen(false);
            }
        });
    }
}
