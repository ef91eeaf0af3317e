//! Judgement tables pasted from a spreadsheet as CSV, in either layout councils use (and
//! Ofsted's own outcomes table, read by `judgement_ofsted`):
//! wide (`Area,2019,2023`, grades in the cells) or long (`inspection,date,area,grade`, one
//! row per judgement). Title, subtitle, source and scale come from the options. Errors name
//! the row and column, counting as a spreadsheet does (the header is row 1).

use crate::error::ChartError;
use crate::model::input::limits::{MAX_LABEL_CHARS, MAX_SERIES};
use crate::model::input::node::Node;
use crate::model::input::published::PublishedLayout;
use crate::model::judgement::grade::GradeScale;
use crate::model::judgement::{Area, Inspection, Judgements, MAX_INSPECTIONS};
use crate::model::time::read::{parse_period, PeriodKind};
use crate::model::titles::Titles;
use crate::model::Json;

pub fn read_csv(text: &str, options: &Json) -> Result<Judgements, ChartError> {
    let opts = Node::named(options, "options");
    let fields = if opts.is_null() { None } else { Some(opts.object()?) };
    let text_option =
        |name: &str| fields.as_ref().and_then(|f| f.optional(name)).map(|n| n.label(MAX_LABEL_CHARS)).transpose();
    let scale = match fields.as_ref().and_then(|f| f.optional("scale")) {
        Some(s) => GradeScale::read(&s)?,
        None => GradeScale::ofsted(),
    };
    let numeric =
        fields.as_ref().and_then(|f| f.optional("numericGrades")).map(|n| n.boolean()).transpose()? == Some(true);

    let indexed = crate::model::input::csv_rows::rows(text)
        .map_err(|(i, e)| ChartError::new(format!("data (CSV) row {}", i + 1), format!("could not be read ({e})")))?;
    match PublishedLayout::recognise_at(&indexed) {
        Some((header, PublishedLayout::OfstedOutcomes)) => {
            return crate::model::judgement::read::ofsted::read(&indexed, header, &opts)
        }
        Some((_, refused)) => return Err(ChartError::new("data (CSV)", refused.refusal())),
        None => {}
    }
    let rows: Vec<Vec<String>> = indexed.into_iter().map(|(_, cells)| cells).collect();
    let (header, body) = rows
        .split_first()
        .ok_or_else(|| ChartError::new("data (CSV)", "is empty; expected a header row and one row per area"))?;
    let lower: Vec<String> = header.iter().map(|h| h.to_ascii_lowercase()).collect();
    let column = |name: &str| lower.iter().position(|h| h == name);
    let (inspections, areas) = match (column("inspection"), column("area"), column("grade")) {
        (Some(i), Some(a), Some(g)) => long(body, i, column("date"), a, g, &scale, numeric)?,
        _ => wide(header, body, &scale, numeric)?,
    };
    let title = text_option("title")?.unwrap_or_else(|| "Inspection judgements".to_owned());
    Ok(Judgements::new(Titles::new(title, text_option("subtitle")?, text_option("source")?), scale, inspections, areas))
}

/// Inspections and areas, read from the rows.
type Table = (Vec<Inspection>, Vec<Area>);

/// A judgement read from a long-table row: inspection index, grade, and the row it came from.
struct Cell {
    inspection: usize,
    rank: Option<usize>,
    row: usize,
}

fn cell_path(row: usize, col: usize, header: &str) -> String {
    format!("data (CSV) row {}, column {} (\"{header}\")", row + 1, col + 1)
}

fn grade(cell: &str, path: &str, scale: &GradeScale, numeric: bool) -> Result<Option<usize>, ChartError> {
    // A code written "1.0" by a spreadsheet is code 1.
    let text = match cell.parse::<f64>() {
        Ok(n) if numeric => n.to_string(),
        _ => cell.to_owned(),
    };
    scale.grade_of_text(&text, numeric).map_err(|message| ChartError::new(path, message))
}

fn date(cell: &str, path: &str) -> Result<Option<i64>, ChartError> {
    if cell.is_empty() {
        return Ok(None);
    }
    match parse_period(cell) {
        Ok(p) if p.kind == PeriodKind::Date => Ok(Some(p.start)),
        _ => Err(ChartError::new(
            path,
            format!(
                "expected a date such as \"2023-03-24\", found the text {}",
                crate::model::input::json::quote(cell)
            ),
        )),
    }
}

