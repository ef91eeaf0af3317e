//! MHCLG's revenue outturn tables of every authority (the `RO3_LA_Data_202425` and
//! `RSX_LA_Data_202425` sheets): one row per authority, one column per service line and measure
//! ("Children's social care - Children Looked After - Employees (C1)"). Given a council, its
//! row is laid out as the authority's own table (the `LA_drop-down` sheet's layout: a line per
//! service, a column per measure, "of which" parts and totals), which `funding_csv` reads and
//! reconciles as it reads a pasted table.

use crate::error::ChartError;
use crate::model::funding::read::outturn::column_header;
use crate::model::input::area::{did_you_mean, names};

/// Whether a row is the per-authority layout's header (`PublishedLayout::recognise_at` finds it,
/// below any title rows): the authority's code and name, then columns of
/// "`<line> - <measure> (C1)`".
pub fn is_header(cells: &[String]) -> bool {
    let has = |name: &str| cells.iter().any(|c| c.trim().eq_ignore_ascii_case(name));
    has("ONS Code") && has("Local authority") && cells.iter().filter(|c| split_header(c).is_some()).count() >= 7
}

/// "<line> - <measure>" where the measure carries a column code: the line and the measure.
/// The line's own " - " ("Children's social care - Youth Justice") and the formula's
/// ("(C7 = C3 - C6)") are told apart by looking for the split whose measure has a code.
fn split_header(header: &str) -> Option<(&str, &str)> {
    let mut end = header.len();
    while let Some(at) = header.get(..end)?.rfind(" - ") {
        let (line, measure) = (header.get(..at)?, header.get(at + 3..)?);
        if column_header(measure).code.is_some() {
            return Some((line.trim(), measure.trim()));
        }
        end = at;
    }
    None
}

/// A service line's name as the authority's own table gives it: "Children Looked After of
/// which residential care" is "of which residential care" (under "Children Looked After");
/// group prefixes ("Children's social care - ", "Subcategory: ") are dropped.
fn line_name(line: &str, previous: Option<&str>) -> (String, bool) {
    let mut name = line;
    for prefix in ["Children's social care - ", "Children's social care: ", "Social support: ", "Subcategory: "] {
        name = name.strip_prefix(prefix).unwrap_or(name);
    }
    if let Some(part) = name.split_once(" of which ").map(|(_, part)| part) {
        return (format!("of which {part}"), true);
    }
    // "Assistive equipment and technology - adults (18-64)" under the line of that name.
    if let Some(part) = previous.and_then(|p| name.strip_prefix(p)).and_then(|rest| rest.strip_prefix(" - ")) {
        return (format!("of which {part}"), true);
    }
    (name.to_owned(), false)
}

/// A memorandum line or column, which repeats figures counted elsewhere.
fn is_memorandum(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("(included") || lower.contains("memorandum")
}

