//! KPI series pasted as CSV: the wide layout councils meet (a period column, then one column
//! per series, `period,Our council,England`; columns named like a comparator, such as England,
//! national, region, neighbour, average or benchmark, are benchmarks unless
//! `options.benchmarks` names them), and what every CSV layout shares. DfE Explore Education
//! Statistics files are read by `kpi_ees`, OHID Fingertips exports by `kpi_fingertips`.
//!
//! Suppression codes (`z`, `c`, `x`, `low`, `:`, `..`, blank) become gaps, never zeros. The
//! readers build the model itself from the cells (`build`): every error names the spreadsheet
//! row and column, or the option, it came from.

use crate::error::ChartError;
use crate::model::input::json::quote;
use crate::model::input::json::Json;
use crate::model::input::limits::{MAX_LABEL_CHARS, MAX_POINTS_PER_SERIES, MAX_SERIES};
use crate::model::input::node::{Fields, Node};
use crate::model::input::published::PublishedLayout;
use crate::model::kpi::read::csv_parts::{
    at, flag_note, flagged_value, names_option, CsvPoint, CsvSeries, FileSays, Table,
};
use crate::model::kpi::read::json::{read_annotations, read_thresholds};
use crate::model::kpi::read::series::{in_time_order, repeated_name};
use crate::model::kpi::unit::{Polarity, Unit};
use crate::model::kpi::{About, Kpi, Point, Role, Series};
use crate::model::time::read::parse_period;
use crate::model::titles::Titles;

fn table(text: &str) -> Result<Table, ChartError> {
    let all = crate::model::input::csv_rows::shared_rows(text)
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
    let layout = PublishedLayout::recognise_at(&first);
    if let Some((
        _,
        refused @ (PublishedLayout::OfstedOutcomes | PublishedLayout::OutturnByAuthority | PublishedLayout::Outturn),
    )) = layout
    {
        return Err(ChartError::new("data (CSV)", refused.refusal()));
    }
    let lower: Vec<String> = table.header.iter().map(|h| h.to_ascii_lowercase()).collect();
    let (series, says) = if layout == Some((0, PublishedLayout::Fingertips)) {
        crate::model::kpi::read::fingertips::read(&table, &lower, fields.as_ref())?
    } else if layout == Some((0, PublishedLayout::Ees)) {
        let read = crate::model::kpi::read::ees::ees(&table, &lower, fields.as_ref())?;
        let mut says = crate::model::kpi::read::ees::ees_says(&read.indicator);
        // The indicator's own name and unit from the file's .meta.csv, before any guessed.
        if let Some(meta) = fields.as_ref().and_then(|f| f.optional("meta")) {
            let meta = crate::model::kpi::read::ees_meta::read(meta.value(), &read.indicator)?;
            says.title = Some(meta.label);
            says.unit = meta.unit.map(Unit::named).or(says.unit);
            says.decimals = meta.decimals.or(says.decimals);
        }
        says.councils = Some(read.councils);
        says.subtitle = read.level_note;
        // A measure whose unit neither the column's name, its .meta.csv nor the options say
        // would be drawn as bare numbers without a word: the chart says the unit is missing.
        let unit_given = fields.as_ref().and_then(|f| f.optional("unit")).is_some();
        if says.unit.is_none() && says.benchmarks_comparable.is_none() && !unit_given {
            let missing = format!("The file does not say the unit of {}: give options.unit", quote(&read.indicator));
            says.subtitle = Some(match says.subtitle.take() {
                Some(note) => format!("{note}. {missing}"),
                None => missing,
            });
        }
        if let Some(table) = read.neighbours_from {
            says.source = Some(format!("DfE, Explore Education Statistics; {table}"));
        }
        (read.series, says)
    } else {
        (wide(&table, fields.as_ref())?, FileSays::default())
    };
    build(series, fields.as_ref(), &table, says)
}

fn looks_like_benchmark(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["england", "national", "region", "neighbour", "neighbor", "average", "benchmark", "comparator"]
        .iter()
        .any(|w| lower.contains(w))
}

/// What a KPI chart reads as text, for a table that is something else.
const WHAT_A_KPI_READS: &str = "a KPI chart reads a period column, then a column of figures per series, or a file as DfE (Explore Education Statistics) or OHID (Fingertips) publish it";

