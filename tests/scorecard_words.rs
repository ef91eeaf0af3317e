//! A scorecard in words (tests/cases/scorecard_words.txt): the whole picture counted for each
//! polarity (on, near and off target; improved and worsened; bands against all councils) and
//! the exceptions by name, then the tiles' order when exceptions come first.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::Json;
use council_charts::testing::words::scorecard::{exceptions_first, overview};

/// A list of KPIs: `@fixture` (a list), `@a.json + b.json` (KPIs, one a file), or JSON.
fn case(input: &str) -> String {
    let text = match input.strip_prefix('@') {
        Some(files) if files.contains(" + ") => {
            format!("[{}]", files.split(" + ").map(support::fixture).collect::<Vec<_>>().join(","))
        }
        Some(fixture) => support::fixture(fixture),
        None => input.to_owned(),
    };
    let Json::Array(items) = Json::parse(&text, "data").unwrap() else { return "not a list".into() };
    let kpis: Vec<_> = match items.iter().map(|k| KpiChart::read(k, &Json::Null).map(|c| c.kpi)).collect() {
        Ok(kpis) => kpis,
        Err(e) => return e.to_string(),
    };
    let order: Vec<String> = exceptions_first(&kpis).iter().map(|i| i.to_string()).collect();
    format!("{} || exceptions first: {}", overview(&kpis.iter().collect::<Vec<_>>()), order.join(","))
}

#[test]
fn a_scorecard_says_the_whole_picture_then_the_exceptions() {
    support::run_cases("scorecard_words.txt", case);
}
