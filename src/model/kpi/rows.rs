//! A KPI's series side by side: a row per period that any series has, with each series' value
//! there (`None`: a gap, or no point at that period). What CSV and tables are made of.
//!
//! Every series is already in time order with no period twice, so the rows are a merge of the
//! series, walked from either end: a table that shows the latest 100 rows of a 100,000-point
//! series reads 100 rows from the end, not all of them.

use crate::model::kpi::{Kpi, Point, Series};
use crate::model::time::read::Period;

/// One row: the period and each series' value there.
pub type Row<'k> = (&'k Period, Vec<Option<f64>>);

impl Kpi {
    /// Every row, oldest first.
    pub fn by_period(&self) -> Vec<Row<'_>> {
        Rows::new(self.series(), false).collect()
    }

    /// The latest `n` rows, oldest first, and how many rows there are in all.
    pub fn latest_by_period(&self, n: usize) -> (Vec<Row<'_>>, usize) {
        let mut rows: Vec<Row> = Rows::new(self.series(), true).take(n).collect();
        rows.reverse();
        let mut all = Rows::new(self.series(), false);
        let mut count = 0;
        while all.advance().is_some() {
            count += 1;
        }
        (rows, count)
    }
}

/// A merge of the series from one end: `left[s]` is how many points of series `s` are still
/// to be read, from the front (`backwards` false) or the back.
struct Rows<'k> {
    series: &'k [Series],
    left: Vec<usize>,
    backwards: bool,
    values: Vec<Option<f64>>,
}

impl<'k> Rows<'k> {
    fn new(series: &'k [Series], backwards: bool) -> Self {
        Rows {
            series,
            left: series.iter().map(|s| s.points().len()).collect(),
            backwards,
            values: vec![None; series.len()],
        }
    }

    /// The next point of series `s` from this end, if any is left.
    fn head(&self, s: usize) -> Option<&'k Point> {
        let points = &self.series.get(s)?.points();
        let left = *self.left.get(s)?;
        let index = if self.backwards { left.checked_sub(1)? } else { points.len().checked_sub(left)? };
        points.get(index)
    }

    /// Moves to the next period (the earliest of the heads, or the latest going backwards),
    /// leaving each series' value there in `values`.
    fn advance(&mut self) -> Option<&'k Period> {
        let key = |p: &Point| p.period.key();
        let heads = (0..self.series.len()).filter_map(|s| self.head(s));
        let period = if self.backwards { heads.max_by_key(|p| key(p)) } else { heads.min_by_key(|p| key(p)) }
            .map(|p| &p.period)?;
        for s in 0..self.series.len() {
            let here = self.head(s).filter(|p| p.period.same_as(period));
            if let Some(value) = self.values.get_mut(s) {
                *value = here.and_then(|p| p.value);
            }
            if let (Some(_), Some(left)) = (here, self.left.get_mut(s)) {
                *left -= 1;
            }
        }
        Some(period)
    }
}

impl<'k> Iterator for Rows<'k> {
    type Item = Row<'k>;

    fn next(&mut self) -> Option<Row<'k>> {
        let period = self.advance()?;
        Some((period, self.values.clone()))
    }
}
