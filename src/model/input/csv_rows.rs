//! The rows of pasted CSV, as every CSV reader here wants them: cells trimmed, rows of any
//! length, blank rows skipped, each with its index in the file (0 is the first row).
//!
//! Text copied from Excel or LibreOffice comes as tab-separated values: a text whose first
//! line holds a tab is read with tabs between cells, so a paste reads like the saved CSV. A
//! UTF-8 byte-order mark (which Excel writes at the start of a "CSV UTF-8" file) is dropped;
//! Windows line endings are read as line ends by the csv crate.
//!
//! One parser per separator serves every call. Building one takes longer than reading a typical pasted table
//! (the csv crate compiles its state machine each time), and a page may read many.

use std::cell::RefCell;
use std::io::Cursor;
use std::rc::Rc;

type Reader = csv::Reader<Cursor<Vec<u8>>>;

/// Where a cell is, as an error names it, counting as a spreadsheet does (the file's first row
/// is row 1, columns from 1): `data (CSV) row 4, column 2 ("Our council")`.
pub fn at(row: usize, column: usize, header: &str) -> String {
    format!("data (CSV) row {}, column {} (\"{header}\")", row + 1, column + 1)
}

/// Rows with their index in the file.
pub type Rows = Vec<(usize, Vec<String>)>;

/// A text parsed while `parsed_once` runs, and its rows.
type ParsedText = (String, Rc<Rows>);

/// A row the csv crate could not read: its index, and why.
pub type RowError = (usize, String);

thread_local! {
    static COMMA_READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
    static TAB_READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
    /// While `parsed_once` runs: each text parsed so far and its rows.
    static ONCE: RefCell<Option<Vec<ParsedText>>> = const { RefCell::new(None) };
    static PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `read` with every text it reads parsed once: a scorecard whose items give the same
/// published file (each with its own indicator or council) parses it once, not once an item.
/// The parsed rows are let go when `read` returns.
pub fn parsed_once<T>(read: impl FnOnce() -> T) -> T {
    // Within another `parsed_once` (a scorecard's reading, then its tiles'), the outer's
    // parsed texts serve this one too.
    let started = ONCE.with(|once| match once.try_borrow_mut() {
        Ok(mut once) if once.is_none() => {
            *once = Some(Vec::new());
            true
        }
        _ => false,
    });
    let result = read();
    if started {
        ONCE.with(|once| {
            if let Ok(mut once) = once.try_borrow_mut() {
                *once = None;
            }
        });
    }
    result
}

/// How many texts this thread has parsed (for the test that a shared file is parsed once).
pub fn parses() -> usize {
    PARSES.with(std::cell::Cell::get)
}

/// The cell separator a text uses: a tab when its first line has one (a spreadsheet paste),
/// otherwise a comma.
pub fn separator(text: &str) -> u8 {
    let first_line = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    if first_line.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// The non-blank rows of `text` (comma- or tab-separated, see [`separator`]); on a row the csv
/// crate cannot read, its index and why.
pub fn rows(text: &str) -> Result<Rows, RowError> {
    shared_rows(text).map(|rows| rows.as_ref().clone())
}

/// [`rows`], shared: within [`parsed_once`], every reader of the same text gets the one parsed
/// copy rather than a copy each (a scorecard of 40 indicators from one file read it 40 times).
pub fn shared_rows(text: &str) -> Result<Rc<Rows>, RowError> {
    let cached = ONCE.with(|once| {
        let once = once.try_borrow().ok()?;
        once.as_ref()?.iter().find(|(t, _)| t == text).map(|(_, rows)| Rc::clone(rows))
    });
    if let Some(rows) = cached {
        return Ok(rows);
    }
    let parsed = Rc::new(parse(text)?);
    ONCE.with(|once| {
        if let Ok(mut once) = once.try_borrow_mut() {
            if let Some(list) = once.as_mut() {
                list.push((text.to_owned(), Rc::clone(&parsed)));
            }
        }
    });
    Ok(parsed)
}

fn parse(text: &str) -> Result<Rows, RowError> {
    PARSES.with(|n| n.set(n.get() + 1));
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = separator(text);
    let shared = if delimiter == b'\t' { &TAB_READER } else { &COMMA_READER };
    let new_reader = move || {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .delimiter(delimiter)
            .from_reader(Cursor::new(Vec::new()))
    };
    shared.with(|cell| {
        // If the shared parser is in use (it never is: reading is not re-entrant), use a new one.
        let mut shared = cell.try_borrow_mut().ok();
        let mut own = None;
        let reader = match shared.as_deref_mut() {
            Some(slot) => slot.get_or_insert_with(new_reader),
            None => own.insert(new_reader()),
        };
        *reader.get_mut() = Cursor::new(text.as_bytes().to_vec());
        // Back to the start with a fresh state machine. `seek_raw`, not `seek`: `seek` does
        // nothing when the position already matches, which would keep the last text's end state.
        let result = reader
            .seek_raw(std::io::SeekFrom::Start(0), csv::Position::new())
            .map_err(|e| (0, e.to_string()))
            .and_then(|()| read_all(reader));
        // The text is not kept after reading.
        *reader.get_mut() = Cursor::new(Vec::new());
        result
    })
}

fn read_all(reader: &mut Reader) -> Result<Rows, RowError> {
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut index = 0;
    // Text from readSpreadsheet starts with a line saying which sheet it is: read past, with
    // the rows after it counted from the sheet's own row 1.
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(rows),
            Ok(true) => {
                if index == 0 && record.get(0) == Some(SHEET_LINE) {
                    continue;
                }
                if record.iter().any(|cell| !cell.is_empty()) {
                    rows.push((index, record.iter().map(str::to_owned).collect()));
                }
                index += 1;
            }
            Err(e) => return Err((index, e.to_string())),
        }
    }
}

/// The first cell of the line readSpreadsheet's text starts with (model::sheet::tsv).
pub const SHEET_LINE: &str = "#sheet";

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn the_shared_parser_starts_afresh_for_each_text() {
        // The csv crate skips empty lines; rows of empty cells are skipped here.
        assert_eq!(
            rows("a, b\n\n1,2,3\n , \n").unwrap(),
            vec![(0, vec!["a".into(), "b".into()]), (1, vec!["1".into(), "2".into(), "3".into()])]
        );
        // A text that ends inside a quoted cell must not leak its state into the next one.
        assert_eq!(rows("\"open,x\n").unwrap(), vec![(0, vec!["open,x".into()])]);
        assert_eq!(rows("x,y\n").unwrap(), vec![(0, vec!["x".into(), "y".into()])]);
        // An empty text leaves the parser at byte 0 and at its end: the next must still be read.
        assert_eq!(rows("").unwrap(), Vec::<(usize, Vec<String>)>::new());
        assert_eq!(rows("z\n").unwrap(), vec![(0, vec!["z".into()])]);
    }

    #[test]
    fn a_spreadsheet_paste_is_read_with_tabs_between_cells() {
        let pasted = "\u{feff}Area\t2019\r\nHelp, and protection\t\"Good\"\r\n";
        assert_eq!(
            rows(pasted).unwrap(),
            vec![(0, vec!["Area".into(), "2019".into()]), (1, vec!["Help, and protection".into(), "Good".into()])]
        );
        // The comma reader is not disturbed by a tab reader in between.
        assert_eq!(rows("a,b\n").unwrap(), vec![(0, vec!["a".into(), "b".into()])]);
    }
}
