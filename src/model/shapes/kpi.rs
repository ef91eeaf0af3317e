//! A KPI: one or more series of figures over time, with its target and benchmarks.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::common::{Annotation, Interval, Period, Polarity, Thresholds, Unit, Value};

/// A KPI: one or more series of figures over time, with its target and benchmarks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KpiData {
    /// The headline title.
    pub title: String,
    /// A line under the title.
    #[ts(optional)]
    pub subtitle: Option<String>,
    /// What the figures count.
    #[ts(optional)]
    pub unit: Option<Unit>,
    /// Which way is better; default higher.
    #[ts(optional)]
    pub polarity: Option<Polarity>,
    /// The target, drawn as a line.
    #[ts(optional = nullable)]
    pub target: Option<f64>,
    /// Red, amber and green from the figures.
    #[ts(optional = nullable)]
    pub thresholds: Option<Thresholds>,
    /// The series: the council's own, then benchmarks and neighbours.
    pub series: Vec<KpiSeries>,
    /// Labelled moments on the time axis.
    #[ts(optional)]
    pub annotations: Option<Vec<Annotation>>,
    /// Where the figures come from.
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

/// A series, as points or as regular values from a start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum KpiSeries {
    /// Each point with its period.
    Points(KpiPointSeries),
    /// Values at a regular interval from a start.
    Regular(KpiRegularSeries),
}

/// What every series has: its name and its part in the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct SeriesName {
    /// The series' name, such as "Our council" or "England".
    pub name: String,
    /// `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band.
    #[ts(optional)]
    pub role: Option<Role>,
}

/// A series' part in the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum Role {
    /// The council's own figures.
    #[serde(rename = "own")]
    Own,
    /// A benchmark such as England or the region.
    #[serde(rename = "benchmark")]
    Benchmark,
    /// A statistical neighbour.
    #[serde(rename = "neighbour")]
    Neighbour,
    /// A statistical neighbour (American spelling).
    #[serde(rename = "neighbor")]
    Neighbor,
    /// A statistical neighbour (its full name).
    #[serde(rename = "statistical neighbour")]
    StatisticalNeighbour,
}

/// A series as points, in any order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiPointSeries {
    /// Its name and part.
    #[serde(flatten)]
    pub name: SeriesName,
    /// Its points, in time order.
    pub points: Vec<KpiPoint>,
}

/// A long, regular series: one value per step from `start`; `NaN` in a typed array is a gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiRegularSeries {
    /// Its name and part.
    #[serde(flatten)]
    pub name: SeriesName,
    /// The period of the first value.
    pub start: Period,
    /// How far apart the values are; default from the start's kind.
    #[ts(optional)]
    pub interval: Option<Interval>,
    /// From JavaScript also any typed array, which crosses into the WebAssembly in one copy.
    #[ts(
        type = "Value[] | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array"
    )]
    pub values: Vec<Value>,
}

/// One figure of a series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiPoint {
    /// When.
    pub period: Period,
    /// The figure, or `null` for a gap.
    pub value: Value,
    /// The 95% confidence interval: both limits, or neither; the value lies between them.
    #[ts(optional = nullable)]
    pub lower: Option<f64>,
    /// The upper end of its 95% confidence interval.
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
    /// Better than the comparator.
    #[serde(rename = "better")]
    Better,
    /// Similar to the comparator.
    #[serde(rename = "similar")]
    Similar,
    /// Worse than the comparator.
    #[serde(rename = "worse")]
    Worse,
    /// Higher than the comparator (where neither is better).
    #[serde(rename = "higher")]
    Higher,
    /// Lower than the comparator (where neither is better).
    #[serde(rename = "lower")]
    Lower,
    /// Not compared.
    #[serde(rename = "not compared")]
    NotCompared,
    /// The publisher's own words.
    #[serde(untagged)]
    Other(#[ts(type = "string & {}")] String),
}

/// Every council's figure for one period: for rank and quartile band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct CouncilsAt {
    /// The period.
    pub period: Period,
    /// Each council's figure.
    pub values: Vec<CouncilValue>,
}

/// One council's figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct CouncilValue {
    /// The council's name.
    pub council: String,
    /// Its code, such as "E10000008".
    #[ts(optional)]
    pub code: Option<String>,
    /// Its figure, or `null` where suppressed.
    #[ts(optional)]
    pub value: Option<Value>,
}
