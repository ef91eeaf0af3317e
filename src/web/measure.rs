//! Text widths from the canvas's own `measureText`, cached: layout asks for the same labels
//! on every redraw, and the DOM's layout is never consulted.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::CanvasRenderingContext2d;

use crate::scene::{ArialMetrics, Font, TextMeasure};

const CACHE_LIMIT: usize = 4096;

pub struct CanvasMeasure {
    context: Option<CanvasRenderingContext2d>,
    family: String,
    cache: RefCell<HashMap<(String, u32, bool), f64>>,
}

impl CanvasMeasure {
    pub fn new(context: Option<CanvasRenderingContext2d>, family: &str) -> Self {
        CanvasMeasure { context, family: family.to_owned(), cache: RefCell::new(HashMap::new()) }
    }

    fn measure(&self, text: &str, font: Font) -> Option<f64> {
        let context = self.context.as_ref()?;
        context.set_font(&format!("{} {}px {}", if font.bold { "bold" } else { "normal" }, font.size, self.family));
        context.measure_text(text).ok().map(|m| m.width())
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let key = (text.to_owned(), (font.size * 100.0) as u32, font.bold);
        if let Some(width) = self.cache.try_borrow().ok().and_then(|c| c.get(&key).copied()) {
            return width;
        }
        let width = self.measure(text, font).unwrap_or_else(|| ArialMetrics.width(text, font));
        if let Ok(mut cache) = self.cache.try_borrow_mut() {
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(key, width);
        }
        width
    }
}
