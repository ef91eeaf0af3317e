//! A chart's data as a table for people: a caption, column headings, and one row per period,
//! area or line with its heading first. On the page it is a real `<table>` (in the
//! accessibility tree always, on screen when asked for); figures are written as the chart
//! writes them, not as CSV does.

use crate::model::funding::reconcile::printed;
use crate::model::funding::FundingPlan;
use crate::model::judgement::Judgements;
use crate::model::kpi::detail::Detail;
use crate::model::kpi::{Kpi, Series};
use crate::scale::format::format_value;
use crate::words::kpi::interval;

/// Most rows a page table holds; a longer series shows its latest rows and says so. (Even
/// hidden, a table is laid out; 100 rows keep a long series' page quick, and the CSV has all.)
pub const MAX_TABLE_ROWS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    pub caption: String,
    /// The first heading is the row headings' column ("Period", "Area", "Line").
    pub columns: Vec<String>,
    /// Each row's heading and its cells.
    pub rows: Vec<(String, Vec<String>)>,
}

/// A table of the latest of `total` rows, its caption saying so if any were left out.
fn bounded(
    caption: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
    total: usize,
    noun: &str,
) -> DataTable {
    let caption = if total > rows.len() {
        format!(
            "{caption} (the latest {} of {} {noun}; the CSV has them all)",
            rows.len(),
            crate::scale::format::fixed(total as f64, 0)
        )
    } else {
        caption
    };
    DataTable { caption, columns, rows }
}

pub fn kpi_table(kpi: &Kpi) -> DataTable {
    // Only the rows the table keeps are written: a long series keeps its latest.
    let (latest, total) = kpi.latest_by_period(MAX_TABLE_ROWS);
    // A series whose points carry a confidence interval or a comparison gets a column for each.
    let has = |s: &Series, f: fn(&Detail) -> bool| s.points().iter().any(|p| p.detail.as_deref().is_some_and(f));
    let extras: Vec<(bool, bool, bool)> = kpi
        .series()
        .iter()
        .map(|s| (has(s, |d| d.interval.is_some()), has(s, |d| d.compared.is_some()), has(s, |d| d.note.is_some())))
        .collect();
    // The council's own series gets its rank among all councils, where the data hold them.
    let own = kpi.series().iter().find(|s| s.role == crate::model::kpi::Role::Own);
    let ranked = kpi.councils.iter().any(|c| c.standing(kpi.polarity).is_some());
    let rows = latest
        .into_iter()
        .map(|(period, values)| {
            let mut cells = Vec::new();
            for ((series, value), (intervals, comparisons, notes)) in kpi.series().iter().zip(values).zip(&extras) {
                cells.push(value.map_or("no value".to_owned(), |v| format_value(v, &kpi.unit)));
                let detail = series.at(period).and_then(|p| p.detail.as_deref());
                if *intervals {
                    cells.push(
                        detail.and_then(|d| d.interval).map_or(String::new(), |(lo, hi)| interval(lo, hi, &kpi.unit)),
                    );
                }
                if *comparisons {
                    cells.push(detail.and_then(|d| Some((d.compared?, d.by_interval))).map_or(
                        String::new(),
                        |(c, by)| {
                            // A judgement made from the interval, not the publisher's, says so.
                            if by {
                                format!("{} (by 95% confidence interval)", c.short())
                            } else {
                                c.short().to_owned()
                            }
                        },
                    ));
                }
                if *notes {
                    cells.push(detail.and_then(|d| d.note.clone()).unwrap_or_default());
                }
                if ranked && own.is_some_and(|o| std::ptr::eq(o, series)) {
                    cells.push(
                        kpi.standing_at(period).map(|s| crate::words::rank::standing_words(&s)).unwrap_or_default(),
                    );
                }
            }
            (period.label().into_owned(), cells)
        })
        .collect();
    let mut columns = vec!["Period".to_owned()];
    for (series, (intervals, comparisons, notes)) in kpi.series().iter().zip(&extras) {
        columns.push(series.name.clone());
        if *intervals {
            columns.push(format!("{}: 95% confidence interval", series.name));
        }
        if *comparisons {
            columns.push(format!("{}: compared with {}", series.name, kpi.compared_to));
        }
        if *notes {
            columns.push(format!("{}: note", series.name));
        }
        if ranked && own.is_some_and(|o| std::ptr::eq(o, series)) {
            columns.push(format!("{}: among all councils", series.name));
        }
    }
    bounded(kpi.titles.title().to_owned(), columns, rows, total, "periods")
}

pub fn judgement_table(j: &Judgements) -> DataTable {
    let columns = std::iter::once("Area".to_owned()).chain(j.inspections().iter().map(|i| i.label.clone())).collect();
    let rows = j
        .areas()
        .iter()
        .map(|area| (area.name.clone(), (0..j.inspections().len()).map(|i| j.cell_words(area, i).to_owned()).collect()))
        .collect();
    DataTable { caption: j.titles.title().to_owned(), columns, rows }
}

