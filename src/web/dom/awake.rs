//! What a chart makes only once a reader comes to it: the overlay canvas its highlights are
//! drawn on, the tooltip and the live region. Made on the first pointer over the plot, the
//! first focus inside the figure, or the first thing the chart says; a page of 100 tiles that
//! nobody touches makes none of them (each was an element to create, style and lay out for
//! every tile before any tile was seen: issue 45).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::hidden::VISUALLY_HIDDEN;
use super::{style, styled, ChartDom};
use crate::scene::Theme;

pub struct Awake {
    /// Over the chart canvas: hover and keyboard highlights, and what the pointer touches.
    pub(super) overlay: HtmlCanvasElement,
    pub(super) tooltip: HtmlElement,
    /// Says what a reader elsewhere in the figure (a legend button, the play button) did,
    /// politely; not seen. Made before anything is said in it, on focus: a live region added
    /// with its words already in it is not read.
    pub(super) live: HtmlElement,
}

impl Awake {
    /// Over the chart canvas: hover and keyboard highlights.
    pub fn overlay(&self) -> &HtmlCanvasElement {
        &self.overlay
    }
}

impl ChartDom {
    /// The overlay, the tooltip and the live region, made and put in the plot the first time;
    /// `drawn` is the chart's CSS size and pixel ratio, which the overlay takes.
    pub fn wake(&self, theme: &Theme, drawn: Option<(f64, f64, f64)>) -> Result<&Awake, JsValue> {
        if let Some(awake) = self.awake.get() {
            return Ok(awake);
        }
        let document =
            self.figure.owner_document().ok_or_else(|| JsValue::from_str("the chart is not in a document"))?;
        let overlay: HtmlCanvasElement = styled(
            &document,
            "canvas",
            "council-chart__overlay",
            "position:absolute;left:0;top:0;max-width:100%;touch-action:pan-y",
        )?
        .dyn_into()?;
        overlay.set_attribute("aria-hidden", "true")?;
        if let Some((width, height, ratio)) = drawn {
            crate::web::canvas::size_canvas(&overlay, (width, height), ratio)?;
        }
        if self.printing_strips() {
            style(&overlay, &[("display", "none")])?;
        }
        let tooltip = styled(
            &document,
            "div",
            "council-chart__tooltip",
            "position:absolute;padding:0.375rem 0.5rem;font-size:0.875rem;line-height:1.35;\
             max-width:min(16rem, calc(50% - 16px));width:max-content;box-shadow:0 2px 4px rgba(0,0,0,0.25);z-index:1",
        )?;
        tooltip.set_hidden(true);
        let live = styled(&document, "div", "council-chart__live", VISUALLY_HIDDEN)?;
        live.set_attribute("aria-live", "polite")?;
        // Straight after the canvas, as they were when every chart made them at once.
        let after_canvas = self.canvas.next_sibling();
        for part in [overlay.unchecked_ref::<web_sys::Node>(), &tooltip, &live] {
            self.plot.insert_before(part, after_canvas.as_ref())?;
        }
        let awake = Awake { overlay, tooltip, live };
        theme_awake(&awake, theme)?;
        Ok(self.awake.get_or_init(|| awake))
    }

    /// The overlay, if a reader has come to the chart.
    pub fn overlay(&self) -> Option<&HtmlCanvasElement> {
        self.awake.get().map(|awake| &awake.overlay)
    }
}

/// The theme's colours on the tooltip.
pub(super) fn theme_awake(awake: &Awake, theme: &Theme) -> Result<(), JsValue> {
    let text = theme.text.hex();
    style(
        &awake.tooltip,
        &[("background", &theme.background.hex()), ("color", &text), ("border", &format!("1px solid {text}"))],
    )
}
