//! A KPI's series as JSON gives them (`points`, or `start` and `values`), and the checks every
//! reader of series shares, JSON or a file's cells: points in time order with no period twice,
//! and no two series of one name. Each check is given how to name the place it fails, so a
//! JSON error names its path and a CSV error its cell.

use crate::error::ChartError;
use crate::model::input::json::Json;
use crate::model::input::keys;
use crate::model::input::limits::{MAX_LABEL_CHARS, MAX_POINTS_PER_SERIES, MAX_SERIES};
use crate::model::input::node::{Fields, Node};
use crate::model::kpi::detail::read_detail;
use crate::model::kpi::{Point, Role, Series};
use crate::model::order::sort_by_key;
use crate::model::time::read::{parse_period, step, Interval, Period};

/// `points` (each with its place in the input) in time order; a period given twice is
/// refused by `twice(later place, earlier place, the period)`. Spreadsheets often list the
/// latest first, so input order is not trusted.
pub(super) fn in_time_order(
    mut points: Vec<(usize, Point)>,
    twice: impl Fn(usize, usize, &Period) -> ChartError,
) -> Result<Vec<Point>, ChartError> {
    sort_by_key(&mut points, |(_, p)| p.period.key());
    for pair in points.windows(2) {
        if let [(first, a), (second, b)] = pair {
            if a.period.same_as(&b.period) {
                return Err(twice((*first).max(*second), (*first).min(*second), &b.period));
            }
        }
    }
    Ok(points.into_iter().map(|(_, p)| p).collect())
}

/// The first series whose name an earlier one has: (its place, the earlier's place).
pub(super) fn repeated_name(series: &[Series]) -> Option<(usize, usize)> {
    series
        .iter()
        .enumerate()
        .find_map(|(i, s)| series.iter().take(i).position(|earlier| earlier.name == s.name).map(|first| (i, first)))
}

/// A role as the data write it.
fn role_named(text: &str) -> Option<Role> {
    match text {
        "benchmark" => Some(Role::Benchmark),
        "own" | "primary" => Some(Role::Own),
        "neighbour" | "neighbor" | "statistical neighbour" => Some(Role::Neighbour),
        _ => None,
    }
}

pub(super) fn read_all_series(node: &Node) -> Result<Vec<Series>, ChartError> {
    let items = node.array()?;
    if items.is_empty() {
        return Err(node.error("expected at least one series, found an empty list"));
    }
    if items.len() > MAX_SERIES {
        return Err(node.error(format!("{} series is more than the limit of {MAX_SERIES}", items.len())));
    }
    let series: Vec<Series> = items.iter().map(read_series).collect::<Result<_, _>>()?;
    if let Some((i, first)) = repeated_name(&series) {
        let name = series.get(i).map_or("", |s| s.name.as_str());
        return Err(ChartError::new(
            format!("series[{i}].name"),
            format!("\"{name}\" is also the name of series[{first}]; each series needs its own name"),
        ));
    }
    Ok(series)
}

fn read_series(node: &Node) -> Result<Series, ChartError> {
    let fields = keys::object(node, &keys::SERIES)?;
    let name = fields.required("name", "the series name (text)")?.label(MAX_LABEL_CHARS)?;
    let role = match fields.optional("role") {
        None => Role::Own,
        Some(r) => role_named(r.string()?).ok_or_else(|| r.expected("\"own\", \"benchmark\" or \"neighbour\""))?,
    };
    if fields.optional("points").is_none() {
        if let Some(values) = fields.optional("values") {
            return Ok(Series::checked(name, role, read_regular(&fields, &values)?));
        }
    }
    let points_node = fields.required("points", "a list of points (or \"start\" and \"values\")")?;
    let items = points_node.array()?;
    if items.is_empty() {
        return Err(points_node.error("expected at least one point, found an empty list"));
    }
    if items.len() > MAX_POINTS_PER_SERIES {
        return Err(points_node
            .error(format!("{} points is more than the limit of {MAX_POINTS_PER_SERIES} per series", items.len())));
    }
    let mut points: Vec<(usize, Point)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let fields = keys::object(item, &keys::POINT)?;
        let period = read_period(&fields.required("period", "a period such as \"2016/17\"")?)?;
        let value = match fields.optional("value") {
            Some(v) => v.number_or_null()?,
            None => None,
        };
        let detail = read_detail(&fields, value)?;
        points.push((i, Point { period, value, detail }));
    }
    let points = in_time_order(points, |later, earlier, period| {
        ChartError::new(
            format!("{}[{later}].period", points_node.path()),
            format!(
                "\"{}\" appears twice in this series (also at points[{earlier}]); give each period once",
                period.label()
            ),
        )
    })?;
    Ok(Series::checked(name, role, points))
}

/// A regular series: `start` (a period), optional `interval` (day, week, month, quarter or
/// year; by default the start's own kind) and `values`, one per step, `null` (or NaN in a
/// typed array) for a gap. Large series cross from JavaScript as one typed array, not as an
/// object per point.
fn read_regular(fields: &Fields, values: &Node) -> Result<Vec<Point>, ChartError> {
    let start_node = fields.required("start", "the period of the first value, such as \"Apr 2019\"")?;
    let start = read_period(&start_node)?;
    let interval = match fields.optional("interval") {
        None => Interval::of(start.kind),
        Some(node) => {
            let interval = Interval::named(node.string()?).ok_or_else(|| {
                node.expected("\"minute\", \"hour\", \"day\", \"week\", \"month\", \"quarter\" or \"year\"")
            })?;
            if !interval.fits(start.kind) {
                let name = node.string()?;
                let article = if name == "hour" { "an" } else { "a" };
                return Err(node.error(format!(
                    "{article} {name} interval cannot start from \"{}\"; give a start of that kind",
                    start.label()
                )));
            }
            interval
        }
    };
    // The limit is checked before a single value is read.
    if let Json::Array(items) = values.value() {
        if items.len() > MAX_POINTS_PER_SERIES {
            return Err(values.error(format!(
                "{} values is more than the limit of {MAX_POINTS_PER_SERIES} per series",
                items.len()
            )));
        }
    }
    let numbers = values.numbers_or_null()?;
    if numbers.is_empty() {
        return Err(values.error("expected at least one value, found an empty list"));
    }
    numbers
        .into_iter()
        .enumerate()
        .map(|(n, value)| {
            let period = step(&start, interval, n as i64).map_err(|message| values.item_error(n, message))?;
            Ok(Point { period, value, detail: None })
        })
        .collect()
}

pub(super) fn read_period(node: &Node) -> Result<Period, ChartError> {
    // A calendar year typed into a spreadsheet arrives as a number: read 2019 as "2019".
    let text = match node.value() {
        Json::Number(n) if n.fract() == 0.0 && (1800.0..=2200.0).contains(n) => format!("{n}"),
        _ => node.label(MAX_LABEL_CHARS)?,
    };
    parse_period(&text).map_err(|message| node.error(message))
}
