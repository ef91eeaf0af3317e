//! How a status looks: a shape as well as a colour (on target a circle, near target a
//! triangle, off target a diamond, not rated a hollow ring), outlined in the text colour so it
//! stands out from any background, and always drawn beside the status in words.

use crate::model::kpi::status::Status;
use crate::scene::shape::{Color, Dash, Shape, Stroke};
use crate::scene::theme::Theme;

pub fn status_color(status: Status, theme: &Theme) -> Color {
    match status {
        Status::OnTarget => theme.status[0],
        Status::NearTarget => theme.status[1],
        Status::OffTarget => theme.status[2],
        Status::NotRated => theme.muted_text,
    }
}

/// The status's shape, about `size` across, centred on (x, y).
pub fn status_mark(status: Status, x: f64, y: f64, size: f64, theme: &Theme) -> Shape {
    let r = size / 2.0;
    let fill = status_color(status, theme);
    let outline = Some(Stroke { color: theme.text, width: 1.0, dash: Dash::Solid });
    match status {
        Status::OnTarget => Shape::Circle { x, y, radius: r, fill: Some(fill), stroke: outline },
        Status::NearTarget => Shape::Polygon {
            points: vec![(x, y - r * 1.1), (x + r * 1.1, y + r * 0.85), (x - r * 1.1, y + r * 0.85)],
            fill,
            stroke: outline,
        },
        Status::OffTarget => Shape::Polygon {
            points: vec![(x, y - r * 1.15), (x + r * 1.15, y), (x, y + r * 1.15), (x - r * 1.15, y)],
            fill,
            stroke: outline,
        },
        Status::NotRated => Shape::Circle {
            x,
            y,
            radius: r * 0.8,
            fill: Some(theme.background),
            stroke: Some(Stroke { color: fill, width: 1.5, dash: Dash::Solid }),
        },
    }
}
