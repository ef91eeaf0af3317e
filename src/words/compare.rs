//! The compare view in words: what each row and cell writes, what a cell says on hover and
//! focus, and the description, which starts with where the council is worst and best among
//! its neighbours, then says each indicator's figures against them, the region and England.

use crate::interact::Tooltip;
use crate::model::kpi::compare::{Cell, Column, CompareBy, CompareRow, CompareTable, Missing, Shade};
use crate::model::kpi::rank::ordinal;
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::Kpi;
use crate::scale::format::format_value;
use crate::scene::compare::{CellWords, CompareHeads, CompareLine};

fn title(kpi: &Kpi) -> String {
    kpi.titles.title().trim_end_matches('.').to_owned()
}

/// "8th of 11 among its neighbours"; for an indicator with no better or worse, "8th highest".
pub fn rank_words(kpi: &Kpi, row: &CompareRow) -> Option<String> {
    let (rank, of) = row.rank?;
    (of > 1).then(|| match kpi.polarity {
        Polarity::Neutral if rank == 1 => format!("highest of {of} with its neighbours"),
        Polarity::Neutral if rank == of => format!("lowest of {of} with its neighbours"),
        Polarity::Neutral => format!("{} highest of {of} with its neighbours", ordinal(rank)),
        _ => format!("{} of {of} with its neighbours", ordinal(rank)),
    })
}

/// Why a cell has no figure, in a sentence's words.
pub fn missing_words(missing: &Missing) -> String {
    match missing {
        Missing::NoFigure(_) => format!("no figure: {}", why(missing)),
        _ => why(missing),
    }
}

/// Why alone, for a list of areas without a figure: "Carrow, suppressed or not published".
fn why(missing: &Missing) -> String {
    match missing {
        Missing::NoFigure(Some(note)) => note.trim_end_matches('.').to_owned(),
        Missing::NoFigure(None) => "suppressed or not published".to_owned(),
        Missing::NotInPeriod => "not in the data for this period (not a council then, or not in the file)".to_owned(),
        Missing::NotInData => "not in this indicator's data".to_owned(),
        Missing::NoNeighbours => "no neighbour has a figure".to_owned(),
    }
}

/// "Better than England" as words inside a sentence: "better than England".
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| format!("{}{}", c.to_ascii_lowercase(), chars.as_str())).unwrap_or_default()
}

/// What a cell's shade says: "band B of 151 councils"; "worse than England (95% interval)".
pub fn shade_words(shade: Shade, row: &CompareRow, england: &str) -> Option<String> {
    match shade {
        Shade::Band(band) => Some(format!("band {} among {} councils", band.letter(), row.field)),
        Shade::Against { compared, by_interval } => {
            let how = if by_interval { "by its 95% interval" } else { "by the figure" };
            Some(format!("{} ({how})", lower_first(&compared.short_against(england))))
        }
        Shade::Plain => None,
    }
}

/// A cell's figure: with its unit where that is a sign (%, £); bare where the unit is words
/// ("per 10,000"), which the row says once.
fn cell_text(cell: &Cell, kpi: &Kpi) -> String {
    match (&cell.figure, kpi.unit.caption()) {
        (Ok(v), Some(_)) => crate::scale::format::fixed(*v, crate::scale::format::places(*v, &kpi.unit)),
        (Ok(v), None) => format_value(*v, &kpi.unit),
        (Err(_), _) => "No figure".to_owned(),
    }
}

/// A neighbour's name without the closeness DfE's table gives it ("Bury (very close)" is
/// headed "Bury"; its tooltip and the data table say how close).
fn short_name(name: &str) -> &str {
    match name.rfind(" (") {
        Some(at) if name.ends_with("close)") || name.ends_with("Close)") => name.get(..at).unwrap_or(name),
        _ => name,
    }
}

/// The columns' headings and how the cells are shaded.
pub fn heads(table: &CompareTable) -> CompareHeads {
    let columns = table.columns().into_iter().map(|c| (c, short_name(table.heads.name(c)).to_owned())).collect();
    CompareHeads { columns, by: table.by }
}

/// What each row writes: its title; its period, rank among its neighbours and recent trend;
/// and each cell's figure.
pub fn lines(table: &CompareTable) -> Vec<CompareLine> {
    table
        .rows
        .iter()
        .map(|(kpi, row)| {
            let mut about: Vec<String> =
                vec![row.period.as_ref().map_or("No period".to_owned(), |p| p.label().into_owned())];
            about.extend(kpi.unit.caption().map(str::to_owned));
            about.extend(rank_words(kpi, row));
            about.extend(super::trend::line(kpi));
            let cells = row
                .cells
                .iter()
                .map(|cell| CellWords {
                    text: cell_text(cell, kpi),
                    shade: cell.shade,
                    has_figure: cell.figure.is_ok(),
                })
                .collect();
            CompareLine { title: title(kpi), about: about.join("; "), cells }
        })
        .collect()
}

