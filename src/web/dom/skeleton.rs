//! A chart's elements, made once per page and cloned for each chart. Made one by one, each
//! element was five or more calls into JavaScript (create, check, class, style, attributes);
//! a scorecard of 100 tiles made 1,200 of them before any tile was seen (issue 45). A clone is
//! one call and the parts are found by walking it. Cloning copies each element's inline style
//! as parsed, which a strict Content-Security-Policy allows as it allows the CSSOM assignment
//! that set it (web-platform-tests' `inline-style-allowed-while-cloning-objects`; tested under
//! the gallery's strict policy end to end).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlCanvasElement, HtmlElement};

use super::hidden::{HIDDEN_PARAGRAPH, VISUALLY_HIDDEN};
use super::toolbar::TABLE_BUTTON;
use super::voice::ARRIVING;
use super::{element, style, styled};
use crate::scene::Theme;

pub(super) struct Parts {
    pub figure: HtmlElement,
    pub title: HtmlElement,
    pub subtitle: HtmlElement,
    pub plot: HtmlElement,
    pub canvas: HtmlCanvasElement,
    pub description: HtmlElement,
    pub headline: HtmlElement,
    pub keys: HtmlElement,
    pub notes: HtmlElement,
    pub table_button: HtmlElement,
    pub table_box: HtmlElement,
    pub source: HtmlElement,
}

/// Elements to clone, kept for the last document and theme drawn in: one, so a page that draws
/// in several documents (an iframe's) keeps at most one small detached tree, never a document
/// that has gone.
pub(in crate::web) type Template = RefCell<Option<(Document, Theme, HtmlElement)>>;

thread_local! {
    /// The chart's figure.
    static FIGURE: Template = const { RefCell::new(None) };
}

/// A deep copy of the elements `kept` holds for `document` and `theme`, which `make` makes the
/// first time and again when either changes.
pub(in crate::web) fn copy_of(
    kept: &'static std::thread::LocalKey<Template>,
    document: &Document,
    theme: &Theme,
    make: impl FnOnce() -> Result<HtmlElement, JsValue>,
) -> Result<web_sys::Node, JsValue> {
    kept.with(|template| {
        let mut template = template.try_borrow_mut().map_err(|_| JsValue::from_str("template: busy"))?;
        let same = |(made_in, worn, _): &(Document, Theme, HtmlElement)| worn == theme && made_in == document;
        if !template.as_ref().is_some_and(same) {
            *template = Some((document.clone(), theme.clone(), make()?));
        }
        match template.as_ref() {
            Some((_, _, kept)) => kept.clone_node_with_deep(true),
            None => Err(JsValue::from_str("template: not made")),
        }
    })
}

/// A new chart's elements in `theme`, without ids (each chart sets its own) and without a
/// toolbar.
pub(super) fn parts(document: &Document, theme: &Theme) -> Result<Parts, JsValue> {
    let figure = copy_of(&FIGURE, document, theme, || {
        let parts = make(document)?;
        let themed = [&parts.figure, &parts.subtitle, &parts.source, &parts.notes, &parts.keys, &parts.table_button];
        theme_parts(themed, theme)?;
        Ok(parts.figure)
    })?;
    found(figure)
}

/// The theme's font and colours on the parts that show them: the figure, subtitle, source,
/// notes, keys' hint and table button, in that order.
pub(super) fn theme_parts(parts: [&HtmlElement; 6], theme: &Theme) -> Result<(), JsValue> {
    let [figure, subtitle, source, notes, keys, table_button] = parts;
    let (text, muted) = (theme.text.hex(), theme.muted_text.hex());
    style(figure, &[("font-family", &theme.font_family), ("color", &text)])?;
    style(subtitle, &[("color", &muted)])?;
    style(source, &[("color", &muted)])?;
    let rule = format!("4px solid {text}");
    style(notes, &[("border-left", &rule)])?;
    style(keys, &[("border-left", &rule)])?;
    theme_button(table_button, theme)
}

/// A button in the theme's colours, with a border of its text's colour.
pub(super) fn theme_button(button: &HtmlElement, theme: &Theme) -> Result<(), JsValue> {
    let text = theme.text.hex();
    style(
        button,
        &[("color", &text), ("background", &theme.background.hex()), ("border", &format!("2px solid {text}"))],
    )
}

