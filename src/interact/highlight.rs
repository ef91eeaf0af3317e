//! What hover and focus draw on the overlay: a guide line through the plot and a ring around
//! the point. The chart beneath is never redrawn for this.

use crate::scene::{Color, Dash, Rect, Shape, Stroke, Target, Theme};

pub fn highlight(target: &Target, plot: Rect, theme: &Theme) -> Vec<Shape> {
    // A map's council: a ring around its hex (the bounds are the hex's inner rectangle).
    if let (crate::scene::Datum::Hex { .. }, Some(b)) = (target.datum, target.bounds) {
        let side = b.width / 3f64.sqrt();
        let ring = |grow: f64, color: Color, width: f64| {
            crate::scene::map::outline(target.x, target.y, side + grow, Stroke { color, width, dash: Dash::Solid })
        };
        return vec![ring(1.5, theme.background, 5.0), ring(2.0, theme.focus, 3.0)];
    }
    // A cell or bar gets an outline around it, leaving its words readable.
    if let Some(b) = target.bounds {
        let ring = |inset: f64, color: Color, width: f64| Shape::Rect {
            x: b.x - inset,
            y: b.y - inset,
            width: b.width + 2.0 * inset,
            height: b.height + 2.0 * inset,
            fill: None,
            stroke: Some(Stroke { color, width, dash: Dash::Solid }),
        };
        return vec![ring(2.0, theme.background, 4.0), ring(3.0, theme.focus, 3.0)];
    }
    let guide = Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid };
    vec![
        Shape::Line { points: vec![(target.x, plot.y), (target.x, plot.bottom())], stroke: guide },
        Shape::Circle {
            x: target.x,
            y: target.y,
            radius: 8.0,
            fill: None,
            stroke: Some(Stroke { color: theme.background, width: 4.0, dash: Dash::Solid }),
        },
        Shape::Circle {
            x: target.x,
            y: target.y,
            radius: 8.0,
            fill: None,
            stroke: Some(Stroke { color: theme.focus, width: 2.0, dash: Dash::Solid }),
        },
    ]
}
