//! `checkFundingPlan(plan, options)`: "does this add up?" without drawing anything.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::input::to_json;
use crate::model::reconcile::reconcile;

/// Returns `[{ level: "error" | "warning", path, message }, ...]`, empty when every figure
/// adds up. A plan that cannot be read at all throws the same `Error` as `fundingChart`.
/// For CSV text, `options` may give `unit` and `derived` as for `fundingChart`.
#[wasm_bindgen(js_name = checkFundingPlan, unchecked_return_type = "Finding[]")]
pub fn check_funding_plan(
    #[wasm_bindgen(unchecked_param_type = "FundingData | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FundingOptions | null")] options: Option<JsValue>,
) -> Result<Array, JsError> {
    let options = to_json(&options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let data = to_json(&plan, "data")?;
    let plan = crate::model::input::read_plan(&data, &options)?;
    let findings = Array::new();
    for finding in reconcile(&plan) {
        let item = Object::new();
        for (key, value) in
            [("level", finding.level.word()), ("path", finding.path.as_str()), ("message", finding.message.as_str())]
        {
            Reflect::set(&item, &JsValue::from_str(key), &JsValue::from_str(value))
                .map_err(|_| JsError::new("checkFundingPlan: could not build the result"))?;
        }
        findings.push(&item);
    }
    Ok(findings)
}
