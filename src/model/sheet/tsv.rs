//! A sheet as the tab-separated text every reader takes: its first line says which sheet it is
//! (the readers read past it and count rows from the sheet's own row 1), then one line per row,
//! empty rows kept so that an error's row number is the spreadsheet's.

use super::grid::Sheet;

/// The first cell of the line that says which sheet the text is.
pub use crate::model::input::csv_rows::SHEET_LINE;

pub fn write(sheet: &Sheet, why: &str) -> String {
    let mut text = String::new();
    push_row(&mut text, &[SHEET_LINE.to_owned(), sheet.name.clone(), why.to_owned()]);
    for row in &sheet.rows {
        if row.is_empty() {
            // An empty row, kept as two empty cells: a blank line would be skipped uncounted.
            text.push_str("\t\n");
        } else {
            push_row(&mut text, row);
        }
    }
    text
}

fn push_row(text: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            text.push('\t');
        }
        if cell.contains(['\t', '\n', '\r', '"']) {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(cell);
        }
    }
    text.push('\n');
}
