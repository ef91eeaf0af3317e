//! Reads a funding plan from a CSV file and prints its reconciliation, description and table:
//!   cargo run --example read_funding FILE.csv ['{"title": "..."}']
//! Native only: JSON options are parsed by serde_json here (the browser's JSON.parse does it
//! on a page).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use council_charts::testing::chart::funding::FundingChart;
    use council_charts::testing::chart::Chart;
    use council_charts::testing::model::Json;

    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        return eprintln!("usage: read_funding FILE.csv [OPTIONS-JSON]");
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let options = Json::parse(args.get(2).map_or("null", String::as_str), "options").unwrap_or(Json::Null);
    match FundingChart::read(&Json::String(text), &options) {
        Ok(chart) => {
            for note in chart.notes() {
                println!("note: {note}");
            }
            println!("\n{}\n\n{}", chart.describe(), chart.to_csv());
        }
        Err(e) => println!("refused: {e}"),
    }
}
