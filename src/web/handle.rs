//! The object JavaScript holds: `update`, `resize`, `describe`, `toCsv`, `toSvg`, `destroy`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::alive::{keep, let_go, Alive};
use super::dom::ChartDom;
use super::events::{on_event, on_focus, on_key, on_legend_click, on_play, on_plot_pointer, on_pointer_leaving, with};
use super::input::to_json;
use super::later::AfterPaint;
use super::listeners::{on, Handler, Listeners, SizeWatch};
use super::mounted::{Download, Mounted};
use super::output::to_js;
use super::page_events::PageWatch;
use super::theme::page_theme;
use super::watched::Watched;
use crate::chart::picture::to_svg;
use crate::chart::Builder;
use crate::model::shapes::results::TextLayout;
use crate::scene::{ArialMetrics, Theme};

/// A chart on the page. Every listener it adds is owned by its `Kept` state, which the page
/// keeps too (web::alive): dropping this handle (the garbage collector finalising the
/// JavaScript object, or `free()`) frees only the handle, and the chart lives on until
/// `destroy()` or until its figure leaves the document.
#[wasm_bindgen(js_name = Chart)]
pub struct ChartHandle {
    state: Rc<Kept>,
    /// The page's key for this chart, to let go of it on `destroy()`.
    id: u32,
}

/// Every method takes `&self` and `destroy` empties this: removing the figure can fire focus
/// events synchronously, and a page listener that calls back into the chart then must find it
/// destroyed, not a Rust object already borrowed ("recursive use").
struct Kept(RefCell<Option<Live>>);

impl Alive for Kept {
    fn is_shown(&self) -> bool {
        match self.0.try_borrow() {
            Ok(live) => live.as_ref().is_some_and(|live| live.figure.is_connected()),
            Err(_) => true,
        }
    }

    fn is_in(&self, container: &web_sys::Element) -> bool {
        match self.0.try_borrow() {
            Ok(live) => live.as_ref().is_some_and(|live| super::alive::drawn_in(&live.figure, container)),
            Err(_) => false,
        }
    }

    fn end(&self) {
        // Taken out first, so that nothing is borrowed while the page reacts to the removal.
        let live = self.0.try_borrow_mut().ok().and_then(|mut state| state.take());
        if let Some(live) = live {
            live.figure.remove();
            // Dropping the listeners and the size watch removes them from the page.
            drop(live);
        }
    }
}

struct Live {
    /// Kept outside the RefCell so destroy() can always remove it, even mid-event.
    figure: HtmlElement,
    mounted: Rc<RefCell<Mounted>>,
    _listeners: Listeners,
    _size_watch: SizeWatch,
    _page_watch: PageWatch,
    /// Builds the hidden data table and the hover index after the first paint; dropped, it
    /// never runs.
    _after_paint: AfterPaint,
}

fn busy() -> JsError {
    JsError::new("chart: busy drawing; try again")
}

fn destroyed() -> JsError {
    JsError::new("chart: it has been destroyed")
}

/// A step the browser refused (a DOMException, say) as the page's error: its message. Not the
/// value's `Debug` text, which release builds compile without (`-Zfmt-debug=none`).
pub(crate) fn js_error(e: JsValue) -> JsError {
    let message = e.as_string().or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())));
    JsError::new(&message.unwrap_or_else(|| "the browser refused a step of drawing the chart".to_owned()))
}

impl ChartHandle {
    pub(crate) fn mount(
        container: HtmlElement,
        data: &JsValue,
        options: &JsValue,
        builder: Builder,
    ) -> Result<ChartHandle, JsError> {
        // Check everything before touching the page: bad data leaves the container untouched.
        let options = to_json(options, "options")?;
        let data = to_json(data, "data")?;
        let chart = builder(&data, &options)?;
        ChartHandle::mount_checked(container, chart, builder, options)
    }

    /// Mounts a chart already built from checked data and draws it; `builder` and `options`
    /// serve `update`.
    pub(crate) fn mount_checked(
        container: HtmlElement,
        chart: Box<dyn crate::chart::Chart>,
        builder: Builder,
        options: crate::model::Json,
    ) -> Result<ChartHandle, JsError> {
        let theme = page_theme(&container)?;
        // One chart per container: a chart already drawn here is replaced, not drawn over.
        super::alive::replace_in(&container);
        let handle = ChartHandle::mount_undrawn(container, chart, builder, options, theme)?;
        let width = handle.plot_width()?;
        handle.draw_at(width)?;
        // A chart on its own says its words at once; a scorecard's tiles after the first paint.
        {
            let mounted = handle.mounted()?;
            let mounted = mounted.try_borrow().map_err(|_| busy())?;
            mounted.dom.ensure_spoken(mounted.chart.as_ref());
        }
        Ok(handle)
    }

