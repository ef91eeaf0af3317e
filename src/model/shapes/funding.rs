//! A funding plan: sections of lines in columns, with subtotals, totals and what is available.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::common::Unit;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingData {
    pub title: String,
    #[ts(optional)]
    pub subtitle: Option<String>,
    #[ts(optional)]
    pub source: Option<String>,
    #[ts(optional)]
    pub unit: Option<Unit>,
    pub columns: Vec<String>,
    #[ts(optional)]
    pub derived: Option<Vec<Derived>>,
    pub sections: Vec<FundingSection>,
    /// `covers` names the sections, lines or earlier totals a total adds up (default: every section).
    #[ts(optional)]
    pub totals: Option<Vec<FundingTotal>>,
    #[ts(optional)]
    pub available: Option<FundingRow>,
}

/// A figure in a funding plan: a number, or nil as `null`, `"-"` or `""`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Amount {
    #[serde(rename = "-")]
    Dash,
    #[serde(rename = "")]
    Empty,
    #[serde(untagged)]
    Figure(f64),
    #[serde(untagged)]
    Nil(()),
}

/// A column worked out from others, such as a variance: `add` minus `subtract`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Derived {
    pub column: String,
    #[ts(optional)]
    pub add: Option<Vec<String>>,
    #[ts(optional)]
    pub subtract: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingSection {
    pub name: String,
    pub lines: Vec<FundingRow>,
    #[ts(optional)]
    pub subtotal: Option<Vec<Amount>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FundingRow {
    pub name: String,
    pub values: Vec<Amount>,
    /// A line's "of which" breakdown: checked against the line, never added again.
    #[ts(optional)]
    pub of_which: Option<Vec<OfWhich>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct OfWhich {
    pub name: String,
    pub values: Vec<Amount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingTotal {
    #[serde(flatten)]
    pub row: FundingRow,
    #[ts(optional)]
    pub covers: Option<Vec<String>>,
}
