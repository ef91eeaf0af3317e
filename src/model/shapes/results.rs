//! What the library gives back to a page, as typed data: findings on a funding plan, the text a
//! picture lays out, and `summary()`, the figures `describe()` speaks. Unlike the shapes of the
//! input (native only), these are compiled into the WebAssembly too: they cross out to
//! JavaScript through serde-wasm-bindgen (web::output), and ts-rs writes their TypeScript
//! (natively) into js/types.d.ts with the rest.

use serde::Serialize;
use ts_rs::TS;

/// What `checkFundingPlan` finds: a figure that does not add up, or one that may not.
#[derive(Clone, Debug, PartialEq, Serialize, TS, serde::Deserialize)]
pub struct Finding {
    /// An error (does not add up) or a warning (may not).
    pub level: FindingLevel,
    /// The figure's path, e.g. `sections[1].subtotal[0]`.
    pub path: String,
    /// What is wrong, with both figures.
    pub message: String,
}

/// How sure a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, TS, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingLevel {
    /// The figures do not add up.
    Error,
    /// The figures may not add up (rounding, or nothing to check against).
    Warning,
}

/// `textBoxes()`: every text a chart draws, where it lies (for tests of overlap and clipping).
#[derive(Clone, Debug, PartialEq, Serialize, TS, serde::Deserialize)]
pub struct TextLayout {
    /// The picture's width in CSS pixels.
    pub width: f64,
    /// The picture's height in CSS pixels.
    pub height: f64,
    /// `[text, left, top, right, bottom]` in CSS pixels.
    pub texts: Vec<(String, f64, f64, f64, f64)>,
}

/// `chart.summary()`: the figures `describe()` speaks, for a page that sets them as text beside
/// the chart ("67 per 10,000, 52nd of 151, band B, off target") without parsing sentences.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
// Made once per call and handed straight to serde: its size on the stack never matters.
#[allow(clippy::large_enum_variant)]
pub enum Summary {
    /// A KPI chart's figures.
    Kpi(KpiSummary),
    /// A judgement chart's grades.
    Judgement(JudgementSummary),
    /// A funding chart's totals.
    Funding(FundingSummary),
    /// A scorecard's indicators.
    Scorecard(ScorecardSummary),
}

/// A scorecard's indicators, each as a KPI chart's summary gives it, in the order drawn.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ScorecardSummary {
    /// Each indicator's figures, in the order drawn.
    pub indicators: Vec<KpiSummary>,
}

/// A figure as a number and as the chart writes it ("£5.5m", "67 per 10,000").
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Figure {
    /// The figure as a number.
    pub value: f64,
    /// The figure as the chart writes it.
    pub text: String,
}

/// A KPI chart's figures.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KpiSummary {
    /// The chart's title.
    pub title: String,
    /// The unit as given: "per 10,000", "%", "£000"...
    pub unit: String,
    /// `"higher-is-better"`, `"lower-is-better"` or `"neutral"`.
    pub polarity: String,
    /// The council's own series (or the first), whose figures these are.
    pub series: Option<String>,
    /// The latest period with a value, and that value.
    pub period: Option<String>,
    /// The latest figure.
    pub value: Option<Figure>,
    /// The value before it (gaps skipped), and the change since.
    pub previous_period: Option<String>,
    /// The figure before it.
    pub previous: Option<Figure>,
    /// The change from the figure before.
    pub change: Option<Figure>,
    /// "improved", "worsened" or "no change" by the polarity; "up", "down" or "no change" for
    /// a neutral indicator.
    pub direction: Option<String>,
    /// "On target", "Near target" or "Off target"; null when not rated.
    pub status: Option<String>,
    /// The target.
    pub target: Option<Figure>,
    /// The latest value less the target.
    pub from_target: Option<Figure>,
    /// Each benchmark's latest value (England, the region...).
    pub benchmarks: Vec<BenchmarkFigure>,
    /// Where the council stands among all councils, where the data hold every council.
    pub rank: Option<RankSummary>,
    /// The recent trend of the council's figures over the latest five points, tested as
    /// Fingertips does ("Decreasing and getting better", "No significant change", "Cannot be
    /// calculated: ..."); null where its figures have no 95% intervals.
    pub recent_trend: Option<String>,
    /// The map view only: how the councils' bands or classes fall, region by region.
    pub map: Option<MapSummary>,
}

