//! Ofsted's "Local authority inspection outcomes" statistics, read as published: the
//! "ILACS inspection history", "Inspections as at 31 March" and "In-year inspections" sheets
//! saved as CSV, with their title and notes rows above the header. One row per inspection,
//! every council in one table, a column per judgement area.
//!
//! `options.council` picks the council by area code (`E10000032`) first, then by name,
//! forgiving the ways publishers differ ("Telford & Wrekin" and "Telford and Wrekin",
//! "St Helens" and "St. Helens", "Durham" and "County Durham"). Inspections come from the
//! rows (`Inspection date` as `DD/MM/YYYY`, `Inspection type` Standard or Short); visits with
//! no judgements (focused and monitoring visits) are left out. The care-leavers judgement
//! joined the framework on 1 January 2023: its blank cells before then are "not part of the
//! framework", not "not judged".

use crate::error::ChartError;
use crate::model::input::area::names;
use crate::model::input::csv_rows::at;
use crate::model::input::node::Node;
use crate::model::input::tier::not_found_hint;
use crate::model::judgement::grade::GradeScale;
use crate::model::judgement::{
    Area, AreaCounts, Inspection, Judgements, LatestGrade, National, RegionCounts, MAX_INSPECTIONS,
};
use crate::model::time::read::{days_from_civil, parse_period, PeriodKind};
use crate::model::titles::Titles;

/// The header cells that mark an Ofsted outcomes table.
const CODE: &str = "local authority area code";
const NAME: &str = "local authority name";
const DATE: &str = "inspection date";
const FIRST_JUDGEMENT: &str = "overall effectiveness";

/// Whether a row is an Ofsted outcomes table's header (`PublishedLayout::recognise_at` finds it, below
/// any title and notes rows).
pub fn is_header(cells: &[String]) -> bool {
    let has = |name: &str| cells.iter().any(|c| c.eq_ignore_ascii_case(name));
    has(CODE) && has(NAME) && has(DATE) && has(FIRST_JUDGEMENT)
}

