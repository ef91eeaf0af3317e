//! A funding plan: sections of lines in columns, with subtotals, totals and what is available.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::common::Unit;

/// A funding plan: sections of lines in columns, with subtotals, totals and available funding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingData {
    /// The headline title.
    pub title: String,
    /// A line under the title.
    #[ts(optional)]
    pub subtitle: Option<String>,
    /// Where the figures come from.
    #[ts(optional)]
    pub source: Option<String>,
    /// What the figures count; default `"£000"`.
    #[ts(optional)]
    pub unit: Option<Unit>,
    /// The columns' names, such as `["Planned 2020/21", "Actual 2020/21"]`: 1 to 20.
    pub columns: Vec<String>,
    /// Columns worked out from others, such as a variance.
    #[ts(optional)]
    pub derived: Option<Vec<Derived>>,
    /// The plan's sections of lines: 1 to 50.
    pub sections: Vec<FundingSection>,
    /// `covers` names the sections, lines or earlier totals a total adds up (default: every section).
    #[ts(optional)]
    pub totals: Option<Vec<FundingTotal>>,
    /// The funding available per column, drawn against the totals.
    #[ts(optional)]
    pub available: Option<FundingRow>,
}

/// A figure in a funding plan: a number, or nil as `null`, `"-"` or `""`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Amount {
    /// A dash: nil.
    #[serde(rename = "-")]
    Dash,
    /// Empty text: nil.
    #[serde(rename = "")]
    Empty,
    /// A figure.
    #[serde(untagged)]
    Figure(f64),
    /// `null`: nil.
    #[serde(untagged)]
    Nil(()),
}

/// A column worked out from others, such as a variance: `add` minus `subtract`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Derived {
    /// The derived column's name.
    pub column: String,
    /// The columns added.
    #[ts(optional)]
    pub add: Option<Vec<String>>,
    /// The columns subtracted.
    #[ts(optional)]
    pub subtract: Option<Vec<String>>,
}

/// A section of a plan: its lines, and the subtotal printed under them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingSection {
    /// The section's name.
    pub name: String,
    /// The section's lines.
    pub lines: Vec<FundingRow>,
    /// The subtotal as printed, checked against its lines.
    #[ts(optional)]
    pub subtotal: Option<Vec<Amount>>,
}

/// A line of a plan: a name and one figure or nil per column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FundingRow {
    /// The line's name.
    pub name: String,
    /// One figure or nil per column.
    pub values: Vec<Amount>,
    /// A line's "of which" breakdown: checked against the line, never added again.
    #[ts(optional)]
    pub of_which: Option<Vec<OfWhich>>,
}

/// A part of a line, with one figure or nil per column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct OfWhich {
    /// The part's name.
    pub name: String,
    /// One figure or nil per column.
    pub values: Vec<Amount>,
}

/// A total as printed, checked against what it covers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingTotal {
    /// The total's name and figures.
    #[serde(flatten)]
    pub row: FundingRow,
    /// The sections, lines or earlier totals it adds up; default every section.
    #[ts(optional)]
    pub covers: Option<Vec<String>>,
}
