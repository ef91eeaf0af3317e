//! What a published statistic says about one figure besides its value: its 95% confidence
//! interval, how it compares with a benchmark (OHID Fingertips' "Compared to England": a test
//! of statistical significance, not a difference of values), and a note on the figure.
//!
//! JSON points carry them as `lower`, `upper`, `compared` and `note`; most points have none,
//! so a point holds them behind one pointer (a million-point series pays 8 bytes a point).

use crate::error::ChartError;
use crate::model::input::json::Json;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::Fields;

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// The 95% confidence interval. Invariant: both finite, `lower <= upper`.
    pub interval: Option<(f64, f64)>,
    pub compared: Option<Compared>,
    /// Whether `compared` was worked out here from the interval (the publisher gave none),
    /// not the publisher's own test: said so wherever it is said.
    pub by_interval: bool,
    pub note: Option<String>,
}

impl Detail {
    /// A figure with only a note (a statistics release's flag, said in words).
    pub fn noted(note: String) -> Box<Detail> {
        Box::new(Detail { interval: None, compared: None, by_interval: false, note: Some(note) })
    }
}

/// How a figure compares with the benchmark, as the publisher tested it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    /// Significantly better than the benchmark (for the indicator's polarity).
    Better,
    /// Not significantly different.
    Similar,
    /// Significantly worse.
    Worse,
    /// Significantly higher, for an indicator with no better or worse.
    Higher,
    /// Significantly lower, for an indicator with no better or worse.
    Lower,
    /// The publisher did not compare it (too few events, or no benchmark that year).
    NotCompared,
}

impl Compared {
    /// Reads the words Fingertips and councils use; `None` for words it does not know.
    pub fn named(text: &str) -> Option<Compared> {
        let lower = text.trim().to_ascii_lowercase();
        Some(match lower.as_str() {
            "better" | "significantly better" => Compared::Better,
            "similar" | "not significantly different" | "same" => Compared::Similar,
            "worse" | "significantly worse" => Compared::Worse,
            "higher" | "significantly higher" => Compared::Higher,
            "lower" | "significantly lower" => Compared::Lower,
            "not compared" | "not applicable" | "" => Compared::NotCompared,
            _ => return None,
        })
    }

    /// The comparison in words, with the benchmark's name: "Better than England".
    pub fn words(self, benchmark: &str) -> String {
        match self {
            Compared::Better => format!("Better than {benchmark} (statistically significant)"),
            Compared::Similar => format!("Similar to {benchmark} (no significant difference)"),
            Compared::Worse => format!("Worse than {benchmark} (statistically significant)"),
            Compared::Higher => format!("Higher than {benchmark} (statistically significant)"),
            Compared::Lower => format!("Lower than {benchmark} (statistically significant)"),
            Compared::NotCompared => format!("Not compared with {benchmark}"),
        }
    }

    /// "Better than England", without saying how it was tested.
    pub fn short_against(self, benchmark: &str) -> String {
        match self {
            Compared::Better => format!("Better than {benchmark}"),
            Compared::Similar => format!("Similar to {benchmark}"),
            Compared::Worse => format!("Worse than {benchmark}"),
            Compared::Higher => format!("Higher than {benchmark}"),
            Compared::Lower => format!("Lower than {benchmark}"),
            Compared::NotCompared => format!("Not compared with {benchmark}"),
        }
    }

    /// The short form for a table cell: "Better", "Similar", "Not compared".
    pub fn short(self) -> &'static str {
        match self {
            Compared::Better => "Better",
            Compared::Similar => "Similar",
            Compared::Worse => "Worse",
            Compared::Higher => "Higher",
            Compared::Lower => "Lower",
            Compared::NotCompared => "Not compared",
        }
    }
}

/// Reads a point's `lower`, `upper`, `compared` and `note`; `None` when it has none of them.
pub fn read_detail(fields: &Fields, value: Option<f64>) -> Result<Option<Box<Detail>>, ChartError> {
    let limit = |name: &str| -> Result<Option<(f64, crate::model::input::node::Node)>, ChartError> {
        match fields.optional(name) {
            Some(node) => Ok(node.number_or_null()?.map(|v| (v, node))),
            None => Ok(None),
        }
    };
    let interval = match (limit("lower")?, limit("upper")?) {
        (None, None) => None,
        (Some((lo, node)), Some((hi, _))) => {
            if lo > hi {
                return Err(node.error(format!("{lo} is above the upper limit {hi}; expected lower <= upper")));
            }
            if let Some(v) = value.filter(|v| *v < lo || *v > hi) {
                return Err(node.error(format!("the value {v} lies outside its confidence interval, {lo} to {hi}")));
            }
            Some((lo, hi))
        }
        (Some((_, node)), None) => {
            return Err(node.error("has no \"upper\" beside it; give both limits of the interval, or neither"))
        }
        (None, Some((_, node))) => {
            return Err(node.error("has no \"lower\" beside it; give both limits of the interval, or neither"))
        }
    };
    let compared = match fields.optional("compared") {
        None => None,
        Some(node) => match node.value() {
            Json::Null => None,
            _ => Some(Compared::named(node.string()?).ok_or_else(|| {
                node.expected("\"better\", \"similar\", \"worse\", \"higher\", \"lower\" or \"not compared\"")
            })?),
        },
    };
    let note = match fields.optional("note") {
        Some(node) if !node.is_null() => Some(node.label(MAX_LABEL_CHARS)?),
        _ => None,
    };
    if interval.is_none() && compared.is_none() && note.is_none() {
        return Ok(None);
    }
    Ok(Some(Box::new(Detail { interval, compared, by_interval: false, note })))
}
