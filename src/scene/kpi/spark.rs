//! The small line that sparklines and scorecard tiles share: the headline series only, its
//! own value range (a sparkline shows shape, not distance from zero), the target dotted if it
//! is near, gaps left as gaps, the latest point marked; each point a hover target.

use crate::model::kpi::Kpi;
use crate::scale::LinearScale;
use crate::scene::kpi::reduce::line_runs;
use crate::scene::theme::Theme;
use crate::scene::{Dash, Datum, Rect, Scene, Shape, Stroke, Target};

pub fn draw_spark(scene: &mut Scene, kpi: &Kpi, area: Rect, theme: &Theme) {
    let Some(index) = kpi.series().iter().position(|s| Some(s) == kpi.headline()) else {
        return;
    };
    let Some(series) = kpi.series().get(index) else {
        return;
    };
    let values: Vec<f64> = series.points().iter().filter_map(|p| p.value).collect();
    let (lo, hi) = values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    if lo > hi {
        return;
    }
    // The target joins the range only when it is close enough not to flatten the line.
    let target = kpi.target.filter(|t| (t - lo).abs().max((t - hi).abs()) <= 2.0 * (hi - lo).max(hi.abs() * 0.1));
    let (lo, hi) = target.map_or((lo, hi), |t| (lo.min(t), hi.max(t)));
    let inset = 4.0;
    let y = LinearScale::new((lo, hi), (area.bottom() - inset, area.y + inset));
    let (first, last) = match (series.points().first(), series.points().last()) {
        (Some(a), Some(b)) => (a.period.middle(), b.period.middle()),
        _ => return,
    };
    let x = LinearScale::new((first, last), (area.x + inset, area.right() - inset));
    if let Some(t) = target {
        scene.line(
            vec![(area.x, y.map(t)), (area.right(), y.map(t))],
            Stroke { color: theme.reference, width: 1.0, dash: Dash::Dotted },
        );
    }
    let color = theme.series_color(0, 1);
    let positions: Vec<Option<(f64, f64)>> =
        series.points().iter().map(|p| p.value.map(|v| (x.map(p.period.middle()), y.map(v)))).collect();
    for run in line_runs(&positions) {
        match run.as_slice() {
            [(px, py)] => scene.add(Shape::Circle { x: *px, y: *py, radius: 2.0, fill: Some(color), stroke: None }),
            _ => scene.line(run, Stroke { color, width: 2.0, dash: Dash::Solid }),
        }
    }
    for (item, position) in positions.iter().enumerate() {
        if let Some((px, py)) = *position {
            scene.targets.push(Target {
                x: px,
                y: py,
                datum: Datum::Point { series: index, index: item },
                bounds: None,
            });
        }
    }
    if let Some((px, py)) = positions.iter().rev().flatten().next().copied() {
        scene.add(Shape::Circle {
            x: px,
            y: py,
            radius: 3.5,
            fill: Some(color),
            stroke: Some(Stroke { color: theme.background, width: 1.0, dash: Dash::Solid }),
        });
    }
}
