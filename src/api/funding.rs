//! A funding chart: a budget or resource plan, and whether it adds up.

use super::drawn::Drawn;
use super::read::{any_text, json_text, options_text, shape};
use crate::error::ChartError;
use crate::model::shapes::{FundingData, FundingOptions};

/// A funding plan in £000 (or its own unit), with sections, subtotals, totals and available
/// funding: stacked bars (the default), a waterfall from one column to another, or line by
/// line; and whether every subtotal and total adds up, said beside it.
///
/// ```
/// use council_charts::{Chart, FundingChart};
///
/// let data = r#"{ "title": "Resource plan", "unit": "£000", "columns": ["Planned", "Actual"],
///   "sections": [{ "name": "Staffing", "lines": [
///     { "name": "Social workers", "values": [500, 520] },
///     { "name": "Managers", "values": [200, 190] } ], "subtotal": [700, 710] }] }"#;
/// let chart = FundingChart::from_json(data, "")?;
/// assert!(chart.describe().contains("adds up"));
/// # Ok::<(), council_charts::ChartError>(())
/// ```
pub struct FundingChart(Drawn);

impl FundingChart {
    /// A plan from its JSON object (the contract's shape) and options as JSON text; `""` is no
    /// options.
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the field: `sections[0].lines[2].values: ...`.
    pub fn from_json(data: &str, options: &str) -> Result<FundingChart, ChartError> {
        FundingChart::read(&json_text(data)?, options_text(options)?)
    }

    /// A plan from text as published or pasted: a budget table as CSV or tab-separated text,
    /// or MHCLG's revenue outturn tables (`options.council` picks an authority from the table
    /// of every authority; JSON text too), read exactly as the JavaScript reads it.
    ///
    /// ```
    /// use council_charts::{Chart, FundingChart};
    ///
    /// let pasted = "Line,Planned 2020/21,Projected 2020/21\n\
    ///               Senior Improvement Leads,580,223\n\
    ///               Leadership Development Programme,500,500\n\
    ///               Total,\"1,080\",723";
    /// let chart = FundingChart::from_text(pasted, r#"{ "title": "Resource plan", "view": "waterfall" }"#)?;
    /// assert!(chart.describe().contains("adds up"));
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the cell or option.
    pub fn from_text(text: &str, options: &str) -> Result<FundingChart, ChartError> {
        FundingChart::read(&any_text(text)?, options_text(options)?)
    }

    /// A plan from the typed shapes, checked as JSON is.
    ///
    /// ```
    /// use council_charts::shapes::{FundingData, FundingOptions};
    /// use council_charts::FundingChart;
    ///
    /// let data: FundingData = serde_json::from_str(r#"{ "title": "Plan", "columns": ["2024/25"],
    ///   "sections": [{ "name": "Staff", "lines": [{ "name": "Social workers", "values": [500] }] }] }"#).unwrap();
    /// assert!(FundingChart::new(&data, &FundingOptions::default()).is_ok());
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// What the same data as JSON would be refused with.
    pub fn new(data: &FundingData, options: &FundingOptions) -> Result<FundingChart, ChartError> {
        FundingChart::read(&shape(data, "data", false)?, shape(options, "options", true)?)
    }

    fn read(data: &crate::model::Json, options: crate::model::Json) -> Result<FundingChart, ChartError> {
        Drawn::read(crate::chart::funding::FundingChart::build, data, options).map(FundingChart)
    }
}

super::drawn::one_picture!(FundingChart);
