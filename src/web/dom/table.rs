//! The chart's data as a real table under it: built from the chart's `DataTable` (caption,
//! column headings with scope, a heading per row), shown and hidden by its button, and opened
//! and focused by the T key. Every piece of text is set through textContent.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::{element, hide_visually, show_visually, style, ChartDom};
use crate::chart::Chart;
use crate::export::table::DataTable;

impl ChartDom {
    /// Whether the chart offers its "Show data table" button (see `set_words`).
    pub(super) fn table_offered(&self) -> bool {
        !self.table_button.hidden()
    }

    /// Whether the table is open, as its button says.
    pub(super) fn table_open(&self) -> bool {
        self.table_button.get_attribute("aria-expanded").as_deref() == Some("true")
    }

    /// The chart's data table, built unless it already is (see web::later for when).
    pub fn ensure_table(&self, chart: &dyn Chart) -> Result<(), JsValue> {
        if !self.table_built.get() {
            self.set_table(&chart.table())?;
            self.table_built.set(true);
        }
        Ok(())
    }

    /// T: the data table shown and focused.
    pub fn open_table(&self, chart: &dyn Chart) -> Result<(), JsValue> {
        // Every chart's table opens on T, a tile's or a sparkline's too, whose button is not
        // offered (they are word-sized); Escape or T again leaves it as it is.
        if !self.table_open() {
            self.toggle_table(chart)?;
        }
        self.table_box.focus()
    }

    /// The data as a real table: caption, column headings (scope col), a heading per row (scope
    /// row); every piece of text set through textContent.
    fn set_table(&self, table: &DataTable) -> Result<(), JsValue> {
        self.table_box.set_text_content(None);
        let Some(document) = self.table_box.owner_document() else {
            return Ok(());
        };
        let el = element(&document, "table", "")?;
        style(&el, &[("border-collapse", "collapse"), ("font-size", "0.875rem"), ("margin-top", "0.5rem")])?;
        let caption = element(&document, "caption", "")?;
        caption.set_text_content(Some(&table.caption));
        style(&caption, &[("text-align", "left"), ("font-weight", "bold"), ("padding-bottom", "0.25rem")])?;
        el.append_child(&caption)?;
        // Cells are styled when the table is first shown (see toggle_table): a scorecard of 100
        // tiles would otherwise make thousands of style calls for tables nobody has opened.
        let cell = |tag: &str, text: &str, scope: Option<&str>| -> Result<HtmlElement, JsValue> {
            let c = element(&document, tag, "")?;
            c.set_text_content(Some(text));
            if let Some(scope) = scope {
                c.set_attribute("scope", scope)?;
            }
            Ok(c)
        };
        let head = element(&document, "thead", "")?;
        let row = element(&document, "tr", "")?;
        for heading in &table.columns {
            let th = cell("th", heading, Some("col"))?;
            row.append_child(&th)?;
        }
        head.append_child(&row)?;
        el.append_child(&head)?;
        let body = element(&document, "tbody", "")?;
        for (heading, cells) in &table.rows {
            let row = element(&document, "tr", "")?;
            let th = cell("th", heading, Some("row"))?;
            row.append_child(&th)?;
            for text in cells {
                let td = cell("td", text, None)?;
                row.append_child(&td)?;
            }
            body.append_child(&row)?;
        }
        el.append_child(&body)?;
        self.table_box.append_child(&el)?;
        Ok(())
    }

    /// Shows the table on screen, or hides it again: hidden from everyone, so that browse mode
    /// reads no table after a button that says "collapsed". A chart that offers no button (a
    /// tile, a sparkline, titles off) keeps its table for screen readers only (`set_words`).
    pub fn toggle_table(&self, chart: &dyn Chart) -> Result<(), JsValue> {
        self.ensure_table(chart)?;
        let open = !self.table_open();
        self.table_button.set_attribute("aria-expanded", if open { "true" } else { "false" })?;
        self.table_button.set_text_content(Some(if open { "Hide data table" } else { "Show data table" }));
        self.table_box.set_hidden(!open && self.table_offered());
        if open {
            show_visually(&self.table_box)?;
            let cells = self.table_box.query_selector_all("th, td")?;
            for i in 0..cells.length() {
                if let Some(cell) = cells.item(i).and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
                    style(
                        &cell,
                        &[
                            ("text-align", "left"),
                            ("padding", "0.25rem 0.5rem"),
                            ("border-bottom", "1px solid #b1b4b6"),
                            ("vertical-align", "top"),
                        ],
                    )?;
                }
            }
            // A wide table scrolls sideways; keyboard users must be able to reach that scroll.
            self.table_box.set_tab_index(0);
            self.table_box.set_attribute("role", "region")?;
            self.table_box.set_attribute("aria-label", "Data table")?;
            style(&self.table_box, &[("overflow-x", "auto")])
        } else {
            self.table_box.remove_attribute("tabindex")?;
            self.table_box.remove_attribute("role")?;
            self.table_box.remove_attribute("aria-label")?;
            hide_visually(&self.table_box)
        }
    }
}
