//! The tables a chart offers people (a `<table>` on the page), one text snapshot per kind.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::Chart;
use council_charts::testing::export::table::DataTable;
use council_charts::testing::model::Json;

fn text(table: &DataTable) -> String {
    let mut out = format!("caption: {}\n| {} |\n", table.caption, table.columns.join(" | "));
    for (heading, cells) in &table.rows {
        out.push_str(&format!("| {heading} | {} |\n", cells.join(" | ")));
    }
    out
}

fn data(path: &str) -> Json {
    Json::parse(&support::fixture(path), "data").unwrap()
}

#[test]
fn tables_for_people() {
    let kpi = KpiChart::read(&data("kpi/kpi-revenue-budget.json"), &Json::Null).unwrap();
    let judgements = JudgementChart::read(&data("judgements/judgements-journey.json"), &Json::Null).unwrap();
    let funding = FundingChart::read(&data("funding/funding-improvement-programme.json"), &Json::Null).unwrap();
    let all = [kpi.table(), judgements.table(), funding.table()].iter().map(text).collect::<Vec<_>>().join("\n");
    support::check_snapshot("tables/tables_for_people.txt", &all);
}

#[test]
fn a_long_series_table_keeps_its_latest_rows_and_says_so() {
    let values: Vec<String> = (0..1200).map(|i| i.to_string()).collect();
    let json =
        format!(r#"{{"title":"Long","series":[{{"name":"A","start":"2000-01-01","values":[{}]}}]}}"#, values.join(","));
    let table = KpiChart::read(&Json::parse(&json, "data").unwrap(), &Json::Null).unwrap().table();
    assert_eq!(table.rows.len(), 100);
    assert_eq!(table.caption, "Long (the latest 100 of 1,200 periods; the CSV has them all)");
    assert_eq!(table.rows.last().map(|r| (r.0.as_str(), r.1[0].as_str())), Some(("14 Apr 2003", "1,199")));
}

/// The distribution view's table: every council best first, ties as "joint", the council and
/// its statistical neighbours named as such (they are ringed in the chart).
#[test]
fn the_distribution_table_names_the_neighbours_and_joint_ranks() {
    let options = r#"{"view":"distribution","indicator":"rate_per_10000","council":"Northshire","polarity":"lower-is-better","filters":{"population_type":"Children looked after on 31 March each year"},"neighbours":["Southfield","Eastfield","Westfield","Uppershire","Lowerton"]}"#;
    let text_data = Json::String(support::fixture("kpi/ees-every-council-illustrative.csv"));
    let chart = KpiChart::read(&text_data, &Json::parse(options, "options").unwrap()).unwrap();
    support::check_snapshot("tables/distribution.txt", &text(&chart.table()));
}

/// The waterfall's table: its bars in the order drawn, signed, with the running total.
#[test]
fn the_waterfall_table_lists_its_bars_as_drawn() {
    let options = Json::parse(r#"{"view":"waterfall"}"#, "options").unwrap();
    let chart = FundingChart::read(&data("funding/funding-temporary-investment.json"), &options).unwrap();
    support::check_snapshot("tables/waterfall.txt", &text(&chart.table()));
}
