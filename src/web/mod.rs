//! Stage 6: the page. The only module that touches wasm-bindgen and web-sys; everything it
//! shows comes from the stages above, and data reaches the DOM through `textContent` only.

mod dom;
mod handle;
mod input;
mod listeners;
mod measure;
mod mounted;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::chart::judgement::JudgementChart;
use crate::chart::kpi::KpiChart;
pub use handle::ChartHandle;

/// `kpiChart(container, data, options)`: a KPI chart filling `container`.
/// `data` is a KPI object or its JSON text; bad input throws an `Error` naming the field.
#[wasm_bindgen(js_name = kpiChart)]
pub fn kpi_chart(container: HtmlElement, data: JsValue, options: JsValue) -> Result<ChartHandle, JsError> {
    ChartHandle::mount(container, &data, &options, KpiChart::build)
}

/// `judgementChart(container, data, options)`: inspection grades as a grid (default) or,
/// with `options.view = "journey"`, each area's journey across inspections.
#[wasm_bindgen(js_name = judgementChart)]
pub fn judgement_chart(container: HtmlElement, data: JsValue, options: JsValue) -> Result<ChartHandle, JsError> {
    ChartHandle::mount(container, &data, &options, JudgementChart::build)
}
