//! Results out to JavaScript as typed data: the serde types of model::shapes::results through
//! serde-wasm-bindgen, so `summary()`, `checkFundingPlan` and `textBoxes()` give plain objects
//! and arrays exactly as the generated declarations type them (`null` for a missing figure,
//! never `undefined`). The way in stays web::input's checked walk (see there for why).

use serde::Serialize;
use wasm_bindgen::prelude::*;

pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(|e| JsError::new(&format!("chart: could not give the result ({e})")))
}
