//! A chart on paper: its buttons left off, and with `options.print: "table"` its data table
//! printed under it. Called from the chart's beforeprint and afterprint listeners, which also
//! redraw the canvas at print resolution (web::mounted).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{style, styled, ChartDom};
use crate::chart::picture::Picture;
use crate::chart::Chart;
use crate::scene::Theme;

/// More columns than this do not fit A4 portrait's 180 mm at the table's screen size.
const WIDE_TABLE_COLUMNS: u32 = 9;

impl ChartDom {
    /// While printing, the buttons (the toolbar and "Show data table") are left off the paper:
    /// a committee pack has no use for them. The summary in words, which on screen only a
    /// screen reader reads, prints under the chart (`summary`; not a tile's, which is
    /// word-sized): a councillor reading the pack gets the picture and what it says.
    pub fn printing(&self, on: bool, summary: bool) -> Result<(), JsValue> {
        if on && summary {
            super::show_visually(&self.description)?;
            style(&self.description, &[("font-size", "0.875rem"), ("margin-top", "0.5rem")])?;
        } else {
            super::hide_paragraph(&self.description)?;
        }
        // The focus ring is chrome too: off the paper, and back afterwards if focus still is.
        let focused = self.canvas.matches(":focus-visible").unwrap_or(false);
        self.show_focus(!on && focused)?;
        let display = if on { "none" } else { "" };
        style(&self.table_button, &[("display", display)])?;
        if let Some(toolbar) = &self.toolbar {
            style(&toolbar.element, &[("display", if on { "none" } else { "flex" })])?;
        }
        // A table the reader opened prints fitted too (`table_for_print` fits one it opens).
        self.fit_wide_table(on)
    }

    /// With `options.print: "table"`: opens the table for the paper, and closes it afterwards if
    /// the reader had not opened it.
    pub fn table_for_print(&self, printing: bool, chart: &dyn Chart) -> Result<(), JsValue> {
        let open = self.table_open();
        if printing && !open {
            self.opened_for_print.set(true);
            self.toggle_table(chart)?;
        } else if !printing && self.opened_for_print.replace(false) && open {
            self.toggle_table(chart)?;
        }
        self.fit_wide_table(printing)
    }

    /// A table of many columns (the compare view's, a column per area) fitted to the paper's
    /// width while printing: smaller type, columns of equal share, long words broken, so no
    /// figure runs off the page's edge; as it was afterwards. On screen it scrolls instead.
    fn fit_wide_table(&self, printing: bool) -> Result<(), JsValue> {
        let Some(table) = self.table_box.query_selector("table")? else { return Ok(()) };
        let Ok(table) = table.dyn_into::<web_sys::HtmlElement>() else { return Ok(()) };
        if self.table_box.query_selector_all("thead th")?.length() <= WIDE_TABLE_COLUMNS {
            return Ok(());
        }
        let (layout, width, size, padding) =
            if printing { ("fixed", "100%", "0.5625rem", "0.0625rem") } else { ("", "", "0.875rem", "0.25rem 0.5rem") };
        style(&table, &[("table-layout", layout), ("width", width), ("font-size", size)])?;
        let cells = self.table_box.query_selector_all("th, td")?;
        for i in 0..cells.length() {
            let Some(cell) = cells.item(i).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            // Headings may break inside a long name; a figure never breaks.
            let wrap = match (printing, cell.tag_name().as_str()) {
                (true, "TH") => "anywhere",
                _ => "",
            };
            style(&cell, &[("padding", padding), ("overflow-wrap", wrap)])?;
        }
        // The row headings (indicators' names) and the last two columns (words, not figures)
        // need more room than a figure: 13% and 7% each; the figures share the rest.
        let heads = self.table_box.query_selector_all("thead th")?;
        let count = heads.length();
        for i in 0..count {
            let Some(head) = heads.item(i).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            let share = match i {
                0 => "13%",
                _ if i + 2 >= count => "7%",
                _ => "",
            };
            style(&head, &[("width", if printing { share } else { "" })])?;
        }
        Ok(())
    }

    /// A picture that may be cut (a spine, between its rows) printed as strips, one per piece,
    /// so that a page break falls between rows and never through one: a canvas is one piece
    /// of paper to the browser, which would otherwise slice it wherever the page ends. The
    /// canvas and its overlay are hidden while the strips print.
    pub fn print_strips(&self, picture: &Picture, cuts: &[f64], ratio: f64, theme: &Theme) -> Result<(), JsValue> {
        self.end_strips()?;
        let document =
            self.figure.owner_document().ok_or_else(|| JsValue::from_str("the chart is not in a document"))?;
        let strips = styled(&document, "div", "council-chart__strips", "display:block")?;
        strips.set_attribute("aria-hidden", "true")?;
        let width = picture.scene.width;
        for piece in cuts.windows(2) {
            let (Some(&top), Some(&bottom)) = (piece.first(), piece.get(1)) else { continue };
            let canvas: web_sys::HtmlCanvasElement =
                styled(&document, "canvas", "council-chart__strip", "display:block;max-width:100%;break-inside:avoid")?
                    .dyn_into()?;
            crate::web::canvas::size_canvas(&canvas, (width, bottom - top), ratio)?;
            crate::web::canvas::draw_from(&canvas, picture.shapes(), top, ratio, theme)?;
            strips.append_child(&canvas)?;
        }
        style(&self.canvas, &[("display", "none")])?;
        if let Some(overlay) = self.overlay() {
            style(overlay, &[("display", "none")])?;
        }
        // In the canvas's place: before the summary that prints under it.
        self.plot.insert_before(&strips, Some(&self.canvas))?;
        *self.strips.borrow_mut() = Some(strips);
        Ok(())
    }

    /// Whether the picture is in strips for printing (the canvas and overlay are not shown).
    pub(super) fn printing_strips(&self) -> bool {
        self.strips.borrow().is_some()
    }

    /// The strips gone and the canvas back, after printing.
    pub fn end_strips(&self) -> Result<(), JsValue> {
        if let Some(strips) = self.strips.borrow_mut().take() {
            strips.remove();
            style(&self.canvas, &[("display", "block")])?;
            if let Some(overlay) = self.overlay() {
                style(overlay, &[("display", "")])?;
            }
        }
        Ok(())
    }
}
