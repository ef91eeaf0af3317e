//! # council-charts
//!
//! Accessible, interactive canvas charts of English council data: inspection judgements,
//! funding plans and KPI series, compiled to WebAssembly.
//!
//! Data flows one way through six stages, each a module named after it:
//!
//! 1. [`model`]: JSON (or a JavaScript object) becomes checked, typed values. The only stage
//!    that rejects input; every error names its path ([`error::ChartError`]).
//! 2. [`scale`]: values to pixels and back, nice ticks, numbers and units in words.
//! 3. [`scene`]: a list of shapes in CSS pixels, each tagged with the datum it shows.
//! 4. [`paint`]: the scene onto a plotters `DrawingBackend`: canvas on screen, SVG for export.
//! 5. [`interact`]: hit-testing and highlight over the scene, never over pixels.
//! 6. `web`: the only module that touches wasm-bindgen and web-sys.
//!
//! [`chart`] ties the stages together per chart kind; [`words`] and [`export`] say a chart in
//! sentences, CSV and SVG. Everything but `web` runs under native `cargo test`.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod chart;
pub mod error;
pub mod export;
pub mod interact;
pub mod model;
pub mod paint;
pub mod scale;
pub mod scene;
pub mod words;

#[cfg(all(target_arch = "wasm32", not(feature = "sheet-module")))]
pub mod web;
/// The spreadsheet reader's own WebAssembly module (`--features sheet-module`): readSpreadsheet
/// alone, fetched by the chart modules' `readSpreadsheet` on first use.
#[cfg(all(target_arch = "wasm32", feature = "sheet-module"))]
#[path = "web/sheet_module.rs"]
pub mod web;

pub use chart::{Chart, OneScene};
pub use error::ChartError;
