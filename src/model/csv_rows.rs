//! The rows of pasted CSV, as every CSV reader here wants them: cells trimmed, rows of any
//! length, blank rows skipped, each with its index in the file (0 is the first row).
//!
//! One parser serves every call. Building one takes longer than reading a typical pasted table
//! (the csv crate compiles its state machine each time), and a page may read many.

use std::cell::RefCell;
use std::io::Cursor;

type Reader = csv::Reader<Cursor<Vec<u8>>>;

/// Rows with their index in the file.
pub type Rows = Vec<(usize, Vec<String>)>;

/// A row the csv crate could not read: its index, and why.
pub type RowError = (usize, String);

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

fn new_reader() -> Reader {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(Cursor::new(Vec::new()))
}

/// The non-blank rows of `text`; on a row the csv crate cannot read, its index and why.
pub fn rows(text: &str) -> Result<Rows, RowError> {
    READER.with(|cell| {
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
        let result = reader.seek_raw(std::io::SeekFrom::Start(0), csv::Position::new()).map_err(|e| (0, e.to_string())).and_then(|()| read_all(reader));
        // The text is not kept after reading.
        *reader.get_mut() = Cursor::new(Vec::new());
        result
    })
}

fn read_all(reader: &mut Reader) -> Result<Rows, RowError> {
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut index = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(rows),
            Ok(true) => {
                if record.iter().any(|cell| !cell.is_empty()) {
                    rows.push((index, record.iter().map(str::to_owned).collect()));
                }
                index += 1;
            }
            Err(e) => return Err((index, e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn the_shared_parser_starts_afresh_for_each_text() {
        // The csv crate skips empty lines; rows of empty cells are skipped here.
        assert_eq!(rows("a, b\n\n1,2,3\n , \n").unwrap(), vec![(0, vec!["a".into(), "b".into()]), (1, vec!["1".into(), "2".into(), "3".into()])]);
        // A text that ends inside a quoted cell must not leak its state into the next one.
        assert_eq!(rows("\"open,x\n").unwrap(), vec![(0, vec!["open,x".into()])]);
        assert_eq!(rows("x,y\n").unwrap(), vec![(0, vec!["x".into(), "y".into()])]);
        // An empty text leaves the parser at byte 0 and at its end: the next must still be read.
        assert_eq!(rows("").unwrap(), Vec::<(usize, Vec<String>)>::new());
        assert_eq!(rows("z\n").unwrap(), vec![(0, vec!["z".into()])]);
    }
}
