//! JavaScript values into the model's JSON tree: a JSON string is parsed, an object is read
//! field by field. Nothing here judges the data; the model does.

use wasm_bindgen::JsValue;

use crate::error::ChartError;
use crate::model::Json;

pub fn to_json(value: &JsValue, root: &str) -> Result<Json, ChartError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Json::Null);
    }
    if let Some(text) = value.as_string() {
        // CSV text goes to the model as text; each chart kind says whether it reads CSV.
        if crate::model::json::looks_like_csv(&text) && root == "data" {
            return Ok(Json::String(text));
        }
        return Json::parse(&text, root);
    }
    serde_wasm_bindgen::from_value(value.clone())
        .map_err(|e| ChartError::new(root, format!("could not be read as data ({e})")))
}
