//! Getting data and pictures out: CSV for analysts, SVG for print.

pub mod csv;
pub mod svg;
pub mod table;
