#![no_main]
use council_charts_fuzz::sheet_target;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| sheet_target(bytes));
