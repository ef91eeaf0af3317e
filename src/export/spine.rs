//! A spine's figures for people and for spreadsheets: one row per indicator with the council's
//! value, England's, the rank and band, and the field's worst, quartiles, median and best, of
//! how many councils had a figure. A row without a bar leaves the field's cells empty.

use super::csv::{safe_text, write_rows};
use super::table::DataTable;
use crate::model::rank::{ordinal, Standing};
use crate::model::spine::{Indicator, SpineMark};
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

/// The spine as a `<table>`: figures as the chart writes them; a neutral indicator's ends are
/// its lowest and highest, and its caption says so.
pub fn spine_table(indicators: &[Indicator]) -> DataTable {
    let heads = crate::words::spine::heads(indicators);
    let columns = ["Indicator", "Period", &heads.council, &heads.england, "Rank", "Band"]
        .into_iter()
        .map(str::to_owned)
        .chain(FIELD.iter().map(|(_, name)| (*name).to_owned()))
        .chain(["Councils with a figure".to_owned()])
        .collect();
    let rows = indicators
        .iter()
        .map(|i| {
            let row = &i.row;
            let written = |v: Option<f64>| v.map(|v| format_value(v, &i.kpi.unit)).unwrap_or_default();
            let (rank, band) = rank_and_band(i);
            let cells =
                [row.period.clone().unwrap_or_default(), written(row.council), written(row.england), rank, band]
                    .into_iter()
                    .chain(
                        FIELD
                            .iter()
                            .map(|(mark, _)| if row.bar.is_ok() { written(row.value(*mark)) } else { String::new() }),
                    )
                    .chain([count(i).map(|n| n.to_string()).unwrap_or_default()])
                    .collect();
            (i.kpi.titles.title().to_owned(), cells)
        })
        .collect();
    DataTable {
        caption: "Each indicator against every council with a figure (worst and best by the indicator's polarity; lowest and highest where neither is better)".to_owned(),
        columns,
        rows,
    }
}

/// The same as CSV, figures in full.
pub fn spine_csv(indicators: &[Indicator]) -> String {
    let header: Vec<String> = [
        "indicator",
        "period",
        "council",
        "england",
        "rank",
        "band",
        "worst",
        "p25",
        "median",
        "p75",
        "best",
        "councils",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    let rows = indicators.iter().map(|i| {
        let row = &i.row;
        let number = |v: Option<f64>| v.map(csv_number).unwrap_or_default();
        let rank = match &row.standing {
            Some(Standing::Ranked { rank, .. }) => rank.to_string(),
            _ => String::new(),
        };
        let (_, band) = rank_and_band(i);
        [
            safe_text(i.kpi.titles.title()),
            safe_text(row.period.as_deref().unwrap_or_default()),
            number(row.council),
            number(row.england),
            rank,
            band,
        ]
        .into_iter()
        .chain(FIELD.iter().map(|(mark, _)| if row.bar.is_ok() { number(row.value(*mark)) } else { String::new() }))
        .chain([count(i).map(|n| n.to_string()).unwrap_or_default()])
        .collect::<Vec<String>>()
    });
    write_rows(std::iter::once(header).chain(rows))
}