/// The parts of a clone, in the order `make` puts them.
fn found(figure: web_sys::Node) -> Result<Parts, JsValue> {
    let lost = || JsValue::from_str("chart template: a part is missing");
    // Every element of the template was made, and checked, as an HTML element by `make`; a
    // clone's are the same kinds.
    let html = |element: Element| element.unchecked_into::<HtmlElement>();
    let figure: HtmlElement = figure.dyn_into()?;
    let next = |after: &HtmlElement| after.next_element_sibling().map(html).ok_or_else(lost);
    let title = figure.first_element_child().map(html).ok_or_else(lost)?;
    let subtitle = next(&title)?;
    let plot = next(&subtitle)?;
    let keys = next(&plot)?;
    let notes = next(&keys)?;
    let table_button = next(&notes)?;
    let table_box = next(&table_button)?;
    let source = next(&table_box)?;
    let canvas: HtmlCanvasElement = plot.first_element_child().ok_or_else(lost)?.unchecked_into();
    let description = canvas.next_element_sibling().map(html).ok_or_else(lost)?;
    let headline = next(&description)?;
    Ok(Parts {
        figure,
        title,
        subtitle,
        plot,
        canvas,
        description,
        headline,
        keys,
        notes,
        table_button,
        table_box,
        source,
    })
}

/// The template: every element a chart has before it is drawn, with its fixed look and roles.
fn make(document: &Document) -> Result<Parts, JsValue> {
    // A chart is never split across printed pages (its title on one, its bars on the next).
    let figure = styled(document, "figure", "council-chart", "margin:0;break-inside:avoid")?;
    let title = styled(document, "div", "council-chart__title", "font-weight:bold;font-size:1.125rem;line-height:1.3")?;
    let subtitle = styled(document, "div", "council-chart__subtitle", "font-size:0.875rem;margin-top:0.125rem")?;
    let plot = styled(document, "div", "council-chart__plot", "position:relative;margin-top:0.5rem;width:100%")?;
    // max-width makes the canvas compressible: in a table cell or flex item its current
    // width never props the container open, so the chart can follow the container down.
    let canvas: HtmlCanvasElement =
        styled(document, "canvas", "council-chart__canvas", "display:block;max-width:100%;touch-action:pan-y")?
            .dyn_into()?;
    // A slider described as a chart: measured in Orca (TOOLCHAIN.md, README "Screen
    // readers"), a focused slider is spoken on Tab (its name, "chart", its value and the
    // headline) and takes the arrow keys in focus mode with no Orca+A; NVDA and JAWS switch
    // to focus mode on a slider too. `role="application"`, chosen first from NVDA's and
    // JAWS's documentation, was heard in Orca as "tab" and nothing else, its keys left to
    // browse mode. Each step is its value (`announce`): a reader speaks a focused slider's
    // value when it changes.
    canvas.set_attribute("role", "slider")?;
    canvas.set_attribute("aria-roledescription", "chart")?;
    canvas.set_attribute("aria-valuemin", "0")?;
    canvas.set_attribute("aria-valuemax", "0")?;
    canvas.set_attribute("aria-valuenow", "0")?;
    canvas.set_attribute("aria-valuetext", ARRIVING)?;
    // One tab stop per chart: the picture itself, named by its description; arrow keys
    // then move through the data (see web::handle).
    canvas.set_tab_index(0);
    let notes =
        styled(document, "div", "council-chart__notes", "font-size:0.875rem;margin-top:0.5rem;padding-left:0.5rem")?;
    notes.set_hidden(true);
    let description = styled(document, "div", "council-chart__description", HIDDEN_PARAGRAPH)?;
    let headline = element(document, "div", "council-chart__headline")?;
    headline.set_hidden(true);
    let keys = styled(document, "div", "council-chart__keys", VISUALLY_HIDDEN)?;
    let table_button = styled(document, "button", "council-chart__table-button", TABLE_BUTTON)?;
    table_button.set_attribute("type", "button")?;
    table_button.set_attribute("aria-expanded", "false")?;
    table_button.set_text_content(Some("Show data table"));
    let table_box = styled(document, "div", "council-chart__table", VISUALLY_HIDDEN)?;
    // Not a figcaption, which would name the figure "Source: ...", said on entering it.
    let source = styled(document, "div", "council-chart__source", "font-size:0.75rem;margin-top:0.25rem")?;
    plot.append_child(&canvas)?;
    plot.append_child(&description)?;
    plot.append_child(&headline)?;
    for child in [&title, &subtitle, &plot, &keys, &notes, &table_button, &table_box, &source] {
        figure.append_child(child)?;
    }
    Ok(Parts {
        figure,
        title,
        subtitle,
        plot,
        canvas,
        description,
        headline,
        keys,
        notes,
        table_button,
        table_box,
        source,
    })
}
