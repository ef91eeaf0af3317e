//! The toolbar, built only for `options.toolbar`: Download CSV, PNG and SVG, "Copy image" and
//! "Play as sound".

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

use super::styled;

/// The toolbar: Download CSV, PNG and SVG, "Copy image" and "Play as sound", and a line that
/// says what copying did.
pub struct Toolbar {
    pub element: HtmlElement,
    pub downloads: [HtmlElement; 3],
    pub copy: HtmlElement,
    pub play: HtmlElement,
    pub status: HtmlElement,
    /// The callbacks of each copy's promise, kept until the chart goes (a callback dropped
    /// before its promise settles would throw when called).
    pub copied: RefCell<Vec<Settled>>,
}

/// A callback for a copy's promise.
pub type Settled = Closure<dyn FnMut(JsValue)>;

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
        let copy = button("Copy image", "council-chart__copy")?;
        let play = button("Play as sound", "council-chart__play")?;
        let status = styled(document, "span", "council-chart__status", "align-self:center;font-size:0.875rem")?;
        status.set_attribute("aria-live", "polite")?;
        element.append_child(&status)?;
        Ok(Toolbar { element, downloads, copy, play, status, copied: RefCell::new(Vec::new()) })
    }
}

/// Buttons look alike whatever the page's own button styles; colours come with the theme.
const BUTTON: &str = "font:inherit;font-size:0.875rem;padding:0.25rem 0.5rem;cursor:pointer";

/// "Show data table": a button like the toolbar's, under the plot.
pub(super) const TABLE_BUTTON: &str =
    "font:inherit;font-size:0.875rem;padding:0.25rem 0.5rem;cursor:pointer;margin-top:0.5rem";
