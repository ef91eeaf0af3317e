//! The numbers of one row of a spine chart (OHID Fingertips' area profile): every council's
//! figure as a bar from the worst to the best, the middle half (25th to 75th percentile) and
//! the median, with the council and England placed on it. Better is always to the right: the
//! scale flips for an indicator where lower is better. The bar is centred on England, as
//! Fingertips centres it, on a scale symmetric about England wide enough for every mark, so
//! "left of centre" always reads "worse than England"; without England it is centred on the
//! median. A neutral indicator runs low to high and says so.
//!
//! Percentiles are R's default `quantile` (type 7: linear interpolation between order
//! statistics), as DfE's LAIT and Fingertips compute them (DOMAIN.md).

use crate::model::kpi::rank::Standing;
use crate::model::kpi::unit::Polarity;

/// Fewest councils with a figure for a bar: fewer is no field to stand in.
pub const MIN_FIELD: usize = 10;

/// A row's bar: the field in value terms and where each mark sits on the bar.
#[derive(Debug, Clone, PartialEq)]
pub struct SpineBar {
    /// Councils with a figure.
    pub count: usize,
    /// The worst and best figures by the polarity (for a neutral indicator, lowest and highest).
    pub worst: f64,
    pub best: f64,
    /// The 25th percentile, the median and the 75th percentile of the figures, by value.
    pub p25: f64,
    pub median: f64,
    pub p75: f64,
    /// The value at the middle of the bar: England's, or the median without it.
    pub centre: f64,
    /// How far in value each half of the bar reaches from the centre.
    pub reach: f64,
    /// Whether the scale runs high to low (lower is better), so better is to the right.
    pub flipped: bool,
}

/// Why a row has no bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoBar {
    /// The data hold no field of councils (plain KPI data without `councils`).
    NoField,
    /// Fewer than `MIN_FIELD` councils had a figure.
    TooFew(usize),
}

impl NoBar {
    pub fn words(self) -> String {
        match self {
            NoBar::NoField => "no bar: the data hold no other councils' figures".to_owned(),
            NoBar::TooFew(1) => format!("no bar: only 1 council has a figure, and a bar needs {MIN_FIELD}"),
            NoBar::TooFew(n) => format!("no bar: only {n} councils have a figure, and a bar needs {MIN_FIELD}"),
        }
    }
}

/// R's type-7 quantile of values sorted low to high (not empty): position (n − 1)p, linear
/// between the order statistics either side.
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    let last = sorted.len().saturating_sub(1);
    let h = last as f64 * p.clamp(0.0, 1.0);
    let below = h.floor() as usize;
    let (Some(&lo), Some(&hi)) = (sorted.get(below), sorted.get((below + 1).min(last))) else { return f64::NAN };
    lo + (h - below as f64) * (hi - lo)
}

/// The bar for `figures` (every council's, gaps left out by the caller), with the council's
/// own figure and England's placed on it.
pub fn spine_bar(
    figures: &[f64],
    council: Option<f64>,
    england: Option<f64>,
    polarity: Polarity,
) -> Result<SpineBar, NoBar> {
    let mut sorted: Vec<f64> = figures.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return Err(NoBar::NoField);
    }
    if sorted.len() < MIN_FIELD {
        return Err(NoBar::TooFew(sorted.len()));
    }
    crate::model::order::sort_by(&mut sorted, f64::total_cmp);
    let (low, high) = (sorted.first().copied().unwrap_or(0.0), sorted.last().copied().unwrap_or(0.0));
    let flipped = polarity == Polarity::LowerIsBetter;
    let (worst, best) = if flipped { (high, low) } else { (low, high) };
    let median = quantile(&sorted, 0.5);
    let centre = england.filter(|e| e.is_finite()).unwrap_or(median);
    // Symmetric about the centre, reaching the furthest mark; a field of one value still has
    // a bar to stand on.
    let reach = [low, high].into_iter().chain(council).map(|v| (v - centre).abs()).fold(0.0, f64::max);
    let reach = if reach > 0.0 { reach } else { centre.abs().max(1.0) * 0.1 };
    Ok(SpineBar {
        count: sorted.len(),
        worst,
        best,
        p25: quantile(&sorted, 0.25),
        median,
        p75: quantile(&sorted, 0.75),
        centre,
        reach,
        flipped,
    })
}

impl SpineBar {
    /// Where `value` sits along the bar, 0 at the left end and 1 at the right; the centre at
    /// 0.5, better to the right.
    pub fn position(&self, value: f64) -> f64 {
        let offset = (value - self.centre) / (2.0 * self.reach);
        if self.flipped {
            0.5 - offset
        } else {
            0.5 + offset
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_7_quartiles_match_r() {
        // quantile(1:10) in R: 3.25, 5.5, 7.75.
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!((quantile(&v, 0.25), quantile(&v, 0.5), quantile(&v, 0.75)), (3.25, 5.5, 7.75));
        assert_eq!(quantile(&[4.0], 0.25), 4.0);
    }
}

/// One indicator's row: the period it shows, the council's and England's figures then, the
/// council's standing among all councils, and the bar (or why there is none).
#[derive(Debug, Clone, PartialEq)]
pub struct SpineRow {
    pub period: Option<String>,
    pub council: Option<f64>,
    pub england: Option<f64>,
    pub standing: Option<Standing>,
    /// The councils at the worst and best ends of the bar (the first named, where several tie).
    pub ends: Option<(String, String)>,
    /// Other comparators in the period (a region, the statistical neighbours' mean), by name.
    pub others: Vec<(String, f64)>,
    pub bar: Result<SpineBar, NoBar>,
}

/// What a reader may stop on along a row, left to right as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpineMark {
    Worst,
    LowerQuartile,
    Median,
    UpperQuartile,
    Best,
    England,
    Council,
    /// `others[i]`: a region, or the statistical neighbours' mean.
    Other(usize),
    /// A row without a bar: the row itself, its figures and why it has no bar.
    Row,
}

impl SpineRow {
    /// The row's marks in the order they sit on the bar, left to right (so the arrow keys move
    /// the way the eye does); a row without a bar has the one `Row` mark.
    pub fn marks(&self) -> Vec<(SpineMark, f64)> {
        let Ok(bar) = &self.bar else { return vec![(SpineMark::Row, 0.0)] };
        let mut marks: Vec<(SpineMark, f64)> = Vec::with_capacity(7);
        for mark in [
            SpineMark::Worst,
            SpineMark::LowerQuartile,
            SpineMark::Median,
            SpineMark::UpperQuartile,
            SpineMark::Best,
            SpineMark::England,
            SpineMark::Council,
        ] {
            if let Some(value) = self.value(mark) {
                marks.push((mark, bar.position(value)));
            }
        }
        for (i, (_, value)) in self.others.iter().enumerate() {
            marks.push((SpineMark::Other(i), bar.position(*value)));
        }
        crate::model::order::sort_by(&mut marks, |a, b| a.1.total_cmp(&b.1));
        marks
    }

