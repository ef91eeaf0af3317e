//! A key laid out in rows that wrap at the available width: each entry a small drawing and a label.

use super::shape::{Align, Baseline, Shape, TextStyle};
use super::text::{ellipsize, TextMeasure};
use super::theme::{Theme, SMALL};
use super::Scene;

pub struct Entry {
    /// Shapes drawn in a box `swatch_width` wide, relative to (0, 0) at the box's top left.
    pub swatch: Vec<Shape>,
    pub swatch_width: f64,
    pub label: String,
}

const ROW: f64 = 24.0;

/// Height the legend needs at `width`.
pub fn legend_height(entries: &[Entry], width: f64, measure: &dyn TextMeasure) -> f64 {
    rows(entries, width, measure).last().map(|r| r.0 + 1.0).unwrap_or(0.0) * ROW
}

/// Which row each entry goes on, and its x.
fn rows(entries: &[Entry], width: f64, measure: &dyn TextMeasure) -> Vec<(f64, f64)> {
    let (mut row, mut x) = (0.0, 0.0);
    entries
        .iter()
        .map(|e| {
            let w = (e.swatch_width + 6.0 + measure.width(&e.label, SMALL) + 18.0).min(width);
            if x > 0.0 && x + w > width {
                row += 1.0;
                x = 0.0;
            }
            let at = (row, x);
            x += w;
            at
        })
        .collect()
}

pub fn draw_legend(
    scene: &mut Scene,
    entries: Vec<Entry>,
    left: f64,
    top: f64,
    width: f64,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let places = rows(&entries, width, measure);
    for (entry, (row, x)) in entries.into_iter().zip(places) {
        let (ox, oy) = (left + x, top + row * ROW + 4.0);
        for shape in entry.swatch {
            scene.add(offset(shape, ox, oy));
        }
        let style = TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Middle);
        // A label longer than a whole row is cut with an ellipsis rather than run off the chart.
        let label = ellipsize(&entry.label, SMALL, width - entry.swatch_width - 6.0, measure);
        scene.text(ox + entry.swatch_width + 6.0, oy + 8.0, label, style);
    }
}

/// Moves a shape by (dx, dy).
pub fn offset(shape: Shape, dx: f64, dy: f64) -> Shape {
    let move_points = |points: Vec<(f64, f64)>| points.into_iter().map(|(x, y)| (x + dx, y + dy)).collect();
    match shape {
        Shape::Rect { x, y, width, height, fill, stroke } => {
            Shape::Rect { x: x + dx, y: y + dy, width, height, fill, stroke }
        }
        Shape::Line { points, stroke } => Shape::Line { points: move_points(points), stroke },
        Shape::Polygon { points, fill, stroke } => Shape::Polygon { points: move_points(points), fill, stroke },
        Shape::Circle { x, y, radius, fill, stroke } => Shape::Circle { x: x + dx, y: y + dy, radius, fill, stroke },
        Shape::Text { x, y, text, style } => Shape::Text { x: x + dx, y: y + dy, text, style },
    }
}
