#![no_main]
use council_charts_fuzz::paste_target;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| paste_target(bytes));