/// The council's row of the table laid out as its own table, as rows for the funding reader: a
/// title row, a header of measures, a section per total ("Children social care" above "TOTAL
/// CHILDREN SOCIAL CARE"), each line's figures and its "of which" parts. The rows are numbered
/// as that table's own (the title is row 0).
pub fn council_table(
    rows: &[(usize, Vec<String>)],
    header_at: usize,
    council: &str,
) -> Result<Vec<(usize, Vec<String>)>, ChartError> {
    let (_, header) = rows.get(header_at).ok_or_else(|| ChartError::new("data (CSV)", "has no header row"))?;
    let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let area_columns: Vec<usize> = ["ONS Code", "E-code", "Local authority"].iter().filter_map(|n| column(n)).collect();
    let body = rows.iter().skip(header_at + 1);
    // The first table ends where a second one repeats the header (class totals).
    let body: Vec<&(usize, Vec<String>)> = body.take_while(|(_, cells)| cells != header).collect();
    let found =
        body.iter().find(|(_, cells)| area_columns.iter().any(|&c| cells.get(c).is_some_and(|a| names(a, council))));
    let Some((_, cells)) = found else {
        let name_column = column("Local authority").unwrap_or(0);
        let names_here = body.iter().filter_map(|(_, cells)| cells.get(name_column).map(String::as_str));
        return Err(ChartError::new(
            "options.council",
            format!(
                "\"{council}\" has no row in this table of every authority (matched against its names and ONS codes){}",
                did_you_mean(council, names_here)
            ),
        ));
    };
    // Lines and measures in the order of their first column.
    let mut lines: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut measures: Vec<String> = Vec::new();
    for (c, heading) in header.iter().enumerate() {
        let Some((line, measure)) = split_header(heading) else { continue };
        if is_memorandum(line) || is_memorandum(measure) {
            continue;
        }
        if !measures.iter().any(|m| m == measure) {
            measures.push(measure.to_owned());
        }
        let figure = cells.get(c).cloned().unwrap_or_default();
        match lines.iter_mut().find(|(l, _)| l == line) {
            Some((_, figures)) => figures.push((measure.to_owned(), figure)),
            None => lines.push((line.to_owned(), vec![(measure.to_owned(), figure)])),
        }
    }
    let authority = column("Local authority").and_then(|c| cells.get(c)).map_or(council, |n| n.as_str());
    let title = match said(rows, "Worksheet") {
        // "Worksheet 2: Revenue Outturn (RO) 2024-25: Social Care and Public Health (RO3) data".
        Some(sheet) => {
            let table = sheet.split_once(':').map_or(sheet.as_str(), |(_, t)| t).trim();
            format!("{authority}: {}", table.strip_suffix(" data").unwrap_or(table))
        }
        None => authority.to_owned(),
    };
    let mut out =
        vec![vec![title], std::iter::once("Service line".to_owned()).chain(measures.iter().cloned()).collect()];
    let mut group: Vec<Vec<String>> = Vec::new();
    let mut parent: Option<String> = None;
    let several_totals = lines.iter().filter(|(l, _)| l.to_ascii_uppercase().starts_with("TOTAL")).count() > 1;
    for (line, figures) in &lines {
        let row_of = |name: String| -> Vec<String> {
            let figure =
                |m: &String| figures.iter().find(|(measure, _)| measure == m).map_or(String::new(), |(_, f)| f.clone());
            std::iter::once(name).chain(measures.iter().map(figure)).collect()
        };
        if line.to_ascii_uppercase().starts_with("TOTAL") {
            // A section heading per total where a table has several (RO3: children's, adults'
            // and public health's), so that each total covers its own lines.
            if several_totals {
                out.push(vec![section_name(line)]);
            }
            out.append(&mut group);
            out.push(row_of(line.clone()));
            parent = None;
            continue;
        }
        let (name, of_which) = line_name(line, parent.as_deref());
        if !of_which {
            parent = Some(name.clone());
        }
        group.push(row_of(name));
    }
    out.append(&mut group);
    Ok(out.into_iter().enumerate().collect())
}

/// The table's own source line ("Ministry of Housing, Communities & Local Government Revenue
/// account Outturn (RO) returns 2024-25 - RO3 data"), which the options may replace.
pub fn source(rows: &[(usize, Vec<String>)]) -> Option<String> {
    said(rows, "Source:").map(|s| s.trim_start_matches("Source:").trim().to_owned())
}

fn said(rows: &[(usize, Vec<String>)], start: &str) -> Option<String> {
    rows.iter().take(12).find_map(|(_, cells)| {
        let filled: Vec<&String> = cells.iter().filter(|c| !c.trim().is_empty()).collect();
        match filled.as_slice() {
            [only] if only.trim().starts_with(start) => Some(only.trim().to_owned()),
            _ => None,
        }
    })
}

/// "TOTAL CHILDREN SOCIAL CARE" as a section's heading: "Children social care".
fn section_name(total: &str) -> String {
    let words = crate::model::funding::read::outturn::without_notes(total);
    crate::model::titles::sentence_case(words.get(5..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_split_where_the_measure_has_a_code() {
        assert_eq!(
            split_header("Children's social care - Youth Justice - Net Current Expenditure (C7 = C3 - C6)"),
            Some(("Children's social care - Youth Justice", "Net Current Expenditure (C7 = C3 - C6)"))
        );
        assert_eq!(split_header("Education services - Employees (C1)"), Some(("Education services", "Employees (C1)")));
        assert_eq!(split_header("TOTAL CHILDREN SOCIAL CARE - Children's Social Care"), None);
        assert_eq!(split_header("Local authority"), None);
    }

    #[test]
    fn lines_are_named_as_the_authoritys_own_table_names_them() {
        assert_eq!(
            line_name("Children's social care - Children Looked After of which fostering services", None),
            ("of which fostering services".into(), true)
        );
        assert_eq!(
            line_name(
                "Subcategory: Assistive equipment and technology - adults (18-64)",
                Some("Assistive equipment and technology")
            ),
            ("of which adults (18-64)".into(), true)
        );
        assert_eq!(
            line_name("Children's social care: Services for young people", None),
            ("Services for young people".into(), false)
        );
        assert_eq!(section_name("TOTAL ADULT SOCIAL CARE [note 2]"), "Adult social care");
    }
}
