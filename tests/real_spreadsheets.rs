//! The spreadsheets Ofsted, MHCLG and DfE publish, read by their bytes in place from
//! `../shared/real-data/` (never copied here; skipped, with a word, where `../shared` is not
//! beside the checkout): every council of Ofsted's outcomes gives the same judgements as the
//! CSV saved from the same sheet, the revenue outturn tables reconcile as the saved copies do,
//! and DfE's statistical neighbours table is read whole.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;
use std::time::Instant;

use council_charts::testing::model::sheet::{read_spreadsheet, sheets};
use council_charts::testing::model::Json;

fn options(council: &str) -> Json {
    Json::parse(&format!(r#"{{"council":{}}}"#, serde_json::to_string(council).unwrap()), "options").unwrap()
}

/// The distinct values of a column of a tab-separated sheet whose header is the row holding it.
fn column(text: &str, name: &str) -> Vec<String> {
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let (header, at) =
        rows.iter().enumerate().find_map(|(i, r)| r.iter().position(|c| *c == name).map(|p| (i, p))).unwrap();
    let mut values: Vec<String> =
        rows.iter().skip(header + 1).filter_map(|r| r.get(at)).map(|c| c.to_string()).collect();
    values.sort();
    values.dedup();
    values.retain(|v| !v.is_empty());
    values
}

#[test]
fn every_council_of_ofsteds_spreadsheet_has_the_judgements_of_its_saved_csv() {
    let Some(dir) = support::real_data() else { return };
    let bytes = fs::read(dir.join("LA_Inspection_Outcomes_as_at_31_March_2025.ods")).unwrap();
    for (sheet, derived) in [
        (None, "LA_Inspection_Outcomes_as_at_31_March_2025.Inspections_as_at_31_March.derived.csv"),
        (
            Some("ILACS_inspection_history"),
            "LA_Inspection_Outcomes_as_at_31_March_2025.ILACS_inspection_history.derived.csv",
        ),
    ] {
        let read = read_spreadsheet(&bytes, sheet, None).unwrap();
        let saved = fs::read_to_string(dir.join("derived").join(derived)).unwrap();
        let codes = column(&read.text, "Local authority area code");
        assert!(codes.len() >= 150, "{}: {} councils", read.sheet, codes.len());
        for code in &codes {
            let from_sheet = council_charts::testing::model::judgement::read::csv::read_csv(&read.text, &options(code));
            let from_saved = council_charts::testing::model::judgement::read::csv::read_csv(&saved, &options(code));
            assert_eq!(from_sheet, from_saved, "{}: {code}", read.sheet);
            assert!(from_sheet.is_ok(), "{code}: {from_sheet:?}");
        }
        eprintln!("{}: {} councils, each with the judgements of the saved CSV", read.sheet, codes.len());
    }
}

#[test]
fn the_revenue_outturn_workbooks_england_tables_reconcile_as_their_saved_copies_do() {
    let Some(dir) = support::real_data() else { return };
    for (file, range, saved) in [
        (
            "RO3_LA_Data_2024-25_data_by_LA.ods",
            "A10:I25",
            "RO3_LA_Data_2024-25.LA_drop-down.England.Table1a.A10-I25.derived.csv",
        ),
        ("RSX_LA_Data_2024-25_data_by_LA.ods", "A9:I24", "RSX_LA_Data_2024-25.LA_drop-down.England.A9-I24.derived.csv"),
    ] {
        let bytes = fs::read(dir.join(file)).unwrap();
        let read = read_spreadsheet(&bytes, Some("LA_drop-down"), Some(range)).unwrap();
        let saved = fs::read_to_string(dir.join("derived").join(saved)).unwrap();
        let plan = council_charts::testing::model::funding::read::csv::read_csv(&read.text, &Json::Null);
        let saved_plan = council_charts::testing::model::funding::read::csv::read_csv(&saved, &Json::Null).unwrap();
        let plan = plan.unwrap_or_else(|e| panic!("{file}: {e}"));
        let findings = |p| {
            council_charts::testing::model::funding::reconcile::reconcile(p)
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
        };
        // The stored values add up where the printed, rounded ones are off by a unit: the
        // saved copy's differences are all rounding, and the sheet's bytes have none.
        assert!(findings(&saved_plan).len() >= 10, "{file}: {:?}", findings(&saved_plan));
        assert_eq!(findings(&plan), Vec::<String>::new(), "{file}");
        assert_eq!((plan.lines().count(), plan.columns()), (saved_plan.lines().count(), saved_plan.columns()));
        eprintln!(
            "{file} ({}): adds up to the penny, where the saved copy has {} rounding differences",
            read.sheet,
            findings(&saved_plan).len()
        );
    }
}

#[test]
fn every_sheet_of_every_published_spreadsheet_is_read_and_timed() {
    let Some(dir) = support::real_data() else { return };
    for file in [
        "LA_Inspection_Outcomes_as_at_31_March_2025.ods",
        "RO3_LA_Data_2024-25_data_by_LA.ods",
        "RSX_LA_Data_2024-25_data_by_LA.ods",
        "sn_may_2025.xlsx",
    ] {
        let bytes = fs::read(dir.join(file)).unwrap();
        let started = Instant::now();
        let all = sheets(&bytes).unwrap();
        eprintln!("{file}: {} sheets in {:?}", all.len(), started.elapsed());
        assert!(all.iter().any(|s| s.rows.len() > 100), "{file}: no sheet of 100 rows");
    }
}

#[test]
fn every_authority_of_the_revenue_outturn_tables_is_drawn_as_a_plan_and_reconciled() {
    let Some(dir) = support::real_data() else { return };
    for (file, sheet) in [
        ("RO3_LA_Data_2024-25_data_by_LA.ods", "RO3_LA_Data_202425"),
        ("RSX_LA_Data_2024-25_data_by_LA.ods", "RSX_LA_Data_202425"),
    ] {
        let bytes = fs::read(dir.join(file)).unwrap();
        // Chosen without being named: the table of every authority, not the drop-down sheet.
        let read = read_spreadsheet(&bytes, None, None).unwrap();
        assert_eq!(read.sheet, sheet);
        let codes = column(&read.text, "ONS Code");
        let (mut drawn, mut refused, mut differences, mut errors) = (0, Vec::new(), 0, Vec::new());
        for code in codes.iter().filter(|c| c.starts_with('E') && c.len() == 9) {
            match council_charts::testing::model::funding::read::csv::read_csv(&read.text, &options(code)) {
                Ok(plan) => {
                    drawn += 1;
                    let findings = council_charts::testing::model::funding::reconcile::reconcile(&plan);
                    differences += findings.len();
                    errors.extend(findings.iter().filter(|f| !f.is_rounding()).map(|f| format!("{code}: {f}")));
                }
                Err(e) => refused.push(format!("{code}: {e}")),
            }
        }
        eprintln!(
            "{file} ({}): {drawn} authorities drawn, {} refused, {differences} differences found ({} beyond rounding)",
            read.sheet,
            refused.len(),
            errors.len()
        );
        for line in refused.iter().chain(&errors).take(8) {
            eprintln!("    {line}");
        }
        assert!(drawn >= 400, "{file}: {drawn} drawn; {refused:?}");
        assert_eq!(refused, Vec::<String>::new(), "{file}");
        // The stored values add up: no line, part or total is off by half a hundredth or more.
        assert_eq!(errors, Vec::<String>::new(), "{file}");
        // Leeds, by name: its lines, parts and totals, and MHCLG named as the source.
        let leeds =
            council_charts::testing::model::funding::read::csv::read_csv(&read.text, &options("Leeds")).unwrap();
        assert!(leeds.lines().count() >= 13, "{file}: {} lines", leeds.lines().count());
        let chart = council_charts::testing::chart::funding::FundingChart::build(
            &Json::String(read.text.clone()),
            &options("Leeds"),
        )
        .unwrap();
        let svg = council_charts::testing::chart::picture::to_svg(
            chart.as_ref(),
            640.0,
            &council_charts::testing::scene::Theme::default(),
            &council_charts::testing::scene::ArialMetrics,
        );
        assert!(svg.contains("Leeds: Revenue Outturn (RO) 2024-25"), "{file}: the title");
        // RO3's three totals each cover their own section: no printed bottom line, so the stack
        // tops and the words give every line summed, never the last section's total alone.
        if file.starts_with("RO3") {
            assert!(leeds.bottom_line().is_none());
            let summed: f64 =
                leeds.lines().map(|(_, _, row)| council_charts::testing::model::funding::figure(&row.values, 0)).sum();
            assert!((leeds.grand_total(0) - summed).abs() < 0.01, "{} against {summed}", leeds.grand_total(0));
            assert!(
                chart.describe().contains("The largest lines in Net Current Expenditure are"),
                "{}",
                chart.describe()
            );
        }
        assert!(svg.contains("Ministry of Housing, Communities &amp; Local Government"), "{file}: the source");
    }
}

#[test]
fn dfes_statistical_neighbours_table_gives_every_council_its_ten_neighbours() {
    let Some(dir) = support::real_data() else { return };
    let table = read_spreadsheet(&fs::read(dir.join("sn_may_2025.xlsx")).unwrap(), None, None).unwrap().text;
    let cla = fs::read_to_string(dir.join("cla_number_and_rate_per_10k_children.csv")).unwrap();
    let options = |council: &str| {
        let mut options = serde_json::json!({
            "indicator": "rate_per_10000",
            "council": council,
            "filters": { "population_type": "Children looked after on 31 March each year" },
            "neighbours": table,
        });
        options["polarity"] = "lower-is-better".into();
        Json::parse(&options.to_string(), "options").unwrap()
    };
    // Cornwall (LA number 908): Norfolk, Bury, East Sussex ... all "Very close", as published.
    let kpi = council_charts::testing::model::kpi::read::csv::read_csv(&cla, &options("Cornwall")).unwrap();
    let names: Vec<&str> = kpi.series().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Cornwall",
            "England",
            "Norfolk (very close)",
            "Bury (very close)",
            "East Sussex (very close)",
            "Derbyshire (very close)",
            "Northumberland (very close)",
            "Suffolk (very close)",
            "Devon (very close)",
            "Nottinghamshire (very close)",
            "Lancashire (very close)",
            "Kent (very close)"
        ]
    );
    assert_eq!(kpi.titles.source(), Some("DfE, Explore Education Statistics; DfE statistical neighbours"));
    // Every council of the file's latest year: ten neighbours each, or a refusal that names why.
    let councils = {
        let mut reader = csv::Reader::from_reader(cla.as_bytes());
        let header = reader.headers().unwrap().clone();
        let at = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name).unwrap();
        let (level, year, name) = (at("geographic_level"), at("time_period"), at("la_name"));
        let mut names: Vec<String> = reader
            .records()
            .flatten()
            .filter(|r| &r[level] == "Local authority" && &r[year] == "2025")
            .map(|r| r[name].to_owned())
            .collect();
        names.sort();
        names.dedup();
        names
    };
    let (mut with_ten, mut refused) = (0, Vec::new());
    for council in &councils {
        match council_charts::testing::model::kpi::read::csv::read_csv(&cla, &options(council)) {
            Ok(kpi) => {
                let neighbours = kpi.series().iter().filter(|s| s.name.ends_with("close)")).count();
                assert_eq!(neighbours, 10, "{council}");
                with_ten += 1;
            }
            Err(e) => refused.push(format!("{council}: {e}")),
        }
    }
    eprintln!("statistical neighbours: {with_ten} of {} councils with ten, {} refused", councils.len(), refused.len());
    for r in &refused {
        eprintln!("    {r}");
    }
    assert!(with_ten >= 150, "{refused:?}");
}
