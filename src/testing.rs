//! The stages as the project's own tests, benchmarks and fuzz targets see them: not part of the
//! API, hidden from the documentation, and free to change in any release. A Rust caller uses the
//! front door at the crate's root; this module exists because the tests check each stage on its
//! own (a scale's ticks, a scene's shapes, a reader's cells), which the front door rightly hides.

/// Stage 1: checked, typed values.
pub mod model {
    pub use crate::model::*;
}
/// Stage 2: values to pixels and back.
pub mod scale {
    pub use crate::scale::*;
}
/// Stage 3: shapes in CSS pixels.
pub mod scene {
    pub use crate::scene::*;
}
/// Stage 4: the scene onto a backend.
pub mod paint {
    pub use crate::paint::*;
}
/// Stage 5: hit-testing and the keyboard.
pub mod interact {
    pub use crate::interact::*;
}
/// A chart in sentences.
pub mod words {
    pub use crate::words::*;
}
/// A chart as CSV, a table and SVG.
pub mod export {
    pub use crate::export::*;
}
/// The stages tied together per chart kind.
pub mod chart {
    pub use crate::chart::*;
}
