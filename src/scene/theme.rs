//! Colours and type. The palette is the UK Government Analysis Function's, in its order.

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
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            font_family: "Arial, \"Helvetica Neue\", Helvetica, sans-serif".into(),
            text: Color(0x0B, 0x0C, 0x0C),
            muted_text: Color(0x50, 0x5A, 0x5F),
            background: Color(0xFF, 0xFF, 0xFF),
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
        }
    }
}

impl Theme {
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
}

/// Type sizes in CSS pixels.
pub const TITLE: Font = Font { size: 18.0, bold: true };
pub const SUBTITLE: Font = Font { size: 14.0, bold: false };
pub const LABEL: Font = Font { size: 13.0, bold: false };
pub const SMALL: Font = Font { size: 12.0, bold: false };
