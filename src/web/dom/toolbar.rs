//! The toolbar, built only for `options.toolbar`: Download CSV, PNG and SVG, and "Play as sound".

use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

use super::{element, style};

/// The toolbar: Download CSV, PNG and SVG, and "Play as sound".
pub struct Toolbar {
    pub element: HtmlElement,
    pub downloads: [HtmlElement; 3],
    pub play: HtmlElement,
}

impl Toolbar {
    pub(super) fn new(document: &Document) -> Result<Toolbar, JsValue> {
        let element = element(document, "div", "council-chart__toolbar")?;
        style(&element, &[("flex-wrap", "wrap"), ("gap", "0.5rem"), ("margin-top", "0.5rem")])?;
        let button = |label: &str, class: &str| -> Result<HtmlElement, JsValue> {
            let button = self::element(document, "button", class)?;
            button.set_attribute("type", "button")?;
            button.set_text_content(Some(label));
            style(&button, BUTTON)?;
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
pub const BUTTON: &[(&str, &str)] =
    &[("font", "inherit"), ("font-size", "0.875rem"), ("padding", "0.25rem 0.5rem"), ("cursor", "pointer")];
