//! OHID Fingertips exports (the public health data explorer's "Export data" CSV), read as
//! published: one row per indicator, area, sex, age, category and period, with
//! `Indicator ID`, `Indicator Name`, `Area Code`, `Area Name`, `Area Type`, `Sex`, `Age`,
//! `Category Type`, `Time period`, `Value`, 95% confidence limits, `Value note`,
//! `Recent Trend` and `Compared to England value or percentiles`.
//!
//! `options.indicator` (name or id; optional when the file holds one), `options.council`
//! (name or code) and `options.comparators` (default England) pick the series; `options.sex`
//! (default Persons) and `options.age` pick among breakdowns. Rows with a `Category Type`
//! (deprivation deciles and the like) are breakdowns of England, not areas, and are left out.
//! Each point keeps its confidence interval, its comparison with England and its note; the
//! council's latest `Recent Trend` is said in the description. Where the options give no
//! polarity, the file's own comparisons give it away: a value below England's judged
//! "Better" means lower is better.

use std::collections::HashMap;

use crate::error::ChartError;
use crate::model::input::area::names;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::Fields;
use crate::model::input::tier::not_found_hint;
use crate::model::kpi::detail::{Compared, Detail};
use crate::model::kpi::field::FieldBuilder;
use crate::model::kpi::read::csv_parts::{at, value, wanted_series, CsvPoint, CsvSeries, FileSays, ReadSeries, Table};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Point, Role};
use crate::model::time::read::parse_period;

/// Whether a header (in lower case) is a Fingertips export's.
pub fn is_fingertips(lower: &[String]) -> bool {
    ["indicator id", "area code", "area name", "time period", "value"]
        .iter()
        .all(|name| lower.iter().any(|h| h == name))
}

/// The columns this reader uses, found once by name.
struct Columns {
    id: usize,
    name: Option<usize>,
    code: usize,
    area: usize,
    kind: Option<usize>,
    sex: Option<usize>,
    age: Option<usize>,
    category: Option<usize>,
    period: usize,
    value: usize,
    lower: Option<usize>,
    upper: Option<usize>,
    note: Option<usize>,
    trend: Option<usize>,
    compared: Option<usize>,
}

impl Columns {
    fn find(lower: &[String]) -> Option<Columns> {
        let column = |name: &str| lower.iter().position(|h| h == name);
        Some(Columns {
            id: column("indicator id")?,
            name: column("indicator name"),
            code: column("area code")?,
            area: column("area name")?,
            kind: column("area type"),
            sex: column("sex"),
            age: column("age"),
            category: column("category type"),
            period: column("time period")?,
            value: column("value")?,
            lower: column("lower ci 95.0 limit"),
            upper: column("upper ci 95.0 limit"),
            note: column("value note"),
            trend: column("recent trend"),
            compared: column("compared to england value or percentiles"),
        })
    }
}

/// The file's level of council, as the tier check names it: Fingertips' area types say
/// "Districts & UAs" or "Counties & UAs".
fn level(rows: &[&(usize, Vec<String>)], columns: &Columns) -> &'static str {
    match rows.iter().any(|(_, cells)| cell(cells, columns.kind).to_ascii_lowercase().contains("district")) {
        true => "local authority district",
        false => "local authority",
    }
}

fn cell(cells: &[String], column: Option<usize>) -> &str {
    column.and_then(|c| cells.get(c)).map_or("", |c| c.as_str())
}

