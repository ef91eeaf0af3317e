//! The compare view of a scorecard drawn: illustrative indicators of a council, its ten
//! neighbours, its region and England (tests/fixtures/compare/), as SVG snapshots at 320 and
//! 1,000 CSS px, shaded by band and by England; its description, data table and CSV as text
//! snapshots; every cell reachable by keyboard with something to say; no text overlapping.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::compare::CompareChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::interact::{Key, KeyOrder};
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Datum, Frame, Theme};

/// The fixture's items, and its options with `view: "compare"` and `extra` added.
fn chart(extra: &[(&str, &str)]) -> CompareChart {
    let text = support::fixture("compare/benchmarking.json");
    let Json::Object(fields) = Json::parse(&text, "data").unwrap() else { panic!("a fixture is an object") };
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap();
    let mut options = get("options");
    if let Json::Object(entries) = &mut options {
        entries.push(("view".to_owned(), Json::String("compare".to_owned())));
        for (key, value) in extra {
            entries.push(((*key).to_owned(), Json::String((*value).to_owned())));
        }
    }
    CompareChart::read(&get("items"), &options).unwrap()
}

#[test]
fn shaded_by_band_at_320_and_1000_px_and_by_england_at_1000() {
    let by_band = chart(&[]);
    for width in [320.0, 1000.0] {
        let svg = to_svg(&by_band, width, &Theme::default(), &ArialMetrics);
        support::check_snapshot(&format!("compare/band-{width}.svg"), &svg);
    }
    let by_england = chart(&[("compareBy", "england")]);
    let svg = to_svg(&by_england, 1000.0, &Theme::default(), &ArialMetrics);
    support::check_snapshot("compare/england-1000.svg", &svg);
}

#[test]
fn in_words_table_and_csv() {
    for (name, extra) in [("band", vec![]), ("england", vec![("compareBy", "england")])] {
        let chart = chart(&extra);
        let table = chart.table();
        let rows: Vec<String> =
            table.rows.iter().map(|(head, cells)| format!("{head} | {}", cells.join(" | "))).collect();
        let text = format!(
            "{}\n\n{}\n{}\n{}\n\n{}",
            chart.describe(),
            table.caption,
            table.columns.join(" | "),
            rows.join("\n"),
            chart.to_csv()
        );
        support::check_snapshot(&format!("compare/{name}.txt"), &text);
    }
}

#[test]
fn every_cell_is_reached_by_keys_and_says_something() {
    let compare = chart(&[]);
    let columns = compare.table.columns().len();
    for (width, shown) in [(320.0, 4), (1000.0, columns)] {
        let height = compare.preferred_height(width, &ArialMetrics);
        let scene = compare.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
        assert_eq!(scene.targets.len(), compare.table.rows.len() * shown, "a target per cell shown at {width}");
        for target in &scene.targets {
            let tip = compare.tooltip(target.datum).unwrap();
            assert!(!tip.lines.is_empty() && !tip.heading.is_empty(), "{tip:?}");
            assert!(target.y > 0.0 && target.y < height && target.x >= 0.0 && target.x <= width);
        }
        // The first key lands on the council's cell of the first row; Right walks the row to
        // England, Down moves to the next indicator, End to its last cell.
        let order = KeyOrder::new(&scene.targets).starting_on(compare.start_row()).starting_at(compare.start_datum());
        let first = order.step(None, Key::Right).map(|t| t.datum);
        assert_eq!(first, Some(Datum::CompareCell { row: 0, column: 0 }));
        let mut at = first;
        for _ in 1..shown {
            at = order.step(at, Key::Right).map(|t| t.datum);
        }
        assert_eq!(at, Some(Datum::CompareCell { row: 0, column: columns - 1 }), "England last at {width}");
        let down = order.step(at, Key::Down).map(|t| t.datum);
        assert!(matches!(down, Some(Datum::CompareCell { row: 1, .. })), "{down:?}");
        let home = order.step(down, Key::Home).map(|t| t.datum);
        assert_eq!(home, Some(Datum::CompareCell { row: 1, column: 0 }));
    }
}

