//! Stage 1: checked, typed domain values. The only stage that rejects input.

pub mod amount;
pub mod area;
pub mod breakdown;
pub mod color;
pub mod csv_rows;
pub mod funding;
pub mod funding_csv;
pub mod funding_published;
pub mod grade;
pub mod json;
pub mod judgement;
pub mod judgement_csv;
pub mod judgement_ofsted;
pub mod kpi;
pub mod kpi_councils;
pub mod kpi_csv;
pub mod kpi_detail;
pub mod kpi_ees;
pub mod kpi_field;
pub mod kpi_fingertips;
pub mod kpi_rows;
pub mod layout;
pub mod limits;
pub mod neighbours;
pub mod node;
pub mod number;
pub mod period;
pub mod rank;
pub mod reconcile;
pub mod status;
pub mod time_of_day;
pub mod unit;

pub use json::Json;
pub use node::Node;