/// Reads the series the options pick, and the KPI fields the file gives (title, trend,
/// polarity), as `kpi_csv` builds every CSV KPI.
pub(super) fn read(table: &Table, lower: &[String], fields: Option<&Fields>) -> Result<ReadSeries, ChartError> {
    let columns = Columns::find(lower)
        .ok_or_else(|| ChartError::new("data (CSV) row 1", "is not a Fingertips export's header"))?;
    let text_option = |name: &str| fields.and_then(|f| f.optional(name)).map(|n| n.label(500)).transpose();
    let rows: Vec<&(usize, Vec<String>)> =
        table.rows().iter().filter(|(_, cells)| cell(cells, columns.category).is_empty()).collect();

    // The indicator: by id or name, or the only one in the file.
    let mut indicators: Vec<(&str, &str)> = Vec::new();
    for (_, cells) in &rows {
        let pair = (cell(cells, Some(columns.id)), cell(cells, columns.name));
        if !indicators.contains(&pair) {
            indicators.push(pair);
        }
    }
    let listed =
        || indicators.iter().take(12).map(|(id, name)| format!("{id} \"{name}\"")).collect::<Vec<_>>().join(", ");
    let (id, indicator_name) = match text_option("indicator")? {
        Some(asked) => *indicators
            .iter()
            .find(|(id, name)| id.eq_ignore_ascii_case(asked.trim()) || name.eq_ignore_ascii_case(asked.trim()))
            .ok_or_else(|| {
                ChartError::new(
                    "options.indicator",
                    format!("\"{asked}\" is not an indicator of this Fingertips export; it has {}", listed()),
                )
            })?,
        None => match indicators.as_slice() {
            [only] => *only,
            [] => return Err(ChartError::new(
                "data (CSV)",
                "has no rows of an area (every row is a breakdown by category); expected one row per area and period",
            )),
            _ => {
                return Err(ChartError::new(
                    "options.indicator",
                    format!("missing; this Fingertips export has {} indicators: {}", indicators.len(), listed()),
                ))
            }
        },
    };
    let rows: Vec<&(usize, Vec<String>)> =
        rows.into_iter().filter(|(_, cells)| cell(cells, Some(columns.id)) == id).collect();

    // Sex and age: as asked, else Persons, else the only one there is.
    let sex = breakdown(&rows, columns.sex, text_option("sex")?, "options.sex", Some("Persons"))?;
    let age = breakdown(&rows, columns.age, text_option("age")?, "options.age", None)?;
    let rows: Vec<&(usize, Vec<String>)> = rows
        .into_iter()
        .filter(|(_, cells)| {
            sex.as_deref().is_none_or(|s| cell(cells, columns.sex).eq_ignore_ascii_case(s))
                && age.as_deref().is_none_or(|a| cell(cells, columns.age).eq_ignore_ascii_case(a))
        })
        .collect();

    let council = text_option("council")?.ok_or_else(|| {
        ChartError::new("options.council", "missing; expected the council's name or code, as in Area Name or Area Code")
    })?;
    let mut series = wanted_series(fields, &council, vec!["England".to_owned()])?;
    let mut trend: Option<(i64, String)> = None;
    // Which series an area is, worked out once per distinct area (an export has thousands of
    // rows and a few hundred areas).
    let mut known: HashMap<&str, Option<usize>> = HashMap::new();
    let mut fields_by_kind: Vec<(&str, FieldBuilder)> = Vec::new();
    let mut own_kind: Option<&str> = None;
    for (r, cells) in &rows {
        let (code, area) = (cell(cells, Some(columns.code)), cell(cells, Some(columns.area)));
        let index = *known.entry(code).or_insert_with(|| {
            series.iter().position(|s| code.eq_ignore_ascii_case(s.name.trim()) || names(area, &s.name))
        });
        // Every area's figure, by area type, for rank and band among councils of one type.
        let kind = cell(cells, columns.kind);
        let period = parse_period(cell(cells, Some(columns.period)));
        let figure = value(cell(cells, Some(columns.value)));
        if let (false, Ok(period)) = (kind.eq_ignore_ascii_case("england") || kind.is_empty(), &period) {
            let builder = match fields_by_kind.iter().position(|(k, _)| *k == kind) {
                Some(i) => fields_by_kind.get_mut(i).map(|(_, b)| b),
                None => {
                    fields_by_kind.push((kind, FieldBuilder::default()));
                    fields_by_kind.last_mut().map(|(_, b)| b)
                }
            };
            if let Some(builder) = builder {
                builder.add(period, area, code, figure.as_ref().ok().copied().flatten());
            }
        }
        let Some(s) = index.and_then(|i| series.get_mut(i)) else {
            continue;
        };
        if index == Some(0) && own_kind.is_none() {
            own_kind = Some(kind);
        }
        let period = period.map_err(|m| ChartError::new(at(*r, columns.period, "Time period"), m))?;
        let v = figure.map_err(|m| ChartError::new(at(*r, columns.value, "Value"), m))?;
        // An export repeats an area under each parent it is compared within (England under
        // itself, too): the same figure again is the same point.
        if s.points.iter().any(|p| p.point.period.same_as(&period) && p.point.value == v) {
            continue;
        }
        let limit = |column: Option<usize>, name: &str| -> Result<Option<f64>, ChartError> {
            value(cell(cells, column)).map_err(|m| ChartError::new(at(*r, column.unwrap_or(0), name), m))
        };
        // Published limits are rounded apart from the value; keep the value inside them.
        let interval =
            match (v, limit(columns.lower, "Lower CI 95.0 limit")?, limit(columns.upper, "Upper CI 95.0 limit")?) {
                (Some(v), Some(lo), Some(hi)) => Some((lo.min(v), hi.max(v))),
                _ => None,
            };
        let mut compared = None;
        if s.role == Role::Own {
            compared = Compared::named(cell(cells, columns.compared)).filter(|c| *c != Compared::NotCompared);
            let said = cell(cells, columns.trend);
            if !said.is_empty() && trend.as_ref().is_none_or(|(start, _)| period.start > *start) {
                trend = Some((period.start, said.to_owned()));
            }
        }
        let note = cell(cells, columns.note).trim();
        if note.chars().count() > MAX_LABEL_CHARS {
            return Err(ChartError::new(
                at(*r, columns.note.unwrap_or(0), "Value note"),
                format!("text is {} characters long; the limit is {MAX_LABEL_CHARS}", note.chars().count()),
            ));
        }
        let note = (!note.is_empty()).then(|| note.to_owned());
        let detail = (interval.is_some() || compared.is_some() || note.is_some())
            .then(|| Box::new(Detail { interval, compared, by_interval: false, note }));
        // The series is named as the file names its area.
        if s.points.is_empty() && !area.is_empty() {
            s.name = area.to_owned();
        }
        s.points.push(CsvPoint { point: Point { period, value: v, detail }, row: *r, column: columns.value });
    }
    if let Some(empty) = series.iter().find(|s| s.points.is_empty()) {
        let which = &empty.named_at;
        let areas = rows.iter().map(|(_, cells)| cell(cells, Some(columns.area)));
        let hint = not_found_hint(&empty.name, level(&rows, &columns), areas);
        let picked: String = [("sex", &sex), ("age", &age)]
            .iter()
            .filter_map(|(what, v)| v.as_ref().map(|v| format!(", {what} \"{v}\"")))
            .collect();
        return Err(ChartError::new(which, format!("\"{}\" has no rows for indicator {id}{picked} in this Fingertips export (matched against Area Name and Area Code){hint}", empty.name)));
    }

    let councils = fields_by_kind.into_iter().find(|(k, _)| Some(*k) == own_kind).map(|(_, b)| b);
    let says = FileSays {
        title: Some(if indicator_name.is_empty() { format!("Indicator {id}") } else { indicator_name.to_owned() }),
        source: Some(format!("OHID, Fingertips, indicator {id}")),
        trend: trend.map(|(_, said)| said),
        councils,
        polarity: polarity_from_comparisons(&series),
        subtitle: sex.filter(|s| s != "Persons"),
        // Fingertips shows its figures to one decimal place ("90.9"), whatever the indicator.
        decimals: Some(1),
        ..FileSays::default()
    };
    Ok((series, says))
}