/// How a map's councils fall, region by region.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct MapSummary {
    /// What colours the hexes: `"band"`, `"value"` (classes 1 to 5, low to high) or `"grade"`.
    pub colour: String,
    /// The council's region, where the council is on the map.
    pub region: Option<String>,
    /// Each region's councils, counted by band, class or grade (those with none not counted).
    pub regions: Vec<RegionCount>,
}

/// One region's councils on a map.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RegionCount {
    /// ONS's name for the region: "North East".
    pub region: String,
    /// How many of its councils are on the map.
    pub councils: usize,
    /// How many are in each band, class or grade, in order (A to D, 1 to 5, best grade first).
    pub counts: Vec<ClassCount>,
}

/// How many councils have one band, class or grade.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ClassCount {
    /// "A", "3" or "Good".
    pub class: String,
    /// How many councils have it.
    pub councils: usize,
}

/// A benchmark's figure.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct BenchmarkFigure {
    /// The benchmark's name, such as "England".
    pub name: String,
    /// The period of its figure.
    pub period: String,
    /// Its figure.
    pub value: Figure,
}

/// Where the council stands among all councils.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RankSummary {
    /// The period ranked.
    pub period: String,
    /// 1 is the best (the lowest figure where lower is better); null for a neutral indicator.
    pub rank: Option<u32>,
    /// Councils with a figure in the period.
    pub of: u32,
    /// Whether another council has the same figure (and so the same rank).
    pub joint: bool,
    /// Quartile band "A" (the best quarter) to "D"; null for a neutral indicator.
    pub band: Option<String>,
    /// As the chart says it: "52nd of 151 councils, band B", "above the median of 151 councils".
    pub text: String,
}

/// A judgement chart's grades.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct JudgementSummary {
    /// The chart's title.
    pub title: String,
    /// The latest inspection's label.
    pub inspection: String,
    /// Each area's grade at the latest inspection, the overall judgement first.
    pub areas: Vec<AreaSummary>,
    /// The map view only: how every council's latest overall effectiveness falls, region by
    /// region.
    pub map: Option<MapSummary>,
}

/// One area's grades.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AreaSummary {
    /// The area's name.
    pub area: String,
    /// The grade's name; null when the area was not judged then.
    pub grade: Option<String>,
    /// "Not judged" or "Not part of the framework then" when there is no grade.
    pub state: String,
    /// "improved", "declined" or "stayed", against the area's inspection before.
    pub movement: Option<String>,
    /// The grade before, and the inspection it was given at.
    pub before: Option<String>,
    /// The grade at the inspection before.
    pub before_inspection: Option<String>,
}

/// A funding chart's totals.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FundingSummary {
    /// The chart's title.
    pub title: String,
    /// What the figures count, such as "£000".
    pub unit: String,
    /// The bottom line per column: the printed total (or the lines' sum where none is printed).
    pub totals: Vec<ColumnTotal>,
    /// Whether every subtotal and total adds up (within rounding).
    pub adds_up: bool,
    /// What checking it found, as `checkFundingPlan` gives it.
    pub findings: Vec<Finding>,
}

/// One column's total.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ColumnTotal {
    /// The column's name.
    pub column: String,
    /// The total.
    pub total: Figure,
    /// The available funding in this column, and what is left (negative: a shortfall).
    pub available: Option<Figure>,
    /// The funding available less the total, where the plan gives what is available.
    pub headroom: Option<Figure>,
}
