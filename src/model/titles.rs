//! The words around every chart, whatever its kind: a headline title, and optionally a
//! subtitle and the source. Read once here for all three kinds; the scene draws them into
//! exports and the page shows them as text.

use super::limits::MAX_LABEL_CHARS;
use super::node::Fields;
use crate::error::ChartError;

/// Invariant: the title is not blank, and each text is a label (at most `MAX_LABEL_CHARS`),
/// as `read` checks and every reader of published text supplies.
#[derive(Debug, Clone, PartialEq)]
pub struct Titles {
    title: String,
    subtitle: Option<String>,
    source: Option<String>,
}

impl Titles {
    /// From the contract's shape: `title` (required), `subtitle` and `source`.
    pub fn read(fields: &Fields) -> Result<Titles, ChartError> {
        let optional = |name: &str| fields.optional(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose();
        Ok(Titles {
            title: fields.required("title", "the chart's headline title (text)")?.label(MAX_LABEL_CHARS)?,
            subtitle: optional("subtitle")?,
            source: optional("source")?,
        })
    }

    /// From texts a reader has already checked as labels (a published file's options, or its
    /// own default title).
    pub fn new(title: String, subtitle: Option<String>, source: Option<String>) -> Titles {
        Titles { title, subtitle, source }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn subtitle(&self) -> Option<&str> {
        self.subtitle.as_deref()
    }

    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}
