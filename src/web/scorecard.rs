//! `kpiScorecard(container, [kpi, ...], options)`: one tile per KPI in a list that reflows, by
//! CSS grid, from one column at 320 CSS px to four or more on wide screens. Each tile is a KPI
//! chart of its own (title as text, latest value, change, status, sparkline) with its own
//! hover; the scorecard owns them all and `destroy()` removes every one.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom::{style, styled};
use super::handle::ChartHandle;
use super::input::to_json;
use crate::chart::kpi::KpiChart;
use crate::error::ChartError;
use crate::model::kpi::Kpi;
use crate::model::Json;

/// Most tiles on one scorecard.
const MAX_TILES: usize = 200;

#[wasm_bindgen(js_name = Scorecard)]
pub struct ScorecardHandle {
    /// As for `ChartHandle`: methods take `&self`, and `destroy` and `update` take the tiles
    /// out before removing anything, so page listeners fired by the removal find no borrow.
    state: RefCell<Option<Tiles>>,
    /// The tiles' options, and whether the tiles come exceptions first.
    options: Json,
    exceptions: bool,
}

struct Tiles {
    list: HtmlElement,
    kpis: Vec<Kpi>,
    tiles: Vec<ChartHandle>,
}

/// The scorecard's own option, `order`, checked with the rest of its options' keys, and the
/// options every tile is drawn with (the KPI chart's, without `order`).
fn read_options(options: &Json) -> Result<(bool, Json), ChartError> {
    let node = crate::model::Node::named(options, "options");
    crate::model::keys::only_known(&node, &crate::model::keys::SCORECARD_OPTIONS)?;
    let Json::Object(entries) = options else { return Ok((false, options.clone())) };
    let exceptions = match entries.iter().find(|(k, _)| k == "order").map(|(_, v)| v) {
        None | Some(Json::Null) => false,
        Some(Json::String(word)) if word == "given" => false,
        Some(Json::String(word)) if word == "exceptions" => true,
        Some(other) => {
            return Err(ChartError::new(
                "options.order",
                format!("expected \"given\" or \"exceptions\", {}", other.found()),
            ))
        }
    };
    let tiles = Json::Object(entries.iter().filter(|(k, _)| k != "order").cloned().collect());
    Ok((exceptions, tiles))
}

/// Checks every KPI before anything is drawn; errors name the KPI: `[2].series: missing ...`.
/// With `exceptions`, the tiles come off target first, then near, then worsening.
fn check_all(data: &Json, options: &Json, exceptions: bool) -> Result<Vec<(Json, Kpi)>, ChartError> {
    let Json::Array(items) = data else {
        return Err(crate::model::Node::data(data).expected("a list of KPIs"));
    };
    if items.is_empty() || items.len() > MAX_TILES {
        return Err(ChartError::new("data", format!("expected 1 to {MAX_TILES} KPIs, found {}", items.len())));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let chart = KpiChart::read(item, options).map_err(|e| {
                let path = if e.path == "data" { format!("[{i}]") } else { format!("[{i}].{}", e.path) };
                ChartError::new(path, e.message)
            })?;
            Ok((item.clone(), chart.kpi))
        })
        .collect::<Result<Vec<_>, ChartError>>()
        .map(|checked| if exceptions { in_exceptions_order(checked) } else { checked })
}

fn in_exceptions_order(checked: Vec<(Json, Kpi)>) -> Vec<(Json, Kpi)> {
    let kpis: Vec<Kpi> = checked.iter().map(|(_, k)| k.clone()).collect();
    let mut slots: Vec<Option<(Json, Kpi)>> = checked.into_iter().map(Some).collect();
    crate::words::scorecard::exceptions_first(&kpis).into_iter().filter_map(|i| slots.get_mut(i)?.take()).collect()
}

