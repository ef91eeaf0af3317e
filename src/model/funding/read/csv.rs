//! A funding plan pasted from a spreadsheet as CSV. The header row names the columns; the
//! first column holds row names. Each row is then a section heading (a name whose figure cells
//! are all blank), a line, a subtotal (of the section above), a total or the available funding,
//! told apart by an optional marker column (`type`: section, line, subtotal, total, available)
//! or else by name ("Subtotal", "Total ...", "... requirement", "Available ..."). A total covers
//! the sections since the previous total; a total with no new section above it adds up the
//! section totals before it (temporary + permanent), or, if there are none, every section.
//! Title, subtitle, source, unit and derived columns come from the options.

use crate::error::ChartError;
use crate::model::funding::amount::parse_amount;
use crate::model::funding::read::json::read_derived;
use crate::model::funding::read::outturn::{
    column_header, derived_from_headers, is_code_column, title_row, without_notes, ColumnHeader,
};
use crate::model::funding::{
    Cover, Figures, FundingPlan, Row, Section, Total, MAX_COLUMNS, MAX_LINES, MAX_SECTIONS, MAX_TOTALS,
};
use crate::model::input::csv_rows::at;
use crate::model::input::json::quote;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::{Fields, Node};
use crate::model::input::published::PublishedLayout;
use crate::model::kpi::unit::Unit;
use crate::model::titles::Titles;
use crate::model::Json;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Section,
    Line,
    /// An "of which" line: part of the line above it.
    OfWhich,
    Subtotal,
    Total,
    Available,
}

fn row_path(row: usize) -> String {
    format!("data (CSV) row {}", row + 1)
}

pub fn read_csv(text: &str, options: &Json) -> Result<FundingPlan, ChartError> {
    let opts = Node::named(options, "options");
    let fields = if opts.is_null() { None } else { Some(opts.object()?) };
    let rows = records(text)?;
    match PublishedLayout::recognise_at(&rows) {
        // MHCLG's table of every authority: the council's row, laid out as its own table.
        Some((header, PublishedLayout::OutturnByAuthority)) => {
            let council = fields
                .as_ref()
                .and_then(|f| f.optional("council"))
                .map(|n| n.label(MAX_LABEL_CHARS))
                .transpose()?
                .ok_or_else(|| {
                    ChartError::new(
                        "options.council",
                        "missing; this is MHCLG's table of every authority: name the council (or give its ONS code) to chart its outturn",
                    )
                })?;
            let table = crate::model::funding::read::outturn_by_authority::council_table(&rows, header, &council)?;
            read_rows(&table, fields.as_ref(), crate::model::funding::read::outturn_by_authority::source(&rows))
        }
        Some((_, refused @ (PublishedLayout::Fingertips | PublishedLayout::Ees | PublishedLayout::OfstedOutcomes))) => {
            Err(ChartError::new("data (CSV)", refused.refusal()))
        }
        _ => read_rows(&rows, fields.as_ref(), None),
    }
}

