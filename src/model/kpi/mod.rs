//! A KPI series, checked: read from JSON by `kpi_read`, from a file's cells by `kpi_csv`, and
//! put together by `Kpi::assemble`. Once built, every value is finite, every period real, every
//! series has its points in time order with no period twice, and names are non-blank and bounded.

pub mod compare;
pub mod councils;
pub mod detail;
pub mod field;
pub mod map;
pub mod neighbours;
pub mod periods;
pub mod rank;
pub mod read;
pub mod rows;
pub mod significance;
pub mod spine;
pub mod status;
pub mod trend;
pub mod unit;

use crate::model::kpi::councils::CouncilsAt;
use crate::model::kpi::detail::Detail;
use crate::model::kpi::rank::Standing;
use crate::model::kpi::unit::{Polarity, Unit};
use crate::model::order::sort_by_key;
use crate::model::time::read::Period;
use crate::model::titles::Titles;

#[derive(Debug, Clone, PartialEq)]
pub struct Kpi {
    pub titles: Titles,
    pub unit: Unit,
    pub polarity: Polarity,
    pub target: Option<f64>,
    pub thresholds: Option<Thresholds>,
    /// At least one series (private: `series()` reads them, only the model makes them).
    series: Vec<Series>,
    pub annotations: Vec<Annotation>,
    /// The publisher's own words on the recent trend ("Increasing and getting worse"), said
    /// in the description as given.
    pub trend: Option<String>,
    /// What the points' `compared` judgements compare with ("England", the default).
    pub compared_to: String,
    /// Whether the council's figures can be set against the benchmarks' in words. Not for a
    /// count beside England's total (DfE files): both may be drawn, never compared.
    pub benchmarks_comparable: bool,
    /// Every council's figure, period by period, when the data hold them: for rank and band.
    pub councils: Vec<CouncilsAt>,
}

/// Red/amber/green boundaries. Invariant: ordered for the polarity (for lower-is-better,
/// `green <= amber`; for higher-is-better, `green >= amber`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub green: f64,
    pub amber: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The council's own figures.
    Own,
    /// A comparator: England, the region, statistical neighbours' average.
    Benchmark,
    /// One of a council's statistical neighbours (ten comparable councils): drawn together
    /// as a range and a mean unless the options ask for lines.
    Neighbour,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub role: Role,
    /// In time order; no period appears twice. May be all gaps. Private: `points()` reads
    /// them, and only the model (or `Series::new`, which orders them) makes them.
    points: Vec<Point>,
}

impl Series {
    /// A series of `points` put in time order, keeping the first of any period given twice
    /// (the readers refuse such input; this is for callers who build series themselves).
    pub fn new(name: String, role: Role, mut points: Vec<Point>) -> Series {
        sort_by_key(&mut points, |p| p.period.key());
        points.dedup_by(|a, b| a.period.same_as(&b.period));
        Series { name, role, points }
    }

    /// A series of points a reader has already put in time order, no period twice
    /// (`kpi_series::in_time_order`), and a name it has checked as a label.
    pub(super) fn checked(name: String, role: Role, points: Vec<Point>) -> Series {
        Series { name, role, points }
    }

    /// In time order; no period appears twice.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// The point at `period`, if the series has one (points are in time order).
    pub fn at(&self, period: &Period) -> Option<&Point> {
        let key = period.key();
        self.points.binary_search_by_key(&key, |p| p.period.key()).ok().and_then(|i| self.points.get(i))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub period: Period,
    /// `None` is a gap: missing or suppressed, never zero.
    pub value: Option<f64>,
    /// The confidence interval, comparison and note, for the few points that have them.
    pub detail: Option<Box<Detail>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub period: Period,
    pub label: String,
}

/// What a KPI says of itself besides its series and every council's figures: read from a
/// KPI object, or from a file's options and what the file itself says.
pub(super) struct About {
    pub titles: Titles,
    pub unit: Unit,
    pub polarity: Polarity,
    pub target: Option<f64>,
    pub thresholds: Option<Thresholds>,
    pub annotations: Vec<Annotation>,
    pub trend: Option<String>,
    pub compared_to: String,
    pub benchmarks_comparable: bool,
}

impl Kpi {
    /// Every series, at least one; each in time order.
    pub fn series(&self) -> &[Series] {
        &self.series
    }

    /// A KPI of `series` (at least one) with nothing else said: a count, neither higher nor
    /// lower better, no target. `None` for no series.
    pub fn of_series(titles: Titles, series: Vec<Series>) -> Option<Kpi> {
        if series.is_empty() {
            return None;
        }
        Some(Kpi {
            titles,
            unit: Unit::COUNT,
            polarity: Polarity::Neutral,
            target: None,
            thresholds: None,
            series,
            annotations: Vec::new(),
            trend: None,
            compared_to: "England".to_owned(),
            benchmarks_comparable: true,
            councils: Vec::new(),
        })
    }

    /// The latest period in which the council is ranked (or placed, for a neutral indicator).
    pub fn ranked_latest(&self) -> Option<crate::model::kpi::councils::Ranked<'_>> {
        crate::model::kpi::councils::ranked_latest(&self.councils, self.polarity)
    }

    /// A KPI of checked parts, whoever read them (JSON or a file's cells): at least one
    /// series (`None` for none), each in time order, no two of one name. An own point with an
    /// interval and no judgement is judged against the benchmark it is compared with.
    pub(super) fn assemble(about: About, mut series: Vec<Series>, councils: Vec<CouncilsAt>) -> Kpi {
        judge_by_interval(&mut series, &about.compared_to, about.polarity);
        let About {
            titles,
            unit,
            polarity,
            target,
            thresholds,
            annotations,
            trend,
            compared_to,
            benchmarks_comparable,
        } = about;
        Kpi {
            titles,
            unit,
            polarity,
            target,
            thresholds,
            series,
            annotations,
            trend,
            compared_to,
            benchmarks_comparable,
            councils,
        }
    }

    /// Where the council stands among all councils in `period`, when the data say.
    pub fn standing_at(&self, period: &Period) -> Option<Standing> {
        self.councils.iter().find(|c| c.period.same_as(period))?.standing(self.polarity)
    }

    /// Every value of every series, for scales.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.series.iter().flat_map(|s| s.points.iter().filter_map(|p| p.value))
    }
}

/// Judges each own-series point that has an interval and no judgement against `benchmark`
/// (the series of that name, or none: then nothing is judged).
fn judge_by_interval(series: &mut [Series], benchmark: &str, polarity: Polarity) {
    let Some(against) = series
        .iter()
        .find(|s| s.role == Role::Benchmark && s.name.eq_ignore_ascii_case(benchmark.trim()))
        .map(|s| s.points().iter().filter_map(|p| p.value.map(|v| (p.period.key(), v))).collect::<Vec<_>>())
    else {
        return;
    };
    for own in series.iter_mut().filter(|s| s.role == Role::Own) {
        for point in own.points.iter_mut() {
            let Some(detail) = point.detail.as_deref_mut() else { continue };
            let (Some((low, high)), None) = (detail.interval, detail.compared) else { continue };
            let key = point.period.key();
            let Some(&(_, value)) = against.iter().find(|(k, _)| *k == key) else { continue };
            detail.compared = Some(crate::model::kpi::significance::compare(low, high, value, polarity));
            detail.by_interval = true;
        }
    }
}
