//! How grades look: a colour per grade (the data's own, or an ordered ramp: blues from best,
//! orange for the worst), text that contrasts with it, and "pips" that show a grade's place
//! on the scale without colour (Outstanding ●●●●, Inadequate ●○○○).

use super::shape::{Color, Dash, Shape, Stroke};
use super::theme::Theme;
use crate::model::judgement::grade::GradeScale;

/// One fill colour per grade, best first.
pub fn grade_colors(scale: &GradeScale, theme: &Theme) -> Vec<Color> {
    let n = scale.len();
    let [best, good, light, worst] = theme.grades;
    (0..n)
        .map(|rank| {
            if let Some(own) = scale.get(rank).and_then(|g| g.color) {
                return own;
            }
            match (n, rank) {
                (4, 0) => best,
                (4, 1) => good,
                (4, 2) => light,
                _ if rank + 1 == n => worst,
                _ => best.mix(light, rank as f64 / (n.saturating_sub(2)).max(1) as f64),
            }
        })
        .collect()
}

/// The text or the background colour, whichever reads better on `fill` (black or white in
/// the default theme).
pub fn text_on(fill: Color, theme: &Theme) -> Color {
    let (text, background) = (theme.text, theme.background);
    let (dark, light) = if text.contrast(Color(0, 0, 0)) < background.contrast(Color(0, 0, 0)) {
        (text, background)
    } else {
        (background, text)
    };
    if fill.contrast(light) >= fill.contrast(dark) {
        light
    } else {
        dark
    }
}

/// A row of pips centred on (x, y): as many filled as the grade is good.
pub fn pips(rank: usize, count: usize, x: f64, y: f64, color: Color, fill_behind: Color) -> Vec<Shape> {
    let spacing = 9.0;
    let start = x - spacing * (count as f64 - 1.0) / 2.0;
    let filled = count.saturating_sub(rank);
    (0..count)
        .map(|i| {
            let cx = start + spacing * i as f64;
            if i < filled {
                Shape::Circle { x: cx, y, radius: 3.0, fill: Some(color), stroke: None }
            } else {
                Shape::Circle {
                    x: cx,
                    y,
                    radius: 2.5,
                    fill: Some(fill_behind),
                    stroke: Some(Stroke { color, width: 1.0, dash: Dash::Solid }),
                }
            }
        })
        .collect()
}

/// The marker a grade gets on the journey view: filled in its colour, outlined for contrast.
pub fn grade_marker(x: f64, y: f64, fill: Color, theme: &Theme) -> Shape {
    Shape::Circle {
        x,
        y,
        radius: 5.5,
        fill: Some(fill),
        stroke: Some(Stroke { color: theme.text, width: 1.5, dash: Dash::Solid }),
    }
}

/// The key's entry for each grade on the scale: its colour and pips, and its name.
pub fn grade_entries(scale: &GradeScale, theme: &Theme) -> Vec<super::legend::Entry> {
    let colors = grade_colors(scale, theme);
    let n = scale.len();
    scale
        .grades
        .iter()
        .enumerate()
        .map(|(rank, grade)| {
            let fill = colors.get(rank).copied().unwrap_or(theme.text);
            let width = 9.0 * n as f64 + 8.0;
            let mut swatch = vec![Shape::Rect {
                x: 0.0,
                y: 0.0,
                width,
                height: 16.0,
                fill: Some(fill),
                stroke: Some(Stroke { color: theme.text, width: 1.0, dash: Dash::Solid }),
            }];
            swatch.extend(pips(rank, n, width / 2.0, 8.0, text_on(fill, theme), fill));
            super::legend::Entry { swatch, swatch_width: width, label: grade.name.clone() }
        })
        .collect()
}
