// The data shapes and options of council-charts, generated from the serde types in
// src/model/shapes/ by ts-rs: do not edit by hand; change the Rust types and run
// `UPDATE_SNAPSHOTS=1 cargo test --test typescript`. src/web/types.rs puts this text into the
// generated declarations (council_charts.d.ts); the package's end-to-end test type-checks every
// fixture the Rust tests read against it with `tsc --noEmit`.

/**
 * A figure, or `null` for a gap (missing or suppressed): never drawn as zero.
 */
export type Value = number | null;

/**
 * `"2016/17"`, `"Q1 2020/21"`, `"Jun 2019"`, `"2019-06"`, `"2023-03-24"`, `"2019"` or `2019`.
 */
export type Period = string | number;

/**
 * What the figures count; any other unit is drawn as given.
 */
export type Unit = "count" | "%" | "£" | "£000" | "£m" | "per 10,000" | string & {};

/**
 * Which way is better for a KPI's figures.
 */
export type Polarity = "higher-is-better" | "lower-is-better" | "neutral";

/**
 * How far apart a regular series' values are.
 */
export type Interval = "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year";

/**
 * Red, amber and green: a figure as good as `green` or better (by the polarity) is green, as
 * good as `amber` amber, and worse red.
 */
export type Thresholds = {
  /**
   * As good as this or better is green.
   */
  green: number,
  /**
   * As good as this or better (but short of green) is amber; worse is red.
   */
  amber: number,
};

/**
 * A labelled moment on the time axis, such as a change of method.
 */
export type Annotation = {
  /**
   * Where on the time axis.
   */
  period: Period,
  /**
   * What happened then.
   */
  label: string,
};

/**
 * A KPI: one or more series of figures over time, with its target and benchmarks.
 */
export type KpiData = {
  /**
   * The headline title.
   */
  title: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * What the figures count.
   */
  unit?: Unit,
  /**
   * Which way is better; default higher.
   */
  polarity?: Polarity,
  /**
   * The target, drawn as a line.
   */
  target?: number | null,
  /**
   * Red, amber and green from the figures.
   */
  thresholds?: Thresholds | null,
  /**
   * The series: the council's own, then benchmarks and neighbours.
   */
  series: Array<KpiSeries>,
  /**
   * Labelled moments on the time axis.
   */
  annotations?: Array<Annotation>,
  /**
   * Where the figures come from.
   */
  source?: string,
  /**
   * The publisher's words on the recent trend, said as given.
   */
  trend?: string,
  /**
   * What the points' `compared` judgements compare with; default `"England"`.
   */
  comparedTo?: string,
  /**
   * `false` for a count beside a national total: both drawn, never compared in words.
   */
  benchmarksComparable?: boolean,
  /**
   * Every council's figure per period, where the data hold them.
   */
  councils?: Array<CouncilsAt>,
};

/**
 * A series, as points or as regular values from a start.
 */
export type KpiSeries = KpiPointSeries | KpiRegularSeries;

/**
 * What every series has: its name and its part in the chart.
 */
export type SeriesName = {
  /**
   * The series' name, such as "Our council" or "England".
   */
  name: string,
  /**
   * `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band.
   */
  role?: Role,
};

/**
 * A series' part in the chart.
 */
export type Role = "own" | "benchmark" | "neighbour" | "neighbor" | "statistical neighbour";

/**
 * A series as points, in any order.
 */
export type KpiPointSeries = {
  /**
   * Its points, in time order.
   */
  points: Array<KpiPoint>,
  /**
   * The series' name, such as "Our council" or "England".
   */
  name: string,
  /**
   * `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band.
   */
  role?: Role,
};

/**
 * A long, regular series: one value per step from `start`; `NaN` in a typed array is a gap.
 */
export type KpiRegularSeries = {
  /**
   * The period of the first value.
   */
  start: Period,
  /**
   * How far apart the values are; default from the start's kind.
   */
  interval?: Interval,
  /**
   * From JavaScript also any typed array, which crosses into the WebAssembly in one copy.
   */
  values: Value[] | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array,
  /**
   * The series' name, such as "Our council" or "England".
   */
  name: string,
  /**
   * `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band.
   */
  role?: Role,
};

