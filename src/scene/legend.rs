//! A key laid out in rows that wrap at the available width: each entry a small drawing and a label.

use super::shape::{Align, Baseline, Shape, TextStyle};
use super::text::{wrap, TextMeasure};
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
    places(entries, width, measure).last().map(|p| p.row + p.lines.len() as f64).unwrap_or(0.0) * ROW
}

/// Where an entry goes: its row, its x, and its label's lines (two where a whole row is too
/// narrow for it: a label is words the reader needs, never cut).
struct Place {
    row: f64,
    x: f64,
    lines: Vec<String>,
}

fn places(entries: &[Entry], width: f64, measure: &dyn TextMeasure) -> Vec<Place> {
    let (mut row, mut x) = (0.0, 0.0);
    entries
        .iter()
        .map(|e| {
            let room = (width - e.swatch_width - 6.0).max(12.0);
            let w = (e.swatch_width + 6.0 + measure.width(&e.label, SMALL) + 18.0).min(width);
            if x > 0.0 && x + w > width {
                row += 1.0;
                x = 0.0;
            }
            let lines = wrap(&e.label, SMALL, room, 2, measure);
            let place = Place { row, x, lines };
            if place.lines.len() > 1 {
                // A wrapped label takes whole rows of its own.
                row += place.lines.len() as f64;
                x = 0.0;
            } else {
                x += w;
            }
            place
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
    let places = places(&entries, width, measure);
    for (entry, place) in entries.into_iter().zip(places) {
        let (ox, oy) = (left + place.x, top + place.row * ROW + 4.0);
        for shape in entry.swatch {
            scene.add(offset(shape, ox, oy));
        }
        let style = TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Middle);
        for (i, line) in place.lines.into_iter().enumerate() {
            scene.text(ox + entry.swatch_width + 6.0, oy + 8.0 + i as f64 * ROW * 0.6, line, style);
        }
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
