//! Data as a page gives it, read once per kind: CSV or tab-separated text (a spreadsheet's
//! cells, a publisher's file) read with the options, or a JSON object or list in the contract's
//! shape. The one place the choice is made, for charts and for `checkFundingPlan` alike.

pub mod area;
pub mod csv_rows;
pub mod json;
pub mod keys;
pub mod limits;
pub mod nearest;
pub mod node;
pub mod number;
pub mod published;
pub mod tier;

use crate::error::ChartError;
use crate::model::funding::FundingPlan;
use crate::model::input::json::{looks_like_csv, Json};
use crate::model::input::keys::{check_options, Known};
use crate::model::input::node::Node;
use crate::model::judgement::Judgements;
use crate::model::kpi::Kpi;

fn read_input<T>(
    data: &Json,
    options: &Json,
    family: &str,
    options_known: &Known,
    data_known: &Known,
    text: fn(&str, &Json) -> Result<T, ChartError>,
    object: fn(&Node) -> Result<T, ChartError>,
) -> Result<T, ChartError> {
    // The options are checked whole first: an unknown key, or one only text reads given with
    // JSON data, is named before any data is read.
    check_options(options, options_known, data_known, matches!(data, Json::String(t) if looks_like_csv(t)))?;
    match data {
        Json::String(text) if looks_like_address(text) => Err(ChartError::new(
            "data",
            format!(
                "{} is a file's address, not its data; fetch it first (await (await fetch(url)).text()) and give the text, or use <council-chart src=\"...\">",
                crate::model::input::json::quote(text.trim())
            ),
        )),
        Json::String(text) if text.starts_with("PK\u{3}\u{4}") => Err(ChartError::new(
            "data",
            "is a spreadsheet's (or another zip's) bytes read as text; read the file with await readSpreadsheet(await response.arrayBuffer()) and give the chart what it returns",
        )),
        // A build for pages that draw from JSON leaves the text readers (and the `csv` crate)
        // out: the call below is compiled away, and the data are refused with the builds that
        // read text.
        Json::String(csv) if looks_like_csv(csv) => {
            if cfg!(feature = "text") {
                text(csv, options).map_err(|e| named_by_sheet(e, csv))
            } else {
                Err(json_only(family))
            }
        }
        _ => object(&Node::data(data)),
    }
}

/// An error in text readSpreadsheet gave (its first line names the sheet) names the sheet
/// where it would name the CSV: `data (sheet "RO3") row 12, column 4 (...)`, never "CSV" for
/// an .xlsx the reader never saw as CSV.
fn named_by_sheet(error: ChartError, text: &str) -> ChartError {
    let Some(rest) = error.path.strip_prefix("data (CSV)") else { return error };
    let first = text.lines().next().unwrap_or("");
    let mut cells = first.split('\t');
    if cells.next() != Some(csv_rows::SHEET_LINE) {
        return error;
    }
    let sheet = cells.next().unwrap_or("").trim_matches('"');
    ChartError::new(format!("data (sheet {}){rest}", crate::model::input::json::quote(sheet)), error.message)
}

/// Text that is a web address or a file name rather than a file's contents: one line, no
/// spaces or commas, and a scheme, a path or a data file's extension.
fn looks_like_address(text: &str) -> bool {
    let text = text.trim();
    // A file's contents have spaces or line ends: it is never lower-cased and searched whole
    // (a scorecard of 40 indicators from one 1 MB file asked this 40 times).
    if text.is_empty() || text.contains(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let one_word = !text.is_empty() && !text.contains(|c: char| c.is_whitespace() || c == ',' || c == ';');
    let scheme = ["http://", "https://", "./", "../", "/"].iter().any(|p| lower.starts_with(p));
    let file = [".csv", ".tsv", ".txt", ".json", ".ods", ".xlsx", ".xls"].iter().any(|e| path.ends_with(e));
    one_word && (scheme || file)
}

fn json_only(family: &str) -> ChartError {
    ChartError::new(
        "data",
        format!("this build of council-charts reads JSON only (council-charts/{family}-json); for CSV or tab-separated text use council-charts/{family} or the whole library"),
    )
}

pub fn read_kpi(data: &Json, options: &Json) -> Result<Kpi, ChartError> {
    read_input(data, options, "kpi", &keys::KPI_OPTIONS, &keys::KPI, crate::model::kpi::read::csv::read_csv, Kpi::read)
}

pub fn read_judgements(data: &Json, options: &Json) -> Result<Judgements, ChartError> {
    read_input(
        data,
        options,
        "judgement",
        &keys::JUDGEMENT_OPTIONS,
        &keys::JUDGEMENTS,
        crate::model::judgement::read::csv::read_csv,
        Judgements::read,
    )
}

pub fn read_plan(data: &Json, options: &Json) -> Result<FundingPlan, ChartError> {
    read_input(
        data,
        options,
        "funding",
        &keys::FUNDING_OPTIONS,
        &keys::PLAN,
        crate::model::funding::read::csv::read_csv,
        FundingPlan::read,
    )
}
