//! The legend's buttons, natively: which series a chart offers to show and hide, and that a
//! hidden one leaves the scene (no line, no hover target, no end label) while the axis stays.
//! Cases in tests/cases/legend_toggles.txt: `fixture | options | hidden toggles ==> result`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::OneScene;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Datum, Frame, Shape, Theme};

fn toggle_case(input: &str) -> String {
    let parts: Vec<&str> = input.split(" | ").collect();
    let [fixture, options, hidden] = parts.as_slice() else {
        return format!("bad case: {input}");
    };
    let data = Json::parse(&support::fixture(fixture), "data").unwrap();
    let mut chart = KpiChart::build(&data, &Json::parse(options, "options").unwrap()).unwrap();
    let theme = Theme::default();
    for index in hidden.split(',').filter(|s| *s != "-") {
        chart.set_shown(index.trim().parse().unwrap(), false);
    }
    let toggles: Vec<String> = chart
        .toggles(&theme)
        .iter()
        .map(|t| format!("{}{}", t.label, if t.shown { "" } else { " (hidden)" }))
        .collect();
    let scene = chart.scene(Frame::new(640.0, 360.0, true), &theme, &ArialMetrics);
    // Each target's series, or the neighbours' band, in the order drawn.
    let mut groups: Vec<String> = scene
        .targets
        .iter()
        .map(|t| match t.datum {
            Datum::Point { series, .. } => series.to_string(),
            Datum::Neighbours { .. } => "neighbours".to_owned(),
            other => format!("{other:?}"),
        })
        .collect();
    groups.dedup();
    let texts: Vec<String> = scene
        .marks
        .iter()
        .filter_map(|m| if let Shape::Text { text, .. } = &m.shape { Some(text.clone()) } else { None })
        .collect();
    let labelled: Vec<&str> = ["Our council", "England", "Statistical neighbours"]
        .into_iter()
        .filter(|name| texts.iter().any(|t| t.starts_with(name)))
        .collect();
    format!("toggles [{}]; hover groups [{}]; end labels {labelled:?}", toggles.join(", "), groups.join(", "))
}

#[test]
fn legend_toggles() {
    support::run_cases("legend_toggles.txt", toggle_case);
}
