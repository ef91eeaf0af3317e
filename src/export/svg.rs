//! A static SVG of a chart, titles and source included, for print and committee papers.

use plotters_svg::SVGBackend;

use crate::chart::Chart;
use crate::paint::{paint, Brush};
use crate::scene::header::{titles_height, Titles};
use crate::scene::{Frame, Shape, TextMeasure, Theme};

/// plotters' SVG backend writes `font-size` as the size divided by 1.24; this undoes it.
const SVG_FONT_SIZE_FACTOR: f64 = 1.24;

/// The chart at `width`, as tall as it needs with its titles and source drawn in.
pub fn to_svg(chart: &dyn Chart, width: f64, theme: &Theme, measure: &dyn TextMeasure) -> String {
    let scene = chart.scene(export_frame(chart, width, theme, measure), theme, measure);
    let background = Shape::Rect {
        x: 0.0,
        y: 0.0,
        width: scene.width,
        height: scene.height,
        fill: Some(theme.background),
        stroke: None,
    };
    let mut svg = String::new();
    {
        let size = (scene.width.round() as u32, scene.height.round() as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        let brush = Brush { scale: 1.0, font_family: &theme.font_family, font_size_factor: SVG_FONT_SIZE_FACTOR };
        let shapes = std::iter::once(&background).chain(scene.marks.iter().map(|m| &m.shape));
        // Writing SVG text into a String cannot fail.
        let _ = paint(shapes, &mut backend, brush);
    }
    with_title(svg, chart.title(), &chart.describe())
}

/// The frame of a picture that leaves the page (SVG, PNG): the chart at `width`, as tall as
/// it needs with its titles, notes and source drawn in.
pub fn export_frame(chart: &dyn Chart, width: f64, theme: &Theme, measure: &dyn TextMeasure) -> Frame {
    let notes = chart.notes();
    let titles = Titles { title: chart.title(), subtitle: chart.subtitle(), source: chart.source(), notes: &notes };
    let (top, bottom) = titles_height(&titles, width, theme, measure);
    Frame::new(width, chart.preferred_height(width, measure) + top + bottom, true)
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
