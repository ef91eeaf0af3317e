//! Funding plans as their data arrive: JSON, pasted CSV, and MHCLG's revenue outturn tables,
//! one authority's or the table of every authority.

pub mod csv;
pub mod json;
pub mod outturn;
pub mod outturn_by_authority;
