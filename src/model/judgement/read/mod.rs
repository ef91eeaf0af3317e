//! Judgement tables as their data arrive besides JSON (read in `judgement` itself): pasted CSV
//! in either layout councils use, and Ofsted's outcomes table as published.

pub mod csv;
pub mod ofsted;
