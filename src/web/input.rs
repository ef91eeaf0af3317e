//! JavaScript values into the model's JSON tree: a JSON string is parsed, an object is walked
//! field by field. Nothing here judges the data; the model does, with messages that name each
//! field's path. Walking by hand lets a typed array cross as one copy, keeps NaN as NaN so the
//! model can name it, reads `__proto__` as an ordinary key, and stops nesting before the stack
//! runs out. serde-wasm-bindgen (0.6.5, measured 2026-12-01) was weighed for this and held back:
//! its `deserialize_any` refuses every typed array but `Uint8Array`, it reads an object with
//! `Object.entries`, through which a throwing Proxy's exception crosses the WebAssembly, it has
//! no depth limit (an object nested 100,000 deep overflows the WebAssembly's stack) and its
//! errors carry no path; it is no faster, and even its smallest use (the JSON tree's own
//! `Deserialize`) adds 4.1 KB gzipped to the KPI module (BENCHMARKS.md). The shapes themselves
//! are serde types (model::shapes), from which the TypeScript declarations are written.

use js_sys::{Array, ArrayBuffer, Float64Array, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::ChartError;
use crate::model::Json;

/// Deeper than any chart's data needs; deep enough junk is refused, not recursed into.
const MAX_DEPTH: usize = 64;

pub fn to_json(value: &JsValue, root: &str) -> Result<Json, ChartError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Json::Null);
    }
    if let Some(mistake) = not_data_yet(value) {
        return Err(ChartError::new(root, mistake));
    }
    if let Some(text) = value.as_string() {
        // CSV text goes to the model as text; each chart kind says whether it reads CSV.
        if crate::model::input::json::looks_like_csv(&text) && root == "data" {
            return Ok(Json::String(text));
        }
        // The browser's own JSON.parse, walked like any object: serde_json's parser then never
        // reaches the WebAssembly. (Native code and tests parse with serde_json.)
        let parsed = js_sys::JSON::parse(&text).map_err(|e| {
            let reason = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            ChartError::new(root, format!("is not valid JSON ({reason})"))
        })?;
        return to_json_value(&parsed, root);
    }
    to_json_value(value, root)
}

/// What a page gives when it has not read its data yet (a forgotten `await` or `.text()`):
/// named, with what to give instead, rather than walked as an object with no fields.
fn not_data_yet(value: &JsValue) -> Option<String> {
    if !value.is_object() {
        return None;
    }
    let field = |key: &JsValue| Reflect::get(value, key).unwrap_or(JsValue::UNDEFINED);
    if field(&JsValue::from_str("then")).is_function() {
        return Some(
            "found a Promise, not data; await it first (kpiChart(el, await data)) or draw in its .then()".into(),
        );
    }
    let tag = field(&js_sys::Symbol::to_string_tag().into()).as_string().unwrap_or_default();
    let text = "give its text: await file.text() for CSV or JSON; for a spreadsheet (.xlsx, .ods), await readSpreadsheet(await file.arrayBuffer())";
    let bytes = "for a spreadsheet (.xlsx, .ods), read them with await readSpreadsheet(bytes); for CSV or JSON, decode them first: new TextDecoder().decode(bytes)";
    match tag.as_str() {
        "Response" => Some("found a fetch Response, not data; give its text: await response.text() (CSV or JSON) or await response.json()".into()),
        "File" => Some(format!("found a File, not data; {text}")),
        "Blob" => Some(format!("found a Blob, not data; {}", text.replace("file", "blob"))),
        "ArrayBuffer" | "SharedArrayBuffer" => Some(format!("found bytes (an {tag}), not data; {bytes}")),
        "Uint8Array" | "Int8Array" | "Uint8ClampedArray" => Some(format!("found bytes (a {tag}), not data; {bytes}")),
        _ => None,
    }
}

/// A JavaScript value (not text) walked into the model's tree, with errors under `root`.
fn to_json_value(value: &JsValue, root: &str) -> Result<Json, ChartError> {
    walk(value, 0).map_err(|(path, message)| {
        let path: String = path.iter().rev().map(String::as_str).collect();
        // Paths read as the model writes them: `series[0].points`, `options.view`.
        let path = match (root, path.strip_prefix('.')) {
            (_, None) if path.is_empty() => root.to_owned(),
            ("data", Some(rest)) => rest.to_owned(),
            ("data", None) => path,
            _ => format!("{root}{path}"),
        };
        ChartError::new(path, message)
    })
}

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, with its exception caught (js_sys's lets it cross).
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_enumerable_keys(object: &Object) -> Result<Array, JsValue>;
}

/// The path comes back reversed, a segment per level, only when something is wrong.
type Walked = Result<Json, (Vec<String>, String)>;

