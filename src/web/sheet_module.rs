//! The spreadsheet reader's own WebAssembly module (built with `--no-default-features
//! --features sheet-module`: no chart, no page glue). The chart modules' `readSpreadsheet`
//! (js/read-spreadsheet.js) fetches it the first time a page reads a spreadsheet, so no other
//! page loads a byte of it.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::ChartError;
use crate::model::Json;

/// `readSpreadsheet(bytes, options)`: the chosen sheet of a `.xlsx` or `.ods` file's bytes as
/// tab-separated text, whose first line says which sheet it is. Bad bytes or options throw an
/// `Error` naming what is wrong and what to give instead.
#[wasm_bindgen(js_name = readSpreadsheet)]
pub fn read_spreadsheet(
    #[wasm_bindgen(unchecked_param_type = "ArrayBuffer | Uint8Array")] bytes: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SpreadsheetOptions | null")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let bytes = if let Some(array) = bytes.dyn_ref::<Uint8Array>() {
        array.to_vec()
    } else if let Some(buffer) = bytes.dyn_ref::<ArrayBuffer>() {
        Uint8Array::new(buffer).to_vec()
    } else {
        let found = if bytes.is_string() { "text" } else { "something else" };
        return Err(ChartError::new(
            "bytes",
            format!("expected the file's bytes (an ArrayBuffer or Uint8Array: await response.arrayBuffer() or await file.arrayBuffer()), found {found}"),
        )
        .into());
    };
    let options = options_json(options.unwrap_or(JsValue::UNDEFINED))?;
    Ok(crate::model::sheet::read_with_options(&bytes, &options)?.text)
}

/// The options, a plain object of text fields, as the model's JSON tree.
fn options_json(options: JsValue) -> Result<Json, ChartError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Json::Null);
    }
    if !options.is_object() || options.is_function() || js_sys::Array::is_array(&options) {
        return Err(ChartError::new("options", "expected an object such as { sheet: \"Data\" }"));
    }
    let mut entries = Vec::new();
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let name = key.as_string().unwrap_or_default();
        let value = js_sys::Reflect::get(&options, &key).unwrap_or(JsValue::UNDEFINED);
        // Anything but text is refused by the model, which says what it found.
        let value = if let Some(text) = value.as_string() {
            Json::String(text)
        } else if let Some(number) = value.as_f64() {
            Json::Number(number)
        } else if let Some(flag) = value.as_bool() {
            Json::Bool(flag)
        } else if value.is_null() || value.is_undefined() {
            Json::Null
        } else {
            Json::Object(Vec::new())
        };
        entries.push((name, value));
    }
    Ok(Json::Object(entries))
}

// The options' type (and the rest of the shapes, which cost the download nothing: wasm-bindgen
// takes the text out at build time), as web::types gives the chart modules.
#[wasm_bindgen(typescript_custom_section)]
const DATA_SHAPES: &str = include_str!("../../js/types.d.ts");
