//! A JSON tree that keeps what the input really held.
//!
//! `serde_json::Value` would turn a JavaScript `NaN` into `null` (a gap) without a word, and
//! reorders nothing we care about but costs more code than this. Natively, JSON text is
//! deserialised into it by `serde_json`; in the browser, JavaScript values and JSON text
//! (through `JSON.parse`) are walked into it by `web::input`.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

use crate::error::ChartError;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Any number, including NaN and the infinities a JavaScript object can hold.
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Keys in input order. `__proto__` is an ordinary key here, never a prototype.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses JSON text; a syntax error is reported against `root` ("data" or "options").
    /// Native only: in the browser, `web::input` uses `JSON.parse`.
    pub fn parse(text: &str, root: &str) -> Result<Json, ChartError> {
        serde_json::from_str(text).map_err(|e| ChartError::new(root, format!("is not valid JSON ({e})")))
    }

    /// How the value reads in an error message: `found the text "abc"`.
    pub fn found(&self) -> String {
        match self {
            Json::Null => "found null".into(),
            Json::Bool(b) => format!("found {b}"),
            Json::Number(n) if n.is_nan() => "found NaN".into(),
            Json::Number(n) if n.is_infinite() => "found an infinite number".into(),
            Json::Number(n) => format!("found the number {n}"),
            Json::String(s) => format!("found the text {}", quote(s)),
            Json::Array(items) => format!("found a list of {} item(s)", items.len()),
            Json::Object(_) => "found an object".into(),
        }
    }
}

/// True when text given as data is CSV rather than JSON (JSON data is an object or a list).
pub fn looks_like_csv(text: &str) -> bool {
    !matches!(text.trim_start().chars().next(), Some('{' | '['))
}

/// Quotes text for an error message, shortened so a 10 KB label cannot flood the console.
pub fn quote(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        format!("\"{text}\"")
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("\"{head}…\"")
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}