/**
 * One figure of a series.
 */
export type KpiPoint = {
  /**
   * When.
   */
  period: Period,
  /**
   * The figure, or `null` for a gap.
   */
  value: Value,
  /**
   * The 95% confidence interval: both limits, or neither; the value lies between them.
   */
  lower?: number | null,
  /**
   * The upper end of its 95% confidence interval.
   */
  upper?: number | null,
  /**
   * How the figure compares with the benchmark (`comparedTo`), as the publisher tested it.
   */
  compared?: Compared | null,
  /**
   * A note on the figure, such as why it is missing.
   */
  note?: string | null,
};

/**
 * The publisher's own test against the benchmark; other words are said as given.
 */
export type Compared = "better" | "similar" | "worse" | "higher" | "lower" | "not compared" | string & {};

/**
 * Every council's figure for one period: for rank and quartile band.
 */
export type CouncilsAt = {
  /**
   * The period.
   */
  period: Period,
  /**
   * Each council's figure.
   */
  values: Array<CouncilValue>,
};

/**
 * One council's figure.
 */
export type CouncilValue = {
  /**
   * The council's name.
   */
  council: string,
  /**
   * Its code, such as "E10000008".
   */
  code?: string,
  /**
   * Its figure, or `null` where suppressed.
   */
  value?: Value,
};

/**
 * Inspection grades per area, inspection after inspection.
 */
export type JudgementData = {
  /**
   * The headline title.
   */
  title: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the judgements come from.
   */
  source?: string,
  /**
   * Three to seven grades, best first; default the Ofsted four.
   */
  scale?: Array<GradeName>,
  /**
   * The inspections, each a column, in date order.
   */
  inspections: Array<Inspection>,
  /**
   * `judgedFrom`: the date an area joined the framework; earlier blanks are "not part of the framework then".
   */
  areas: Array<JudgementArea>,
  /**
   * Read codes 1 (best) to 4; 5 is not judged.
   */
  numericGrades?: boolean,
};

/**
 * A grade on the scale: its name, or its name with a short form and a colour.
 */
export type GradeName = string | GradeDefinition;

/**
 * A grade of a scale of the data's own.
 */
export type GradeDefinition = {
  /**
   * The grade's name.
   */
  name: string,
  /**
   * A short form for narrow cells, such as "RI".
   */
  short?: string,
  /**
   * `"#1d70b8"` or `"#fff"`.
   */
  color?: string,
};

/**
 * One inspection: a column of the table.
 */
export type Inspection = {
  /**
   * Its label, such as "2023".
   */
  label: string,
  /**
   * The day it was published, as `"2023-03-24"`.
   */
  date?: string,
};

/**
 * One area judged, with a grade (or `null`) per inspection.
 */
export type JudgementArea = {
  /**
   * The area's name, such as "Overall effectiveness".
   */
  name: string,
  /**
   * One per inspection: a grade's name or short form, a code, or `null` for not judged.
   */
  grades: Array<Grade>,
  /**
   * The area it was judged under before, when its name changed.
   */
  judgedFrom?: string,
};

/**
 * A grade as given.
 */
export type Grade = string | number | null;

/**
 * A funding plan: sections of lines in columns, with subtotals, totals and available funding.
 */
export type FundingData = {
  /**
   * The headline title.
   */
  title: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
  /**
   * What the figures count; default `"£000"`.
   */
  unit?: Unit,
  /**
   * The columns' names, such as `["Planned 2020/21", "Actual 2020/21"]`: 1 to 20.
   */
  columns: Array<string>,
  /**
   * Columns worked out from others, such as a variance.
   */
  derived?: Array<Derived>,
  /**
   * The plan's sections of lines: 1 to 50.
   */
  sections: Array<FundingSection>,
  /**
   * `covers` names the sections, lines or earlier totals a total adds up (default: every section).
   */
  totals?: Array<FundingTotal>,
  /**
   * The funding available per column, drawn against the totals.
   */
  available?: FundingRow,
};

/**
 * A figure in a funding plan: a number, or nil as `null`, `"-"` or `""`.
 */
export type Amount = "-" | "" | number | null;

