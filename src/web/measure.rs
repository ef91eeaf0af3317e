//! Text widths from a canvas's own `measureText`, cached for the whole page: every chart asks
//! for the same labels ("Near target", "2019/20", "£5m"), so a scorecard of a hundred tiles
//! measures each once, on one offscreen canvas, setting its font only when it changes. The DOM's
//! layout is never consulted.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use crate::scene::{ArialMetrics, Font, TextMeasure};

/// Entries kept before the cache starts again; a page's labels are far fewer.
const CACHE_LIMIT: usize = 8192;

#[derive(Default)]
struct Shared {
    context: Option<CanvasRenderingContext2d>,
    /// The font the context has now, so it is set only when it changes (setting it is slow).
    font: String,
    /// Font families seen, so a cache key holds an index rather than a copy of the family.
    families: Vec<String>,
    widths: HashMap<(String, u32, bool, usize), f64>,
}

thread_local! {
    static SHARED: RefCell<Shared> = RefCell::new(Shared::default());
}

/// Measures in one font family; all of them share the page's cache and canvas.
pub struct CanvasMeasure {
    family: String,
}

impl CanvasMeasure {
    pub fn new(family: &str) -> Self {
        CanvasMeasure { family: family.to_owned() }
    }
}

impl Shared {
    fn family_index(&mut self, family: &str) -> usize {
        match self.families.iter().position(|f| f == family) {
            Some(i) => i,
            None => {
                self.families.push(family.to_owned());
                self.families.len() - 1
            }
        }
    }

    fn context(&mut self) -> Option<&CanvasRenderingContext2d> {
        if self.context.is_none() {
            let document = web_sys::window()?.document()?;
            let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
            self.context = canvas.get_context("2d").ok().flatten()?.dyn_into().ok();
        }
        self.context.as_ref()
    }

    fn measure(&mut self, text: &str, font: Font, family: &str) -> Option<f64> {
        let css = format!("{} {}px {}", if font.bold { "bold" } else { "normal" }, font.size, family);
        let changed = css != self.font;
        let context = self.context()?.clone();
        if changed {
            context.set_font(&css);
            self.font = css;
        }
        context.measure_text(text).ok().map(|m| m.width())
    }
}

/// The page's offscreen 2D context, for reading what the canvas makes of a CSS colour too
/// (web::theme): one canvas for the page, not one per chart.
pub fn offscreen_context() -> Option<CanvasRenderingContext2d> {
    SHARED.with(|shared| shared.try_borrow_mut().ok()?.context().cloned())
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let measured = SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().ok()?;
            let key = (text.to_owned(), (font.size * 100.0) as u32, font.bold, shared.family_index(&self.family));
            if let Some(width) = shared.widths.get(&key) {
                return Some(*width);
            }
            let width = shared.measure(text, font, &self.family)?;
            if shared.widths.len() >= CACHE_LIMIT {
                shared.widths.clear();
            }
            shared.widths.insert(key, width);
            Some(width)
        });
        measured.unwrap_or_else(|| ArialMetrics.width(text, font))
    }
}
