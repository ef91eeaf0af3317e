//! Each judgement fixture drawn to SVG in both views, and said in words and CSV.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::chart::judgement::JudgementChart;
use council_charts::export::svg::to_svg;
use council_charts::model::Json;
use council_charts::scene::{ArialMetrics, Theme};
use council_charts::Chart;

fn snapshot(fixture: &str, options: &str, width: f64, name: &str) {
    let data = Json::parse(&support::fixture(&format!("judgements/{fixture}")), "data").unwrap();
    let chart = JudgementChart::read(&data, &Json::parse(options, "options").unwrap()).unwrap();
    support::check_snapshot(&format!("judgements/{name}.svg"), &to_svg(&chart, width, &Theme::default(), &ArialMetrics));
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
