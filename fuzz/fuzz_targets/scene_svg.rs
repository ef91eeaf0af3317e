#![no_main]
//! Model to scene to SVG at any size (see `scene_target`).
use council_charts_fuzz::scene_target;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| scene_target(bytes));
