//! The scene's colours, strokes and fonts in the forms plotters' backends take.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, FontFamily, FontStyle, FontTransform,
};

use crate::scene::{Align, Baseline, Color, Stroke};

pub fn color(c: Color) -> BackendColor {
    BackendColor { alpha: 1.0, rgb: (c.0, c.1, c.2) }
}

pub struct PaintStroke {
    color: BackendColor,
    width: u32,
}

impl PaintStroke {
    pub fn new(stroke: &Stroke, scale: f64) -> Self {
        PaintStroke { color: color(stroke.color), width: (stroke.width * scale).round().max(1.0) as u32 }
    }
}

impl BackendStyle for PaintStroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

pub struct PaintText<'a> {
    pub size: f64,
    pub bold: bool,
    pub color: Color,
    pub align: Align,
    pub baseline: Baseline,
    pub family: &'a str,
}

impl BackendTextStyle for PaintText<'_> {
    type FontError = std::convert::Infallible;

    fn color(&self) -> BackendColor {
        color(self.color)
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        FontTransform::None
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        let h = match self.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        let v = match self.baseline {
            Baseline::Top => VPos::Top,
            Baseline::Middle => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        Pos::new(h, v)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    // Both backends we use draw text themselves (canvas fillText, SVG <text>); these two are
    // only for backends that rasterise glyphs, which we never hand text to.
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}
