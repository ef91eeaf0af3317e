//! A DfE Explore Education Statistics file with rows at several levels (an EYFSP-style file:
//! district rows under their county, each carrying the county's `la_name`): a council is read at
//! its own level, ranked among areas of that level, and the chart says which level it read.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::Json;

#[test]
fn each_area_is_read_and_ranked_at_its_own_level() {
    // options JSON ==> subtitle / each series' latest figure / rank in the latest period, or the error.
    let data = Json::String(support::fixture("kpi/ees-districts-illustrative.csv"));
    support::run_cases("ees_levels.txt", |options| {
        let options = Json::parse(options, "options").unwrap();
        match KpiChart::read(&data, &options) {
            Err(e) => e.to_string(),
            Ok(chart) => {
                let k = &chart.kpi;
                let series: Vec<String> = k
                    .series()
                    .iter()
                    .map(|s| {
                        let points: Vec<String> = s
                            .points()
                            .iter()
                            .map(|p| {
                                format!("{}={}", p.period.label(), p.value.map_or("gap".into(), |v| v.to_string()))
                            })
                            .collect();
                        format!("{}: {}", s.name, points.join(", "))
                    })
                    .collect();
                let rank = k.ranked_latest().map_or("no rank".into(), |r| {
                    let ours = r.ours.and_then(|i| r.councils.get(i));
                    let shown = ours.map_or("not ranked".into(), |(name, _, rank)| format!("{name} {rank}"));
                    format!("{shown} of {}", r.councils.len())
                });
                format!("{} / {} / {rank}", k.titles.subtitle().unwrap_or("no subtitle"), series.join("; "))
            }
        }
    });
}
