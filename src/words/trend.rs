//! The recent trend in words: worked out from the council's own figures and their 95%
//! intervals (`model::kpi::trend`, Fingertips' method), never copied from the publisher, whose
//! words are said beside it only where they name the other direction.

use crate::model::kpi::trend::{with_intervals, Direction, Trend, Why, WithInterval, POINTS};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role, Series};
use crate::scale::format::format_value;

/// The council's own series (the first), its points with an interval in time order.
fn own_points(kpi: &Kpi) -> Option<(&Series, Vec<WithInterval>)> {
    let series = kpi.series().iter().find(|s| s.role == Role::Own)?;
    let points = series
        .points()
        .iter()
        .filter_map(|p| {
            let (lower, upper) = p.detail.as_deref()?.interval?;
            Some(WithInterval { value: p.value?, lower, upper })
        })
        .collect();
    Some((series, points))
}

/// The council's recent trend, where its figures have intervals at all (a KPI without any is
/// not one the test is for, and says nothing of it).
pub fn recent(kpi: &Kpi) -> Option<(Trend, Vec<WithInterval>)> {
    let (_, points) = own_points(kpi)?;
    if points.is_empty() {
        return None;
    }
    Some((with_intervals(&points), points))
}

/// "Decreasing and getting better", as Fingertips words its markers, by the polarity.
pub fn phrase(trend: Trend, polarity: Polarity) -> String {
    match trend {
        Trend::Significant { direction, .. } => {
            let moving = match direction {
                Direction::Increasing => "Increasing",
                Direction::Decreasing => "Decreasing",
            };
            let better = match (direction, polarity) {
                (_, Polarity::Neutral) => return moving.to_owned(),
                (Direction::Increasing, Polarity::HigherIsBetter)
                | (Direction::Decreasing, Polarity::LowerIsBetter) => "better",
                _ => "worse",
            };
            format!("{moving} and getting {better}")
        }
        Trend::NoSignificantChange { .. } => "No significant change".to_owned(),
        Trend::CannotBeCalculated(Why::FewerThanFive(n)) => {
            format!("Cannot be calculated: {n} of the {POINTS} points it needs have a 95% interval")
        }
        Trend::CannotBeCalculated(Why::NoVariance) => "Cannot be calculated: an interval of no width".to_owned(),
    }
}

/// Whether the recent trend is getting better (+1), worse (−1) or not significantly changing
/// (0), as the scorecard's counts and exceptions read it; `None` where it cannot be calculated
/// or the indicator has no better.
pub fn better_or_worse(trend: Trend, polarity: Polarity) -> Option<i8> {
    match (trend, polarity) {
        (Trend::CannotBeCalculated(_), _) | (_, Polarity::Neutral) => None,
        (Trend::NoSignificantChange { .. }, _) => Some(0),
        (Trend::Significant { direction: Direction::Increasing, .. }, Polarity::HigherIsBetter)
        | (Trend::Significant { direction: Direction::Decreasing, .. }, Polarity::LowerIsBetter) => Some(1),
        (Trend::Significant { .. }, _) => Some(-1),
    }
}

/// The tooltip's and step's line for the latest point: "Recent trend: No significant change".
pub fn line(kpi: &Kpi) -> Option<String> {
    marker(kpi).map(|words| format!("Recent trend: {words}"))
}

/// The marker's words alone, where the KPI has intervals: "No significant change".
pub fn marker(kpi: &Kpi) -> Option<String> {
    recent(kpi).map(|(trend, _)| phrase(trend, kpi.polarity))
}

/// The description's sentences: the trend and how it was decided, and the publisher's words
/// where they name the other direction from its own figures.
pub fn sentences(kpi: &Kpi) -> Vec<String> {
    let published = kpi.trend.as_deref().map(|t| t.trim_end_matches('.'));
    let Some((trend, points)) = recent(kpi) else {
        return published.map(|t| format!("Recent trend, as published: {t}.")).into_iter().collect();
    };
    let mut out = vec![match trend {
        Trend::CannotBeCalculated(_) => format!("Recent trend: {}.", phrase(trend, kpi.polarity).to_ascii_lowercase()),
        _ => format!(
            "Recent trend over the latest {POINTS} points: {}, tested on the figures and their 95% intervals as Fingertips does.",
            phrase(trend, kpi.polarity).to_ascii_lowercase()
        ),
    }];
    let said_up =
        published.map(|t| t.to_ascii_lowercase()).map(|t| (t.starts_with("increasing"), t.starts_with("decreasing")));
    let (first, last) = (points.len().checked_sub(POINTS).and_then(|i| points.get(i)), points.last());
    if let (Some(words), Some((up, down)), Some(first), Some(last)) = (published, said_up, first, last) {
        let falls = last.value < first.value;
        let contradicts = (up && falls) || (down && !falls && last.value != first.value);
        if contradicts {
            let way = if falls { "fall" } else { "rise" };
            out.push(format!(
                "The publisher says \"{words}\"; its figures {way} from {} to {} over those points.",
                format_value(first.value, &kpi.unit),
                format_value(last.value, &kpi.unit)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_follow_the_polarity() {
        let up = Trend::Significant { direction: Direction::Increasing, chi_square: 20.0, slope: 1.0 };
        assert_eq!(phrase(up, Polarity::LowerIsBetter), "Increasing and getting worse");
        assert_eq!(phrase(up, Polarity::HigherIsBetter), "Increasing and getting better");
        assert_eq!(phrase(up, Polarity::Neutral), "Increasing");
        assert_eq!(
            phrase(Trend::CannotBeCalculated(Why::FewerThanFive(3)), Polarity::Neutral),
            "Cannot be calculated: 3 of the 5 points it needs have a 95% interval"
        );
    }
}
