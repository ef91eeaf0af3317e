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

/// What a shape or hover target shows, by chart kind: made by the scene, read by the words and
/// the keyboard, so no stage decodes a pair of numbers by convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Datum {
    /// A KPI's point `index` of series `series` (a line, sparkline, tile or bullet).
    Point { series: usize, index: usize },
    /// A KPI's statistical neighbours: their range and mean at period `index`.
    Neighbours { index: usize },
    /// A KPI's distribution: council `index` of the field, in rank order.
    Council { index: usize },
    /// Judgements: an area's grade at an inspection (the grid and the journey).
    Cell { area: usize, inspection: usize },
    /// The national view: bar `bar` (the council's area, England's or a region's) and its count
    /// of grade `grade`.
    Count { bar: usize, grade: usize },
    /// A plan's stacked view: group `group`'s piece of column `column`.
    Piece { group: usize, column: usize },
    /// A plan's stacked view: the available funding across column `column`.
    Available { column: usize },
    /// A waterfall's bar `index`, in the order drawn: the first and last are the totals.
    Bar { index: usize },
    /// A plan's two columns, line by line: line `line` in column `column`.
    LineAmount { line: usize, column: usize },
    /// A spine: mark `mark` (worst, quartiles, median, England, the council, best) of row `row`.
    SpineMark { row: usize, mark: usize },
    /// A compare view's cell: indicator `row`'s figure in column `column` (among every
    /// column, shown or not).
    CompareCell { row: usize, column: usize },
    /// A map's council `index` in the map's order (best ranked first, those with no figure or
    /// grade last), in region `region` (1 to 9); `ranked` where it has a figure or grade.
    Hex { index: usize, region: u8, ranked: bool },
}

impl Datum {
    /// The row the keyboard's Up and Down move between, in reading order: a KPI's series, then
    /// its neighbours' band, then the field of councils; a plan's pieces, then its funding line.
    pub fn row(self) -> (u8, usize) {
        match self {
            Datum::Point { series: row, .. }
            | Datum::Cell { area: row, .. }
            | Datum::Count { bar: row, .. }
            | Datum::Piece { group: row, .. }
            | Datum::Bar { index: row }
            | Datum::LineAmount { line: row, .. }
            | Datum::SpineMark { row, .. }
            | Datum::CompareCell { row, .. } => (0, row),
            Datum::Neighbours { .. } | Datum::Available { .. } => (1, 0),
            Datum::Council { .. } => (2, 0),
            Datum::Hex { .. } => (3, 0),
        }
    }

    /// Where along its row the datum is: the key order's sort key within a row.
    pub fn along(self) -> usize {
        match self {
            Datum::Point { index, .. }
            | Datum::Neighbours { index }
            | Datum::Council { index }
            | Datum::Cell { inspection: index, .. }
            | Datum::Count { grade: index, .. }
            | Datum::Piece { column: index, .. }
            | Datum::Available { column: index }
            | Datum::LineAmount { column: index, .. }
            | Datum::SpineMark { mark: index, .. }
            | Datum::CompareCell { column: index, .. }
            | Datum::Hex { index, .. } => index,
            Datum::Bar { .. } => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub shape: Shape,
    pub datum: Option<Datum>,
}
