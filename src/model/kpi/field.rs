//! Gathers every council's figure from a file with every council in it, period by period, for
//! rank and band (`kpi_councils`): the CSV readers note each council row they pass, whichever
//! council the chart is about, which is known only once every row is read.

use crate::model::kpi::councils::{CouncilsAt, Gathering};
use crate::model::order::sort_by_key;
use crate::model::time::read::Period;

/// One council's row: name, code and figure.
type CouncilFigure = (String, String, Option<f64>);

#[derive(Default)]
pub struct FieldBuilder {
    /// Each period with its councils, in the order first met.
    periods: Vec<(Period, Vec<CouncilFigure>)>,
}

impl FieldBuilder {
    /// Notes one council's figure for a period (a second row for the same council and period
    /// is the same council under a second code, and counts once).
    pub fn add(&mut self, period: &Period, name: &str, code: &str, figure: Option<f64>) {
        let entry = (name.to_owned(), code.to_owned(), figure);
        match self.periods.iter_mut().rev().find(|(p, _)| p.same_as(period)) {
            Some((_, councils)) => councils.push(entry),
            None => self.periods.push((period.clone(), vec![entry])),
        }
    }

    /// Every period's councils in time order, the one named `own` (or with its code) marked.
    pub fn into_councils(self, own: Option<&str>) -> Vec<CouncilsAt> {
        let mut all: Vec<CouncilsAt> = self
            .periods
            .into_iter()
            .map(|(period, councils)| {
                let mut gathering = Gathering::new(own);
                for (name, code, figure) in councils {
                    gathering.push(name, Some(&code), figure);
                }
                gathering.at(period)
            })
            .collect();
        sort_by_key(&mut all, |c| c.period.key());
        all
    }
}