/// What a cell says: the area and its figure, its band or comparison, why it has none; the
/// council's cell adds its rank among its neighbours and its recent trend.
pub fn tooltip(table: &CompareTable, row: usize, column: usize) -> Option<Tooltip> {
    let (kpi, compare) = table.rows.get(row)?;
    let col = *table.columns().get(column)?;
    let cell = compare.cells.get(column)?;
    let name = table.heads.name(col);
    let mut lines = vec![match &cell.figure {
        Ok(v) => format!("{name}: {}", format_value(*v, &kpi.unit)),
        Err(why) => format!("{name}: {}", missing_words(why)),
    }];
    lines.extend(shade_words(cell.shade, compare, &table.heads.england).map(|w| super::upper_first(&w)));
    if col == Column::NeighboursMean {
        let with = compare.rank.map_or(0, |(_, of)| of.saturating_sub(1));
        if with > 0 {
            lines.push(format!("The mean of the {} neighbours with a figure", with));
        }
    }
    if col == Column::Council {
        lines.extend(rank_words(kpi, compare).map(|w| super::upper_first(&w)));
        lines.extend(super::trend::line(kpi));
    }
    let period = compare.period.as_ref().map_or(String::new(), |p| format!(", {}", p.label()));
    Some(Tooltip { heading: format!("{}{period}", title(kpi)), lines })
}

/// One indicator in a sentence: the council's figure and rank, the neighbours' mean, the
/// region and England, and each neighbour with no figure and why.
fn sentence(table: &CompareTable, kpi: &Kpi, row: &CompareRow) -> String {
    let period = row.period.as_ref().map_or(String::new(), |p| format!(" ({})", p.label()));
    let mut parts: Vec<String> = Vec::new();
    let mut gaps: Vec<String> = Vec::new();
    for (column, cell) in table.columns().into_iter().zip(&row.cells) {
        let name = table.heads.name(column);
        match (&cell.figure, column) {
            // Each neighbour's figure is in the table; the sentence says their mean.
            (Ok(_), Column::Neighbour(_)) => {}
            (Ok(v), _) => {
                let mut said = format!("{name} {}", format_value(*v, &kpi.unit));
                if let Some(shade) = shade_words(cell.shade, row, &table.heads.england) {
                    said.push_str(&format!(", {shade}"));
                }
                parts.push(said);
            }
            (Err(missing), _) => gaps.push(format!("{name}, {}", lower_first(&why(missing)))),
        }
        if column == Column::Council {
            parts.extend(rank_words(kpi, row));
        }
    }
    let mut sentence = format!("{}{period}: {}.", title(kpi), parts.join("; "));
    if !gaps.is_empty() {
        sentence.push_str(&format!(" Without a figure: {}.", gaps.join("; ")));
    }
    if let Some(trend) = super::trend::line(kpi) {
        sentence.push_str(&format!(" {trend}."));
    }
    sentence
}

/// The indicators where the council is last (or first) among its neighbours: "Agency social
/// workers (11th of 11)".
fn at_the_end(table: &CompareTable, worst: bool) -> Vec<String> {
    table
        .rows
        .iter()
        .filter(|(kpi, _)| kpi.polarity != Polarity::Neutral)
        .filter_map(|(kpi, row)| {
            let (rank, of) = row.rank?;
            let at_end = if worst { rank == of } else { rank == 1 };
            (of > 1 && at_end).then(|| format!("{} ({} of {of})", title(kpi), ordinal(rank)))
        })
        .collect()
}

/// Where the council is worst and best among its neighbours first, then every indicator.
pub fn describe(table: &CompareTable) -> String {
    let heads = &table.heads;
    let n = table.rows.len();
    let indicators = if n == 1 { "1 indicator".to_owned() } else { format!("{n} indicators") };
    let mut said = vec![match heads.neighbours.len() {
        0 => format!("{} on {indicators}, with no statistical neighbours in the data.", heads.council),
        k => format!("{} beside its {k} statistical neighbours on {indicators}.", heads.council),
    }];
    let (worst, best) = (at_the_end(table, true), at_the_end(table, false));
    said.push(match worst.len() {
        0 => "It is worst among its neighbours on none.".to_owned(),
        _ => format!("Worst among its neighbours on {}: {}.", worst.len(), worst.join("; ")),
    });
    said.push(match best.len() {
        0 => "It is best among its neighbours on none.".to_owned(),
        _ => format!("Best among its neighbours on {}: {}.", best.len(), best.join("; ")),
    });
    said.push(match table.by {
        CompareBy::Band => {
            "Each council's cell is shaded by its quartile band among all councils, A the best quarter.".to_owned()
        }
        CompareBy::England => {
            format!("Each cell is shaded by whether it is better, similar or worse than {}.", heads.england)
        }
    });
    said.extend(table.rows.iter().map(|(kpi, row)| sentence(table, kpi, row)));
    said.join(" ")
}
