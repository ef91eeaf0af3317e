//! Stage 6: the page. The only module that touches wasm-bindgen and web-sys; everything it
//! shows comes from the stages above, and data reaches the DOM through `textContent` only.
//!
//! From Rust, [`mount`] draws any of the front door's charts in an element and returns a
//! [`Mounted`] handle. The other functions here are the JavaScript exports (`kpiChart`,
//! `judgementChart`, `fundingChart`, `kpiScorecard`, `checkFundingPlan`), which take
//! JavaScript values and return the handles the JavaScript holds ([`ChartHandle`],
//! [`ScorecardHandle`]).

mod alive;
mod canvas;
#[cfg(feature = "funding")]
mod check;
mod copy;
mod dom;
mod events;
#[cfg(feature = "kpi")]
mod glyph_svg;
mod handle;
mod input;
mod later;
mod legend;
mod lines;
mod listeners;
mod measure;
// For Rust callers, who build the whole library (the default features); the one-family
// modules the npm package ships have no use for it.
#[cfg(all(feature = "kpi", feature = "judgement", feature = "funding"))]
mod mount;
mod mounted;
mod output;
mod page_events;
#[cfg(feature = "kpi")]
mod scorecard;
mod sound;
mod theme;
#[cfg(feature = "kpi")]
mod tile_words;
mod types;
mod watched;

use wasm_bindgen::prelude::*;

#[cfg(feature = "funding")]
use crate::chart::funding::FundingChart;
#[cfg(feature = "judgement")]
use crate::chart::judgement::JudgementChart;
#[cfg(feature = "kpi")]
use crate::chart::kpi::KpiChart;
#[cfg(feature = "funding")]
pub use check::check_funding_plan;
pub use handle::ChartHandle;
#[cfg(all(feature = "kpi", feature = "judgement", feature = "funding"))]
pub use mount::{mount, Mountable, Mounted};
#[cfg(feature = "kpi")]
pub use scorecard::{kpi_scorecard, ScorecardHandle};

/// `kpiChart(container, data, options)`: a KPI chart filling `container`.
/// `data` is a KPI object or its JSON text; bad input throws an `Error` naming the field.
#[cfg(feature = "kpi")]
#[wasm_bindgen(js_name = kpiChart)]
pub fn kpi_chart(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] container: JsValue,
    #[wasm_bindgen(unchecked_param_type = "KpiData | string")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "KpiOptions | null")] options: Option<JsValue>,
) -> Result<ChartHandle, JsError> {
    ChartHandle::mount(input::to_container(&container)?, &data, &options.unwrap_or(JsValue::UNDEFINED), KpiChart::build)
}

/// `judgementChart(container, data, options)`: inspection grades as a grid (default) or,
/// with `options.view = "journey"`, each area's journey across inspections.
#[cfg(feature = "judgement")]
#[wasm_bindgen(js_name = judgementChart)]
pub fn judgement_chart(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] container: JsValue,
    #[wasm_bindgen(unchecked_param_type = "JudgementData | string")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "JudgementOptions | null")] options: Option<JsValue>,
) -> Result<ChartHandle, JsError> {
    ChartHandle::mount(
        input::to_container(&container)?,
        &data,
        &options.unwrap_or(JsValue::UNDEFINED),
        JudgementChart::build,
    )
}

/// `fundingChart(container, data, options)`: a funding plan as stacked bars (default), a
/// waterfall from one column to another, or line-by-line bars; with whether it adds up
/// shown beside it. `data` is a plan object, its JSON text, or CSV pasted from a spreadsheet.
#[cfg(feature = "funding")]
#[wasm_bindgen(js_name = fundingChart)]
pub fn funding_chart(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] container: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FundingData | string")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FundingOptions | null")] options: Option<JsValue>,
) -> Result<ChartHandle, JsError> {
    ChartHandle::mount(
        input::to_container(&container)?,
        &data,
        &options.unwrap_or(JsValue::UNDEFINED),
        FundingChart::build,
    )
}
