//! A scorecard tile's words as HTML above its sparkline: the latest value and its period, the
//! change with its arrow, the status with its mark, the rank. Real text, so a reader's own text
//! spacing and minimum font size reach it (WCAG 1.4.12) and a council's stylesheet can restyle
//! it (`.council-chart__figure`, `__period`, `__change`, `__status`, `__rank`); the arrow and
//! marks are the scene's own shapes as small inline SVGs (`glyph_svg`), hidden from screen
//! readers, whom the words tell the same. The elements are made once per page and theme and
//! cloned for each tile, as the chart's own are (`web::dom::skeleton`; issue 45).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use super::dom::{copy_of, style, styled, Template};
use super::glyph_svg::tile_glyph;
use crate::scene::kpi::tile::{Glyph, TileText};
use crate::scene::Theme;

thread_local! {
    /// The words' box, with every line.
    static WORDS: Template = const { RefCell::new(None) };
}

/// The three lines under the headline, in order.
const LINES: [&str; 3] = ["council-chart__change", "council-chart__status", "council-chart__rank"];

/// Sets the tile's words in `figure`, above `plot`, in place of any it had.
pub fn fill_tile_words(
    figure: &HtmlElement,
    plot: &HtmlElement,
    text: &TileText,
    theme: &Theme,
) -> Result<(), JsValue> {
    let Some(document) = figure.owner_document() else {
        return Ok(());
    };
    if let Some(old) = figure.query_selector(":scope > .council-chart__words")? {
        old.remove();
    }
    // Made as an HTML element by `make`; its clone is one.
    let words: HtmlElement = copy_of(&WORDS, &document, theme, || make(&document, theme))?.unchecked_into();
    // The clone's parts, walked in the order `make` put them.
    let headline = child(&words)?;
    let value = child(&headline)?;
    value.set_text_content(Some(&text.value));
    let period = sibling(&value)?;
    if text.period.is_empty() {
        period.remove();
    } else {
        period.set_text_content(Some(&text.period));
    }
    let status = text.status.as_ref();
    let lines = [
        (text.direction.map(Glyph::Change), Some(&text.change)),
        (status.map(|(s, _)| Glyph::Status(*s)), status.map(|(_, w)| w)),
        (Some(Glyph::Rank), text.rank.as_ref()),
    ];
    let mut line = sibling(&headline)?;
    for (mark, said) in lines {
        // Taken before this line may be removed.
        let next = line.next_element_sibling();
        match said.filter(|s| !s.is_empty()) {
            Some(said) => {
                let words = child(&line)?;
                words.set_text_content(Some(said));
                if let Some(mark) = mark {
                    let glyph = tile_glyph(&document, mark, theme)?;
                    line.insert_before(&glyph, Some(&words))?;
                }
            }
            None => line.remove(),
        }
        match next {
            Some(next) => line = next,
            None => break,
        }
    }
    figure.insert_before(&words, Some(plot))?;
    Ok(())
}

/// The words' box with every part a tile may show, their text empty: the latest value and its
/// period, then the change, status and rank lines, each a glyph's place and its words.
fn make(document: &Document, theme: &Theme) -> Result<HtmlElement, JsValue> {
    let words = styled(document, "div", "council-chart__words", "margin-top:0.25rem")?;
    let headline = styled(
        document,
        "p",
        "council-chart__latest",
        "margin:0;display:flex;flex-wrap:wrap;align-items:baseline;column-gap:0.5rem",
    )?;
    let value =
        styled(document, "span", "council-chart__figure", "font-size:1.75rem;font-weight:bold;line-height:1.2")?;
    headline.append_child(&value)?;
    let period = styled(document, "span", "council-chart__period", "font-size:0.75rem")?;
    style(&period, &[("color", &theme.muted_text.hex())])?;
    headline.append_child(&period)?;
    words.append_child(&headline)?;
    for class in LINES {
        let line = line(document, class)?;
        words.append_child(&line)?;
    }
    Ok(words)
}

/// One line of words after its glyph (put in before the words); a long one wraps beside the
/// glyph, never under it.
fn line(document: &Document, class: &str) -> Result<HtmlElement, JsValue> {
    let line = styled(
        document,
        "p",
        class,
        "margin:0.25rem 0 0;display:flex;gap:0.25rem;font-size:0.8125rem;line-height:1.35",
    )?;
    let words = styled(document, "span", "council-chart__said", "min-width:0")?;
    line.append_child(&words)?;
    Ok(line)
}

/// The first element inside `parent`, which the template always has.
fn child(parent: &Element) -> Result<Element, JsValue> {
    parent.first_element_child().ok_or_else(|| JsValue::from_str("tile words: a part is missing"))
}

/// The element after `part`, which the template always has.
fn sibling(part: &Element) -> Result<Element, JsValue> {
    part.next_element_sibling().ok_or_else(|| JsValue::from_str("tile words: a part is missing"))
}