/**
 * A column worked out from others, such as a variance: `add` minus `subtract`.
 */
export type Derived = {
  /**
   * The derived column's name.
   */
  column: string,
  /**
   * The columns added.
   */
  add?: Array<string>,
  /**
   * The columns subtracted.
   */
  subtract?: Array<string>,
};

/**
 * A section of a plan: its lines, and the subtotal printed under them.
 */
export type FundingSection = {
  /**
   * The section's name.
   */
  name: string,
  /**
   * The section's lines.
   */
  lines: Array<FundingRow>,
  /**
   * The subtotal as printed, checked against its lines.
   */
  subtotal?: Array<Amount>,
};

/**
 * A line of a plan: a name and one figure or nil per column.
 */
export type FundingRow = {
  /**
   * The line's name.
   */
  name: string,
  /**
   * One figure or nil per column.
   */
  values: Array<Amount>,
  /**
   * A line's "of which" breakdown: checked against the line, never added again.
   */
  ofWhich?: Array<OfWhich>,
};

/**
 * A part of a line, with one figure or nil per column.
 */
export type OfWhich = {
  /**
   * The part's name.
   */
  name: string,
  /**
   * One figure or nil per column.
   */
  values: Array<Amount>,
};

/**
 * A total as printed, checked against what it covers.
 */
export type FundingTotal = {
  /**
   * The sections, lines or earlier totals it adds up; default every section.
   */
  covers?: Array<string>,
  /**
   * The line's name.
   */
  name: string,
  /**
   * One figure or nil per column.
   */
  values: Array<Amount>,
  /**
   * A line's "of which" breakdown: checked against the line, never added again.
   */
  ofWhich?: Array<OfWhich>,
};

/**
 * Options every chart kind takes.
 */
export type ChartOptions = {
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
};

/**
 * What `print` prints under a chart.
 */
export type PrintWhat = "chart" | "table";

/**
 * For CSV text: what the CSV cannot say.
 */
