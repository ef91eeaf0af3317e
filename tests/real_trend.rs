//! The recent trend (`model::kpi::trend`) against OHID Fingertips' own: every area of the
//! Fingertips export in `../shared/real-data/` (read in place; skipped with a word where it is
//! absent), its Persons series worked out from its values and 95% intervals, beside the
//! "Recent Trend" the file publishes for its latest period. Significance must agree for every
//! area; the direction is the values', and where the file's words name the other direction the
//! disagreement is counted and said. The case table (area, published, computed, chi-square,
//! first and last value) is written to target/real-trend.txt to be read, not kept: it is the
//! publisher's data.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::fs;

use council_charts::testing::model::kpi::trend::{with_intervals, Direction, Trend, WithInterval};

/// An area's name, its points by sortable period, and the trend the file publishes.
type AreaSeries = (String, BTreeMap<String, Option<WithInterval>>, String);

#[test]
fn every_fingertips_area_has_the_published_significance_and_the_direction_of_its_values() {
    let Some(dir) = support::real_data() else { return };
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (code, name, sex, category, sortable, value, lower, upper, trend) = (
        at("Area Code"),
        at("Area Name"),
        at("Sex"),
        at("Category Type"),
        at("Time period Sortable"),
        at("Value"),
        at("Lower CI 95.0 limit"),
        at("Upper CI 95.0 limit"),
        at("Recent Trend"),
    );
    // Each area's Persons series by period (rows repeated for a period count once), and the
    // trend the file publishes for it.
    let mut series: BTreeMap<String, AreaSeries> = BTreeMap::new();
    for row in reader.records().flatten() {
        if &row[sex] != "Persons" || !row[category].is_empty() {
            continue;
        }
        let entry =
            series.entry(row[code].to_owned()).or_insert((row[name].to_owned(), BTreeMap::new(), String::new()));
        let number = |i: usize| row[i].trim().parse::<f64>().ok();
        let point = match (number(value), number(lower), number(upper)) {
            (Some(value), Some(lower), Some(upper)) => Some(WithInterval { value, lower, upper }),
            _ => None,
        };
        entry.1.insert(row[sortable].to_owned(), point);
        if !row[trend].is_empty() {
            entry.2 = row[trend].to_owned();
        }
    }
    let mut table = Vec::new();
    let (mut agree, mut significant, mut not, mut cannot, mut opposite) = (0, 0, 0, 0, 0);
    let mut published = 0;
    for (area, (area_name, by_period, words)) in &series {
        if words.is_empty() {
            continue;
        }
        published += 1;
        let points: Vec<WithInterval> = by_period.values().flatten().copied().collect();
        let computed = with_intervals(&points);
        let said_significant = words.starts_with("Increasing") || words.starts_with("Decreasing");
        let (ours, chi) = match computed {
            Trend::Significant { direction, chi_square, .. } => {
                significant += 1;
                let said_up = words.starts_with("Increasing");
                if said_up != (direction == Direction::Increasing) {
                    opposite += 1;
                }
                (format!("{direction:?}"), chi_square)
            }
            Trend::NoSignificantChange { chi_square, .. } => {
                not += 1;
                ("No significant change".to_owned(), chi_square)
            }
            Trend::CannotBeCalculated(why) => {
                cannot += 1;
                (format!("Cannot be calculated ({why:?})"), 0.0)
            }
        };
        let same = match computed {
            Trend::Significant { .. } => said_significant,
            Trend::NoSignificantChange { .. } => words == "No significant change",
            Trend::CannotBeCalculated(_) => words == "Cannot be calculated",
        };
        if same {
            agree += 1;
        }
        let ends = |p: Option<&WithInterval>| p.map_or("-".to_owned(), |p| format!("{:.1}", p.value));
        let tail = points.len().saturating_sub(5);
        table.push(format!(
            "{area} {area_name} | published: {words} | computed: {ours}, chi-square {chi:.2} | {} to {}{}",
            ends(points.get(tail)),
            ends(points.last()),
            if same { "" } else { " | DISAGREES" }
        ));
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = fs::create_dir_all(&out);
    let _ = fs::write(out.join("real-trend.txt"), table.join("\n") + "\n");
    eprintln!(
        "Fingertips: {published} areas with a published trend; significance agrees for {agree}; computed {significant} significant, {not} not, {cannot} cannot be calculated; the published words name the other direction for {opposite} of the significant"
    );
    assert!(published >= 150, "{published} areas");
    assert_eq!(
        agree,
        published,
        "{}",
        table.iter().filter(|l| l.ends_with("DISAGREES")).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn a_chart_says_the_trend_of_its_figures_and_where_the_publisher_says_otherwise() {
    use council_charts::testing::chart::kpi::KpiChart;
    use council_charts::testing::chart::Chart;
    use council_charts::testing::model::Json;
    let Some(dir) = support::real_data() else { return };
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    let describe = |council: &str| {
        let options = Json::parse(&format!(r#"{{"council":"{council}"}}"#), "options").unwrap();
        KpiChart::read(&Json::String(text.clone()), &options).unwrap().describe()
    };
    // Middlesbrough: published "Increasing and getting worse", its figures falling.
    let middlesbrough = describe("Middlesbrough");
    assert!(
        middlesbrough.contains("Recent trend over the latest 5 points: decreasing and getting better"),
        "{middlesbrough}"
    );
    assert!(middlesbrough.contains("The publisher says \"Increasing and getting worse\"; its figures fall from 120.9 to 90.9 over those points"), "{middlesbrough}");
    // Hartlepool: no significant change, as published; nothing more said.
    let hartlepool = describe("Hartlepool");
    assert!(hartlepool.contains("Recent trend over the latest 5 points: no significant change"), "{hartlepool}");
    assert!(!hartlepool.contains("The publisher says"), "{hartlepool}");
}