    /// The figure a mark stands for.
    pub fn value(&self, mark: SpineMark) -> Option<f64> {
        let bar = self.bar.as_ref().ok();
        match mark {
            SpineMark::Worst => bar.map(|b| b.worst),
            SpineMark::LowerQuartile => bar.map(|b| b.p25),
            SpineMark::Median => bar.map(|b| b.median),
            SpineMark::UpperQuartile => bar.map(|b| b.p75),
            SpineMark::Best => bar.map(|b| b.best),
            SpineMark::England => self.england,
            SpineMark::Council | SpineMark::Row => self.council,
            SpineMark::Other(i) => self.others.get(i).map(|(_, v)| *v),
        }
    }
}

/// The row of `kpi`: the latest period in which the council has a figure among every
/// council's (or, without a field, its own latest), England being the benchmark `comparedTo`
/// names.
pub fn spine_row(kpi: &crate::model::kpi::Kpi) -> SpineRow {
    let england_at = |period: &crate::model::time::read::Period| {
        kpi.series()
            .iter()
            .find(|s| s.role == crate::model::kpi::Role::Benchmark && s.name.eq_ignore_ascii_case(&kpi.compared_to))
            .and_then(|s| s.at(period))
            .and_then(|p| p.value)
    };
    // The latest period the council has a figure in; failing that, the latest of all (the bar
    // is drawn, the council's mark is not).
    let field = kpi
        .councils
        .iter()
        .rev()
        .find(|c| c.ours.and_then(|i| c.figures.get(i)).is_some_and(|(_, v)| v.is_some()))
        .or(kpi.councils.last());
    match field {
        Some(at) => {
            let council = at.ours.and_then(|i| at.figures.get(i)).and_then(|(_, v)| *v);
            let figures: Vec<f64> = at.figures.iter().filter_map(|(_, v)| *v).collect();
            let england = england_at(&at.period);
            let mut bar = spine_bar(&figures, council, england, kpi.polarity);
            let others = others_at(kpi, &at.period);
            // The bar reaches every comparator too, so each sits on it.
            if let Ok(b) = &mut bar {
                for (_, v) in &others {
                    b.reach = b.reach.max((v - b.centre).abs());
                }
            }
            let named = |value: f64| {
                at.figures.iter().find(|(_, v)| *v == Some(value)).map(|(name, _)| name.clone()).unwrap_or_default()
            };
            SpineRow {
                period: Some(at.period.label().into_owned()),
                council,
                england,
                standing: at.standing(kpi.polarity),
                ends: bar.as_ref().ok().map(|b| (named(b.worst), named(b.best))),
                others,
                bar,
            }
        }
        None => {
            let latest = kpi.latest();
            SpineRow {
                period: latest.map(|l| l.period.label().into_owned()),
                council: latest.map(|l| l.value),
                england: latest.and_then(|l| england_at(l.period)),
                standing: None,
                ends: None,
                others: Vec::new(),
                bar: Err(NoBar::NoField),
            }
        }
    }
}

/// The comparators besides England in `period`: every other benchmark (a region) and the
/// statistical neighbours' mean, where the data have them.
fn others_at(kpi: &crate::model::kpi::Kpi, period: &crate::model::time::read::Period) -> Vec<(String, f64)> {
    let mut others = Vec::new();
    for series in kpi.series() {
        if series.role == crate::model::kpi::Role::Benchmark && !series.name.eq_ignore_ascii_case(&kpi.compared_to) {
            if let Some(value) = series.at(period).and_then(|p| p.value) {
                others.push((series.name.clone(), value));
            }
        }
    }
    let neighbours = crate::model::kpi::neighbours::neighbour_summary(kpi);
    if let Some(n) = neighbours.iter().find(|n| n.period.same_as(period)) {
        others.push((format!("Statistical neighbours' mean ({})", n.count), n.mean));
    }
    others
}

/// One indicator of a spine: its KPI and its row, read once.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub kpi: crate::model::kpi::Kpi,
    pub row: SpineRow,
}

impl Indicator {
    pub fn new(kpi: crate::model::kpi::Kpi) -> Indicator {
        let row = spine_row(&kpi);
        Indicator { kpi, row }
    }

    /// The row's marks, left to right as drawn.
    pub fn mark(&self, item: usize) -> Option<SpineMark> {
        self.row.marks().get(item).map(|(mark, _)| *mark)
    }
}
