//! A funding plan as JSON gives it, checked whole: every key known, columns named, every row
//! one figure or nil per column, what each total covers resolved, derived columns checked.

use crate::error::ChartError;
use crate::model::funding::amount::read_amount;
use crate::model::funding::{Cover, Derived, Figures, FundingPlan, Row, Section, Total};
use crate::model::funding::{MAX_COLUMNS, MAX_LINES, MAX_SECTIONS, MAX_TOTALS};
use crate::model::input::keys;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::{Fields, Node};
use crate::model::kpi::unit::Unit;
use crate::model::titles::Titles;

impl FundingPlan {
    pub fn read(node: &Node) -> Result<FundingPlan, ChartError> {
        let fields = keys::object(node, &keys::PLAN)?;
        let columns =
            read_columns(&fields.required("columns", "a list of column names, such as [\"Planned 2020/21\"]")?)?;
        let n = columns.len();
        let sections_node = fields.required("sections", "a list of sections, each with a name and lines")?;
        let items = sections_node.array()?;
        if items.is_empty() || items.len() > MAX_SECTIONS {
            return Err(sections_node.error(format!("expected 1 to {MAX_SECTIONS} sections, found {}", items.len())));
        }
        let sections: Vec<Section> = items.iter().map(|s| read_section(s, n)).collect::<Result<_, _>>()?;
        let line_count: usize = sections.iter().map(|s| s.lines.len()).sum();
        if line_count > MAX_LINES {
            return Err(sections_node.error(format!("{line_count} lines is more than the limit of {MAX_LINES}")));
        }
        let totals = read_totals(&fields, &sections, n)?;
        let available = fields.optional("available").map(|a| read_row(&a, n, "available funding")).transpose()?;
        let derived = match fields.optional("derived") {
            Some(d) => read_derived(&d, &columns)?,
            None => Vec::new(),
        };
        let unit = match fields.optional("unit") {
            Some(u) => Unit::read(&u)?,
            None => Unit::POUNDS_THOUSANDS,
        };
        Ok(FundingPlan {
            titles: Titles::read(&fields)?,
            unit,
            columns,
            sections,
            totals,
            available,
            derived,
            read_notes: Vec::new(),
        })
    }
}

fn read_columns(node: &Node) -> Result<Vec<String>, ChartError> {
    let items = node.array()?;
    if items.is_empty() || items.len() > MAX_COLUMNS {
        return Err(node.error(format!("expected 1 to {MAX_COLUMNS} columns, found {}", items.len())));
    }
    let mut columns: Vec<String> = Vec::with_capacity(items.len());
    for item in &items {
        let name = item.label(MAX_LABEL_CHARS)?;
        if columns.iter().any(|c| c.eq_ignore_ascii_case(&name)) {
            return Err(item.error(format!("\"{name}\" is a column name twice; each column needs its own name")));
        }
        columns.push(name);
    }
    Ok(columns)
}

fn read_figures(node: &Node, columns: usize) -> Result<Figures, ChartError> {
    let items = node.array()?;
    if items.len() != columns {
        return Err(node.error(format!(
            "expected {columns} figure(s), one per column (null or \"-\" for nil), found {}",
            items.len()
        )));
    }
    items.iter().map(read_amount).collect()
}

fn read_row(node: &Node, columns: usize, what: &str) -> Result<Row, ChartError> {
    let fields = keys::object(node, if what == "total" { &keys::TOTAL } else { &keys::ROW })?;
    let name = match fields.optional("name") {
        None if what == "available funding" => "Available funding".to_owned(),
        // Absent: `required` gives the "missing" error; present: the label is checked.
        _ => fields.required("name", &format!("the {what}'s name"))?.label(MAX_LABEL_CHARS)?,
    };
    let values = read_figures(&fields.required("values", "a list of figures, one per column")?, columns)?;
    let parts = match fields.optional("ofWhich") {
        Some(list) if what == "line" => {
            list.array()?.iter().map(|p| read_part(p, columns)).collect::<Result<_, _>>()?
        }
        Some(list) => return Err(list.error(format!("\"of which\" lines belong under a line, not the {what}"))),
        None => Vec::new(),
    };
    Ok(Row { name, values, parts })
}

/// An "of which" line: a name and figures, with no breakdown of its own.
fn read_part(node: &Node, columns: usize) -> Result<Row, ChartError> {
    let fields = keys::object(node, &keys::OF_WHICH)?;
    let name = fields.required("name", "the \"of which\" line's name")?.label(MAX_LABEL_CHARS)?;
    let values = read_figures(&fields.required("values", "a list of figures, one per column")?, columns)?;
    Ok(Row { name, values, parts: Vec::new() })
}

