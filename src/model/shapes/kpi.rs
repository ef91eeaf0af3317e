//! A KPI: one or more series of figures over time, with its target and benchmarks.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::common::{Annotation, Interval, Period, Polarity, Thresholds, Unit, Value};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KpiData {
    pub title: String,
    #[ts(optional)]
    pub subtitle: Option<String>,
    #[ts(optional)]
    pub unit: Option<Unit>,
    #[ts(optional)]
    pub polarity: Option<Polarity>,
    #[ts(optional = nullable)]
    pub target: Option<f64>,
    #[ts(optional = nullable)]
    pub thresholds: Option<Thresholds>,
    pub series: Vec<KpiSeries>,
    #[ts(optional)]
    pub annotations: Option<Vec<Annotation>>,
    #[ts(optional)]
    pub source: Option<String>,
    /// The publisher's words on the recent trend, said as given.
    #[ts(optional)]
    pub trend: Option<String>,
    /// What the points' `compared` judgements compare with; default `"England"`.
    #[ts(optional)]
    pub compared_to: Option<String>,
    /// `false` for a count beside a national total: both drawn, never compared in words.
    #[ts(optional)]
    pub benchmarks_comparable: Option<bool>,
    /// Every council's figure per period, where the data hold them.
    #[ts(optional)]
    pub councils: Option<Vec<CouncilsAt>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum KpiSeries {
    Points(KpiPointSeries),
    Regular(KpiRegularSeries),
}

/// What every series has: its name and its part in the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct SeriesName {
    pub name: String,
    /// `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band.
    #[ts(optional)]
    pub role: Option<Role>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Role {
    #[serde(rename = "own")]
    Own,
    #[serde(rename = "benchmark")]
    Benchmark,
    #[serde(rename = "neighbour")]
    Neighbour,
    #[serde(rename = "neighbor")]
    Neighbor,
    #[serde(rename = "statistical neighbour")]
    StatisticalNeighbour,
}

/// A series as points, in any order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiPointSeries {
    #[serde(flatten)]
    pub name: SeriesName,
    pub points: Vec<KpiPoint>,
}

/// A long, regular series: one value per step from `start`; `NaN` in a typed array is a gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiRegularSeries {
    #[serde(flatten)]
    pub name: SeriesName,
    pub start: Period,
    #[ts(optional)]
    pub interval: Option<Interval>,
    /// From JavaScript also any typed array, which crosses into the WebAssembly in one copy.
    #[ts(
        type = "Value[] | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array"
    )]
    pub values: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiPoint {
    pub period: Period,
    pub value: Value,
    /// The 95% confidence interval: both limits, or neither; the value lies between them.
    #[ts(optional = nullable)]
    pub lower: Option<f64>,
    #[ts(optional = nullable)]
    pub upper: Option<f64>,
    /// How the figure compares with the benchmark (`comparedTo`), as the publisher tested it.
    #[ts(optional = nullable)]
    pub compared: Option<Compared>,
    /// A note on the figure, such as why it is missing.
    #[ts(optional = nullable)]
    pub note: Option<String>,
}

/// The publisher's own test against the benchmark; other words are said as given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Compared {
    #[serde(rename = "better")]
    Better,
    #[serde(rename = "similar")]
    Similar,
    #[serde(rename = "worse")]
    Worse,
    #[serde(rename = "higher")]
    Higher,
    #[serde(rename = "lower")]
    Lower,
    #[serde(rename = "not compared")]
    NotCompared,
    #[serde(untagged)]
    Other(#[ts(type = "string & {}")] String),
}

/// Every council's figure for one period: for rank and quartile band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct CouncilsAt {
    pub period: Period,
    pub values: Vec<CouncilValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct CouncilValue {
    pub council: String,
    #[ts(optional)]
    pub code: Option<String>,
    #[ts(optional)]
    pub value: Option<Value>,
}
