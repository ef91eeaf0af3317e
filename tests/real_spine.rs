//! The spine's numbers on the published files, read in place from ../shared/real-data (never
//! copied): for every council of an EES indicator, the row's field (how many councils have a
//! figure, the worst, quartiles, median and best) equals what this test computes itself from
//! the CSV with R's type-7 rule, England is at the centre and every mark is on the bar, better
//! to the right. DOMAIN.md's worked example (agency social workers 2025: 148 councils, quartiles
//! 7.875, 12.75 and 21.125) is checked as stated.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;

use council_charts::chart::kpi::KpiChart;
use council_charts::model::spine::spine_row;
use council_charts::model::Json;

/// Every council's figure in `period` (national rows: England's), as the test reads the CSV.
fn local_figures(text: &str, period: &str, column: &str) -> (Vec<(String, f64)>, Option<f64>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name).unwrap();
    let (time, level, la, value) = (at("time_period"), at("geographic_level"), at("la_name"), at(column));
    let (mut councils, mut england) = (Vec::new(), None);
    for record in reader.records().flatten() {
        if record.get(time) != Some(period) {
            continue;
        }
        let figure = record.get(value).and_then(|v| v.parse::<f64>().ok());
        match record.get(level) {
            Some("Local authority") => {
                if let (Some(name), Some(v)) = (record.get(la), figure) {
                    councils.push((name.to_owned(), v));
                }
            }
            Some("National") => england = england.or(figure),
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
    let (councils, england) = local_figures(text, period, column);
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
    let (councils, _) = local_figures(&workforce, "2025", "agency_rate_fte");
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
