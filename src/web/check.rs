//! `checkFundingPlan(plan, options)`: "does this add up?" without drawing anything.

use wasm_bindgen::prelude::*;

use super::input::to_json;
use super::output::to_js;
use crate::model::funding::reconcile::reconcile;

/// Returns `[{ level: "error" | "warning", path, message }, ...]`, empty when every figure
/// adds up. A plan that cannot be read at all throws the same `Error` as `fundingChart`.
/// For CSV text, `options` may give `unit` and `derived` as for `fundingChart`.
#[wasm_bindgen(js_name = checkFundingPlan, unchecked_return_type = "Finding[]")]
pub fn check_funding_plan(
    #[wasm_bindgen(unchecked_param_type = "FundingData | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FundingOptions | null")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = to_json(&options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let data = to_json(&plan, "data")?;
    let plan = crate::model::input::read_plan(&data, &options)?;
    let findings: Vec<_> = reconcile(&plan).iter().map(crate::words::summary::finding).collect();
    to_js(&findings)
}
