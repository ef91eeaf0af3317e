//! Tests are data: a fixture in, a snapshot out. Set UPDATE_SNAPSHOTS=1 to rewrite the
//! expected outputs from what the code now does, then read the diff before committing.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

/// The published files, read in place where `../shared` sits beside the checkout (CI always has
/// it); `None`, said as skipped, where it does not. They are never copied into the repository.
pub fn real_data() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real-data");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is not beside this checkout (CI always has it)", dir.display());
        None
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_SNAPSHOTS").is_some()
}

/// Runs every `input ==> expected` line of `tests/cases/<name>.txt` through `f`.
/// Lines starting with `#` and blank lines are kept as they are.
/// A case's text as the file writes it on one line: `\\n` a new line, `\\r` a carriage return,
/// `\\t` a tab and `\\ufeff` a byte-order mark, so spreadsheet pastes fit in a case table.
#[allow(dead_code)]
pub fn unescape(text: &str) -> String {
    text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\ufeff", "\u{feff}")
}

pub fn run_cases(name: &str, f: impl Fn(&str) -> String) {
    let path = root().join("cases").join(name);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    let mut rewritten = String::new();
    let mut count = 0;
    for (number, line) in text.lines().enumerate() {
        let case = if line.starts_with('#') { None } else { line.split_once(" ==> ") };
        let Some((input, expected)) = case else {
            rewritten.push_str(line);
            rewritten.push('\n');
            continue;
        };
        count += 1;
        let input = input.trim_end();
        let actual = f(input);
        if actual != expected.trim() {
            failures.push(format!(
                "{name}:{}: {input}\n    expected: {}\n    actual:   {actual}",
                number + 1,
                expected.trim()
            ));
        }
        rewritten.push_str(&format!("{input} ==> {actual}\n"));
    }
    assert!(count > 0, "{name} has no cases");
    if updating() {
        fs::write(&path, rewritten).unwrap();
    } else {
        assert!(
            failures.is_empty(),
            "{} of {count} cases differ (UPDATE_SNAPSHOTS=1 to accept):\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

/// Compares `actual` with the stored snapshot; on a mismatch writes `<name>-changed.<ext>`.
pub fn check_snapshot(relative: &str, actual: &str) {
    let path = root().join("snapshots").join(relative);
    if updating() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_default();
    let changed = changed_path(&path);
    if expected == actual {
        let _ = fs::remove_file(changed);
    } else {
        fs::write(&changed, actual).unwrap();
        panic!(
            "{} differs from its snapshot; see {} (UPDATE_SNAPSHOTS=1 to accept)",
            path.display(),
            changed.display()
        );
    }
}

fn changed_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().unwrap().to_string_lossy();
    let ext = path.extension().map(|e| e.to_string_lossy().to_string()).unwrap_or_default();
    path.with_file_name(format!("{stem}-changed.{ext}"))
}

pub fn fixture(relative: &str) -> String {
    let path = root().join("fixtures").join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `text` with each `"@kpi/file"` replaced by that fixture as a page passes it: a JSON file as
/// its object, any other file as its text in a JSON string.
pub fn with_files(text: &str) -> String {
    let mut text = text.to_owned();
    while let Some(start) = text.find("\"@") {
        let end = start + 2 + text[start + 2..].find('"').unwrap();
        let name = text[start + 2..end].to_owned();
        let file = fixture(&name);
        let value = if name.ends_with(".json") { file } else { serde_json::to_string(&file).unwrap() };
        text.replace_range(start..=end, &value);
    }
    text
}
