//! The hex layouts against the files as published (read in place from `../shared/real-data/`,
//! skipped with a word where it is absent): every council of every EES file's latest year has
//! its hex and its region, and only the councils abolished since (listed by DfE with no figure)
//! have none; the map view of each file, of the Fingertips export and of Ofsted's outcomes
//! spreadsheet places every council it draws.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::fs;

use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::map::{region_name, Tier};
use council_charts::testing::model::sheet::read_spreadsheet;
use council_charts::testing::model::Json;

/// Councils DfE still lists after their abolition, with no figure ("z"): Cumbria (2023) and
/// Northamptonshire (2021).
const ABOLISHED: [&str; 2] = ["E10000006", "E10000021"];

const EES: [(&str, &str, &str); 4] = [
    ("b1_children_in_need_2013_to_2025.csv", "Anypoint_child", r#"{"category":"Children in Need"}"#),
    (
        "cla_number_and_rate_per_10k_children.csv",
        "rate_per_10000",
        r#"{"population_type":"Children looked after on 31 March each year"}"#,
    ),
    ("csww_indicators_2017_to_2025.csv", "turnover_rate_fte", "{}"),
    (
        "la_care_leavers_accommodation_suitability.csv",
        "care_leaver_percent",
        r#"{"care_leaver_age":"19 to 21 years","breakdown":"Accommodation considered suitable"}"#,
    ),
];

/// The latest year's council rows: code to (name, region, whether any row has a figure).
fn latest_councils(text: &str, measure: &str) -> BTreeMap<String, (String, String, bool)> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> =
        reader.headers().unwrap().iter().map(|h| h.trim_start_matches('\u{feff}').to_owned()).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (period, level, code, name, region, value) =
        (at("time_period"), at("geographic_level"), at("new_la_code"), at("la_name"), at("region_name"), at(measure));
    let rows: Vec<csv::StringRecord> = reader.records().flatten().filter(|r| &r[level] == "Local authority").collect();
    let latest = rows.iter().map(|r| r[period].to_owned()).max().unwrap();
    let mut councils: BTreeMap<String, (String, String, bool)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r[period] == latest) {
        let figure = r[value].trim().parse::<f64>().is_ok();
        let entry = councils.entry(r[code].to_owned()).or_insert((r[name].to_owned(), r[region].to_owned(), false));
        entry.2 |= figure;
    }
    councils
}

#[test]
fn every_council_of_every_ees_file_has_its_hex_and_region() {
    let Some(dir) = support::real_data() else { return };
    let hexes = Tier::Upper.hexes();
    for (file, measure, _) in EES {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        let councils = latest_councils(&text, measure);
        for (code, (name, region, figure)) in &councils {
            // A row for two councils together (a joint trust) names both codes.
            let first = code.split('/').next().unwrap_or(code).trim();
            // Barnsley and Sheffield were given new codes in 2024 (E08000038, E08000039) that
            // some files use and others do not: the map places them by name.
            let recoded =
                |h: &&council_charts::testing::model::map::Hex| h.name == name.as_str() && code.starts_with("E08");
            match hexes.iter().find(|h| h.code == first).or_else(|| hexes.iter().find(recoded)) {
                // DfE parts London in two (Inner and Outer London): ONS's region is London.
                Some(hex) => {
                    let region = if region.ends_with(" London") { "London" } else { region.as_str() };
                    assert_eq!(region_name(hex.region), region, "{file}: {name}'s region");
                }
                None => {
                    assert!(ABOLISHED.contains(&code.as_str()), "{file}: {code} {name} has no hex");
                    assert!(!figure, "{file}: {name} has a figure and no hex");
                }
            }
        }
        let without: Vec<&str> = hexes
            .iter()
            .filter(|h| !councils.iter().any(|(c, v)| c.contains(h.code) || v.0 == h.name))
            .map(|h| h.name)
            .collect();
        // csww leaves out the two smallest councils; the others name all 153.
        assert!(
            without.iter().all(|n| ["City of London", "Isles of Scilly"].contains(n)),
            "{file}: hexes with no council: {without:?}"
        );
        if file.starts_with("cla_") {
            assert!(without.is_empty(), "{file}: every hex has its council");
        }
        eprintln!("{file}: {} councils, each with its hex and region; no council: {without:?}", councils.len());
    }
}

#[test]
fn the_map_of_each_published_file_places_every_council_with_a_figure() {
    let Some(dir) = support::real_data() else { return };
    for (file, measure, filters) in EES {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        let options = format!(
            r#"{{"view":"map","indicator":"{measure}","council":"E08000035","polarity":"lower-is-better","filters":{filters}}}"#
        );
        let chart = KpiChart::read(&Json::String(text), &Json::parse(&options, "options").unwrap()).unwrap();
        let map = chart.map.as_ref().unwrap();
        assert_eq!(map.tier, Tier::Upper, "{file}");
        assert!(map.ranked >= 140, "{file}: {} councils with a figure placed", map.ranked);
        assert!(map.unplaced.iter().all(|n| n == "Cumbria" || n == "Northamptonshire"), "{file}: {:?}", map.unplaced);
        assert_eq!(map.ours.and_then(|i| map.councils.get(i)).map(|c| c.name.as_str()), Some("Leeds"));
        eprintln!(
            "{file}: {} of {} hexes with a figure; not placed: {:?}",
            map.ranked,
            map.councils.len(),
            map.unplaced
        );
    }
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    let options = r#"{"view":"map","indicator":"Hospital admissions caused by unintentional and deliberate injuries in children (aged 0 to 14 years)","council":"Leeds"}"#;
    let chart = KpiChart::read(&Json::String(text), &Json::parse(options, "options").unwrap());
    match chart {
        Ok(chart) => {
            let map = chart.map.as_ref().unwrap();
            assert!(
                map.ranked >= 140 && map.unplaced.is_empty(),
                "Fingertips: {} placed, {:?}",
                map.ranked,
                map.unplaced
            );
            eprintln!("Fingertips: {} of {} hexes with a figure", map.ranked, map.councils.len());
        }
        Err(e) => panic!("Fingertips map: {e:?}"),
    }
}

#[test]
fn the_judgement_map_of_ofsteds_spreadsheet_places_every_council_of_today() {
    let Some(dir) = support::real_data() else { return };
    let bytes = fs::read(dir.join("LA_Inspection_Outcomes_as_at_31_March_2025.ods")).unwrap();
    let read = read_spreadsheet(&bytes, Some("ILACS_inspection_history"), None).unwrap();
    let options = Json::parse(r#"{"view":"map","council":"Leeds"}"#, "options").unwrap();
    let chart = JudgementChart::read(&Json::String(read.text), &options).unwrap();
    let map = chart.map.as_ref().unwrap();
    assert!(map.graded >= 150, "{} graded", map.graded);
    assert!(
        map.unplaced.iter().all(|n| ["Bournemouth", "Cumbria", "Northamptonshire"].contains(&n.as_str())),
        "{:?}",
        map.unplaced
    );
    eprintln!(
        "Ofsted: {} of {} councils graded on the map; not graded: {:?}; not placed: {:?}",
        map.graded,
        map.councils.len(),
        map.councils.iter().filter(|c| c.grade.is_none()).map(|c| c.name.as_str()).collect::<Vec<_>>(),
        map.unplaced
    );
}
