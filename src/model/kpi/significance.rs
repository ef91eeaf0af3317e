//! Significance where the data allows and the publisher is silent: a council's figure with a
//! 95% confidence interval but no `compared` judgement is compared with the benchmark as
//! OHID Fingertips compares a figure with a benchmark value: the benchmark's value outside the
//! council's interval is a significant difference (better or worse by the polarity; higher or
//! lower for a neutral indicator), inside it is similar. The publisher's own judgement, when
//! given, always stands; a judgement made here is marked `by_interval` and said as such.
//! (`Kpi::read` applies it to each own-series point, model::kpi's `judge_by_interval`.)

use crate::model::kpi::detail::Compared;
use crate::model::kpi::unit::Polarity;

/// The council's interval against the benchmark's value.
pub fn compare(low: f64, high: f64, benchmark: f64, polarity: Polarity) -> Compared {
    let higher = if low > benchmark {
        true
    } else if high < benchmark {
        false
    } else {
        return Compared::Similar;
    };
    match (polarity, higher) {
        (Polarity::HigherIsBetter, true) | (Polarity::LowerIsBetter, false) => Compared::Better,
        (Polarity::HigherIsBetter, false) | (Polarity::LowerIsBetter, true) => Compared::Worse,
        (Polarity::Neutral, true) => Compared::Higher,
        (Polarity::Neutral, false) => Compared::Lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_outside_the_interval_is_a_difference_by_the_polarity() {
        assert_eq!(compare(61.2, 69.0, 60.0, Polarity::LowerIsBetter), Compared::Worse);
        assert_eq!(compare(61.2, 69.0, 60.0, Polarity::HigherIsBetter), Compared::Better);
        assert_eq!(compare(61.2, 69.0, 60.0, Polarity::Neutral), Compared::Higher);
        assert_eq!(compare(51.0, 58.0, 60.0, Polarity::LowerIsBetter), Compared::Better);
        assert_eq!(compare(51.0, 58.0, 60.0, Polarity::Neutral), Compared::Lower);
        assert_eq!(compare(55.0, 65.0, 60.0, Polarity::LowerIsBetter), Compared::Similar);
        // An interval that touches the value is not a difference.
        assert_eq!(compare(60.0, 65.0, 60.0, Polarity::HigherIsBetter), Compared::Similar);
    }
}
