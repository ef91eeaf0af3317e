//! Stage 5: hit-testing and what a hovered or focused datum shows.

pub mod highlight;
pub mod hits;

pub use highlight::highlight;
pub use hits::HitIndex;

/// The text of a tooltip: a heading line and detail lines, all plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tooltip {
    pub heading: String,
    pub lines: Vec<String>,
}
