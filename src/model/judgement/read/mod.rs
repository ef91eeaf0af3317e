//! Judgement tables as their data arrive: JSON, pasted CSV in either layout councils use, and
//! Ofsted's outcomes table as published.

pub mod csv;
pub mod json;
pub mod ofsted;