pub fn funding_table(plan: &FundingPlan) -> DataTable {
    let figures = |values: &Vec<Option<f64>>| {
        (0..plan.columns().len()).map(|c| printed(values.get(c).copied().flatten())).collect::<Vec<_>>()
    };
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for section in plan.sections() {
        let prefix = if plan.sections().len() > 1 { format!("{}: ", section.name) } else { String::new() };
        for line in &section.lines {
            rows.push((format!("{prefix}{}", line.name), figures(&line.values)));
            // An "of which" line reads as part of the line above, as the published table prints it.
            let part_name = |name: &str| {
                if name.to_ascii_lowercase().starts_with("of which") {
                    name.to_owned()
                } else {
                    format!("of which {name}")
                }
            };
            rows.extend(
                line.parts
                    .iter()
                    .map(|p| (format!("{prefix}{}: {}", line.name, part_name(&p.name)), figures(&p.values))),
            );
        }
        if let Some(subtotal) = &section.subtotal {
            rows.push((format!("Subtotal: {}", section.name), figures(subtotal)));
        }
    }
    rows.extend(plan.totals.iter().map(|t| (t.name.clone(), figures(&t.values))));
    if let Some(available) = &plan.available {
        rows.push((available.name.clone(), figures(&available.values)));
    }
    let columns = std::iter::once("Line".to_owned()).chain(plan.columns().iter().cloned()).collect();
    DataTable { caption: format!("{} (figures in {}, - is nil)", plan.titles.title(), plan.unit.name()), columns, rows }
}

/// The waterfall's bars as drawn, top to bottom: the first column's total, each line's change
/// (largest first, signed), the second column's total, with the running total after each, in
/// the chart's own unit.
pub fn waterfall_table(plan: &FundingPlan, from: usize, to: usize) -> DataTable {
    let w = crate::model::funding::breakdown::waterfall(plan, from, to);
    let column = |c: usize| plan.columns().get(c).cloned().unwrap_or_default();
    // Figures as the plan prints them (exact, in its unit), as the plan's own table gives them.
    let money = |v: f64| printed(Some(v));
    let mut rows = Vec::with_capacity(w.steps.len() + 2);
    rows.push((format!("{} (total)", column(from)), vec![money(w.start), money(w.start)]));
    let mut running = w.start;
    for step in &w.steps {
        running += step.change;
        let sign = if step.change > 0.0 { "+" } else { "" };
        rows.push((step.name.clone(), vec![format!("{sign}{}", money(step.change)), money(running)]));
    }
    rows.push((format!("{} (total)", column(to)), vec![money(w.end), money(w.end)]));
    let unchanged = match w.unchanged {
        0 => String::new(),
        1 => "; 1 line did not change".to_owned(),
        n => format!("; {n} lines did not change"),
    };
    DataTable {
        caption: format!(
            "{}: from {} to {}, bar by bar (figures in {}){unchanged}",
            plan.titles.title(),
            column(from),
            column(to),
            plan.unit.name()
        ),
        columns: vec!["Bar".into(), "Amount".into(), "Running total".into()],
        rows,
    }
}

/// Every council ranked, for the distribution view: rank, council, figure and band (a neutral
/// indicator's councils lowest first, with no rank or band).
pub fn ranked_table(kpi: &Kpi) -> DataTable {
    let Some(ranked) = kpi.ranked_latest() else {
        return kpi_table(kpi);
    };
    let of = ranked.councils.len();
    let neutral = kpi.polarity == crate::model::kpi::unit::Polarity::Neutral;
    let rows = ranked
        .councils
        .iter()
        .enumerate()
        .map(|(i, (name, value, rank))| {
            let marked = if ranked.ours == Some(i) {
                format!("{name} (this council)")
            } else if crate::words::rank::is_neighbour(kpi, name) {
                format!("{name} (statistical neighbour)")
            } else {
                (*name).to_owned()
            };
            let mut cells = vec![format_value(*value, &kpi.unit)];
            if !neutral {
                cells.insert(0, crate::words::rank::joint_ordinal(*rank, &ranked.councils));
                cells.push(crate::model::kpi::rank::Band::of(*rank, of).letter().to_string());
            }
            (marked, cells)
        })
        .collect();
    let columns: Vec<String> = if neutral {
        vec!["Council".into(), "Figure".into()]
    } else {
        vec!["Council".into(), "Rank".into(), "Figure".into(), "Band".into()]
    };
    let missing = if ranked.missing.is_empty() {
        String::new()
    } else {
        format!(
            "; no figure for {}",
            crate::words::join_and(&ranked.missing.iter().map(|m| (*m).to_owned()).collect::<Vec<_>>())
        )
    };
    DataTable {
        caption: format!("{}: every council in {}, best first{missing}", kpi.titles.title(), ranked.period.label()),
        columns,
        rows,
    }
}
