//! A tile's glyphs (the change's arrow, the status mark, the rank's bars) as inline SVG: a few
//! shapes each, where a canvas would cost a backing store and a 2D context per glyph (three a
//! tile, three hundred for a scorecard of a hundred) and would blur when the reader zooms.
//! The shapes are the scene's own (`scene::kpi::tile::glyph`), in the theme's colours; forced
//! colours are the theme's too, so the browser is asked not to adjust them.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, SvgElement};

use crate::scene::kpi::tile::{glyph, Glyph, GLYPH};
use crate::scene::{Shape, Theme};

const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");

thread_local! {
    /// Glyphs already made, for the last document and theme drawn in, cloned for the next tile
    /// showing the same one: a clone is one call into JavaScript where making a glyph is some
    /// twenty (issue 45: 300 glyphs for a scorecard of 100 tiles). A handful at most (an arrow
    /// each way and level, the statuses, the rank's bars); none is ever on the page itself.
    static MADE: RefCell<Option<Made>> = const { RefCell::new(None) };
}

struct Made {
    document: Document,
    theme: Theme,
    glyphs: Vec<(Glyph, Element)>,
}

/// A tile's glyph (`scene::kpi::tile::glyph`) as an SVG, made once per kind and theme and
/// cloned after that.
pub fn tile_glyph(document: &Document, mark: Glyph, theme: &Theme) -> Result<Element, JsValue> {
    let svg = MADE.with(|made| -> Result<Element, JsValue> {
        let mut made = made.try_borrow_mut().map_err(|_| JsValue::from_str("glyphs: busy"))?;
        if !made.as_ref().is_some_and(|made| made.theme == *theme && made.document == *document) {
            *made = Some(Made { document: document.clone(), theme: theme.clone(), glyphs: Vec::new() });
        }
        let Some(made) = made.as_mut() else { return Err(JsValue::from_str("glyphs: not kept")) };
        if let Some((_, svg)) = made.glyphs.iter().find(|(kind, _)| *kind == mark) {
            return Ok(svg.clone());
        }
        let svg = glyph_svg(document, "council-chart__glyph", GLYPH, &glyph(mark, theme))?;
        made.glyphs.push((mark, svg.clone()));
        Ok(svg)
    })?;
    // Cloned from an `svg` element, it is one.
    Ok(svg.clone_node_with_deep(true)?.unchecked_into())
}

/// An `aria-hidden` SVG of `size` CSS pixels square holding `shapes` (glyphs are drawn solid:
/// text and dashes are not among their shapes), of class `class`.
fn glyph_svg(document: &Document, class: &str, size: f64, shapes: &[Shape]) -> Result<Element, JsValue> {
    // `createElementNS` with the SVG namespace and "svg" makes an SVGSVGElement.
    let svg: SvgElement = document.create_element_ns(SVG, "svg")?.unchecked_into();
    // Through the style object, not a style attribute, which a strict CSP refuses.
    svg.style().set_css_text("flex:none;align-self:flex-start;overflow:visible;forced-color-adjust:none");
    let side = size.to_string();
    set(&svg, &[("class", class), ("aria-hidden", "true"), ("width", &side), ("height", &side)])?;
    svg.set_attribute("viewBox", &format!("0 0 {side} {side}"))?;
    for shape in shapes {
        let (tag, fill, stroke) = match shape {
            Shape::Rect { fill, stroke, .. } => ("rect", *fill, stroke.as_ref()),
            Shape::Circle { fill, stroke, .. } => ("circle", *fill, stroke.as_ref()),
            Shape::Polygon { fill, stroke, .. } => ("polygon", Some(*fill), stroke.as_ref()),
            Shape::Line { stroke, .. } => ("polyline", None, Some(stroke)),
            Shape::Text { .. } => continue,
        };
        let element = document.create_element_ns(SVG, tag)?;
        match shape {
            Shape::Rect { x, y, width, height, .. } => {
                let [x, y, w, h] = [x, y, width, height].map(|n| n.to_string());
                set(&element, &[("x", &x), ("y", &y), ("width", &w), ("height", &h)])?;
            }
            Shape::Circle { x, y, radius, .. } => {
                let [x, y, r] = [x, y, radius].map(|n| n.to_string());
                set(&element, &[("cx", &x), ("cy", &y), ("r", &r)])?;
            }
            Shape::Polygon { points, .. } | Shape::Line { points, .. } => {
                let listed: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
                element.set_attribute("points", &listed.join(" "))?;
            }
            Shape::Text { .. } => {}
        }
        element.set_attribute("fill", &fill.map_or_else(|| "none".to_owned(), |c| c.hex()))?;
        if let Some(stroke) = stroke {
            set(&element, &[("stroke", &stroke.color.hex()), ("stroke-width", &stroke.width.to_string())])?;
        }
        svg.append_child(&element)?;
    }
    Ok(svg.into())
}

fn set(element: &Element, attributes: &[(&str, &str)]) -> Result<(), JsValue> {
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(())
}
