//! A judgement chart: inspection grades per area, inspection after inspection.

use super::drawn::Drawn;
use super::read::{any_text, json_text, options_text, shape};
use crate::error::ChartError;
use crate::model::shapes::{JudgementData, JudgementOptions};

/// Inspection judgements (Ofsted's Outstanding, Good, Requires improvement to be good and
/// Inadequate, or a scale of the data's own) per area, inspection after inspection: a grid
/// (the default), each area's journey, or every council's latest judgement with the council's
/// own marked (`"view": "national"`).
///
/// ```
/// use council_charts::{Chart, JudgementChart};
///
/// let data = r#"{ "title": "Ofsted judgements",
///   "inspections": [{ "label": "2019" }, { "label": "2023" }],
///   "areas": [{ "name": "Overall effectiveness", "grades": ["Inadequate", "Good"] }] }"#;
/// let chart = JudgementChart::from_json(data, "")?;
/// assert!(chart.describe().contains("Good"));
/// # Ok::<(), council_charts::ChartError>(())
/// ```
pub struct JudgementChart(Drawn);

impl JudgementChart {
    /// Judgements from their JSON object (the contract's shape) and options as JSON text; `""`
    /// is no options.
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the field: `areas[2].grades[1]: unknown grade ...`.
    pub fn from_json(data: &str, options: &str) -> Result<JudgementChart, ChartError> {
        JudgementChart::read(&json_text(data)?, options_text(options)?)
    }

    /// Judgements from text as published or pasted: a CSV or tab-separated table in either
    /// layout councils use, or Ofsted's outcomes table with `options.council` (JSON text too),
    /// read exactly as the JavaScript reads it.
    ///
    /// ```
    /// use council_charts::{Chart, JudgementChart};
    ///
    /// let pasted = "Area,2019,2023\nOverall effectiveness,Inadequate,Good\nCare leavers,Inadequate,RI";
    /// let chart = JudgementChart::from_text(pasted, r#"{ "title": "Ofsted judgements" }"#)?;
    /// assert!(chart.to_csv().contains("Requires improvement to be good"));
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the cell or option.
    pub fn from_text(text: &str, options: &str) -> Result<JudgementChart, ChartError> {
        JudgementChart::read(&any_text(text)?, options_text(options)?)
    }

    /// Judgements from the typed shapes, checked as JSON is.
    ///
    /// ```
    /// use council_charts::shapes::{JudgementData, JudgementOptions, JudgementView};
    /// use council_charts::{JudgementChart, Summary};
    ///
    /// let data: JudgementData = serde_json::from_str(r#"{ "title": "Ofsted judgements",
    ///   "inspections": [{ "label": "2023" }],
    ///   "areas": [{ "name": "Overall effectiveness", "grades": ["Good"] }] }"#).unwrap();
    /// let options = JudgementOptions { view: Some(JudgementView::Journey), ..Default::default() };
    /// let chart = JudgementChart::new(&data, &options)?;
    /// let Summary::Judgement(summary) = council_charts::Chart::summary(&chart) else { unreachable!() };
    /// assert_eq!(summary.areas.len(), 1);
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// What the same data as JSON would be refused with.
    pub fn new(data: &JudgementData, options: &JudgementOptions) -> Result<JudgementChart, ChartError> {
        JudgementChart::read(&shape(data, "data", false)?, shape(options, "options", true)?)
    }

    fn read(data: &crate::model::Json, options: crate::model::Json) -> Result<JudgementChart, ChartError> {
        Drawn::read(crate::chart::judgement::JudgementChart::build, data, options).map(JudgementChart)
    }
}

super::drawn::one_picture!(JudgementChart);
