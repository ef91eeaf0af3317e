//! The spine's numbers on the published files, read in place from ../shared/real-data (never
//! copied): for every council of an EES indicator, the row's field (how many councils have a
//! figure, the worst, quartiles, median and best) equals what this test computes itself from
//! the CSV with R's type-7 rule, England is at the centre and every mark is on the bar, better
//! to the right. DOMAIN.md's worked example (agency social workers 2025: 148 councils, quartiles
//! 7.875, 12.75 and 21.125) is checked as stated.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;

use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::model::kpi::spine::spine_row;
use council_charts::testing::model::Json;

/// Every council's figure of `column` in `period` (national rows: England's), read here with the
/// csv crate, in the rows whose `filters` columns hold the values given.
fn local_figures(
    text: &str,
    period: &str,
    column: &str,
    filters: &[(&str, &str)],
) -> (Vec<(String, f64)>, Option<f64>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name).unwrap();
    let (time, level, la, value) = (at("time_period"), at("geographic_level"), at("la_name"), at(column));
    let filters: Vec<(usize, &str)> = filters.iter().map(|(c, v)| (at(c), *v)).collect();
    let (mut councils, mut england) = (Vec::new(), None);
    for record in reader.records().flatten() {
        if record.get(time) != Some(period) || filters.iter().any(|(c, v)| record.get(*c) != Some(*v)) {
            continue;
        }
        let figure = record.get(value).and_then(|v| v.parse::<f64>().ok());
        match (record.get(level), figure) {
            (Some("Local authority"), Some(v)) => councils.push((record.get(la).unwrap().to_owned(), v)),
            (Some("National"), _) => england = england.or(figure),
            _ => {}
        }
    }
    (councils, england)
}

