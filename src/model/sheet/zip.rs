//! A zip's directory and its entries, as a spreadsheet needs them: stored or deflated entries,
//! read by name, each inflated no further than its directory says and the ceiling allows.
//!
//! Hand-read rather than through the `zip` crate: a spreadsheet needs only the central
//! directory and two methods, and every size the ceiling depends on is checked here, before a
//! byte is inflated (BENCHMARKS.md, "The spreadsheet reader").

use super::limits::{refuse, MAX_INFLATED};
use crate::error::ChartError;

/// One file in the zip, as its central directory describes it.
struct Entry {
    name: String,
    method: u16,
    encrypted: bool,
    compressed: usize,
    inflated: usize,
    local_header: usize,
}

/// A zip's bytes and its directory.
pub struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    /// Bytes inflated so far, against [`MAX_INFLATED`] for the whole file.
    spent: std::cell::Cell<usize>,
}

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn broken(what: &str) -> ChartError {
    refuse(format!("this zip is broken ({what}); save the spreadsheet again and give the new file"))
}

impl<'a> Zip<'a> {
    /// The zip's directory, read from its end.
    pub fn open(bytes: &'a [u8]) -> Result<Zip<'a>, ChartError> {
        // The end record is the last 22 bytes, or further back by a comment of up to 64 KB.
        let earliest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (earliest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_OF_DIRECTORY))
            .ok_or_else(|| broken("its directory is missing: the file may be cut short"))?;
        let count = u16_at(bytes, end + 10).ok_or_else(|| broken("its directory is cut short"))? as usize;
        let start = u32_at(bytes, end + 16).ok_or_else(|| broken("its directory is cut short"))?;
        if start == u32::MAX || count == 0xFFFF {
            return Err(refuse(
                "this zip is in the ZIP64 form, for files over 4 GB; no spreadsheet of a council's table needs it"
                    .to_owned(),
            ));
        }
        let mut entries = Vec::with_capacity(count.min(4096));
        let mut at = start as usize;
        for _ in 0..count {
            entries.push(Self::entry(bytes, at)?);
            let lengths = (u16_at(bytes, at + 28), u16_at(bytes, at + 30), u16_at(bytes, at + 32));
            let (Some(name), Some(extra), Some(comment)) = lengths else {
                return Err(broken("a directory entry is cut short"));
            };
            at = at.saturating_add(46 + name as usize + extra as usize + comment as usize);
        }
        Ok(Zip { bytes, entries, spent: std::cell::Cell::new(0) })
    }

    fn entry(bytes: &[u8], at: usize) -> Result<Entry, ChartError> {
        let cut = || broken("a directory entry is cut short");
        if u32_at(bytes, at) != Some(DIRECTORY_ENTRY) {
            return Err(broken("a directory entry is not where the directory says"));
        }
        let name_length = u16_at(bytes, at + 28).ok_or_else(cut)? as usize;
        let name = bytes.get(at.saturating_add(46)..at.saturating_add(46 + name_length)).ok_or_else(cut)?;
        Ok(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            encrypted: u16_at(bytes, at + 8).ok_or_else(cut)? & 1 == 1,
            method: u16_at(bytes, at + 10).ok_or_else(cut)?,
            compressed: u32_at(bytes, at + 20).ok_or_else(cut)? as usize,
            inflated: u32_at(bytes, at + 24).ok_or_else(cut)? as usize,
            local_header: u32_at(bytes, at + 42).ok_or_else(cut)? as usize,
        })
    }

    /// Whether the zip holds a file of this name.
    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// The names of the zip's files, in its order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// The file of this name, inflated; `None` if the zip has none.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ChartError> {
        let Some(entry) = self.entries.iter().find(|e| e.name == name) else { return Ok(None) };
        if entry.encrypted {
            return Err(refuse(super::limits::PASSWORD.to_owned()));
        }
        let spent = self.spent.get().saturating_add(entry.inflated);
        if spent > MAX_INFLATED {
            return Err(refuse(format!(
                "this spreadsheet inflates to more than {} MB, the most read; save the sheet you need on its own and give that file",
                MAX_INFLATED >> 20
            )));
        }
        self.spent.set(spent);
        let cut = || broken("a file in it is cut short");
        let header = entry.local_header;
        if u32_at(self.bytes, header) != Some(LOCAL_HEADER) {
            return Err(broken("a file is not where the directory says"));
        }
        let name_length = u16_at(self.bytes, header + 26).ok_or_else(cut)? as usize;
        let extra_length = u16_at(self.bytes, header + 28).ok_or_else(cut)? as usize;
        let start = header.saturating_add(30 + name_length + extra_length);
        let data = self.bytes.get(start..start.saturating_add(entry.compressed)).ok_or_else(cut)?;
        let inflated = match entry.method {
            0 => data.to_vec(),
            // The limit is the size the directory gives: a stream that would inflate further is
            // refused at that point, however small the file.
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, entry.inflated).map_err(|_| {
                broken(&format!("{name} does not inflate to the {} bytes its directory gives", entry.inflated))
            })?,
            other => {
                return Err(broken(&format!("{name} is packed by method {other}; spreadsheets use 0 or 8 (deflate)")))
            }
        };
        if inflated.len() != entry.inflated {
            return Err(broken(&format!(
                "{name} inflates to {} bytes, not the {} its directory gives",
                inflated.len(),
                entry.inflated
            )));
        }
        Ok(Some(inflated))
    }
}
