//! No word is cut with "…" in any chart of the gallery, at a phone's 320 CSS px or at 1,000:
//! every `<article data-chart>` of `www/index.html`, read with its own data file and options as
//! `www/gallery.js` draws it, laid out natively with Arial's metrics. Labels too long for their
//! room wrap, shrink, or use a short form the data define; they are never cut.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::Json;
use council_charts::testing::scene::text::text_boxes;
use council_charts::testing::scene::{ArialMetrics, Frame, Theme};
use std::fs;

/// A gallery card: its kind, data file and options, as `gallery.js`'s `drawCard` assembles them.
struct Card {
    kind: String,
    src: String,
    options: serde_json::Value,
}

/// The value of `name="..."` or `name='...'` in a tag's text, entities decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let quote = tag.get(at..=at)?;
    let rest = tag.get(at + 1..)?;
    let value = rest.get(..rest.find(quote)?)?;
    Some(value.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"))
}

fn gallery_cards() -> Vec<Card> {
    let page = fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/index.html")).unwrap();
    let mut cards = Vec::new();
    for piece in page.split("<article").skip(1) {
        let Some(tag) = piece.find('>').and_then(|end| piece.get(..end)) else { continue };
        let (Some(kind), Some(src)) = (attribute(tag, "data-chart"), attribute(tag, "data-src")) else { continue };
        let mut options: serde_json::Value =
            attribute(tag, "data-options").map_or(serde_json::json!({}), |o| serde_json::from_str(&o).unwrap());
        if let Some(view) = attribute(tag, "data-view") {
            options["view"] = view.into();
        }
        if let Some(title) = attribute(tag, "data-title") {
            options["title"] = title.into();
            let subtitle = attribute(tag, "data-subtitle").unwrap_or("Pasted from a spreadsheet as CSV".into());
            options["subtitle"] = subtitle.into();
        }
        cards.push(Card { kind, src, options });
    }
    cards
}

fn build(card: &Card) -> Box<dyn Chart> {
    let text =
        fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join(&card.src)).unwrap();
    // JSON files are parsed as the page's json() does; any other file is given as its text.
    let data = if card.src.ends_with(".json") { Json::parse(&text, "data").unwrap() } else { Json::String(text) };
    let options = Json::parse(&card.options.to_string(), "options").unwrap();
    let built = match card.kind.as_str() {
        "kpi" => KpiChart::build(&data, &options),
        "judgement" => JudgementChart::build(&data, &options),
        "funding" => FundingChart::build(&data, &options),
        other => panic!("a card of kind {other}"),
    };
    built.unwrap_or_else(|e| panic!("{} {}: {e}", card.src, card.options))
}

/// Every text the chart draws at `width` that ends in "…", or runs past an edge of the chart
/// (labels wrapped to more lines than the chart's height made room for).
fn cut_words(chart: &dyn Chart, width: f64) -> Vec<String> {
    let height = chart.preferred_height(width, &ArialMetrics);
    let scene = chart.scene(Frame::new(width, height, false), &Theme::default(), &ArialMetrics);
    text_boxes(&scene, &ArialMetrics)
        .into_iter()
        .filter_map(|(text, [left, top, right, bottom])| {
            let past = left < -0.5 || right > width + 0.5 || top < -0.5 || bottom > height + 0.5;
            match (text.ends_with('…'), past) {
                (true, _) => Some(text),
                (false, true) => {
                    Some(format!("{text} (past the edge: {left:.0}, {top:.0} to {right:.0}, {bottom:.0})"))
                }
                (false, false) => None,
            }
        })
        .collect()
}

#[test]
fn no_chart_of_the_gallery_cuts_a_word_at_320_or_1000_px() {
    let cards = gallery_cards();
    assert!(cards.len() >= 25, "{} cards read from the gallery", cards.len());
    let mut found = Vec::new();
    for card in &cards {
        let chart = build(card);
        // 256 px: a card's chart on a 320 px phone (the card's padding taken off).
        for width in [256.0, 320.0, 1000.0] {
            for cut in cut_words(chart.as_ref(), width) {
                found.push(format!("{} {} at {width} px: {cut:?}", card.src, card.options));
            }
        }
    }
    assert!(found.is_empty(), "{} cut:\n{}", found.len(), found.join("\n"));
}

/// What issue 41 found cut at 320 px: every column of MHCLG's outturn table stacked, and a
/// grid of four inspections whose Outstanding cells read "Outstandi…".
#[test]
fn long_column_names_and_grades_in_narrow_cells_are_written_whole() {
    let outturn = Json::String(support::fixture("funding/revenue-outturn-illustrative.csv"));
    let every_column = r#"{"columns":["Employees","Running Expenses","Sales, Fees and Charges","Other Income"]}"#;
    let stacked = FundingChart::build(&outturn, &Json::parse(every_column, "options").unwrap()).unwrap();
    let four = r#"{"title":"Ofsted","inspections":[{"label":"2012"},{"label":"2016"},{"label":"2019"},{"label":"2023"}],
        "areas":[{"name":"Overall effectiveness","grades":["Outstanding","Outstanding","Outstanding","Outstanding"]},
        {"name":"Children in care","grades":["Requires improvement to be good","Outstanding","Good","Outstanding"]}]}"#;
    let grid = JudgementChart::build(&Json::parse(four, "data").unwrap(), &Json::Null).unwrap();
    for chart in [stacked, grid] {
        for width in [320.0, 280.0, 1000.0] {
            assert_eq!(cut_words(chart.as_ref(), width), Vec::<String>::new(), "at {width} px: {}", chart.describe());
        }
    }
}

#[test]
fn the_check_reads_every_card_and_sees_a_cut() {
    let cards = gallery_cards();
    let kinds: Vec<&str> = cards.iter().map(|c| c.kind.as_str()).collect();
    for kind in ["kpi", "judgement", "funding"] {
        assert!(kinds.contains(&kind), "no {kind} card read");
    }
    assert!(cards.iter().any(|c| c.options["council"] == "E10000099"), "options read from data-options");
    // A bullet's headline, one line by design, with a unit far too long for it at 320 px is
    // cut, and the check sees it.
    let long = "children looked after on the last day of March ".repeat(3);
    let data = format!(
        r#"{{"title":"T","unit":"{long}","series":[{{"name":"Ours","points":[{{"period":"2019/20","value":1}}]}}]}}"#
    );
    let options = Json::parse(r#"{"view":"bullet"}"#, "options").unwrap();
    let chart = KpiChart::build(&Json::parse(&data, "data").unwrap(), &options).unwrap();
    let cut = cut_words(chart.as_ref(), 320.0);
    assert!(!cut.is_empty(), "a cut name was not seen");
}
