//! Title, subtitle and source drawn into the picture, for exports that leave the page
//! (SVG for committee papers, PNG). On screen they are real text in the DOM instead.

use super::text::{wrap, TextMeasure};
use super::theme::{Theme, SMALL, SUBTITLE, TITLE};
use super::{Align, Baseline, Scene, TextStyle};
use crate::model::titles::Titles;

/// A chart's titles and the notes the reader must see with them, such as a funding plan's
/// reconciliation (drawn above the source).
#[derive(Clone, Copy)]
pub struct Heading<'a> {
    pub titles: &'a Titles,
    pub notes: &'a [String],
}

impl<'a> Heading<'a> {
    /// Titles with no notes.
    pub fn plain(titles: &'a Titles) -> Self {
        Heading { titles, notes: &[] }
    }
}

/// A new scene for `frame`, with the titles drawn in when the frame asks for them (exports);
/// returns the scene and the space the titles took at the top and bottom.
pub fn begin(frame: super::Frame, heading: Heading, theme: &Theme, measure: &dyn TextMeasure) -> (Scene, f64, f64) {
    let mut scene = Scene::new(frame);
    let (top, bottom) = if frame.titles { draw_titles(&mut scene, heading, theme, measure) } else { (0.0, 0.0) };
    (scene, top, bottom)
}

/// The space titles take at `width`: (top, bottom), without drawing them.
pub fn titles_height(heading: Heading, width: f64, theme: &Theme, measure: &dyn TextMeasure) -> (f64, f64) {
    let mut scratch = Scene::new(super::Frame::new(width, 10_000.0, true));
    let (top, bottom) = draw_titles(&mut scratch, heading, theme, measure);
    (top, bottom)
}

/// Draws the titles at the top and the source at the bottom; returns the space they took
/// (top, bottom) so the chart is laid out between them.
pub fn draw_titles(scene: &mut Scene, heading: Heading, theme: &Theme, measure: &dyn TextMeasure) -> (f64, f64) {
    let width = scene.width - 16.0;
    let mut y = 8.0;
    for (text, font, color) in
        [(Some(heading.titles.title()), TITLE, theme.text), (heading.titles.subtitle(), SUBTITLE, theme.muted_text)]
    {
        let Some(text) = text else { continue };
        for line in wrap(text, font, width, 3, measure) {
            scene.text(8.0, y, line, TextStyle::new(font, color, Align::Start, Baseline::Top));
            y += font.size * 1.3;
        }
        y += 4.0;
    }
    let line_height = SMALL.size * 1.3;
    let mut lines: Vec<(String, super::Color)> = Vec::new();
    for note in heading.notes {
        lines.extend(wrap(note, SMALL, width, 6, measure).into_iter().map(|l| (l, theme.text)));
    }
    if let Some(source) = heading.titles.source_line() {
        lines.extend(wrap(&source, SMALL, width, 8, measure).into_iter().map(|l| (l, theme.muted_text)));
    }
    let bottom = if lines.is_empty() { 0.0 } else { lines.len() as f64 * line_height + 10.0 };
    let mut sy = scene.height - bottom + 6.0;
    for (line, color) in lines {
        scene.text(8.0, sy, line, TextStyle::new(SMALL, color, Align::Start, Baseline::Top));
        sy += line_height;
    }
    (y + 4.0, bottom)
}
