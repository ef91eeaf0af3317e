//! A piece of a stacked bar told apart by its pattern where colours run out: in forced
//! colours every series is the text colour, and a long plan can have more pieces than the
//! palette has colours. The nth piece to repeat a colour takes the nth pattern, so the key's
//! swatches and the bars' pieces still differ.

use super::hatch::hatch_either_way;
use super::shape::Color;
use super::{Dash, Rect, Shape, Stroke};

/// How many of the pieces before `index` have its colour: 0 for a colour's first use.
pub fn repeats(colors: &[Color], index: usize) -> usize {
    match colors.get(index) {
        Some(color) => colors.iter().take(index).filter(|c| *c == color).count(),
        None => 0,
    }
}

/// Whether a piece of repeat `repeat` is drawn solid, so text on it takes the contrasting
/// colour (the other patterns leave the background showing, so text there wants a plate).
pub fn is_solid(repeat: usize) -> bool {
    repeat % PATTERNS == 0
}

const PATTERNS: usize = 6;

/// The piece's shapes: the first (a rectangle over the whole piece) is the one a datum is
/// hit by. Solid, then an outline, hatched one way, hatched the other, cross-hatched, striped.
pub fn patterned(area: Rect, color: Color, background: Color, repeat: usize) -> Vec<Shape> {
    if is_solid(repeat) {
        let edge = Stroke { color: background, width: 1.0, dash: Dash::Solid };
        return vec![Shape::rect(area, Some(color), Some(edge))];
    }
    // Inset by a pixel so a background gap still parts it from a solid neighbour.
    let inner = Rect {
        x: area.x + 1.0,
        y: area.y + 1.0,
        width: (area.width - 2.0).max(0.0),
        height: (area.height - 2.0).max(0.0),
    };
    let mut shapes = vec![Shape::rect(inner, Some(background), Some(Stroke { color, width: 1.5, dash: Dash::Solid }))];
    let kind = repeat % PATTERNS;
    // 2 hatched, 3 hatched the other way, 4 both (crossed, more open), 5 striped across.
    let spacing = if kind == 4 { 6.0 } else { 5.0 };
    for mirrored in [false, true] {
        if kind == 4 || kind == if mirrored { 3 } else { 2 } {
            shapes.extend(hatch_either_way(inner, color, spacing, mirrored));
        }
    }
    if kind == 5 {
        let stroke = Stroke { color, width: 1.0, dash: Dash::Solid };
        let mut y = inner.y + 4.0;
        while y < inner.bottom() - 1.0 {
            shapes.push(Shape::Line { points: vec![(inner.x, y), (inner.right(), y)], stroke });
            y += 4.0;
        }
    }
    shapes
}

/// A key's sample of the piece: as drawn, without the hairline that parts solid neighbours.
pub fn swatch(area: Rect, color: Color, background: Color, repeat: usize) -> Vec<Shape> {
    if is_solid(repeat) {
        return vec![Shape::rect(area, Some(color), None)];
    }
    patterned(area, color, background, repeat)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INK: Color = Color(0, 0, 0);
    const PAPER: Color = Color(255, 255, 255);

    #[test]
    fn a_colour_used_again_takes_the_next_pattern() {
        let colors = [INK, PAPER, INK, INK];
        assert_eq!((0..4).map(|i| repeats(&colors, i)).collect::<Vec<_>>(), vec![0, 0, 1, 2]);
        assert_eq!(repeats(&colors, 9), 0);
    }

    #[test]
    fn six_patterns_differ_from_each_other() {
        let area = Rect { x: 10.0, y: 10.0, width: 30.0, height: 20.0 };
        let drawn: Vec<String> = (0..PATTERNS).map(|r| format!("{:?}", patterned(area, INK, PAPER, r))).collect();
        for (i, a) in drawn.iter().enumerate() {
            for b in drawn.iter().skip(i + 1) {
                assert_ne!(a, b);
            }
        }
        // The seventh repeats the first: a plan is cut into at most six groups.
        assert_eq!(drawn[0], format!("{:?}", patterned(area, INK, PAPER, PATTERNS)));
    }

    #[test]
    fn mirrored_hatching_stays_inside_its_rectangle() {
        let area = Rect { x: 10.0, y: 20.0, width: 50.0, height: 18.0 };
        for shape in patterned(area, INK, PAPER, 3) {
            if let Shape::Line { points, .. } = shape {
                for (x, y) in points {
                    assert!(
                        (area.x..=area.right()).contains(&x) && (area.y..=area.bottom()).contains(&y),
                        "({x}, {y})"
                    );
                }
            }
        }
    }
}
