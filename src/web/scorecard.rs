//! `kpiScorecard(container, [kpi, ...], options)`: one tile per KPI in a list that reflows, by
//! CSS grid, from one column at 320 CSS px to four or more on wide screens. Each tile is a KPI
//! chart of its own (title as text, latest value, change, status, sparkline) with its own
//! hover; the scorecard owns them all and `destroy()` removes every one. With `view: "spine"`
//! the scorecard is one chart instead (`chart::spine`): a row per indicator among every
//! council's figures, which this handle answers for.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom::{style, styled};
use super::handle::{js_error, ChartHandle};
use super::input::to_json;
use crate::chart::kpi::KpiChart;
use crate::chart::scorecard::{read_items, read_options, Item, ScorecardOptions};
use crate::model::kpi::Kpi;
use crate::model::shapes::results::Summary;

/// A scorecard on the page, as `kpiScorecard(container, items, options)` returns it.
#[wasm_bindgen(js_name = Scorecard)]
pub struct ScorecardHandle {
    /// As for `ChartHandle`: methods take `&self`, and `destroy` and `update` take the tiles
    /// out before removing anything, so page listeners fired by the removal find no borrow.
    state: RefCell<Option<Tiles>>,
    /// The tiles' options, and whether the tiles come exceptions first.
    options: ScorecardOptions,
    /// The spine, when the scorecard is drawn as one (then `state` holds no tiles).
    spine: Option<ChartHandle>,
}

struct Tiles {
    list: HtmlElement,
    kpis: Vec<Kpi>,
    tiles: Vec<ChartHandle>,
}

impl ScorecardHandle {
    fn mount_tiles(list: &HtmlElement, checked: Vec<Item>) -> Result<(Vec<Kpi>, Vec<ChartHandle>), JsError> {
        let document =
            list.owner_document().ok_or_else(|| JsError::new("container: the element is not in a document"))?;
        // Read once for every tile: the tiles inherit the list's custom properties.
        let theme = super::theme::page_theme(list)?;
        Self::mount_each(list, &document, &theme, checked)
    }

    fn mount_each(
        list: &HtmlElement,
        document: &web_sys::Document,
        theme: &crate::scene::Theme,
        checked: Vec<Item>,
    ) -> Result<(Vec<Kpi>, Vec<ChartHandle>), JsError> {
        let mut kpis = Vec::with_capacity(checked.len());
        let mut tiles: Vec<ChartHandle> = Vec::with_capacity(checked.len());
        // The first tile's width is every tile's: the grid's columns are equal. It is read
        // while the list holds that tile alone, so the page is not laid out with every tile
        // inside the call (the browser does that once, after it, as it would anyway); the
        // size watch redraws any tile a page's own CSS makes wider or narrower.
        let mut first_width = None;
        for Item { options, chart } in checked {
            let item = styled(
                document,
                "li",
                "council-scorecard__tile",
                "min-width:0;padding:0.75rem;border:1px solid #b1b4b6;break-inside:avoid",
            )
            .map_err(js_error)?;
            style(&item, &[("background", &theme.background.hex())]).map_err(js_error)?;
            list.append_child(&item).map_err(js_error)?;
            // The scorecard keeps each KPI for describe() and toCsv(); its tile, the chart read.
            kpis.push(chart.kpi.clone());
            let tile =
                ChartHandle::mount_undrawn(item, chart.into_tile(), KpiChart::build_tile, options, theme.clone())?;
            let width = match first_width {
                Some(width) => width,
                None => *first_width.insert(tile.plot_width()?),
            };
            tile.draw_at(width)?;
            tiles.push(tile);
        }
        Ok((kpis, tiles))
    }

    /// Replaces every tile with the items of `data`, read and checked first.
    fn replace(&self, data: &crate::model::Json) -> Result<(), JsError> {
        let checked = read_items(data, &self.options)?;
        let old = self.state.try_borrow_mut().map_err(|_| JsError::new("scorecard: busy; try again"))?.take();
        let Some(old) = old else {
            return Err(JsError::new("scorecard: it has been destroyed"));
        };
        for tile in &old.tiles {
            tile.destroy();
        }
        old.list.set_text_content(None);
        let mounted = ScorecardHandle::mount_tiles(&old.list, checked);
        let (kpis, tiles) = match mounted {
            Ok(new) => new,
            Err(e) => {
                // The old tiles are gone; an empty list is left, as after destroy.
                old.list.remove();
                return Err(e);
            }
        };
        if let Ok(mut state) = self.state.try_borrow_mut() {
            *state = Some(Tiles { list: old.list, kpis, tiles });
        }
        Ok(())
    }

    /// Runs `f` on the tiles, unless the scorecard has been destroyed or is busy.
    fn with_tiles<T>(&self, f: impl FnOnce(&Tiles) -> Result<T, JsError>) -> Result<T, JsError> {
        let state = self.state.try_borrow().map_err(|_| JsError::new("scorecard: busy; try again"))?;
        f(state.as_ref().ok_or_else(|| JsError::new("scorecard: it has been destroyed"))?)
    }
}