fn wide(table: &Table, fields: Option<&Fields>) -> Result<Vec<CsvSeries>, ChartError> {
    let columns = table.header.len();
    let no_periods = |least: usize| {
        let firsts: Vec<&str> =
            table.rows().iter().take(20).filter_map(|(_, c)| c.first()).map(String::as_str).collect();
        firsts.len() >= least && firsts.iter().all(|c| parse_period(c).is_err())
    };
    if columns == 1 && no_periods(1) {
        let only = table.header.first().map_or("", |h| h.as_str());
        return Err(ChartError::new(
            "data (CSV)",
            format!("is not a table of figures by period: it has one column ({}); {WHAT_A_KPI_READS}", quote(only)),
        ));
    }
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
            if name.chars().count() > MAX_LABEL_CHARS {
                return Err(ChartError::new(
                    format!("data (CSV) row 1, column {}", c + 1),
                    format!(
                        "the series' name is {} characters long; the limit is {MAX_LABEL_CHARS}",
                        name.chars().count()
                    ),
                ));
            }
            Ok(CsvSeries {
                name: name.clone(),
                role: if benchmark { Role::Benchmark } else { Role::Own },
                named_at: at(0, c, name),
                points: Vec::new(),
            })
        })
        .collect::<Result<_, _>>()?;
    if let Some(list) = &named {
        if let Some(unknown) = list.iter().find(|n| !table.header.iter().skip(1).any(|h| h.eq_ignore_ascii_case(n))) {
            let series: Vec<&str> = table.header.iter().skip(1).map(String::as_str).collect();
            let hint = super::csv_parts::column_hint(unknown, &series, "its series columns");
            return Err(ChartError::new(
                "options.benchmarks",
                format!("\"{unknown}\" is not a column of the CSV; {hint}"),
            ));
        }
    }
    if table.rows().is_empty() {
        return Err(ChartError::new("data (CSV)", "has a header but no rows; expected one row per period"));
    }
    let period_header = table.header.first().map_or("", |h| h.as_str());
    // A first column with no period in its first rows (a list of codes, a table by council) is
    // not a cell written wrong but a table of another kind: said as such, not as its first cell.
    // Three rows at least: one period written wrong is that cell's mistake.
    if no_periods(3) {
        let firsts = table.rows().iter().take(3).filter_map(|(_, c)| c.first());
        let shown: Vec<String> = firsts.map(|c| quote(c)).collect();
        return Err(ChartError::new(
            "data (CSV)",
            format!(
                "is not a table of figures by period: its first column ({}) holds {}, none of them a period; {WHAT_A_KPI_READS}",
                quote(period_header),
                shown.join(", ")
            ),
        ));
    }
    for (r, cells) in table.rows() {
        if cells.iter().skip(columns).any(|c| !c.is_empty()) {
            return Err(ChartError::new(
                format!("data (CSV) row {}", r + 1),
                format!("has {} cells but the header has {columns}", cells.len()),
            ));
        }
        let period = cells.first().map_or("", |c| c.as_str());
        let period = parse_period(period).map_err(|m| ChartError::new(at(*r, 0, period_header), m))?;
        for (k, s) in series.iter_mut().enumerate() {
            let c = k + 1;
            let cell = cells.get(c).map_or("", |c| c.as_str());
            let (v, flag) = flagged_value(cell).map_err(|m| ChartError::new(at(*r, c, &s.name), m))?;
            let point = Point { period: period.clone(), value: v, detail: flag_note(flag) };
            s.points.push(CsvPoint { point, row: *r, column: c });
        }
    }
    Ok(series)
}

