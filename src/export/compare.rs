//! The compare view's figures for people and for spreadsheets: one row per indicator, a
//! column per area (the council, each neighbour, their mean, the region, England), then the
//! council's rank among its neighbours and its recent trend. Every neighbour's figure is here
//! even where a narrow screen collapses their columns.

use super::csv::{safe_text, write_rows};
use super::table::DataTable;
use crate::model::kpi::compare::{Cell, CompareBy, CompareTable, Shade};
use crate::scale::format::{csv_number, format_value};

/// A cell as the table writes it: the figure and its band or comparison in brackets, or why
/// it has none.
fn written(cell: &Cell, unit: &crate::model::kpi::unit::Unit) -> String {
    match (&cell.figure, cell.shade) {
        (Ok(v), Shade::Band(band)) => format!("{} ({})", format_value(*v, unit), band.letter()),
        (Ok(v), Shade::Against { compared, .. }) => {
            format!("{} ({})", format_value(*v, unit), compared.short().to_ascii_lowercase())
        }
        (Ok(v), Shade::Plain) => format_value(*v, unit),
        (Err(why), _) => crate::words::upper_first(&crate::words::compare::missing_words(why)),
    }
}

fn area_names(table: &CompareTable) -> Vec<String> {
    table.columns().into_iter().map(|c| table.heads.name(c).to_owned()).collect()
}

/// The table as a `<table>`: figures as the chart writes them.
pub fn compare_table(table: &CompareTable) -> DataTable {
    let mut columns = vec!["Indicator".to_owned(), "Period".to_owned()];
    columns.extend(area_names(table));
    columns.push("Rank with its neighbours".to_owned());
    columns.push("Recent trend".to_owned());
    let rows = table
        .rows
        .iter()
        .map(|(kpi, row)| {
            let mut cells = vec![row.period.as_ref().map(|p| p.label().into_owned()).unwrap_or_default()];
            cells.extend(row.cells.iter().map(|cell| written(cell, &kpi.unit)));
            // The column's heading says "with its neighbours"; each cell says "4th of 11".
            let rank = crate::words::compare::rank_words(kpi, row).unwrap_or_default();
            cells.push(rank.trim_end_matches(" with its neighbours").to_owned());
            cells.push(crate::words::trend::marker(kpi).unwrap_or_default());
            (kpi.titles.title().to_owned(), cells)
        })
        .collect();
    let caption = match table.by {
        CompareBy::Band => {
            "Each indicator for the council, its statistical neighbours, their mean, the region and England; in brackets, a council's quartile band among all councils (A the best quarter)"
        }
        CompareBy::England => {
            "Each indicator for the council, its statistical neighbours, their mean, the region and England; in brackets, how it compares with England"
        }
    };
    DataTable { caption: caption.to_owned(), columns, rows }
}

/// The same as CSV, figures in full; a cell without a figure is empty.
pub fn compare_csv(table: &CompareTable) -> String {
    let mut header = vec!["indicator".to_owned(), "period".to_owned()];
    header.extend(area_names(table).iter().map(|n| safe_text(n)));
    header.extend(["rank_with_neighbours", "of", "recent_trend"].map(str::to_owned));
    let mut rows = vec![header];
    for (kpi, row) in &table.rows {
        let mut cells = vec![
            safe_text(kpi.titles.title()),
            safe_text(&row.period.as_ref().map(|p| p.label().into_owned()).unwrap_or_default()),
        ];
        cells.extend(row.cells.iter().map(|c| c.figure.as_ref().map(|v| csv_number(*v)).unwrap_or_default()));
        let (rank, of) = row.rank.map_or((String::new(), String::new()), |(r, o)| (r.to_string(), o.to_string()));
        cells.extend([rank, of]);
        cells.push(crate::words::trend::marker(kpi).unwrap_or_default());
        rows.push(cells);
    }
    write_rows(rows)
}