/// R's quantile(x, p), type 7, computed here without the library.
fn r_quantile(values: &[f64], p: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let h = (sorted.len() - 1) as f64 * p;
    let below = h.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    sorted[below] + (h - below as f64) * (sorted[above] - sorted[below])
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Every council's row of `column` in `period` checked; returns how many.
fn every_row(text: &str, period: &str, column: &str, polarity: &str) -> usize {
    let (councils, england) = local_figures(text, period, column, &[]);
    let values: Vec<f64> = councils.iter().map(|(_, v)| *v).collect();
    let (low, high) = values.iter().fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
    let data = Json::String(text.to_owned());
    let mut checked = 0;
    for (name, figure) in &councils {
        let options = Json::parse(
            &format!(
                r#"{{"indicator":"{column}","council":{},"polarity":"{polarity}"}}"#,
                serde_json::to_string(name).unwrap()
            ),
            "options",
        )
        .unwrap();
        // A council the reader refuses (a name two councils share, say) is the other tests' concern.
        let Ok(chart) = KpiChart::read(&data, &options) else { continue };
        let row = spine_row(&chart.kpi);
        assert_eq!(row.period.as_deref(), Some(period), "{name}: the latest period it has a figure in");
        let bar = row.bar.as_ref().unwrap_or_else(|why| panic!("{name}: {}", why.words()));
        assert_eq!(bar.count, values.len(), "{name}: councils with a figure");
        assert!(
            close(bar.p25, r_quantile(&values, 0.25))
                && close(bar.median, r_quantile(&values, 0.5))
                && close(bar.p75, r_quantile(&values, 0.75)),
            "{name}: quartiles"
        );
        let (worst, best) = if polarity == "lower-is-better" { (high, low) } else { (low, high) };
        assert!(close(bar.worst, worst) && close(bar.best, best), "{name}: worst and best");
        assert_eq!(row.council, Some(*figure), "{name}: its own figure");
        if let (Some(e), Some(row_e)) = (england, row.england) {
            assert!(close(e, row_e) && close(bar.position(e), 0.5), "{name}: England at the centre");
        }
        for v in [bar.worst, bar.best, *figure] {
            assert!((0.0..=1.0).contains(&bar.position(v)), "{name}: {v} off the bar");
        }
        assert!(bar.position(bar.best) >= bar.position(bar.worst), "{name}: better to the right");
        checked += 1;
    }
    checked
}

#[test]
fn a_spine_row_for_every_council_agrees_with_quartiles_counted_here() {
    let Some(dir) = support::real_data() else { return };
    let workforce = fs::read_to_string(dir.join("csww_indicators_2017_to_2025.csv")).unwrap();
    // DOMAIN.md's worked example, as stated there.
    let (councils, _) = local_figures(&workforce, "2025", "agency_rate_fte", &[]);
    let values: Vec<f64> = councils.iter().map(|(_, v)| *v).collect();
    assert_eq!(values.len(), 148);
    assert!(
        close(r_quantile(&values, 0.25), 7.875)
            && close(r_quantile(&values, 0.5), 12.75)
            && close(r_quantile(&values, 0.75), 21.125)
    );
    let mut checked = 0;
    for (column, polarity) in [
        ("agency_rate_fte", "lower-is-better"),
        ("turnover_rate_fte", "lower-is-better"),
        ("caseload_fte", "lower-is-better"),
    ] {
        checked += every_row(&workforce, "2025", column, polarity);
    }
    eprintln!("spine rows checked: {checked}");
    assert!(checked >= 3 * 140, "{checked} rows");
}

/// One indicator of the real-data spine: its file, column, filters and polarity.
struct Item {
    file: &'static str,
    column: &'static str,
    filters: &'static [(&'static str, &'static str)],
    polarity: &'static str,
}

const CSWW: &str = "csww_indicators_2017_to_2025.csv";
const CLA: &str = "cla_number_and_rate_per_10k_children.csv";
const LEAVERS: &str = "la_care_leavers_accommodation_suitability.csv";
const NEED: &str = "b1_children_in_need_2013_to_2025.csv";
const LOOKED_AFTER: &[(&str, &str)] = &[("population_type", "Children looked after on 31 March each year")];
const SUITABLE: &[(&str, &str)] =
    &[("care_leaver_age", "19 to 21 years"), ("breakdown", "Accommodation considered suitable")];
const IN_NEED: &[(&str, &str)] = &[("category", "Children in Need")];

/// Every indicator column of the four EES files (the workforce file's every measure; the
/// others' figures under the filter a report would use), with the polarity a report gives it.
fn every_ees_indicator() -> Vec<Item> {
    let lower = [
        "turnover_rate_fte",
        "turnover_rate_headcount",
        "agency_rate_fte",
        "agency_rate_headcount",
        "vacancy_rate_fte",
        "caseload_fte",
        "absence_rate_fte",
    ];
    let workforce = [
        "inpost_fte",
        "inpost_headcount",
        "starters_fte",
        "starters_headcount",
        "leavers_fte",
        "leavers_headcount",
        "turnover_rate_fte",
        "turnover_rate_headcount",
        "agency_fte",
        "agency_headcount",
        "agency_rate_fte",
        "agency_rate_headcount",
        "agency_cover_fte",
        "agency_cover_rate_fte",
        "vacancy_fte",
        "vacancy_rate_fte",
        "vacancy_agency_cover_rate_fte",
        "case_holders_fte",
        "cases",
        "caseload_fte",
        "working_days_lost_fte",
        "absence_rate_fte",
    ];
    let mut items: Vec<Item> = workforce
        .into_iter()
        .map(|column| Item {
            file: CSWW,
            column,
            filters: &[],
            polarity: if lower.contains(&column) { "lower-is-better" } else { "neutral" },
        })
        .collect();
    items.extend([
        Item { file: CLA, column: "rate_per_10000", filters: LOOKED_AFTER, polarity: "neutral" },
        Item { file: CLA, column: "children_count", filters: LOOKED_AFTER, polarity: "neutral" },
        Item { file: LEAVERS, column: "care_leaver_percent", filters: SUITABLE, polarity: "higher-is-better" },
        Item { file: NEED, column: "Anypoint_child", filters: IN_NEED, polarity: "neutral" },
        Item { file: NEED, column: "At31_episodes", filters: IN_NEED, polarity: "neutral" },
    ]);
    items
}

#[test]
fn a_spine_of_every_ees_indicator_for_every_council_agrees_with_quartiles_counted_here() {
    use council_charts::testing::chart::spine::SpineChart;
    let Some(dir) = support::real_data() else { return };
    let files: std::collections::BTreeMap<&str, String> =
        [CSWW, CLA, LEAVERS, NEED].into_iter().map(|f| (f, fs::read_to_string(dir.join(f)).unwrap())).collect();
    let items = every_ees_indicator();
    let list = |council: &str| {
        let entries: Vec<String> = items
            .iter()
            .map(|item| {
                let filters: Vec<String> = item.filters.iter().map(|(c, v)| format!("{c:?}:{v:?}")).collect();
                format!(
                    r#"{{"data":{},"options":{{"indicator":"{}","council":{council:?},"polarity":"{}","filters":{{{}}}}}}}"#,
                    serde_json::to_string(&files[item.file]).unwrap(),
                    item.column,
                    item.polarity,
                    filters.join(",")
                )
            })
            .collect();
        Json::parse(&format!("[{}]", entries.join(",")), "data").unwrap()
    };
    let options = Json::parse(r#"{"view":"spine"}"#, "options").unwrap();
    // Each (indicator, period)'s field, counted here once.
    let mut fields = std::collections::HashMap::new();
    let (councils, _) = local_figures(&files[CSWW], "2025", "inpost_fte", &[]);
    let (mut spines, mut rows) = (0, 0);
    for (council, _) in &councils {
        let spine = match SpineChart::read(&list(council), &options) {
            Ok(spine) => spine,
            // A council missing from one of the files (or named twice) is refused with its item.
            Err(e) => {
                assert!(e.path.starts_with('['), "{council}: {e}");
                continue;
            }
        };
        assert_eq!(spine.indicators.len(), items.len());
        for (item, indicator) in items.iter().zip(&spine.indicators) {
            let row = &indicator.row;
            let Some(period) = row.period.clone() else { continue };
            let key = (item.file, item.column, period.clone());
            let (field, england) = fields
                .entry(key)
                .or_insert_with(|| {
                    local_figures(&files[item.file], &period.replace('/', ""), item.column, item.filters)
                })
                .clone();
            let values: Vec<f64> = field.iter().map(|(_, v)| *v).collect();
            let what = format!("{council}, {} {period}", item.column);
            let Ok(bar) = &row.bar else {
                assert!(values.len() < 10, "{what}: no bar with {} councils", values.len());
                continue;
            };
            assert_eq!(bar.count, values.len(), "{what}: councils with a figure");
            assert!(
                close(bar.p25, r_quantile(&values, 0.25))
                    && close(bar.median, r_quantile(&values, 0.5))
                    && close(bar.p75, r_quantile(&values, 0.75)),
                "{what}: quartiles"
            );
            let own = field.iter().find(|(name, _)| name == council).map(|(_, v)| *v);
            assert_eq!(row.council, own, "{what}: its own figure");
            if let (Some(e), Some(row_e)) = (england, row.england) {
                assert!(close(e, row_e) && close(bar.position(e), 0.5), "{what}: England at the centre");
            }
            for v in [bar.worst, bar.best].into_iter().chain(row.council) {
                assert!((0.0..=1.0).contains(&bar.position(v)), "{what}: {v} off the bar");
            }
            rows += 1;
        }
        spines += 1;
    }
    eprintln!("spines: {spines} councils, {rows} rows with a bar checked");
    assert!(spines >= 140 && rows >= spines * 20, "{spines} spines, {rows} rows");
}
