//! Spreadsheets by their bytes (model::sheet): the small files of our own in
//! tests/fixtures/sheets/ (scripts/make-sheet-fixtures.py writes them), each read as a case
//! table says, the hostile ones refused within the ceilings; and the text read drawn by the
//! charts as a paste of the same cells would be.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::model::sheet::read_spreadsheet;
use council_charts::testing::model::Json;

fn bytes(file: &str) -> Vec<u8> {
    std::fs::read(support::root().join("fixtures/sheets").join(file)).unwrap()
}

fn shown(input: &str) -> String {
    let mut words = input.split_whitespace();
    let file = words.next().unwrap_or("");
    let (mut sheet, mut range) = (None, None);
    for word in words {
        match word.split_once('=') {
            Some(("sheet", name)) => sheet = Some(name),
            Some(("range", block)) => range = Some(block),
            _ => panic!("{input}: unknown {word}"),
        }
    }
    match read_spreadsheet(&bytes(file), sheet, range) {
        Err(e) => e.to_string(),
        Ok(read) => {
            let lines: Vec<String> = read
                .text
                .lines()
                .take(5)
                .map(|line| if line == "\t" { "·".to_owned() } else { line.replace('\t', " | ") })
                .collect();
            format!("[{}] {}", read.sheet, lines.join(" / "))
        }
    }
}

#[test]
fn spreadsheets_are_read_or_refused_as_the_case_table_says() {
    support::run_cases("spreadsheets.txt", shown);
}

#[test]
fn a_sheets_text_draws_as_the_paste_of_its_cells_would() {
    let text = |file: &str| read_spreadsheet(&bytes(file), None, None).unwrap().text;
    let council = Json::parse(r#"{"council":"Southby & Wells"}"#, "options").unwrap();
    let judgements =
        council_charts::testing::model::judgement::read::csv::read_csv(&text("ofsted-outcomes.ods"), &council).unwrap();
    let pasted = "Title\t\nNote\t\nWeb link\tLocal authority area code\tLocal authority name\tOfsted region\tInspection date\tPublication date\tOverall effectiveness\tThe impact of leaders on social work practice with children and families\tThe experiences and progress of children who need help and protection\tThe experiences and progress of children in care\tThe experiences and progress of care leavers\nx\tE10000001\tNorthshire\tSouth West\t10/07/2023\t04/09/2023\tGood\tRequires improvement to be good\tGood\tOutstanding\t\nx\tE06000002\tSouthby & Wells\tLondon\t11/02/2019\t29/03/2019\tInadequate\tInadequate\tRequires improvement to be good\tInadequate\t\n";
    assert_eq!(judgements, council_charts::testing::model::judgement::read::csv::read_csv(pasted, &council).unwrap());

    // The stored 61.4999, not the 61 shown; the same figures from .ods and .xlsx.
    let kpi =
        |t: &str| council_charts::testing::model::kpi::read::csv::read_csv(t, &Json::Null).map(|k| format!("{k:?}"));
    let from_ods = kpi(&text("kpi-rates.ods")).unwrap();
    assert!(from_ods.contains("61.4999"), "{from_ods}");
    // An error names the sheet's own row: the third row of "Rates" is row 3.
    let broken = text("kpi-rates.ods").replace("64\t64", "64\tsixty");
    assert_eq!(kpi(&broken).unwrap_err().path, "data (CSV) row 3, column 3 (\"England\")");
}

#[test]
fn a_spreadsheets_bytes_read_as_text_are_sent_to_read_spreadsheet() {
    // What `await response.text()` of an .ods gives: its bytes decoded as UTF-8, lossily.
    let text = String::from_utf8_lossy(&bytes("kpi-rates.ods")).into_owned();
    for read in [
        |data: &Json| council_charts::testing::model::input::read_kpi(data, &Json::Null).map(drop),
        |data: &Json| council_charts::testing::model::input::read_judgements(data, &Json::Null).map(drop),
        |data: &Json| council_charts::testing::model::input::read_plan(data, &Json::Null).map(drop),
    ] {
        let error = read(&Json::String(text.clone())).unwrap_err();
        assert_eq!(
            error.to_string(),
            "data: is a spreadsheet's (or another zip's) bytes read as text; read the file with await readSpreadsheet(await response.arrayBuffer()) and give the chart what it returns"
        );
    }
}

#[test]
fn a_council_is_read_from_a_table_of_every_authority_and_reconciled() {
    let text = read_spreadsheet(&bytes("outturn-by-authority.ods"), None, None).unwrap().text;
    assert!(text.starts_with("#sheet\tRO3_LA_Data_202425\tthe table of every authority\n"), "{text}");
    let findings = |council: &str| {
        let options = Json::parse(&format!(r#"{{"council":"{council}"}}"#), "options").unwrap();
        let plan = council_charts::testing::model::funding::read::csv::read_csv(&text, &options).unwrap();
        let lines: Vec<String> =
            plan.lines().map(|(_, _, row)| format!("{row:?}").chars().take(60).collect()).collect();
        assert_eq!(plan.lines().count(), 2, "{council}: {lines:?}");
        council_charts::testing::model::funding::reconcile::reconcile(&plan)
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
    };
    // By name without MHCLG's "UA", and by ONS code: the stored figures add up.
    assert_eq!(findings("Northshire"), Vec::<String>::new());
    assert_eq!(findings("E06000901"), Vec::<String>::new());
    assert_eq!(
        findings("Southby and Wells"),
        ["error totals[0].values[6]: \"TOTAL CHILDREN SOCIAL CARE\" in \"Net Current Expenditure\": printed 24 but its 2 lines sum to 34; difference 10",
         "error totals[0].values[6]: \"TOTAL CHILDREN SOCIAL CARE\" in \"Net Current Expenditure\": printed 24 but Total Expenditure \u{2212} Total Income is 34; difference 10"]
    );
    let refused = council_charts::testing::model::funding::read::csv::read_csv(&text, &Json::Null).unwrap_err();
    assert_eq!(refused.path, "options.council");
    let unknown = Json::parse(r#"{"council":"Northshyre"}"#, "options").unwrap();
    assert_eq!(
        council_charts::testing::model::funding::read::csv::read_csv(&text, &unknown).unwrap_err().to_string(),
        "options.council: \"Northshyre\" has no row in this table of every authority (matched against its names and ONS codes); did you mean \"Northshire UA\"?"
    );
}
