//! Stage 3: a chart as a list of shapes in CSS pixels, each tagged with the datum it shows,
//! plus the points a pointer or keyboard can land on.

pub mod compare;
pub mod funding;
pub mod grades;
pub mod hatch;
pub mod header;
pub mod judgement;
pub mod kpi;
pub mod legend;
pub mod map;
pub mod marker;
pub mod money_axis;
pub mod pattern;
pub mod shape;
pub mod spine;
pub mod text;
pub mod theme;

pub use shape::{Align, Baseline, Color, Dash, Datum, Font, Mark, Shape, Stroke, TextStyle};
pub use text::{ArialMetrics, TextMeasure};
pub use theme::Theme;

/// The size to lay out for, and whether titles are drawn into the picture (for SVG and PNG
/// export) or left to the page (on screen they are real text in the DOM).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub titles: bool,
}

impl Frame {
    /// Layout needs room to work in; below this a chart is drawn at this size and clipped.
    pub const MIN_WIDTH: f64 = 160.0;
    pub const MIN_HEIGHT: f64 = 24.0;

    pub fn new(width: f64, height: f64, titles: bool) -> Self {
        let sane = |v: f64, min: f64| {
            if v.is_finite() {
                v.clamp(min, 20_000.0)
            } else {
                min
            }
        };
        Frame { width: sane(width, Self::MIN_WIDTH), height: sane(height, Self::MIN_HEIGHT), titles }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// A place a pointer or keyboard can land: a datum and where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    pub x: f64,
    pub y: f64,
    pub datum: Datum,
    /// The area the datum fills, for cells and bars; `None` for points.
    pub bounds: Option<Rect>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// Where the data is drawn; the overlay's guides stay inside it.
    pub plot: Rect,
    pub marks: Vec<Mark>,
    pub targets: Vec<Target>,
    /// How far across (CSS px) from a target the pointer may be and still pick it.
    pub pick_distance: f64,
}

impl Scene {
    pub fn new(frame: Frame) -> Self {
        Scene {
            width: frame.width,
            height: frame.height,
            plot: Rect { x: 0.0, y: 0.0, width: frame.width, height: frame.height },
            marks: Vec::new(),
            targets: Vec::new(),
            pick_distance: 40.0,
        }
    }

    pub fn add(&mut self, shape: Shape) {
        self.marks.push(Mark { shape, datum: None });
    }

    pub fn add_datum(&mut self, shape: Shape, datum: Datum) {
        self.marks.push(Mark { shape, datum: Some(datum) });
    }

    pub fn text(&mut self, x: f64, y: f64, text: impl Into<String>, style: TextStyle) {
        self.add(Shape::Text { x, y, text: text.into(), style });
    }

    pub fn line(&mut self, points: Vec<(f64, f64)>, stroke: Stroke) {
        self.add(Shape::Line { points, stroke });
    }
}
