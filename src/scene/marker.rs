//! Point markers. Each series gets its own shape as well as its own colour, so series can be
//! told apart in black and white and by readers who do not see the colours.

use super::shape::{Color, Dash, Shape, Stroke};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Circle,
    Square,
    Triangle,
    Diamond,
    /// Pointing down: a spine's worst band, beside the best band's triangle pointing up.
    TriangleDown,
}

const ORDER: [MarkerKind; 4] = [MarkerKind::Circle, MarkerKind::Square, MarkerKind::Triangle, MarkerKind::Diamond];

pub fn marker_for(index: usize) -> MarkerKind {
    ORDER.get(index % ORDER.len()).copied().unwrap_or(MarkerKind::Circle)
}

/// A marker of about `radius` centred on (x, y). `hollow` markers (benchmarks) are filled with
/// the background and outlined in the series colour.
pub fn marker(kind: MarkerKind, x: f64, y: f64, radius: f64, color: Color, background: Color, hollow: bool) -> Shape {
    let (fill, stroke) = if hollow {
        (background, Stroke { color, width: 1.5, dash: Dash::Solid })
    } else {
        (color, Stroke { color: background, width: 1.0, dash: Dash::Solid })
    };
    let r = radius;
    match kind {
        MarkerKind::Circle => Shape::Circle { x, y, radius: r, fill: Some(fill), stroke: Some(stroke) },
        MarkerKind::Square => {
            let s = r * 0.9;
            Shape::Rect { x: x - s, y: y - s, width: 2.0 * s, height: 2.0 * s, fill: Some(fill), stroke: Some(stroke) }
        }
        MarkerKind::Triangle => Shape::Polygon {
            points: vec![(x, y - r * 1.15), (x + r * 1.1, y + r * 0.75), (x - r * 1.1, y + r * 0.75)],
            fill,
            stroke: Some(stroke),
        },
        MarkerKind::Diamond => Shape::Polygon {
            points: vec![(x, y - r * 1.2), (x + r * 1.2, y), (x, y + r * 1.2), (x - r * 1.2, y)],
            fill,
            stroke: Some(stroke),
        },
        MarkerKind::TriangleDown => Shape::Polygon {
            points: vec![(x, y + r * 1.15), (x + r * 1.1, y - r * 0.75), (x - r * 1.1, y - r * 0.75)],
            fill,
            stroke: Some(stroke),
        },
    }
}

/// `shape` (a marker) with `stroke` for its edge instead of its own.
pub fn outlined(shape: Shape, stroke: Stroke) -> Shape {
    match shape {
        Shape::Rect { x, y, width, height, fill, .. } => {
            Shape::Rect { x, y, width, height, fill, stroke: Some(stroke) }
        }
        Shape::Polygon { points, fill, .. } => Shape::Polygon { points, fill, stroke: Some(stroke) },
        Shape::Circle { x, y, radius, fill, .. } => Shape::Circle { x, y, radius, fill, stroke: Some(stroke) },
        other => other,
    }
}
