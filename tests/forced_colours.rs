//! Forced colours (Windows high contrast), where every fill is the background and every line
//! the text colour: each view keeps its parts apart by edges, hatching, pips and outlines.
//! Every view of a fixture is drawn in the forced theme as an SVG kept in tests/snapshots/forced
//! (to look at), and checked: no datum's shape is invisible (its fill and its edge both the
//! background), and the waterfall's total and increase are drawn differently.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::chart::funding::FundingChart;
use council_charts::chart::judgement::JudgementChart;
use council_charts::chart::kpi::KpiChart;
use council_charts::chart::picture::to_svg;
use council_charts::model::Json;
use council_charts::scene::shape::{Color, Shape};
use council_charts::scene::{ArialMetrics, Frame, Theme};
use council_charts::{Chart, OneScene};

fn forced() -> Theme {
    Theme::forced(Color(0xFF, 0xFF, 0xFF), Color(0, 0, 0), Color(0x1A, 0xEB, 0xFF))
}

fn chart(build: council_charts::chart::Builder, data: &str, options: &str) -> Box<dyn Chart> {
    let text = support::fixture(data);
    let data = if data.ends_with(".json") { Json::parse(&text, "data").unwrap() } else { Json::String(text) };
    build(&data, &Json::parse(options, "options").unwrap()).unwrap()
}

#[test]
fn every_view_keeps_its_parts_apart_in_forced_colours() {
    let theme = forced();
    let cases: Vec<(&str, Box<dyn Chart>)> = vec![
        ("kpi-line", chart(KpiChart::build, "kpi/kpi-neighbours.json", "null")),
        ("kpi-bullet", chart(KpiChart::build, "kpi/kpi-children-looked-after.json", r#"{"view":"bullet"}"#)),
        ("judgement-grid", chart(JudgementChart::build, "judgements/judgements-journey.json", "null")),
        (
            "judgement-national",
            chart(
                JudgementChart::build,
                "judgements/ofsted-outcomes-illustrative.csv",
                r#"{"view":"national","council":"Northshire"}"#,
            ),
        ),
        ("funding-stacked", chart(FundingChart::build, "funding/funding-temporary-investment.json", "null")),
        (
            "funding-waterfall",
            chart(FundingChart::build, "funding/funding-temporary-investment.json", r#"{"view":"waterfall"}"#),
        ),
    ];
    for (name, chart) in &cases {
        let width = 640.0;
        let height = chart.preferred_height(width, &ArialMetrics);
        let scene = chart.scene(Frame::new(width, height, false), &theme, &ArialMetrics);
        for mark in scene.marks.iter().filter(|m| m.datum.is_some()) {
            let invisible = match &mark.shape {
                Shape::Rect { fill, stroke, .. } => {
                    fill.is_none_or(|f| f == theme.background) && stroke.is_none_or(|s| s.color == theme.background)
                }
                _ => false,
            };
            assert!(!invisible, "{name}: a datum drawn in the background alone: {:?}", mark.shape);
        }
        support::check_snapshot(&format!("forced/{name}.svg"), &to_svg(chart.as_ref(), width, &theme, &ArialMetrics));
    }
    // The waterfall: a total is a heavy outline, an increase solid, a decrease hatched.
    let waterfall = &cases[5].1;
    let scene = waterfall.scene(Frame::new(640.0, 600.0, false), &theme, &ArialMetrics);
    let styles: Vec<(usize, Option<Color>, f64)> = scene
        .marks
        .iter()
        .filter_map(|m| match (&m.shape, m.datum) {
            (Shape::Rect { fill, stroke, .. }, Some(d)) => Some((d.group, *fill, stroke.map_or(0.0, |s| s.width))),
            _ => None,
        })
        .collect();
    let total = styles.iter().find(|s| s.0 == 0).unwrap();
    let increase = styles.iter().find(|s| s.1 == Some(theme.text)).expect("an increase, solid");
    assert!(total.1 != increase.1 && total.2 >= 3.0, "the total {total:?} is not drawn as an increase {increase:?}");
}
