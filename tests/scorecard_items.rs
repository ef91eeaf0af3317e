//! A scorecard's items (tests/cases/scorecard_items.txt): KPI objects, or `{ data, options }`
//! with a published file's text and options of its own. Each case gives the options and the
//! items (`@fixture` inside a JSON string stands for that file's text) and gets the tiles'
//! titles in order, and how many times a text was parsed, or the error naming the item.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::scorecard::{read_items, read_options};
use council_charts::testing::model::input::csv_rows::{parsed_once, parses};
use council_charts::testing::model::Json;

fn case(input: &str) -> String {
    let Some((options, items)) = input.split_once(" | ") else { return format!("bad case: {input}") };
    // "@kpi/file.csv" as a JSON string is replaced by the file's text, as a page passes it.
    let text = support::with_files(items);
    let data = Json::parse(&text, "data").unwrap();
    let options = match read_options(&Json::parse(options, "options").unwrap()) {
        Ok(options) => options,
        Err(e) => return e.to_string(),
    };
    let before = parses();
    match parsed_once(|| read_items(&data, &options)) {
        Ok(items) => {
            let titles: Vec<&str> = items.iter().map(|i| i.chart.kpi.titles.title()).collect();
            format!("{} || parsed {}", titles.join(" | "), parses() - before)
        }
        Err(e) => e.to_string(),
    }
}

#[test]
fn each_item_brings_its_own_options_and_a_shared_file_is_parsed_once() {
    support::run_cases("scorecard_items.txt", case);
}
