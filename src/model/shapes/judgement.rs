//! A judgement table: areas graded inspection after inspection.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JudgementData {
    pub title: String,
    #[ts(optional)]
    pub subtitle: Option<String>,
    #[ts(optional)]
    pub source: Option<String>,
    /// Three to seven grades, best first; default the Ofsted four.
    #[ts(optional)]
    pub scale: Option<Vec<GradeName>>,
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
    Name(String),
    Defined(GradeDefinition),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct GradeDefinition {
    pub name: String,
    #[ts(optional)]
    pub short: Option<String>,
    /// `"#1d70b8"` or `"#fff"`.
    #[ts(optional)]
    pub color: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Inspection {
    pub label: String,
    #[ts(optional)]
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JudgementArea {
    pub name: String,
    /// One per inspection: a grade's name or short form, a code, or `null` for not judged.
    pub grades: Vec<Grade>,
    #[ts(optional)]
    pub judged_from: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Grade {
    Name(String),
    Code(f64),
    NotJudged(()),
}
