//! DfE Explore Education Statistics files, long format: one row per area and period, with
//! `time_period`, `time_identifier`, `geographic_level`, the area's names and codes, and
//! indicator columns. `options.indicator` picks the column, `options.council` the council (by
//! name or code; a joint authority by either member), `options.comparators` the benchmarks
//! (England by default for rates, percentages and averages; none for counts),
//! `options.neighbours` statistical neighbours and `options.filters` any other column's value.
//! Every council's figure is kept for rank and band (`kpi_field`).

use std::collections::HashMap;

use crate::error::ChartError;
use crate::model::input::area::names;
use crate::model::input::json::{quote, Json};
use crate::model::input::node::Fields;
use crate::model::kpi::field::FieldBuilder;
use crate::model::kpi::read::csv_parts::{
    at, flag_note, flagged_value, option_for, wanted_series, CsvPoint, CsvSeries, FileSays, Table,
};
use crate::model::kpi::read::ees_levels::{is_area_column, Levels};
use crate::model::kpi::read::neighbours_table;
use crate::model::kpi::unit::Unit;
use crate::model::kpi::{Point, Role};
use crate::model::time::read::{parse_period, Period};
use crate::model::titles::sentence_case;

/// The EES columns that describe a row rather than measure something.
const EES_META: &[&str] = &[
    "time_period",
    "time_identifier",
    "geographic_level",
    "country_code",
    "country_name",
    "region_code",
    "region_name",
    "new_la_code",
    "old_la_code",
    "la_name",
    "lad_code",
    "lad_name",
    "pcon_code",
    "pcon_name",
    "opportunity_area_code",
    "opportunity_area_name",
];

/// What an EES indicator's name says when the options do not: its title, and its unit where
/// the name gives it away ("rate_per_10000", "..._percent").
pub(super) fn ees_says(indicator: &str) -> FileSays {
    let lower = indicator.to_ascii_lowercase();
    let unit = if lower.contains("per_10000") || lower.contains("per_10k") {
        Some(Unit::PER_10K)
    } else if lower.contains("percent") || lower.ends_with("_pc") || lower.contains("pct") {
        Some(Unit::PERCENT)
    } else if (lower.ends_with("_rate") || lower.contains("_rate_")) && !lower.contains("per_") {
        // A rate with no "per" in its name is a percentage in DfE's files (the workforce file's
        // agency, vacancy, turnover and absence rates; pupils' absence rates).
        Some(Unit::PERCENT)
    } else {
        None
    };
    FileSays {
        title: Some(crate::model::titles::readable_column(indicator)),
        source: Some("DfE, Explore Education Statistics".to_owned()),
        unit,
        benchmarks_comparable: is_count(indicator).then_some(false),
        ..FileSays::default()
    }
}

/// Whether an EES indicator counts things (children, episodes, staff) rather than measuring
/// a rate, percentage or average, by its name. A council's count is never comparable with
/// England's total: counts get no default comparators, and are never compared in words.
fn is_count(indicator: &str) -> bool {
    let lower = indicator.to_ascii_lowercase();
    let measures = [
        "rate",
        "percent",
        "_pc",
        "pct",
        "per_",
        "average",
        "avg",
        "mean",
        "median",
        "ratio",
        "proportion",
        "caseload",
        "share",
    ];
    !measures.iter().any(|m| lower.contains(m))
}

