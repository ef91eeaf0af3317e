//! Funding plans: each fixture drawn in each view to an SVG snapshot and said in words, notes
//! and CSV; and one-line-per-case tables for reconciliation of deliberately broken copies,
//! reading errors, pasted CSV, printed amounts and options.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::Chart;
use council_charts::testing::model::funding::amount::parse_amount;
use council_charts::testing::model::funding::reconcile::reconcile;
use council_charts::testing::model::funding::{Cover, FundingPlan};
use council_charts::testing::model::{Json, Node};
use council_charts::testing::scene::{ArialMetrics, Theme};

const SHARED: &str = "funding/funding-temporary-investment.json";
const PROGRAMME: &str = "funding/funding-improvement-programme.json";

fn snapshot(fixture: &str, options: &str, width: f64, name: &str) {
    let text = support::fixture(fixture);
    // A CSV fixture is given as text, as a page pastes it.
    let data = if fixture.ends_with(".csv") { Json::String(text) } else { Json::parse(&text, "data").unwrap() };
    let chart = FundingChart::read(&data, &Json::parse(options, "options").unwrap()).unwrap();
    support::check_snapshot(&format!("funding/{name}.svg"), &to_svg(&chart, width, &Theme::default(), &ArialMetrics));
    let words = format!("{}\n\n{}\n\n{}", chart.describe(), chart.notes().join("\n"), chart.to_csv());
    support::check_snapshot(&format!("funding/{name}.txt"), &words);
}

macro_rules! case {
    ($name:ident, $fixture:expr, $options:expr, $width:expr) => {
        #[test]
        fn $name() {
            snapshot($fixture, $options, $width, stringify!($name));
        }
    };
}

