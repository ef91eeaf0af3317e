//! One picture step: the whole picture of a chart (background, titles, plot, notes, source)
//! for a width and a purpose. The screen draws the plot alone (titles, notes and source are
//! real text on the page); an export (PNG, SVG) draws them in, as tall as it needs. Screen,
//! PNG and SVG all paint what this builds. The chart is laid out once per picture: the
//! frame's height and the scene come from the same layout.

use super::{Chart, Laid};
use crate::scene::header::{titles_height, Heading};
use crate::scene::{Frame, Scene, Shape, TextMeasure, Theme};

/// What the picture is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// On the page: the plot alone, at the chart's own height for the width.
    Screen,
    /// Leaving the page: titles, notes and source drawn in.
    Export,
}

/// The frame a chart is drawn in, and the layout its height came from.
pub struct Framed {
    pub frame: Frame,
    laid: Laid,
}

/// The frame a chart is drawn in at `width` for `purpose`.
pub fn frame(chart: &dyn Chart, width: f64, purpose: Purpose, theme: &Theme, measure: &dyn TextMeasure) -> Framed {
    let laid = chart.lay_out(width, measure);
    let frame = match purpose {
        Purpose::Screen => Frame::new(width, laid.height, false),
        Purpose::Export => {
            let notes = chart.notes();
            let (top, bottom) = titles_height(Heading { titles: chart.titles(), notes: &notes }, width, theme, measure);
            Frame::new(width, laid.height + chart.words_above(width, measure) + top + bottom, true)
        }
    };
    Framed { frame, laid }
}

impl Framed {
    /// The layout the frame's height came from.
    pub fn laid(&self) -> &Laid {
        &self.laid
    }
}

/// A chart's scene in `frame`, on its background.
pub struct Picture {
    pub scene: Scene,
    background: Shape,
}

impl Picture {
    /// Every shape to paint, background first.
    pub fn shapes(&self) -> impl Iterator<Item = &Shape> {
        std::iter::once(&self.background).chain(self.scene.marks.iter().map(|m| &m.shape))
    }
}

/// Builds the picture in the frame from `frame()` (which a caller may compare with the last
/// one drawn before building anything), from the layout already made.
pub fn picture(chart: &dyn Chart, framed: &Framed, theme: &Theme, measure: &dyn TextMeasure) -> Picture {
    let frame = framed.frame;
    let scene = chart.scene_from(frame, &framed.laid, theme, measure);
    let background = Shape::Rect {
        x: 0.0,
        y: 0.0,
        width: frame.width,
        height: frame.height,
        fill: Some(theme.background),
        stroke: None,
    };
    Picture { scene, background }
}

/// The chart at `width` as a static SVG, as tall as it needs with its titles and source drawn
/// in, for print and committee papers.
pub fn to_svg(chart: &dyn Chart, width: f64, theme: &Theme, measure: &dyn TextMeasure) -> String {
    let framed = frame(chart, width, Purpose::Export, theme, measure);
    let drawn = picture(chart, &framed, theme, measure);
    crate::export::svg::svg_document(
        drawn.shapes(),
        (framed.frame.width, framed.frame.height),
        theme,
        chart.titles().title(),
        &chart.describe(),
    )
}
