//! KPI views beyond the line: sparkline, bullet and scorecard tile as SVG snapshots; status
//! for every polarity, one line per case; and the reduction of long series.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::kpi::Kpi;
use council_charts::testing::model::{Json, Node};
use council_charts::testing::scene::kpi::reduce::line_runs;
use council_charts::testing::scene::{ArialMetrics, Theme};

fn chart(fixture: &str, options: &str) -> Box<dyn Chart> {
    let text = support::fixture(&format!("kpi/{}", fixture.split('#').next().unwrap()));
    let mut data = Json::parse(&text, "data").unwrap();
    // "file.json#2" is the third KPI of a scorecard file.
    if let (Some(index), Json::Array(items)) = (fixture.split('#').nth(1), &data) {
        data = items[index.parse::<usize>().unwrap()].clone();
    }
    let options = Json::parse(options, "options").unwrap();
    if options == Json::String("tile".into()) {
        KpiChart::build_tile(&data, &Json::Null).unwrap()
    } else {
        KpiChart::build(&data, &options).unwrap()
    }
}

fn snapshot(fixture: &str, options: &str, width: f64, name: &str) {
    let chart = chart(fixture, options);
    support::check_snapshot(
        &format!("kpi_views/{name}.svg"),
        &to_svg(chart.as_ref(), width, &Theme::default(), &ArialMetrics),
    );
}

macro_rules! case {
    ($name:ident, $fixture:expr, $options:expr, $width:expr) => {
        #[test]
        fn $name() {
            snapshot($fixture, $options, $width, stringify!($name));
        }
    };
}

