//! Diagonal hatching inside a rectangle: a second fill that differs from a solid one by
//! pattern, so a reader (or a black-and-white print) can tell them apart without colour.

use super::shape::Color;
use super::{Dash, Rect, Shape, Stroke};

/// Lines at 45 degrees, `spacing` CSS px apart, clipped to `rect`.
pub fn hatch(rect: Rect, color: Color, spacing: f64) -> Vec<Shape> {
    hatch_either_way(rect, color, spacing, false)
}

/// As `hatch`, or, `mirrored`, at 135 degrees (flipped left to right).
pub fn hatch_either_way(rect: Rect, color: Color, spacing: f64, mirrored: bool) -> Vec<Shape> {
    let stroke = Stroke { color, width: 1.5, dash: Dash::Solid };
    let (w, h) = (rect.width.max(0.0), rect.height.max(0.0));
    if w < 1.0 || h < 1.0 || spacing <= 0.0 {
        return Vec::new();
    }
    // Lines x - y = c for c from -h to w; each is clipped to the rectangle's four sides.
    let count = ((w + h) / spacing).ceil().min(2000.0) as usize;
    (1..count)
        .filter_map(|k| {
            let c = -h + k as f64 * spacing;
            let (x0, y0) = if c >= 0.0 { (c, 0.0) } else { (0.0, -c) };
            let (x1, y1) = if c + h <= w { (c + h, h) } else { (w, w - c) };
            let x = |along: f64| if mirrored { rect.x + w - along } else { rect.x + along };
            (x1 > x0).then(|| Shape::Line { points: vec![(x(x0), rect.y + y0), (x(x1), rect.y + y1)], stroke })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        let rect = Rect { x: 10.0, y: 20.0, width: 50.0, height: 18.0 };
        let lines = hatch(rect, Color(0, 0, 0), 6.0);
        assert!(lines.len() > 5);
        for line in lines {
            let Shape::Line { points, .. } = line else { panic!("not a line") };
            for (x, y) in points {
                assert!(
                    (rect.x - 1e-9..=rect.right() + 1e-9).contains(&x)
                        && (rect.y - 1e-9..=rect.bottom() + 1e-9).contains(&y),
                    "({x}, {y})"
                );
            }
        }
        assert!(hatch(Rect { x: 0.0, y: 0.0, width: 0.0, height: 10.0 }, Color(0, 0, 0), 6.0).is_empty());
    }
}
