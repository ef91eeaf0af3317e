//! What bytes given as a spreadsheet are, so that a PDF, an old `.xls`, a Word document, an
//! image or UTF-16 text is refused with what it looks like and what to give instead.

use super::limits::refuse;
use super::zip::Zip;
use crate::error::ChartError;

/// The spreadsheet formats read here.
pub enum Format {
    Ods,
    Xlsx,
}

/// The format of a zip that is a spreadsheet, or why the bytes are refused.
pub fn format<'a>(bytes: &'a [u8]) -> Result<(Format, Zip<'a>), ChartError> {
    if bytes.is_empty() {
        return Err(refuse("there are no bytes: the file is empty".to_owned()));
    }
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(refuse(not_a_zip(bytes)));
    }
    let zip = Zip::open(bytes)?;
    if zip.has("xl/workbook.xml") {
        return Ok((Format::Xlsx, zip));
    }
    if zip.has("content.xml") {
        let mimetype = zip.read("mimetype")?.unwrap_or_default();
        let manifest = zip.read("META-INF/manifest.xml")?.unwrap_or_default();
        if contains(&manifest, b"encryption-data") {
            return Err(refuse(super::limits::PASSWORD.to_owned()));
        }
        if mimetype.is_empty() || contains(&mimetype, b"opendocument.spreadsheet") {
            return Ok((Format::Ods, zip));
        }
        return Err(refuse(format!(
            "this is an OpenDocument file of another kind ({}), not a spreadsheet; give the .ods or .xlsx the table is in",
            String::from_utf8_lossy(&mimetype).trim()
        )));
    }
    let other = if zip.has("word/document.xml") {
        "a Word document (.docx)".to_owned()
    } else if zip.has("ppt/presentation.xml") {
        "a PowerPoint presentation (.pptx)".to_owned()
    } else {
        let names: Vec<&str> = zip.names().take(3).collect();
        format!("a zip of other files ({})", if names.is_empty() { "none".to_owned() } else { names.join(", ") })
    };
    Err(refuse(format!("this is {other}, not a spreadsheet; give the .xlsx or .ods file the table is in")))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What bytes that are not a zip look like, and what to give instead.
fn not_a_zip(bytes: &[u8]) -> String {
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    let utf16 = |s: &str| s.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
    if bytes.starts_with(OLE) {
        if contains(bytes, &utf16("EncryptedPackage")) {
            super::limits::PASSWORD.to_owned()
        } else {
            "this is an Excel 97-2003 workbook (.xls), which is not read; open it and save it as an Excel Workbook (.xlsx) or an OpenDocument spreadsheet (.ods)".to_owned()
        }
    } else if bytes.starts_with(b"%PDF") {
        "this is a PDF, which holds no table a chart can read; download the spreadsheet or CSV the publisher gives beside it".to_owned()
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") || bytes.starts_with(b"GIF8") {
        "this is an image, not a spreadsheet; give the .xlsx, .ods or CSV file the figures are in".to_owned()
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        "this is text in UTF-16 (Excel's \"Unicode Text\"); give the text itself to the chart (await file.text()), or save the sheet as CSV UTF-8".to_owned()
    } else if looks_like_text(bytes) {
        "this is text, not a spreadsheet; give it to the chart as it is (CSV or tab-separated text), without readSpreadsheet".to_owned()
    } else {
        "these bytes are not a spreadsheet (.xlsx or .ods) or text; give the .xlsx, .ods or CSV file the table is in"
            .to_owned()
    }
}

/// UTF-8 text, judged by its first 4 KB (a character cut at the end is fine).
fn looks_like_text(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes.get(..bytes.len().min(4096)).unwrap_or_default()) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}
