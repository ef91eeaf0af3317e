#![no_main]
use council_charts_fuzz::{published_target, Kind, FINGERTIPS_COUNCILS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| published_target(Kind::Kpi, FINGERTIPS_COUNCILS, bytes));
