//! Stage 4: a scene onto any plotters `DrawingBackend`: the canvas in a browser, SVG in tests
//! and export. Coordinates are scaled here (by devicePixelRatio on screen) and only then rounded
//! to the backends' whole pixels, so lines stay sharp at every ratio.

mod dash;
mod style;

use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

use crate::scene::{Shape, Stroke};
use style::{color, PaintStroke, PaintText};

pub use dash::dash_runs;

/// How to paint: the pixel `scale` (devicePixelRatio), the CSS font family, and a factor on
/// font sizes for backends that do not take them as pixels (plotters' SVG divides by 1.24).
#[derive(Debug, Clone, Copy)]
pub struct Brush<'a> {
    pub scale: f64,
    pub font_family: &'a str,
    pub font_size_factor: f64,
}

/// Paints `shapes` in order. Fails only if the backend itself fails.
pub fn paint<'s, B: DrawingBackend>(
    shapes: impl IntoIterator<Item = &'s Shape>,
    backend: &mut B,
    brush: Brush,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let at = |x: f64, y: f64| -> BackendCoord { ((x * brush.scale).round() as i32, (y * brush.scale).round() as i32) };
    for shape in shapes {
        match shape {
            Shape::Rect { x, y, width, height, fill, stroke } => {
                let (a, b) = (at(*x, *y), at(x + width, y + height));
                if let Some(fill) = fill {
                    backend.draw_rect(a, b, &color(*fill), true)?;
                }
                if let Some(stroke) = stroke {
                    backend.draw_rect(a, b, &PaintStroke::new(stroke, brush.scale), false)?;
                }
            }
            Shape::Line { points, stroke } => stroke_line(backend, points, stroke, brush, &at)?,
            Shape::Polygon { points, fill, stroke } => {
                backend.fill_polygon(points.iter().map(|(x, y)| at(*x, *y)), &color(*fill))?;
                if let Some(stroke) = stroke {
                    let mut closed = points.clone();
                    closed.extend(points.first().copied());
                    stroke_line(backend, &closed, stroke, brush, &at)?;
                }
            }
            Shape::Circle { x, y, radius, fill, stroke } => {
                let r = (radius * brush.scale).round().max(1.0) as u32;
                if let Some(fill) = fill {
                    backend.draw_circle(at(*x, *y), r, &color(*fill), true)?;
                }
                if let Some(stroke) = stroke {
                    backend.draw_circle(at(*x, *y), r, &PaintStroke::new(stroke, brush.scale), false)?;
                }
            }
            Shape::Text { x, y, text, style } => {
                let style = PaintText {
                    size: style.font.size * brush.scale * brush.font_size_factor,
                    bold: style.font.bold,
                    color: style.color,
                    align: style.align,
                    baseline: style.baseline,
                    family: brush.font_family,
                };
                backend.draw_text(text, &style, at(*x, *y))?;
            }
        }
    }
    Ok(())
}

fn stroke_line<B: DrawingBackend>(
    backend: &mut B,
    points: &[(f64, f64)],
    stroke: &Stroke,
    brush: Brush,
    at: &impl Fn(f64, f64) -> BackendCoord,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let style = PaintStroke::new(stroke, brush.scale);
    let runs = match stroke.dash.pattern() {
        Some((on, off)) => dash_runs(points, on, off),
        None => vec![points.to_vec()],
    };
    for run in runs {
        match run.as_slice() {
            // Two-point lines go through draw_line, which the canvas backend aligns to the pixel grid.
            [(x0, y0), (x1, y1)] => backend.draw_line(at(*x0, *y0), at(*x1, *y1), &style)?,
            _ => backend.draw_path(run.iter().map(|(x, y)| at(*x, *y)), &style)?,
        }
    }
    Ok(())
}
