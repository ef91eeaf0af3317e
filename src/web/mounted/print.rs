//! A chart on paper: redrawn at print resolution and at most A4's width, its buttons left off,
//! its summary (and with `options.print: "table"` its table) printed under it, and a spine cut
//! into strips between its rows.

use wasm_bindgen::JsValue;

use super::{Mounted, PRINT_RATIO};

/// The widest a chart is drawn for paper, in CSS px: A4 portrait less 15 mm margins (180 mm).
/// Drawn wider, it would be shrunk to fit and its 12 px text would print under 9 pt.
pub(super) const PRINT_WIDTH: f64 = 680.0;

impl Mounted {
    /// Printing, or printed: the chart's words and table made ready for paper or put back, and
    /// its next drawing at print resolution (this many device pixels per CSS pixel, so it prints
    /// sharply) or the screen's. The caller draws it (for many charts, after measuring them all).
    pub fn set_printing(&mut self, printing: bool) -> Result<(), JsValue> {
        self.print_ratio = printing.then_some(PRINT_RATIO);
        if !printing {
            self.dom.end_strips()?;
        }
        // The summary prints under the chart: a tile printed before its first paint says it too.
        self.dom.ensure_spoken(self.chart.as_ref());
        self.dom.printing(printing, !self.chart.word_sized())?;
        if self.chart.options().print_table {
            self.dom.table_for_print(printing, self.chart.as_ref())?;
        }
        Ok(())
    }
}