/// A breakdown column's value to keep: the one asked for, else `default` if the rows have it,
/// else the only one there is; `None` when the column is absent. Several and no choice is an
/// error listing them.
fn breakdown(
    rows: &[&(usize, Vec<String>)],
    column: Option<usize>,
    asked: Option<String>,
    path: &str,
    default: Option<&str>,
) -> Result<Option<String>, ChartError> {
    let Some(c) = column else { return Ok(None) };
    let mut values: Vec<&str> = Vec::new();
    for (_, cells) in rows {
        let v = cell(cells, Some(c));
        if !values.iter().any(|known| known.eq_ignore_ascii_case(v)) {
            values.push(v);
        }
    }
    let list = || values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ");
    match asked {
        Some(asked) => match values.iter().find(|v| v.eq_ignore_ascii_case(asked.trim())) {
            Some(v) => Ok(Some((*v).to_owned())),
            None => Err(ChartError::new(path, format!("\"{asked}\" is not in this export; it has {}", list()))),
        },
        None => match (default.filter(|d| values.iter().any(|v| v.eq_ignore_ascii_case(d))), values.as_slice()) {
            (Some(d), _) => Ok(Some(d.to_owned())),
            (None, [only]) => Ok(Some((*only).to_owned())),
            (None, []) => Ok(None),
            (None, _) => Err(ChartError::new(
                path,
                format!(
                    "missing; this export has rows for more than one {}: {}; pick one",
                    path.trim_start_matches("options."),
                    list()
                ),
            )),
        },
    }
}

/// Polarity as the publisher's own tests show it: where the council's figure was judged
/// better (or worse) than England's in the same period, which side it was on.
fn polarity_from_comparisons(series: &[CsvSeries]) -> Option<Polarity> {
    // Fingertips compares with England: the comparator named so.
    let own = series.first()?;
    let benchmark = series.iter().find(|s| s.role == Role::Benchmark && names(&s.name, "England"))?;
    for CsvPoint { point, .. } in &own.points {
        let better = match point.detail.as_ref().and_then(|d| d.compared) {
            Some(Compared::Better) => true,
            Some(Compared::Worse) => false,
            _ => continue,
        };
        let Some(theirs) =
            benchmark.points.iter().find(|p| p.point.period.same_as(&point.period)).and_then(|p| p.point.value)
        else {
            continue;
        };
        let Some(ours) = point.value.filter(|v| *v != theirs) else {
            continue;
        };
        return Some(if (ours > theirs) == better { Polarity::HigherIsBetter } else { Polarity::LowerIsBetter });
    }
    None
}
