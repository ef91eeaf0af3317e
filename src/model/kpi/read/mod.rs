//! A KPI as its data arrive: a JSON object (`json`, with the series checks every reader shares
//! in `series`), a wide CSV pasted from a spreadsheet (`csv`, on the parts every CSV layout
//! shares in `csv_parts`), and the publishers' own files: DfE Explore Education Statistics
//! (`ees`, its geographic levels and its `.meta.csv`), OHID Fingertips (`fingertips`), and
//! DfE's statistical neighbours table (`neighbours_table`).

pub mod csv;
mod csv_parts;
pub mod ees;
pub mod ees_levels;
pub mod ees_meta;
pub mod fingertips;
pub mod json;
pub mod neighbours_table;
pub mod series;
