//! What the chart says to a screen reader: its summary and headline, and as it is used each
//! step as the slider's value, or through the live region to a reader elsewhere; and the keys'
//! sentence.

use wasm_bindgen::JsValue;

use super::{hide_visually, show_visually, style, ChartDom};
use crate::chart::Chart;
use crate::words::ear::for_the_ear;

/// What a chart's value says before a key is pressed: the first words after its name.
pub(super) const ARRIVING: &str = "arrow keys move through the data";

impl ChartDom {
    /// The summary as real text for browse mode (without the title it starts with: the chart's
    /// name has just said it), and the headline read each time focus lands, unless they already
    /// say the chart's words as last set. A chart on its own says them as it is drawn; a
    /// scorecard's tiles after the first paint, with their tables (issue 45), or as soon as a
    /// reader focuses or prints one. Money as a synthesiser reads it ("£2.7 million", not
    /// "£2.7m": words::ear).
    pub fn ensure_spoken(&self, chart: &dyn Chart) {
        if self.spoken_built.replace(true) {
            return;
        }
        let summary = chart.describe();
        let title = chart.titles().title();
        let untitled = summary.strip_prefix(title).and_then(|rest| rest.strip_prefix(". ")).unwrap_or(&summary);
        self.description.set_text_content(Some(&for_the_ear(untitled)));
        self.headline.set_text_content(Some(&for_the_ear(&crate::words::access::headline(&chart.summary()))));
    }

    /// The keys' sentence, once the drawn chart says which keys do something.
    pub fn set_key_help(&self, help: &str) {
        // Each redraw (a resize) works it out again; the page is touched only when it changes.
        if self.keys.text_content().as_deref() != Some(help) {
            self.keys.set_text_content(Some(help));
        }
    }

    /// The keys' sentence as it stands, said again on `?`.
    pub fn key_help(&self) -> String {
        self.keys.text_content().unwrap_or_default()
    }

    /// The keys' sentence shown under the plot while the canvas has keyboard focus (not when a
    /// pointer click focused it), hidden again when focus leaves or Escape is pressed.
    pub fn show_keys(&self, shown: bool) -> Result<(), JsValue> {
        let keyboard = self.canvas.matches(":focus-visible").unwrap_or(true);
        if shown && keyboard {
            show_visually(&self.keys)?;
            style(&self.keys, &[("font-size", "0.875rem"), ("margin-top", "0.5rem"), ("padding-left", "0.5rem")])
        } else {
            hide_visually(&self.keys)
        }
    }

    /// Says `text` once (through `Mounted::say`, which wakes the chart first). To a reader on the chart it is the slider's new value (its number
    /// bumped, so the same words said again are spoken again: End at the end), with the live
    /// region off, which would say it a second time; to a reader elsewhere (a legend button,
    /// the play button) the live region says it.
    pub fn announce(&self, text: &str) {
        let heard = crate::words::ear::for_the_ear(text);
        let text = heard.as_str();
        // The active element, not `:focus`, which a page in a background window does not match.
        let active = self.canvas.owner_document().and_then(|d| d.active_element());
        let on_chart = active.is_some_and(|a| a == **self.canvas);
        // The live region is there once the chart is awake, which a chart is before it speaks
        // (Mounted::say).
        if let Some(live) = self.awake.get().map(|awake| &awake.live) {
            let _ = live.set_attribute("aria-live", if on_chart { "off" } else { "polite" });
            live.set_text_content(Some(text));
        }
        if on_chart {
            let said = self.said.get().wrapping_add(1) % 1_000_000;
            self.said.set(said);
            let now = said.to_string();
            let _ = self.canvas.set_attribute("aria-valuetext", text);
            let _ = self.canvas.set_attribute("aria-valuemax", &now);
            let _ = self.canvas.set_attribute("aria-valuenow", &now);
        }
    }

    /// Focus has left: the cursor is gone, so the value says again what the keys do.
    pub fn forget_value(&self) -> Result<(), JsValue> {
        self.canvas.set_attribute("aria-valuetext", ARRIVING)
    }
}
