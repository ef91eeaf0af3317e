//! The spine's numbers (tests/cases/spine.txt): the field's worst, quartiles (type 7), median and
//! best; the centre (England, or the median) and the reach; where the council, England and the
//! ends sit on the bar, better to the right (flipped where lower is better); and why a row has
//! no bar. Then the row read from a KPI, for every KPI fixture.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::kpi::spine::{spine_bar, spine_row, SpineBar};
use council_charts::testing::model::kpi::unit::Polarity;
use council_charts::testing::model::Json;

fn r(v: f64) -> String {
    let text = format!("{:.3}", v);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn bar_words(bar: &SpineBar, council: Option<f64>, england: Option<f64>) -> String {
    let at = |v: Option<f64>| v.map_or("-".to_owned(), |v| r(bar.position(v)));
    format!(
        "{} councils; worst {}, p25 {}, median {}, p75 {}, best {}; centre {}, reach {}{}; at: council {}, England {}, worst {}, best {}",
        bar.count,
        r(bar.worst),
        r(bar.p25),
        r(bar.median),
        r(bar.p75),
        r(bar.best),
        r(bar.centre),
        r(bar.reach),
        if bar.flipped { ", flipped" } else { "" },
        at(council),
        at(england),
        at(Some(bar.worst)),
        at(Some(bar.best)),
    )
}

/// `polarity | council | england | figures...` (`-` for none).
fn case(input: &str) -> String {
    let parts: Vec<&str> = input.split(" | ").collect();
    let [polarity, council, england, figures] = parts.as_slice() else { return format!("bad case: {input}") };
    let polarity = match *polarity {
        "higher" => Polarity::HigherIsBetter,
        "lower" => Polarity::LowerIsBetter,
        _ => Polarity::Neutral,
    };
    let number = |t: &str| t.parse::<f64>().ok();
    let figures: Vec<f64> = figures.split_whitespace().filter_map(number).collect();
    let (council, england) = (number(council), number(england));
    match spine_bar(&figures, council, england, polarity) {
        Ok(bar) => bar_words(&bar, council, england),
        Err(why) => why.words(),
    }
}

#[test]
fn the_spine_places_every_mark_better_to_the_right() {
    support::run_cases("spine.txt", case);
}

#[test]
fn every_kpi_fixture_has_a_row_with_a_bar_or_a_reason() {
    let dir = support::root().join("fixtures/kpi");
    let mut rows = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let Ok(data) = Json::parse(&std::fs::read_to_string(&path).unwrap(), "data") else { continue };
        let Ok(chart) = KpiChart::read(&data, &Json::Null) else { continue };
        let row = spine_row(&chart.kpi);
        if let Ok(bar) = &row.bar {
            assert!(bar.worst.min(bar.best) <= bar.p25 && bar.p25 <= bar.median && bar.median <= bar.p75);
            for v in [Some(bar.worst), Some(bar.best), row.council, row.england].into_iter().flatten() {
                let at = bar.position(v);
                assert!((0.0..=1.0).contains(&at), "{}: {v} placed at {at}", path.display());
            }
            assert!(bar.position(bar.best) >= bar.position(bar.worst), "{}: better to the right", path.display());
        }
        rows += 1;
    }
    assert!(rows >= 10, "{rows} rows");
}