/// `Area,2019,2023`: one column per inspection (a header that is a date gives its date).
fn wide(header: &[String], body: &[Vec<String>], scale: &GradeScale, numeric: bool) -> Result<Table, ChartError> {
    let labels = header.get(1..).unwrap_or_default();
    if labels.is_empty() || labels.len() > MAX_INSPECTIONS {
        return Err(ChartError::new(
            "data (CSV) row 1",
            format!("expected an area column then 1 to {MAX_INSPECTIONS} inspection columns, found {}", header.len()),
        ));
    }
    let inspections = labels
        .iter()
        .map(|l| Inspection {
            label: l.clone(),
            date: parse_period(l).ok().filter(|p| p.kind == PeriodKind::Date).map(|p| p.start),
        })
        .collect();
    if body.is_empty() || body.len() > MAX_SERIES {
        return Err(ChartError::new(
            "data (CSV)",
            format!("expected 1 to {MAX_SERIES} area rows, found {}", body.len()),
        ));
    }
    let areas = body
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let name = row.first().filter(|n| !n.is_empty()).ok_or_else(|| {
                ChartError::new(
                    cell_path(r + 1, 0, header.first().map_or("", |h| h)),
                    "missing; expected the area's name",
                )
            })?;
            if row.len() > header.len() {
                return Err(ChartError::new(
                    format!("data (CSV) row {}", r + 2),
                    format!("has {} cells but the header has {}", row.len(), header.len()),
                ));
            }
            let grades = labels
                .iter()
                .enumerate()
                .map(|(k, label)| {
                    grade(row.get(k + 1).map_or("", |c| c), &cell_path(r + 1, k + 1, label), scale, numeric)
                })
                .collect::<Result<_, _>>()?;
            Ok(Area { name: name.clone(), grades, judged_from: None })
        })
        .collect::<Result<_, _>>()?;
    Ok((inspections, areas))
}

/// `inspection,date,area,grade`: one row per judgement, in any order.
fn long(
    body: &[Vec<String>],
    ic: usize,
    dc: Option<usize>,
    ac: usize,
    gc: usize,
    scale: &GradeScale,
    numeric: bool,
) -> Result<Table, ChartError> {
    let mut inspections: Vec<Inspection> = Vec::new();
    let mut areas: Vec<(String, Vec<Cell>)> = Vec::new();
    for (r, row) in body.iter().enumerate() {
        let get = |c: usize| row.get(c).map_or("", |s| s.as_str());
        let label = get(ic);
        let area = get(ac);
        if label.is_empty() || area.is_empty() {
            let (c, what) = if label.is_empty() { (ic, "inspection") } else { (ac, "area") };
            return Err(ChartError::new(cell_path(r + 1, c, what), format!("missing; expected the {what}")));
        }
        let when = match dc {
            Some(c) => date(get(c), &cell_path(r + 1, c, "date"))?,
            None => None,
        };
        let index = match inspections.iter().position(|i| i.label == label) {
            Some(i) => i,
            None => {
                inspections.push(Inspection { label: label.to_owned(), date: when });
                inspections.len() - 1
            }
        };
        let rank = grade(get(gc), &cell_path(r + 1, gc, "grade"), scale, numeric)?;
        match areas.iter_mut().find(|(name, _)| name == area) {
            Some((_, cells)) => {
                if let Some(first) = cells.iter().find(|c| c.inspection == index) {
                    return Err(ChartError::new(
                        format!("data (CSV) row {}", r + 2),
                        format!(
                            "\"{area}\" at \"{label}\" is also graded in row {}; give each judgement once",
                            first.row + 2
                        ),
                    ));
                }
                cells.push(Cell { inspection: index, rank, row: r });
            }
            None => areas.push((area.to_owned(), vec![Cell { inspection: index, rank, row: r }])),
        }
    }
    if inspections.len() > MAX_INSPECTIONS || areas.len() > MAX_SERIES || areas.is_empty() {
        return Err(ChartError::new(
            "data (CSV)",
            format!(
                "expected 1 to {MAX_INSPECTIONS} inspections and 1 to {MAX_SERIES} areas, found {} and {}",
                inspections.len(),
                areas.len()
            ),
        ));
    }
    let n = inspections.len();
    let areas = areas
        .into_iter()
        .map(|(name, cells)| {
            let mut grades = vec![None; n];
            for cell in cells {
                if let Some(slot) = grades.get_mut(cell.inspection) {
                    *slot = cell.rank;
                }
            }
            Area { name, grades, judged_from: None }
        })
        .collect();
    Ok((inspections, areas))
}
