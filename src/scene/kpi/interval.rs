//! What a published statistic adds to a line: 95% confidence intervals, and each figure's
//! comparison with the benchmark.
//!
//! Intervals are whiskers (a vertical line with caps) where the points are far enough apart
//! to tell one from the next, and a pale band along the line where they are not. A
//! comparison is a status-style mark on the council's point (better a circle, similar a
//! triangle, worse a diamond, higher or lower a ring), so it reads by shape as well as
//! colour; the tooltip, the table and the description say it in words.

use crate::model::kpi::detail::Compared;
use crate::model::kpi::status::Status;
use crate::model::kpi::Kpi;
use crate::scale::linear::LinearScale;
use crate::scene::kpi::status_mark::status_mark;
use crate::scene::shape::{Dash, Shape, Stroke};
use crate::scene::theme::Theme;
use crate::scene::Scene;

/// Whiskers need this many pixels between neighbouring points; closer, a band.
const WHISKER_SPACING: f64 = 12.0;
const CAP: f64 = 4.0;

/// Draws the intervals of every series `drawn` says is on the chart, under the lines.
pub fn draw_intervals(
    scene: &mut Scene,
    kpi: &Kpi,
    drawn: impl Fn(usize) -> bool,
    x: &LinearScale,
    y: &LinearScale,
    theme: &Theme,
) {
    for (index, series) in kpi.series().iter().enumerate().filter(|(i, _)| drawn(*i)) {
        let color = theme.series_color(index, kpi.series().len());
        let limits: Vec<Option<(f64, f64, f64)>> = series
            .points()
            .iter()
            .map(|p| {
                p.detail
                    .as_deref()
                    .and_then(|d| d.interval)
                    .map(|(lo, hi)| (x.map(p.period.middle()), y.map(lo), y.map(hi)))
            })
            .collect();
        let count = limits.iter().flatten().count();
        if count == 0 {
            continue;
        }
        if (count as f64) * WHISKER_SPACING <= scene.plot.width {
            let stroke = Stroke { color, width: 1.5, dash: Dash::Solid };
            for (px, low, high) in limits.iter().flatten() {
                scene.line(vec![(*px, *low), (*px, *high)], stroke);
                scene.line(vec![(px - CAP, *low), (px + CAP, *low)], stroke);
                scene.line(vec![(px - CAP, *high), (px + CAP, *high)], stroke);
            }
        } else {
            let fill = theme.tint(color, 0.18);
            for run in limits.split(Option::is_none) {
                let run: Vec<(f64, f64, f64)> = run.iter().flatten().copied().collect();
                if run.len() < 2 {
                    continue;
                }
                let points = run
                    .iter()
                    .map(|(px, _, high)| (*px, *high))
                    .chain(run.iter().rev().map(|(px, low, _)| (*px, *low)))
                    .collect();
                scene.add(Shape::Polygon { points, fill, stroke: None });
            }
        }
    }
}

/// The shape a comparison is drawn as: the status marks' shapes and colours, read as better
/// (on target), similar (near), worse (off), and higher or lower (not rated).
fn as_status(compared: Compared) -> Option<Status> {
    match compared {
        Compared::Better => Some(Status::OnTarget),
        Compared::Similar => Some(Status::NearTarget),
        Compared::Worse => Some(Status::OffTarget),
        Compared::Higher | Compared::Lower => Some(Status::NotRated),
        Compared::NotCompared => None,
    }
}

/// Draws each compared point's mark over the lines, for every series `drawn` says is shown.
pub fn draw_comparisons(
    scene: &mut Scene,
    kpi: &Kpi,
    drawn: impl Fn(usize) -> bool,
    x: &LinearScale,
    y: &LinearScale,
    theme: &Theme,
) {
    for (_, series) in kpi.series().iter().enumerate().filter(|(i, _)| drawn(*i)) {
        for point in series.points() {
            let (Some(value), Some(status)) =
                (point.value, point.detail.as_deref().and_then(|d| d.compared).and_then(as_status))
            else {
                continue;
            };
            scene.add(status_mark(status, x.map(point.period.middle()), y.map(value), 10.0, theme));
        }
    }
}

/// The key to the comparison marks, as a note under the chart, when any point has one.
pub fn comparison_key(kpi: &Kpi) -> Option<String> {
    let compared = kpi
        .series()
        .iter()
        .flat_map(|s| s.points())
        .any(|p| p.detail.as_deref().is_some_and(|d| d.compared.is_some_and(|c| c != Compared::NotCompared)));
    compared.then(|| format!("Marks compare each figure with {} (95% confidence): circle, better; triangle, similar; diamond, worse; ring, higher or lower.", kpi.compared_to))
}
