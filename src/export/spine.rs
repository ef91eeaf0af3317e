//! A spine's figures for people and for spreadsheets: one row per indicator with the council's
//! value, England's, the rank and band, and the field's worst, quartiles, median and best, of
//! how many councils had a figure. A row without a bar leaves the field's cells empty.

use super::csv::{safe_text, write_rows};
use super::table::DataTable;
use crate::model::kpi::rank::{ordinal, Standing};
use crate::model::kpi::spine::{Indicator, SpineMark};
use crate::scale::format::{csv_number, format_value};

const FIELD: [(SpineMark, &str); 5] = [
    (SpineMark::Worst, "Worst"),
    (SpineMark::LowerQuartile, "25th percentile"),
    (SpineMark::Median, "Median"),
    (SpineMark::UpperQuartile, "75th percentile"),
    (SpineMark::Best, "Best"),
];

fn rank_and_band(indicator: &Indicator) -> (String, String) {
    match &indicator.row.standing {
        Some(Standing::Ranked { rank, of, band }) => (format!("{} of {of}", ordinal(*rank)), band.letter().to_string()),
        Some(standing) => (crate::words::rank::standing_words(standing), String::new()),
        None => (String::new(), String::new()),
    }
}

fn count(indicator: &Indicator) -> Option<usize> {
    indicator.row.bar.as_ref().ok().map(|b| b.count)
}

/// One row's cells after its heading: period, figures, rank, band, the field, the count.
/// `written` writes a figure (as the chart does, or in full for CSV).
fn cells(i: &Indicator, written: &dyn Fn(Option<f64>) -> String, rank: String, band: String) -> Vec<String> {
    let row = &i.row;
    let mut cells = Vec::with_capacity(12);
    cells.push(row.period.clone().unwrap_or_default());
    cells.push(written(row.council));
    cells.push(written(row.england));
    cells.push(rank);
    cells.push(band);
    for (mark, _) in FIELD {
        cells.push(if row.bar.is_ok() { written(row.value(mark)) } else { String::new() });
    }
    cells.push(count(i).map(|n| n.to_string()).unwrap_or_default());
    cells.push(crate::words::trend::marker(&i.kpi).unwrap_or_default());
    cells
}

/// The spine as a `<table>`: figures as the chart writes them; a neutral indicator's ends are
/// its lowest and highest, and its caption says so.
pub fn spine_table(indicators: &[Indicator]) -> DataTable {
    let heads = crate::words::spine::heads(indicators);
    let mut columns: Vec<String> = Vec::with_capacity(13);
    for name in ["Indicator", "Period", &heads.council, &heads.england, "Rank", "Band"] {
        columns.push(name.to_owned());
    }
    for (_, name) in FIELD {
        columns.push(name.to_owned());
    }
    columns.push("Councils with a figure".to_owned());
    columns.push("Recent trend".to_owned());
    let mut rows = Vec::with_capacity(indicators.len());
    for i in indicators {
        let written = |v: Option<f64>| v.map(|v| format_value(v, &i.kpi.unit)).unwrap_or_default();
        let (rank, band) = rank_and_band(i);
        rows.push((i.kpi.titles.title().to_owned(), cells(i, &written, rank, band)));
    }
    DataTable {
        caption: "Each indicator against every council with a figure (worst and best by the indicator's polarity; lowest and highest where neither is better)".to_owned(),
        columns,
        rows,
    }
}

/// The same as CSV, figures in full.
pub fn spine_csv(indicators: &[Indicator]) -> String {
    let header = "indicator,period,council,england,rank,band,worst,p25,median,p75,best,councils,recent_trend";
    let mut rows = vec![header.split(',').map(str::to_owned).collect::<Vec<String>>()];
    for i in indicators {
        let rank = match &i.row.standing {
            Some(Standing::Ranked { rank, .. }) => rank.to_string(),
            _ => String::new(),
        };
        let (_, band) = rank_and_band(i);
        let mut row = vec![safe_text(i.kpi.titles.title())];
        row.extend(cells(i, &|v: Option<f64>| v.map(csv_number).unwrap_or_default(), rank, band));
        if let Some(period) = row.get_mut(1) {
            *period = safe_text(period);
        }
        rows.push(row);
    }
    write_rows(rows)
}
