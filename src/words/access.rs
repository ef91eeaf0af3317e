//! What a screen reader hears when it lands on a chart: a short name that identifies the
//! picture ("Line chart: Children looked after per 10,000 children"), read in full each time
//! focus lands, and, as its description, the summary and one sentence on the keys. WAI's
//! guidance for complex images: a short name, the detail in a description that can be read in
//! browse mode.

/// The most characters a name has; a longer title is cut at a word and marked with "…".
pub const NAME_LIMIT: usize = 99;

/// "Line chart: Children looked after per 10,000 children".
pub fn short_name(kind: &str, title: &str) -> String {
    let name = format!("{kind}: {}", title.trim());
    if name.chars().count() <= NAME_LIMIT {
        return name;
    }
    let mut cut: String = name.chars().take(NAME_LIMIT - 1).collect();
    if let Some(space) = cut.rfind(' ').filter(|i| *i > cut.len() / 2) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The sentence on the keys, ending the description and said again on `?` or `H`; `rows` is
/// what Up and Down move between ("lines", "areas"), if anything.
pub fn key_help(rows: Option<&str>) -> String {
    let up_down = rows.map_or_else(String::new, |rows| format!(", Up and Down to change {rows}"));
    format!("Keys: arrow keys move through the data{up_down}, Home and End go to the ends, Page Up and Page Down move by ten, T opens the data table, S plays the data as sound, Escape stops, and question mark repeats these keys.")
}
