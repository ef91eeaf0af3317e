#![no_main]
use council_charts_fuzz::{json_target, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| json_target(Kind::Funding, bytes));
