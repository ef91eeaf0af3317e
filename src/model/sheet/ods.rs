//! An OpenDocument spreadsheet's sheets (Ofsted and MHCLG publish `.ods`): `content.xml`'s
//! tables, each cell's stored value (not its displayed rounding), dates as ISO dates, repeated
//! cells and rows expanded, notes (annotations) left out.

use super::grid::{Grid, Sheet};
use super::xml::Xml;
use crate::error::ChartError;
use quick_xml::events::{BytesStart, Event};

/// The cell being read: its repeat count, its stored value if typed, and its text so far.
struct Cell {
    repeat: usize,
    value: Option<String>,
    text: String,
    paragraphs: usize,
}

pub fn sheets(content: &[u8], cells: &mut usize) -> Result<Vec<Sheet>, ChartError> {
    let mut xml = Xml::new(content, "content.xml");
    let mut sheets = Vec::new();
    let mut grid: Option<Grid> = None;
    // Tables within a table (rare: a chart's own data) are read past.
    let mut inner_tables = 0usize;
    let mut row_repeat = 1;
    let mut cell: Option<Cell> = None;
    let mut in_note = 0usize;
    while let Some(event) = xml.next()? {
        match event {
            Event::Start(e) if in_note > 0 || inner_tables > 0 => match e.local_name().as_ref() {
                b"annotation" => in_note += 1,
                b"table" if in_note == 0 => inner_tables += 1,
                _ => {}
            },
            Event::Empty(_) if in_note > 0 || inner_tables > 0 => {}
            Event::Start(e) => match e.local_name().as_ref() {
                b"table" if grid.is_none() => {
                    let name = xml.attribute(&e, b"name")?.unwrap_or_else(|| format!("Sheet{}", sheets.len() + 1));
                    grid = Some(Grid::new(name, cells));
                }
                b"table" => inner_tables += 1,
                b"table-row" => row_repeat = xml.count(&e, b"number-rows-repeated")?,
                b"table-cell" | b"covered-table-cell" => cell = Some(start_cell(&xml, &e)?),
                b"annotation" => in_note += 1,
                b"p" | b"h" => cell.iter_mut().for_each(Cell::paragraph),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"table-row" => {
                    if let Some(grid) = grid.as_mut() {
                        grid.end_row(xml.count(&e, b"number-rows-repeated")?)?;
                    }
                }
                b"table-cell" | b"covered-table-cell" => {
                    let empty = start_cell(&xml, &e)?;
                    if let Some(grid) = grid.as_mut() {
                        grid.cell(empty.value.unwrap_or_default(), empty.repeat)?;
                    }
                }
                b"s" => {
                    if let Some(cell) = cell.as_mut() {
                        let spaces = xml.count(&e, b"c")?.min(super::limits::MAX_CELL_CHARS + 1);
                        cell.text.extend(std::iter::repeat_n(' ', spaces));
                    }
                }
                b"tab" => cell.iter_mut().for_each(|c| c.text.push('\t')),
                b"line-break" => cell.iter_mut().for_each(|c| c.text.push('\n')),
                b"p" | b"h" => cell.iter_mut().for_each(Cell::paragraph),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"annotation" => in_note = in_note.saturating_sub(1),
                _ if in_note > 0 => {}
                b"table" if inner_tables > 0 => inner_tables -= 1,
                _ if inner_tables > 0 => {}
                b"table" => {
                    if let Some(grid) = grid.take() {
                        sheets.push(grid.finish());
                    }
                }
                b"table-row" => {
                    if let Some(grid) = grid.as_mut() {
                        grid.end_row(row_repeat)?;
                    }
                    row_repeat = 1;
                }
                b"table-cell" | b"covered-table-cell" => {
                    if let (Some(done), Some(grid)) = (cell.take(), grid.as_mut()) {
                        grid.cell(done.value.unwrap_or(done.text), done.repeat)?;
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_note == 0 && inner_tables == 0 => {
                if let Some(cell) = cell.as_mut() {
                    cell.text.push_str(&xml.text(&t)?);
                }
            }
            Event::GeneralRef(r) if in_note == 0 && inner_tables == 0 => {
                if let Some(cell) = cell.as_mut() {
                    cell.text.push_str(&xml.entity(&r)?);
                }
            }
            Event::CData(t) if in_note == 0 && inner_tables == 0 => {
                if let Some(cell) = cell.as_mut() {
                    cell.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            _ => {}
        }
        if let Some(c) = cell.as_ref() {
            if c.text.len() > 4 * super::limits::MAX_CELL_CHARS {
                // Stop gathering a cell far past the limit: the grid refuses it with its place.
                let over = cell.take().map(|c| c.text).unwrap_or_default();
                if let Some(grid) = grid.as_mut() {
                    grid.cell(over, 1)?;
                }
            }
        }
    }
    Ok(sheets)
}

impl Cell {
    /// A paragraph starts: paragraphs after the first begin a new line, as a cell shows them.
    fn paragraph(&mut self) {
        if self.paragraphs > 0 {
            self.text.push('\n');
        }
        self.paragraphs += 1;
    }
}

/// A cell's repeat count and, for a typed cell, its stored value.
fn start_cell(xml: &Xml, e: &BytesStart) -> Result<Cell, ChartError> {
    let value = match xml.attribute(e, b"value-type")?.as_deref() {
        Some("float" | "percentage" | "currency") => xml.attribute(e, b"value")?.map(|v| super::number::stored(&v)),
        Some("date") => xml.attribute(e, b"date-value")?.map(|d| iso_date(&d)),
        Some("boolean") => {
            xml.attribute(e, b"boolean-value")?.map(|b| if b == "true" { "TRUE".into() } else { "FALSE".into() })
        }
        _ => None,
    };
    Ok(Cell { repeat: xml.count(e, b"number-columns-repeated")?, value, text: String::new(), paragraphs: 0 })
}

/// `2019-06-10T00:00:00` as `2019-06-10`; a date with a time of day keeps it.
pub fn iso_date(stored: &str) -> String {
    let stored = stored.trim();
    stored.strip_suffix("T00:00:00").unwrap_or(stored).to_owned()
}
