//! The unit of a KPI's values, and which way is better.

use crate::error::ChartError;
use crate::model::input::node::Node;

/// What a figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitKind {
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

/// The unit of a KPI's or a plan's figures, and the decimal places its publisher shows them
/// to, where it says: Fingertips shows one ("90.9", where up to two would say "90.90"), an
/// EES meta file gives `indicator_dp`. Tables and CSV keep every digit; this is for words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub kind: UnitKind,
    /// `None`: as many as the figure needs, up to two.
    pub decimals: Option<u8>,
}

impl From<UnitKind> for Unit {
    fn from(kind: UnitKind) -> Unit {
        Unit { kind, decimals: None }
    }
}

impl Unit {
    pub const COUNT: Unit = Unit { kind: UnitKind::Count, decimals: None };
    pub const PERCENT: Unit = Unit { kind: UnitKind::Percent, decimals: None };
    pub const PER_10K: Unit = Unit { kind: UnitKind::Per10k, decimals: None };
    pub const POUNDS_THOUSANDS: Unit = Unit { kind: UnitKind::PoundsThousands, decimals: None };

    pub fn read(node: &Node) -> Result<Unit, ChartError> {
        Ok(Unit::named(node.label(crate::model::input::limits::MAX_LABEL_CHARS)?))
    }

    /// The unit a checked label names: a known one ("%", "£000", "per 10,000"), else free text.
    pub fn named(text: String) -> Unit {
        let kind = match text.to_ascii_lowercase().as_str() {
            "count" | "number" => UnitKind::Count,
            "%" | "percent" | "percentage" => UnitKind::Percent,
            "£" => UnitKind::Pounds,
            "£000" | "£k" | "£000s" => UnitKind::PoundsThousands,
            "£m" => UnitKind::PoundsMillions,
            "per 10,000" | "per 10000" | "per 10k" => UnitKind::Per10k,
            _ => UnitKind::Other(text),
        };
        kind.into()
    }

    /// The same unit, its figures said to `decimals` places (at most four).
    pub fn to_places(self, decimals: u8) -> Unit {
        Unit { decimals: Some(decimals.min(4)), ..self }
    }

    /// The unit as data writes it: `"count"`, `"%"`, `"£000"`, `"per 10,000"` or the free text.
    pub fn name(&self) -> &str {
        match &self.kind {
            UnitKind::Count => "count",
            UnitKind::Percent => "%",
            UnitKind::Pounds => "£",
            UnitKind::PoundsThousands => "£000",
            UnitKind::PoundsMillions => "£m",
            UnitKind::Per10k => "per 10,000",
            UnitKind::Other(text) => text,
        }
    }

    /// The unit in words where the axis needs a caption (money and % show in the figures).
    pub fn caption(&self) -> Option<&str> {
        match &self.kind {
            UnitKind::Per10k => Some("per 10,000"),
            UnitKind::Other(text) => Some(text),
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
