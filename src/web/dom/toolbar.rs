//! The toolbar, built only for `options.toolbar`: Download CSV, PNG and SVG, and "Play as sound".

use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

use super::styled;

/// The toolbar: Download CSV, PNG and SVG, and "Play as sound".
pub struct Toolbar {
    pub element: HtmlElement,
    pub downloads: [HtmlElement; 3],
    pub play: HtmlElement,
}

impl Toolbar {
    pub(super) fn new(document: &Document) -> Result<Toolbar, JsValue> {
        let element = styled(document, "div", "council-chart__toolbar", "flex-wrap:wrap;gap:0.5rem;margin-top:0.5rem")?;
        let button = |label: &str, class: &str| -> Result<HtmlElement, JsValue> {
            let button = styled(document, "button", class, BUTTON)?;
            button.set_attribute("type", "button")?;
            button.set_text_content(Some(label));
            element.append_child(&button)?;
            Ok(button)
        };
        let downloads = [
            button("Download CSV", "council-chart__download")?,
            button("Download PNG", "council-chart__download")?,
            button("Download SVG", "council-chart__download")?,
        ];
        let play = button("Play as sound", "council-chart__play")?;
        Ok(Toolbar { element, downloads, play })
    }
}

/// Buttons look alike whatever the page's own button styles; colours come with the theme.
const BUTTON: &str = "font:inherit;font-size:0.875rem;padding:0.25rem 0.5rem;cursor:pointer";

/// "Show data table": a button like the toolbar's, under the plot.
pub(super) const TABLE_BUTTON: &str =
    "font:inherit;font-size:0.875rem;padding:0.25rem 0.5rem;cursor:pointer;margin-top:0.5rem";
