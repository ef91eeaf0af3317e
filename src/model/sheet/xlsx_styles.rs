//! Which of an Excel workbook's cell styles show a date: a number in such a cell is a day count
//! (a serial date) and is written as an ISO date.

use super::xml::Xml;
use crate::error::ChartError;
use quick_xml::events::Event;

/// For each cell style (the `s` of a cell) in order, whether it shows a date.
pub fn date_styles(styles: &[u8]) -> Result<Vec<bool>, ChartError> {
    let mut xml = Xml::new(styles, "xl/styles.xml");
    let mut custom_dates = Vec::new();
    let mut cell_styles = Vec::new();
    let mut in_cell_styles = false;
    while let Some(event) = xml.next()? {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"numFmt" => {
                    let id = xml.attribute(&e, b"numFmtId")?.and_then(|id| id.parse::<u32>().ok());
                    let code = xml.attribute(&e, b"formatCode")?.unwrap_or_default();
                    if let Some(id) = id {
                        if shows_date(&code) {
                            custom_dates.push(id);
                        }
                    }
                }
                b"cellXfs" => in_cell_styles = true,
                b"xf" if in_cell_styles => {
                    let id = xml.attribute(&e, b"numFmtId")?.and_then(|id| id.parse::<u32>().ok()).unwrap_or(0);
                    cell_styles.push(built_in_date(id) || custom_dates.contains(&id));
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"cellXfs" => in_cell_styles = false,
            _ => {}
        }
    }
    Ok(cell_styles)
}

/// Excel's built-in number formats that show a date (14 to 17, 22, and the East Asian ones).
fn built_in_date(id: u32) -> bool {
    matches!(id, 14..=17 | 22 | 27..=36 | 50..=58)
}

/// Whether a format code shows a date: a day or year outside quoted text, colours and locales.
fn shows_date(code: &str) -> bool {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for c in code.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'y' | 'Y' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn date_codes_are_told_from_number_codes() {
        assert!(super::shows_date("dd/mm/yyyy"));
        assert!(super::shows_date("[$-809]d mmmm yyyy"));
        assert!(!super::shows_date("#,##0.00"));
        assert!(!super::shows_date("0.0\"days\""));
        assert!(!super::shows_date("[Red]0"));
    }
}
