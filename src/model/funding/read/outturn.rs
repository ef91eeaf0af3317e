//! What published budget tables (MHCLG's revenue outturn RO and RSX tables, in £ thousand)
//! print around their figures, read so that `funding_csv` sees a plain plan:
//!
//! - a title row above the header ("Table 1a: RO3 data for Children's Social Care", or the
//!   authority's name, "ENGLAND"): one filled cell, with the header below it;
//! - a code column before the line names ("Service category code");
//! - column codes and formulas in the header: `Total Expenditure(C3 = C1 + C2)` names column
//!   C3 and says it is C1 plus C2, read as a derived column and checked line by line;
//! - note markers (`[note 4]`) in names, headers and figures, dropped from what is shown.

use crate::model::funding::Derived;

/// The text of a single-cell row above the header: the table's title.
pub fn title_row(rows: &[(usize, Vec<String>)]) -> Option<String> {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.is_empty()).count();
    match rows {
        [(_, first), (_, second), ..] if filled(first) == 1 && filled(second) >= 2 => {
            first.iter().find(|c| !c.is_empty()).cloned()
        }
        _ => None,
    }
}

/// Whether a header names a column of codes, not of figures or names.
pub fn is_code_column(header: &str) -> bool {
    let lower = header.trim().to_ascii_lowercase();
    lower.ends_with(" code") || lower == "code"
}

/// Drops note markers such as `[note 4]` from a name or a figure.
pub fn without_notes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.to_ascii_lowercase().find("[note") {
        let (before, marker) = rest.split_at(start);
        out.push_str(before);
        rest = marker.find(']').map_or("", |end| marker.get(end + 1..).unwrap_or(""));
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A figure column's header, read: the name to show, its code (`C3`), and its formula as the
/// codes it adds and subtracts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnHeader {
    pub name: String,
    pub code: Option<String>,
    pub add: Vec<String>,
    pub subtract: Vec<String>,
}

/// Reads `Employees (C1)`, `Total Expenditure(C3 = C1 + C2)`,
/// `Net Current Expenditure£ thousand(C7 = C3 - C6)`; any other header is its own name.
pub fn column_header(header: &str) -> ColumnHeader {
    let plain = without_notes(header);
    let parsed = plain.rfind('(').and_then(|open| {
        let inside = plain.get(open + 1..)?.strip_suffix(')')?;
        let (code, formula) = match inside.split_once('=') {
            Some((code, formula)) => (code.trim(), Some(formula)),
            None => (inside.trim(), None),
        };
        if !is_code(code) {
            return None;
        }
        let (mut add, mut subtract) = (Vec::new(), Vec::new());
        if let Some(formula) = formula {
            let mut sign = '+';
            for token in formula.split_whitespace() {
                match token {
                    "+" | "-" | "\u{2212}" => sign = if token == "+" { '+' } else { '-' },
                    code if is_code(code) => {
                        if sign == '+' {
                            add.push(code.to_ascii_uppercase())
                        } else {
                            subtract.push(code.to_ascii_uppercase())
                        }
                    }
                    _ => return None,
                }
            }
        }
        let name = plain.get(..open)?.replace("£ thousand", "");
        Some(ColumnHeader { name: name.trim().to_owned(), code: Some(code.to_ascii_uppercase()), add, subtract })
    });
    parsed.filter(|h| !h.name.is_empty()).unwrap_or(ColumnHeader {
        name: plain,
        code: None,
        add: Vec::new(),
        subtract: Vec::new(),
    })
}

/// `C1`, `C12`: a column code.
fn is_code(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('C' | 'c')) && text.len() > 1 && chars.all(|c| c.is_ascii_digit())
}

/// The derived columns the headers' formulas declare, by column index.
pub fn derived_from_headers(headers: &[ColumnHeader]) -> Vec<Derived> {
    let index = |code: &String| headers.iter().position(|h| h.code.as_ref() == Some(code));
    headers
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.add.is_empty() || !h.subtract.is_empty())
        .filter_map(|(column, h)| {
            let add: Vec<usize> = h.add.iter().map(index).collect::<Option<_>>()?;
            let subtract: Vec<usize> = h.subtract.iter().map(index).collect::<Option<_>>()?;
            (!add.contains(&column) && !subtract.contains(&column)).then_some(Derived { column, add, subtract })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_with_codes_and_formulas() {
        let h = column_header("Net Current Expenditure£ thousand(C7 = C3 - C6)");
        assert_eq!(
            h,
            ColumnHeader {
                name: "Net Current Expenditure".into(),
                code: Some("C7".into()),
                add: vec!["C3".into()],
                subtract: vec!["C6".into()]
            }
        );
        let h = column_header("Other Income [note 1](C5)");
        assert_eq!((h.name.as_str(), h.code.as_deref()), ("Other Income", Some("C5")));
        assert_eq!(column_header("Planned (2020/21)").name, "Planned (2020/21)");
        assert_eq!(without_notes("Central services [note 2]"), "Central services");
        assert_eq!(without_notes("1,234 [note 4]"), "1,234");
    }
}
