//! Red/amber/green status of a KPI value, from its polarity, target and thresholds.
//!
//! - With thresholds: for higher-is-better, at least `green` is on target, at least `amber` is
//!   near target, anything lower is off target; for lower-is-better the same with "at most".
//!   A value exactly on a boundary gets the better status.
//! - With a target but no thresholds: meeting the target (at least, or at most) is on target,
//!   anything else is off target; there is no "near" without an amber boundary.
//! - A neutral KPI, or one with neither target nor thresholds, is not rated: neither direction
//!   is better, so no colour may suggest one is.

use crate::model::kpi::unit::Polarity;
use crate::model::kpi::Kpi;
use crate::model::time::read::Period;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    OnTarget,
    NearTarget,
    OffTarget,
    NotRated,
}

impl Status {
    /// The status in words, as every chart writes it beside its colour and shape.
    pub fn words(self) -> &'static str {
        match self {
            Status::OnTarget => "On target",
            Status::NearTarget => "Near target",
            Status::OffTarget => "Off target",
            Status::NotRated => "Not rated",
        }
    }
}

impl Kpi {
    pub fn status(&self, value: f64) -> Status {
        let at_least = |boundary: f64| match self.polarity {
            Polarity::HigherIsBetter => value >= boundary,
            Polarity::LowerIsBetter => value <= boundary,
            Polarity::Neutral => false,
        };
        match (self.polarity, self.thresholds, self.target) {
            (Polarity::Neutral, _, _) => Status::NotRated,
            (_, Some(t), _) if at_least(t.green) => Status::OnTarget,
            (_, Some(t), _) if at_least(t.amber) => Status::NearTarget,
            (_, Some(_), _) => Status::OffTarget,
            (_, None, Some(target)) if at_least(target) => Status::OnTarget,
            (_, None, Some(_)) => Status::OffTarget,
            (_, None, None) => Status::NotRated,
        }
    }

    /// The council's own headline series: the first that is not a benchmark.
    pub fn headline(&self) -> Option<&crate::model::kpi::Series> {
        self.series().iter().find(|s| s.role == crate::model::kpi::Role::Own).or(self.series().first())
    }

    /// The headline series' latest value with its period, and the value before it.
    pub fn latest(&self) -> Option<Latest<'_>> {
        let series = self.headline()?;
        let mut values = series.points().iter().rev().filter_map(|p| p.value.map(|v| (&p.period, v)));
        let (period, value) = values.next()?;
        Some(Latest { period, value, previous: values.next() })
    }
}

/// A headline series' latest value, and the one before it (gaps skipped).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Latest<'a> {
    pub period: &'a Period,
    pub value: f64,
    pub previous: Option<(&'a Period, f64)>,
}
