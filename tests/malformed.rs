//! The malformed-input corpus (tests/cases/malformed.txt): wrong types, missing fields, NaN and
//! Infinity, numbers as text, empty lists, a million points and one, 10 KB labels, duplicate
//! periods, unknown grades, ragged funding rows, deeply nested junk. Every case must be refused
//! with an error naming its path; the snapshot keeps each message specific.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::Json;

fn text(s: &str) -> Json {
    Json::String(s.to_owned())
}

fn object(fields: Vec<(&str, Json)>) -> Json {
    Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn point(period: &str, value: f64) -> Json {
    object(vec![("period", text(period)), ("value", Json::Number(value))])
}

fn kpi(title: Json, series: Vec<Json>, annotations: Vec<Json>) -> Json {
    object(vec![("title", title), ("series", Json::Array(series)), ("annotations", Json::Array(annotations))])
}

fn series(name: Json, points: Vec<Json>) -> Json {
    object(vec![("name", name), ("points", Json::Array(points))])
}

fn one_point() -> Vec<Json> {
    vec![point("2019/20", 1.0)]
}

fn plan(columns: usize, lines: usize, line_name: Json) -> Json {
    let names: Vec<Json> = (0..columns).map(|i| text(&format!("Column {i}"))).collect();
    let line = |i: usize| {
        object(vec![
            ("name", if i == 0 { line_name.clone() } else { text(&format!("Line {i}")) }),
            ("values", Json::Array(vec![Json::Number(1.0); columns])),
        ])
    };
    let section = object(vec![("name", text("S")), ("lines", Json::Array((0..lines).map(line).collect()))]);
    object(vec![("title", text("T")), ("columns", Json::Array(names)), ("sections", Json::Array(vec![section]))])
}

fn judgements(inspections: usize, areas: usize, area_name: Json) -> Json {
    let labels: Vec<Json> =
        (0..inspections).map(|i| object(vec![("label", text(&format!("Inspection {i}")))])).collect();
    let area = |i: usize| {
        object(vec![
            ("name", if i == 0 { area_name.clone() } else { text(&format!("Area {i}")) }),
            ("grades", Json::Array(vec![text("Good"); inspections])),
        ])
    };
    object(vec![
        ("title", text("T")),
        ("inspections", Json::Array(labels)),
        ("areas", Json::Array((0..areas).map(area).collect())),
    ])
}

/// The cases too big to write on a line.
fn generated(name: &str) -> Json {
    let ten_kb = || text(&"A".repeat(10 * 1024));
    match name {
        "@kpi-title-10kb" => kpi(ten_kb(), vec![series(text("A"), one_point())], vec![]),
        "@kpi-series-name-10kb" => kpi(text("T"), vec![series(ten_kb(), one_point())], vec![]),
        "@kpi-label-10kb" => kpi(
            text("T"),
            vec![series(text("A"), one_point())],
            vec![object(vec![("period", text("2019/20")), ("label", ten_kb())])],
        ),
        "@kpi-million-and-one-points" => {
            // Daily points from 1 January 1900: 1,000,001 of them.
            let points = (0..1_000_001i64)
                .map(|d| object(vec![("period", Json::Number(1900.0 + d as f64)), ("value", Json::Number(1.0))]))
                .collect();
            kpi(text("T"), vec![series(text("A"), points)], vec![])
        }
        "@kpi-million-and-one-values" => kpi(
            text("T"),
            vec![object(vec![
                ("name", text("A")),
                ("start", text("1900-01-01")),
                ("values", Json::Array(vec![Json::Number(1.0); 1_000_001])),
            ])],
            vec![],
        ),
        "@kpi-51-series" => {
            kpi(text("T"), (0..51).map(|i| series(text(&format!("S{i}")), one_point())).collect(), vec![])
        }
        "@kpi-51-annotations" => kpi(
            text("T"),
            vec![series(text("A"), one_point())],
            (0..51).map(|i| object(vec![("period", text("2019/20")), ("label", text(&format!("Note {i}")))])).collect(),
        ),
        "@nested-arrays-10000" => Json::parse(&format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), "data")
            .err()
            .map_or(Json::Null, |e| text(&format!("PARSE ERROR {e}"))),
        "@nested-objects-200" => {
            let mut junk = Json::Null;
            for _ in 0..200 {
                junk = object(vec![("a", junk)]);
            }
            kpi(text("T"), vec![series(text("A"), one_point())], vec![junk])
        }
        "@judgement-area-10kb" => judgements(2, 1, ten_kb()),
        "@judgement-31-inspections" => judgements(31, 1, text("A")),
        "@judgement-51-areas" => judgements(2, 51, text("A")),
        "@funding-21-columns" => plan(21, 1, text("L")),
        "@funding-1001-lines" => plan(2, 1001, text("L")),
        "@funding-line-10kb" => plan(2, 1, ten_kb()),
        other => panic!("no generator named {other}"),
    }
}

fn case(input: &str) -> String {
    let mut parts = input.splitn(3, " | ");
    let (Some(kind), Some(options), Some(data)) = (parts.next(), parts.next(), parts.next()) else {
        return format!("bad case: {input}");
    };
    let options = Json::parse(options, "options").unwrap();
    let data = if data.starts_with('@') {
        generated(data)
    } else if let Some(csv) = data.strip_prefix("csv:") {
        text(&support::unescape(csv))
    } else {
        match Json::parse(data, "data") {
            Ok(json) => json,
            Err(e) => return e.to_string(), // not JSON at all: the parse error is the answer
        }
    };
    // Deep nesting is refused by the JSON parser itself, before any reader sees it.
    if let Json::String(s) = &data {
        if let Some(parse_error) = s.strip_prefix("PARSE ERROR ") {
            return parse_error.to_owned();
        }
    }
    let built = match kind {
        "kpi" => KpiChart::build(&data, &options).map(|_| ()),
        "judgement" => JudgementChart::build(&data, &options).map(|_| ()),
        "funding" => FundingChart::build(&data, &options).map(|_| ()),
        other => return format!("bad kind {other}"),
    };
    match built {
        Ok(()) => "ACCEPTED, but it should be refused".to_owned(),
        Err(e) => {
            assert!(!e.path.is_empty() && !e.message.is_empty(), "{input}: an error without a path or message");
            e.to_string()
        }
    }
}

#[test]
fn every_malformed_input_is_refused_with_its_path() {
    support::run_cases("malformed.txt", case);
    let table = std::fs::read_to_string(support::root().join("cases/malformed.txt")).unwrap();
    let cases: Vec<&str> = table.lines().filter(|l| !l.starts_with('#') && l.contains(" ==> ")).collect();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let accepted: Vec<&&str> = cases.iter().filter(|l| l.ends_with("ACCEPTED, but it should be refused")).collect();
    assert!(accepted.is_empty(), "accepted:\n{accepted:#?}");
}
