//! A cursor over the input that knows its own path, so every check can say where it failed.

use crate::error::ChartError;
use crate::model::input::json::{quote, Json};

/// One value of the input and the path that leads to it.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    value: &'a Json,
    path: String,
}

impl<'a> Node<'a> {
    /// The top of the data: its fields have bare paths (`series[0]`), the value itself is `data`.
    pub fn data(value: &'a Json) -> Self {
        Node { value, path: String::new() }
    }

    /// The top of an argument with a prefix of its own, e.g. `options` (`options.view`).
    pub fn named(value: &'a Json, name: &str) -> Self {
        Node { value, path: name.to_owned() }
    }

    pub fn path(&self) -> String {
        if self.path.is_empty() {
            "data".to_owned()
        } else {
            self.path.clone()
        }
    }

    pub fn value(&self) -> &'a Json {
        self.value
    }

    pub fn error(&self, message: impl Into<String>) -> ChartError {
        ChartError::new(self.path(), message)
    }

    /// An error that quotes what was found: `expected a number or null, found "abc"`.
    pub fn expected(&self, what: &str) -> ChartError {
        self.error(format!("expected {what}, {}", self.value.found()))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Json::Null)
    }

    pub fn object(&self) -> Result<Fields<'a>, ChartError> {
        match self.value {
            Json::Object(entries) => Ok(Fields { entries, node: self.clone() }),
            _ => Err(self.expected("an object")),
        }
    }

    pub fn array(&self) -> Result<Vec<Node<'a>>, ChartError> {
        match self.value {
            Json::Array(items) => Ok(items.iter().enumerate().map(|(i, value)| self.item(i, value)).collect()),
            _ => Err(self.expected("a list")),
        }
    }

    /// A list of numbers, `None` for each `null` (a gap). Reads a series of 100,000 values
    /// without writing 100,000 paths: an item gets its path only if it is wrong.
    pub fn numbers_or_null(&self) -> Result<Vec<Option<f64>>, ChartError> {
        let Json::Array(items) = self.value else {
            return Err(self.expected("a list"));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, value)| match value {
                Json::Null => Ok(None),
                Json::Number(n) if n.is_finite() => Ok(Some(*n)),
                _ => self.item(i, value).number_or_null(),
            })
            .collect()
    }

    /// An error about item `i` of this list.
    pub fn item_error(&self, i: usize, message: impl Into<String>) -> ChartError {
        self.item(i, &Json::Null).error(message)
    }

    fn item(&self, i: usize, value: &'a Json) -> Node<'a> {
        Node { value, path: format!("{}[{i}]", self.path) }
    }

    pub fn string(&self) -> Result<&'a str, ChartError> {
        match self.value {
            Json::String(s) => Ok(s),
            _ => Err(self.expected("text")),
        }
    }

    /// Text that is not blank and no longer than `max` characters, trimmed.
    pub fn label(&self, max: usize) -> Result<String, ChartError> {
        let text = self.string()?.trim();
        if text.is_empty() {
            return Err(self.error("expected some text, found blank text"));
        }
        let length = text.chars().count();
        if length > max {
            return Err(self.error(format!("text is {length} characters long; the limit is {max}")));
        }
        Ok(text.to_owned())
    }

    /// `true` or `false`, nothing else (no "yes", no 1).
    pub fn boolean(&self) -> Result<bool, ChartError> {
        match self.value {
            Json::Bool(b) => Ok(*b),
            _ => Err(self.expected("true or false")),
        }
    }

    /// A finite number.
    pub fn number(&self) -> Result<f64, ChartError> {
        self.finite("a number")
    }

    /// A finite number, or `None` for `null` (a gap, never a zero).
    pub fn number_or_null(&self) -> Result<Option<f64>, ChartError> {
        if self.is_null() {
            return Ok(None);
        }
        self.finite("a number or null").map(Some)
    }

    /// Numbers written as text are refused with a hint, not guessed at.
    fn finite(&self, what: &str) -> Result<f64, ChartError> {
        match self.value {
            Json::Number(n) if n.is_finite() => Ok(*n),
            Json::String(s) if s.trim().parse::<f64>().is_ok() => {
                Err(self.error(format!("expected {what}, found the text {} (write numbers without quotes)", quote(s))))
            }
            _ => Err(self.expected(what)),
        }
    }
}

/// The fields of an object, looked up by name.
pub struct Fields<'a> {
    entries: &'a [(String, Json)],
    node: Node<'a>,
}

impl<'a> Fields<'a> {
    fn child(&self, name: &str, value: &'a Json) -> Node<'a> {
        let path = if self.node.path.is_empty() { name.to_owned() } else { format!("{}.{name}", self.node.path) };
        Node { value, path }
    }

    /// A field that may be absent; `null` counts as absent.
    pub fn optional(&self, name: &str) -> Option<Node<'a>> {
        self.entries
            .iter()
            .find(|(key, _)| key == name)
            .filter(|(_, value)| !matches!(value, Json::Null))
            .map(|(_, value)| self.child(name, value))
    }

    /// A field that must be present and not `null`.
    pub fn required(&self, name: &str, what: &str) -> Result<Node<'a>, ChartError> {
        self.optional(name).ok_or_else(|| {
            let missing = Node { value: &Json::Null, path: self.child(name, &Json::Null).path };
            missing.error(format!("missing; expected {what}"))
        })
    }
}
