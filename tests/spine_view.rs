//! The spine view of a scorecard drawn: a committee report's indicators from published files
//! and JSON (tests/fixtures/spine/), as SVG snapshots at 320 and 1,000 CSS px; its data table,
//! CSV and description as text snapshots; and every mark of every row reachable by keyboard
//! with something to say.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::spine::SpineChart;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::interact::KeyOrder;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Frame, Theme};

/// The fixture's items and options, each `"@kpi/file"` replaced by that file.
pub fn committee_report(name: &str) -> (Json, Json) {
    let text = support::with_files(&support::fixture(&format!("spine/{name}.json")));
    let Json::Object(fields) = Json::parse(&text, "data").unwrap() else { panic!("a fixture is an object") };
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap();
    let mut options = get("options");
    if let Json::Object(entries) = &mut options {
        entries.push(("view".to_owned(), Json::String("spine".to_owned())));
    }
    (get("items"), options)
}

fn chart(name: &str) -> SpineChart {
    let (items, options) = committee_report(name);
    SpineChart::read(&items, &options).unwrap()
}

#[test]
fn the_committee_report_as_svg_at_320_and_1000_px() {
    let spine = chart("committee-report");
    for width in [320.0, 1000.0] {
        let svg = to_svg(&spine, width, &Theme::default(), &ArialMetrics);
        support::check_snapshot(&format!("spine/committee-report-{width}.svg"), &svg);
    }
}

#[test]
fn the_committee_report_in_words_table_and_csv() {
    let spine = chart("committee-report");
    let table = spine.table();
    let rows: Vec<String> = table.rows.iter().map(|(head, cells)| format!("{head} | {}", cells.join(" | "))).collect();
    let text = format!(
        "{}\n\n{}\n{}\n{}\n\n{}",
        spine.describe(),
        table.caption,
        table.columns.join(" | "),
        rows.join("\n"),
        spine.to_csv()
    );
    support::check_snapshot("spine/committee-report.txt", &text);
}

#[test]
fn every_mark_is_reached_by_keys_and_says_something() {
    let spine = chart("committee-report");
    for width in [320.0, 1000.0] {
        let height = spine.preferred_height(width, &ArialMetrics);
        let scene = spine.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
        let rows = spine.indicators.len();
        let order = KeyOrder::new(&scene.targets);
        let marks: usize = spine.indicators.iter().map(|i| i.row.marks().len()).sum();
        assert_eq!(scene.targets.len(), marks, "a target per mark at {width}");
        for target in &scene.targets {
            let tip = spine.tooltip(target.datum).unwrap();
            assert!(!tip.lines.is_empty(), "{tip:?}");
            assert!(target.y > 0.0 && target.y < height && target.x >= 0.0 && target.x <= width);
        }
        // Down from the first row walks every row once, in order.
        let mut at = None;
        let mut seen = Vec::new();
        for _ in 0..rows + 1 {
            at = order.step(at, council_charts::testing::interact::Key::Down).map(|t| t.datum);
            let Some(council_charts::testing::scene::Datum::SpineMark { row, .. }) = at else {
                panic!("a spine's mark: {at:?}")
            };
            seen.push(row);
        }
        assert_eq!(seen, (0..rows).chain([rows - 1]).collect::<Vec<_>>());
    }
}

/// A reader's first key lands on the council's own mark of the first row (not the worst
/// council, at the bar's left), and what it says gives each figure once.
#[test]
fn the_first_key_lands_on_the_council_and_says_its_figure_once() {
    use council_charts::testing::interact::Key;
    use council_charts::testing::scene::Datum;
    let spine = chart("committee-report");
    let scene = spine.scene(Frame::new(1000.0, 2000.0, false), &Theme::default(), &ArialMetrics);
    let order = KeyOrder::new(&scene.targets).starting_on(spine.start_row()).starting_at(spine.start_datum());
    for key in [Key::Right, Key::Down, Key::Up] {
        let first = order.step(None, key).map(|t| t.datum);
        assert_eq!(first, spine.start_datum(), "{key:?}");
    }
    // Home and End go where they say: the row's first mark and its last.
    assert_eq!(order.step(None, Key::Home).map(|t| t.datum), Some(Datum::SpineMark { row: 0, mark: 0 }));
    let Some(council) = spine.start_datum() else { panic!("the council has a mark in the first row") };
    let Datum::SpineMark { row: 0, .. } = council else { panic!("{council:?}") };
    let words = spine.tooltip(council).unwrap().spoken();
    assert!(words.contains(", Northshire: 46 per 10,000, 15th of 47 councils"), "{words}");
    for (row, indicator) in spine.indicators.iter().enumerate() {
        for mark in 0..indicator.row.marks().len() {
            let tip = spine.tooltip(Datum::SpineMark { row, mark }).unwrap();
            let figures: Vec<&str> = tip
                .lines
                .iter()
                .flat_map(|l| l.split([',', '(', ')', ':']))
                .map(str::trim)
                .filter(|p| p.starts_with(|c: char| c.is_ascii_digit()) && p.contains(' '))
                .collect();
            let mut unique = figures.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(figures.len(), unique.len(), "a figure said twice: {:?}", tip.lines);
        }
    }
}

#[test]
fn no_text_overlaps_at_320_or_1000_px() {
    use council_charts::testing::scene::text::text_boxes;
    let spine = chart("committee-report");
    for width in [320.0, 1000.0] {
        let height = spine.preferred_height(width, &ArialMetrics);
        let scene = spine.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
        let boxes = text_boxes(&scene, &ArialMetrics);
        for (i, (a, ab)) in boxes.iter().enumerate() {
            assert!(ab[0] >= 0.0 && ab[2] <= width + 0.5, "{a:?} runs off the chart at {width}: {ab:?}");
            for (b, bb) in boxes.iter().skip(i + 1) {
                let overlap = ab[0] < bb[2] - 1.0 && bb[0] < ab[2] - 1.0 && ab[1] < bb[3] - 1.0 && bb[1] < ab[3] - 1.0;
                assert!(!overlap, "at {width}: {a:?} {ab:?} overlaps {b:?} {bb:?}");
            }
        }
    }
}

#[test]
fn printing_cuts_only_between_rows() {
    let spine = chart("committee-report");
    for width in [320.0, 680.0, 1000.0] {
        let laid = spine.lay_out(width, &ArialMetrics);
        let cuts = spine.cuts(&laid);
        // One piece per row: the first with the key and headings, the last to the bottom.
        assert_eq!(cuts.len(), spine.indicators.len() + 1, "at {width}");
        assert_eq!((cuts[0], *cuts.last().unwrap()), (0.0, laid.height), "at {width}");
        assert!(cuts.windows(2).all(|w| w[1] - w[0] >= 40.0), "at {width}: {cuts:?}");
        // No target (a row's marks) straddles a cut.
        let scene = spine.scene(Frame::new(width, laid.height, false), &Theme::default(), &ArialMetrics);
        for target in &scene.targets {
            let b = target.bounds.unwrap();
            assert!(!cuts.iter().any(|c| b.y < *c && b.y + b.height > *c), "at {width}: {target:?} is cut");
        }
    }
}
