//! The compare view on the published files, read in place from ../shared/real-data (never
//! copied): a council's ten neighbours from DfE's statistical neighbours workbook, in its
//! order, and every cell of every row of the four EES files equal to the figure this test reads
//! itself with the csv crate; the council's rank among its neighbours and its band among all
//! councils counted here. The SVG is written to target/ to be looked at, not committed.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;

use council_charts::testing::chart::compare::CompareChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::model::kpi::compare::{Column, Missing, Shade};
use council_charts::testing::model::kpi::rank::Band;
use council_charts::testing::model::sheet::read_spreadsheet;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Theme};

/// (file, column, filters, polarity) of each row, as the gallery shows them.
const ROWS: [(&str, &str, &str, &str); 7] = [
    (
        "cla_number_and_rate_per_10k_children.csv",
        "rate_per_10000",
        r#"{"population_type":"Children looked after on 31 March each year"}"#,
        "neutral",
    ),
    (
        "la_care_leavers_accommodation_suitability.csv",
        "care_leaver_percent",
        r#"{"care_leaver_age":"19 to 21 years","breakdown":"Accommodation considered suitable"}"#,
        "higher-is-better",
    ),
    ("csww_indicators_2017_to_2025.csv", "agency_rate_fte", "{}", "lower-is-better"),
    ("csww_indicators_2017_to_2025.csv", "turnover_rate_fte", "{}", "lower-is-better"),
    ("csww_indicators_2017_to_2025.csv", "vacancy_rate_fte", "{}", "lower-is-better"),
    ("csww_indicators_2017_to_2025.csv", "caseload_fte", "{}", "lower-is-better"),
    ("b1_children_in_need_2013_to_2025.csv", "Anypoint_child", r#"{"category":"Children in Need"}"#, "neutral"),
];

/// Every council's figure of `column` in the file's latest period, by LA number, read here.
fn figures(text: &str, column: &str, filters: &str) -> (String, Vec<(String, String, Option<f64>)>) {
    let filters: serde_json::Map<String, serde_json::Value> = serde_json::from_str(filters).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name).unwrap();
    let (time, level, number, name, value) =
        (at("time_period"), at("geographic_level"), at("old_la_code"), at("la_name"), at(column));
    let filters: Vec<(usize, String)> = filters.iter().map(|(c, v)| (at(c), v.as_str().unwrap().to_owned())).collect();
    let records: Vec<csv::StringRecord> = reader.records().flatten().collect();
    let latest = records.iter().filter_map(|r| r.get(time)).max().unwrap().to_owned();
    let rows = records
        .iter()
        .filter(|r| r.get(time) == Some(latest.as_str()) && r.get(level) == Some("Local authority"))
        .filter(|r| filters.iter().all(|(c, v)| r.get(*c) == Some(v.as_str())))
        .map(|r| (r[number].to_owned(), r[name].to_owned(), r[value].parse::<f64>().ok()))
        .collect();
    (latest, rows)
}

#[test]
fn leeds_beside_its_ten_neighbours_on_the_four_ees_files_as_the_files_say() {
    let Some(dir) = support::real_data() else { return };
    let table = read_spreadsheet(&fs::read(dir.join("sn_may_2025.xlsx")).unwrap(), None, None).unwrap().text;
    let items: Vec<serde_json::Value> = ROWS
        .iter()
        .map(|(file, column, filters, polarity)| {
            serde_json::json!({
                "data": fs::read_to_string(dir.join(file)).unwrap(),
                "options": { "indicator": column, "filters": serde_json::from_str::<serde_json::Value>(filters).unwrap(), "polarity": polarity },
            })
        })
        .collect();
    let options = serde_json::json!({ "view": "compare", "council": "Leeds", "neighbours": table,
        "comparators": ["England", "Yorkshire and The Humber"] });
    let data = Json::parse(&serde_json::Value::Array(items).to_string(), "data").unwrap();
    let chart = CompareChart::read(&data, &Json::parse(&options.to_string(), "options").unwrap()).unwrap();
    let compare = &chart.table;
    // Leeds is LA 383; its neighbours as the workbook lists them, closest first.
    let sn: Vec<String> = table
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect::<Vec<_>>())
        .find(|cells| cells.iter().take(3).any(|c| c == "383") && cells.iter().any(|c| c == "Leeds"))
        .unwrap();
    assert_eq!(compare.heads.neighbours.len(), 10, "{:?}", compare.heads.neighbours);
    assert_eq!(compare.heads.region.as_deref(), Some("Yorkshire and The Humber"));
    let columns = compare.columns();
    let mut cells_checked = 0;
    for ((file, column, filters, polarity), (kpi, row)) in ROWS.iter().zip(&compare.rows) {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        let (latest, every) = figures(&text, column, filters);
        assert_eq!(row.period.as_ref().map(|p| p.label().into_owned()), Some(latest.clone()), "{column}");
        let by_name = |name: &str| {
            every.iter().find(|(_, n, _)| name.starts_with(n.as_str())).unwrap_or_else(|| panic!("{column}: {name}"))
        };
        for (c, cell) in columns.iter().zip(&row.cells) {
            let name = match c {
                Column::Council => "Leeds".to_owned(),
                Column::Neighbour(i) => compare.heads.neighbours[*i].clone(),
                _ => continue,
            };
            let (number, _, figure) = by_name(&name);
            if let Column::Neighbour(_) = c {
                assert!(sn.contains(number), "{name} ({number}) is one of Leeds's neighbours in the workbook");
            }
            match (figure, &cell.figure) {
                (Some(v), Ok(w)) => assert_eq!(v, w, "{column}: {name}"),
                (None, Err(Missing::NoFigure(_))) => {}
                (f, g) => panic!("{column}: {name}: the file says {f:?}, the table {g:?}"),
            }
            // A council's band among every council with a figure, counted here.
            if let (Some(v), "lower-is-better" | "higher-is-better") = (figure, *polarity) {
                let all: Vec<f64> = every.iter().filter_map(|(_, _, f)| *f).collect();
                let better =
                    all.iter().filter(|o| if *polarity == "lower-is-better" { **o < *v } else { **o > *v }).count();
                let band = [Band::A, Band::B, Band::C, Band::D][(4 * better) / all.len()];
                assert_eq!(cell.shade, Shade::Band(band), "{column}: {name}");
            }
            cells_checked += 1;
        }
        // Leeds's rank among itself and its neighbours with a figure, counted here.
        let ours = by_name("Leeds").2.unwrap();
        let theirs: Vec<f64> = compare.heads.neighbours.iter().filter_map(|n| by_name(n).2).collect();
        let above =
            theirs.iter().filter(|o| if *polarity == "lower-is-better" { **o < ours } else { **o > ours }).count();
        assert_eq!(row.rank, Some((above + 1, theirs.len() + 1)), "{column}");
        let _ = kpi;
    }
    assert!(cells_checked >= 70, "{cells_checked} cells checked");
    let svg = to_svg(&chart, 1000.0, &Theme::default(), &ArialMetrics);
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = fs::create_dir_all(&target);
    let _ = fs::write(target.join("real-compare.svg"), svg);
    let _ = fs::write(target.join("real-compare.txt"), council_charts::testing::chart::Chart::describe(&chart));
}
