//! KPI series pasted as CSV: the wide layout councils meet (a period column, then one column
//! per series, `period,Our council,England`; columns named like a comparator, such as England,
//! national, region, neighbour, average or benchmark, are benchmarks unless
//! `options.benchmarks` names them), and what every CSV layout shares. DfE Explore Education
//! Statistics files are read by `kpi_ees`, OHID Fingertips exports by `kpi_fingertips`.
//!
//! Suppression codes (`z`, `c`, `x`, `low`, `:`, `..`, blank) become gaps, never zeros. Cells
//! are checked here so errors name the spreadsheet row and column; the series then go through
//! the same checks as JSON (`Kpi::read`), whose paths are translated back to cells.

use super::json::Json;
use super::kpi::Kpi;
use super::kpi_csv_parts::{at, flag_note, flagged_value, names_option, CsvPoint, CsvRole, CsvSeries, Table};
use super::layout::Layout;
use super::limits::MAX_SERIES;
use super::node::{Fields, Node};
use super::period::parse_period;
use crate::error::ChartError;

/// The KPI fields CSV cannot hold, taken from the options as they are.
const FROM_OPTIONS: &[&str] =
    &["title", "subtitle", "unit", "polarity", "target", "thresholds", "annotations", "source"];

fn table(text: &str) -> Result<Table, ChartError> {
    let all = super::csv_rows::shared_rows(text)
        .map_err(|(i, e)| ChartError::new(format!("data (CSV) row {}", i + 1), format!("could not be read ({e})")))?;
    let (_, header) = all
        .first()
        .cloned()
        .ok_or_else(|| ChartError::new("data (CSV)", "is empty; expected a header row, then one row per period"))?;
    Ok(Table { header, all })
}

pub fn read_csv(text: &str, options: &Json) -> Result<Kpi, ChartError> {
    let opts = Node::named(options, "options");
    let fields = if opts.is_null() { None } else { Some(opts.object()?) };
    let table = table(text)?;
    let first: Vec<(usize, Vec<String>)> =
        std::iter::once((0, table.header.clone())).chain(table.rows().iter().take(4).cloned()).collect();
    // The layout is recognised once, here: a published KPI layout's header is the first row.
    let layout = Layout::recognise_at(&first);
    if let Some((_, refused @ (Layout::OfstedOutcomes | Layout::Outturn))) = layout {
        return Err(ChartError::new("data (CSV)", refused.refusal()));
    }
    let lower: Vec<String> = table.header.iter().map(|h| h.to_ascii_lowercase()).collect();
    let (series, defaults) = if layout == Some((0, Layout::Fingertips)) {
        super::kpi_fingertips::read(&table, &lower, fields.as_ref())?
    } else if layout == Some((0, Layout::Ees)) {
        let read = super::kpi_ees::ees(&table, &lower, fields.as_ref())?;
        let mut defaults = super::kpi_ees::ees_defaults(&read.indicator);
        // The indicator's own name and unit from the file's .meta.csv, before any guessed.
        if let Some(meta) = fields.as_ref().and_then(|f| f.optional("meta")) {
            let meta = super::ees_meta::read(meta.value(), &read.indicator)?;
            defaults.retain(|(key, _)| key != "title" && !(key == "unit" && meta.unit.is_some()));
            defaults.insert(0, ("title".to_owned(), Json::String(meta.label)));
            defaults.extend(meta.unit.map(|u| ("unit".to_owned(), Json::String(u))));
        }
        defaults.extend(read.councils.map(|c| ("councils".to_owned(), c)));
        defaults.extend(read.level_note.map(|note| ("subtitle".to_owned(), Json::String(note))));
        if let Some(table) = read.neighbours_from {
            for (key, value) in defaults.iter_mut() {
                if key == "source" {
                    *value = Json::String(format!("DfE, Explore Education Statistics; {table}"));
                }
            }
        }
        (read.series, defaults)
    } else {
        (wide(&table, fields.as_ref())?, Vec::new())
    };
    build(series, fields.as_ref(), &table.header, defaults)
}

fn looks_like_benchmark(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["england", "national", "region", "neighbour", "neighbor", "average", "benchmark", "comparator"]
        .iter()
        .any(|w| lower.contains(w))
}

