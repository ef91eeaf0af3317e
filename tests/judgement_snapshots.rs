//! Each judgement fixture drawn to SVG in both views, and said in words and CSV.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::Chart;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Theme};

fn snapshot(fixture: &str, options: &str, width: f64, name: &str) {
    let text = support::fixture(&format!("judgements/{fixture}"));
    // A CSV fixture is given as text, as a page pastes it.
    let data = if fixture.ends_with(".csv") { Json::String(text) } else { Json::parse(&text, "data").unwrap() };
    let chart = JudgementChart::read(&data, &Json::parse(options, "options").unwrap()).unwrap();
    support::check_snapshot(
        &format!("judgements/{name}.svg"),
        &to_svg(&chart, width, &Theme::default(), &ArialMetrics),
    );
    support::check_snapshot(&format!("judgements/{name}.txt"), &format!("{}\n\n{}", chart.describe(), chart.to_csv()));
}

macro_rules! case {
    ($name:ident, $fixture:expr, $options:expr, $width:expr) => {
        #[test]
        fn $name() {
            snapshot($fixture, $options, $width, stringify!($name));
        }
    };
}

case!(grid_2023, "judgements-2023.json", "null", 720.0);
case!(grid_journey_wide, "judgements-journey.json", "null", 1000.0);
case!(grid_journey_narrow, "judgements-journey.json", "null", 320.0);
case!(journey_wide, "judgements-journey.json", "{\"view\":\"journey\"}", 1000.0);
case!(journey_narrow, "judgements-journey.json", "{\"view\":\"journey\"}", 320.0);
case!(grid_custom_scale, "judgements-cqc-custom-scale.json", "null", 640.0);
case!(grid_numeric_codes, "judgements-numeric-codes.json", "null", 640.0);
// Ofsted's outcomes table as published (illustrative figures): title and notes rows above the
// header, every council in one table; the care-leavers judgement not in the framework before 2023.
case!(ofsted_outcomes_grid, "ofsted-outcomes-illustrative.csv", "{\"council\": \"E10000099\"}", 720.0);
case!(ofsted_outcomes_narrow, "ofsted-outcomes-illustrative.csv", "{\"council\": \"Northshire\"}", 320.0);
case!(
    ofsted_outcomes_journey,
    "ofsted-outcomes-illustrative.csv",
    "{\"council\": \"northshire\", \"view\": \"journey\"}",
    720.0
);
// The national picture from the same table: every council's latest grade, area by area.
case!(
    ofsted_national_wide,
    "ofsted-outcomes-illustrative.csv",
    "{\"council\": \"E10000099\", \"view\": \"national\"}",
    1000.0
);
case!(
    ofsted_national_narrow,
    "ofsted-outcomes-illustrative.csv",
    "{\"council\": \"E10000099\", \"view\": \"national\"}",
    320.0
);
// By region on request: England's bar and the council's region's, area by area (the gallery's
// illustrative table, which has councils in several regions).
case!(
    ofsted_national_by_region_wide,
    "../../../www/data/judgements-ofsted-outcomes-illustrative.csv",
    "{\"council\": \"Northshire\", \"view\": \"national\", \"byRegion\": true}",
    1000.0
);
case!(
    ofsted_national_by_region_narrow,
    "../../../www/data/judgements-ofsted-outcomes-illustrative.csv",
    "{\"council\": \"Northshire\", \"view\": \"national\", \"byRegion\": true}",
    320.0
);

#[test]
fn by_region_is_refused_where_it_cannot_apply() {
    let data = Json::String(support::fixture("judgements/ofsted-outcomes-illustrative.csv"));
    let without_regions = Json::String(
        support::fixture("judgements/ofsted-outcomes-illustrative.csv").replace(",Ofsted region,", ",Region,"),
    );
    for (data, options, expected) in [
        (
            &data,
            r#"{"council":"Northshire","byRegion":true}"#,
            "options.byRegion: groups the \"national\" view by region; give it with view: \"national\"",
        ),
        (
            &data,
            r#"{"council":"Northshire","view":"national","byRegion":"yes"}"#,
            "options.byRegion: expected true or false, found the text \"yes\"",
        ),
        (
            &without_regions,
            r#"{"council":"Northshire","view":"national","byRegion":true}"#,
            "options.byRegion: this table has no \"Ofsted region\" column to group councils by",
        ),
    ] {
        let error = JudgementChart::read(data, &Json::parse(options, "options").unwrap()).unwrap_err();
        assert_eq!(error.to_string(), expected, "{options}");
    }
}
