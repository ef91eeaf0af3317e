//! Charts in words: the plain-English sentences of `describe()`, tooltips and announcements.

pub mod funding;
pub mod kpi;
pub mod rank;

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
