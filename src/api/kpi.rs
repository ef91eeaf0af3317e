//! A KPI chart: one indicator over time with its target, status and benchmarks.

use super::drawn::Drawn;
use super::read::{any_text, json_text, options_text, shape};
use crate::error::ChartError;
use crate::model::shapes::{KpiData, KpiOptions};

/// A KPI chart: a performance indicator over time with its target, red/amber/green status and
/// benchmarks such as the England average; as a line (the default), a sparkline, a bullet, or
/// every council's figure with the council's own marked (`"view": "distribution"`).
///
/// ```
/// use council_charts::{Chart, KpiChart};
///
/// let data = r#"{ "title": "Agency social workers", "unit": "%", "polarity": "lower-is-better",
///   "series": [{ "name": "Our council", "points": [
///     { "period": "2022", "value": 18.2 }, { "period": "2023", "value": 15.9 } ] }] }"#;
/// let chart = KpiChart::from_json(data, "")?;
/// assert!(chart.describe().contains("15.9%"));
/// # Ok::<(), council_charts::ChartError>(())
/// ```
pub struct KpiChart(Drawn);

impl KpiChart {
    /// A KPI from its JSON object (the contract's shape) and options as JSON text; `""` is no
    /// options.
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the field: `series[0].points[3].value: ...`.
    pub fn from_json(data: &str, options: &str) -> Result<KpiChart, ChartError> {
        KpiChart::read(&json_text(data)?, options_text(options)?)
    }

    /// A KPI from text as published or pasted: CSV or tab-separated text with a period column,
    /// a DfE Explore Education Statistics file, an OHID Fingertips export (JSON text too), read
    /// exactly as the JavaScript reads it. `options.council` picks a council from a file of
    /// many, `options.indicator` a column.
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the cell: `data (CSV) row 7, column 3 ...`.
    pub fn from_text(text: &str, options: &str) -> Result<KpiChart, ChartError> {
        KpiChart::read(&any_text(text)?, options_text(options)?)
    }

    /// A KPI from the typed shapes, checked as JSON is.
    ///
    /// ```
    /// use council_charts::shapes::{KpiData, KpiOptions};
    /// use council_charts::{Chart, KpiChart};
    ///
    /// let data: KpiData = serde_json::from_str(
    ///     r#"{ "title": "Care leavers in suitable accommodation", "unit": "%",
    ///          "series": [{ "name": "Our council", "start": "2021", "values": [88, 91, 90] }] }"#,
    /// ).unwrap();
    /// let chart = KpiChart::new(&data, &KpiOptions::default())?;
    /// assert_eq!(chart.to_csv().lines().count(), 4);
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// What the same data as JSON would be refused with.
    pub fn new(data: &KpiData, options: &KpiOptions) -> Result<KpiChart, ChartError> {
        KpiChart::read(&shape(data, "data", false)?, shape(options, "options", true)?)
    }

    fn read(data: &crate::model::Json, options: crate::model::Json) -> Result<KpiChart, ChartError> {
        Drawn::read(crate::chart::kpi::KpiChart::build, data, options).map(KpiChart)
    }
}

super::drawn::one_picture!(KpiChart);
