//! Stage 1: checked, typed domain values. The only stage that rejects input.
//!
//! Grouped by family: each family's types and derived figures, with a `read/` folder holding
//! one file per way its data arrives (JSON, pasted CSV, each publisher's file). A new
//! publisher's file is one file in its family's `read/` and one variant of
//! [`input::published::PublishedLayout`], which recognises it by its header.

pub mod color;
pub mod funding;
pub mod input;
pub mod judgement;
pub mod kpi;
pub mod map;
pub mod order;
/// The public data shapes and options as serde types, and what the library gives back.
#[warn(missing_docs)]
pub mod shapes;
#[cfg(feature = "sheet")]
pub mod sheet;
pub mod time;
pub mod titles;
pub mod view;

pub use input::json::Json;
pub use input::node::Node;
