//! A spreadsheet's bytes (`.xlsx` or `.ods`, as Ofsted, MHCLG and DfE publish them) as the
//! tab-separated text of one sheet, which every reader takes as it takes a paste of cells.
//!
//! bytes → `what` (is it a spreadsheet, and which kind) → `zip` → `ods` or `xlsx` (the
//! sheets, within [`limits`]) → `choose` (which sheet) → [`tsv`].

mod choose;
mod grid;
pub mod limits;
pub(crate) mod number;
mod ods;
mod range;
mod serial_date;
pub mod tsv;
mod what;
mod xlsx;
mod xlsx_cells;
mod xlsx_styles;
mod xml;
mod zip;

pub use grid::Sheet;

use crate::error::ChartError;

/// One sheet's text, and which sheet it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetText {
    pub sheet: String,
    pub text: String,
}

/// Every sheet of a spreadsheet's bytes, in order.
pub fn sheets(bytes: &[u8]) -> Result<Vec<Sheet>, ChartError> {
    let (format, zip) = what::format(bytes)?;
    let mut cells = 0;
    match format {
        what::Format::Ods => {
            let content = zip.read("content.xml")?.ok_or_else(|| xml::broken("content.xml", "it is missing"))?;
            ods::sheets(&content, &mut cells)
        }
        what::Format::Xlsx => xlsx::sheets(&zip, &mut cells),
    }
}

/// The sheet named `sheet` (or, without a name, the first a reader recognises) as
/// tab-separated text; with `range` (`A9:I24`), that block of it only.
pub fn read_spreadsheet(bytes: &[u8], sheet: Option<&str>, range: Option<&str>) -> Result<SheetText, ChartError> {
    let block = range.map(range::parse).transpose()?;
    let sheets = sheets(bytes)?;
    let (chosen, why) = choose::choose(&sheets, sheet)?;
    let text = match block {
        Some(block) => tsv::write(&range::cut(chosen, block), &format!("{why}, cells {}", range.unwrap_or("").trim())),
        None => tsv::write(chosen, &why),
    };
    Ok(SheetText { sheet: chosen.name.clone(), text })
}

/// `readSpreadsheet(bytes, options)`: the options checked (`sheet` and `range`, text), then
/// [`read_spreadsheet`].
pub fn read_with_options(bytes: &[u8], options: &crate::model::Json) -> Result<SheetText, ChartError> {
    use crate::model::{input::keys, Node};
    let node = Node::named(options, "options");
    keys::only_known(&node, &keys::SPREADSHEET_OPTIONS)?;
    let text = |key: &str| -> Result<Option<String>, ChartError> {
        let crate::model::Json::Object(entries) = options else { return Ok(None) };
        match entries.iter().find(|(k, _)| k == key).map(|(_, v)| v) {
            None | Some(crate::model::Json::Null) => Ok(None),
            Some(crate::model::Json::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(ChartError::new(format!("options.{key}"), format!("expected text, {}", other.found()))),
        }
    };
    let (sheet, range) = (text("sheet")?, text("range")?);
    read_spreadsheet(bytes, sheet.as_deref(), range.as_deref())
}
