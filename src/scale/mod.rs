//! Stage 2: values to pixels and back, nice ticks, and how numbers read.

pub mod format;
pub mod linear;
pub mod ticks;

pub use linear::LinearScale;
pub use ticks::{nice_ticks, Ticks};
