//! What a screen reader hears when it lands on a chart: a short name that identifies the
//! picture ("Line chart: Children looked after per 10,000 children") and, as its description,
//! the headline (the latest figure and its status, the overall judgement, the plan's total and
//! whether it adds up) and "Press question mark for keys": at most 60 words each time focus
//! lands. The whole summary stays on the page as text, read once in browse mode. WAI's
//! guidance for complex images: a short name, the detail where it can be read.

use crate::interact::Key;
use crate::model::shapes::results::Summary;

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
/// what Up and Down move between ("lines", "areas"), if anything; `sound`, whether S plays it.
/// `offered`, what the chart's key order lets the keys do (once it is drawn; before, every key
/// the view has is named).
pub fn key_help(rows: Option<&str>, sound: bool, offered: Option<crate::interact::keyboard::Offered>) -> String {
    let up_down = match (rows, offered) {
        (Some(rows), None) => format!(", Up and Down to change {rows}"),
        (Some(rows), Some(o)) if o.rows => format!(", Up and Down to change {rows}"),
        _ => String::new(),
    };
    let mut moves = String::new();
    if offered.is_some_and(|o| o.map) {
        moves = "arrow keys move to the neighbouring council, Home and End go to the best and worst, Page Up and Page Down move from region to region, ".to_owned();
    } else if offered.is_none_or(|o| o.any) {
        moves = format!("arrow keys move through the data{up_down}, Home and End go to the ends, ");
        if offered.is_none_or(|o| o.pages) {
            moves.push_str("Page Up and Page Down move by ten, ");
        }
    }
    let s = if sound { ", S plays the data as sound" } else { "" };
    format!("Keys: {moves}T opens the data table{s}, Escape stops, and question mark repeats these keys.")
}

/// The most words said when focus lands: the name and the headline.
pub const FOCUS_WORDS: usize = 60;

/// The headline a chart's description gives on focus, from its summary, ending with the hint.
pub fn headline(summary: &Summary) -> String {
    let mut parts: Vec<String> = Vec::new();
    match summary {
        Summary::Kpi(k) => headline_kpi(k, &mut parts),
        Summary::Judgement(j) => {
            if let Some(first) = j.areas.first() {
                let grade = first.grade.clone().unwrap_or_else(|| first.state.clone());
                parts.push(format!("{}, {}: {grade}", j.inspection, first.area));
                parts.extend(first.movement.clone());
            }
            if j.areas.len() > 1 {
                parts.push(format!("{} areas in all", j.areas.len()));
            }
        }
        Summary::Funding(f) => {
            // A sentence, not "Total −£2.8m in Variation, adds up".
            let lines = if f.adds_up { "its lines add up" } else { "its lines do not add up" };
            parts.push(match f.totals.last() {
                Some(last) if f.adds_up => format!("{} totals {}, and {lines}", last.column, last.total.text),
                Some(last) => format!("{} totals {}, but {lines}", last.column, last.total.text),
                None => super::upper_first(lines),
            });
        }
        Summary::Scorecard(s) => {
            let status = |word: &str| s.indicators.iter().filter(|k| k.status.as_deref() == Some(word)).count();
            parts.push(format!("{} indicators", s.indicators.len()));
            let (off, near, on) = (status("Off target"), status("Near target"), status("On target"));
            if off + near + on > 0 {
                parts.push(format!("{off} off target, {near} near, {on} on"));
            }
        }
    }
    let mut words = parts.join(", ");
    if !words.is_empty() {
        words.push_str(". ");
    }
    words.push_str("Press question mark for keys.");
    words
}

fn headline_kpi(k: &crate::model::shapes::results::KpiSummary, parts: &mut Vec<String>) {
    let (Some(value), Some(period)) = (&k.value, &k.period) else {
        parts.push("No value yet".to_owned());
        return;
    };
    let who = k.series.as_deref().map_or(String::new(), |s| format!("{s}: "));
    parts.push(format!("{who}{} in {period}", value.text));
    // "Off target" as "off target" (ASCII: str::to_lowercase brings Unicode's case tables).
    parts.extend(k.status.as_ref().map(|s| s.to_ascii_lowercase()));
    if let (Some(direction), Some(before)) = (&k.direction, &k.previous_period) {
        parts.push(format!("{direction} since {before}"));
    }
    parts.extend(k.rank.as_ref().map(|r| r.text.clone()));
}

/// A keyboard step said: the datum, then where it is ("3 of 12").
pub fn step(words: &str, place: Option<(usize, usize)>) -> String {
    match place {
        Some((n, of)) => format!("{words}, {n} of {of}"),
        None => words.to_owned(),
    }
}

/// What a key says when there is nothing further that way, and where the reader is
/// ("End of the series: 5 of 5, the last.").
pub fn at_the_end(key: Key, rows: Option<&str>, place: Option<(usize, usize)>) -> String {
    let rows = rows.unwrap_or("rows");
    let (end, which) = match key {
        Key::Right | Key::End | Key::PageDown => ("End of the series", "the last"),
        Key::Left | Key::Home | Key::PageUp => ("Start of the series", "the first"),
        // The place is along the row, not which row: not said.
        Key::Down => return format!("No more {rows} below."),
        Key::Up => return format!("No more {rows} above."),
    };
    match place {
        Some((n, of)) => format!("{end}: {n} of {of}, {which}."),
        None => format!("{end}."),
    }
}

/// What a key says on a map when there is nothing further that way.
pub fn map_edge(key: Key) -> &'static str {
    match key {
        Key::Left => "No council further west.",
        Key::Right => "No council further east.",
        Key::Up => "No council further north.",
        Key::Down => "No council further south.",
        Key::PageDown => "The last region.",
        Key::PageUp => "The first region.",
        Key::Home | Key::End => "",
    }
}

/// What Escape says it closed: never silence, which leaves a reader wondering.
pub fn escaped(tooltip: bool, sound: bool) -> &'static str {
    match (tooltip, sound) {
        (true, true) => "Sound stopped; tooltip closed.",
        (false, true) => "Sound stopped.",
        (true, false) => "Tooltip closed; the arrow keys start again from the beginning.",
        (false, false) => "Nothing open to close.",
    }
}