fn read_section(node: &Node, columns: usize) -> Result<Section, ChartError> {
    let fields = keys::object(node, &keys::SECTION)?;
    let name = fields.required("name", "the section's name")?.label(MAX_LABEL_CHARS)?;
    let lines_node = fields.required("lines", "a list of lines, each with a name and values")?;
    let items = lines_node.array()?;
    if items.is_empty() {
        return Err(lines_node.error("expected at least one line, found an empty list"));
    }
    let lines = items.iter().map(|l| read_row(l, columns, "line")).collect::<Result<_, _>>()?;
    let subtotal = fields.optional("subtotal").map(|s| read_figures(&s, columns)).transpose()?;
    Ok(Section { name, lines, subtotal })
}

fn read_totals(fields: &Fields, sections: &[Section], columns: usize) -> Result<Vec<Total>, ChartError> {
    let Some(node) = fields.optional("totals") else {
        return Ok(Vec::new());
    };
    let items = node.array()?;
    if items.len() > MAX_TOTALS {
        return Err(node.error(format!("{} totals is more than the limit of {MAX_TOTALS}", items.len())));
    }
    let mut totals: Vec<Total> = Vec::with_capacity(items.len());
    for item in &items {
        let row = read_row(item, columns, "total")?;
        let covers = match item.object()?.optional("covers") {
            None => (0..sections.len()).map(Cover::Section).collect(),
            Some(c) => read_covers(&c, sections, &totals)?,
        };
        totals.push(Total { name: row.name, values: row.values, covers });
    }
    Ok(totals)
}

/// `covers`: names of sections, lines or earlier totals (sections are matched first).
fn read_covers(node: &Node, sections: &[Section], earlier: &[Total]) -> Result<Vec<Cover>, ChartError> {
    let items = node.array()?;
    if items.is_empty() {
        return Err(
            node.error("expected the names of the sections, lines or earlier totals it adds up, found an empty list")
        );
    }
    let mut covers = Vec::with_capacity(items.len());
    for item in &items {
        let name = item.label(MAX_LABEL_CHARS)?;
        let same = |other: &str| other.eq_ignore_ascii_case(&name);
        let lines: Vec<Cover> = sections
            .iter()
            .enumerate()
            .flat_map(|(s, section)| {
                section
                    .lines
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| same(&l.name))
                    .map(move |(l, _)| Cover::Line { section: s, line: l })
            })
            .collect();
        let cover = if let Some(s) = sections.iter().position(|s| same(&s.name)) {
            Cover::Section(s)
        } else if let Some(t) = earlier.iter().position(|t| same(&t.name)) {
            Cover::Total(t)
        } else {
            match lines.as_slice() {
                [one] => *one,
                [] => {
                    return Err(
                        item.error(format!("\"{name}\" is not the name of a section, a line or an earlier total"))
                    )
                }
                _ => {
                    return Err(item.error(format!(
                        "\"{name}\" names {} lines; name their section instead, or rename them",
                        lines.len()
                    )))
                }
            }
        };
        if covers.contains(&cover) {
            return Err(item.error(format!("\"{name}\" is listed twice")));
        }
        covers.push(cover);
    }
    Ok(covers)
}

pub(crate) fn read_derived(node: &Node, columns: &[String]) -> Result<Vec<Derived>, ChartError> {
    let column = |n: &Node| -> Result<usize, ChartError> {
        let name = n.string()?;
        columns
            .iter()
            .position(|c| c.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| n.error(format!("\"{name}\" is not one of the columns ({})", columns.join(", "))))
    };
    let list = |fields: &Fields, key: &str| -> Result<Vec<usize>, ChartError> {
        match fields.optional(key) {
            Some(n) => n.array()?.iter().map(column).collect(),
            None => Ok(Vec::new()),
        }
    };
    let mut derived: Vec<Derived> = Vec::new();
    for item in node.array()? {
        let fields = keys::object(&item, &keys::DERIVED)?;
        let target_node = fields.required("column", "the name of the derived column")?;
        let target = column(&target_node)?;
        let (add, subtract) = (list(&fields, "add")?, list(&fields, "subtract")?);
        if add.is_empty() && subtract.is_empty() {
            return Err(item.error("expected \"add\" or \"subtract\": the columns this one is worked out from"));
        }
        if add.contains(&target) || subtract.contains(&target) {
            return Err(target_node.error("a column cannot be worked out from itself"));
        }
        if derived.iter().any(|d| d.column == target) {
            return Err(target_node.error("this column is already derived"));
        }
        derived.push(Derived { column: target, add, subtract });
    }
    Ok(derived)
}
