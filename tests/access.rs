//! The accessible name and the keys' sentence of real charts (words::access), read natively.
#![cfg(not(target_arch = "wasm32"))]

use council_charts::chart::kpi::KpiChart;
use council_charts::model::Json;
use council_charts::words::access::{key_help, short_name, NAME_LIMIT};
use council_charts::Chart;

fn name_of(chart: &KpiChart) -> String {
    short_name(chart.kind_words(), chart.titles().title())
}

fn keys_of(chart: &KpiChart) -> String {
    key_help(chart.rows())
}

fn chart(title: &str, options: &str) -> KpiChart {
    let data = format!(
        r#"{{"title":"{title}","series":[{{"name":"A","points":[{{"period":"2020","value":1}},{{"period":"2021","value":2}}]}}]}}"#
    );
    KpiChart::read(&Json::parse(&data, "data").unwrap(), &Json::parse(options, "options").unwrap()).unwrap()
}

#[test]
fn the_name_is_the_kind_and_the_title_cut_at_a_word_under_100_characters() {
    assert_eq!(
        name_of(&chart("Children looked after per 10,000 children", "null")),
        "Line chart: Children looked after per 10,000 children"
    );
    assert_eq!(name_of(&chart("Re-referrals", r#"{"view":"sparkline"}"#)), "Sparkline: Re-referrals");
    let long = "Percentage of children who became the subject of a child protection plan for a second or subsequent time, within two years";
    let name = name_of(&chart(long, "null"));
    assert_eq!(
        name,
        "Line chart: Percentage of children who became the subject of a child protection plan for a second…"
    );
    assert!(name.chars().count() <= NAME_LIMIT);
}

#[test]
fn the_keys_sentence_names_what_up_and_down_change() {
    assert!(keys_of(&chart("T", "null"))
        .starts_with("Keys: arrow keys move through the data, Up and Down to change lines, Home and End"));
    assert!(keys_of(&chart("T", r#"{"view":"sparkline"}"#))
        .starts_with("Keys: arrow keys move through the data, Home and End"));
}