fn js(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

impl ScorecardHandle {
    fn mount_tiles(
        list: &HtmlElement,
        checked: Vec<(Json, Kpi)>,
        options: &Json,
    ) -> Result<(Vec<Kpi>, Vec<ChartHandle>), JsError> {
        let document =
            list.owner_document().ok_or_else(|| JsError::new("container: the element is not in a document"))?;
        // Read once for every tile: the tiles inherit the list's custom properties.
        let theme = super::theme::page_theme(list)?;
        let mut kpis = Vec::with_capacity(checked.len());
        let mut tiles = Vec::with_capacity(checked.len());
        for (data, kpi) in checked {
            let item = styled(
                &document,
                "li",
                "council-scorecard__tile",
                "min-width:0;padding:0.75rem;border:1px solid #b1b4b6",
            )
            .map_err(js)?;
            style(&item, &[("background", &theme.background.hex())]).map_err(js)?;
            list.append_child(&item).map_err(js)?;
            let chart = KpiChart::build_tile(&data, options)?;
            tiles.push(ChartHandle::mount_undrawn(item, chart, KpiChart::build_tile, options.clone(), theme.clone())?);
            kpis.push(kpi);
        }
        // Every width is read before any tile is drawn: drawing resizes canvases, and reading a
        // width after that would lay the page out again, once per tile.
        let widths = tiles.iter().map(ChartHandle::plot_width).collect::<Result<Vec<_>, _>>()?;
        for (tile, width) in tiles.iter().zip(widths) {
            tile.draw_at(width)?;
        }
        Ok((kpis, tiles))
    }

    /// Runs `f` on the tiles, unless the scorecard has been destroyed or is busy.
    fn with_tiles<T>(&self, f: impl FnOnce(&Tiles) -> Result<T, JsError>) -> Result<T, JsError> {
        let state = self.state.try_borrow().map_err(|_| JsError::new("scorecard: busy; try again"))?;
        f(state.as_ref().ok_or_else(|| JsError::new("scorecard: it has been destroyed"))?)
    }
}

/// `kpiScorecard(container, data, options)`: `data` is a list of KPI objects (or its JSON text).
#[wasm_bindgen(js_name = kpiScorecard)]
pub fn kpi_scorecard(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] container: JsValue,
    #[wasm_bindgen(unchecked_param_type = "KpiData[] | string")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScorecardOptions | null")] options: Option<JsValue>,
) -> Result<ScorecardHandle, JsError> {
    let container = super::input::to_container(&container)?;
    let options = to_json(&options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let (exceptions, options) = read_options(&options)?;
    let data = to_json(&data, "data")?;
    let checked = check_all(&data, &options, exceptions)?;
    let document =
        container.owner_document().ok_or_else(|| JsError::new("container: the element is not in a document"))?;
    let list = styled(
        &document,
        "ul",
        "council-scorecard",
        "list-style:none;margin:0;padding:0;display:grid;gap:1rem;\
         grid-template-columns:repeat(auto-fill, minmax(min(100%, 15rem), 1fr))",
    )
    .map_err(js)?;
    container.append_child(&list).map_err(js)?;
    match ScorecardHandle::mount_tiles(&list, checked, &options) {
        Ok((kpis, tiles)) => {
            Ok(ScorecardHandle { state: RefCell::new(Some(Tiles { list, kpis, tiles })), options, exceptions })
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
        #[wasm_bindgen(unchecked_param_type = "KpiData[] | string")] data: JsValue,
    ) -> Result<(), JsError> {
        let data = to_json(&data, "data")?;
        let checked = check_all(&data, &self.options, self.exceptions)?;
        let old = self.state.try_borrow_mut().map_err(|_| JsError::new("scorecard: busy; try again"))?.take();
        let Some(old) = old else {
            return Err(JsError::new("scorecard: it has been destroyed"));
        };
        for tile in &old.tiles {
            tile.destroy();
        }
        old.list.set_text_content(None);
        let mounted = ScorecardHandle::mount_tiles(&old.list, checked, &self.options);
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

    /// Re-measures every tile.
    pub fn resize(&self) -> Result<(), JsError> {
        self.with_tiles(|t| t.tiles.iter().try_for_each(ChartHandle::resize))
    }

    /// The whole picture (on, near and off target; improved and worsened; bands against all
    /// councils; the exceptions by name), then each KPI in words, in the tiles' order.
    pub fn describe(&self) -> Result<String, JsError> {
        self.with_tiles(|t| {
            let each = t.kpis.iter().map(crate::words::kpi::describe);
            Ok(std::iter::once(crate::words::scorecard::overview(&t.kpis)).chain(each).collect::<Vec<_>>().join(" "))
        })
    }

    /// One row per KPI: its latest value, status, target and the value before.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> Result<String, JsError> {
        self.with_tiles(|t| Ok(crate::export::csv::scorecard_csv(&t.kpis)))
    }

    /// Each tile's `textBoxes()` (see `Chart.textBoxes`), in order.
    #[wasm_bindgen(js_name = textBoxes, unchecked_return_type = "TextLayout[]")]
    pub fn text_boxes(&self) -> Result<js_sys::Array, JsError> {
        self.with_tiles(|t| t.tiles.iter().map(ChartHandle::text_boxes).collect())
    }

    /// Each KPI's figures as `Chart.summary()` gives them, in order.
    #[wasm_bindgen(unchecked_return_type = "Summary[]")]
    pub fn summary(&self) -> Result<JsValue, JsError> {
        self.with_tiles(|t| {
            let summaries: Vec<_> = t
                .kpis
                .iter()
                .map(|k| crate::model::results::Summary::Kpi(crate::words::summary::kpi_summary(k)))
                .collect();
            super::output::to_js(&summaries)
        })
    }

    /// Removes every tile, its listeners and the list. Safe to call twice.
    pub fn destroy(&self) {
        let old = self.state.try_borrow_mut().ok().and_then(|mut state| state.take());
        if let Some(old) = old {
            for tile in &old.tiles {
                tile.destroy();
            }
            old.list.remove();
        }
    }
}