/// The KPI from the series a reader found, what the file says and the options, which
/// override it; checked as JSON's is, each error naming the cell or the option.
pub(super) fn build(
    series: Vec<CsvSeries>,
    fields: Option<&Fields>,
    table: &Table,
    says: FileSays,
) -> Result<Kpi, ChartError> {
    let option = |name: &str| fields.and_then(|f| f.optional(name));
    let text = |name: &str| option(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose();
    let polarity = match option("polarity") {
        Some(p) => Polarity::read(&p)?,
        None => says.polarity.unwrap_or(Polarity::Neutral),
    };
    let target = option("target").map(|t| t.number()).transpose()?;
    let thresholds = option("thresholds").map(|t| read_thresholds(&t, polarity)).transpose()?;
    let series = checked_series(series, table)?;
    let own = series.iter().find(|s| s.role == Role::Own).map(|s| s.name.as_str());
    let councils = says.councils.map(|field| field.into_councils(own)).unwrap_or_default();
    // Each of the words is the options', else the file's.
    let chosen = |name: &str, file: Option<String>| match text(name)? {
        Some(given) => Ok(Some(given)),
        None => said(name, file),
    };
    let first = series.first().map_or("KPI", |s| s.name.as_str());
    let title = chosen("title", says.title)?.unwrap_or_else(|| first.to_owned());
    let subtitle = chosen("subtitle", says.subtitle)?;
    let source = chosen("source", says.source)?;
    let about = About {
        titles: Titles::new(title, subtitle, source),
        unit: match (option("unit"), says.decimals) {
            (Some(u), decimals) => decimals.into_iter().fold(Unit::read(&u)?, Unit::to_places),
            (None, decimals) => decimals.into_iter().fold(says.unit.unwrap_or(Unit::COUNT), Unit::to_places),
        },
        polarity,
        target,
        thresholds,
        annotations: fields.map(read_annotations).transpose()?.unwrap_or_default(),
        trend: said("trend", says.trend)?,
        compared_to: "England".to_owned(),
        benchmarks_comparable: says.benchmarks_comparable.unwrap_or(true),
    };
    Ok(Kpi::assemble(about, series, councils))
}

/// Words a file gives for `what` (trimmed; blank is none), at most a label's length: a longer
/// one is refused, naming the option that replaces it where there is one (all but the trend).
fn said(what: &str, text: Option<String>) -> Result<Option<String>, ChartError> {
    let Some(text) = text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let length = text.chars().count();
    if length > MAX_LABEL_CHARS {
        let instead = if what == "trend" { String::new() } else { format!(": give options.{what}") };
        return Err(ChartError::new(
            "data (CSV)",
            format!("the file's {what} is {length} characters long; the limit is {MAX_LABEL_CHARS}{instead}"),
        ));
    }
    Ok(Some(text))
}

/// The readers' series as the model's: each with points, in time order, no period twice
/// (named by its rows), and no two of one name.
fn checked_series(series: Vec<CsvSeries>, table: &Table) -> Result<Vec<Series>, ChartError> {
    let header = &table.header;
    if series.len() > MAX_SERIES {
        return Err(ChartError::new(
            "data (CSV)",
            format!("{} series is more than the limit of {MAX_SERIES}", series.len()),
        ));
    }
    let mut checked = Vec::with_capacity(series.len());
    let mut places = Vec::with_capacity(series.len());
    for s in series {
        if s.points.is_empty() {
            return Err(ChartError::new(s.named_at, "has no figures in the CSV"));
        }
        if s.points.len() > MAX_POINTS_PER_SERIES {
            return Err(ChartError::new(
                s.named_at,
                format!("{} points is more than the limit of {MAX_POINTS_PER_SERIES} per series", s.points.len()),
            ));
        }
        let cells: Vec<(usize, usize)> = s.points.iter().map(|p| (p.row, p.column)).collect();
        let points: Vec<(usize, Point)> = s.points.into_iter().enumerate().map(|(i, p)| (i, p.point)).collect();
        let points = in_time_order(points, |later, earlier, period| {
            let (row, column) = cells.get(later).copied().unwrap_or_default();
            let earlier_row = cells.get(earlier).map_or(0, |(r, _)| *r);
            ChartError::new(
                at(row, column, header.get(column).map_or("", |h| h.as_str())),
                format!(
                    "\"{}\" appears twice in this column (also in row {}){}",
                    period.label(),
                    earlier_row + 1,
                    differing(table, (earlier_row, row), column)
                ),
            )
        })?;
        checked.push(Series::checked(s.name, s.role, points));
        places.push(s.named_at);
    }
    if let Some((i, first)) = repeated_name(&checked) {
        let name = checked.get(i).map_or("", |s| s.name.as_str());
        let earlier = places.get(first).map_or("", |p| p.as_str());
        return Err(ChartError::new(
            places.get(i).cloned().unwrap_or_default(),
            format!("\"{name}\" is also the name of another series ({earlier}); each series needs its own name"),
        ));
    }
    Ok(checked)
}

/// What tells two rows of one period apart, for the filter that picks one: the columns of text
/// (not figures) whose values differ, as "; the two rows differ in "gender" ("Boys" and
/// "Girls"): pick one with options.filters, such as {"gender": "Boys"}". Nothing where the rows
/// differ only in figures (a period given twice in a pasted table).
fn differing(table: &Table, (first, second): (usize, usize), figure: usize) -> String {
    let row = |index: usize| table.all.iter().find(|(i, _)| *i == index).map(|(_, cells)| cells);
    let (Some(a), Some(b)) = (row(first), row(second)) else { return String::new() };
    let is_figure = |cell: &str| cell.trim().replace(',', "").parse::<f64>().is_ok();
    let apart: Vec<(&str, &str, &str)> = table
        .header
        .iter()
        .enumerate()
        .filter(|(c, _)| *c != figure)
        .filter_map(|(c, name)| {
            let (x, y) = (a.get(c)?.trim(), b.get(c)?.trim());
            (x != y && !(is_figure(x) && is_figure(y))).then_some((name.as_str(), x, y))
        })
        .collect();
    let Some((name, x, _)) = apart.first() else { return String::new() };
    let said: Vec<String> = apart.iter().map(|(n, x, y)| format!("\"{n}\" (\"{x}\" and \"{y}\")")).collect();
    let said = match said.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => said.join(""),
    };
    format!("; the two rows differ in {said}: pick one with options.filters, such as {{\"{name}\": \"{x}\"}}")
}
