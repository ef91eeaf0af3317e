//! Times each native stage of the benchmark's case a (3 series of 55,550 daily values at
//! 1920 px): reading the checked model, laying out the scene, indexing hover targets, the data
//! table, the description and the keyboard order. Not a test and not the benchmark (that is
//! `scripts/bench.sh`, in the browser); a quick way to see where the time goes:
//!   cargo run --release --example stage_times [runs]
//! Under valgrind's callgrind (`runs` 1) the instruction counts do not depend on how busy the
//! machine is.
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::OneScene;
use council_charts::testing::interact::{HitIndex, KeyOrder};
use council_charts::testing::model::Json;
use council_charts::testing::scene::{text::ArialMetrics, Frame, Theme};
use std::time::Instant;

fn main() {
    let n = 55550;
    let series: Vec<Json> = (0..3)
        .map(|s| {
            let values = (0..n)
                .map(|i| {
                    Json::Number(
                        100.0
                            + 25.0 * s as f64
                            + 15.0 * ((i as f64) / 365.25 * std::f64::consts::TAU).sin()
                            + i as f64 / 2000.0,
                    )
                })
                .collect();
            Json::Object(vec![
                ("name".into(), Json::String(format!("Series {s}"))),
                ("start".into(), Json::String("1872-01-01".into())),
                ("values".into(), Json::Array(values)),
            ])
        })
        .collect();
    let data = Json::Object(vec![
        ("title".into(), Json::String("Three daily series".into())),
        ("series".into(), Json::Array(series)),
    ]);
    let options = Json::Object(vec![("height".into(), Json::Number(600.0)), ("titles".into(), Json::Bool(false))]);
    let runs: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(3);
    for _ in 0..runs {
        let t = Instant::now();
        let chart = KpiChart::build(&data, &options).unwrap();
        let read = t.elapsed();
        let t = Instant::now();
        let scene = chart.scene(Frame::new(1920.0, 600.0, false), &Theme::default(), &ArialMetrics);
        let scene_t = t.elapsed();
        let t = Instant::now();
        let hits = HitIndex::new(&scene.targets);
        let hits_t = t.elapsed();
        let t = Instant::now();
        let table = chart.table();
        let table_t = t.elapsed();
        let t = Instant::now();
        let words = chart.describe();
        let words_t = t.elapsed();
        let t = Instant::now();
        let keys = KeyOrder::new(&scene.targets);
        let keys_t = t.elapsed();
        println!("read {read:?} scene {scene_t:?} ({} shapes, {} targets) hits {hits_t:?} table {table_t:?} ({} rows) describe {words_t:?} keys {keys_t:?}", scene.marks.len(), scene.targets.len(), table.rows.len());
        std::hint::black_box((hits, words, keys));
    }
}