/// Reads the council's inspections from an outcomes table whose header is `rows[header]`.
pub fn read(rows: &[(usize, Vec<String>)], header: usize, options: &Node) -> Result<Judgements, ChartError> {
    let fields = if options.is_null() { None } else { Some(options.object()?) };
    let text_option = |name: &str| fields.as_ref().and_then(|f| f.optional(name)).map(|n| n.label(500)).transpose();
    let (_, head) = rows.get(header).ok_or_else(|| ChartError::new("data (CSV)", "has no header row"))?;
    let body = rows.get(header + 1..).unwrap_or(&[]);
    let column = |name: &str| head.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(code), Some(name), Some(date), Some(first)) =
        (column(CODE), column(NAME), column(DATE), column(FIRST_JUDGEMENT))
    else {
        return Err(ChartError::new("data (CSV)", "is not an Ofsted outcomes table"));
    };
    let kind = column("inspection type").or_else(|| column("inspection/visit type"));
    let judgement_columns: Vec<usize> =
        (first..head.len()).filter(|c| head.get(*c).is_some_and(|h| !h.is_empty())).collect();
    let cell = |cells: &[String], c: usize| cells.get(c).map_or("", |s| s.as_str()).to_owned();

    let council = text_option("council")?.ok_or_else(|| {
        let count = body.len();
        ChartError::new("options.council", format!("missing; this Ofsted outcomes table has {count} inspections of many councils: give the council's name or code, as in \"Local authority name\" or \"Local authority area code\""))
    })?;
    // By code first, exactly; then by name.
    let by_code: Vec<&(usize, Vec<String>)> =
        body.iter().filter(|(_, cells)| cell(cells, code).eq_ignore_ascii_case(council.trim())).collect();
    let mine: Vec<&(usize, Vec<String>)> = if by_code.is_empty() {
        body.iter().filter(|(_, cells)| names(&cell(cells, name), &council)).collect()
    } else {
        by_code
    };
    let Some((_, first_row)) = mine.first() else {
        let all_names: Vec<String> = body.iter().map(|(_, cells)| cell(cells, name)).collect();
        // Ofsted inspects the councils with children's services: counties and unitaries.
        let hint = not_found_hint(&council, "local authority", all_names.iter().map(String::as_str));
        return Err(ChartError::new("options.council", format!("\"{council}\" is not in this Ofsted outcomes table (matched against \"Local authority name\" and \"Local authority area code\"){hint}")));
    };
    let council_name = cell(first_row, name);

    let scale = GradeScale::ofsted();
    let care_leavers_from = days_from_civil(2023, 1, 1);
    let mut inspections = Vec::new();
    let mut grades: Vec<Vec<Option<usize>>> = vec![Vec::new(); judgement_columns.len()];
    for (r, cells) in &mine {
        let judged: Vec<Option<usize>> = judgement_columns
            .iter()
            .map(|&c| {
                scale
                    .grade_of_text(&cell(cells, c), false)
                    .map_err(|m| ChartError::new(at(*r, c, head.get(c).map_or("", |h| h.as_str())), m))
            })
            .collect::<Result<_, _>>()?;
        // A focused or monitoring visit: no judgements, not an inspection.
        if judged.iter().all(Option::is_none) {
            continue;
        }
        let date_text = cell(cells, date);
        let day = match parse_period(&date_text) {
            Ok(p) if p.kind == PeriodKind::Date => p,
            _ => {
                return Err(ChartError::new(
                    at(*r, date, "Inspection date"),
                    format!(
                        "expected a date such as \"13/03/2023\", found the text {}",
                        crate::model::input::json::quote(&date_text)
                    ),
                ))
            }
        };
        let short = kind.is_some_and(|k| cell(cells, k).to_ascii_lowercase().contains("short"));
        let month = month_of(&date_text);
        let label = if short { format!("{month}, short") } else { month };
        inspections.push(Inspection { label, date: Some(day.start) });
        for (slot, grade) in grades.iter_mut().zip(judged) {
            slot.push(grade);
        }
    }
    if inspections.is_empty() {
        return Err(ChartError::new(
            "options.council",
            format!("\"{council_name}\" has no judged inspections in this table (only visits without judgements)"),
        ));
    }
    if inspections.len() > MAX_INSPECTIONS {
        return Err(ChartError::new(
            "data (CSV)",
            format!("{council_name} has {} inspections; at most {MAX_INSPECTIONS} fit one chart", inspections.len()),
        ));
    }
    distinguish_same_month(&mut inspections);
    let areas = judgement_columns
        .iter()
        .zip(grades)
        .map(|(&c, grades)| {
            let area_name = head.get(c).cloned().unwrap_or_default();
            let judged_from = area_name.to_ascii_lowercase().contains("care leavers").then_some(care_leavers_from);
            Area { name: area_name, grades, judged_from }
        })
        .collect();
    let title =
        text_option("title")?.unwrap_or_else(|| format!("{council_name}: Ofsted inspections of children's services"));
    let source = text_option("source")?.or_else(|| Some("Ofsted, Local authority inspection outcomes".to_owned()));
    let mut judgements =
        Judgements::new(Titles::new(title, text_option("subtitle")?, source), scale, inspections, areas);
    let by_region =
        fields.as_ref().and_then(|f| f.optional("byRegion")).map(|b| b.boolean()).transpose()?.unwrap_or(false);
    let region = match (by_region, column("ofsted region")) {
        (false, _) => None,
        (true, Some(c)) => Some(cell(first_row, c)).filter(|r| !r.trim().is_empty()).map(|r| (c, r)),
        (true, None) => {
            return Err(ChartError::new(
                "options.byRegion",
                "this table has no \"Ofsted region\" column to group councils by",
            ))
        }
    };
    if by_region && region.is_none() {
        return Err(ChartError::new(
            "options.byRegion",
            format!("{council_name} has no region in the \"Ofsted region\" column"),
        ));
    }
    let columns = Columns { code, name, date, judgements: &judgement_columns, head };
    judgements.national = Some(national(council_name, body, &columns, &judgements.scale, region));
    Ok(judgements)
}

/// An inspection's month as its column is headed ("Mar 2023"), from its date cell.
fn month_of(date: &str) -> String {
    let Ok(day) = parse_period(date) else { return date.trim().to_owned() };
    let label = day.label();
    label.split_once(' ').map_or_else(|| label.to_string(), |(_, month_year)| month_year.to_owned())
}

