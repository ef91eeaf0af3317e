//! Words that read right (tests/cases/words.txt): lists of names that hold "and" joined so a
//! reader can tell them apart, money said as a reader says it, a bar labelled with the figure
//! the plan prints, rounding differences gathered into one note, and no sentence said twice in
//! any fixture's description, in any view.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::Chart;
use council_charts::testing::model::view::{FundingView, JudgementView, KpiView, View};
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Theme};
use council_charts::testing::words::join_and;

fn build(kind: &str, data: &Json, options: &Json) -> Result<Box<dyn Chart>, String> {
    match kind {
        "kpi" => KpiChart::build(data, options),
        "judgement" => JudgementChart::build(data, options),
        "funding" => FundingChart::build(data, options),
        other => return Err(format!("bad kind {other}")),
    }
    .map_err(|e| e.to_string())
}

/// The amounts written on a drawing (texts starting with a pound sign or a minus and one).
fn amounts_drawn(svg: &str) -> Vec<String> {
    svg.lines().map(str::trim).filter(|l| l.starts_with('£') || l.starts_with("−£")).map(str::to_owned).collect()
}

/// `join | a / b / c`, or `describe|notes|amounts|source | kind | options | data`.
fn case(input: &str) -> String {
    let parts: Vec<&str> = input.splitn(4, " | ").collect();
    match parts.as_slice() {
        ["join", items] => join_and(&items.split(" / ").map(str::to_owned).collect::<Vec<_>>()),
        [what, kind, options, data] => {
            let options = Json::parse(options, "options").unwrap();
            let data = Json::parse(data, "data").unwrap();
            let chart = match build(kind, &data, &options) {
                Ok(chart) => chart,
                Err(e) => return e,
            };
            match *what {
                "describe" => chart.describe(),
                "notes" => chart.notes().join(" | "),
                "source" => chart.titles().source_line().unwrap_or_default(),
                "amounts" => {
                    amounts_drawn(&to_svg(chart.as_ref(), 720.0, &Theme::default(), &ArialMetrics)).join(" | ")
                }
                other => format!("bad case {other}"),
            }
        }
        _ => format!("bad case: {input}"),
    }
}

#[test]
fn words_read_right() {
    support::run_cases("words.txt", case);
}

#[test]
fn no_fixture_says_a_sentence_twice_in_any_view() {
    // Every view a page may ask for, from the kinds' view enums (a view that needs every
    // council's figures is left out by its fixture's refusal, below).
    fn offered<V: View>() -> Vec<&'static str> {
        V::OFFERED.iter().map(|v| v.name()).collect()
    }
    let views = [
        ("kpi", "kpi", offered::<KpiView>()),
        ("judgements", "judgement", offered::<JudgementView>()),
        ("funding", "funding", offered::<FundingView>()),
    ];
    let mut checked = 0;
    for (folder, kind, views) in views {
        let dir = support::root().join("fixtures").join(folder);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let data = Json::parse(&std::fs::read_to_string(&path).unwrap(), "data").unwrap();
            if matches!(data, Json::Array(_)) {
                continue; // a scorecard's list
            }
            for view in &views {
                let options = Json::parse(&format!(r#"{{"view":"{view}"}}"#), "options").unwrap();
                let Ok(chart) = build(kind, &data, &options) else { continue };
                let text = chart.describe();
                let sentences: Vec<&str> = text.split(". ").map(str::trim).filter(|s| !s.is_empty()).collect();
                for (i, s) in sentences.iter().enumerate() {
                    assert!(!sentences[..i].contains(s), "{} ({view}) says twice: {s}", path.display());
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "only {checked} descriptions checked");
}
