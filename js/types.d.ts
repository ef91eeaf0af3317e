// The data shapes and options of council-charts. This text is put into the generated
// declarations (council_charts.d.ts) by src/web/types.rs; tests/types/ checks every fixture the
// Rust tests read against it with `tsc --noEmit`, so the two cannot drift apart unnoticed.

/** A figure, or `null` for a gap (missing or suppressed): never drawn as zero. */
export type Value = number | null;

/** `"2016/17"`, `"Q1 2020/21"`, `"Jun 2019"`, `"2019-06"`, `"2023-03-24"`, `"2019"` or `2019`. */
export type Period = string | number;

export type Unit = "count" | "%" | "£" | "£000" | "£m" | "per 10,000" | (string & {});
export type Polarity = "higher-is-better" | "lower-is-better" | "neutral";
export type Interval = "day" | "week" | "month" | "quarter" | "year";

export interface KpiPoint {
  period: Period;
  value: Value;
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
  areas: { name: string; grades: (string | number | null)[] }[];
  /** Read codes 1 (best) to 4; 5 is not judged. */
  numericGrades?: boolean;
}

/** A figure in a funding plan: a number, or nil as `null`, `"-"` or `""`. */
export type Amount = number | null | "-" | "";

export interface FundingRow {
  name: string;
  values: Amount[];
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

/** Options every chart kind takes. */
export interface ChartOptions {
  /** Plot height in CSS pixels, 24 to 4000; otherwise from the width. */
  height?: number;
  /** `false` hides title, subtitle and source (the title still names the chart). */
  titles?: boolean;
  /** Download CSV, PNG and SVG buttons. */
  toolbar?: boolean;
}

/** For CSV text: what the CSV cannot say. */
interface CsvTitles {
  title?: string;
  subtitle?: string;
  source?: string;
}

export interface KpiOptions extends ChartOptions, CsvTitles {
  view?: "line" | "sparkline" | "bullet";
  /** Statistical neighbours as one range band (default with three or more) or a line each. */
  neighbours?: "band" | "lines";
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
}

export interface JudgementOptions extends ChartOptions, CsvTitles {
  view?: "grid" | "journey";
  // For CSV input:
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
