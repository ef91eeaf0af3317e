//! An sRGB colour: a value the data may give (a grade scale's colours, `#1d70b8`) and the
//! scene paints with, so it lives in the first stage.

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
        let hex = text.strip_prefix('#').filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Color(channel(hex.get(0..2)?)?, channel(hex.get(2..4)?)?, channel(hex.get(4..6)?)?)),
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
