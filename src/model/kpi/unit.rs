//! The unit of a KPI's values, and which way is better.

use crate::error::ChartError;
use crate::model::input::node::Node;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    Count,
    Percent,
    Pounds,
    /// Thousands of pounds, as budget tables are written.
    PoundsThousands,
    /// Millions of pounds.
    PoundsMillions,
    Per10k,
    /// Free text, shown after the number ("12 visits").
    Other(String),
}

impl Unit {
    pub fn read(node: &Node) -> Result<Unit, ChartError> {
        Ok(Unit::named(node.label(crate::model::input::limits::MAX_LABEL_CHARS)?))
    }

    /// The unit a checked label names: a known one ("%", "£000", "per 10,000"), else free text.
    pub fn named(text: String) -> Unit {
        match text.to_ascii_lowercase().as_str() {
            "count" | "number" => Unit::Count,
            "%" | "percent" | "percentage" => Unit::Percent,
            "£" => Unit::Pounds,
            "£000" | "£k" | "£000s" => Unit::PoundsThousands,
            "£m" => Unit::PoundsMillions,
            "per 10,000" | "per 10000" | "per 10k" => Unit::Per10k,
            _ => Unit::Other(text),
        }
    }

    /// The unit as data writes it: `"count"`, `"%"`, `"£000"`, `"per 10,000"` or the free text.
    pub fn name(&self) -> &str {
        match self {
            Unit::Count => "count",
            Unit::Percent => "%",
            Unit::Pounds => "£",
            Unit::PoundsThousands => "£000",
            Unit::PoundsMillions => "£m",
            Unit::Per10k => "per 10,000",
            Unit::Other(text) => text,
        }
    }

    /// The unit in words where the axis needs a caption (money and % show in the figures).
    pub fn caption(&self) -> Option<&str> {
        match self {
            Unit::Per10k => Some("per 10,000"),
            Unit::Other(text) => Some(text),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

impl Polarity {
    /// Whether a change of `difference` is better (`Greater`), worse (`Less`) or no change
    /// (`Equal`) for this polarity; `None` for a neutral indicator, which has no better. A
    /// difference within 1e-9 is no change (the noise of subtracting decimal fractions).
    pub fn judge(self, difference: f64) -> Option<std::cmp::Ordering> {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let sign = if difference.abs() < 1e-9 {
            Equal
        } else if difference > 0.0 {
            Greater
        } else {
            Less
        };
        match self {
            Polarity::HigherIsBetter => Some(sign),
            Polarity::LowerIsBetter => Some(sign.reverse()),
            Polarity::Neutral => None,
        }
    }

    pub fn read(node: &Node) -> Result<Polarity, ChartError> {
        match node.string()? {
            "higher-is-better" => Ok(Polarity::HigherIsBetter),
            "lower-is-better" => Ok(Polarity::LowerIsBetter),
            "neutral" => Ok(Polarity::Neutral),
            _ => Err(node.expected("one of \"higher-is-better\", \"lower-is-better\" or \"neutral\"")),
        }
    }
}