pub(super) fn ees<'t>(table: &'t Table, lower: &[String], fields: Option<&Fields>) -> Result<EesRead, ChartError> {
    let column = |name: &str| lower.iter().position(|h| h == name);
    let text_option = |name: &str| fields.and_then(|f| f.optional(name)).map(|n| n.label(500)).transpose();
    let candidates: Vec<&String> = table
        .header
        .iter()
        .zip(lower)
        .filter(|(_, l)| !EES_META.contains(&l.as_str()) && !is_area_column(l))
        .map(|(h, _)| h)
        .collect();
    let indicator = match text_option("indicator")? {
        Some(name) => name,
        None => {
            return Err(ChartError::new(
                "options.indicator",
                format!(
                    "missing; expected the indicator column to chart, one of {}",
                    candidates.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
                ),
            ))
        }
    };
    let value_column = lower.iter().position(|h| *h == indicator.to_ascii_lowercase()).ok_or_else(|| {
        let figures: Vec<&str> = candidates.iter().map(|c| c.as_str()).collect();
        let hint = super::csv_parts::column_hint(&indicator, &figures, "its figure columns");
        ChartError::new("options.indicator", format!("\"{indicator}\" is not a column of the CSV; {hint}"))
    })?;
    let council = text_option("council")?.ok_or_else(|| {
        ChartError::new("options.council", "missing; expected the council's name or code, as in la_name or new_la_code")
    })?;
    let default_comparators = if is_count(&indicator) { Vec::new() } else { vec!["England".to_owned()] };
    let mut series = wanted_series(fields, &council, default_comparators)?;
    let filters: Vec<(usize, String, &str)> = match fields.and_then(|f| f.optional("filters")) {
        None => Vec::new(),
        Some(node) => match node.value() {
            Json::Object(entries) => entries
                .iter()
                .map(|(key, v)| {
                    let c = column(&key.to_ascii_lowercase()).ok_or_else(|| {
                        let filters = table
                            .header
                            .iter()
                            .zip(lower)
                            .filter(|(_, l)| !is_area_column(l) && !EES_META.contains(&l.as_str()));
                        let filters: Vec<&str> = filters.map(|(h, _)| h.as_str()).collect();
                        let hint = super::csv_parts::column_hint(key, &filters, "its other columns");
                        ChartError::new(format!("options.filters.{key}"), format!("is not a column of the CSV; {hint}"))
                    })?;
                    match v {
                        Json::String(s) => Ok((c, s.clone(), key.as_str())),
                        other => Err(ChartError::new(
                            format!("options.filters.{key}"),
                            format!("expected text, {}", other.found()),
                        )),
                    }
                })
                .collect::<Result<_, _>>()?,
            _ => return Err(node.expected("an object of column names and values")),
        },
    };
    check_filter_values(&filters, table)?;
    let Some(time) = column("time_period") else {
        return Err(ChartError::new("data (CSV) row 1", "has no time_period column"));
    };
    let identifier = column("time_identifier");
    // A row's own area is named by its level: national rows by country, regional by region,
    // a district's by lad_name (its la_name is its county's).
    let level = column("geographic_level");
    let levels = Levels::new(lower);
    let level_of = |cells: &'t [String]| -> &'t str { level.and_then(|c| cells.get(c)).map_or("", |l| l.as_str()) };
    let own_area = |cells: &'t [String]| -> Vec<&'t str> {
        levels.columns(level_of(cells)).iter().map(|&c| cells.get(c).map_or("", |v| v.as_str())).collect()
    };
    let kept = |cells: &[String]| {
        filters.iter().all(|(c, want, _)| cells.get(*c).is_some_and(|v| v.eq_ignore_ascii_case(want)))
    };
    // DfE's statistical neighbours table as options.neighbours: the council's ten, found by
    // its LA number (old_la_code), each named with its closeness once read.
    let closeness = match fields.and_then(|f| f.optional("neighbours")).map(|n| n.value().clone()) {
        Some(Json::String(text)) if neighbours_table::is_table(&text) => {
            let la_number = table
                .rows()
                .iter()
                .filter(|(_, cells)| level_of(cells).eq_ignore_ascii_case("local authority"))
                .find(|(_, cells)| own_area(cells).iter().any(|a| !a.is_empty() && names(a, &council)))
                .and_then(|(_, cells)| column("old_la_code").and_then(|c| cells.get(c)))
                .ok_or_else(|| {
                    ChartError::new(
                        "options.neighbours",
                        format!(
                            "{} has no LA number (old_la_code) in this file to find its statistical neighbours by",
                            quote(&council)
                        ),
                    )
                })?;
            neighbours_table::check_edition(&text, latest_start(table, time, identifier))?;
            let found = neighbours_table::neighbours(&text, la_number)?;
            let listed = series.iter().filter(|s| s.role == Role::Neighbour).count();
            series.extend(found.iter().enumerate().map(|(i, n)| CsvSeries {
                name: n.la_number.clone(),
                role: Role::Neighbour,
                named_at: option_for(Role::Neighbour, listed + i),
                points: Vec::new(),
            }));
            found
        }
        _ => Vec::new(),
    };
    // Which series an area's cells name, worked out once per distinct area: a joint authority
    // ("Kingston upon Thames / Richmond upon Thames") by either member, names as publishers
    // differ ("St Helens", "St. Helens").
    let wanted: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    // Keyed by the area's name cell alone: one map type for every reader keeps the
    // WebAssembly small, and a name stands for one area within a level.
    let mut known: HashMap<&str, Option<usize>> = HashMap::new();
    // Each series is read at one level: the earliest its name is found at (a unitary council
    // is both a local authority and a district of the same name; it is read as the former).
    let mut read_at: Vec<Option<&str>> = vec![None; wanted.len()];
    let mut sub_national: Vec<&str> = Vec::new();
    for (_, cells) in table.rows().iter().filter(|(_, cells)| kept(cells)) {
        let (area, here) = (own_area(cells), level_of(cells));
        if Levels::priority(here) >= 2 && !sub_national.iter().any(|l| l.eq_ignore_ascii_case(here)) {
            sub_national.push(here);
        }
        let key = area.first().copied().unwrap_or("");
        let index = *known
            .entry(key)
            .or_insert_with(|| wanted.iter().position(|w| area.iter().any(|a| !a.is_empty() && names(a, w))));
        if let Some(slot) = index.and_then(|i| read_at.get_mut(i)) {
            if slot.is_none_or(|at| Levels::priority(here) < Levels::priority(at)) {
                *slot = Some(here);
            }
        }
    }
    // The council is ranked among the areas of its own level.
    let council_level = read_at.first().copied().flatten().unwrap_or("Local authority");
    let mut field = FieldBuilder::default();
    let mut periods: Vec<(&str, &str, Result<Period, String>)> = Vec::new();
    for (r, cells) in table.rows().iter().filter(|(_, cells)| kept(cells)) {
        let (area, here) = (own_area(cells), level_of(cells));
        let key = area.first().copied().unwrap_or("");
        let index = known.get(key).copied().flatten();
        let index =
            index.filter(|&i| read_at.get(i).copied().flatten().is_some_and(|at| at.eq_ignore_ascii_case(here)));
        let council_row = here.eq_ignore_ascii_case(council_level);
        if index.is_none() && !council_row {
            continue;
        }
        let raw = cells.get(time).map_or("", |c| c.as_str());
        let kind = identifier.and_then(|c| cells.get(c)).map_or("", |c| c.as_str());
        // A file has a dozen periods over thousands of rows: each is read once.
        let period = match periods.iter().find(|(r, k, _)| *r == raw && *k == kind) {
            Some((_, _, period)) => period.clone(),
            None => {
                let period = period_of(raw, kind);
                periods.push((raw, kind, period.clone()));
                period
            }
        };
        let figure = flagged_value(cells.get(value_column).map_or("", |c| c.as_str()));
        // Every council's figure, for rank and band: an unreadable cell of another council's
        // is no figure; the chart's own rows must read.
        if let (true, Ok(period), Some(name)) = (council_row, &period, area.first()) {
            field.add(period, name, area.get(1).copied().unwrap_or(""), figure.as_ref().ok().and_then(|(v, _)| *v));
        }
        let Some(s) = index.and_then(|i| series.get_mut(i)) else {
            continue;
        };
        let period = period.map_err(|m| ChartError::new(at(*r, time, "time_period"), m))?;
        let (v, flag) = figure.map_err(|m| ChartError::new(at(*r, value_column, &indicator), m))?;
        let point = Point { period, value: v, detail: flag_note(flag) };
        s.points.push(CsvPoint { point, row: *r, column: value_column });
    }
    // The series are named as the data name their areas (a code given for the council reads
    // as the council's name).
    for s in series.iter_mut() {
        if let Some(first) = s.points.first() {
            if let Some((_, cells)) = table.rows().iter().find(|(row, _)| *row == first.row) {
                if let Some(name) = own_area(cells).into_iter().next().filter(|n| !n.is_empty()) {
                    s.name = name.to_owned();
                }
            }
        }
    }
    // A neighbour from DfE's table says how close it is, wherever it is named.
    for s in series.iter_mut().filter(|s| s.role == Role::Neighbour) {
        let first = s.points.first().map(|p| p.row);
        let number = first
            .and_then(|row| table.rows().iter().find(|(r, _)| *r == row))
            .and_then(|(_, cells)| column("old_la_code").and_then(|c| cells.get(c)));
        if let Some(n) = closeness.iter().find(|n| Some(&n.la_number) == number).filter(|n| !n.closeness.is_empty()) {
            s.name = format!("{} ({})", s.name, n.closeness.to_ascii_lowercase());
        }
    }
    if let Some(empty) = series.iter().find(|s| s.points.is_empty()) {
        let which = &empty.named_at;
        let areas: Vec<&str> = table.rows().iter().flat_map(|(_, cells)| own_area(cells).into_iter().take(1)).collect();
        // The file's level below the regions: local authorities where it has them.
        let level = sub_national.iter().find(|l| !l.to_ascii_lowercase().contains("district")).or(sub_national.first());
        let level = level.map_or("local authority".to_owned(), |l| l.to_ascii_lowercase());
        let hint = crate::model::input::tier::not_found_hint(&empty.name, &level, areas);
        return Err(ChartError::new(which, format!("\"{}\" has no rows in the CSV (matched against la_name, region_name, country_name and their codes){hint}", empty.name)));
    }
    // A file of several levels below the regions says which one the chart reads.
    let others: Vec<String> = sub_national
        .iter()
        .filter(|l| !l.eq_ignore_ascii_case(council_level))
        .map(|l| l.to_ascii_lowercase())
        .collect();
    let level_note = (!others.is_empty())
        .then(|| format!("{} figures; the file also has {} rows", sentence_case(council_level), others.join(" and ")));
    let neighbours_from = (!closeness.is_empty()).then_some(neighbours_table::NAME);
    Ok(EesRead { series, indicator, councils: field, level_note, neighbours_from })
}

