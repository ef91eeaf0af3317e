//! Documented size limits. Beyond them input is refused with a clear error, so a runaway
//! spreadsheet export cannot freeze a council's page.

/// Longest title, series name, label or period text, in characters.
pub const MAX_LABEL_CHARS: usize = 500;
/// Most series in one KPI chart (the guidance is four to six; benchmarks add a few).
pub const MAX_SERIES: usize = 50;
/// Most points in one series.
pub const MAX_POINTS_PER_SERIES: usize = 1_000_000;
/// Most annotations on one chart.
pub const MAX_ANNOTATIONS: usize = 50;
