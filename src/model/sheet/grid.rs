//! A sheet's cells as rows of text, built cell by cell within the ceilings. Runs of empty cells
//! and rows (a spreadsheet writes "1,024 empty cells" and "a million empty rows" after its
//! table) are only counted, and written out only when something follows them.

use super::limits::{grouped, refuse, MAX_CELLS, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS};
use crate::error::ChartError;

/// One sheet: its name and its rows, trailing empty cells and rows left off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// Builds a [`Sheet`]; `cells` counts the cells held by every sheet of the file.
pub struct Grid<'c> {
    sheet: Sheet,
    row: Vec<String>,
    empty_cells: usize,
    empty_rows: usize,
    cells: &'c mut usize,
}

impl<'c> Grid<'c> {
    pub fn new(name: String, cells: &'c mut usize) -> Self {
        Grid { sheet: Sheet { name, rows: Vec::new() }, row: Vec::new(), empty_cells: 0, empty_rows: 0, cells }
    }

    fn too_many(&self, what: String) -> ChartError {
        refuse(format!("sheet \"{}\" row {}: {what}", self.sheet.name, self.sheet.rows.len() + self.empty_rows + 1))
    }

    /// The number of rows so far, empty ones included: the next row's index.
    pub fn rows_so_far(&self) -> usize {
        self.sheet.rows.len() + self.empty_rows
    }

    /// The number of cells in the row so far, empty ones included: the next cell's column.
    pub fn cells_so_far(&self) -> usize {
        self.row.len() + self.empty_cells
    }

    /// A cell's text, `repeat` times over.
    pub fn cell(&mut self, text: String, repeat: usize) -> Result<(), ChartError> {
        let repeat = repeat.max(1);
        if text.chars().count() > MAX_CELL_CHARS {
            return Err(self.too_many(format!(
                "a cell holds more than {} characters, a spreadsheet program's own limit",
                grouped(MAX_CELL_CHARS)
            )));
        }
        if text.trim().is_empty() {
            self.empty_cells = self.empty_cells.saturating_add(repeat);
            return Ok(());
        }
        let columns = self.cells_so_far().saturating_add(repeat);
        if columns > MAX_COLUMNS {
            return Err(self.too_many(format!("more than {} columns, the most read", grouped(MAX_COLUMNS))));
        }
        self.hold(self.empty_cells + repeat)?;
        self.row.extend(std::iter::repeat_n(String::new(), self.empty_cells));
        self.empty_cells = 0;
        self.row.extend(std::iter::repeat_n(text, repeat));
        Ok(())
    }

    /// Empty cells up to column `column` (from 0), for a file that places each cell by its
    /// reference; a cell placed before the last is refused.
    pub fn skip_to_column(&mut self, column: usize) -> Result<(), ChartError> {
        let now = self.cells_so_far();
        if column < now {
            return Err(self.too_many("its cells are out of order; save the spreadsheet again".to_owned()));
        }
        self.empty_cells += column - now;
        Ok(())
    }

    /// Empty rows up to row `row` (from 0).
    pub fn skip_to_row(&mut self, row: usize) -> Result<(), ChartError> {
        let now = self.rows_so_far();
        if row < now {
            return Err(self.too_many("its rows are out of order; save the spreadsheet again".to_owned()));
        }
        self.empty_rows += row - now;
        Ok(())
    }

    /// Ends the row, `repeat` times over.
    pub fn end_row(&mut self, repeat: usize) -> Result<(), ChartError> {
        let repeat = repeat.max(1);
        self.empty_cells = 0;
        if self.row.is_empty() {
            self.empty_rows = self.empty_rows.saturating_add(repeat);
            return Ok(());
        }
        if self.rows_so_far().saturating_add(repeat) > MAX_ROWS {
            return Err(self.too_many(format!("more than {} rows, the most read", grouped(MAX_ROWS))));
        }
        let row = std::mem::take(&mut self.row);
        self.hold(row.len().saturating_mul(repeat - 1))?;
        self.sheet.rows.extend(std::iter::repeat_n(Vec::new(), self.empty_rows));
        self.empty_rows = 0;
        self.sheet.rows.extend(std::iter::repeat_n(row, repeat));
        Ok(())
    }

    fn hold(&mut self, more: usize) -> Result<(), ChartError> {
        *self.cells = self.cells.saturating_add(more);
        if *self.cells > MAX_CELLS {
            return Err(self.too_many(format!("more than {} cells in the file, the most read", grouped(MAX_CELLS))));
        }
        Ok(())
    }

    pub fn finish(self) -> Sheet {
        self.sheet
    }
}
