//! Reads a KPI from a CSV file (any layout the library reads) and prints what it says:
//!   cargo run --example read_kpi FILE.csv '{"council": "Leeds", ...}'
//! Native only: JSON options are parsed by serde_json here.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use council_charts::testing::chart::kpi::KpiChart;
    use council_charts::testing::chart::Chart;
    use council_charts::testing::model::Json;

    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        return eprintln!("usage: read_kpi FILE.csv [OPTIONS-JSON]");
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let options = Json::parse(args.get(2).map_or("null", String::as_str), "options").unwrap_or(Json::Null);
    let started = std::time::Instant::now();
    match KpiChart::read(&Json::String(text), &options) {
        Ok(chart) => {
            let read = started.elapsed();
            println!("{}\n\n{}\n(read in {read:?})", chart.describe(), chart.to_csv());
        }
        Err(e) => println!("refused: {e}"),
    }
}