/// What an EES file gives a KPI chart.
pub(super) struct EesRead {
    pub series: Vec<CsvSeries>,
    pub indicator: String,
    /// Every council's figures at the council's level, for rank and band.
    pub councils: FieldBuilder,
    /// "Local authority district figures; the file also has local authority rows".
    pub level_note: Option<String>,
    /// The table the neighbours came from, when options.neighbours was DfE's.
    pub neighbours_from: Option<&'static str>,
}

/// The first day of the file's latest period: the neighbours table must be as new as that.
fn latest_start(table: &Table, time: usize, identifier: Option<usize>) -> Option<i64> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut latest = None;
    for (_, cells) in table.rows() {
        let raw = cells.get(time).map_or("", String::as_str);
        let kind = identifier.and_then(|c| cells.get(c)).map_or("", String::as_str);
        if !seen.contains(&(raw, kind)) {
            seen.push((raw, kind));
            latest = latest.max(period_of(raw, kind).ok().map(|p| p.start));
        }
    }
    latest
}

/// A row's period from its `time_period` and `time_identifier`: "201617" is the 2016/17 year, a
/// four-digit calendar year itself, and a quarter's identifier names the quarter.
fn period_of(raw: &str, identifier: &str) -> Result<Period, String> {
    let kind = identifier.to_ascii_lowercase();
    let text = if kind.starts_with('q') && raw.len() == 4 {
        format!("{} {raw}", kind.to_ascii_uppercase())
    } else {
        raw.to_owned()
    };
    parse_period(&text)
}

/// A filter value that no row has is named with the values its column does have: without
/// this, every row is filtered out and the council is blamed for having none.
fn check_filter_values(filters: &[(usize, String, &str)], table: &Table) -> Result<(), ChartError> {
    for (c, want, key) in filters {
        let values = || table.rows().iter().filter_map(|(_, cells)| cells.get(*c)).map(String::as_str);
        if values().any(|v| v.eq_ignore_ascii_case(want)) {
            continue;
        }
        let mut distinct: Vec<&str> = Vec::new();
        for v in values() {
            if !distinct.contains(&v) {
                distinct.push(v);
            }
        }
        let shown: Vec<String> = distinct.iter().take(8).map(|v| quote(v)).collect();
        let more = if distinct.len() > 8 { format!(" and {} more", distinct.len() - 8) } else { String::new() };
        let hint = crate::model::input::area::did_you_mean(want, distinct.iter().copied());
        return Err(ChartError::new(
            format!("options.filters.{key}"),
            format!("no row has {} in this column; it has {}{more}{hint}", quote(want), shown.join(", ")),
        ));
    }
    Ok(())
}
