//! The KPI chart: a checked `Kpi` and its options, drawn as a line chart.

use super::options::{read_options, Options};
use super::Chart;
use crate::error::ChartError;
use crate::interact::Tooltip;
use crate::model::kpi::Kpi;
use crate::model::{Json, Node};
use crate::scale::format::format_value;
use crate::scene::{kpi_line::kpi_line, Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

const VIEWS: &[&str] = &["line"];
/// Views the contract names that later versions draw: asking for one says so plainly.
const PLANNED: &[&str] = &["sparkline", "bullet"];

#[derive(Debug, Clone, PartialEq)]
pub struct KpiChart {
    pub kpi: Kpi,
    pub options: Options,
}

impl KpiChart {
    pub fn read(data: &Json, options: &Json) -> Result<KpiChart, ChartError> {
        let options = read_options(options, VIEWS, PLANNED)?;
        let kpi = Kpi::read(&Node::data(data))?;
        Ok(KpiChart { kpi, options })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(KpiChart::read(data, options)?))
    }
}

impl Chart for KpiChart {
    fn title(&self) -> &str {
        &self.kpi.title
    }
    fn subtitle(&self) -> Option<&str> {
        self.kpi.subtitle.as_deref()
    }
    fn source(&self) -> Option<&str> {
        self.kpi.source.as_deref()
    }
    fn preferred_height(&self, width: f64, _measure: &dyn TextMeasure) -> f64 {
        self.options.height.unwrap_or((width * 0.5).clamp(240.0, 420.0))
    }
    fn scene(&self, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        kpi_line(&self.kpi, frame, theme, measure)
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        let series = self.kpi.series.get(datum.group)?;
        let point = series.points.get(datum.item)?;
        let value = match point.value {
            Some(v) => format_value(v, &self.kpi.unit),
            None => "no value".to_owned(),
        };
        let mut lines = vec![format!("{}: {value}", series.name)];
        if let (Some(target), Some(v)) = (self.kpi.target, point.value) {
            lines.push(words::kpi::against_target(v, target, &self.kpi.unit));
        }
        Some(Tooltip { heading: point.period.label.clone(), lines })
    }
    fn describe(&self) -> String {
        words::kpi::describe(&self.kpi)
    }
    fn to_csv(&self) -> String {
        crate::export::csv::kpi_csv(&self.kpi)
    }
}
