#![no_main]
use council_charts_fuzz::{csv_target, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| csv_target(Kind::Judgement, bytes));
