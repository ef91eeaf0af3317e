//! A scorecard's list read and checked whole before any tile is drawn: its options (a KPI
//! chart's for every tile, and `order`), and each item, which is a KPI object or `{ data,
//! options }` with options of its own (a published file's text with its own indicator,
//! council, filters, polarity and title). A file given to several items is parsed once.
//! Errors name the item: `[2].series: ...`, `[3].options.indicator: ...`, `[3].data (CSV) ...`.

use super::kpi::KpiChart;
use crate::error::ChartError;
use crate::model::input::json::Json;
use crate::model::input::keys::{for_text_only, only_known, SCORECARD_OPTIONS};
use crate::model::kpi::compare::CompareBy;
use crate::model::kpi::Kpi;
use crate::model::view::ScorecardView;
use crate::model::Node;

/// Most tiles on one scorecard.
pub const MAX_TILES: usize = 200;

/// One tile to draw: the chart read from an item, which the tile draws, and the options it was
/// read with (which the tile keeps, as every chart does, for an update).
pub struct Item {
    pub options: Json,
    pub chart: KpiChart,
}

/// The scorecard's options: its view, whether exceptions come first, and what every item is
/// read with.
pub struct ScorecardOptions {
    pub view: ScorecardView,
    pub exceptions: bool,
    /// How the compare view shades its cells.
    pub compare_by: CompareBy,
    pub tiles: Json,
}

/// Options that are a one-chart view's own (it has one title), not its items'.
const ONE_CHART_OWN: [&str; 3] = ["title", "subtitle", "source"];

/// `options.compareBy`: "band" (the default) or "england", for the compare view only.
fn read_compare_by(node: &Node, view: ScorecardView) -> Result<CompareBy, ChartError> {
    let Some(given) = (if node.is_null() { None } else { node.object()?.optional("compareBy") }) else {
        return Ok(CompareBy::Band);
    };
    if given.is_null() {
        return Ok(CompareBy::Band);
    }
    if view != ScorecardView::Compare {
        return Err(given.error("applies to the compare view only (options.view: \"compare\")"));
    }
    match given.value() {
        Json::String(word) if word == "band" => Ok(CompareBy::Band),
        Json::String(word) if word == "england" => Ok(CompareBy::England),
        other => Err(given.error(format!("expected \"band\" or \"england\", {}", other.found()))),
    }
}

pub fn read_options(options: &Json) -> Result<ScorecardOptions, ChartError> {
    let node = Node::named(options, "options");
    only_known(&node, &SCORECARD_OPTIONS)?;
    let view = crate::model::view::read_view::<ScorecardView>(&node)?;
    let compare_by = read_compare_by(&node, view)?;
    let Json::Object(entries) = options else {
        return Ok(ScorecardOptions { view, exceptions: false, compare_by, tiles: options.clone() });
    };
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
    let own = |k: &str| {
        matches!(k, "order" | "view" | "compareBy") || (view != ScorecardView::Tiles && ONE_CHART_OWN.contains(&k))
    };
    let tiles = Json::Object(entries.iter().filter(|(k, _)| !own(k)).cloned().collect());
    Ok(ScorecardOptions { view, exceptions, compare_by, tiles })
}

