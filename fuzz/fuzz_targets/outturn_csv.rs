#![no_main]
use council_charts_fuzz::{published_target, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| published_target(Kind::Funding, &[], bytes));
