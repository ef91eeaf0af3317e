//! A time axis for series with more periods than room to label each: ticks at round times
//! (1 January every few years; or, for a series under two years long, the first of a month,
//! midnight, or round hours and minutes), as many as fit without their labels touching.

use crate::model::time::read::{civil_from_days, days_from_civil, month_abbr as month_name, MINUTES_PER_DAY};
use crate::scale::LinearScale;
use crate::scene::text::TextMeasure;
use crate::scene::theme::{Theme, SMALL};
use crate::scene::{Align, Baseline, Dash, Rect, Scene, Stroke, TextStyle};

/// A tick spacing: some minutes (under a day), days, months or years.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Minutes(i64),
    Days(i64),
    Months(i64),
    Years(i64),
}

/// Every tick of `step` from `from` to `to` (days since 1970-01-01), as (day, label).
fn ticks(step: Step, from: f64, to: f64) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    match step {
        Step::Minutes(m) => {
            let first = (from * MINUTES_PER_DAY as f64 / m as f64).ceil() as i64 * m;
            let mut at = first;
            while (at as f64) <= to * MINUTES_PER_DAY as f64 && out.len() < 1000 {
                let (day, minute) = (at.div_euclid(MINUTES_PER_DAY), at.rem_euclid(MINUTES_PER_DAY));
                let label = if minute == 0 {
                    let (_, month, d) = civil_from_days(day);
                    format!("{d} {}", month_name(month))
                } else {
                    format!("{:02}:{:02}", minute / 60, minute % 60)
                };
                out.push((at as f64 / MINUTES_PER_DAY as f64, label));
                at += m;
            }
        }
        Step::Days(n) => {
            let mut day = (from.ceil() as i64).div_euclid(n) * n;
            while (day as f64) <= to && out.len() < 1000 {
                if day as f64 >= from {
                    let (_, month, d) = civil_from_days(day);
                    out.push((day as f64, format!("{d} {}", month_name(month))));
                }
                day += n;
            }
        }
        Step::Months(n) => {
            let (mut year, mut month, _) = civil_from_days(from.floor() as i64);
            month = ((month - 1) / n) * n + 1;
            while out.len() < 1000 {
                let day = days_from_civil(year, month, 1) as f64;
                if day > to {
                    break;
                }
                if day >= from {
                    out.push((day, format!("{} {year}", month_name(month))));
                }
                month += n;
                if month > 12 {
                    month -= 12;
                    year += 1;
                }
            }
        }
        Step::Years(n) => {
            let (first, _, _) = civil_from_days(from.floor() as i64);
            let (last, _, _) = civil_from_days(to.ceil() as i64);
            let mut year = first.div_euclid(n) * n;
            while year <= last && out.len() < 1000 {
                let day = days_from_civil(year, 1, 1) as f64;
                if (from..=to).contains(&day) {
                    out.push((day, year.to_string()));
                }
                year += n;
            }
        }
    }
    out
}

/// The spacings to try, finest first: years alone for a series of two years or more (as a
/// long daily series has always been labelled), every spacing for a shorter one.
fn candidates(span_days: f64) -> Vec<Step> {
    let years = [1, 2, 5, 10, 20, 50, 100, 200].map(Step::Years);
    if span_days >= 730.0 {
        return years.to_vec();
    }
    [1, 5, 15, 30, 60, 180, 360, 720]
        .map(Step::Minutes)
        .into_iter()
        .chain([1, 2, 7, 14].map(Step::Days))
        .chain([1, 3, 6].map(Step::Months))
        .chain(years)
        .collect()
}

/// Draws the ticks and labels of the finest spacing whose labels fit side by side.
pub fn draw_time_axis(scene: &mut Scene, x: &LinearScale, plot: Rect, theme: &Theme, measure: &dyn TextMeasure) {
    let (from, to) = x.domain();
    // Labels fit when neighbouring ticks stand further apart than the widest label and a gap.
    let fits = |ticks: &[(f64, String)]| {
        let widest = ticks.iter().map(|(_, label)| measure.width(label, SMALL)).fold(0.0, f64::max);
        let closest = ticks.windows(2).map(|w| match w {
            [(a, _), (b, _)] => (x.map(*b) - x.map(*a)).abs(),
            _ => f64::INFINITY,
        });
        closest.fold(f64::INFINITY, f64::min) >= widest + 16.0 && widest + 16.0 <= plot.width
    };
    let chosen = candidates(to - from)
        .into_iter()
        .map(|step| ticks(step, from, to))
        .find(|t| !t.is_empty() && fits(t))
        .unwrap_or_default();
    for (day, label) in chosen {
        let px = x.map(day);
        scene.line(
            vec![(px, plot.bottom()), (px, plot.bottom() + 5.0)],
            Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid },
        );
        scene.text(
            px,
            plot.bottom() + 8.0,
            label,
            TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_of_hours_is_ticked_at_round_hours() {
        let day = days_from_civil(2024, 3, 1) as f64;
        let t = ticks(Step::Minutes(360), day, day + 1.0);
        let labels: Vec<&str> = t.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["1 Mar", "06:00", "12:00", "18:00", "2 Mar"]);
        let months: Vec<String> = ticks(Step::Months(3), day, day + 200.0).into_iter().map(|(_, l)| l).collect();
        assert_eq!(months, ["Apr 2024", "Jul 2024"]);
        // A long series keeps its yearly labels.
        assert_eq!(candidates(800.0).first(), Some(&Step::Years(1)));
    }
}
