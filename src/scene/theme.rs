//! Colours and type. The light palette is the UK Government Analysis Function's, in its order;
//! the dark one keeps its hues but lightens them to read on a dark background; the forced one
//! is Windows' high-contrast mode, where the user's two system colours draw everything and
//! series part by dash and marker alone.

use super::shape::{Color, Font};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub font_family: String,
    pub text: Color,
    pub muted_text: Color,
    pub background: Color,
    pub grid: Color,
    pub axis: Color,
    pub reference: Color,
    pub palette: Vec<Color>,
    /// Used instead of `palette` when a chart has exactly two series.
    pub two_series: [Color; 2],
    /// On, near and off target.
    pub status: [Color; 3],
    /// A four-grade scale's fills, best first; other scales are ramped from these.
    pub grades: [Color; 4],
    /// The range band behind neighbours' mean.
    pub band: Color,
    /// The ring that marks hover and keyboard focus.
    pub focus: Color,
}

const WHITE: Color = Color(0xFF, 0xFF, 0xFF);
const FONT: &str = "Arial, \"Helvetica Neue\", Helvetica, sans-serif";

impl Default for Theme {
    fn default() -> Self {
        Theme {
            font_family: FONT.into(),
            text: Color(0x0B, 0x0C, 0x0C),
            muted_text: Color(0x50, 0x5A, 0x5F),
            background: WHITE,
            grid: Color(0xE1, 0xE1, 0xE1),
            axis: Color(0x50, 0x5A, 0x5F),
            reference: Color(0x3D, 0x3D, 0x3D),
            palette: vec![
                Color(0x12, 0x43, 0x6D),
                Color(0x28, 0xA1, 0x97),
                Color(0x80, 0x16, 0x50),
                Color(0xF4, 0x6A, 0x25),
                Color(0x3D, 0x3D, 0x3D),
                Color(0xA2, 0x85, 0xD1),
            ],
            two_series: [Color(0x12, 0x43, 0x6D), Color(0xF4, 0x6A, 0x25)],
            // GOV.UK's green, orange and red: each at least 3:1 against white, so shapes read too.
            status: [Color(0x00, 0x70, 0x3C), Color(0xF4, 0x77, 0x38), Color(0xD4, 0x35, 0x1C)],
            grades: [
                Color(0x12, 0x43, 0x6D),
                Color(0x20, 0x73, 0xBC),
                Color(0x6B, 0xAC, 0xE6),
                Color(0xF4, 0x6A, 0x25),
            ],
            band: Color(0xDE, 0xE0, 0xE2),
            focus: Color(0x0B, 0x0C, 0x0C),
        }
    }
}

impl Theme {
    /// For pages whose colour scheme is dark: light text on near-black, and lighter hues that
    /// keep 3:1 against it (checked by tests/contrast.rs).
    pub fn dark() -> Theme {
        Theme {
            font_family: FONT.into(),
            text: Color(0xFF, 0xFF, 0xFF),
            muted_text: Color(0xB1, 0xB4, 0xB6),
            background: Color(0x1A, 0x1B, 0x1C),
            grid: Color(0x3A, 0x3D, 0x40),
            axis: Color(0xB1, 0xB4, 0xB6),
            reference: Color(0xD0, 0xD0, 0xD0),
            palette: vec![
                Color(0x6B, 0xAC, 0xE6),
                Color(0x28, 0xA1, 0x97),
                Color(0xE3, 0x8B, 0xC0),
                Color(0xF4, 0x6A, 0x25),
                Color(0xD0, 0xD0, 0xD0),
                Color(0xA2, 0x85, 0xD1),
            ],
            two_series: [Color(0x6B, 0xAC, 0xE6), Color(0xF4, 0x6A, 0x25)],
            status: [Color(0x4C, 0xAF, 0x50), Color(0xF4, 0x77, 0x38), Color(0xF0, 0x5A, 0x44)],
            grades: [
                Color(0x12, 0x43, 0x6D),
                Color(0x20, 0x73, 0xBC),
                Color(0x6B, 0xAC, 0xE6),
                Color(0xF4, 0x6A, 0x25),
            ],
            band: Color(0x3A, 0x3D, 0x40),
            focus: Color(0xFF, 0xFF, 0xFF),
        }
    }

    /// Windows' forced-colors (high contrast) mode: the user's text and background colours
    /// for everything, the highlight colour for focus. Meaning then rests on the dashes,
    /// markers, shapes and words that every chart draws anyway.
    pub fn forced(text: Color, background: Color, highlight: Color) -> Theme {
        Theme {
            font_family: FONT.into(),
            text,
            muted_text: text,
            background,
            grid: text.mix(background, 0.6),
            axis: text,
            reference: text,
            palette: vec![text],
            two_series: [text, text],
            status: [text, background, text],
            grades: [background; 4],
            band: text.mix(background, 0.8),
            focus: highlight,
        }
    }

    /// The colour of series `index` of `count`.
    pub fn series_color(&self, index: usize, count: usize) -> Color {
        if count == 2 {
            if let Some(c) = self.two_series.get(index) {
                return *c;
            }
        }
        let n = self.palette.len().max(1);
        self.palette.get(index % n).copied().unwrap_or(self.text)
    }

    /// A pale wash of `color` over the background, for zones behind the data.
    pub fn tint(&self, color: Color, strength: f64) -> Color {
        color.mix(self.background, 1.0 - strength)
    }
}

/// Items of a list separated by commas, or by spaces when it has no comma outside brackets,
/// so `rgb(0 112 60), #f47738` and `#1d70b8 #f47738` both read.
pub fn split_css_list(list: &str) -> Vec<&str> {
    let mut depth = 0i32;
    let has_top_comma = list.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        c == ',' && depth == 0
    });
    let mut items = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        let separator = if has_top_comma { c == ',' } else { c.is_whitespace() };
        if separator && depth == 0 {
            items.push(list.get(start..i).unwrap_or(""));
            start = i + c.len_utf8();
        }
    }
    items.push(list.get(start..).unwrap_or(""));
    items.into_iter().map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Type sizes in CSS pixels.
pub const TITLE: Font = Font { size: 18.0, bold: true };
pub const SUBTITLE: Font = Font { size: 14.0, bold: false };
pub const LABEL: Font = Font { size: 13.0, bold: false };
pub const SMALL: Font = Font { size: 12.0, bold: false };

#[cfg(test)]
mod tests {
    use super::split_css_list;

    #[test]
    fn lists_split_on_commas_outside_brackets_or_else_on_spaces() {
        assert_eq!(split_css_list("rgb(0 112 60), #f47738"), vec!["rgb(0 112 60)", "#f47738"]);
        assert_eq!(split_css_list("rgb(0, 112, 60),#f47738 ,"), vec!["rgb(0, 112, 60)", "#f47738"]);
        assert_eq!(split_css_list(" #1d70b8   navy "), vec!["#1d70b8", "navy"]);
        assert_eq!(split_css_list(""), Vec::<&str>::new());
    }
}
