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

/// A measure whose unit neither its column's name, its .meta.csv nor the options say is not
/// drawn as bare numbers without a word: the subtitle says the unit is missing (issue 41).
#[test]
fn a_measure_with_no_unit_says_so() {
    let file = "time_period,time_identifier,geographic_level,country_name,la_name,avg_att8,pupil_count\n\
                2024,Academic year,National,England,,46.1,600000\n\
                2024,Academic year,Local authority,England,Devon,47.2,7000\n";
    let read = |options: &str| {
        KpiChart::read(&Json::String(file.to_owned()), &Json::parse(options, "options").unwrap()).unwrap()
    };
    let subtitle = |options: &str| read(options).kpi.titles.subtitle().map(str::to_owned);
    assert_eq!(
        subtitle(r#"{"indicator":"avg_att8","council":"Devon"}"#).as_deref(),
        Some("The file does not say the unit of \"avg_att8\": give options.unit")
    );
    assert_eq!(subtitle(r#"{"indicator":"avg_att8","council":"Devon","unit":"points"}"#), None, "given");
    assert_eq!(subtitle(r#"{"indicator":"pupil_count","council":"Devon"}"#), None, "a count is a count");
}
