//! Forced colours (Windows high contrast), where every fill is the background and every line
//! the text colour: each view keeps its parts apart by edges, hatching, pips and outlines.
//! Every view of a fixture is drawn in the forced theme as an SVG kept in tests/snapshots/forced
//! (to look at), and checked: no datum's shape is invisible (its fill and its edge both the
//! background), the waterfall's total and increase are drawn differently, and the pieces of a
//! stacked bar (every one the text colour) are told apart by their patterns.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::compare::CompareChart;
use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::spine::SpineChart;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::Json;
use council_charts::testing::scene::shape::{Color, Datum, Shape};
use council_charts::testing::scene::{ArialMetrics, Frame, Theme};

fn forced() -> Theme {
    Theme::forced(Color(0xFF, 0xFF, 0xFF), Color(0, 0, 0), Color(0x1A, 0xEB, 0xFF))
}

fn chart(build: council_charts::testing::chart::Builder, data: &str, options: &str) -> Box<dyn Chart> {
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
        ("kpi-sparkline", chart(KpiChart::build, "kpi/kpi-children-looked-after.json", r#"{"view":"sparkline"}"#)),
        ("kpi-distribution", chart(KpiChart::build, "kpi/kpi-ranked-tile.json", r#"{"view":"distribution"}"#)),
        ("kpi-tile", chart(KpiChart::build_tile, "kpi/kpi-ranked-tile.json", "null")),
        ("kpi-spine", spine()),
        ("kpi-compare", compare("null")),
        ("kpi-compare-england", compare(r#""england""#)),
        (
            "judgement-journey",
            chart(JudgementChart::build, "judgements/judgements-journey.json", r#"{"view":"journey"}"#),
        ),
        (
            "funding-lines",
            chart(FundingChart::build, "funding/funding-temporary-investment.json", r#"{"view":"lines"}"#),
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
    // The stacked bars: in each bar, no two pieces tall enough to show a pattern are drawn alike.
    let stacked = &cases.iter().find(|(name, _)| *name == "funding-stacked").unwrap().1;
    let scene = stacked.scene(Frame::new(640.0, 600.0, false), &theme, &ArialMetrics);
    let looks = piece_looks(&scene.marks);
    for (i, (a, look_a)) in looks.iter().enumerate() {
        for (b, look_b) in looks.iter().skip(i + 1) {
            let one_bar = matches!((a, b), (Datum::Piece { column: x, .. }, Datum::Piece { column: y, .. }) if x == y);
            if one_bar && a != b && !look_a.starts_with("thin") && !look_b.starts_with("thin") {
                assert_ne!(look_a, look_b, "two pieces of one bar drawn alike: {a:?} and {b:?}");
            }
        }
    }
    assert!(looks.iter().map(|(_, look)| look).collect::<std::collections::HashSet<_>>().len() >= 6, "six patterns");
    // The waterfall: a total is a heavy outline, an increase solid, a decrease hatched.
    let waterfall = &cases.iter().find(|(name, _)| *name == "funding-waterfall").unwrap().1;
    let scene = waterfall.scene(Frame::new(640.0, 600.0, false), &theme, &ArialMetrics);
    let styles: Vec<(usize, Option<Color>, f64)> = scene
        .marks
        .iter()
        .filter_map(|m| match (&m.shape, m.datum) {
            (Shape::Rect { fill, stroke, .. }, Some(Datum::Bar { index })) => {
                Some((index, *fill, stroke.map_or(0.0, |s| s.width)))
            }
            _ => None,
        })
        .collect();
    let total = styles.iter().find(|s| s.0 == 0).unwrap();
    let increase = styles.iter().find(|s| s.1 == Some(theme.text)).expect("an increase, solid");
    assert!(total.1 != increase.1 && total.2 >= 3.0, "the total {total:?} is not drawn as an increase {increase:?}");
}

fn spine() -> Box<dyn Chart> {
    let text = support::with_files(&support::fixture("spine/committee-report.json"));
    let Json::Object(fields) = Json::parse(&text, "data").unwrap() else { panic!("a fixture is an object") };
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap();
    let mut options = get("options");
    if let Json::Object(entries) = &mut options {
        entries.push(("view".to_owned(), Json::String("spine".to_owned())));
    }
    Box::new(SpineChart::read(&get("items"), &options).unwrap())
}

/// The compare view's fixture, shaded by band (`by` null) or by England.
fn compare(by: &str) -> Box<dyn Chart> {
    let text = support::fixture("compare/benchmarking.json");
    let Json::Object(fields) = Json::parse(&text, "data").unwrap() else { panic!("a fixture is an object") };
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap();
    let mut options = get("options");
    if let Json::Object(entries) = &mut options {
        entries.push(("view".to_owned(), Json::String("compare".to_owned())));
        entries.push(("compareBy".to_owned(), Json::parse(by, "options").unwrap()));
    }
    Box::new(CompareChart::read(&get("items"), &options).unwrap())
}

/// How each datum's piece looks: its fill, its edge's colour, and the directions of the lines
/// drawn inside it (hatching one way or the other, crossed, striped).
fn piece_looks(marks: &[council_charts::testing::scene::Mark]) -> Vec<(council_charts::testing::scene::Datum, String)> {
    let mut looks: Vec<(council_charts::testing::scene::Datum, [f64; 4], String)> = Vec::new();
    for mark in marks {
        match (&mark.shape, mark.datum, looks.last_mut()) {
            (Shape::Rect { x, y, width, height, fill, stroke }, Some(datum), _) => {
                let thin = if *height < 8.0 { "thin " } else { "" };
                let look = format!("{thin}{fill:?} {:?}", stroke.map(|s| s.color));
                looks.push((datum, [*x - 0.5, *y - 0.5, x + width + 0.5, y + height + 0.5], look));
            }
            (Shape::Line { points, .. }, None, Some((_, [left, top, right, bottom], look))) => {
                let inside =
                    points.iter().all(|&(x, y)| (*left..=*right).contains(&x) && (*top..=*bottom).contains(&y));
                if let (true, [(x0, y0), (x1, y1)]) = (inside, points.as_slice()) {
                    let sign = |d: f64| if d.abs() < 0.5 { 0 } else { d.signum() as i8 };
                    let direction = format!(" ({}, {})", sign(x1 - x0), sign(y1 - y0));
                    if !look.contains(&direction) {
                        look.push_str(&direction);
                    }
                }
            }
            _ => {}
        }
    }
    looks.into_iter().map(|(datum, _, look)| (datum, look)).collect()
}
