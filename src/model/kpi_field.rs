//! Gathers every council's figure from a file with every council in it, period by period, as
//! the `councils` field of a KPI's JSON (read back by `kpi_councils`): the CSV readers note each
//! council row they pass, whichever council the chart is about.

use super::json::Json;

/// One council's row: name, code and figure.
type CouncilFigure = (String, String, Option<f64>);

#[derive(Default)]
pub struct FieldBuilder {
    /// (period label, its councils), in the order first met.
    periods: Vec<(String, Vec<CouncilFigure>)>,
}

impl FieldBuilder {
    /// Notes one council's figure for a period (a second row for the same council and period
    /// is the same council under a second code, and is left out when the JSON is read).
    pub fn add(&mut self, period: &str, name: &str, code: &str, figure: Option<f64>) {
        let entry = (name.to_owned(), code.to_owned(), figure);
        match self.periods.iter_mut().rev().find(|(p, _)| p == period) {
            Some((_, councils)) => councils.push(entry),
            None => self.periods.push((period.to_owned(), vec![entry])),
        }
    }

    /// The `councils` field, or `None` when no council row was met.
    pub fn into_json(self) -> Option<Json> {
        if self.periods.is_empty() {
            return None;
        }
        let periods = self
            .periods
            .into_iter()
            .map(|(period, councils)| {
                let values = councils
                    .into_iter()
                    .map(|(name, code, figure)| {
                        Json::Object(vec![
                            ("council".into(), Json::String(name)),
                            ("code".into(), Json::String(code)),
                            ("value".into(), figure.map_or(Json::Null, Json::Number)),
                        ])
                    })
                    .collect();
                Json::Object(vec![("period".into(), Json::String(period)), ("values".into(), Json::Array(values))])
            })
            .collect();
        Some(Json::Array(periods))
    }
}
