//! A static SVG of a chart, titles and source included, for print and committee papers.

use plotters_svg::SVGBackend;

use crate::paint::{paint, Brush};
use crate::scene::{Shape, Theme};

/// plotters' SVG backend writes `font-size` as the size divided by 1.24; this undoes it.
const SVG_FONT_SIZE_FACTOR: f64 = 1.24;

/// An SVG document of `shapes` in a `width` by `height` picture, named by `title` and
/// described by `description` (a chart's picture comes from `chart::picture::to_svg`).
pub fn svg_document<'s>(
    shapes: impl IntoIterator<Item = &'s Shape>,
    (width, height): (f64, f64),
    theme: &Theme,
    title: &str,
    description: &str,
) -> String {
    let mut svg = String::new();
    {
        let size = (width.round() as u32, height.round() as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        let brush = Brush { scale: 1.0, font_family: &theme.font_family, font_size_factor: SVG_FONT_SIZE_FACTOR };
        // Writing SVG text into a String cannot fail.
        let _ = paint(shapes, &mut backend, brush);
    }
    with_title(svg, title, description)
}

/// Gives the SVG an accessible name and description, escaped like every other text.
fn with_title(svg: String, title: &str, description: &str) -> String {
    let Some(end_of_open_tag) = svg.find(">\n") else {
        return svg;
    };
    let (head, tail) = svg.split_at(end_of_open_tag + 2);
    format!(
        "{}<title>{}</title>\n<desc>{}</desc>\n{}",
        head.replacen("<svg ", "<svg role=\"img\" ", 1),
        escape(title),
        escape(description),
        tail
    )
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