/// A one-chart view's titles: `options.title` (and subtitle and source), or `title` made from
/// the items; the source, where the options give none, each item's own named once.
pub fn one_chart_titles<'k>(
    options: &Node,
    kpis: impl Iterator<Item = &'k Kpi>,
    title: impl FnOnce() -> String,
) -> Result<crate::model::titles::Titles, ChartError> {
    let fields = if options.is_null() { None } else { Some(options.object()?) };
    let text = |key: &str| -> Result<Option<String>, ChartError> {
        fields
            .as_ref()
            .and_then(|f| f.optional(key))
            .map(|n| n.label(crate::model::input::limits::MAX_LABEL_CHARS))
            .transpose()
    };
    let mut sources: Vec<String> = Vec::new();
    for source in kpis.filter_map(|kpi| kpi.titles.source()) {
        let source = source.trim_end_matches('.').to_owned();
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let source = text("source")?.or_else(|| (!sources.is_empty()).then(|| sources.join("; ")));
    Ok(crate::model::titles::Titles::new(text("title")?.unwrap_or_else(title), text("subtitle")?, source))
}

/// Whether an item is `{ data, options }` (or names a file) rather than a KPI object.
fn wraps(item: &Json) -> bool {
    matches!(item, Json::Object(f) if f.iter().any(|(k, _)| k == "data" || k == "src"))
}

/// An item's data and its options (the scorecard's, with the item's own over them), or the
/// item itself as the data when it is a KPI object.
fn unwrap_item(item: &Json, options: &Json, i: usize) -> Result<(Json, Json), ChartError> {
    let Json::Object(fields) = item else { return Ok((item.clone(), options.clone())) };
    if !wraps(item) {
        return Ok((item.clone(), for_json(options)));
    }
    if let Some((key, _)) = fields.iter().find(|(k, _)| !matches!(k.as_str(), "data" | "options")) {
        let message = if key == "src" {
            "fetch the file first and give its text as \"data\" (the <council-chart> element fetches \"src\" itself)"
                .to_owned()
        } else {
            "is not a field of a scorecard item; an item is a KPI, or { \"data\": ..., \"options\": { ... } }"
                .to_string()
        };
        return Err(ChartError::new(format!("[{i}].{key}"), message));
    }
    let data = fields.iter().find(|(k, _)| k == "data").map_or(Json::Null, |(_, v)| v.clone());
    let own = fields.iter().find(|(k, _)| k == "options").map(|(_, v)| v);
    let options = &if matches!(data, Json::String(_)) { options.clone() } else { for_json(options) };
    let merged = match (options, own) {
        (_, None | Some(Json::Null)) => options.clone(),
        (Json::Object(shared), Some(Json::Object(mine))) => {
            let mut merged: Vec<(String, Json)> =
                shared.iter().filter(|(k, _)| !mine.iter().any(|(m, _)| m == k)).cloned().collect();
            merged.extend(mine.iter().cloned());
            Json::Object(merged)
        }
        (_, Some(mine)) => mine.clone(),
    };
    Ok((data, merged))
}

/// The scorecard's options as they apply to an item of JSON data: those that pick from a
/// file (council, indicator, filters...) are for the items that are files, so they are left
/// out here; `read_items` refuses them when no item is a file.
fn for_json(options: &Json) -> Json {
    match options {
        Json::Object(entries) => Json::Object(entries.iter().filter(|(k, _)| !for_text_only(k)).cloned().collect()),
        other => other.clone(),
    }
}

/// Whether an item's data is a file's text.
fn is_text(item: &Json) -> bool {
    match item {
        Json::String(_) => true,
        Json::Object(fields) => fields.iter().any(|(k, v)| k == "data" && matches!(v, Json::String(_))),
        _ => false,
    }
}

/// Every item read and checked, in the order to draw them.
pub fn read_items(data: &Json, options: &ScorecardOptions) -> Result<Vec<Item>, ChartError> {
    let Json::Array(items) = data else {
        return Err(Node::data(data).expected("a list of KPIs"));
    };
    if items.is_empty() || items.len() > MAX_TILES {
        return Err(ChartError::new("data", format!("expected 1 to {MAX_TILES} KPIs, found {}", items.len())));
    }
    if let (Json::Object(shared), false) = (&options.tiles, items.iter().any(is_text)) {
        if let Some((key, _)) = shared.iter().find(|(k, v)| for_text_only(k) && !matches!(v, Json::Null)) {
            return Err(ChartError::new(
                format!("options.{key}"),
                "applies to items whose data is a published file's (or pasted) text, and this scorecard has none",
            ));
        }
    }
    let read = crate::model::input::csv_rows::parsed_once(|| {
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let (data, options) = unwrap_item(item, &options.tiles, i)?;
                let chart = KpiChart::read(&data, &options).map_err(|e| item_error(e, i, wraps(item)))?;
                Ok(Item { options, chart })
            })
            .collect::<Result<Vec<_>, ChartError>>()
    })?;
    Ok(if options.exceptions { exceptions_first(read) } else { read })
}

/// `[2].series: ...` for a KPI object; `[2].data.series`, `[2].data (CSV) row 3` and
/// `[2].options.indicator` for an item with data and options of its own.
fn item_error(e: ChartError, i: usize, wrapped: bool) -> ChartError {
    let path = match e.path.as_str() {
        "data" if !wrapped => format!("[{i}]"),
        path if !wrapped || path.starts_with("options") => format!("[{i}].{path}"),
        path if path.starts_with("data") => format!("[{i}].{path}"),
        path => format!("[{i}].data.{path}"),
    };
    ChartError::new(path, e.message)
}

fn exceptions_first(items: Vec<Item>) -> Vec<Item> {
    let order = crate::words::scorecard::exceptions_first(items.iter().map(|item| &item.chart.kpi));
    let mut slots: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots.get_mut(i)?.take()).collect()
}
