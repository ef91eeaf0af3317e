//! Stage 5: hit-testing and what a hovered or focused datum shows.

pub mod highlight;
pub mod hits;
pub mod keyboard;
pub mod map_keys;
pub mod sound;

pub use highlight::highlight;
pub use hits::{HitIndex, Hits};
pub use keyboard::{Key, KeyOrder};

/// The text of a tooltip: a heading line and detail lines, all plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tooltip {
    pub heading: String,
    pub lines: Vec<String>,
}

impl Tooltip {
    /// The tooltip as one sentence for a screen reader: "2016/17, Our council: 67 per 10,000".
    pub fn spoken(&self) -> String {
        std::iter::once(self.heading.as_str())
            .chain(self.lines.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
