//! Out of sight but read by screen readers, and back in sight: the clip pattern as inline
//! declarations (a strict CSP allows no stylesheet of our own), set and taken off one by one
//! so an element keeps its other declarations (its theme's border).

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

/// Out of sight but read by screen readers: the usual clip pattern.
pub(super) const VISUALLY_HIDDEN: &str = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);\
clip-path:inset(50%);white-space:nowrap";

/// The summary, out of sight: as `VISUALLY_HIDDEN`, but as wide as the chart and wrapping, so
/// that a screen reader's line-by-line reading (Orca's Down, NVDA's arrows) gets lines of the
/// chart's width, not one line of up to 285 words.
pub(super) const HIDDEN_PARAGRAPH: &str =
    "position:absolute;width:100%;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%)";

/// Back in sight (the keys' sentence, the table, the printed summary): the declarations of
/// `VISUALLY_HIDDEN` taken off one by one, keeping the element's others.
pub fn show_visually(el: &HtmlElement) -> Result<(), JsValue> {
    let css = el.style();
    for (name, _) in VISUALLY_HIDDEN.split(';').filter_map(|declaration| declaration.split_once(':')) {
        css.remove_property(name)?;
    }
    Ok(())
}

/// Out of sight again after being shown (the keys' sentence, the data table): the declarations
/// of `VISUALLY_HIDDEN` one by one, keeping the element's others (its theme's border).
pub fn hide_visually(el: &HtmlElement) -> Result<(), JsValue> {
    hide_as(el, VISUALLY_HIDDEN)
}

/// The summary out of sight again after printing: wrapping, as it was made.
pub fn hide_paragraph(el: &HtmlElement) -> Result<(), JsValue> {
    hide_as(el, HIDDEN_PARAGRAPH)
}

fn hide_as(el: &HtmlElement, declarations: &str) -> Result<(), JsValue> {
    let css = el.style();
    for (name, value) in declarations.split(';').filter_map(|declaration| declaration.split_once(':')) {
        css.set_property(name, value)?;
    }
    Ok(())
}