fn wide(table: &Table, fields: Option<&Fields>) -> Result<Vec<CsvSeries>, ChartError> {
    let columns = table.header.len();
    if columns < 2 || columns - 1 > MAX_SERIES {
        return Err(ChartError::new(
            "data (CSV) row 1",
            format!("expected a period column then 1 to {MAX_SERIES} series columns, found {columns} column(s)"),
        ));
    }
    let named = names_option(fields, "benchmarks")?;
    let mut series: Vec<CsvSeries> = table
        .header
        .iter()
        .enumerate()
        .skip(1)
        .map(|(c, name)| {
            if name.is_empty() {
                return Err(ChartError::new(at(0, c, ""), "missing; expected the series' name"));
            }
            let benchmark = match &named {
                Some(list) => list.iter().any(|n| n.eq_ignore_ascii_case(name)),
                None => looks_like_benchmark(name),
            };
            Ok(CsvSeries {
                name: name.clone(),
                role: if benchmark { CsvRole::Benchmark } else { CsvRole::Own },
                points: Vec::new(),
            })
        })
        .collect::<Result<_, _>>()?;
    if let Some(list) = &named {
        if let Some(unknown) = list.iter().find(|n| !table.header.iter().skip(1).any(|h| h.eq_ignore_ascii_case(n))) {
            return Err(ChartError::new("options.benchmarks", format!("\"{unknown}\" is not a column of the CSV")));
        }
    }
    let period_header = table.header.first().map_or("", |h| h.as_str());
    for (r, cells) in table.rows() {
        if cells.iter().skip(columns).any(|c| !c.is_empty()) {
            return Err(ChartError::new(
                format!("data (CSV) row {}", r + 1),
                format!("has {} cells but the header has {columns}", cells.len()),
            ));
        }
        let period = cells.first().map_or("", |c| c.as_str());
        let canonical =
            parse_period(period).map_err(|m| ChartError::new(at(*r, 0, period_header), m))?.label().into_owned();
        for (k, s) in series.iter_mut().enumerate() {
            let c = k + 1;
            let cell = cells.get(c).map_or("", |c| c.as_str());
            let (v, flag) = flagged_value(cell).map_err(|m| ChartError::new(at(*r, c, &s.name), m))?;
            s.points.push(CsvPoint { period: canonical.clone(), value: v, row: *r, column: c, extra: flag_note(flag) });
        }
    }
    Ok(series)
}

/// The KPI as JSON (series from the CSV, the rest from the options), checked like any other;
/// an error about a point names the CSV cell it came from.
pub(super) fn build(
    series: Vec<CsvSeries>,
    fields: Option<&Fields>,
    header: &[String],
    defaults: Vec<(String, Json)>,
) -> Result<Kpi, ChartError> {
    let mut object: Vec<(String, Json)> = Vec::new();
    for name in FROM_OPTIONS {
        if let Some(node) = fields.and_then(|f| f.optional(name)) {
            object.push(((*name).to_owned(), node.value().clone()));
        }
    }
    for (key, value) in defaults {
        if !object.iter().any(|(k, _)| *k == key) {
            object.push((key, value));
        }
    }
    if !object.iter().any(|(k, _)| k == "title") {
        let first = series.first().map_or("KPI".to_owned(), |s| s.name.clone());
        object.push(("title".into(), Json::String(first)));
    }
    let cells: Vec<Vec<(usize, usize)>> =
        series.iter().map(|s| s.points.iter().map(|p| (p.row, p.column)).collect()).collect();
    let json_series = series
        .into_iter()
        .map(|s| {
            let points = s
                .points
                .into_iter()
                .map(|p| {
                    let mut fields = vec![
                        ("period".into(), Json::String(p.period)),
                        ("value".into(), p.value.map_or(Json::Null, Json::Number)),
                    ];
                    fields.extend(p.extra.into_iter().map(|(k, v)| (k.to_owned(), v)));
                    Json::Object(fields)
                })
                .collect();
            let role = match s.role {
                CsvRole::Own => "own",
                CsvRole::Benchmark => "benchmark",
                CsvRole::Neighbour => "neighbour",
            };
            Json::Object(vec![
                ("name".into(), Json::String(s.name)),
                ("role".into(), Json::String(role.into())),
                ("points".into(), Json::Array(points)),
            ])
        })
        .collect();
    object.push(("series".into(), Json::Array(json_series)));
    Kpi::read(&Node::data(&Json::Object(object))).map_err(|e| translate(e, &cells, header))
}

/// `series[1].points[4].period` becomes `data (CSV) row 6, column 3 ("England")`; fields that
/// came from the options are named as options.
fn translate(e: ChartError, cells: &[Vec<(usize, usize)>], header: &[String]) -> ChartError {
    let index = |text: &str, key: &str| {
        text.split(key).nth(1).and_then(|rest| rest.split(']').next()).and_then(|n| n.parse::<usize>().ok())
    };
    if let (Some(s), Some(p)) = (index(&e.path, "series["), index(&e.path, "points[")) {
        if let Some(&(row, column)) = cells.get(s).and_then(|c| c.get(p)) {
            let name = header.get(column).map_or("", |h| h.as_str());
            let mut message = e.message.replace("this series", "this column");
            if let Some(&(other, _)) =
                index(&message, "also at points[").and_then(|k| cells.get(s).and_then(|c| c.get(k)))
            {
                message =
                    format!("{}also in row {})", message.split("also at points[").next().unwrap_or(""), other + 1);
                message = message.replace(")) ", ") ");
            }
            return ChartError::new(at(row, column, name), message);
        }
    }
    if e.path.starts_with("series") {
        return e;
    }
    ChartError::new(format!("options.{}", e.path), e.message)
}
