//! A judgement table: areas graded inspection after inspection.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Inspection grades per area, inspection after inspection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JudgementData {
    /// The headline title.
    pub title: String,
    /// A line under the title.
    #[ts(optional)]
    pub subtitle: Option<String>,
    /// Where the judgements come from.
    #[ts(optional)]
    pub source: Option<String>,
    /// Three to seven grades, best first; default the Ofsted four.
    #[ts(optional)]
    pub scale: Option<Vec<GradeName>>,
    /// The inspections, each a column, in date order.
    pub inspections: Vec<Inspection>,
    /// `judgedFrom`: the date an area joined the framework; earlier blanks are "not part of the framework then".
    pub areas: Vec<JudgementArea>,
    /// Read codes 1 (best) to 4; 5 is not judged.
    #[ts(optional)]
    pub numeric_grades: Option<bool>,
}

/// A grade on the scale: its name, or its name with a short form and a colour.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum GradeName {
    /// A grade by its name alone.
    Name(String),
    /// A grade with its short form and colour.
    Defined(GradeDefinition),
}

/// A grade of a scale of the data's own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct GradeDefinition {
    /// The grade's name.
    pub name: String,
    /// A short form for narrow cells, such as "RI".
    #[ts(optional)]
    pub short: Option<String>,
    /// `"#1d70b8"` or `"#fff"`.
    #[ts(optional)]
    pub color: Option<String>,
}

/// One inspection: a column of the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Inspection {
    /// Its label, such as "2023".
    pub label: String,
    /// The day it was published, as `"2023-03-24"`.
    #[ts(optional)]
    pub date: Option<String>,
}

/// One area judged, with a grade (or `null`) per inspection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JudgementArea {
    /// The area's name, such as "Overall effectiveness".
    pub name: String,
    /// One per inspection: a grade's name or short form, a code, or `null` for not judged.
    pub grades: Vec<Grade>,
    /// The area it was judged under before, when its name changed.
    #[ts(optional)]
    pub judged_from: Option<String>,
}

/// A grade as given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Grade {
    /// A grade's name.
    Name(String),
    /// A grade's number on the scale, 1 the best.
    Code(f64),
    /// `null`: not judged.
    NotJudged(()),
}
