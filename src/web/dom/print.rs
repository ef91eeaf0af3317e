//! A chart on paper: its buttons left off, and with `options.print: "table"` its data table
//! printed under it. Called from the chart's beforeprint and afterprint listeners, which also
//! redraw the canvas at print resolution (web::mounted).

use wasm_bindgen::prelude::*;

use super::{style, ChartDom};
use crate::chart::Chart;

impl ChartDom {
    /// While printing, the buttons (the toolbar and "Show data table") are left off the paper:
    /// a committee pack has no use for them.
    pub fn printing(&self, on: bool) -> Result<(), JsValue> {
        let display = if on { "none" } else { "" };
        style(&self.table_button, &[("display", display)])?;
        if let Some(toolbar) = &self.toolbar {
            style(&toolbar.element, &[("display", if on { "none" } else { "flex" })])?;
        }
        Ok(())
    }

    /// With `options.print: "table"`: opens the table for the paper, and closes it afterwards if
    /// the reader had not opened it.
    pub fn table_for_print(&self, printing: bool, chart: &dyn Chart) -> Result<(), JsValue> {
        let open = self.table_button.get_attribute("aria-expanded").as_deref() == Some("true");
        if printing && !open {
            self.opened_for_print.set(true);
            self.toggle_table(chart)?;
        } else if !printing && self.opened_for_print.replace(false) && open {
            self.toggle_table(chart)?;
        }
        Ok(())
    }
}
