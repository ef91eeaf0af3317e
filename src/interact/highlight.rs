//! What hover and focus draw on the overlay: a guide line through the plot and a ring around
//! the point. The chart beneath is never redrawn for this.

use crate::scene::{Color, Dash, Rect, Shape, Stroke, Target, Theme};

pub fn highlight(target: &Target, plot: Rect, theme: &Theme) -> Vec<Shape> {
    let guide = Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid };
    vec![
        Shape::Line { points: vec![(target.x, plot.y), (target.x, plot.bottom())], stroke: guide },
        Shape::Circle {
            x: target.x,
            y: target.y,
            radius: 8.0,
            fill: None,
            stroke: Some(Stroke { color: Color(0xFF, 0xFF, 0xFF), width: 4.0, dash: Dash::Solid }),
        },
        Shape::Circle {
            x: target.x,
            y: target.y,
            radius: 8.0,
            fill: None,
            stroke: Some(Stroke { color: theme.text, width: 2.0, dash: Dash::Solid }),
        },
    ]
}
