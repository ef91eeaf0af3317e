//! Text and typed shapes into the JSON tree every reader takes, as the JavaScript gives it.

use serde::Serialize;

use crate::error::ChartError;
use crate::model::input::json::looks_like_csv;
use crate::model::Json;

/// Options as JSON text; empty text (or only spaces) is no options.
pub(super) fn options_text(options: &str) -> Result<Json, ChartError> {
    if options.trim().is_empty() {
        return Ok(Json::Null);
    }
    Json::parse(options, "options")
}

/// Data as JSON text, refused with a pointer to `from_text` when it is a table instead.
pub(super) fn json_text(data: &str) -> Result<Json, ChartError> {
    if looks_like_csv(data) {
        return Err(ChartError::new(
            "data",
            "is not JSON (a JSON object or list starts with { or [); for CSV, tab-separated text or a published file use from_text",
        ));
    }
    Json::parse(data, "data")
}

/// Data as the JavaScript takes a string: CSV, tab-separated text or a published file as text,
/// and JSON text too.
pub(super) fn any_text(data: &str) -> Result<Json, ChartError> {
    if looks_like_csv(data) {
        Ok(Json::String(data.to_owned()))
    } else {
        Json::parse(data, "data")
    }
}

/// A typed shape as the JSON it stands for, its fields in their declared order. `None` fields
/// become `null`, which every reader takes as absent; with `drop_nulls` they are left out of
/// objects altogether (options, where a key given at all may mean something, such as a
/// text-only option given with JSON data).
pub(super) fn shape<T: Serialize>(value: &T, root: &str, drop_nulls: bool) -> Result<Json, ChartError> {
    let text = serde_json::to_string(value)
        .map_err(|e| ChartError::new(root, format!("could not be written as JSON ({e})")))?;
    let tree = Json::parse(&text, root)?;
    Ok(if drop_nulls { without_nulls(tree) } else { tree })
}

fn without_nulls(value: Json) -> Json {
    match value {
        Json::Array(items) => Json::Array(items.into_iter().map(without_nulls).collect()),
        Json::Object(fields) => Json::Object(
            fields.into_iter().filter(|(_, v)| !matches!(v, Json::Null)).map(|(k, v)| (k, without_nulls(v))).collect(),
        ),
        other => other,
    }
}