case!(stacked_shared, SHARED, "null", 720.0);
// MHCLG's revenue outturn table as published (illustrative figures): a title row, a code column,
// header formulas checked as derived columns, "of which" lines checked against their line.
case!(outturn_stacked, "funding/revenue-outturn-illustrative.csv", r#"{"columns":["Net Current Expenditure"]}"#, 720.0);
case!(
    outturn_lines_narrow,
    "funding/revenue-outturn-illustrative.csv",
    r#"{"view":"lines","columns":["Total Expenditure","Total Income"]}"#,
    320.0
);
case!(stacked_shared_narrow, SHARED, "null", 320.0);
case!(waterfall_shared, SHARED, r#"{"view":"waterfall"}"#, 720.0);
case!(lines_shared, SHARED, r#"{"view":"lines"}"#, 720.0);
case!(lines_shared_narrow, SHARED, r#"{"view":"lines"}"#, 320.0);
case!(stacked_programme, PROGRAMME, "null", 720.0);
case!(stacked_programme_narrow, PROGRAMME, "null", 320.0);
case!(waterfall_programme, PROGRAMME, r#"{"view":"waterfall"}"#, 720.0);
case!(waterfall_programme_narrow, PROGRAMME, r#"{"view":"waterfall"}"#, 320.0);
case!(lines_programme_actual, PROGRAMME, r#"{"view":"lines","columns":["Plan 2021/22","Projected 2020/21"]}"#, 720.0);
case!(stacked_programme_variation, PROGRAMME, r#"{"columns":["Variation"]}"#, 480.0);

/// An outturn table's stack draws its net column unless told otherwise: its other columns mix
/// spending (employees, running expenses) with income (sales, fees and charges, other income).
#[test]
fn an_outturn_stack_draws_net_expenditure_never_income_as_spending() {
    let data = Json::String(support::fixture("funding/revenue-outturn-illustrative.csv"));
    let chart = |options: &str| FundingChart::read(&data, &Json::parse(options, "options").unwrap()).unwrap();
    let svg = |chart: &FundingChart| to_svg(chart, 720.0, &Theme::default(), &ArialMetrics);
    let by_default = chart("null");
    assert_eq!(svg(&by_default), svg(&chart(r#"{"columns":["Net Current Expenditure"]}"#)));
    let words = by_default.describe();
    assert!(words.contains("The largest lines in Net Current Expenditure are Children Looked After"), "{words}");
}

#[test]
fn the_shared_example_adds_up() {
    let data = Json::parse(&support::fixture(SHARED), "data").unwrap();
    let plan = FundingPlan::read(&Node::data(&data)).unwrap();
    assert_eq!(reconcile(&plan), vec![]);
}

/// Sets the value at a path such as `sections[0].lines[2].values[4]` in a JSON tree; a missing
/// object key is added.
fn set(json: &mut Json, path: &str, value: Json) {
    let mut node = json;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            let Json::Object(entries) = node else { panic!("{path}: {key} is not in an object") };
            if !entries.iter().any(|(k, _)| k == key) {
                entries.push((key.to_owned(), Json::Null));
            }
            node = &mut entries.iter_mut().find(|(k, _)| k == key).unwrap().1;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            let i: usize = index.trim_end_matches(']').parse().unwrap();
            let Json::Array(items) = node else { panic!("{path}: [{i}] is not in a list") };
            node = &mut items[i];
        }
    }
    *node = value;
}

#[test]
fn broken_copies() {
    // "[programme:] path = JSON; path = JSON" applied to a fixture ==> every finding, or "adds up".
    support::run_cases("funding_checks.txt", |input| {
        let (fixture, edits) = match input.strip_prefix("programme: ") {
            Some(rest) => (PROGRAMME, rest),
            None => (SHARED, input),
        };
        let mut data = Json::parse(&support::fixture(fixture), "data").unwrap();
        for edit in edits.split("; ").filter(|e| *e != "as published") {
            let (path, value) = edit.split_once(" = ").unwrap();
            set(&mut data, path.trim(), Json::parse(value, "edit").unwrap());
        }
        match FundingPlan::read(&Node::data(&data)) {
            Ok(plan) => {
                let findings: Vec<String> = reconcile(&plan).iter().map(ToString::to_string).collect();
                if findings.is_empty() {
                    "adds up".into()
                } else {
                    findings.join(" | ")
                }
            }
            Err(e) => format!("not read: {e}"),
        }
    });
}

#[test]
fn funding_errors() {
    support::run_cases("funding_errors.txt", |input| {
        match Json::parse(input, "data").and_then(|data| FundingChart::read(&data, &Json::Null)) {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    });
}

fn covers(plan: &FundingPlan, covers: &[Cover]) -> String {
    covers
        .iter()
        .map(|c| match c {
            Cover::Section(s) => format!("section {}", plan.sections()[*s].name),
            Cover::Line { section, line } => {
                format!("line {}", plan.sections()[*section].lines[*line].name)
            }
            Cover::Total(t) => format!("total {}", plan.totals[*t].name),
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

#[test]
fn funding_csv() {
    // CSV text (\n for a new line) ==> the plan it reads as, and its findings; or the error.
    support::run_cases("funding_csv.txt", |input| {
        let data = Json::String(support::unescape(input));
        match FundingChart::read(&data, &Json::Null) {
            Ok(chart) => {
                let p = &chart.plan;
                let figures = |v: &Vec<Option<f64>>| {
                    v.iter().map(|f| f.map_or("-".into(), |f| f.to_string())).collect::<Vec<_>>().join(" ")
                };
                let mut parts = vec![format!("columns {}", p.columns().join(" | "))];
                for s in p.sections() {
                    let lines: Vec<String> = s
                        .lines
                        .iter()
                        .map(|l| {
                            let of_which: Vec<String> =
                                l.parts.iter().map(|p| format!("{} [{}]", p.name, figures(&p.values))).collect();
                            let of_which =
                                if of_which.is_empty() { String::new() } else { format!(" ({})", of_which.join(", ")) };
                            format!("{} [{}]{of_which}", l.name, figures(&l.values))
                        })
                        .collect();
                    let subtotal =
                        s.subtotal.as_ref().map(|v| format!(" subtotal [{}]", figures(v))).unwrap_or_default();
                    parts.push(format!("section {}: {}{subtotal}", s.name, lines.join(", ")));
                }
                for t in &p.totals {
                    parts.push(format!("total {} [{}] = {}", t.name, figures(&t.values), covers(p, &t.covers)));
                }
                if let Some(a) = &p.available {
                    parts.push(format!("available {} [{}]", a.name, figures(&a.values)));
                }
                for d in &p.derived {
                    let name = |c: &usize| p.columns()[*c].clone();
                    let terms: Vec<String> =
                        d.add.iter().map(name).chain(d.subtract.iter().map(|c| format!("-{}", name(c)))).collect();
                    parts.push(format!("derived {} = {}", name(&d.column), terms.join(" + ")));
                }
                parts.extend(p.read_notes.iter().map(|n| format!("note: {n}")));
                let findings = chart.findings.len();
                parts.push(if findings == 0 {
                    "adds up".into()
                } else {
                    format!("{findings} finding(s): {}", chart.findings[0])
                });
                parts.join("; ")
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn amounts() {
    // A cell as printed ==> the amount, "nil", or the error.
    support::run_cases("amounts.txt", |input| {
        let cell = input.trim_matches('`');
        match parse_amount(cell) {
            Ok(Some(v)) => v.to_string(),
            Ok(None) => "nil".into(),
            Err(e) => format!("error: {e}"),
        }
    });
}

#[test]
fn funding_options() {
    // options JSON, against the shared example ==> the view and columns drawn, or the error.
    let data = Json::parse(&support::fixture(SHARED), "data").unwrap();
    support::run_cases("funding_options.txt", |input| {
        match Json::parse(input, "options").and_then(|options| FundingChart::read(&data, &options)) {
            Ok(chart) => {
                let names: Vec<&str> = chart.columns.all().iter().map(|c| chart.plan.columns()[*c].as_str()).collect();
                format!("{}: {}", chart.view, names.join(" | "))
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn the_readme_example_reads_and_adds_up() {
    let readme = std::fs::read_to_string(support::root().join("../README.md")).unwrap();
    let section = readme.split("### Funding data").nth(1).unwrap();
    let json = section.split("```json").nth(1).unwrap().split("```").next().unwrap();
    let data = Json::parse(json, "data").unwrap();
    let plan = FundingPlan::read(&Node::data(&data)).unwrap();
    assert_eq!(reconcile(&plan), vec![]);
}
