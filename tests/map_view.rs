//! The map view, case by case: a file and options in; out, what the map says (its first
//! sentences), the table's first row and the council a walk of keys lands on, each step as a
//! screen reader hears it. The keys are the keyboard's own (`KeyOrder` over the scene's
//! targets), at 1,000 px.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::interact::{Key, KeyOrder};
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Frame, Theme};

fn key(name: &str) -> Key {
    match name {
        "Left" => Key::Left,
        "Right" => Key::Right,
        "Up" => Key::Up,
        "Down" => Key::Down,
        "Home" => Key::Home,
        "End" => Key::End,
        "PageDown" => Key::PageDown,
        _ => Key::PageUp,
    }
}

/// `kind | file | options | keys` ==> the words.
fn case(input: &str) -> String {
    let parts: Vec<&str> = input.split(" | ").collect();
    let [kind, file, options, keys] = parts[..] else { return format!("bad case: {input}") };
    let data = Json::String(support::fixture(file));
    let options = Json::parse(options, "options").unwrap();
    let chart: Box<dyn Chart> = match kind {
        "kpi" => match KpiChart::build(&data, &options) {
            Ok(c) => c,
            Err(e) => return format!("refused: {}: {}", e.path, e.message),
        },
        _ => match JudgementChart::build(&data, &options) {
            Ok(c) => c,
            Err(e) => return format!("refused: {}: {}", e.path, e.message),
        },
    };
    let describe: String = chart.describe().split(". ").take(3).collect::<Vec<_>>().join(". ");
    let table = chart.table();
    let first_row = table.rows.first().map(|(h, cells)| format!("{h}: {}", cells.join(", "))).unwrap_or_default();
    let scene = chart.scene(Frame::new(1000.0, 760.0, false), &Theme::default(), &ArialMetrics);
    let order = KeyOrder::new(&scene.targets).starting_at(chart.start_datum());
    let mut at = None;
    let mut steps = Vec::new();
    for name in keys.split_whitespace() {
        let Some(target) = order.step(at, key(name)) else { break };
        at = Some(target.datum);
        let words = chart.step_words(target.datum, None).unwrap_or_default();
        let place = order.place(target.datum).map(|(n, of)| format!(", {n} of {of}")).unwrap_or_default();
        steps.push(format!("{name}: {words}{place}"));
    }
    format!("{describe} || table: {} rows; {first_row} || {}", table.rows.len(), steps.join(" / "))
}

#[test]
fn a_map_says_where_the_council_stands_and_its_keys_move_across_england() {
    support::run_cases("map_view.txt", case);
}
