//! At 320 CSS px (400% zoom on a 1280 px screen) no chart draws text over other text: every
//! fixture in every view, laid out natively, with each text's box measured by Arial's metrics.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::Json;
use council_charts::testing::scene::text::text_boxes;
use council_charts::testing::scene::{ArialMetrics, Frame, Theme};

type Build = fn(&Json, &Json) -> Result<Box<dyn Chart>, council_charts::ChartError>;

fn boxes(chart: &dyn Chart, width: f64) -> Vec<(String, [f64; 4])> {
    let height = chart.preferred_height(width, &ArialMetrics);
    let scene = chart.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
    text_boxes(&scene, &ArialMetrics)
}

fn overlaps(a: &[f64; 4], b: &[f64; 4]) -> bool {
    // More than a pixel's overlap both ways; letters' side bearings make touching boxes fine.
    a[0] < b[2] - 1.0 && b[0] < a[2] - 1.0 && a[1] < b[3] - 1.0 && b[1] < a[3] - 1.0
}

#[test]
fn no_text_overlaps_at_320_px() {
    let cases: Vec<(&str, Build, &str)> = vec![
        ("kpi/kpi-children-looked-after.json", KpiChart::build, "null"),
        ("kpi/kpi-children-looked-after.json", KpiChart::build, r#"{"view":"bullet"}"#),
        ("kpi/kpi-children-looked-after.json", KpiChart::build, r#"{"view":"sparkline"}"#),
        ("kpi/kpi-revenue-budget.json", KpiChart::build, "null"),
        ("kpi/kpi-caseload-quarterly.json", KpiChart::build, "null"),
        ("kpi/kpi-take-up-monthly.json", KpiChart::build, "null"),
        ("kpi/kpi-many-series.json", KpiChart::build, "null"),
        ("kpi/kpi-neighbours.json", KpiChart::build, "null"),
        ("kpi/kpi-neighbours.json", KpiChart::build, r#"{"bands":true}"#),
        ("judgements/judgements-2023.json", JudgementChart::build, "null"),
        ("judgements/judgements-journey.json", JudgementChart::build, "null"),
        ("judgements/judgements-journey.json", JudgementChart::build, r#"{"view":"journey"}"#),
        ("funding/funding-temporary-investment.json", FundingChart::build, "null"),
        ("funding/funding-temporary-investment.json", FundingChart::build, r#"{"view":"waterfall"}"#),
        ("funding/funding-temporary-investment.json", FundingChart::build, r#"{"view":"lines"}"#),
        ("funding/funding-improvement-programme.json", FundingChart::build, "null"),
        ("funding/funding-improvement-programme.json", FundingChart::build, r#"{"view":"waterfall"}"#),
        ("funding/funding-improvement-programme.json", FundingChart::build, r#"{"view":"lines"}"#),
        ("kpi/kpi-air-quality-hourly.json", KpiChart::build, "null"),
        (
            "kpi/ees-every-council-illustrative.csv",
            KpiChart::build,
            r#"{"view":"distribution","indicator":"rate_per_10000","council":"Northshire","polarity":"lower-is-better","filters":{"population_type":"Children looked after on 31 March each year"},"neighbours":["Southfield","Eastfield","Westfield","Uppershire","Lowerton"]}"#,
        ),
        (
            "kpi/ees-every-council-illustrative.csv",
            KpiChart::build,
            r#"{"view":"distribution","indicator":"rate_per_10000","council":"Lowerbury","polarity":"higher-is-better","filters":{"population_type":"Children looked after on 31 March each year"}}"#,
        ),
        ("kpi/fingertips-illustrative.csv", KpiChart::build, r#"{"council":"Northshire","unit":"per 10,000"}"#),
        ("judgements/ofsted-outcomes-illustrative.csv", JudgementChart::build, r#"{"council":"Northshire"}"#),
        (
            "judgements/ofsted-outcomes-illustrative.csv",
            JudgementChart::build,
            r#"{"council":"Northshire","view":"journey"}"#,
        ),
        (
            "judgements/ofsted-outcomes-illustrative.csv",
            JudgementChart::build,
            r#"{"council":"Northshire","view":"national"}"#,
        ),
        (
            "../../www/data/judgements-ofsted-outcomes-illustrative.csv",
            JudgementChart::build,
            r#"{"council":"Northshire","view":"national","byRegion":true}"#,
        ),
        ("funding/revenue-outturn-illustrative.csv", FundingChart::build, "null"),
        ("funding/revenue-outturn-illustrative.csv", FundingChart::build, r#"{"view":"waterfall"}"#),
        ("funding/revenue-outturn-illustrative.csv", FundingChart::build, r#"{"view":"lines"}"#),
    ];
    let mut found = Vec::new();
    for (fixture, build, options) in cases {
        let text = support::fixture(fixture);
        // A CSV fixture in a published layout is given as text, as a page gives it.
        let data = if fixture.ends_with(".csv") { Json::String(text) } else { Json::parse(&text, "data").unwrap() };
        let chart = build(&data, &Json::parse(options, "options").unwrap()).unwrap();
        let texts = boxes(chart.as_ref(), 320.0);
        for (i, (a, ba)) in texts.iter().enumerate() {
            for (b, bb) in texts.iter().skip(i + 1) {
                if overlaps(ba, bb) {
                    found.push(format!("{fixture} {options}: {a:?} over {b:?}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{} overlaps:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_sees_text_and_sees_overlaps() {
    let data = Json::parse(&support::fixture("kpi/kpi-children-looked-after.json"), "data").unwrap();
    let chart = KpiChart::build(&data, &Json::Null).unwrap();
    let texts = boxes(chart.as_ref(), 320.0);
    assert!(texts.len() >= 10, "{} texts gathered", texts.len());
    assert!(texts.iter().any(|(t, _)| t == "2016/17"), "period labels are among them");
    // Two labels a few pixels apart overlap; side by side they do not.
    assert!(overlaps(&[0.0, 0.0, 40.0, 12.0], &[30.0, 4.0, 70.0, 16.0]));
    assert!(!overlaps(&[0.0, 0.0, 40.0, 12.0], &[40.5, 0.0, 80.0, 12.0]));
    assert!(!overlaps(&[0.0, 0.0, 40.0, 12.0], &[0.0, 12.0, 40.0, 24.0]));
}

/// A grade is the datum: in the grid, at every width from a phone to a wide column, each
/// cell's grade (and "Not judged", "Not in framework") is written whole, in a shorter form the
/// scale defines, smaller, or on two lines, never cut with "…".
#[test]
fn no_grade_is_cut_in_any_cell_at_any_width() {
    for fixture in [
        "judgements/judgements-2023.json",
        "judgements/judgements-journey.json",
        "judgements/judgements-cqc-custom-scale.json",
    ] {
        let data = Json::parse(&support::fixture(fixture), "data").unwrap();
        let chart = JudgementChart::build(&data, &Json::Null).unwrap();
        for width in (28..=100).map(|w| f64::from(w) * 10.0) {
            let cut: Vec<String> = boxes(chart.as_ref(), width)
                .into_iter()
                .map(|(text, _)| text)
                .filter(|t| t.ends_with('…') && !chart.titles().title().starts_with(t.trim_end_matches('…')))
                .collect();
            assert!(cut.is_empty(), "{fixture} at {width} px cuts {cut:?}");
        }
    }
}
