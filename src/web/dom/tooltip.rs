//! The tooltip: the datum under the pointer or the keyboard's cursor, in words, beside it.

use wasm_bindgen::JsValue;
use web_sys::Document;

use super::{element, style, Awake, ChartDom};
use crate::interact::Tooltip;

/// Plots narrower than this (CSS px) show the tooltip across their width.
const NARROW: f64 = 480.0;

impl Awake {
    /// Shows a tooltip near (x, y) in a plot of `size` CSS pixels, kept inside the plot.
    pub fn show_tooltip(
        &self,
        tip: &Tooltip,
        (x, y): (f64, f64),
        size: (f64, f64),
        document: &Document,
    ) -> Result<(), JsValue> {
        self.tooltip.set_text_content(None);
        let heading = element(document, "div", "council-chart__tooltip-heading")?;
        style(&heading, &[("font-weight", "bold")])?;
        heading.set_text_content(Some(&tip.heading));
        self.tooltip.append_child(&heading)?;
        for line in &tip.lines {
            let row = element(document, "div", "council-chart__tooltip-line")?;
            row.set_text_content(Some(line));
            self.tooltip.append_child(&row)?;
        }
        self.tooltip.set_hidden(false);
        // Placed without measuring anything (a measurement would force a layout on every move): on
        // the pointer's far side from the nearer edges, at most half the plot wide, so it never
        // leaves the plot.
        let (plot_width, plot_height) = size;
        // On a phone (or at 400% zoom) half the plot is too narrow to read: the tooltip spans
        // the plot instead, above or below the datum.
        let narrow = plot_width < NARROW;
        let (left, shift_x) = if narrow {
            (4.0, "0")
        } else if x > plot_width / 2.0 {
            (x - 14.0, "-100%")
        } else {
            (x + 14.0, "0")
        };
        let (top, shift_y) = if y > plot_height / 2.0 { (y - 14.0, "-100%") } else { (y + 14.0, "0") };
        style(
            &self.tooltip,
            &[
                ("left", &format!("{left}px")),
                ("top", &format!("{top}px")),
                ("transform", &format!("translate({shift_x}, {shift_y})")),
                ("max-width", if narrow { "calc(100% - 8px)" } else { "min(16rem, calc(50% - 16px))" }),
            ],
        )
    }

    /// The tooltip (and so the datum beside it) scrolled into view, the least distance: at 400%
    /// zoom the keyboard's cursor may be off screen.
    pub fn scroll_to_tooltip(&self) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        self.tooltip.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

impl ChartDom {
    /// The tooltip hidden, where a reader has brought one.
    pub fn hide_tooltip(&self) {
        if let Some(awake) = self.awake.get() {
            awake.tooltip.set_hidden(true);
        }
    }
}
