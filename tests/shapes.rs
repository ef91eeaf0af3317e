//! The serde shapes (src/model/shapes/), from which js/types.d.ts is written, agree with what
//! the readers accept: every JSON fixture, and every options object and regular series the case
//! tables show a reader accepting, reads into its shape and writes back without losing a field.
//! A field the readers take but the shapes lack (or a value outside a shape's union) fails here.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::kpi::unit::Polarity;
use council_charts::testing::model::kpi::Kpi;
use council_charts::testing::model::shapes::{
    self, FundingData, FundingOptions, JudgementData, KpiData, KpiOptions, KpiSeries,
};
use council_charts::testing::model::time::read::Interval;
use council_charts::testing::model::view::{FundingView, JudgementView, KpiView, View};
use council_charts::testing::model::{Json, Node};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// Read into `T` and written back, the JSON says what it said: numbers compared as numbers,
/// and a field given as `null` the same as one left out (both are "not given").
fn keeps<T: DeserializeOwned + Serialize>(json: &str) -> Result<(), String> {
    let given: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let shaped: T = serde_json::from_value(given.clone()).map_err(|e| format!("does not fit the shape: {e}"))?;
    let written = serde_json::to_value(&shaped).map_err(|e| e.to_string())?;
    let (given, written) = (plain(given), plain(written));
    if given == written {
        Ok(())
    } else {
        Err(format!("lost or changed in the shape:\n  given   {given}\n  written {written}"))
    }
}

fn plain(value: Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| serde_json::json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(plain).collect()),
        Value::Object(fields) => {
            Value::Object(fields.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, plain(v))).collect())
        }
        other => other,
    }
}

fn fixtures(folder: &str) -> Vec<(String, String)> {
    let dir = support::root().join("fixtures").join(folder);
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap())).collect()
}

/// The accepted inputs of a case table: each line's input, where `accepted` says the reader took it.
fn accepted_cases(name: &str, accepted: impl Fn(&str) -> bool) -> Vec<String> {
    let text = fs::read_to_string(support::root().join("cases").join(name)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(" ==> ").map(|(input, _)| input.to_owned()))
        .filter(|input| accepted(input))
        .collect()
}

fn check_all(what: &str, results: Vec<(String, Result<(), String>)>, at_least: usize) {
    assert!(results.len() >= at_least, "{what}: only {} inputs", results.len());
    let failures: Vec<String> = results.into_iter().filter_map(|(n, r)| r.err().map(|e| format!("{n}: {e}"))).collect();
    assert!(failures.is_empty(), "{what}:\n{}", failures.join("\n"));
}

#[test]
fn every_json_fixture_fits_its_shape_without_loss() {
    let mut results = Vec::new();
    for (name, json) in fixtures("kpi") {
        let list = json.trim_start().starts_with('[');
        results.push((name, if list { keeps::<Vec<KpiData>>(&json) } else { keeps::<KpiData>(&json) }));
    }
    for (name, json) in fixtures("judgements") {
        results.push((name, keeps::<JudgementData>(&json)));
    }
    for (name, json) in fixtures("funding") {
        results.push((name, keeps::<FundingData>(&json)));
    }
    check_all("fixtures", results, 15);
}

#[test]
fn options_the_readers_accept_fit_the_option_shapes() {
    let kpi_data = Json::parse(&support::fixture("kpi/kpi-revenue-budget.json"), "data").unwrap();
    let kpi_options = accepted_cases("option_errors.txt", |input| {
        Json::parse(input, "options").and_then(|o| KpiChart::read(&kpi_data, &o)).is_ok()
    });
    let csv_options = accepted_cases("kpi_csv.txt", |input| {
        let Some((options, csv)) = input.split_once(" |") else { return false };
        let csv = Json::String(support::unescape(csv.strip_prefix(' ').unwrap_or(csv)));
        Json::parse(options, "options").and_then(|o| KpiChart::read(&csv, &o)).is_ok()
    });
    let plan = Json::parse(&support::fixture("funding/funding-temporary-investment.json"), "data").unwrap();
    let funding_options = accepted_cases("funding_options.txt", |input| {
        Json::parse(input, "options").and_then(|o| FundingChart::read(&plan, &o)).is_ok()
    });

    let mut results = Vec::new();
    let csv_options = csv_options.iter().filter_map(|i| i.split_once(" |").map(|(o, _)| o));
    for options in kpi_options.iter().map(String::as_str).chain(csv_options) {
        results.push((options.to_string(), keeps::<Option<KpiOptions>>(options)));
    }
    for options in &funding_options {
        results.push((options.clone(), keeps::<Option<FundingOptions>>(options)));
    }
    check_all("options", results, 20);
}

