//! A chart is laid out once per drawing: the picture step sizes the frame and draws the scene
//! from one layout. Counted by the text measurements asked for (laying out a grid or a
//! waterfall measures and wraps every name): a picture on screen asks exactly as many as
//! building the scene alone, which lays out once; laying out twice would ask for more.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::cell::Cell;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::picture::{frame, picture, Purpose};
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::Json;
use council_charts::testing::scene::text::TextMeasure;
use council_charts::testing::scene::{ArialMetrics, Font, Theme};

#[derive(Default)]
struct Counting {
    calls: Cell<usize>,
}

impl TextMeasure for Counting {
    fn width(&self, text: &str, font: Font) -> f64 {
        self.calls.set(self.calls.get() + 1);
        ArialMetrics.width(text, font)
    }
}

fn read(path: &str) -> Json {
    Json::parse(&support::fixture(path), "data").unwrap()
}

/// (measurements for a picture on screen, measurements for its scene alone).
fn measurements(chart: &dyn Chart, width: f64) -> (usize, usize) {
    let theme = Theme::default();
    let on_screen = Counting::default();
    let framed = frame(chart, width, Purpose::Screen, &theme, &on_screen);
    let drawn = picture(chart, &framed, &theme, &on_screen);
    let alone = Counting::default();
    let scene = chart.scene(framed.frame, &theme, &alone);
    assert_eq!(drawn.scene.marks.len(), scene.marks.len(), "the picture draws the scene it was sized for");
    (on_screen.calls.get(), alone.calls.get())
}

#[test]
fn the_grid_and_the_waterfall_are_laid_out_once_per_picture() {
    let grid = JudgementChart::read(&read("judgements/judgements-journey.json"), &Json::Null).unwrap();
    let options = Json::parse(r#"{"view":"waterfall"}"#, "options").unwrap();
    let waterfall = FundingChart::read(&read("funding/funding-improvement-programme.json"), &options).unwrap();
    for (name, chart) in [("grid", &grid as &dyn Chart), ("waterfall", &waterfall)] {
        for width in [320.0, 720.0] {
            let (picture, scene) = measurements(chart, width);
            assert!(scene > 0, "{name} at {width}: the scene measures its text");
            assert_eq!(picture, scene, "{name} at {width}: a picture lays the chart out once");
        }
    }
}