fn walk(value: &JsValue, depth: usize) -> Walked {
    if depth > MAX_DEPTH {
        return Err((Vec::new(), format!("is nested more than {MAX_DEPTH} levels deep; chart data never is")));
    }
    // Each question is a call into JavaScript: numbers and text, most of any chart's data, are
    // asked about first (a point `{ period, value }` took 25 calls asked the other way round,
    // 15 this way; issue 45).
    if let Some(n) = value.as_f64() {
        return Ok(Json::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Json::String(s));
    }
    if !value.is_object() {
        return other_than_objects(value);
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            items.push(walk(&item, depth + 1).map_err(|(mut path, m)| {
                path.push(format!("[{i}]"));
                (path, m)
            })?);
        }
        return Ok(Json::Array(items));
    }
    if ArrayBuffer::is_view(value) && !value.is_instance_of::<js_sys::DataView>() {
        // Float64Array, Int32Array and the rest, copied once; NaN in a typed array is a gap.
        let numbers = Float64Array::new(value).to_vec();
        return Ok(Json::Array(
            numbers.into_iter().map(|n| if n.is_nan() { Json::Null } else { Json::Number(n) }).collect(),
        ));
    }
    let object: &Object = value.unchecked_ref();
    // Own enumerable string keys, as JSON.stringify reads them, in one call (asking each key of
    // Reflect.ownKeys whether it is enumerable was a call a field; issue 45). A throwing Proxy
    // is reported as an error here rather than letting the exception cross the WebAssembly.
    let keys = own_enumerable_keys(object)
        .map_err(|_| (Vec::new(), "could not be read: listing its fields threw an error".to_owned()))?;
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        let field =
            Reflect::get(object, &key).map_err(|_| (vec![format!(".{name}")], "could not be read".to_owned()))?;
        let item = walk(&field, depth + 1).map_err(|(mut path, m)| {
            path.push(format!(".{name}"));
            (path, m)
        })?;
        entries.push((name, item));
    }
    Ok(Json::Object(entries))
}

/// A value that is neither a number, text nor an object (nor null, which is no object here).
fn other_than_objects(value: &JsValue) -> Walked {
    if value.is_null() || value.is_undefined() {
        return Ok(Json::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Json::Bool(b));
    }
    if value.is_function() {
        return Err((Vec::new(), "expected data, found a function".into()));
    }
    Err((Vec::new(), "expected data, found a value JSON cannot hold (a symbol or a bigint)".into()))
}

/// `chart.sonify(options)`: `{ benchmarks?: boolean, context?: BaseAudioContext }`, checked.
pub fn sonify_options(options: &JsValue) -> Result<(bool, Option<web_sys::BaseAudioContext>), ChartError> {
    if options.is_undefined() || options.is_null() {
        return Ok((false, None));
    }
    if !options.is_object() {
        return Err(ChartError::new("options", "expected an object such as { benchmarks: true }"));
    }
    // Only the names are checked here: the context is a JavaScript object, never walked.
    let keys = Object::keys(options.unchecked_ref::<Object>());
    let named = Json::Object(keys.iter().filter_map(|k| k.as_string()).map(|k| (k, Json::Null)).collect());
    crate::model::input::keys::only_known(
        &crate::model::Node::named(&named, "options"),
        &crate::model::input::keys::SONIFY_OPTIONS,
    )?;
    let field = |name: &str| Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let benchmarks = match field("benchmarks") {
        b if b.is_undefined() => false,
        b => b.as_bool().ok_or_else(|| ChartError::new("options.benchmarks", "expected true or false"))?,
    };
    let context = match field("context") {
        c if c.is_undefined() || c.is_null() => None,
        c => Some(c.dyn_into::<web_sys::BaseAudioContext>().map_err(|_| {
            ChartError::new("options.context", "expected a Web Audio context (an AudioContext or OfflineAudioContext)")
        })?),
    };
    Ok((benchmarks, context))
}

/// The element a chart fills: an HTML element in the page. Checked first, so a missing one
/// (a `querySelector` that found nothing) is named, not a JavaScript `TypeError` from deep
/// inside the drawing.
pub fn to_container(value: &JsValue) -> Result<web_sys::HtmlElement, ChartError> {
    let found = if value.is_null() {
        "null (did a querySelector or getElementById find nothing?)".to_owned()
    } else if value.is_undefined() {
        "undefined".to_owned()
    } else if let Some(element) = value.dyn_ref::<web_sys::HtmlElement>() {
        if element.is_connected() {
            return Ok(element.clone());
        }
        return Err(ChartError::new(
            "container",
            "the element is not in the page; add it to the document before drawing a chart in it",
        ));
    } else if value.as_string().is_some() {
        "text (give the element itself, such as document.querySelector(\"#chart\"))".to_owned()
    } else {
        "something that is not an HTML element".to_owned()
    };
    Err(ChartError::new("container", format!("expected an HTML element in the page, found {found}")))
}
