//! What a chart is made of, in CSS pixels. Shapes carry a datum id, never domain values.

// Colours are data too (a grade scale's colours), so the type lives in the model.
pub use crate::model::color::Color;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Solid,
    /// Dashes: benchmarks.
    Dashed,
    /// Longer dashes: a second benchmark, told from the first without colour.
    LongDashed,
    /// Short dots: targets and reference lines.
    Dotted,
}

impl Dash {
    /// On/off lengths in CSS pixels, or `None` for a solid line.
    pub fn pattern(self) -> Option<(f64, f64)> {
        match self {
            Dash::Solid => None,
            Dash::Dashed => Some((7.0, 4.0)),
            Dash::LongDashed => Some((14.0, 4.0)),
            Dash::Dotted => Some((2.0, 3.0)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Color,
    pub width: f64,
    pub dash: Dash,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

/// How a piece of text is set and where it hangs from its anchor point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub font: Font,
    pub color: Color,
    pub align: Align,
    pub baseline: Baseline,
}

impl TextStyle {
    pub fn new(font: Font, color: Color, align: Align, baseline: Baseline) -> Self {
        TextStyle { font, color, align, baseline }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    /// An open line through `points`.
    Line {
        points: Vec<(f64, f64)>,
        stroke: Stroke,
    },
    /// A filled closed shape.
    Polygon {
        points: Vec<(f64, f64)>,
        fill: Color,
        stroke: Option<Stroke>,
    },
    Circle {
        x: f64,
        y: f64,
        radius: f64,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        style: TextStyle,
    },
}

impl Shape {
    /// A rectangle filling `area`.
    pub fn rect(area: super::Rect, fill: Option<Color>, stroke: Option<Stroke>) -> Shape {
        Shape::Rect { x: area.x, y: area.y, width: area.width, height: area.height, fill, stroke }
    }
}

/// Which piece of data a shape shows: a series (or area, or section) and an item in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Datum {
    pub group: usize,
    pub item: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub shape: Shape,
    pub datum: Option<Datum>,
}
