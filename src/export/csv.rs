//! Charts' data as CSV, written with the `csv` crate. Text cells that a spreadsheet would
//! run as a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`.

use crate::model::kpi::Kpi;
use crate::scale::format::csv_number;

/// A text cell made safe to open in Excel or LibreOffice.
pub fn safe_text(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// Writes rows of cells as CSV text (RFC 4180 quoting, `\n` line ends).
pub fn write_rows(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail; a failure would only drop that row.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One row per period, one column per series; a gap is an empty cell.
pub fn kpi_csv(kpi: &Kpi) -> String {
    let header = std::iter::once("period".to_owned()).chain(kpi.series().iter().map(|s| safe_text(&s.name))).collect();
    let rows = kpi.by_period().into_iter().map(|(period, values)| {
        std::iter::once(safe_text(&period.label()))
            .chain(values.into_iter().map(|v| v.map(csv_number).unwrap_or_default()))
            .collect()
    });
    write_rows(std::iter::once(header).chain(rows))
}

/// One row per area, one column per inspection; a cell not judged is empty.
pub fn judgement_csv(j: &crate::model::judgement::Judgements) -> String {
    let header =
        std::iter::once("area".to_owned()).chain(j.inspections().iter().map(|i| safe_text(&i.label))).collect();
    let rows = j.areas().iter().map(|area| {
        std::iter::once(safe_text(&area.name))
            .chain((0..j.inspections().len()).map(|i| j.grade_name(area, i).map(safe_text).unwrap_or_default()))
            .collect()
    });
    write_rows(std::iter::once(header).chain(rows))
}

/// The plan as a table: a `type` column (section, line, of which, subtotal, total, available), the row's
/// name, then one column per plan column; nil is an empty cell. `fundingChart` reads it back.
pub fn funding_csv(plan: &crate::model::funding::FundingPlan) -> String {
    let row = |kind: &str, name: &str, values: Option<&Vec<Option<f64>>>| -> Vec<String> {
        let figures = (0..plan.columns().len())
            .map(|c| values.and_then(|v| v.get(c).copied().flatten()).map(csv_number).unwrap_or_default());
        [kind.to_owned(), safe_text(name)].into_iter().chain(figures).collect()
    };
    let header =
        ["type".to_owned(), "name".to_owned()].into_iter().chain(plan.columns().iter().map(|c| safe_text(c))).collect();
    let mut rows: Vec<Vec<String>> = vec![header];
    for section in plan.sections() {
        rows.push(row("section", &section.name, None));
        for line in &section.lines {
            rows.push(row("line", &line.name, Some(&line.values)));
            rows.extend(line.parts.iter().map(|p| row("of which", &p.name, Some(&p.values))));
        }
        if let Some(subtotal) = &section.subtotal {
            rows.push(row("subtotal", &format!("Subtotal: {}", section.name), Some(subtotal)));
        }
    }
    rows.extend(plan.totals.iter().map(|t| row("total", &t.name, Some(&t.values))));
    if let Some(available) = &plan.available {
        rows.push(row("available", &available.name, Some(&available.values)));
    }
    write_rows(rows)
}

/// A scorecard as a table: one row per KPI with its latest value, status and what it is
/// measured against; a missing value is an empty cell.
pub fn scorecard_csv(kpis: &[Kpi]) -> String {
    let header = ["kpi", "unit", "period", "value", "status", "target", "previous period", "previous value"]
        .map(str::to_owned)
        .to_vec();
    let rows = kpis.iter().map(|kpi| {
        let latest = kpi.latest();
        vec![
            safe_text(kpi.titles.title()),
            safe_text(kpi.unit.name()),
            latest.map(|l| safe_text(&l.period.label())).unwrap_or_default(),
            latest.map(|l| csv_number(l.value)).unwrap_or_default(),
            latest.map(|l| kpi.status(l.value).words().to_owned()).unwrap_or_default(),
            kpi.target.map(csv_number).unwrap_or_default(),
            latest.and_then(|l| l.previous).map(|(p, _)| safe_text(&p.label())).unwrap_or_default(),
            latest.and_then(|l| l.previous).map(|(_, v)| csv_number(v)).unwrap_or_default(),
        ]
    });
    write_rows(std::iter::once(header).chain(rows))
}

/// Every council ranked (the distribution view's data): council, figure, rank and band.
pub fn ranked_csv(kpi: &Kpi) -> String {
    let Some(ranked) = kpi.ranked_latest() else {
        return kpi_csv(kpi);
    };
    let of = ranked.councils.len();
    let header = ["council", "period", "value", "rank", "band"].map(str::to_owned).to_vec();
    let period = safe_text(&ranked.period.label());
    let rows = ranked.councils.iter().map(|(name, value, rank)| {
        vec![
            safe_text(name),
            period.clone(),
            csv_number(*value),
            rank.to_string(),
            crate::model::kpi::rank::Band::of(*rank, of).letter().to_string(),
        ]
    });
    write_rows(std::iter::once(header).chain(rows))
}
