//! Charts in words: the plain-English sentences of `describe()`, tooltips and announcements.

pub mod access;
pub mod compare;
pub mod ear;
pub mod funding;
pub mod kpi;
pub mod map;
pub mod rank;
pub mod scorecard;
pub mod spine;
pub mod summary;
pub mod trend;

/// The text with its first letter a capital: "3rd of 11" stays, "above" becomes "Above".
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| format!("{}{}", c.to_ascii_uppercase(), chars.as_str())).unwrap_or_default()
}

/// "a, b and c"; names that hold "and" or a comma themselves are joined by semicolons, so a
/// reader can tell where each ends: "Sunderland; Kensington and Chelsea; and Westminster".
pub fn join_and(items: &[String]) -> String {
    // A comma inside the last of two names cannot be misread ("Feb 2019 and Mar 2022, short").
    let comma_matters = |i: usize| items.len() > 2 || i + 1 < items.len();
    let ambiguous = items.len() > 1
        && items
            .iter()
            .enumerate()
            .any(|(i, item)| item.contains(" and ") || (item.contains(", ") && comma_matters(i)));
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] if ambiguous => format!("{}; and {last}", init.join("; ")),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
pub mod judgement;
pub mod judgement_map;
pub mod judgement_national;
