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
    /// Text as a council writes it.
    Text(String),
    /// A calendar year as a number.
    Year(f64),
}

/// What the figures count; any other unit is drawn as given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Unit {
    /// A number of things (people, cases, visits).
    #[serde(rename = "count")]
    Count,
    /// A percentage.
    #[serde(rename = "%")]
    Percent,
    /// Pounds.
    #[serde(rename = "£")]
    Pounds,
    /// Thousands of pounds, as budget tables print them.
    #[serde(rename = "£000")]
    ThousandPounds,
    /// Millions of pounds.
    #[serde(rename = "£m")]
    MillionPounds,
    /// A rate per 10,000 (children, people).
    #[serde(rename = "per 10,000")]
    Per10000,
    /// Any other unit, drawn as given.
    #[serde(untagged)]
    Other(#[ts(type = "string & {}")] String),
}

/// Which way is better for a KPI's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    /// Higher figures are better.
    HigherIsBetter,
    /// Lower figures are better.
    LowerIsBetter,
    /// Neither way is better: no status, no "better" or "worse" in words.
    Neutral,
}

/// How far apart a regular series' values are.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    /// A minute apart.
    Minute,
    /// An hour apart.
    Hour,
    /// A day apart.
    Day,
    /// A week apart.
    Week,
    /// A month apart.
    Month,
    /// A quarter apart.
    Quarter,
    /// A year apart.
    Year,
}

/// Red, amber and green: a figure as good as `green` or better (by the polarity) is green, as
/// good as `amber` amber, and worse red.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Thresholds {
    /// As good as this or better is green.
    pub green: f64,
    /// As good as this or better (but short of green) is amber; worse is red.
    pub amber: f64,
}

/// A labelled moment on the time axis, such as a change of method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Annotation {
    /// Where on the time axis.
    pub period: Period,
    /// What happened then.
    pub label: String,
}