export type CsvTitles = {
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * A KPI chart's options.
 */
export type KpiOptions = {
  /**
   * `"line"` (default), `"sparkline"`, `"bullet"`, `"distribution"` or `"map"`.
   */
  view?: KpiView,
  /**
   * Statistical neighbours as one range band (default with three or more) or a line each; or,
   * with a file of every council, the neighbours' names or codes, or (with an EES file) DfE's
   * statistical neighbours table as text from readSpreadsheet.
   */
  neighbours?: NeighbourDrawing,
  /**
   * Shade the on, near and off target zones.
   */
  bands?: boolean,
  /**
   * With `view: "map"`: each council coloured by its quartile band (`"band"`, the default) or
   * by its value in five classes (`"value"`).
   */
  mapColour?: MapColour,
  /**
   * For CSV input: the unit, as in the data.
   */
  unit?: Unit,
  /**
   * Which way is better, where the text does not say.
   */
  polarity?: Polarity,
  /**
   * The target.
   */
  target?: number,
  /**
   * Red, amber and green.
   */
  thresholds?: Thresholds,
  /**
   * Labelled moments on the time axis.
   */
  annotations?: Array<Annotation>,
  /**
   * For CSV input: the columns or series that are benchmarks.
   */
  benchmarks?: Array<string>,
  /**
   * For a published file: the indicator, the council (by name or code) and the comparators.
   */
  indicator?: string,
  /**
   * An EES file's `.meta.csv` (its text): the indicator's label as the title, and its unit.
   */
  meta?: string,
  /**
   * The council to draw from a file of many, by name or code.
   */
  council?: string,
  /**
   * The benchmarks to draw from a file of many, such as `["England", "South West"]`.
   */
  comparators?: Array<string>,
  /**
   * For a published file: another column's value, such as `{ "characteristic": "Total" }`.
   */
  filters?: { [key in string]: string },
  /**
   * Fingertips exports: the breakdown to draw (default Persons; age when the file has several).
   */
  sex?: string,
  /**
   * The age group to read from a file of many.
   */
  age?: string,
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * A KPI chart's options but its view: what a scorecard's items take.
 */
export type KpiItemOptions = {
  /**
   * Statistical neighbours as one range band (default with three or more) or a line each; or,
   * with a file of every council, the neighbours' names or codes, or (with an EES file) DfE's
   * statistical neighbours table as text from readSpreadsheet.
   */
  neighbours?: NeighbourDrawing,
  /**
   * Shade the on, near and off target zones.
   */
  bands?: boolean,
  /**
   * With `view: "map"`: each council coloured by its quartile band (`"band"`, the default) or
   * by its value in five classes (`"value"`).
   */
  mapColour?: MapColour,
  /**
   * For CSV input: the unit, as in the data.
   */
  unit?: Unit,
  /**
   * Which way is better, where the text does not say.
   */
  polarity?: Polarity,
  /**
   * The target.
   */
  target?: number,
  /**
   * Red, amber and green.
   */
  thresholds?: Thresholds,
  /**
   * Labelled moments on the time axis.
   */
  annotations?: Array<Annotation>,
  /**
   * For CSV input: the columns or series that are benchmarks.
   */
  benchmarks?: Array<string>,
  /**
   * For a published file: the indicator, the council (by name or code) and the comparators.
   */
  indicator?: string,
  /**
   * An EES file's `.meta.csv` (its text): the indicator's label as the title, and its unit.
   */
  meta?: string,
  /**
   * The council to draw from a file of many, by name or code.
   */
  council?: string,
  /**
   * The benchmarks to draw from a file of many, such as `["England", "South West"]`.
   */
  comparators?: Array<string>,
  /**
   * For a published file: another column's value, such as `{ "characteristic": "Total" }`.
   */
  filters?: { [key in string]: string },
  /**
   * Fingertips exports: the breakdown to draw (default Persons; age when the file has several).
   */
  sex?: string,
  /**
   * The age group to read from a file of many.
   */
  age?: string,
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * A KPI chart's views.
 */
export type KpiView = "line" | "sparkline" | "bullet" | "distribution" | "map";

/**
 * How a map colours its councils (`options.mapColour`).
 */
export type MapColour = "band" | "value";

/**
 * How the compare view shades a cell (`options.compareBy`).
 */
export type CompareBy = "band" | "england";

/**
 * How statistical neighbours are drawn.
 */
export type NeighbourDrawing = "band" | "lines" | Array<string> | string & {};

/**
 * A judgement chart's options.
 */
export type JudgementOptions = {
  /**
   * `"grid"` (default), `"journey"` or `"national"`.
   */
  view?: JudgementView,
  /**
   * For Ofsted's outcomes table: the council, by code or name.
   */
  council?: string,
  /**
   * With the "national" view: the council's own region's bar under England's, per area.
   */
  byRegion?: boolean,
  /**
   * For CSV input: the grades, best first.
   */
  scale?: Array<GradeName>,
  /**
   * `true` when a table's grades are numbers (1 the best).
   */
  numericGrades?: boolean,
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * A judgement chart's views.
 */
export type JudgementView = "grid" | "journey" | "national" | "map";

/**
 * A funding chart's options.
 */
export type FundingOptions = {
  /**
   * `"stacked"` (default), `"waterfall"` or `"lines"`.
   */
  view?: FundingView,
  /**
   * The columns a view draws: any number for stacked, two for the others.
   */
  columns?: Array<string>,
  /**
   * For CSV input: the unit and the columns worked out from others.
   */
  unit?: Unit,
  /**
   * Columns worked out from others, where the text does not say.
   */
  derived?: Array<Derived>,
  /**
   * For MHCLG's revenue outturn table of every authority: the council, by name or ONS code.
   */
  council?: string,
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * A funding chart's views.
 */
export type FundingView = "stacked" | "waterfall" | "lines";

/**
 * `kpiScorecard`'s options: its view and order, and a KPI chart's options for every item
 * (those that pick from a file apply to the items that are files). A spine's title,
 * subtitle, source, height, toolbar, print and accessed are its own.
 */
export type ScorecardOptions = {
  /**
   * "tiles" (the default): a tile per indicator; "spine": one chart, a row per indicator
   * placed among every council's figures.
   */
  view?: ScorecardView,
  /**
   * "given" (the default) keeps the list's order; "exceptions" puts off target first, then
   * near target, then worsening, then the rest.
   */
  order?: ScorecardOrder,
  /**
   * The compare view's shading: "band" (the default), each council's quartile band among
   * all councils; "england", better, similar or worse than England (by the 95% interval
   * where a figure has one, else by the figure).
   */
  compareBy?: CompareBy,
  /**
   * Statistical neighbours as one range band (default with three or more) or a line each; or,
   * with a file of every council, the neighbours' names or codes, or (with an EES file) DfE's
   * statistical neighbours table as text from readSpreadsheet.
   */
  neighbours?: NeighbourDrawing,
  /**
   * Shade the on, near and off target zones.
   */
  bands?: boolean,
  /**
   * With `view: "map"`: each council coloured by its quartile band (`"band"`, the default) or
   * by its value in five classes (`"value"`).
   */
  mapColour?: MapColour,
  /**
   * For CSV input: the unit, as in the data.
   */
  unit?: Unit,
  /**
   * Which way is better, where the text does not say.
   */
  polarity?: Polarity,
  /**
   * The target.
   */
  target?: number,
  /**
   * Red, amber and green.
   */
  thresholds?: Thresholds,
  /**
   * Labelled moments on the time axis.
   */
  annotations?: Array<Annotation>,
  /**
   * For CSV input: the columns or series that are benchmarks.
   */
  benchmarks?: Array<string>,
  /**
   * For a published file: the indicator, the council (by name or code) and the comparators.
   */
  indicator?: string,
  /**
   * An EES file's `.meta.csv` (its text): the indicator's label as the title, and its unit.
   */
  meta?: string,
  /**
   * The council to draw from a file of many, by name or code.
   */
  council?: string,
  /**
   * The benchmarks to draw from a file of many, such as `["England", "South West"]`.
   */
  comparators?: Array<string>,
  /**
   * For a published file: another column's value, such as `{ "characteristic": "Total" }`.
   */
  filters?: { [key in string]: string },
  /**
   * Fingertips exports: the breakdown to draw (default Persons; age when the file has several).
   */
  sex?: string,
  /**
   * The age group to read from a file of many.
   */
  age?: string,
  /**
   * Plot height in CSS pixels, 24 to 4000; otherwise from the width.
   */
  height?: number,
  /**
   * `false` hides title, subtitle and source (the title still names the chart).
   */
  titles?: boolean,
  /**
   * Download CSV, PNG and SVG buttons, and "Play as sound".
   */
  toolbar?: boolean,
  /**
   * The day the data were taken, such as "2026-12-02": "Data accessed 2 December 2026" is
   * said after the source, in the chart and every export.
   */
  accessed?: string,
  /**
   * "table" prints the chart's data table under it (committees often want the figures).
   */
  print?: PrintWhat,
  /**
   * 1 to 6: the title is a heading of that level, so a screen reader's heading keys find
   * the chart. None (the default) for a page that gives the chart a heading of its own.
   */
  headingLevel?: number,
  /**
   * The title, where the text has none.
   */
  title?: string,
  /**
   * A line under the title.
   */
  subtitle?: string,
  /**
   * Where the figures come from.
   */
  source?: string,
};

/**
 * The order of a scorecard's items.
 */
export type ScorecardOrder = "given" | "exceptions";

/**
 * How a scorecard is drawn.
 */
export type ScorecardView = "tiles" | "spine" | "compare";

/**
 * A scorecard's item: a KPI, or data with options of its own (a published file's text with
 * its own indicator, council, filters, polarity and title).
 */
export type ScorecardItem = KpiData | ScorecardItemWithOptions;

/**
 * A scorecard item with options of its own.
 */
export type ScorecardItemWithOptions = {
  /**
   * A KPI object, or a published file's (or pasted cells') text.
   */
  data: ScorecardItemData,
  /**
   * Over the scorecard's options, for this item.
   */
  options?: KpiItemOptions,
};

/**
 * A scorecard item's data.
 */
export type ScorecardItemData = KpiData | string;

/**
 * `chart.sonify(options)`: the data as sound.
 */
export type SonifyOptions = {
  /**
   * Play the benchmarks (England, neighbours; other columns) after the reader's series.
   */
  benchmarks?: boolean,
  /**
   * Schedule the notes in this context instead of playing now (an OfflineAudioContext to
   * render). A JavaScript object: Rust never holds one, so it is never serialised.
   */
  context?: BaseAudioContext,
};

/**
 * `readSpreadsheet(bytes, options)`: which of a spreadsheet's sheets, and which cells of it.
 */
export type SpreadsheetOptions = {
  /**
   * The sheet's name as its tab shows it; without it, the first sheet laid out as a table a
   * chart reads (Ofsted's outcomes, a revenue outturn table, an EES, Fingertips or wide table).
   */
  sheet?: string,
  /**
   * A block of cells such as "A9:I24", for a sheet that holds several tables.
   */
  range?: string,
};

/**
 * What `checkFundingPlan` finds: a figure that does not add up, or one that may not.
 */
export type Finding = {
  /**
   * An error (does not add up) or a warning (may not).
   */
  level: FindingLevel,
  /**
   * The figure's path, e.g. `sections[1].subtotal[0]`.
   */
  path: string,
  /**
   * What is wrong, with both figures.
   */
  message: string,
};

/**
 * How sure a finding is.
 */
export type FindingLevel = "error" | "warning";

/**
 * `textBoxes()`: every text a chart draws, where it lies (for tests of overlap and clipping).
 */
export type TextLayout = {
  /**
   * The picture's width in CSS pixels.
   */
  width: number,
  /**
   * The picture's height in CSS pixels.
   */
  height: number,
  /**
   * `[text, left, top, right, bottom]` in CSS pixels.
   */
  texts: Array<[string, number, number, number, number]>,
};

/**
 * `chart.summary()`: the figures `describe()` speaks, for a page that sets them as text beside
 * the chart ("67 per 10,000, 52nd of 151, band B, off target") without parsing sentences.
 */
export type Summary = {
  "kind": "kpi"
} & KpiSummary | {
  "kind": "judgement"
} & JudgementSummary | {
  "kind": "funding"
} & FundingSummary | {
  "kind": "scorecard"
} & ScorecardSummary;

/**
 * A figure as a number and as the chart writes it ("£5.5m", "67 per 10,000").
 */
export type Figure = {
  /**
   * The figure as a number.
   */
  value: number,
  /**
   * The figure as the chart writes it.
   */
  text: string,
};

/**
 * A KPI chart's figures.
 */
export type KpiSummary = {
  /**
   * The chart's title.
   */
  title: string,
  /**
   * The unit as given: "per 10,000", "%", "£000"...
   */
  unit: string,
  /**
   * `"higher-is-better"`, `"lower-is-better"` or `"neutral"`.
   */
  polarity: string,
  /**
   * The council's own series (or the first), whose figures these are.
   */
  series: string | null,
  /**
   * The latest period with a value, and that value.
   */
  period: string | null,
  /**
   * The latest figure.
   */
  value: Figure | null,
  /**
   * The value before it (gaps skipped), and the change since.
   */
  previousPeriod: string | null,
  /**
   * The figure before it.
   */
  previous: Figure | null,
  /**
   * The change from the figure before.
   */
  change: Figure | null,
  /**
   * "improved", "worsened" or "no change" by the polarity; "up", "down" or "no change" for
   * a neutral indicator.
   */
  direction: string | null,
  /**
   * "On target", "Near target" or "Off target"; null when not rated.
   */
  status: string | null,
  /**
   * The target.
   */
  target: Figure | null,
  /**
   * The latest value less the target.
   */
  fromTarget: Figure | null,
  /**
   * Each benchmark's latest value (England, the region...).
   */
  benchmarks: Array<BenchmarkFigure>,
  /**
   * Where the council stands among all councils, where the data hold every council.
   */
  rank: RankSummary | null,
  /**
   * The recent trend of the council's figures over the latest five points, tested as
   * Fingertips does ("Decreasing and getting better", "No significant change", "Cannot be
   * calculated: ..."); null where its figures have no 95% intervals.
   */
  recentTrend: string | null,
  /**
   * The map view only: how the councils' bands or classes fall, region by region.
   */
  map: MapSummary | null,
};

/**
 * A benchmark's figure.
 */
export type BenchmarkFigure = {
  /**
   * The benchmark's name, such as "England".
   */
  name: string,
  /**
   * The period of its figure.
   */
  period: string,
  /**
   * Its figure.
   */
  value: Figure,
};

/**
 * Where the council stands among all councils.
 */
export type RankSummary = {
  /**
   * The period ranked.
   */
  period: string,
  /**
   * 1 is the best (the lowest figure where lower is better); null for a neutral indicator.
   */
  rank: number | null,
  /**
   * Councils with a figure in the period.
   */
  of: number,
  /**
   * Whether another council has the same figure (and so the same rank).
   */
  joint: boolean,
  /**
   * Quartile band "A" (the best quarter) to "D"; null for a neutral indicator.
   */
  band: string | null,
  /**
   * As the chart says it: "52nd of 151 councils, band B", "above the median of 151 councils".
   */
  text: string,
};

/**
 * How a map's councils fall, region by region.
 */
export type MapSummary = {
  /**
   * What colours the hexes: `"band"`, `"value"` (classes 1 to 5, low to high) or `"grade"`.
   */
  colour: string,
  /**
   * The council's region, where the council is on the map.
   */
  region: string | null,
  /**
   * Each region's councils, counted by band, class or grade (those with none not counted).
   */
  regions: Array<RegionCount>,
};

/**
 * One region's councils on a map.
 */
export type RegionCount = {
  /**
   * ONS's name for the region: "North East".
   */
  region: string,
  /**
   * How many of its councils are on the map.
   */
  councils: number,
  /**
   * How many are in each band, class or grade, in order (A to D, 1 to 5, best grade first).
   */
  counts: Array<ClassCount>,
};

/**
 * How many councils have one band, class or grade.
 */
export type ClassCount = {
  /**
   * "A", "3" or "Good".
   */
  class: string,
  /**
   * How many councils have it.
   */
  councils: number,
};

/**
 * A judgement chart's grades.
 */
export type JudgementSummary = {
  /**
   * The chart's title.
   */
  title: string,
  /**
   * The latest inspection's label.
   */
  inspection: string,
  /**
   * Each area's grade at the latest inspection, the overall judgement first.
   */
  areas: Array<AreaSummary>,
  /**
   * The map view only: how every council's latest overall effectiveness falls, region by
   * region.
   */
  map: MapSummary | null,
};

/**
 * One area's grades.
 */
export type AreaSummary = {
  /**
   * The area's name.
   */
  area: string,
  /**
   * The grade's name; null when the area was not judged then.
   */
  grade: string | null,
  /**
   * "Not judged" or "Not part of the framework then" when there is no grade.
   */
  state: string,
  /**
   * "improved", "declined" or "stayed", against the area's inspection before.
   */
  movement: string | null,
  /**
   * The grade before, and the inspection it was given at.
   */
  before: string | null,
  /**
   * The grade at the inspection before.
   */
  beforeInspection: string | null,
};

/**
 * A funding chart's totals.
 */
export type FundingSummary = {
  /**
   * The chart's title.
   */
  title: string,
  /**
   * What the figures count, such as "£000".
   */
  unit: string,
  /**
   * The bottom line per column: the printed total (or the lines' sum where none is printed).
   */
  totals: Array<ColumnTotal>,
  /**
   * Whether every subtotal and total adds up (within rounding).
   */
  addsUp: boolean,
  /**
   * What checking it found, as `checkFundingPlan` gives it.
   */
  findings: Array<Finding>,
};

/**
 * A scorecard's indicators, each as a KPI chart's summary gives it, in the order drawn.
 */
export type ScorecardSummary = {
  /**
   * Each indicator's figures, in the order drawn.
   */
  indicators: Array<KpiSummary>,
};

/**
 * One column's total.
 */
export type ColumnTotal = {
  /**
   * The column's name.
   */
  column: string,
  /**
   * The total.
   */
  total: Figure,
  /**
   * The available funding in this column, and what is left (negative: a shortfall).
   */
  available: Figure | null,
  /**
   * The funding available less the total, where the plan gives what is available.
   */
  headroom: Figure | null,
};
