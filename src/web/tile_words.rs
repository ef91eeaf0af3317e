//! A scorecard tile's words as HTML above its sparkline: the latest value and its period, the
//! change with its arrow, the status with its mark, the rank. Real text, so a reader's own text
//! spacing and minimum font size reach it (WCAG 1.4.12) and a council's stylesheet can restyle
//! it (`.council-chart__figure`, `__period`, `__change`, `__status`, `__rank`); the arrow and
//! marks are the scene's own shapes as small inline SVGs (`glyph_svg`), hidden from screen
//! readers, whom the words tell the same.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement};

use super::dom::{style, styled};
use super::glyph_svg::tile_glyph;
use crate::scene::kpi::tile::{Glyph, TileText};
use crate::scene::Theme;

/// Sets the tile's words in `figure`, above `plot`, making their box the first time.
pub fn fill_tile_words(
    figure: &HtmlElement,
    plot: &HtmlElement,
    text: &TileText,
    theme: &Theme,
) -> Result<(), JsValue> {
    let Some(document) = figure.owner_document() else {
        return Ok(());
    };
    let words = match figure.query_selector(":scope > .council-chart__words")? {
        Some(words) => words.dyn_into::<HtmlElement>()?,
        None => {
            let words = styled(&document, "div", "council-chart__words", "margin-top:0.25rem")?;
            figure.insert_before(&words, Some(plot))?;
            words
        }
    };
    words.set_text_content(None);
    let headline = styled(
        &document,
        "p",
        "council-chart__latest",
        "margin:0;display:flex;flex-wrap:wrap;align-items:baseline;column-gap:0.5rem",
    )?;
    let value =
        styled(&document, "span", "council-chart__figure", "font-size:1.75rem;font-weight:bold;line-height:1.2")?;
    value.set_text_content(Some(&text.value));
    headline.append_child(&value)?;
    if !text.period.is_empty() {
        let period = styled(&document, "span", "council-chart__period", "font-size:0.75rem")?;
        style(&period, &[("color", &theme.muted_text.hex())])?;
        period.set_text_content(Some(&text.period));
        headline.append_child(&period)?;
    }
    words.append_child(&headline)?;
    let status = text.status.as_ref();
    let lines = [
        ("council-chart__change", text.direction.map(Glyph::Change), Some(&text.change)),
        ("council-chart__status", status.map(|(s, _)| Glyph::Status(*s)), status.map(|(_, w)| w)),
        ("council-chart__rank", Some(Glyph::Rank), text.rank.as_ref()),
    ];
    for (class, mark, said) in lines {
        if let Some(said) = said.filter(|s| !s.is_empty()) {
            let line = line(&document, class, mark, said, theme)?;
            words.append_child(&line)?;
        }
    }
    Ok(())
}

/// One line of words after its glyph; a long one wraps beside the glyph, never under it.
fn line(
    document: &Document,
    class: &str,
    mark: Option<Glyph>,
    said: &str,
    theme: &Theme,
) -> Result<HtmlElement, JsValue> {
    let line = styled(
        document,
        "p",
        class,
        "margin:0.25rem 0 0;display:flex;gap:0.25rem;font-size:0.8125rem;line-height:1.35",
    )?;
    if let Some(mark) = mark {
        let drawn = tile_glyph(document, mark, theme)?;
        line.append_child(&drawn)?;
    }
    let words = styled(document, "span", "council-chart__said", "min-width:0")?;
    words.set_text_content(Some(said));
    line.append_child(&words)?;
    Ok(line)
}
