//! Stage 1: checked, typed domain values. The only stage that rejects input.

pub mod json;
pub mod kpi;
pub mod limits;
pub mod node;
pub mod period;
pub mod unit;

pub use json::Json;
pub use node::Node;
pub mod grade;
pub mod judgement;
pub mod judgement_csv;
