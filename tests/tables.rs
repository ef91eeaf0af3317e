//! Period parsing, ticks, number formatting and validation, one line per case in tests/cases/.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::kpi::unit::Unit;
use council_charts::testing::model::time::read::{civil_from_days, parse_period};
use council_charts::testing::model::{Json, Node};
use council_charts::testing::scale::format::{format_ticks, format_value};
use council_charts::testing::scale::nice_ticks;

fn date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn periods() {
    support::run_cases("periods.txt", |input| match parse_period(input) {
        Ok(p) => format!("{:?} \"{}\" from {} for {} days", p.kind, p.label(), date(p.start), p.days),
        Err(e) => format!("error: {e}"),
    });
}

#[test]
fn ticks() {
    // "lo hi count" ==> the tick values
    support::run_cases("ticks.txt", |input| {
        let n: Vec<f64> = input.split_whitespace().map(|t| t.parse().unwrap()).collect();
        let ticks = nice_ticks(n[0], n[1], n[2] as usize);
        ticks.values.iter().map(|v| short(*v)).collect::<Vec<_>>().join(", ")
    });
}

/// Very large and very small ticks in exponent form, so the table stays readable.
fn short(v: f64) -> String {
    if v != 0.0 && (v.abs() < 1e-6 || v.abs() >= 1e15) {
        format!("{v:.3e}")
    } else {
        format!("{v}")
    }
}

fn unit(name: &str) -> Unit {
    Unit::read(&Node::data(&Json::String(name.into()))).unwrap()
}

#[test]
fn values() {
    // "value | unit" ==> how a tooltip or sentence writes it
    support::run_cases("values.txt", |input| {
        let (value, name) = input.split_once(" | ").unwrap();
        format_value(value.parse().unwrap(), &unit(name))
    });
}

#[test]
fn tick_labels() {
    // "lo hi count | unit" ==> the axis labels
    support::run_cases("tick_labels.txt", |input| {
        let (range, name) = input.split_once(" | ").unwrap();
        let n: Vec<f64> = range.split_whitespace().map(|t| t.parse().unwrap()).collect();
        let ticks = nice_ticks(n[0], n[1], n[2] as usize);
        format_ticks(&ticks.values, ticks.step, &unit(name)).join("  ")
    });
}