/// A plan from its rows (a file's, or a council's laid out from a table of every authority,
/// with that table's `source` line, which the options may replace).
fn read_rows(
    rows: &[(usize, Vec<String>)],
    fields: Option<&Fields>,
    source: Option<String>,
) -> Result<FundingPlan, ChartError> {
    let option = |name: &str| fields.and_then(|f| f.optional(name));
    let text_option = |name: &str| option(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose();
    // A published table's title may stand in a row of its own above the header.
    let title_row = title_row(rows);
    let rows = if title_row.is_some() { rows.get(1..).unwrap_or(&[]) } else { rows };
    let Some(((header_row, header), body)) = rows.split_first() else {
        return Err(ChartError::new(
            "data (CSV)",
            "is empty; expected a header row naming the columns, then the plan's rows",
        ));
    };
    let lower: Vec<String> = header.iter().map(|h| h.to_ascii_lowercase()).collect();
    let marker = lower.iter().position(|h| matches!(h.as_str(), "type" | "row type" | "kind"));
    // A code column before the names ("Service category code") is read past.
    let code =
        (0..header.len()).find(|c| Some(*c) != marker).filter(|&c| header.get(c).is_some_and(|h| is_code_column(h)));
    let name_column = (0..header.len()).find(|c| Some(*c) != marker && Some(*c) != code).unwrap_or(0);
    let figure_columns: Vec<usize> =
        (0..header.len()).filter(|c| Some(*c) != marker && Some(*c) != code && *c != name_column).collect();
    if figure_columns.is_empty() || figure_columns.len() > MAX_COLUMNS {
        return Err(ChartError::new(
            row_path(*header_row),
            format!("expected a name column then 1 to {MAX_COLUMNS} figure columns, found {} column(s)", header.len()),
        ));
    }
    let mut columns: Vec<String> = Vec::with_capacity(figure_columns.len());
    let headers: Vec<ColumnHeader> =
        figure_columns.iter().map(|&c| column_header(header.get(c).map_or("", |h| h.as_str()))).collect();
    for (&c, read) in figure_columns.iter().zip(&headers) {
        let name = read.name.as_str();
        if name.is_empty() {
            return Err(ChartError::new(
                at(*header_row, c, ""),
                "missing; expected the column's name, such as \"Planned 2020/21\"",
            ));
        }
        if columns.iter().any(|k| k.eq_ignore_ascii_case(name)) {
            return Err(ChartError::new(
                at(*header_row, c, name),
                format!("\"{name}\" is a column name twice; each column needs its own name"),
            ));
        }
        columns.push(name.to_owned());
    }

    let mut plan = Builder::default();
    for (r, cells) in body {
        let cell = |c: usize| cells.get(c).map_or("", |s| s.as_str());
        let heading = |c: usize| header.get(c).map_or("", |s| s.as_str());
        // Spreadsheets often export trailing empty cells; only figures past the header are wrong.
        if cells.iter().skip(header.len()).any(|c| !c.is_empty()) {
            return Err(ChartError::new(
                row_path(*r),
                format!("has {} cells but the header has {}", cells.len(), header.len()),
            ));
        }
        let name = without_notes(cell(name_column));
        let name = name.as_str();
        if name.is_empty() {
            return Err(ChartError::new(at(*r, name_column, heading(name_column)), "missing; expected the row's name"));
        }
        if name.chars().count() > MAX_LABEL_CHARS {
            return Err(ChartError::new(
                at(*r, name_column, heading(name_column)),
                format!("text is {} characters long; the limit is {MAX_LABEL_CHARS}", name.chars().count()),
            ));
        }
        let blank = figure_columns.iter().all(|&c| cell(c).is_empty());
        let kind = match marker.map(cell).filter(|m| !m.is_empty()) {
            Some(m) => kind_named(m).ok_or_else(|| {
                ChartError::new(
                    at(*r, marker.unwrap_or(0), heading(marker.unwrap_or(0))),
                    format!("expected section, line, subtotal, total or available, found the text {}", quote(m)),
                )
            })?,
            None => kind_by_name(name, blank),
        };
        let figures: Figures = figure_columns
            .iter()
            .map(|&c| {
                parse_amount(&without_notes(cell(c))).map_err(|message| ChartError::new(at(*r, c, heading(c)), message))
            })
            .collect::<Result<_, _>>()?;
        plan.add(kind, name, figures, *r)?;
    }
    let derived = match option("derived") {
        Some(d) => read_derived(&d, &columns)?,
        None => derived_from_headers(&headers),
    };
    let unit = match option("unit") {
        Some(u) => Unit::read(&u)?,
        None => Unit::POUNDS_THOUSANDS,
    };
    Ok(FundingPlan {
        titles: Titles::new(
            text_option("title")?.or_else(|| title_row.clone()).unwrap_or_else(|| "Funding plan".to_owned()),
            text_option("subtitle")?,
            // A table in MHCLG's layout (columns coded C1 to C7) says whose it is unasked.
            text_option("source")?
                .or(source)
                .or_else(|| headers.iter().any(|h| h.code.is_some()).then(|| outturn_source(&title_row))),
        ),
        unit,
        columns,
        sections: plan.finish()?,
        totals: plan.totals,
        available: plan.available,
        derived,
        read_notes: std::mem::take(&mut plan.notes),
    })
}

/// The non-empty rows with their row index (0 = the header's row, as read).
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, ChartError> {
    crate::model::input::csv_rows::rows(text)
        .map_err(|(i, e)| ChartError::new(row_path(i), format!("could not be read ({e})")))
}

fn kind_named(marker: &str) -> Option<Kind> {
    match marker.to_ascii_lowercase().as_str() {
        "section" | "heading" => Some(Kind::Section),
        "line" | "item" => Some(Kind::Line),
        "of which" | "part" => Some(Kind::OfWhich),
        "subtotal" | "sub-total" | "sub total" => Some(Kind::Subtotal),
        "total" => Some(Kind::Total),
        "available" | "available funding" | "funding" => Some(Kind::Available),
        _ => None,
    }
}

fn kind_by_name(name: &str, blank: bool) -> Kind {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    if lower.starts_with("of which") || lower.contains("- of which") {
        Kind::OfWhich
    } else if blank {
        Kind::Section
    } else if lower.contains("subtotal") || lower.contains("sub-total") || lower.contains("sub total") {
        Kind::Subtotal
    } else if words.first() == Some(&"available") || lower.contains("funding available") {
        Kind::Available
    } else if words.first() == Some(&"total") || words.last() == Some(&"total") || words.contains(&"requirement") {
        Kind::Total
    } else {
        Kind::Line
    }
}

/// Rows in the order they come, grouped as the plan's shape needs them.
#[derive(Default)]
struct Builder {
    sections: Vec<(Section, usize)>,
    totals: Vec<Total>,
    available: Option<Row>,
    /// Sections no total has covered yet, and totals of sections no total has covered yet.
    open_sections: Vec<usize>,
    open_totals: Vec<usize>,
    lines: usize,
    /// Whether the row before was a line (or one of its parts): where an "of which" belongs.
    after_line: bool,
    /// What was left out, said under the chart.
    notes: Vec<String>,
}

impl Builder {
    fn add(&mut self, kind: Kind, name: &str, figures: Figures, row: usize) -> Result<(), ChartError> {
        let name = name.to_owned();
        let after_line = std::mem::replace(&mut self.after_line, matches!(kind, Kind::Line | Kind::OfWhich));
        match kind {
            Kind::OfWhich => {
                let line =
                    self.sections.last_mut().and_then(|(section, _)| section.lines.last_mut()).filter(|_| after_line);
                match line {
                    Some(line) => line.parts.push(Row { name, values: figures, parts: Vec::new() }),
                    None => {
                        self.after_line = false;
                        let figures = if figures.iter().all(Option::is_none) { " (it has no figures)" } else { "" };
                        self.notes.push(format!("Left out \"{name}\" (row {}): an \"of which\" line with no line above it to break down{figures}.", row + 1));
                    }
                }
            }
            Kind::Section => {
                if self.sections.len() >= MAX_SECTIONS {
                    return Err(ChartError::new(row_path(row), format!("more than {MAX_SECTIONS} sections")));
                }
                self.sections.push((Section { name, lines: Vec::new(), subtotal: None }, row));
                self.open_sections.push(self.sections.len() - 1);
            }
            Kind::Line => {
                self.lines += 1;
                if self.lines > MAX_LINES {
                    return Err(ChartError::new(row_path(row), format!("more than {MAX_LINES} lines")));
                }
                if self.sections.is_empty() {
                    self.add(Kind::Section, "Lines", Vec::new(), row)?;
                    self.after_line = true;
                }
                if let Some((section, _)) = self.sections.last_mut() {
                    section.lines.push(Row { name, values: figures, parts: Vec::new() });
                }
            }
            Kind::Subtotal => match self.sections.last_mut() {
                Some((section, _)) if section.subtotal.is_none() => section.subtotal = Some(figures),
                Some((section, _)) => {
                    return Err(ChartError::new(
                        row_path(row),
                        format!(
                            "is a second subtotal for the section \"{}\"; give each section one subtotal",
                            section.name
                        ),
                    ))
                }
                None => {
                    return Err(ChartError::new(
                        row_path(row),
                        "is a subtotal before any section; add a section heading row above it",
                    ))
                }
            },
            Kind::Total => {
                if self.totals.len() >= MAX_TOTALS {
                    return Err(ChartError::new(row_path(row), format!("more than {MAX_TOTALS} totals")));
                }
                let index = self.totals.len();
                let covers: Vec<Cover> = if !self.open_sections.is_empty() {
                    // A total of the sections above it, up to the previous total.
                    self.open_totals.push(index);
                    self.open_sections.drain(..).map(Cover::Section).collect()
                } else if !self.open_totals.is_empty() {
                    // A total straight after totals adds them up: temporary + permanent.
                    self.open_totals.drain(..).map(Cover::Total).collect()
                } else {
                    (0..self.sections.len()).map(Cover::Section).collect()
                };
                if covers.is_empty() {
                    return Err(ChartError::new(row_path(row), "is a total before any section or line"));
                }
                self.totals.push(Total { name, values: figures, covers });
            }
            Kind::Available => {
                if self.available.is_some() {
                    return Err(ChartError::new(row_path(row), "is a second available-funding row; give only one"));
                }
                self.available = Some(Row { name, values: figures, parts: Vec::new() });
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<Vec<Section>, ChartError> {
        if self.sections.is_empty() {
            return Err(ChartError::new("data (CSV)", "has no lines; expected rows of figures under the header"));
        }
        let mut sections = Vec::with_capacity(self.sections.len());
        for (section, row) in self.sections.drain(..) {
            if section.lines.is_empty() {
                return Err(ChartError::new(
                    row_path(row),
                    format!("the section \"{}\" has no lines under it (a row whose figures are all blank is read as a section heading; write - for nil)", section.name),
                ));
            }
            sections.push(section);
        }
        Ok(sections)
    }
}

/// "MHCLG, Revenue outturn (RO3)", the form named from the table's title where it says.
fn outturn_source(title: &Option<String>) -> String {
    let title = title.as_deref().unwrap_or("");
    let form = ["RO1", "RO2", "RO3", "RO4", "RO5", "RO6", "RSX", "RS", "RG"]
        .into_iter()
        .find(|f| title.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == *f));
    match form {
        Some(form) => format!("MHCLG, Revenue outturn ({form})"),
        None => "MHCLG, Revenue outturn".to_owned(),
    }
}