#[test]
fn a_missing_figure_says_why_and_the_council_says_its_rank_and_trend() {
    let compare = chart(&[]);
    let said = |row: usize, column: usize| compare.tooltip(Datum::CompareCell { row, column }).unwrap().spoken();
    let council = said(0, 0);
    assert!(council.contains("of 11 with its neighbours"), "{council}");
    assert!(council.contains("Recent trend: Decreasing and getting better"), "{council}");
    let names = &compare.table.heads.neighbours;
    let carrow = 1 + names.iter().position(|n| n == "Carrow").unwrap();
    assert!(said(1, carrow).contains("Carrow: no figure: Suppressed (c)"), "{}", said(1, carrow));
    let jarrow = 1 + names.iter().position(|n| n == "Jarrow Vale").unwrap();
    assert!(said(2, jarrow).contains("not in this indicator's data"), "{}", said(2, jarrow));
}

#[test]
fn no_text_overlaps_at_320_or_1000_px() {
    use council_charts::testing::scene::text::text_boxes;
    let compare = chart(&[]);
    for width in [320.0, 1000.0] {
        let height = compare.preferred_height(width, &ArialMetrics);
        let scene = compare.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
        let boxes = text_boxes(&scene, &ArialMetrics);
        for (i, (a, ab)) in boxes.iter().enumerate() {
            assert!(ab[0] >= 0.0 && ab[2] <= width + 0.5, "{a:?} runs off the chart at {width}: {ab:?}");
            assert!(!a.contains('\u{2026}'), "{a:?} is cut at {width}");
            for (b, bb) in boxes.iter().skip(i + 1) {
                let overlap = ab[0] < bb[2] - 1.0 && bb[0] < ab[2] - 1.0 && ab[1] < bb[3] - 1.0 && bb[1] < ab[3] - 1.0;
                assert!(!overlap, "at {width}: {a:?} {ab:?} overlaps {b:?} {bb:?}");
            }
        }
    }
}

/// A page with no workbook names the neighbours (as a CMS page's options can): an EES file of
/// every council, `neighbours` a list of names; the file has no regional rows, so no region.
#[test]
fn neighbours_named_in_the_options_make_the_columns() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/kpi-every-council-illustrative.csv"),
    )
    .unwrap();
    let items = serde_json::json!([
        { "data": text, "options": { "indicator": "rate_per_10000", "polarity": "lower-is-better",
          "filters": { "population_type": "Children looked after on 31 March each year" } } }
    ]);
    let options = serde_json::json!({ "view": "compare", "council": "Eastborough",
        "neighbours": ["Eastbury", "Eastfield", "Eastham"] });
    let compare = CompareChart::read(
        &Json::parse(&items.to_string(), "data").unwrap(),
        &Json::parse(&options.to_string(), "options").unwrap(),
    )
    .unwrap();
    let heads = &compare.table.heads;
    assert_eq!(heads.council, "Eastborough");
    assert_eq!(heads.neighbours, ["Eastbury", "Eastfield", "Eastham"]);
    assert_eq!(heads.region, None);
    let (_, row) = &compare.table.rows[0];
    assert_eq!(row.cells.len(), 1 + 3 + 1 + 1, "the council, three neighbours, their mean and England");
    assert!(row.cells.iter().all(|c| c.figure.is_ok()), "{:?}", row.cells);
    assert_eq!(row.rank.map(|(_, of)| of), Some(4));
}

/// A KPI with no neighbours, no field and no England, and one whose council has no figure at
/// all: the view still draws each row and says what is missing, by band and by England.
#[test]
fn a_row_with_nothing_to_compare_says_so() {
    let items = r#"[
      { "title": "Own figures only", "series": [{ "name": "Northshire", "start": "2022/23", "values": [3, 4] }] },
      { "title": "No figure yet", "series": [
        { "name": "Northshire", "start": "2023/24", "values": [null] },
        { "name": "England", "role": "benchmark", "start": "2023/24", "values": [7] } ] }
    ]"#;
    for by in ["band", "england"] {
        let options = format!(r#"{{ "view": "compare", "compareBy": "{by}" }}"#);
        let compare =
            CompareChart::read(&Json::parse(items, "data").unwrap(), &Json::parse(&options, "options").unwrap())
                .unwrap();
        assert!(compare.table.heads.neighbours.is_empty());
        let said = compare.describe();
        assert!(said.starts_with("Northshire on 2 indicators, with no statistical neighbours in the data."), "{said}");
        assert!(said.contains("England, not in this indicator's data"), "{said}");
        assert!(said.contains("Without a figure: Northshire, suppressed or not published"), "{said}");
        for width in [320.0, 1000.0] {
            let height = compare.preferred_height(width, &ArialMetrics);
            let scene = compare.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
            assert_eq!(scene.targets.len(), 2 * 2, "the council and England in each row at {width}");
        }
    }
}
