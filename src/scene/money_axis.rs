//! A value axis for amounts: nice ticks over the data (always including zero, since bars grow
//! from it), labels in the plan's unit ("£2m", "−£500k"), and the scale onto pixels.

use crate::model::kpi::unit::Unit;
use crate::scale::format::format_ticks;
use crate::scale::{nice_ticks, LinearScale, Ticks};

pub struct MoneyAxis {
    pub scale: LinearScale,
    pub ticks: Ticks,
    pub labels: Vec<String>,
}

impl MoneyAxis {
    /// An axis over `values` and zero, mapped onto the pixels `from..to` (`to` may be smaller,
    /// for a vertical axis), with about `count` ticks.
    pub fn new(values: impl IntoIterator<Item = f64>, from: f64, to: f64, count: usize, unit: &Unit) -> MoneyAxis {
        let (lo, hi) =
            values.into_iter().filter(|v| v.is_finite()).fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let ticks = nice_ticks(lo, hi, count);
        let labels = format_ticks(&ticks.values, ticks.step, unit);
        MoneyAxis { scale: LinearScale::new((ticks.min, ticks.max), (from, to)), ticks, labels }
    }

    pub fn map(&self, value: f64) -> f64 {
        self.scale.map(value)
    }
}
