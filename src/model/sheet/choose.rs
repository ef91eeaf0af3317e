//! Which sheet is read: the one named, or the first whose layout a reader recognises (Ofsted's
//! outcomes, a revenue outturn table, an EES or Fingertips file, a table of figures by period).

use super::grid::Sheet;
use crate::error::ChartError;
use crate::model::input::published::PublishedLayout;

/// The chosen sheet and why it was chosen.
pub fn choose<'s>(sheets: &'s [Sheet], named: Option<&str>) -> Result<(&'s Sheet, String), ChartError> {
    let names = || sheets.iter().map(|s| crate::model::input::json::quote(&s.name)).collect::<Vec<_>>().join(", ");
    if let Some(named) = named {
        let wanted = named.trim();
        let found = sheets
            .iter()
            .find(|s| s.name == wanted)
            .or_else(|| sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case(wanted)));
        return match found {
            Some(sheet) => Ok((sheet, "the sheet asked for".to_owned())),
            None => Err(ChartError::new(
                "options.sheet",
                format!(
                    "this spreadsheet has no sheet {}; its sheets are {}",
                    crate::model::input::json::quote(wanted),
                    names()
                ),
            )),
        };
    }
    // MHCLG's workbooks hold a table of every authority and a drop-down sheet of formulas
    // showing one (cached as England): the table of every authority is the data.
    let every_authority = sheets
        .iter()
        .find(|sheet| PublishedLayout::recognise(&first_rows(sheet)) == Some(PublishedLayout::OutturnByAuthority));
    if let Some(sheet) = every_authority {
        return Ok((sheet, "the table of every authority".to_owned()));
    }
    let recognised =
        sheets.iter().find_map(|sheet| PublishedLayout::recognise(&first_rows(sheet)).map(|layout| (sheet, layout)));
    if let Some((sheet, layout)) = recognised {
        return Ok((sheet, format!("the first laid out as {}", layout.name())));
    }
    if let Some(sheet) = sheets.iter().find(|s| is_table_of_figures(s)) {
        return Ok((sheet, "the first table of figures by period".to_owned()));
    }
    let mut filled = sheets.iter().filter(|s| !s.rows.is_empty());
    if let (Some(only), None) = (filled.next(), filled.next()) {
        return Ok((only, "the only sheet with cells".to_owned()));
    }
    Err(ChartError::new(
        "bytes",
        format!(
            "no sheet of this spreadsheet is laid out as a table a chart reads (its sheets are {}); name the sheet with options.sheet",
            names()
        ),
    ))
}

/// A sheet's first ten rows with their indices, as the layout test takes them.
fn first_rows(sheet: &Sheet) -> Vec<(usize, Vec<String>)> {
    sheet.rows.iter().enumerate().filter(|(_, r)| !r.is_empty()).take(10).map(|(i, r)| (i, r.clone())).collect()
}

/// A header row, then a row whose first cell is a period (a year, `2023/24`, `Q1 2024`) and
/// another cell a number: the wide layout every KPI and judgement reader takes.
fn is_table_of_figures(sheet: &Sheet) -> bool {
    let rows: Vec<&Vec<String>> = sheet.rows.iter().filter(|r| !r.is_empty()).take(12).collect();
    rows.windows(2).any(|pair| match pair {
        [header, first] => {
            header.len() >= 2
                && first.first().is_some_and(|c| crate::model::time::read::parse_period(c.trim()).is_ok())
                && first.iter().skip(1).any(|c| c.trim().parse::<f64>().is_ok())
        }
        _ => false,
    })
}