/// `kpiScorecard(container, items, options)`: `items` is a list (or its JSON text) of KPI
/// objects or `{ data, options }`, each item's data a KPI object or a published file's text
/// with options of its own.
#[wasm_bindgen(js_name = kpiScorecard)]
pub fn kpi_scorecard(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] container: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ScorecardItem[] | string")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScorecardOptions | null")] options: Option<JsValue>,
) -> Result<ScorecardHandle, JsError> {
    let container = super::input::to_container(&container)?;
    let json = to_json(&options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let data = to_json(&data, "data")?;
    mount_scorecard(container, &data, json)
}

/// A scorecard of `data` read with the options `json`, put in `container`: for the JavaScript,
/// and for `web::mount`.
pub(crate) fn mount_scorecard(
    container: HtmlElement,
    data: &crate::model::Json,
    json: crate::model::Json,
) -> Result<ScorecardHandle, JsError> {
    let options = read_options(&json)?;
    if let Some(build) = crate::chart::one_chart::one_chart(options.view) {
        let chart = build(data, &json)?;
        let spine = ChartHandle::mount_checked(container, chart, build, json)?;
        return Ok(ScorecardHandle { state: RefCell::new(None), options, spine: Some(spine) });
    }
    crate::model::input::csv_rows::parsed_once(|| mount(container, data, options))
}

/// Reads every item, then puts the list and its tiles on the page.
fn mount(
    container: HtmlElement,
    data: &crate::model::Json,
    options: ScorecardOptions,
) -> Result<ScorecardHandle, JsError> {
    let checked = read_items(data, &options)?;
    let document =
        container.owner_document().ok_or_else(|| JsError::new("container: the element is not in a document"))?;
    // One chart per container, as for every chart (web::alive::replace_in).
    super::alive::replace_in(&container);
    let list = styled(
        &document,
        "ul",
        "council-scorecard",
        "list-style:none;margin:0;padding:0;display:grid;gap:1rem;\
         grid-template-columns:repeat(auto-fill, minmax(min(100%, 15rem), 1fr))",
    )
    .map_err(js_error)?;
    container.append_child(&list).map_err(js_error)?;
    match ScorecardHandle::mount_tiles(&list, checked) {
        Ok((kpis, tiles)) => {
            Ok(ScorecardHandle { state: RefCell::new(Some(Tiles { list, kpis, tiles })), options, spine: None })
        }
        Err(e) => {
            list.remove();
            Err(e)
        }
    }
}

#[wasm_bindgen(js_class = Scorecard)]
impl ScorecardHandle {
    /// Redraws every tile from a new list. Bad data throws and leaves the scorecard as it was.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ScorecardItem[] | string")] data: JsValue,
    ) -> Result<(), JsError> {
        if let Some(spine) = &self.spine {
            return spine.update(data);
        }
        let data = to_json(&data, "data")?;
        crate::model::input::csv_rows::parsed_once(|| self.replace(&data))
    }

    /// Re-measures every tile (or the spine).
    pub fn resize(&self) -> Result<(), JsError> {
        if let Some(spine) = &self.spine {
            return spine.resize();
        }
        self.with_tiles(|t| t.tiles.iter().try_for_each(ChartHandle::resize))
    }

    /// The spine as a static SVG with its titles and source, for committee papers. Tiles are
    /// many pictures, not one: draw the scorecard with `view: "spine"` for a single picture.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> Result<String, JsError> {
        match &self.spine {
            Some(spine) => spine.to_svg(),
            None => Err(JsError::new(
                "toSvg: a scorecard of tiles is many pictures; draw it with { view: \"spine\" } for one",
            )),
        }
    }

    /// The whole picture (on, near and off target; improved and worsened; bands against all
    /// councils; the exceptions by name), then each KPI in words, in the tiles' order.
    pub fn describe(&self) -> Result<String, JsError> {
        if let Some(spine) = &self.spine {
            return spine.describe();
        }
        self.with_tiles(|t| Ok(crate::words::scorecard::describe(&t.kpis)))
    }

    /// One row per KPI: its latest value, status, target and the value before.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> Result<String, JsError> {
        if let Some(spine) = &self.spine {
            return spine.to_csv();
        }
        self.with_tiles(|t| Ok(crate::export::csv::scorecard_csv(&t.kpis)))
    }

    /// Each tile's `textBoxes()` (see `Chart.textBoxes`), in order.
    #[wasm_bindgen(js_name = textBoxes, unchecked_return_type = "TextLayout[]")]
    pub fn text_boxes(&self) -> Result<js_sys::Array, JsError> {
        if let Some(spine) = &self.spine {
            return Ok(js_sys::Array::of1(&spine.text_boxes()?));
        }
        self.with_tiles(|t| t.tiles.iter().map(ChartHandle::text_boxes).collect())
    }

    /// Each KPI's figures as `Chart.summary()` gives them, in order.
    #[wasm_bindgen(unchecked_return_type = "Summary[]")]
    pub fn summary(&self) -> Result<JsValue, JsError> {
        if let Some(spine) = &self.spine {
            let summaries = spine.with_chart(|chart| match chart.summary() {
                Summary::Scorecard(s) => s.indicators.into_iter().map(Summary::Kpi).collect(),
                other => vec![other],
            })?;
            return super::output::to_js(&summaries);
        }
        self.with_tiles(|t| {
            let summaries: Vec<_> = t
                .kpis
                .iter()
                .map(|k| crate::model::shapes::results::Summary::Kpi(crate::words::summary::kpi_summary(k)))
                .collect();
            super::output::to_js(&summaries)
        })
    }

    /// Removes every tile, its listeners and the list. Safe to call twice.
    pub fn destroy(&self) {
        if let Some(spine) = &self.spine {
            spine.destroy();
        }
        let old = self.state.try_borrow_mut().ok().and_then(|mut state| state.take());
        if let Some(old) = old {
            for tile in &old.tiles {
                tile.destroy();
            }
            old.list.remove();
        }
    }
}
