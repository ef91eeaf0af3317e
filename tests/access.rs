//! The accessible name and the keys' sentence of real charts (words::access), read natively.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::Chart;
use council_charts::testing::model::view::{FundingView, JudgementView, KpiView, View};
use council_charts::testing::model::Json;
use council_charts::testing::words::access::{key_help, short_name, NAME_LIMIT};

fn name_of(chart: &KpiChart) -> String {
    short_name(chart.kind_words(), chart.titles().title())
}

fn keys_of(chart: &KpiChart) -> String {
    key_help(chart.rows(), chart.melody(None, false).is_some(), None)
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

/// Once drawn, the sentence names only the keys the chart's key order lets do something.
#[test]
fn the_keys_sentence_never_promises_a_key_that_does_nothing() {
    use council_charts::testing::interact::keyboard::Offered;
    let line = chart("T", "null");
    let drawn = |rows, pages, any| key_help(line.rows(), false, Some(Offered { rows, pages, any, map: false }));
    assert_eq!(
        drawn(true, false, true),
        "Keys: arrow keys move through the data, Up and Down to change lines, Home and End go to the ends, T opens the data table, Escape stops, and question mark repeats these keys."
    );
    assert!(!drawn(false, true, true).contains("Up and Down"), "one line drawn: no Up and Down");
    assert!(drawn(false, true, true).contains("Page Up and Page Down move by ten"));
    assert_eq!(
        drawn(false, false, false),
        "Keys: T opens the data table, Escape stops, and question mark repeats these keys."
    );
}

#[test]
fn the_keys_sentence_names_what_up_and_down_change() {
    assert!(keys_of(&chart("T", "null"))
        .starts_with("Keys: arrow keys move through the data, Up and Down to change lines, Home and End"));
    assert!(keys_of(&chart("T", r#"{"view":"sparkline"}"#))
        .starts_with("Keys: arrow keys move through the data, Home and End"));
}

/// The views a page may ask for, from the kind's view enum.
fn offered<V: View>() -> Vec<&'static str> {
    V::OFFERED.iter().map(|v| v.name()).collect()
}

/// Every JSON fixture of every kind, in every view: what focus reads (the name and the
/// headline, ending "Press question mark for keys.", with money said in full as the page
/// gives it: words::ear) is at most 60 words, one line per chart in tests/snapshots/focus.txt.
#[test]
fn focus_reads_at_most_60_words_for_every_fixture_and_view() {
    use council_charts::testing::chart::funding::FundingChart;
    use council_charts::testing::chart::judgement::JudgementChart;
    use council_charts::testing::words::access::{headline, FOCUS_WORDS};
    type Build = fn(&Json, &Json) -> Result<Box<dyn Chart>, council_charts::ChartError>;
    let kinds: [(&str, Build, Vec<&str>); 3] = [
        ("kpi", KpiChart::build, offered::<KpiView>()),
        ("judgements", JudgementChart::build, offered::<JudgementView>()),
        ("funding", FundingChart::build, offered::<FundingView>()),
    ];
    let mut lines = Vec::new();
    for (folder, build, views) in kinds {
        let mut files: Vec<_> = std::fs::read_dir(support::root().join("fixtures").join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let Ok(data) = Json::parse(&std::fs::read_to_string(&path).unwrap(), "data") else { continue };
            for view in &views {
                let options = Json::parse(&format!(r#"{{"view":"{view}"}}"#), "options").unwrap();
                let Ok(chart) = build(&data, &options) else { continue };
                let said = council_charts::testing::words::ear::for_the_ear(&format!(
                    "{} {}",
                    short_name(chart.kind_words(), chart.titles().title()),
                    headline(&chart.summary())
                ));
                let words = said.split_whitespace().count();
                assert!(words <= FOCUS_WORDS, "{words} words: {said}");
                assert!(said.ends_with("Press question mark for keys."), "{said}");
                lines.push(format!("{} {view} ({words} words): {said}", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(lines.len() >= 20, "{} charts", lines.len());
    support::check_snapshot("focus.txt", &(lines.join("\n") + "\n"));
}

/// A keyboard step leads with the value; the area's name (and, in the national view, the
/// council's own grade) is said on entering an area, not on every step along it.
#[test]
fn steps_say_the_value_first_and_the_row_only_on_entering_it() {
    use council_charts::testing::chart::judgement::JudgementChart;
    use council_charts::testing::scene::Datum;
    let grid = JudgementChart::read(
        &Json::parse(&support::fixture("judgements/judgements-journey.json"), "data").unwrap(),
        &Json::Null,
    )
    .unwrap();
    let at = |area, inspection| Datum::Cell { area, inspection };
    let entering = grid.step_words(at(0, 1), None).unwrap();
    let along = grid.step_words(at(0, 2), Some(at(0, 1))).unwrap();
    let area = grid.tooltip(at(0, 1)).unwrap().heading;
    assert!(entering.ends_with(&format!(", {area}")) && !entering.starts_with(&area), "{entering}");
    assert!(!along.contains(&area), "{along}");
    let national = JudgementChart::read(
        &Json::String(support::fixture("judgements/ofsted-outcomes-illustrative.csv")),
        &Json::parse(r#"{"view":"national","council":"Northshire"}"#, "options").unwrap(),
    )
    .unwrap();
    let count = |bar, grade| Datum::Count { bar, grade };
    let first = national.step_words(count(0, 0), None).unwrap();
    let next = national.step_words(count(0, 1), Some(count(0, 0))).unwrap();
    assert!(first.contains("Northshire:") && first.split(", ").next().unwrap().contains(" councils"), "{first}");
    assert!(!next.contains("Northshire:"), "the council's own grade once per area: {next}");
}

/// A KPI line's step leads with the value and its period; the series is named on entering it
/// (the first step, Up or Down), not on every step along it.
#[test]
fn a_kpi_step_says_the_value_first_and_the_series_on_entering_it() {
    use council_charts::testing::chart::kpi::KpiChart;
    use council_charts::testing::scene::Datum;
    let chart = KpiChart::read(
        &Json::parse(&support::fixture("kpi/kpi-children-looked-after.json"), "data").unwrap(),
        &Json::Null,
    )
    .unwrap();
    let at = |series, index| Datum::Point { series, index };
    let name = &chart.kpi.series()[0].name;
    let entering = chart.step_words(at(0, 0), None).unwrap();
    let along = chart.step_words(at(0, 1), Some(at(0, 0))).unwrap();
    let down = chart.step_words(at(1, 1), Some(at(0, 1))).unwrap();
    let tip = chart.tooltip(at(0, 1)).unwrap();
    assert!(entering.starts_with(&format!("{name}: ")), "{entering}");
    assert!(!along.contains(name.as_str()) && along.contains(&tip.heading), "{along}");
    assert!(along.starts_with(tip.lines[0].trim_start_matches(&format!("{name}: ")).trim()), "{along}");
    assert!(down.starts_with(&format!("{}: ", chart.kpi.series()[1].name)), "{down}");
}

/// The first key a reader presses on a KPI line lands on the council's own line, wherever the
/// data list it: End and Left first went to England when England was listed last (issue 41).
#[test]
fn the_first_key_lands_on_the_councils_own_line() {
    use council_charts::testing::chart::OneScene;
    use council_charts::testing::interact::{Key, KeyOrder};
    use council_charts::testing::scene::{ArialMetrics, Datum, Frame, Theme};
    let data = r#"{ "title": "Re-referrals", "series": [
        { "name": "England", "role": "benchmark", "start": "2021", "values": [22, 22, 21] },
        { "name": "Our council", "start": "2021", "values": [25, 24, 20] },
        { "name": "North West", "role": "benchmark", "start": "2021", "values": [23, 23, 22] } ] }"#;
    let own_first = r#"{ "title": "Re-referrals", "series": [
        { "name": "Our council", "start": "2021", "values": [25, 24, 20] },
        { "name": "England", "role": "benchmark", "start": "2021", "values": [22, 22, 21] } ] }"#;
    for (order, own) in [(data, 1), (own_first, 0)] {
        let chart = KpiChart::read(&Json::parse(order, "data").unwrap(), &Json::Null).unwrap();
        assert_eq!(chart.kpi.series()[own].name, "Our council");
        let scene = chart.scene(Frame::new(640.0, 320.0, false), &Theme::default(), &ArialMetrics);
        let keys = KeyOrder::new(&scene.targets).starting_on(chart.start_row());
        for (key, index) in [(Key::End, 2), (Key::Left, 2), (Key::Right, 0), (Key::Home, 0)] {
            let first = keys.step(None, key).map(|t| t.datum);
            assert_eq!(first, Some(Datum::Point { series: own, index }), "{key:?} first");
        }
        // Without the council's row, the first key still lands on the first line drawn.
        let plain = KeyOrder::new(&scene.targets);
        assert_eq!(plain.step(None, Key::End).map(|t| t.datum), Some(Datum::Point { series: 0, index: 2 }));
    }
}
