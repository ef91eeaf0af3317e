//! Options: those every kind takes, then each kind's own (views, and for CSV what CSV cannot say).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::common::{Annotation, Polarity, Thresholds, Unit};
use super::funding::Derived;
use super::judgement::GradeName;
pub use crate::model::view::{CompareBy, FundingView, JudgementView, KpiView, MapColour, ScorecardView};

/// Options every chart kind takes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChartOptions {
    /// Plot height in CSS pixels, 24 to 4000; otherwise from the width.
    #[ts(optional)]
    pub height: Option<f64>,
    /// `false` hides title, subtitle and source (the title still names the chart).
    #[ts(optional)]
    pub titles: Option<bool>,
    /// Download CSV, PNG and SVG buttons, and "Play as sound".
    #[ts(optional)]
    pub toolbar: Option<bool>,
    /// The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
    /// said after the source, in the chart and every export.
    #[ts(optional)]
    pub accessed: Option<String>,
    /// "table" prints the chart's data table under it (committees often want the figures).
    #[ts(optional)]
    pub print: Option<PrintWhat>,
    /// 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
    /// the chart. None (the default) for a page that gives the chart a heading of its own.
    #[ts(optional)]
    pub heading_level: Option<u8>,
}

/// What `print` prints under a chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PrintWhat {
    /// The chart alone.
    Chart,
    /// The chart's data table as well.
    Table,
}

/// For CSV text: what the CSV cannot say.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CsvTitles {
    /// The title, where the text has none.
    #[ts(optional)]
    pub title: Option<String>,
    /// A line under the title.
    #[ts(optional)]
    pub subtitle: Option<String>,
    /// Where the figures come from.
    #[ts(optional)]
    pub source: Option<String>,
}

/// A KPI chart's options.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiOptions {
    /// `"line"` (default), `"sparkline"`, `"bullet"`, `"distribution"` or `"map"`.
    #[ts(optional)]
    pub view: Option<KpiView>,
    /// Everything else a KPI chart takes.
    #[serde(flatten)]
    pub item: KpiItemOptions,
}

/// A KPI chart's options but its view: what a scorecard's items take.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct KpiItemOptions {
    /// Options every chart takes.
    #[serde(flatten)]
    pub chart: ChartOptions,
    /// What text cannot say.
    #[serde(flatten)]
    pub titles: CsvTitles,
    /// Statistical neighbours as one range band (default with three or more) or a line each; or,
    /// with a file of every council, the neighbours' names or codes, or (with an EES file) DfE's
    /// statistical neighbours table as text from readSpreadsheet.
    #[ts(optional)]
    pub neighbours: Option<NeighbourDrawing>,
    /// Shade the on, near and off target zones.
    #[ts(optional)]
    pub bands: Option<bool>,
    /// With `view: "map"`: each council coloured by its quartile band (`"band"`, the default) or
    /// by its value in five classes (`"value"`).
    #[ts(optional)]
    #[serde(rename = "mapColour")]
    pub map_colour: Option<MapColour>,
    /// For CSV input: the unit, as in the data.
    #[ts(optional)]
    pub unit: Option<Unit>,
    /// Which way is better, where the text does not say.
    #[ts(optional)]
    pub polarity: Option<Polarity>,
    /// The target.
    #[ts(optional)]
    pub target: Option<f64>,
    /// Red, amber and green.
    #[ts(optional)]
    pub thresholds: Option<Thresholds>,
    /// Labelled moments on the time axis.
    #[ts(optional)]
    pub annotations: Option<Vec<Annotation>>,
    /// For CSV input: the columns or series that are benchmarks.
    #[ts(optional)]
    pub benchmarks: Option<Vec<String>>,
    /// For a published file: the indicator, the council (by name or code) and the comparators.
    #[ts(optional)]
    pub indicator: Option<String>,
    /// An EES file's `.meta.csv` (its text): the indicator's label as the title, and its unit.
    #[ts(optional)]
    pub meta: Option<String>,
    /// The council to draw from a file of many, by name or code.
    #[ts(optional)]
    pub council: Option<String>,
    /// The benchmarks to draw from a file of many, such as `["England", "South West"]`.
    #[ts(optional)]
    pub comparators: Option<Vec<String>>,
    /// For a published file: another column's value, such as `{ "characteristic": "Total" }`.
    #[ts(optional)]
    pub filters: Option<BTreeMap<String, String>>,
    /// Fingertips exports: the breakdown to draw (default Persons; age when the file has several).
    #[ts(optional)]
    pub sex: Option<String>,
    /// The age group to read from a file of many.
    #[ts(optional)]
    pub age: Option<String>,
}

