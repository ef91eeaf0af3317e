//! Stage 1: checked, typed domain values. The only stage that rejects input.

pub mod amount;
pub mod area;
pub mod breakdown;
pub mod calendar;
pub mod color;
pub mod csv_rows;
pub mod ees_levels;
pub mod ees_meta;
pub mod funding;
pub mod funding_by_authority;
pub mod funding_csv;
pub mod funding_published;
pub mod grade;
pub mod input;
pub mod json;
pub mod judgement;
pub mod judgement_csv;
pub mod judgement_ofsted;
pub mod keys;
pub mod kpi;
pub mod kpi_councils;
pub mod kpi_csv;
mod kpi_csv_parts;
pub mod kpi_detail;
pub mod kpi_ees;
pub mod kpi_field;
pub mod kpi_fingertips;
pub mod kpi_periods;
mod kpi_read;
pub mod kpi_rows;
mod kpi_series;
pub mod layout;
pub mod limits;
pub mod neighbours;
pub mod node;
pub mod number;
pub mod order;
pub mod period;
pub mod period_type;
pub mod rank;
pub mod reconcile;
pub mod results;
/// The public shapes as serde types, and the TypeScript written from them (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod shapes;
#[cfg(feature = "sheet")]
pub mod sheet;
pub mod significance;
pub mod sn_table;
pub mod spine;
pub mod status;
pub mod time_of_day;
pub mod titles;
pub mod unit;
pub mod view;

pub use json::Json;
pub use node::Node;