#[test]
fn regular_series_the_reader_accepts_fit_the_series_shape() {
    let accepted = accepted_cases("regular_series.txt", |input| {
        let json = format!(r#"{{"title":"T","series":[{input}]}}"#);
        Json::parse(&json, "data").and_then(|d| Kpi::read(&Node::data(&d))).is_ok()
    });
    let results = accepted.into_iter().map(|s| (s.clone(), keeps::<KpiSeries>(&s))).collect();
    check_all("regular series", results, 3);
}

/// The quoted names in a union the shapes declare (`"line" | "sparkline"`), in order.
fn declared_names<T: TS>() -> Vec<String> {
    let decl = T::decl(&ts_rs::Config::default());
    decl.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// The views a kind offers, by the name a page gives them.
fn offered<V: View>() -> Vec<String> {
    V::OFFERED.iter().map(|v| v.name().to_owned()).collect()
}

#[test]
fn the_shapes_name_the_views_polarities_and_intervals_the_model_reads() {
    // The shapes keep their own copies of these names (the model's enums hold more, such as the
    // scorecard's tile view, and read them with their own messages): they must not drift apart.
    assert_eq!(declared_names::<shapes::KpiView>(), offered::<KpiView>());
    assert_eq!(declared_names::<shapes::JudgementView>(), offered::<JudgementView>());
    assert_eq!(declared_names::<shapes::FundingView>(), offered::<FundingView>());
    let polarities = declared_names::<shapes::Polarity>();
    assert_eq!(polarities.len(), 3);
    for name in polarities {
        assert!(Polarity::read(&Node::data(&Json::String(name.clone()))).is_ok(), "polarity {name}");
    }
    let intervals = declared_names::<shapes::Interval>();
    assert_eq!(intervals.len(), 7);
    for name in intervals {
        assert!(Interval::named(&name).is_some(), "interval {name}");
    }
}

/// The front door's three routes meet: every JSON fixture read as JSON text and from its typed
/// shape (`new`) gives the same chart, word for word and cell for cell.
#[test]
fn a_chart_from_the_typed_shapes_is_the_chart_from_json() {
    use council_charts::{Chart, FundingChart, JudgementChart, KpiChart};
    fn same<C: Chart>(
        name: &str,
        from_json: Result<C, council_charts::ChartError>,
        from_shape: Result<C, council_charts::ChartError>,
    ) -> Result<(), String> {
        match (from_json, from_shape) {
            (Ok(a), Ok(b)) if a.describe() == b.describe() && a.to_csv() == b.to_csv() => Ok(()),
            (Ok(a), Ok(b)) => Err(format!("{name}: differ:\n  {}\n  {}", a.describe(), b.describe())),
            (a, b) => Err(format!("{name}: {:?} from JSON, {:?} from the shape", a.err(), b.err())),
        }
    }
    let mut results = Vec::new();
    for (name, text) in fixtures("kpi") {
        if text.trim_start().starts_with('[') {
            continue; // a scorecard's list
        }
        let shape: KpiData = serde_json::from_str(&text).unwrap();
        let result = same(&name, KpiChart::from_json(&text, ""), KpiChart::new(&shape, &KpiOptions::default()));
        results.push((name, result));
    }
    for (name, text) in fixtures("judgements") {
        let shape: JudgementData = serde_json::from_str(&text).unwrap();
        let options = council_charts::shapes::JudgementOptions::default();
        results.push((
            name.clone(),
            same(&name, JudgementChart::from_json(&text, ""), JudgementChart::new(&shape, &options)),
        ));
    }
    for (name, text) in fixtures("funding") {
        let shape: FundingData = serde_json::from_str(&text).unwrap();
        results.push((
            name.clone(),
            same(&name, FundingChart::from_json(&text, ""), FundingChart::new(&shape, &FundingOptions::default())),
        ));
    }
    check_all("from the typed shapes", results, 15);
}