    /// The plot's width; see `Mounted::plot_width` for why many charts read all widths first.
    pub(crate) fn plot_width(&self) -> Result<f64, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        Ok(mounted.plot_width())
    }

    /// Draws at a width already read.
    pub(crate) fn draw_at(&self, width: f64) -> Result<(), JsError> {
        let mounted = self.mounted()?;
        let mut mounted = mounted.try_borrow_mut().map_err(|_| busy())?;
        mounted.render_at(width, true).map_err(js_error)
    }

    /// Puts a chart on the page without drawing it yet (`draw_at` draws it).
    pub(crate) fn mount_undrawn(
        container: HtmlElement,
        chart: Box<dyn crate::chart::Chart>,
        builder: Builder,
        options: crate::model::Json,
        theme: Theme,
    ) -> Result<ChartHandle, JsError> {
        let document =
            container.owner_document().ok_or_else(|| JsError::new("container: the element is not in a document"))?;
        // Only a chart that shows a toolbar builds one (and listens to it).
        let dom = ChartDom::new(&document, &theme, chart.options().toolbar).map_err(js_error)?;
        dom.set_words(chart.as_ref()).map_err(js_error)?;
        container.append_child(dom.figure()).map_err(js_error)?;
        // What the listeners listen on, taken before the chart's elements move into it.
        let (figure, canvas, plot) = (dom.figure().clone(), dom.canvas().clone(), dom.plot().clone());
        let table_button = dom.table_button().clone();
        let toolbar = dom.toolbar().map(|t| (t.downloads.clone(), t.play.clone(), t.copy.clone()));
        let mounted =
            Rc::new_cyclic(|me| RefCell::new(Mounted::new(document, dom, chart, builder, options, theme, me)));
        mounted.try_borrow().map_err(|_| busy())?.fill_html().map_err(js_error)?;
        let window = web_sys::window().ok_or_else(|| JsError::new("container: no window to draw in"))?;
        // On the plot, not the overlay, which is made at the first pointer (web::dom::awake).
        // Escape and a tap elsewhere on the page are listened for from then too (Mounted::wake).
        // One JavaScript function for all of them (web::listeners::Listeners).
        let handlers: Vec<Handler> = vec![
            on(
                &plot,
                "pointermove",
                on_plot_pointer(&mounted, &plot, |m, e| m.hover(e.offset_x() as f64, e.offset_y() as f64)),
            ),
            // WCAG 1.4.13: the pointer may move onto the tooltip, which is in the plot, without
            // losing it...
            on(&plot, "pointerleave", on_pointer_leaving(&mounted)),
            // ...and on touch a tap shows one and a tap anywhere else hides it.
            on(
                &plot,
                "pointerdown",
                on_plot_pointer(&mounted, &plot, |m, e| {
                    if e.pointer_type() == "mouse" {
                        Ok(())
                    } else {
                        m.hover(e.offset_x() as f64, e.offset_y() as f64)
                    }
                }),
            ),
            on(&canvas, "keydown", on_key(&mounted)),
            // On the figure, not the legend, which is made only when a chart has series to hide
            // (perhaps not until an update): a click on any legend button comes up to it.
            on(&figure, "click", on_legend_click(&mounted)),
            on(&table_button, "click", on_event(&mounted, |m| m.dom.toggle_table(m.chart.as_ref()))),
            // Focus anywhere in the figure wakes the chart, so that its live region is on the
            // page before a button there (play, a legend's) says anything through it.
            on(
                &figure,
                "focusin",
                on_focus(&mounted, &canvas, |m, on_canvas| {
                    m.wake()?;
                    if !on_canvas {
                        return Ok(());
                    }
                    // A reader has arrived: the words and the table they may ask for next are
                    // there already.
                    m.dom.ensure_spoken(m.chart.as_ref());
                    m.dom.ensure_table(m.chart.as_ref())?;
                    m.dom.show_focus(true)?;
                    m.dom.show_keys(true)
                }),
            ),
            on(
                &figure,
                "focusout",
                on_focus(&mounted, &canvas, |m, on_canvas| {
                    if !on_canvas {
                        return Ok(());
                    }
                    m.dom.show_focus(false)?;
                    m.dom.show_keys(false)?;
                    m.dom.forget_value()?;
                    m.leave()
                }),
            ),
        ]
        .into_iter()
        .chain(toolbar.into_iter().flat_map(|([csv, png, svg], play, copy)| {
            [
                on(&csv, "click", on_event(&mounted, |m| m.download(Download::Csv))),
                on(&png, "click", on_event(&mounted, |m| m.download(Download::Png))),
                on(&svg, "click", on_event(&mounted, |m| m.download(Download::Svg))),
                on(&play, "click", on_play(&mounted)),
                on(&copy, "click", on_event(&mounted, |m| super::copy::copy_image(m))),
            ]
        }))
        .collect();
        let listeners = Listeners::new(handlers).map_err(js_error)?;
        let weak = Rc::downgrade(&mounted);
        let after_paint = AfterPaint::new({
            let weak = weak.clone();
            move || with(&weak, Mounted::after_first_paint)
        })
        .map_err(js_error)?;
        // A reader switching to dark or high contrast sees the chart follow, and printing redraws
        // it at print resolution and back afterwards (the page's listeners, web::page_events).
        let watched: Rc<dyn Watched> = Rc::new(weak);
        let page_watch = PageWatch::new(&window, watched.clone()).map_err(js_error)?;
        let size_watch = SizeWatch::new(&container, watched).map_err(js_error)?;
        let state = Rc::new(Kept(RefCell::new(Some(Live {
            figure,
            mounted,
            _listeners: listeners,
            _size_watch: size_watch,
            _page_watch: page_watch,
            _after_paint: after_paint,
        }))));
        let id = keep(state.clone(), &container.get_root_node()).map_err(js_error)?;
        Ok(ChartHandle { state, id })
    }

    /// Runs `f` on the chart itself (for a scorecard's spine, whose handle answers for it).
    #[cfg(feature = "kpi")]
    pub(super) fn with_chart<T>(&self, f: impl FnOnce(&dyn crate::chart::Chart) -> T) -> Result<T, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        Ok(f(mounted.chart.as_ref()))
    }

    /// Replaces the chart with one already read, and the builder and options later updates use.
    // For web::mount, which only the whole library has (not one family's module).
    #[allow(dead_code)]
    pub(crate) fn replace_with(
        &self,
        chart: Box<dyn crate::chart::Chart>,
        builder: Builder,
        options: crate::model::Json,
    ) -> Result<(), JsError> {
        let mounted = self.mounted()?;
        let mut mounted = mounted.try_borrow_mut().map_err(|_| busy())?;
        mounted.replace_with(chart, builder, options);
        Ok(())
    }

    /// The chart's state, unless it has been destroyed (or is being destroyed right now).
    fn mounted(&self) -> Result<Rc<RefCell<Mounted>>, JsError> {
        let state = self.state.0.try_borrow().map_err(|_| destroyed())?;
        state.as_ref().map(|live| live.mounted.clone()).ok_or_else(destroyed)
    }
}