/// `kpiScorecard`'s options: its view and order, and a KPI chart's options for every item
/// (those that pick from a file apply to the items that are files). A spine's title,
/// subtitle, source, height, toolbar, print and accessed are its own.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ScorecardOptions {
    /// "tiles" (the default): a tile per indicator; "spine": one chart, a row per indicator
    /// placed among every council's figures.
    #[ts(optional)]
    pub view: Option<ScorecardView>,
    /// "given" (the default) keeps the list's order; "exceptions" puts off target first, then
    /// near target, then worsening, then the rest.
    #[ts(optional)]
    pub order: Option<ScorecardOrder>,
    /// The compare view's shading: "band" (the default), each council's quartile band among
    /// all councils; "england", better, similar or worse than England (by the 95% interval
    /// where a figure has one, else by the figure).
    #[ts(optional)]
    #[serde(rename = "compareBy")]
    pub compare_by: Option<CompareBy>,
    /// What every item is read with.
    #[serde(flatten)]
    pub kpi: KpiItemOptions,
}

/// A scorecard's item: a KPI, or data with options of its own (a published file's text with
/// its own indicator, council, filters, polarity and title).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
// A declaration of a shape, not a value passed around: its size never matters.
#[allow(clippy::large_enum_variant)]
pub enum ScorecardItem {
    /// A KPI object.
    Kpi(super::kpi::KpiData),
    /// Data with options of its own.
    WithOptions(ScorecardItemWithOptions),
}

/// A scorecard item with options of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct ScorecardItemWithOptions {
    /// A KPI object, or a published file's (or pasted cells') text.
    pub data: ScorecardItemData,
    /// Over the scorecard's options, for this item.
    #[ts(optional)]
    pub options: Option<KpiItemOptions>,
}

/// A scorecard item's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ScorecardItemData {
    /// A KPI object.
    Kpi(super::kpi::KpiData),
    /// A published file's text (or pasted cells).
    Text(String),
}

/// The order of a scorecard's items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ScorecardOrder {
    /// As given.
    Given,
    /// Off target, then near, then worsening, then the rest.
    Exceptions,
}

/// How statistical neighbours are drawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub enum NeighbourDrawing {
    /// As a band from lowest to highest (default with three or more).
    #[serde(rename = "band")]
    Band,
    /// As lines of their own.
    #[serde(rename = "lines")]
    Lines,
    /// The neighbours to draw from a file of many, by name or code.
    #[serde(untagged)]
    Named(Vec<String>),
    /// DfE's statistical neighbours table as text (what readSpreadsheet gives of it): the
    /// council's ten neighbours found by its LA number.
    #[serde(untagged)]
    Table(#[ts(type = "string & {}")] String),
}

/// A judgement chart's options.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JudgementOptions {
    /// Options every chart takes.
    #[serde(flatten)]
    pub chart: ChartOptions,
    /// What text cannot say.
    #[serde(flatten)]
    pub titles: CsvTitles,
    /// `"grid"` (default), `"journey"` or `"national"`.
    #[ts(optional)]
    pub view: Option<JudgementView>,
    /// For Ofsted's outcomes table: the council, by code or name.
    #[ts(optional)]
    pub council: Option<String>,
    /// With the "national" view: the council's own region's bar under England's, per area.
    #[ts(optional)]
    pub by_region: Option<bool>,
    /// For CSV input: the grades, best first.
    #[ts(optional)]
    pub scale: Option<Vec<GradeName>>,
    /// `true` when a table's grades are numbers (1 the best).
    #[ts(optional)]
    pub numeric_grades: Option<bool>,
}

/// A funding chart's options.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct FundingOptions {
    /// Options every chart takes.
    #[serde(flatten)]
    pub chart: ChartOptions,
    /// What text cannot say.
    #[serde(flatten)]
    pub titles: CsvTitles,
    /// `"stacked"` (default), `"waterfall"` or `"lines"`.
    #[ts(optional)]
    pub view: Option<FundingView>,
    /// The columns a view draws: any number for stacked, two for the others.
    #[ts(optional)]
    pub columns: Option<Vec<String>>,
    /// For CSV input: the unit and the columns worked out from others.
    #[ts(optional)]
    pub unit: Option<Unit>,
    /// Columns worked out from others, where the text does not say.
    #[ts(optional)]
    pub derived: Option<Vec<Derived>>,
    /// For MHCLG's revenue outturn table of every authority: the council, by name or ONS code.
    #[ts(optional)]
    pub council: Option<String>,
}

/// `chart.sonify(options)`: the data as sound.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SonifyOptions {
    /// Play the benchmarks (England, neighbours; other columns) after the reader's series.
    #[ts(optional)]
    pub benchmarks: Option<bool>,
    /// Schedule the notes in this context instead of playing now (an OfflineAudioContext to
    /// render). A JavaScript object: Rust never holds one, so it is never serialised.
    #[serde(skip_serializing, default)]
    #[ts(type = "BaseAudioContext", optional)]
    pub context: Option<()>,
}

/// `readSpreadsheet(bytes, options)`: which of a spreadsheet's sheets, and which cells of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SpreadsheetOptions {
    /// The sheet's name as its tab shows it; without it, the first sheet laid out as a table a
    /// chart reads (Ofsted's outcomes, a revenue outturn table, an EES, Fingertips or wide table).
    #[ts(optional)]
    pub sheet: Option<String>,
    /// A block of cells such as "A9:I24", for a sheet that holds several tables.
    #[ts(optional)]
    pub range: Option<String>,
}
