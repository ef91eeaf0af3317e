//! The table of views (`src/chart/views.rs`) is the one place a view's words and height are
//! written: every view a kind offers has a line in it, each chart's accessible name, rows and
//! height come from it, and the room the stylesheet and the element keep before a chart is
//! drawn is generated from it. `UPDATE_SNAPSHOTS=1 cargo test --test views` rewrites the
//! generated parts of `js/council-charts.css` and `js/council-chart-element.js`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::views::{view_spec, Height, Kind, ViewSpec, VIEWS};
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::view::{FundingView, JudgementView, KpiView, ScorecardView, View};
use council_charts::testing::model::Json;
use council_charts::testing::scene::ArialMetrics;

fn names<V: View>() -> Vec<&'static str> {
    V::OFFERED.iter().map(|v| v.name()).collect()
}

#[test]
fn every_offered_view_has_one_line_and_every_line_is_a_view() {
    let offered: Vec<(Kind, Vec<&str>)> = vec![
        (Kind::Kpi, [names::<KpiView>(), vec![KpiView::Tile.name()]].concat()),
        (Kind::Judgement, names::<JudgementView>()),
        (Kind::Funding, names::<FundingView>()),
        // The tiles are KPI charts of the tile view; the spine is a chart of its own.
        (Kind::Scorecard, vec![ScorecardView::Spine.name()]),
    ];
    for (kind, views) in &offered {
        let lines: Vec<&str> = VIEWS.iter().filter(|v| v.kind == *kind).map(|v| v.view).collect();
        assert_eq!(&lines, views, "{kind:?}: the table's lines, in the order the kind offers them");
    }
    assert_eq!(VIEWS.len(), offered.iter().map(|(_, v)| v.len()).sum::<usize>());
}

fn build(kind: Kind, data: &str, view: &str) -> Box<dyn Chart> {
    let text = support::fixture(data);
    let data = if data.ends_with(".json") { Json::parse(&text, "data").unwrap() } else { Json::String(text) };
    let council = if view == "national" { r#","council":"Northshire""# } else { "" };
    let options = Json::parse(&format!(r#"{{"view":"{view}"{council}}}"#), "options").unwrap();
    match kind {
        Kind::Kpi if view == "tile" => KpiChart::build_tile(&data, &Json::Null).unwrap(),
        Kind::Kpi => KpiChart::build(&data, &options).unwrap(),
        Kind::Judgement => JudgementChart::build(&data, &options).unwrap(),
        _ => FundingChart::build(&data, &options).unwrap(),
    }
}

#[test]
fn each_chart_takes_its_name_rows_and_height_from_the_table() {
    for spec in VIEWS.iter().filter(|v| v.kind != Kind::Scorecard) {
        let data = match spec.kind {
            Kind::Kpi if spec.view == "distribution" => "kpi/kpi-ranked-tile.json",
            Kind::Kpi => "kpi/kpi-neighbours.json",
            Kind::Judgement if spec.view == "national" => "judgements/ofsted-outcomes-illustrative.csv",
            Kind::Judgement => "judgements/judgements-journey.json",
            _ => "funding/funding-temporary-investment.json",
        };
        let chart = build(spec.kind, data, spec.view);
        assert_eq!(chart.kind_words(), spec.kind_words, "{}", spec.view);
        assert_eq!(chart.rows(), spec.rows, "{}", spec.view);
        for width in [320.0, 640.0, 1000.0] {
            if let Some(height) = spec.height.at(width) {
                assert_eq!(chart.preferred_height(width, &ArialMetrics), height, "{} at {width}", spec.view);
            }
        }
    }
    assert_eq!(view_spec(Kind::Kpi, "no such view").view, "line", "an unknown name falls back to the default");
}

/// The room the stylesheet keeps for each view whose height is known before the data is read.
fn stylesheet_rules() -> String {
    let mut css = String::new();
    for spec in drawn_before_data() {
        let kind = match spec.kind {
            Kind::Kpi => r#":is(:not([kind]), [kind="kpi"])"#.to_owned(),
            other => format!(r#"[kind="{}"]"#, other.name()),
        };
        let view = if is_default(spec) {
            format!(r#":is(:not([view]), [view="{}"])"#, spec.view)
        } else {
            format!(r#"[view="{}"]"#, spec.view)
        };
        let height = match spec.height {
            Height::Fixed(px) => format!("{px}px"),
            Height::Share { of_width, least, most } => {
                format!("clamp({least}px, {}vw, {most}px)", (of_width * 100.0).round())
            }
            Height::FromData => unreachable!("left out above"),
        };
        css.push_str(&format!(
            "council-chart{kind}{view}:not([data-state=\"drawn\"], [data-state=\"error\"]) {{\n  min-height: calc({height} + {}rem);\n}}\n",
            spec.around_rem
        ));
    }
    css
}

/// The element's table of the same heights, and each kind's default view.
fn element_tables() -> String {
    let mut js = String::from("const VIEW_HEIGHTS = {\n");
    for spec in drawn_before_data() {
        let (share, least, most) = match spec.height {
            Height::Fixed(px) => (0.0, px, px),
            Height::Share { of_width, least, most } => (of_width, least, most),
            Height::FromData => unreachable!("left out above"),
        };
        js.push_str(&format!("  \"{}/{}\": [{share}, {least}, {most}],\n", spec.kind.name(), spec.view));
    }
    js.push_str("};\nconst DEFAULT_VIEWS = {\n");
    for kind in [Kind::Kpi, Kind::Judgement, Kind::Funding] {
        let default = VIEWS.iter().find(|v| v.kind == kind).unwrap();
        js.push_str(&format!("  {}: \"{}\",\n", kind.name(), default.view));
    }
    js.push_str("};\n");
    js
}

/// Views a page asks for by name whose canvas height is a rule of the width.
fn drawn_before_data() -> impl Iterator<Item = &'static ViewSpec> {
    VIEWS.iter().filter(|v| v.kind != Kind::Scorecard && v.view != "tile" && v.height != Height::FromData)
}

fn is_default(spec: &ViewSpec) -> bool {
    VIEWS.iter().find(|v| v.kind == spec.kind).is_some_and(|first| first.view == spec.view)
}

/// Checks (or, with UPDATE_SNAPSHOTS=1, rewrites) the part of `file` between the line
/// starting with `start` and the line starting with `end`.
fn check_generated(file: &str, start: &str, end: &str, generated: &str) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let from = text.find(start).and_then(|i| text[i..].find('\n').map(|n| i + n + 1)).expect("the start marker");
    let to = from + text[from..].find(end).expect("the end marker");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, format!("{}{generated}{}", &text[..from], &text[to..])).unwrap();
        return;
    }
    assert_eq!(
        &text[from..to],
        generated,
        "{file} has drifted from src/chart/views.rs: UPDATE_SNAPSHOTS=1 cargo test --test views"
    );
}

#[test]
fn the_stylesheet_and_the_element_keep_the_room_the_table_says() {
    let rules = stylesheet_rules();
    assert_eq!(rules.matches("min-height").count(), 5, "{rules}");
    check_generated(
        "js/council-charts.css",
        "/* Generated from src/chart/views.rs",
        "/* End of generated rules. */",
        &rules,
    );
    let tables = element_tables();
    check_generated(
        "js/council-chart-element.js",
        "// [share of the width, least, most] in CSS px",
        "// End of generated code.",
        &tables,
    );
}
