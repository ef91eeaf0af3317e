//! The ceilings a spreadsheet is read within, so that a zip bomb, a sheet of a million rows or
//! a cell of megabytes is refused quickly, in bounded memory, rather than read until the tab dies.

use crate::error::ChartError;

/// Bytes inflated from one file in all: MHCLG's RO3 workbook, the largest published table read
/// here, inflates to 26.5 MB.
pub const MAX_INFLATED: usize = 64 << 20;
/// Rows of one sheet (England has about 400 local authorities, and 9,000 wards).
pub const MAX_ROWS: usize = 200_000;
/// Columns of one sheet: a spreadsheet program's own limit.
pub const MAX_COLUMNS: usize = 16_384;
/// Cells held in all, counting the empty cells between filled ones.
pub const MAX_CELLS: usize = 4_000_000;
/// Characters in one cell: a spreadsheet program's own limit.
pub const MAX_CELL_CHARS: usize = 32_767;
/// How deep the XML may nest; a sheet's is about eight.
pub const MAX_DEPTH: usize = 64;

/// What a spreadsheet saved with a password is told, whichever way the file says so.
pub const PASSWORD: &str =
    "this spreadsheet is protected by a password; open it, remove the password (or save an unprotected copy) and give that file";

/// An error about the bytes as a whole.
pub fn refuse(message: String) -> ChartError {
    ChartError::new("bytes", message)
}

/// A ceiling as a sentence writes it: 200,000.
pub fn grouped(number: usize) -> String {
    let mut out = String::new();
    crate::model::input::number::push_grouped(&mut out, &number.to_string());
    out
}
