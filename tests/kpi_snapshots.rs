//! Each KPI fixture drawn to SVG, and said in words and CSV, compared with stored snapshots.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::Chart;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Theme};

fn snapshot(fixture: &str, options: &str, width: f64, name: &str) {
    let text = support::fixture(&format!("kpi/{fixture}"));
    // A CSV fixture is given as text, as a page pastes it.
    let data = if fixture.ends_with(".csv") { Json::String(text) } else { Json::parse(&text, "data").unwrap() };
    let options = Json::parse(options, "options").unwrap();
    let chart = KpiChart::read(&data, &options).unwrap();
    let svg = to_svg(&chart, width, &Theme::default(), &ArialMetrics);
    support::check_snapshot(&format!("kpi/{name}.svg"), &svg);
    let words = format!("{}\n\n{}", chart.describe(), chart.to_csv());
    support::check_snapshot(&format!("kpi/{name}.txt"), &words);
}

macro_rules! case {
    ($name:ident, $fixture:expr, $options:expr, $width:expr) => {
        #[test]
        fn $name() {
            snapshot($fixture, $options, $width, stringify!($name));
        }
    };
}

case!(children_looked_after, "kpi-children-looked-after.json", "null", 720.0);
case!(children_looked_after_narrow, "kpi-children-looked-after.json", "null", 320.0);
case!(revenue_budget_with_gaps, "kpi-revenue-budget.json", "null", 640.0);
case!(quarterly_caseload, "kpi-caseload-quarterly.json", "{\"view\": \"line\"}", 640.0);
case!(monthly_take_up, "kpi-take-up-monthly.json", "null", 480.0);
case!(single_point, "kpi-single-point.json", "null", 480.0);
case!(all_gaps, "kpi-all-gaps.json", "null", 480.0);
case!(many_series_long_names, "kpi-many-series.json", "null", 720.0);
case!(neighbours_band, "kpi-neighbours.json", "null", 720.0);
case!(neighbours_as_lines, "kpi-neighbours.json", "{\"neighbours\":\"lines\"}", 720.0);
case!(status_bands, "kpi-neighbours.json", "{\"bands\":true}", 560.0);
// A Fingertips export in its published layout (illustrative figures): confidence intervals as
// whiskers, "Compared to England" as marks, the recent trend said.
case!(fingertips_export, "fingertips-illustrative.csv", "{\"council\": \"Northshire\", \"unit\": \"per 10,000\", \"source\": \"Illustrative figures in the layout of an OHID Fingertips export\"}", 720.0);
case!(
    fingertips_export_narrow,
    "fingertips-illustrative.csv",
    "{\"council\": \"E10000099\", \"indicator\": \"90284\"}",
    320.0
);
// An hourly series (a week of readings, illustrative): times of day on a time axis.
case!(hourly_air_quality, "kpi-air-quality-hourly.json", "null", 720.0);
case!(hourly_air_quality_narrow, "kpi-air-quality-hourly.json", "null", 320.0);
// Every council's figure (an EES-layout file, illustrative councils and figures): where the
// council stands, with England and its statistical neighbours.
const EVERY_COUNCIL: &str = "ees-every-council-illustrative.csv";
const WHERE_WE_STAND: &str = r#"{"view":"distribution","indicator":"rate_per_10000","council":"Northshire","unit":"per 10,000","polarity":"lower-is-better","filters":{"population_type":"Children looked after on 31 March each year"},"neighbours":["Southfield","Eastfield","Westfield","Uppershire","Lowerton"],"title":"Children looked after per 10,000 children","subtitle":"Every council in an illustrative EES-layout file"}"#;
case!(distribution_wide, EVERY_COUNCIL, WHERE_WE_STAND, 1000.0);
case!(distribution_narrow, EVERY_COUNCIL, WHERE_WE_STAND, 320.0);
case!(
    line_with_rank,
    EVERY_COUNCIL,
    r#"{"indicator":"rate_per_10000","council":"Northshire","unit":"per 10,000","polarity":"lower-is-better","filters":{"population_type":"Children looked after on 31 March each year"},"neighbours":["Southfield","Eastfield","Westfield","Uppershire","Lowerton"]}"#,
    720.0
);
