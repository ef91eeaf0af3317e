//! Replays every input in tests/fuzz_regressions/TARGET/ through the fuzz target's own code
//! (fuzz/src/lib.rs), natively: whatever a fuzz run once found stays fixed. Also replays the
//! fuzzing seeds (every fixture), so the harness itself is known to reach the library.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use std::fs;
use std::path::Path;

#[test]
fn every_saved_fuzz_input_runs_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut replayed = 0;
    for target in fs::read_dir(&root).unwrap().flatten().filter(|e| e.path().is_dir()) {
        let name = target.file_name().to_string_lossy().into_owned();
        for input in fs::read_dir(target.path()).unwrap().flatten() {
            let bytes = fs::read(input.path()).unwrap();
            assert!(harness::run_target(&name, &bytes), "{name} is not a fuzz target");
            replayed += 1;
        }
    }
    assert!(replayed >= 14, "{replayed} inputs replayed");
}

#[test]
fn the_harness_draws_every_fixture_as_the_fuzzer_starts_from_them() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut drawn = 0;
    for (folder, kind) in [("kpi", 0u8), ("judgements", 1), ("funding", 2)] {
        for file in fs::read_dir(fixtures.join(folder)).unwrap().flatten() {
            if file.path().extension().is_none_or(|e| e != "json") {
                continue; // CSV fixtures in published layouts have snapshot tests of their own
            }
            let json = fs::read(file.path()).unwrap();
            let data =
                council_charts::testing::model::Json::parse(std::str::from_utf8(&json).unwrap(), "data").unwrap();
            if matches!(data, council_charts::testing::model::Json::Array(_)) {
                continue; // a scorecard's list, not one chart
            }
            // The selector picks the view: KPI line, sparkline, bullet, distribution, map, tile;
            // judgement grid, journey, national, map; funding stacked, waterfall, lines. The
            // distribution, national and map views need every council's figures (the map,
            // England's councils), which most fixtures do not hold: those may be refused (with
            // a path, as build() checks).
            for selector in 0..6u8 {
                let needs_every_council =
                    (kind == 0 && matches!(selector, 3 | 4)) || (kind == 1 && matches!(selector, 2 | 3 | 5));
                let Some(chart) = harness::build(harness::Kind::from_byte(kind), &data, selector) else {
                    assert!(needs_every_council, "{} refused with selector {selector}", file.path().display());
                    continue;
                };
                harness::read_out(chart.as_ref());
                harness::draw(chart.as_ref(), 320.0 + 150.0 * f64::from(selector));
                drawn += 1;
            }
        }
    }
    assert!(drawn >= 50, "{drawn} charts drawn");
}