case!(sparkline_children_looked_after, "kpi-children-looked-after.json", r#"{"view":"sparkline"}"#, 320.0);
case!(sparkline_caseload_in_a_table_cell, "kpi-scorecard.json#0", r#"{"view":"sparkline","height":32}"#, 200.0);
case!(sparkline_neutral_with_gaps, "kpi-revenue-budget.json", r#"{"view":"sparkline"}"#, 240.0);
case!(bullet_children_looked_after, "kpi-children-looked-after.json", r#"{"view":"bullet"}"#, 640.0);
case!(bullet_take_up_higher_is_better, "kpi-scorecard.json#2", r#"{"view":"bullet"}"#, 480.0);
case!(bullet_narrow, "kpi-scorecard.json#0", r#"{"view":"bullet"}"#, 320.0);
case!(tile_caseload, "kpi-scorecard.json#0", r#""tile""#, 300.0);
case!(tile_agency, "kpi-scorecard.json#1", r#""tile""#, 300.0);
case!(tile_single_value, "kpi-scorecard.json#3", r#""tile""#, 300.0);
// A tile whose data hold every council: rank, band and the rank's direction of travel.
case!(tile_ranked, "kpi-ranked-tile.json", r#""tile""#, 300.0);
case!(distribution_from_json, "kpi-ranked-tile.json", r#"{"view":"distribution"}"#, 480.0);

#[test]
fn status() {
    // "polarity target green amber value" (- for none) ==> the status in words
    support::run_cases("status.txt", |input| {
        let f: Vec<&str> = input.split_whitespace().collect();
        let number = |s: &str| {
            if s == "-" {
                "null".to_owned()
            } else {
                s.to_owned()
            }
        };
        let thresholds =
            if f[2] == "-" { "null".to_owned() } else { format!("{{\"green\":{},\"amber\":{}}}", f[2], f[3]) };
        let json = format!(
            r#"{{"title":"T","polarity":"{}","target":{},"thresholds":{thresholds},"series":[{{"name":"A","points":[{{"period":"2020","value":{}}}]}}]}}"#,
            f[0],
            number(f[1]),
            f[4]
        );
        match Kpi::read(&Node::data(&Json::parse(&json, "data").unwrap())) {
            Ok(kpi) => kpi.status(f[4].parse().unwrap()).words().to_owned(),
            Err(e) => format!("not read: {e}"),
        }
    });
}

/// A deterministic wobbly series: no two neighbouring columns alike.
fn wobbly(n: usize) -> Vec<Option<(f64, f64)>> {
    let mut seed: u64 = 12345;
    (0..n)
        .map(|i| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let noise = (seed >> 33) as f64 / (1u64 << 31) as f64;
            let x = 10.0 + i as f64 * 800.0 / n as f64;
            if i % 20_000 == 19_999 {
                None
            } else {
                Some((x, 300.0 - 100.0 * (i as f64 / 3000.0).sin() - 50.0 * noise))
            }
        })
        .collect()
}

#[test]
fn reduction_keeps_every_pixel_columns_min_and_max() {
    let points = wobbly(100_000);
    let runs = line_runs(&points);
    assert_eq!(runs.len(), 5, "the four gaps split the line in five");
    let kept: usize = runs.iter().map(Vec::len).sum();
    assert!(kept <= 2 * 810 + 20, "{kept} points kept for about 800 pixel columns");
    assert!(kept >= 800, "{kept} points kept");
    // For each run, each pixel column's extremes among the input appear in the output.
    for (run, input) in runs.iter().zip(points.split(|p| p.is_none())) {
        let input: Vec<(f64, f64)> = input.iter().flatten().copied().collect();
        assert!(run.windows(2).all(|w| w[0].0 <= w[1].0), "x stays in order");
        let mut columns: std::collections::BTreeMap<i64, (f64, f64)> = Default::default();
        for (x, y) in &input {
            let e = columns.entry(x.floor() as i64).or_insert((f64::INFINITY, f64::NEG_INFINITY));
            *e = (e.0.min(*y), e.1.max(*y));
        }
        for (column, (lo, hi)) in columns {
            let ys: Vec<f64> = run.iter().filter(|(x, _)| x.floor() as i64 == column).map(|p| p.1).collect();
            assert!(ys.contains(&lo) && ys.contains(&hi), "column {column} lost its extremes");
        }
        assert_eq!(run.first(), input.first(), "the run starts where it did");
        assert_eq!(run.last(), input.last(), "and ends where it did");
    }
    // A short series is left alone.
    let short = wobbly(500);
    assert_eq!(line_runs(&short).concat(), short.iter().flatten().copied().collect::<Vec<_>>());
}

/// A tile's words as the page sets them in text above its sparkline (the canvas holds the
/// sparkline alone; a picture leaving the page draws the words in, as the SVG cases above show).
#[test]
fn tile_words_as_the_page_sets_them() {
    let fixtures = [
        "kpi-scorecard.json#0",
        "kpi-scorecard.json#1",
        "kpi-scorecard.json#2",
        "kpi-scorecard.json#3",
        "kpi-ranked-tile.json",
    ];
    let mut text = String::new();
    for fixture in fixtures {
        let words = chart(fixture, r#""tile""#).tile_text().expect("a tile has words");
        let status = words.status.map(|(status, said)| format!("{status:?}: {said}"));
        text.push_str(&format!(
            "{fixture} | {} | {} | {:?} | {} | {} | {}\n",
            words.value,
            words.period,
            words.direction,
            words.change,
            status.unwrap_or_default(),
            words.rank.unwrap_or_default()
        ));
    }
    support::check_snapshot("kpi_views/tile_words.txt", &text);
    // On the page the canvas holds the sparkline alone: no text is drawn in it.
    let tile = chart("kpi-ranked-tile.json", r#""tile""#);
    let height = tile.preferred_height(300.0, &ArialMetrics);
    let scene =
        tile.scene(council_charts::testing::scene::Frame::new(300.0, height, false), &Theme::default(), &ArialMetrics);
    assert!(council_charts::testing::scene::text::text_boxes(&scene, &ArialMetrics).is_empty());
    assert!(!scene.targets.is_empty() && height < 60.0, "a sparkline {height} px high, its points hoverable");
    assert!(
        chart("kpi-children-looked-after.json", r#"{"view":"sparkline"}"#).tile_text().is_none(),
        "only a tile has them"
    );
}

#[test]
fn scorecard_as_csv() {
    let Json::Array(items) = Json::parse(&support::fixture("kpi/kpi-scorecard.json"), "data").unwrap() else {
        panic!("a list")
    };
    let kpis: Vec<Kpi> = items.iter().map(|item| Kpi::read(&Node::data(item)).unwrap()).collect();
    support::check_snapshot("kpi_views/scorecard.csv", &council_charts::testing::export::csv::scorecard_csv(&kpis));
}

#[test]
fn kpi_csv() {
    // "options JSON | CSV (\n for a new line)" ==> title, unit and each series' points; or the error.
    support::run_cases("kpi_csv.txt", |input| {
        let (options, csv) = input.split_once(" |").unwrap();
        let csv = csv.strip_prefix(' ').unwrap_or(csv);
        let options = Json::parse(options, "options").unwrap();
        match KpiChart::read(&Json::String(support::unescape(csv)), &options) {
            Ok(chart) => {
                let k = &chart.kpi;
                let series: Vec<String> = k
                    .series()
                    .iter()
                    .map(|s| {
                        let role =
                            if s.role == council_charts::testing::model::kpi::Role::Own { "own" } else { "benchmark" };
                        let points: Vec<String> = s
                            .points()
                            .iter()
                            .map(|p| {
                                let value =
                                    format!("{}={}", p.period.label(), p.value.map_or("gap".into(), |v| v.to_string()));
                                // What a published file says besides the value: interval, comparison, note.
                                match p.detail.as_deref() {
                                    None => value,
                                    Some(d) => {
                                        let interval =
                                            d.interval.map(|(lo, hi)| format!(" {lo}..{hi}")).unwrap_or_default();
                                        let compared =
                                            d.compared.map(|c| format!(" {}", c.short())).unwrap_or_default();
                                        let note = d.note.as_ref().map(|n| format!(" \"{n}\"")).unwrap_or_default();
                                        format!("{value} [{}]", format!("{interval}{compared}{note}").trim_start())
                                    }
                                }
                            })
                            .collect();
                        format!("{} ({role}): {}", s.name, points.join(", "))
                    })
                    .collect();
                let polarity = match k.polarity {
                    council_charts::testing::model::kpi::unit::Polarity::Neutral => String::new(),
                    p => format!(" {p:?}"),
                };
                let trend = k.trend.as_ref().map(|t| format!(" (trend: {t})")).unwrap_or_default();
                format!("{} [{}]{polarity}{trend}: {}", k.titles.title(), k.unit.name(), series.join("; "))
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn regular_series() {
    // A series given as start, interval and values ==> its points' count, first and last periods; or the error.
    support::run_cases("regular_series.txt", |input| {
        let json = format!(r#"{{"title":"T","series":[{input}]}}"#);
        match Json::parse(&json, "data").and_then(|d| Kpi::read(&Node::data(&d))) {
            Ok(kpi) => {
                let p = kpi.series()[0].points();
                let gaps = p.iter().filter(|p| p.value.is_none()).count();
                format!(
                    "{} points from {} to {}, {gaps} gap(s)",
                    p.len(),
                    p[0].period.label(),
                    p[p.len() - 1].period.label()
                )
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn three_series_of_55550_values_draw_reduced_and_every_point_can_be_hovered() {
    let n = 55_550;
    let series: Vec<String> = (0..3)
        .map(|s| {
            let values: Vec<String> = (0..n)
                .map(|i| {
                    format!(
                        "{:.1}",
                        100.0
                            + 30.0 * s as f64
                            + 20.0 * ((i as f64) / 365.25 * std::f64::consts::TAU).sin()
                            + (i % 97) as f64 / 10.0
                    )
                })
                .collect();
            format!(r#"{{"name":"Series {s}","start":"1872-01-01","values":[{}]}}"#, values.join(","))
        })
        .collect();
    let data = Json::parse(&format!(r#"{{"title":"Long","series":[{}]}}"#, series.join(",")), "data").unwrap();
    let chart = KpiChart::read(&data, &Json::Null).unwrap();
    let scene =
        chart.scene(council_charts::testing::scene::Frame::new(1920.0, 600.0, false), &Theme::default(), &ArialMetrics);
    assert_eq!(scene.targets.len(), 3 * n, "every point is a hover target");
    let drawn: usize = scene
        .marks
        .iter()
        .map(|m| match &m.shape {
            council_charts::testing::scene::Shape::Line { points, .. } => points.len(),
            _ => 0,
        })
        .sum();
    assert!(drawn < 3 * 2 * 1920 + 1000, "{drawn} line points drawn for 166,650 values");
    let texts: Vec<&str> = scene
        .marks
        .iter()
        .filter_map(|m| match &m.shape {
            council_charts::testing::scene::Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(texts.contains(&"1900") && texts.contains(&"2000"), "the time axis is labelled by year: {texts:?}");
    assert!(texts.len() < 60, "{} texts: no label per period", texts.len());
    let csv = chart.to_csv();
    assert_eq!(csv.lines().count(), n + 1);
    assert!(
        csv.starts_with("period,Series 0,Series 1,Series 2\n01 Jan 1872,100,130,160\n")
            || csv.lines().nth(1).is_some_and(|l| l.ends_with(",100,130,160")),
        "{}",
        csv.lines().nth(1).unwrap_or("")
    );
}
