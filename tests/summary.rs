//! `summary()`: the figures `describe()` speaks, as typed data, for every kind (tests/cases/
//! summary.txt: kind | options | fixture ==> the summary as JSON, as it crosses to JavaScript).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::Json;

fn case(input: &str) -> String {
    let parts: Vec<&str> = input.splitn(3, " | ").collect();
    let [kind, options, fixture] = parts.as_slice() else { return format!("bad case: {input}") };
    let text = support::fixture(fixture);
    let data = if fixture.ends_with(".json") { Json::parse(&text, "data").unwrap() } else { Json::String(text) };
    let options = Json::parse(options, "options").unwrap();
    let chart = match *kind {
        "kpi" => KpiChart::build(&data, &options),
        "judgement" => JudgementChart::build(&data, &options),
        "funding" => FundingChart::build(&data, &options),
        other => return format!("bad kind {other}"),
    };
    match chart {
        Ok(chart) => serde_json::to_string(&chart.summary()).unwrap(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn every_kind_sums_up_its_figures() {
    support::run_cases("summary.txt", case);
}
