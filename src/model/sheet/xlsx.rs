//! An Excel workbook's sheets (`.xlsx`, as DfE's statistical neighbours table is published):
//! the workbook's sheet list and their files, the shared strings, which cell styles are dates,
//! and each sheet's cells: stored numbers in their shortest exact form, dates as ISO dates.

use super::grid::{Grid, Sheet};
use super::xml::{broken, Xml};
use super::zip::Zip;
use crate::error::ChartError;
use quick_xml::events::Event;

pub fn sheets(zip: &Zip, cells: &mut usize) -> Result<Vec<Sheet>, ChartError> {
    let workbook = part(zip, "xl/workbook.xml")?;
    let (listed, date1904) = listed_sheets(&workbook)?;
    let relations = zip.read("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let targets = relation_targets(&relations)?;
    let strings = match zip.read("xl/sharedStrings.xml")? {
        Some(bytes) => shared_strings(&bytes)?,
        None => Vec::new(),
    };
    let dates = match zip.read("xl/styles.xml")? {
        Some(bytes) => super::xlsx_styles::date_styles(&bytes)?,
        None => Vec::new(),
    };
    let mut sheets = Vec::new();
    for (name, id) in listed {
        let Some((_, target)) = targets.iter().find(|(rid, _)| *rid == id) else { continue };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => format!("xl/{target}"),
        };
        let Some(bytes) = zip.read(&path)? else { continue };
        let cells_of = super::xlsx_cells::Styles { strings: &strings, dates: &dates, date1904 };
        sheets.push(super::xlsx_cells::sheet(Grid::new(name, cells), &bytes, &path, &cells_of)?);
    }
    Ok(sheets)
}

fn part(zip: &Zip, name: &str) -> Result<Vec<u8>, ChartError> {
    zip.read(name)?.ok_or_else(|| broken(name, "it is missing"))
}

/// The workbook's sheets in order, each with its relation id; and whether dates count from 1904.
fn listed_sheets(workbook: &[u8]) -> Result<(Vec<(String, String)>, bool), ChartError> {
    let mut xml = Xml::new(workbook, "xl/workbook.xml");
    let mut sheets = Vec::new();
    let mut date1904 = false;
    while let Some(event) = xml.next()? {
        if let Event::Start(e) | Event::Empty(e) = event {
            match e.local_name().as_ref() {
                b"sheet" => {
                    let name = xml.attribute(&e, b"name")?.unwrap_or_default();
                    let id = xml.attribute(&e, b"id")?.unwrap_or_default();
                    sheets.push((name, id));
                }
                b"workbookPr" => {
                    date1904 = matches!(xml.attribute(&e, b"date1904")?.as_deref(), Some("1" | "true"));
                }
                _ => {}
            }
        }
    }
    Ok((sheets, date1904))
}

/// Each relation's id and target file.
fn relation_targets(relations: &[u8]) -> Result<Vec<(String, String)>, ChartError> {
    let mut xml = Xml::new(relations, "xl/_rels/workbook.xml.rels");
    let mut targets = Vec::new();
    while let Some(event) = xml.next()? {
        if let Event::Start(e) | Event::Empty(e) = event {
            if e.local_name().as_ref() == b"Relationship" {
                let id = xml.attribute(&e, b"Id")?.unwrap_or_default();
                let target = xml.attribute(&e, b"Target")?.unwrap_or_default();
                targets.push((id, target));
            }
        }
    }
    Ok(targets)
}

/// The shared strings, each the text of its runs (phonetic guides left out).
fn shared_strings(bytes: &[u8]) -> Result<Vec<String>, ChartError> {
    let mut xml = Xml::new(bytes, "xl/sharedStrings.xml");
    let mut strings = Vec::new();
    let mut current: Option<String> = None;
    let (mut in_text, mut in_phonetic) = (false, false);
    while let Some(event) = xml.next()? {
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"si" => current = Some(String::new()),
                b"t" => in_text = true,
                b"rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == b"si" => strings.push(String::new()),
            Event::End(e) => match e.local_name().as_ref() {
                b"si" => strings.push(current.take().unwrap_or_default()),
                b"t" => in_text = false,
                b"rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Text(t) if in_text && !in_phonetic => {
                let text = xml.text(&t)?;
                current.iter_mut().for_each(|s| s.push_str(&text));
            }
            Event::GeneralRef(r) if in_text && !in_phonetic => {
                let text = xml.entity(&r)?;
                current.iter_mut().for_each(|s| s.push_str(&text));
            }
            _ => {}
        }
    }
    Ok(strings)
}