#[test]
fn kpi_errors() {
    // "data JSON" ==> the error message a JavaScript Error would carry ("ok" if accepted)
    support::run_cases("kpi_errors.txt", |input| {
        let outcome = Json::parse(input, "data").and_then(|data| KpiChart::read(&data, &Json::Null));
        match outcome {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn option_errors() {
    // "options JSON" ==> the error, or "ok"
    let data = Json::parse(&support::fixture("kpi/kpi-revenue-budget.json"), "data").unwrap();
    support::run_cases("option_errors.txt", |input| {
        match Json::parse(input, "options").and_then(|options| KpiChart::read(&data, &options)) {
            Ok(chart) => {
                format!("ok: view {}, height {:?}, titles {}", chart.view, chart.options.height, chart.options.titles)
            }
            Err(e) => e.to_string(),
        }
    });
}

fn grade_case(input: &str, numeric: bool) -> String {
    use council_charts::testing::model::judgement::grade::GradeScale;
    let value = Json::parse(input, "grade").unwrap();
    match GradeScale::ofsted().read_grade(&Node::named(&value, "grade"), numeric) {
        Ok(Some(rank)) => format!("rank {rank}"),
        Ok(None) => "not judged".into(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn grades() {
    support::run_cases("grades.txt", |input| grade_case(input, false));
}

#[test]
fn numeric_grades() {
    support::run_cases("numeric_grades.txt", |input| grade_case(input, true));
}

#[test]
fn judgement_errors() {
    use council_charts::testing::chart::judgement::JudgementChart;
    support::run_cases("judgement_errors.txt", |input| {
        match Json::parse(input, "data").and_then(|data| JudgementChart::read(&data, &Json::Null)) {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn judgement_csv() {
    use council_charts::testing::chart::judgement::JudgementChart;
    support::run_cases("judgement_csv.txt", |input| {
        let data = Json::String(support::unescape(input));
        match JudgementChart::read(&data, &Json::Null) {
            Ok(chart) => {
                let j = &chart.judgements;
                let header: Vec<&str> = j.inspections().iter().map(|i| i.label.as_str()).collect();
                let rows: Vec<String> = j
                    .areas()
                    .iter()
                    .map(|a| {
                        format!(
                            "{}: {}",
                            a.name,
                            (0..header.len())
                                .map(|i| j.grade_name(a, i).unwrap_or("-"))
                                .collect::<Vec<_>>()
                                .join(" / ")
                        )
                    })
                    .collect();
                format!("[{}] {}", header.join(", "), rows.join("; "))
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn ranks() {
    // "polarity | A=1 B=x ... | council" ==> its standing among them.
    use council_charts::testing::model::kpi::rank::standing;
    use council_charts::testing::model::kpi::unit::Polarity;
    support::run_cases("ranks.txt", |input| {
        let parts: Vec<&str> = input.split(" | ").collect();
        let polarity = match parts[0] {
            "higher-is-better" => Polarity::HigherIsBetter,
            "lower-is-better" => Polarity::LowerIsBetter,
            _ => Polarity::Neutral,
        };
        let field: Vec<(String, Option<f64>)> = parts[1]
            .split_whitespace()
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap();
                (name.to_owned(), value.parse().ok())
            })
            .collect();
        let index = field.iter().position(|(n, _)| n == parts[2]).unwrap();
        standing(&field, index, polarity)
            .map_or("none".to_owned(), |s| council_charts::testing::words::rank::standing_words(&s))
    });
}

#[test]
fn rank_over_time() {
    // "polarity | council | period: name=figure, others A..B; ..." ==> describe()'s standing
    // sentences, then the scorecard tile's line.
    support::run_cases("rank_over_time.txt", |input| {
        let parts: Vec<&str> = input.split(" | ").collect();
        let (polarity, own) = (parts[0], parts[1]);
        let mut councils = Vec::new();
        let mut points = Vec::new();
        for period in parts[2].split("; ") {
            let (label, entries) = period.split_once(": ").unwrap();
            let mut values = Vec::new();
            for entry in entries.split(", ") {
                if let Some(range) = entry.strip_prefix("others ") {
                    let (from, to) = range.split_once("..").unwrap();
                    for (n, figure) in (from.parse::<u32>().unwrap()..=to.parse().unwrap()).enumerate() {
                        values.push(serde_json::json!({ "council": format!("Other {}", n + 1), "value": figure }));
                    }
                    continue;
                }
                let (name, figure) = entry.split_once('=').unwrap();
                let figure: Option<f64> = figure.parse().ok();
                if name.split(" / ").any(|member| member == own) {
                    points.push(serde_json::json!({ "period": label, "value": figure }));
                }
                values.push(serde_json::json!({ "council": name, "value": figure }));
            }
            councils.push(serde_json::json!({ "period": label, "values": values }));
        }
        let data = serde_json::json!({ "title": "An indicator", "unit": "%", "polarity": polarity, "series": [{ "name": own, "points": points }], "councils": councils });
        match council_charts::testing::chart::kpi::KpiChart::read(
            &council_charts::testing::model::Json::parse(&data.to_string(), "data").unwrap(),
            &council_charts::testing::model::Json::Null,
        ) {
            Ok(chart) => {
                let mut said = council_charts::testing::words::rank::describe_standing(&chart.kpi).join(" ");
                if said.is_empty() {
                    said = "(nothing said)".to_owned();
                }
                format!(
                    "{said} Tile: {}",
                    council_charts::testing::words::rank::tile_line(&chart.kpi).unwrap_or_else(|| "(none)".to_owned())
                )
            }
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn sound() {
    use council_charts::testing::interact::sound::{score, Melody, Voice};
    let values = |text: &str| text.split_whitespace().map(|v| v.parse().ok()).collect::<Vec<Option<f64>>>();
    support::run_cases("sound.txt", |input| {
        let mut parts = input.split(" | ");
        let mut voices = vec![Voice { name: "Northshire".into(), values: values(parts.next().unwrap()) }];
        let mut reference = None;
        for part in parts {
            if let Some(t) = part.strip_prefix("target ") {
                reference = Some(("target".to_owned(), t.parse().unwrap()));
            } else if let Some(then) = part.strip_prefix("then ") {
                voices.push(Voice { name: "England".into(), values: values(then) });
            }
        }
        let many: Option<usize> = input.strip_prefix("many ").and_then(|n| n.parse().ok());
        if let Some(n) = many {
            voices[0].values = (0..n).map(|i| Some(i as f64)).collect();
        }
        match score(&Melody { voices, reference, what: "value" }) {
            None => "nothing to play".to_owned(),
            Some(s) => {
                let notes: Vec<String> = if s.notes.len() > 6 {
                    vec![format!(
                        "{} notes, from {:.0} Hz to {:.0} Hz, each {:.3} s",
                        s.notes.len(),
                        s.notes[0].frequency,
                        s.notes[s.notes.len() - 1].frequency,
                        s.notes[0].length
                    )]
                } else {
                    s.notes
                        .iter()
                        .map(|n| {
                            format!(
                                "{}{:.2}-{:.2}@{:.0}",
                                if n.voice > 0 { "~" } else { "" },
                                n.start,
                                n.length,
                                n.frequency
                            )
                        })
                        .collect()
                };
                let reference = s.reference.map_or(String::new(), |r| format!("; reference {r:.0} Hz"));
                format!("{}{reference}; {:.2} s. {}", notes.join(" "), s.duration, s.words)
            }
        }
    });
}