/// Two inspections in one month (rare, but a re-inspection can follow quickly) are labelled by
/// their day too, so no two columns share a heading.
fn distinguish_same_month(inspections: &mut [Inspection]) {
    let labels: Vec<String> = inspections.iter().map(|i| i.label.clone()).collect();
    for inspection in inspections.iter_mut() {
        if labels.iter().filter(|l| **l == inspection.label).count() > 1 {
            if let Some(day) = inspection.date {
                let (_, _, d) = crate::model::time::read::civil_from_days(day);
                inspection.label = format!("{d} {}", inspection.label);
            }
        }
    }
}

/// Where an outcomes table keeps what the national picture counts.
struct Columns<'h> {
    code: usize,
    name: usize,
    date: usize,
    judgements: &'h [usize],
    head: &'h [String],
}

/// Every council's latest inspection (by area code, the latest inspection date), counted area
/// by area: the national picture, and the council's region's when asked for (`region`: the
/// region column and the council's region). Cells that do not read as a grade count as not
/// judged here; the council's own cells were read strictly above.
fn national(
    council: String,
    body: &[(usize, Vec<String>)],
    columns: &Columns,
    scale: &GradeScale,
    region: Option<(usize, String)>,
) -> National {
    let cell = |cells: &[String], c: usize| cells.get(c).map_or("", |s| s.as_str()).to_owned();
    let mut latest: Vec<(String, i64, &Vec<String>)> = Vec::new();
    for (_, cells) in body {
        let Ok(day) = parse_period(&cell(cells, columns.date)) else {
            continue;
        };
        let key = cell(cells, columns.code);
        // A visit without judgements is not an inspection.
        if columns.judgements.iter().all(|&c| cell(cells, c).is_empty()) {
            continue;
        }
        match latest.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) if entry.1 < day.start => *entry = (key, day.start, cells),
            Some(_) => {}
            None => latest.push((key, day.start, cells)),
        }
    }
    let all: Vec<(i64, &Vec<String>)> = latest.iter().map(|(_, day, cells)| (*day, *cells)).collect();
    let region = region.map(|(c, name)| {
        let members: Vec<(i64, &Vec<String>)> =
            all.iter().copied().filter(|(_, cells)| cell(cells, c).trim().eq_ignore_ascii_case(name.trim())).collect();
        RegionCounts { councils: members.len(), counts: count(&members, columns, scale), name }
    });
    // Each council's overall effectiveness (the first judgement) at its latest inspection.
    let overall = columns.judgements.first().copied();
    let latest = latest
        .iter()
        .map(|(code, _, cells)| LatestGrade {
            code: code.trim().to_owned(),
            name: cell(cells, columns.name).trim().to_owned(),
            inspected: month_of(&cell(cells, columns.date)),
            grade: overall
                .and_then(|c| scale.grade_of_text(cells.get(c).map_or("", |t| t.as_str()), false).ok().flatten()),
        })
        .collect();
    National { council, councils: all.len(), counts: count(&all, columns, scale), region, latest }
}

/// How many of `latest` (each council's latest inspection: its day and cells) had each grade,
/// area by area.
fn count(latest: &[(i64, &Vec<String>)], columns: &Columns, scale: &GradeScale) -> Vec<AreaCounts> {
    let care_leavers_from = days_from_civil(2023, 1, 1);
    columns
        .judgements
        .iter()
        .map(|&c| {
            let later_area = columns.head.get(c).is_some_and(|h| h.to_ascii_lowercase().contains("care leavers"));
            let mut counts = AreaCounts { grades: vec![0; scale.len()], not_judged: 0, not_in_framework: 0 };
            for (day, cells) in latest {
                match scale.grade_of_text(cells.get(c).map_or("", |t| t.as_str()), false) {
                    Ok(Some(rank)) => {
                        if let Some(n) = counts.grades.get_mut(rank) {
                            *n += 1;
                        }
                    }
                    _ if later_area && *day < care_leavers_from => counts.not_in_framework += 1,
                    _ => counts.not_judged += 1,
                }
            }
            counts
        })
        .collect()
}
