//! A council's statistical neighbours summed up per period: the range (lowest and highest)
//! and the mean of those with a value. Ten lines that cross each other say less than this.

use crate::model::kpi::{Kpi, Role};
use crate::model::order::sort_by_key;
use crate::model::time::read::Period;

#[derive(Debug, Clone, PartialEq)]
pub struct NeighbourPeriod {
    pub period: Period,
    pub low: f64,
    pub high: f64,
    pub mean: f64,
    /// How many neighbours had a value.
    pub count: usize,
}

/// One entry per period at which any neighbour has a value, in time order.
pub fn neighbour_summary(kpi: &Kpi) -> Vec<NeighbourPeriod> {
    let mut points: Vec<(&Period, f64)> = kpi
        .series()
        .iter()
        .filter(|s| s.role == Role::Neighbour)
        .flat_map(|s| s.points().iter().filter_map(|p| p.value.map(|v| (&p.period, v))))
        .collect();
    sort_by_key(&mut points, |(p, _)| p.key());
    let mut summary: Vec<NeighbourPeriod> = Vec::new();
    for (period, value) in points {
        match summary.last_mut() {
            Some(last) if last.period.same_as(period) => {
                last.low = last.low.min(value);
                last.high = last.high.max(value);
                last.mean += (value - last.mean) / (last.count + 1) as f64;
                last.count += 1;
            }
            _ => {
                summary.push(NeighbourPeriod { period: period.clone(), low: value, high: value, mean: value, count: 1 })
            }
        }
    }
    summary
}

/// How many neighbour series the KPI has.
pub fn neighbour_count(kpi: &Kpi) -> usize {
    kpi.series().iter().filter(|s| s.role == Role::Neighbour).count()
}
