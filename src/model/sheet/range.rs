//! A block of cells (`A9:I24`) cut from a sheet, for a sheet that holds several tables (MHCLG's
//! `LA_drop-down` sheet lays its tables side by side).

use super::grid::Sheet;
use crate::error::ChartError;

/// A block's first and last cell, each (row, column) from 0.
pub type Block = ((usize, usize), (usize, usize));

/// The first and last row and column (from 0) of `A9:I24`.
pub fn parse(range: &str) -> Result<Block, ChartError> {
    let refused = || {
        ChartError::new(
            "options.range",
            format!("expected a block of cells such as \"A9:I24\", found {}", crate::model::input::json::quote(range)),
        )
    };
    let (from, to) = range.trim().split_once(':').ok_or_else(refused)?;
    let (from, to) = (cell(from).ok_or_else(refused)?, cell(to).ok_or_else(refused)?);
    if to.0 < from.0 || to.1 < from.1 {
        return Err(refused());
    }
    Ok((from, to))
}

/// `B3` as (row 2, column 1).
fn cell(reference: &str) -> Option<(usize, usize)> {
    let reference = reference.trim();
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = (reference.get(..split)?, reference.get(split..)?);
    if letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let row = digits.parse::<usize>().ok()?.checked_sub(1)?;
    Some((row, column_of(letters)?))
}

/// The column (from 0) of a reference such as `AB12`.
pub fn column_of(reference: &str) -> Option<usize> {
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic);
    let mut column = 0usize;
    let mut any = false;
    for letter in letters {
        any = true;
        column = column.checked_mul(26)?.checked_add((letter.to_ascii_uppercase() - b'A') as usize + 1)?;
    }
    any.then(|| column - 1)
}

/// The sheet cut to the block: its rows keep their places (rows above the block are left
/// empty, so that errors still give the sheet's own row numbers), and its columns start at the
/// block's first.
pub fn cut(sheet: &Sheet, ((top, left), (bottom, right)): Block) -> Sheet {
    let rows = sheet
        .rows
        .iter()
        .take(bottom + 1)
        .enumerate()
        .map(|(i, row)| {
            if i < top {
                return Vec::new();
            }
            let mut cells: Vec<String> = row.iter().skip(left).take(right - left + 1).cloned().collect();
            while cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            cells
        })
        .collect();
    Sheet { name: sheet.name.clone(), rows }
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_give_columns() {
        assert_eq!(super::column_of("A1"), Some(0));
        assert_eq!(super::column_of("Z9"), Some(25));
        assert_eq!(super::column_of("AA3"), Some(26));
        assert_eq!(super::column_of("XFD1"), Some(16_383));
        assert_eq!(super::column_of("12"), None);
    }
    #[test]
    fn blocks_are_read_as_a_spreadsheet_names_them() {
        assert_eq!(super::parse("A9:I24").unwrap(), ((8, 0), (23, 8)));
        assert_eq!(super::parse(" b2:ab10 ").unwrap(), ((1, 1), (9, 27)));
        assert!(super::parse("A9").is_err());
        assert!(super::parse("I24:A9").is_err());
        assert!(super::parse("A0:B2").is_err());
        assert!(super::parse("ABCD1:B2").is_err());
    }
}
