//! `web::mount`: the Rust front door's charts on a page. A Leptos, Yew or Dioxus component, or a
//! `wasm-bindgen-test` in another crate, draws the same chart the JavaScript's `kpiChart(el,
//! data, options)` draws, with the same keys, words, table and exports.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsError};
use web_sys::HtmlElement;

use super::handle::ChartHandle;
use super::scorecard::{mount_scorecard, ScorecardHandle};
use crate::api::drawn::{Drawn, OnePicture};
use crate::api::{FundingChart, JudgementChart, KpiChart, Scorecard};
use crate::model::Json;

/// Any of the four charts, ready to mount: made by `From` from a [`KpiChart`],
/// [`JudgementChart`], [`FundingChart`] or [`Scorecard`].
pub struct Mountable(What);

enum What {
    Picture(Drawn),
    Scorecard { data: Json, options: Json },
}

impl From<KpiChart> for Mountable {
    fn from(chart: KpiChart) -> Mountable {
        Mountable(What::Picture(chart.into_drawn()))
    }
}
impl From<JudgementChart> for Mountable {
    fn from(chart: JudgementChart) -> Mountable {
        Mountable(What::Picture(chart.into_drawn()))
    }
}
impl From<FundingChart> for Mountable {
    fn from(chart: FundingChart) -> Mountable {
        Mountable(What::Picture(chart.into_drawn()))
    }
}
impl From<Scorecard> for Mountable {
    fn from(scorecard: Scorecard) -> Mountable {
        let (data, options) = scorecard.into_parts();
        Mountable(What::Scorecard { data, options })
    }
}

/// A chart on the page, from [`mount`]. It lives while its element is in the document, or until
/// [`destroy`](Mounted::destroy); dropping this handle does not remove it.
pub struct Mounted {
    container: HtmlElement,
    handle: RefCell<Handle>,
}

enum Handle {
    Picture(ChartHandle),
    Scorecard(ScorecardHandle),
}

/// Draws `chart` in `container` (an HTML element in the document), filling its width, with
/// everything the JavaScript's charts have: keys, tooltip, words for screen readers, the data
/// table, and the listeners that [`Mounted::destroy`] removes.
///
/// ```no_run
/// use council_charts::KpiChart;
///
/// let document = web_sys::window().unwrap().document().unwrap();
/// let container = document.get_element_by_id("chart").unwrap();
/// let chart = KpiChart::from_text("Year,Our council\n2023,52\n2024,55", "")?;
/// let mounted = council_charts::web::mount(&container, chart)?;
/// assert!(mounted.describe()?.contains("55"));
/// mounted.destroy();
/// # Ok::<(), wasm_bindgen::JsError>(())
/// ```
///
/// # Errors
/// A `container` that is not an HTML element in the document.
pub fn mount(container: &web_sys::Element, chart: impl Into<Mountable>) -> Result<Mounted, JsError> {
    let container = container
        .dyn_ref::<HtmlElement>()
        .filter(|element| element.is_connected())
        .ok_or_else(|| JsError::new("container: expected an HTML element in the document"))?
        .clone();
    let handle = put(&container, chart.into())?;
    Ok(Mounted { container, handle: RefCell::new(handle) })
}

fn put(container: &HtmlElement, chart: Mountable) -> Result<Handle, JsError> {
    Ok(match chart.0 {
        What::Picture(Drawn { chart, builder, options }) => {
            Handle::Picture(ChartHandle::mount_checked(container.clone(), chart, builder, options)?)
        }
        What::Scorecard { data, options } => Handle::Scorecard(mount_scorecard(container.clone(), &data, options)?),
    })
}

fn busy() -> JsError {
    JsError::new("chart: busy; try again")
}

impl Mounted {
    /// Shows `chart` instead. A chart of one picture is replaced in place (series the reader
    /// hid stay hidden, by name); a scorecard, or a chart of another kind, is drawn anew in the
    /// same container and the old one removed.
    ///
    /// # Errors
    /// After `destroy()`, or while the chart is drawing.
    pub fn update(&self, chart: impl Into<Mountable>) -> Result<(), JsError> {
        let mut handle = self.handle.try_borrow_mut().map_err(|_| busy())?;
        match (&*handle, chart.into()) {
            (Handle::Picture(old), Mountable(What::Picture(Drawn { chart, builder, options }))) => {
                old.replace_with(chart, builder, options)
            }
            (_, chart) => {
                let new = put(&self.container, chart)?;
                match std::mem::replace(&mut *handle, new) {
                    Handle::Picture(old) => old.destroy(),
                    Handle::Scorecard(old) => old.destroy(),
                }
                Ok(())
            }
        }
    }

    /// What the chart says in words, as `Chart::describe` does.
    ///
    /// # Errors
    /// After `destroy()`, or while the chart is drawing.
    pub fn describe(&self) -> Result<String, JsError> {
        match &*self.handle.try_borrow().map_err(|_| busy())? {
            Handle::Picture(chart) => chart.describe(),
            Handle::Scorecard(scorecard) => scorecard.describe(),
        }
    }

    /// Measures the container again and redraws if its size changed (also automatic).
    ///
    /// # Errors
    /// After `destroy()`, or while the chart is drawing.
    pub fn resize(&self) -> Result<(), JsError> {
        match &*self.handle.try_borrow().map_err(|_| busy())? {
            Handle::Picture(chart) => chart.resize(),
            Handle::Scorecard(scorecard) => scorecard.resize(),
        }
    }

    /// Removes everything the chart added to the page, and every listener. Safe to call twice.
    pub fn destroy(&self) {
        if let Ok(handle) = self.handle.try_borrow() {
            match &*handle {
                Handle::Picture(chart) => chart.destroy(),
                Handle::Scorecard(scorecard) => scorecard.destroy(),
            }
        }
    }
}
