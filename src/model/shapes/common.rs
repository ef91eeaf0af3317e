//! Shapes every kind shares: a figure, a period, a unit.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A figure, or `null` for a gap (missing or suppressed): never drawn as zero.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Value(pub Option<f64>);

/// `"2016/17"`, `"Q1 2020/21"`, `"Jun 2019"`, `"2019-06"`, `"2023-03-24"`, `"2019"` or `2019`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Period {
    Text(String),
    Year(f64),
}

/// What the figures count; any other unit is drawn as given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Unit {
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "%")]
    Percent,
    #[serde(rename = "£")]
    Pounds,
    #[serde(rename = "£000")]
    ThousandPounds,
    #[serde(rename = "£m")]
    MillionPounds,
    #[serde(rename = "per 10,000")]
    Per10000,
    #[serde(untagged)]
    Other(#[ts(type = "string & {}")] String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// Red, amber and green: a figure as good as `green` or better (by the polarity) is green, as
/// good as `amber` amber, and worse red.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Thresholds {
    pub green: f64,
    pub amber: f64,
}

/// A labelled moment on the time axis, such as a change of method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Annotation {
    pub period: Period,
    pub label: String,
}
