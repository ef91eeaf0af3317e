//! The legend as real buttons: one per series the reader may show or hide, each with a
//! sample of its line and marker painted by the chart's own painter, its name as text, and
//! `aria-pressed` saying whether it is shown. A hidden series' name is struck through as
//! well, so the state does not rest on the sample's faintness alone.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Event, HtmlCanvasElement, HtmlElement};

use super::dom::ChartDom;
use super::dom::{element, style};
use crate::chart::{Chart, Toggle};
use crate::scene::kpi::line::{SAMPLE_HEIGHT, SAMPLE_WIDTH};
use crate::scene::Theme;

/// The chart's parts that are HTML beside its canvas: the legend's buttons (a chart that has
/// never had series to show and hide has no legend to fill), and a scorecard tile's words.
pub fn fill_html(dom: &ChartDom, chart: &dyn Chart, theme: &Theme, ratio: f64) -> Result<(), JsValue> {
    // Only a KPI module has tiles; the others carry none of their page code.
    #[cfg(feature = "kpi")]
    if let Some(text) = chart.tile_text() {
        super::tile_words::fill_tile_words(dom.figure(), dom.plot(), &text, theme)?;
    }
    let toggles = chart.toggles(theme);
    if toggles.is_empty() && !dom.has_legend() {
        return Ok(());
    }
    fill_legend(dom.legend()?, &toggles, theme, ratio)
}

/// Replaces the legend's buttons with one per toggle; hides the legend when there are none.
fn fill_legend(legend: &HtmlElement, toggles: &[Toggle], theme: &Theme, ratio: f64) -> Result<(), JsValue> {
    legend.set_text_content(None);
    style(legend, &[("display", if toggles.is_empty() { "none" } else { "flex" })])?;
    let Some(document) = legend.owner_document() else {
        return Ok(());
    };
    for (index, toggle) in toggles.iter().enumerate() {
        let button = legend_button(&document, index, toggle, theme, ratio)?;
        legend.append_child(&button)?;
    }
    Ok(())
}

fn legend_button(
    document: &Document,
    index: usize,
    toggle: &Toggle,
    theme: &Theme,
    ratio: f64,
) -> Result<HtmlElement, JsValue> {
    let button = element(document, "button", "council-chart__legend-button")?;
    button.set_attribute("type", "button")?;
    button.set_attribute("data-toggle", &index.to_string())?;
    style(
        &button,
        &[
            ("display", "inline-flex"),
            ("align-items", "center"),
            ("gap", "0.375rem"),
            ("font", "inherit"),
            ("font-size", "0.875rem"),
            ("padding", "0.125rem 0.5rem 0.125rem 0.25rem"),
            ("color", &theme.text.hex()),
            ("background", &theme.background.hex()),
            ("border", &format!("1px solid {}", theme.muted_text.hex())),
            ("border-radius", "2px"),
            ("cursor", "pointer"),
            ("max-width", "100%"),
            ("text-align", "left"),
        ],
    )?;
    let sample: HtmlCanvasElement = element(document, "canvas", "council-chart__legend-sample")?.dyn_into()?;
    sample.set_attribute("aria-hidden", "true")?;
    style(&sample, &[("flex", "none")])?;
    super::canvas::paint_on(&sample, (SAMPLE_WIDTH, SAMPLE_HEIGHT), toggle.sample.iter(), ratio, theme)?;
    let label = element(document, "span", "council-chart__legend-label")?;
    label.set_text_content(Some(&toggle.label));
    style(&label, &[("overflow-wrap", "anywhere")])?;
    button.append_child(&sample)?;
    button.append_child(&label)?;
    mark_shown(&button, toggle.shown)?;
    Ok(button)
}

/// `aria-pressed` and the look that goes with it.
pub fn mark_shown(button: &HtmlElement, shown: bool) -> Result<(), JsValue> {
    button.set_attribute("aria-pressed", if shown { "true" } else { "false" })?;
    style(button, &[("text-decoration", if shown { "none" } else { "line-through" })])?;
    if let Some(sample) = button.first_element_child().and_then(|s| s.dyn_into::<HtmlElement>().ok()) {
        style(&sample, &[("opacity", if shown { "1" } else { "0.3" })])?;
    }
    Ok(())
}

/// Which legend button a click landed on, by its index, and the button.
pub fn clicked_toggle(event: &Event) -> Option<(usize, HtmlElement)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let button: HtmlElement = target.closest("button[data-toggle]").ok()??.dyn_into().ok()?;
    let index = button.get_attribute("data-toggle")?.parse().ok()?;
    Some((index, button))
}
