//! What a chart is made of, in CSS pixels. Shapes carry a datum id, never domain values.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// `#12436D` style, for SVG and the DOM.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// `#12436D` or `#fff`, any case; `None` for anything else.
    pub fn from_hex(text: &str) -> Option<Color> {
        let hex = text
            .strip_prefix('#')
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Color(
                channel(hex.get(0..2)?)?,
                channel(hex.get(2..4)?)?,
                channel(hex.get(4..6)?)?,
            )),
            3 => {
                let digit = |i: usize| channel(&hex.get(i..i + 1)?.repeat(2));
                Some(Color(digit(0)?, digit(1)?, digit(2)?))
            }
            _ => None,
        }
    }

    /// Relative luminance, as WCAG defines it.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio between two colours, from 1 to 21.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Mixes towards `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Color, t: f64) -> Color {
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t.clamp(0.0, 1.0)).round() as u8;
        Color(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

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
        TextStyle {
            font,
            color,
            align,
            baseline,
        }
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
