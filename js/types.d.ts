// The data shapes and options of council-charts. This text is put into the generated
// declarations (council_charts.d.ts) by src/web/types.rs; tests/types/ checks every fixture the
// Rust tests read against it with `tsc --noEmit`, so the two cannot drift apart unnoticed.

/** A figure, or `null` for a gap (missing or suppressed): never drawn as zero. */
export type Value = number | null;

/** `"2016/17"`, `"Q1 2020/21"`, `"Jun 2019"`, `"2019-06"`, `"2023-03-24"`, `"2019"` or `2019`. */
export type Period = string | number;

export type Unit = "count" | "%" | "£" | "£000" | "£m" | "per 10,000" | (string & {});
export type Polarity = "higher-is-better" | "lower-is-better" | "neutral";
export type Interval = "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year";

export interface KpiPoint {
  period: Period;
  value: Value;
  /** The 95% confidence interval: both limits, or neither; the value lies between them. */
  lower?: number | null;
  upper?: number | null;
  /** How the figure compares with the benchmark (`comparedTo`), as the publisher tested it. */
  compared?: "better" | "similar" | "worse" | "higher" | "lower" | "not compared" | (string & {}) | null;
  /** A note on the figure, such as why it is missing. */
  note?: string | null;
}

/** Every council's figure for one period: for rank and quartile band. */
export interface CouncilsAt {
  period: Period;
  values: { council: string; code?: string; value?: Value }[];
}

interface KpiSeriesBase {
  name: string;
  /** `"own"` (default) solid; `"benchmark"` dashed with hollow markers; `"neighbour"` in a band. */
  role?: "own" | "benchmark" | "neighbour" | "neighbor" | "statistical neighbour";
}

/** A series as points, in any order. */
export interface KpiPointSeries extends KpiSeriesBase {
  points: KpiPoint[];
}

/** A long, regular series: one value per step from `start`; `NaN` in a typed array is a gap. */
export interface KpiRegularSeries extends KpiSeriesBase {
  start: Period;
  interval?: Interval;
  values: Value[] | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
}

export type KpiSeries = KpiPointSeries | KpiRegularSeries;

export interface KpiData {
  title: string;
  subtitle?: string;
  unit?: Unit;
  polarity?: Polarity;
  target?: number | null;
  thresholds?: { green: number; amber: number } | null;
  series: KpiSeries[];
  annotations?: { period: Period; label: string }[];
  source?: string;
  /** The publisher's words on the recent trend, said as given. */
  trend?: string;
  /** What the points' `compared` judgements compare with; default `"England"`. */
  comparedTo?: string;
  /** `false` for a count beside a national total: both drawn, never compared in words. */
  benchmarksComparable?: boolean;
  /** Every council's figure per period, where the data hold them. */
  councils?: CouncilsAt[];
}

export interface GradeDefinition {
  name: string;
  short?: string;
  /** `"#1d70b8"` or `"#fff"`. */
  color?: string;
}

export interface JudgementData {
  title: string;
  subtitle?: string;
  source?: string;
  /** Three to seven grades, best first; default the Ofsted four. */
  scale?: (string | GradeDefinition)[];
  inspections: { label: string; date?: string }[];
  /** `judgedFrom`: the date an area joined the framework; earlier blanks are "not part of the framework then". */
  areas: { name: string; grades: (string | number | null)[]; judgedFrom?: string }[];
  /** Read codes 1 (best) to 4; 5 is not judged. */
  numericGrades?: boolean;
}

/** A figure in a funding plan: a number, or nil as `null`, `"-"` or `""`. */
export type Amount = number | null | "-" | "";

export interface FundingRow {
  name: string;
  values: Amount[];
  /** A line's "of which" breakdown: checked against the line, never added again. */
  ofWhich?: { name: string; values: Amount[] }[];
}

export interface FundingData {
  title: string;
  subtitle?: string;
  source?: string;
  unit?: Unit;
  columns: string[];
  derived?: { column: string; add?: string[]; subtract?: string[] }[];
  sections: { name: string; lines: FundingRow[]; subtotal?: Amount[] }[];
  /** `covers` names the sections, lines or earlier totals a total adds up (default: every section). */
  totals?: (FundingRow & { covers?: string[] })[];
  available?: FundingRow;
}

/** `chart.sonify(options)`: the data as sound. */
export interface SonifyOptions {
  /** Play the benchmarks (England, neighbours; other columns) after the reader's series. */
  benchmarks?: boolean;
  /** Schedule the notes in this context instead of playing now (an OfflineAudioContext to render). */
  context?: BaseAudioContext;
}

/** Options every chart kind takes. */
export interface ChartOptions {
  /** Plot height in CSS pixels, 24 to 4000; otherwise from the width. */
  height?: number;
  /** `false` hides title, subtitle and source (the title still names the chart). */
  titles?: boolean;
  /** Download CSV, PNG and SVG buttons, and "Play as sound". */
  toolbar?: boolean;
}

/** For CSV text: what the CSV cannot say. */
interface CsvTitles {
  title?: string;
  subtitle?: string;
  source?: string;
}

export interface KpiOptions extends ChartOptions, CsvTitles {
  view?: "line" | "sparkline" | "bullet" | "distribution";
  /** Statistical neighbours as one range band (default with three or more) or a line each; or,
   * with a file of every council, the neighbours' names or codes. */
  neighbours?: "band" | "lines" | string[];
  /** Shade the on, near and off target zones. */
  bands?: boolean;
  // For CSV input:
  unit?: Unit;
  polarity?: Polarity;
  target?: number;
  thresholds?: { green: number; amber: number };
  annotations?: { period: Period; label: string }[];
  benchmarks?: string[];
  indicator?: string;
  council?: string;
  comparators?: string[];
  filters?: Record<string, string>;
  /** Fingertips exports: the breakdown to draw (default Persons; age when the file has several). */
  sex?: string;
  age?: string;
}

export interface JudgementOptions extends ChartOptions, CsvTitles {
  view?: "grid" | "journey" | "national";
  // For CSV input (`council` picks one from Ofsted's outcomes table, by code or name):
  council?: string;
  /** With the "national" view: the council's own region's bar under England's, per area. */
  byRegion?: boolean;
  scale?: (string | GradeDefinition)[];
  numericGrades?: boolean;
}

export interface FundingOptions extends ChartOptions, CsvTitles {
  view?: "stacked" | "waterfall" | "lines";
  /** The columns a view draws: any number for stacked, two for the others. */
  columns?: string[];
  // For CSV input:
  unit?: Unit;
  derived?: { column: string; add?: string[]; subtract?: string[] }[];
}

export interface Finding {
  level: "error" | "warning";
  /** The figure's path, e.g. `sections[1].subtotal[0]`. */
  path: string;
  message: string;
}

export interface TextLayout {
  width: number;
  height: number;
  /** `[text, left, top, right, bottom]` in CSS pixels. */
  texts: [string, number, number, number, number][];
}
