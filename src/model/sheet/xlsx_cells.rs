//! One Excel worksheet's cells: each placed by its reference (`B3`), its text from the shared
//! strings or written inline, a number in its shortest exact form, a date cell as an ISO date.

use super::grid::{Grid, Sheet};
use super::xml::{broken, Xml};
use crate::error::ChartError;
use quick_xml::events::{BytesStart, Event};

/// What a cell's value is read with.
pub struct Styles<'a> {
    pub strings: &'a [String],
    pub dates: &'a [bool],
    pub date1904: bool,
}

/// The cell being read.
struct Cell {
    kind: Option<String>,
    style: usize,
    value: String,
    in_value: bool,
}

pub fn sheet(mut grid: Grid, bytes: &[u8], part: &str, styles: &Styles) -> Result<Sheet, ChartError> {
    let mut xml = Xml::new(bytes, part);
    let mut cell: Option<Cell> = None;
    let mut in_phonetic = false;
    while let Some(event) = xml.next()? {
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"row" => start_row(&xml, &mut grid, &e)?,
                b"c" => cell = Some(start_cell(&xml, &mut grid, &e)?),
                b"v" | b"t" => cell.iter_mut().for_each(|c| c.in_value = true),
                b"rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"row" => {
                    start_row(&xml, &mut grid, &e)?;
                    grid.end_row(1)?;
                }
                b"c" => {
                    start_cell(&xml, &mut grid, &e)?;
                    grid.cell(String::new(), 1)?;
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"row" => grid.end_row(1)?,
                b"c" => {
                    if let Some(done) = cell.take() {
                        grid.cell(value(done, styles, part)?, 1)?;
                    }
                }
                b"v" | b"t" => cell.iter_mut().for_each(|c| c.in_value = false),
                b"rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Text(t) if !in_phonetic => {
                if let Some(c) = cell.as_mut().filter(|c| c.in_value) {
                    c.value.push_str(&xml.text(&t)?);
                }
            }
            Event::GeneralRef(r) if !in_phonetic => {
                if let Some(c) = cell.as_mut().filter(|c| c.in_value) {
                    c.value.push_str(&xml.entity(&r)?);
                }
            }
            _ => {}
        }
    }
    Ok(grid.finish())
}

fn start_row(xml: &Xml, grid: &mut Grid, e: &BytesStart) -> Result<(), ChartError> {
    if let Some(number) = xml.attribute(e, b"r")?.and_then(|r| r.trim().parse::<usize>().ok()) {
        grid.skip_to_row(number.saturating_sub(1))?;
    }
    Ok(())
}

fn start_cell(xml: &Xml, grid: &mut Grid, e: &BytesStart) -> Result<Cell, ChartError> {
    if let Some(column) = xml.attribute(e, b"r")?.as_deref().and_then(super::range::column_of) {
        grid.skip_to_column(column)?;
    }
    let style = xml.attribute(e, b"s")?.and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
    Ok(Cell { kind: xml.attribute(e, b"t")?, style, value: String::new(), in_value: false })
}

fn value(cell: Cell, styles: &Styles, part: &str) -> Result<String, ChartError> {
    Ok(match cell.kind.as_deref() {
        Some("s") => {
            let index = cell.value.trim().parse::<usize>().ok();
            index.and_then(|i| styles.strings.get(i)).cloned().ok_or_else(|| {
                broken(part, format!("a shared string {} that the workbook does not hold", cell.value.trim()))
            })?
        }
        Some("b") => if cell.value.trim() == "1" { "TRUE" } else { "FALSE" }.to_owned(),
        Some("d") => super::ods::iso_date(&cell.value),
        Some("str" | "inlineStr" | "e") => cell.value,
        _ => match cell.value.trim().parse::<f64>() {
            Ok(number) if styles.dates.get(cell.style).copied().unwrap_or(false) => {
                super::serial_date::iso(number, styles.date1904).unwrap_or(cell.value)
            }
            Ok(number) if number.is_finite() => super::number::fifteen_digits(number),
            _ => cell.value,
        },
    })
}
