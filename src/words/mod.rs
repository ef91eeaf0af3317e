//! Charts in words: the plain-English sentences of `describe()`, tooltips and announcements.

pub mod access;
pub mod funding;
pub mod kpi;
pub mod rank;

/// The text with its first letter a capital: "3rd of 11" stays, "above" becomes "Above".
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| format!("{}{}", c.to_ascii_uppercase(), chars.as_str())).unwrap_or_default()
}

/// "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
pub mod judgement;
pub mod judgement_national;
