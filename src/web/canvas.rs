//! Canvas helpers: sizing a canvas by CSS pixels times the device pixel ratio, clearing it,
//! and painting a scene's shapes on it with plotters-canvas.

use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::lines::GatheredLines;
use crate::paint::{paint, Brush};
use crate::scene::{Shape, Theme};

/// A canvas sized to CSS pixels times the device pixel ratio, shown at its CSS size.
pub fn size_canvas(canvas: &HtmlCanvasElement, (width, height): (f64, f64), ratio: f64) -> Result<(), JsValue> {
    canvas.set_width((width * ratio).round() as u32);
    canvas.set_height((height * ratio).round() as u32);
    let css = canvas.style();
    css.set_property("width", &format!("{width}px"))?;
    // The height follows the width: when a container is narrower than the last drawing (a
    // printed page, a window being resized), the canvas shrinks evenly instead of squashing.
    css.set_property("height", "auto")
}

pub fn clear(canvas: &HtmlCanvasElement) {
    if let Some(context) = canvas.get_context("2d").ok().flatten() {
        if let Ok(context) = wasm_bindgen::JsCast::dyn_into::<web_sys::CanvasRenderingContext2d>(context) {
            context.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
        }
    }
}

/// Paints `shapes` on a canvas of `size` CSS pixels (a legend's sample).
pub fn paint_on<'s>(
    canvas: &HtmlCanvasElement,
    size: (f64, f64),
    shapes: impl IntoIterator<Item = &'s Shape>,
    ratio: f64,
    theme: &Theme,
) -> Result<(), JsValue> {
    size_canvas(canvas, size, ratio)?;
    draw(canvas, shapes, ratio, theme)
}

pub fn draw<'s>(
    canvas: &HtmlCanvasElement,
    shapes: impl IntoIterator<Item = &'s Shape>,
    ratio: f64,
    theme: &Theme,
) -> Result<(), JsValue> {
    draw_from(canvas, shapes, 0.0, ratio, theme)
}

/// Paints `shapes` with the picture's line `top` (CSS px) at the canvas's top edge: a strip of
/// a taller picture.
pub fn draw_from<'s>(
    canvas: &HtmlCanvasElement,
    shapes: impl IntoIterator<Item = &'s Shape>,
    top: f64,
    ratio: f64,
    theme: &Theme,
) -> Result<(), JsValue> {
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return Err(JsValue::from_str("the canvas has no 2D context"));
    };
    let context = canvas
        .get_context("2d")?
        .and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::CanvasRenderingContext2d>(c).ok())
        .ok_or_else(|| JsValue::from_str("the canvas has no 2D context"))?;
    // Bevel joins: a long line's reduced zig-zag would otherwise grow miter spikes, and round
    // joins cost the software rasteriser a fifth more time on three series of 55,550 values
    // (2026-12-01: 130 to 140 ms a draw against 106 to 128), for corners a pixel apart.
    context.set_line_join("bevel");
    // plotters-canvas draws through the context, so its transform moves the whole picture.
    context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, -top * ratio)?;
    let mut backend = GatheredLines::new(backend, context);
    let brush = Brush { scale: ratio, font_family: &theme.font_family, font_size_factor: 1.0 };
    let painted = paint(shapes, &mut backend, brush).map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")));
    backend.flush();
    painted
}
