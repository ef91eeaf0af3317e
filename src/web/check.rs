//! `checkFundingPlan(plan, options)`: "does this add up?" without drawing anything.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::input::to_json;
use crate::model::funding::FundingPlan;
use crate::model::funding_csv::read_csv;
use crate::model::json::looks_like_csv;
use crate::model::reconcile::reconcile;
use crate::model::{Json, Node};

/// Returns `[{ level: "error" | "warning", path, message }, ...]`, empty when every figure
/// adds up. A plan that cannot be read at all throws the same `Error` as `fundingChart`.
/// For CSV text, `options` may give `unit` and `derived` as for `fundingChart`.
#[wasm_bindgen(js_name = checkFundingPlan, unchecked_return_type = "Finding[]")]
pub fn check_funding_plan(
    #[wasm_bindgen(unchecked_param_type = "FundingData | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FundingOptions | null | undefined")] options: JsValue,
) -> Result<Array, JsError> {
    let options = to_json(&options, "options")?;
    let data = to_json(&plan, "data")?;
    let plan = match &data {
        Json::String(text) if looks_like_csv(text) => read_csv(text, &options),
        _ => FundingPlan::read(&Node::data(&data)),
    }?;
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