#[wasm_bindgen(js_class = Chart)]
impl ChartHandle {
    /// Redraws with new data. Bad data throws and leaves the chart as it was.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "KpiData | JudgementData | FundingData | string")] data: JsValue,
    ) -> Result<(), JsError> {
        let data = to_json(&data, "data")?;
        let mounted = self.mounted()?;
        let mut mounted = mounted.try_borrow_mut().map_err(|_| busy())?;
        Ok(mounted.update(&data)?)
    }

    /// Measures the container again and redraws if its size changed; reads the theme's CSS
    /// custom properties again too, so a page that changes them calls this.
    pub fn resize(&self) -> Result<(), JsError> {
        let mounted = self.mounted()?;
        let mut mounted = mounted.try_borrow_mut().map_err(|_| busy())?;
        mounted.retheme().map_err(js_error)?;
        mounted.render(false).map_err(js_error)
    }

    /// A plain-English summary of what the chart shows.
    pub fn describe(&self) -> Result<String, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        Ok(mounted.chart.describe())
    }

    /// The chart's data as CSV text.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> Result<String, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        Ok(mounted.chart.to_csv())
    }

    /// A static SVG of the chart with its titles and source, at its current size.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> Result<String, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        let width = (mounted.dom.plot().client_width() as f64).max(320.0);
        Ok(to_svg(mounted.chart.as_ref(), width, &mounted.theme, &ArialMetrics))
    }

    /// The figures `describe()` speaks, as typed data: for a KPI the latest period and value,
    /// the change, status, distance from target, benchmarks and rank; for judgements the latest
    /// grades and movement; for a plan the totals and what checking it found.
    #[wasm_bindgen(unchecked_return_type = "Summary")]
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        to_js(&mounted.chart.summary())
    }

    /// For automated layout checks: `{ width, height, texts: [[text, left, top, right, bottom], ...] }`,
    /// every text drawn on the canvas with the box the canvas measures for it, in CSS pixels.
    #[wasm_bindgen(js_name = textBoxes, unchecked_return_type = "TextLayout")]
    pub fn text_boxes(&self) -> Result<JsValue, JsError> {
        let mounted = self.mounted()?;
        let mounted = mounted.try_borrow().map_err(|_| busy())?;
        let (boxes, (width, height)) = mounted.text_boxes();
        let texts = boxes.into_iter().map(|(text, [x0, y0, x1, y1])| (text, x0, y0, x1, y1)).collect();
        to_js(&TextLayout { width, height, texts })
    }

    /// Plays the chart's data as sound (the series the keyboard is on, or the council's own;
    /// with `{ benchmarks: true }` the benchmarks after it), or stops it if it is playing.
    /// `{ context }` schedules the notes in a Web Audio context of the caller's instead, such
    /// as an `OfflineAudioContext` to render. Returns the length in seconds (0 when stopped).
    pub fn sonify(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "SonifyOptions | null")] options: Option<JsValue>,
    ) -> Result<f64, JsError> {
        let (benchmarks, context) = super::input::sonify_options(&options.unwrap_or(JsValue::UNDEFINED))?;
        let mounted = self.mounted()?;
        let me = Rc::downgrade(&mounted);
        let mut mounted = mounted.try_borrow_mut().map_err(|_| busy())?;
        mounted.sonify(me, benchmarks, context).map_err(js_error)
    }

    /// Removes everything the chart added to the page and every listener. Safe to call twice.
    pub fn destroy(&self) {
        self.state.end();
        let_go(self.id);
    }
}
