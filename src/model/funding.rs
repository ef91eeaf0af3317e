//! A funding plan, checked. Once built: 1 to 20 named columns; every row (line, subtotal,
//! total, available funding) has exactly one figure or nil per column, all finite; what each
//! total covers is resolved to sections, lines and earlier totals; derived columns name real,
//! other columns. Whether the figures add up is not a reading error: see `reconcile`.

use super::amount::read_amount;
use super::keys;
use super::limits::MAX_LABEL_CHARS;
use super::node::{Fields, Node};
use super::titles::Titles;
use super::unit::Unit;
use crate::error::ChartError;

pub const MAX_COLUMNS: usize = 20;
pub const MAX_SECTIONS: usize = 50;
pub const MAX_LINES: usize = 1000;
pub const MAX_TOTALS: usize = 20;

/// One figure per column; `None` is nil.
pub type Figures = Vec<Option<f64>>;

#[derive(Debug, Clone, PartialEq)]
pub struct FundingPlan {
    pub titles: Titles,
    /// `£000` unless the data say otherwise.
    pub unit: Unit,
    /// 1 to `MAX_COLUMNS` names. Set only by the model's readers; `columns()` reads them.
    pub(super) columns: Vec<String>,
    /// At least one; each with at least one line. Set only by the model's readers;
    /// `sections()` reads them.
    pub(super) sections: Vec<Section>,
    pub totals: Vec<Total>,
    pub available: Option<Row>,
    pub derived: Vec<Derived>,
    /// What reading the data left out or read specially, said under the chart.
    pub read_notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub name: String,
    pub lines: Vec<Row>,
    pub subtotal: Option<Figures>,
}

/// A named row of figures: a line, or the available-funding row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub values: Figures,
    /// The line's "of which" breakdown (published tables print them under the line they break
    /// down): shown and checked against the line, never added to anything again.
    pub parts: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    pub name: String,
    pub values: Figures,
    pub covers: Vec<Cover>,
}

/// What a total adds up: a section (its printed subtotal, or its lines when it has none),
/// one line, or an earlier total as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    Section(usize),
    Line { section: usize, line: usize },
    Total(usize),
}

/// The columns a view draws, checked: at least one, each a column of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenColumns(Vec<usize>);

impl ChosenColumns {
    /// `None` when `columns` is empty or names a column the plan does not have.
    pub fn new(plan: &FundingPlan, columns: Vec<usize>) -> Option<ChosenColumns> {
        (!columns.is_empty() && columns.iter().all(|c| *c < plan.columns.len())).then_some(ChosenColumns(columns))
    }

    /// In the order drawn (the stacked view's bars).
    pub fn all(&self) -> &[usize] {
        &self.0
    }

    /// The two compared by the waterfall and lines views: the first two chosen (a plan of one
    /// column compares it with itself).
    pub fn pair(&self) -> (usize, usize) {
        match self.0.as_slice() {
            [a, b, ..] => (*a, *b),
            [a] => (*a, *a),
            // Never: the list is checked non-empty.
            [] => (0, 0),
        }
    }
}

/// A column computed from others, line by line: `column = sum(add) - sum(subtract)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    pub column: usize,
    pub add: Vec<usize>,
    pub subtract: Vec<usize>,
}

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
            None => Unit::PoundsThousands,
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

    /// The plan's columns: at least one, at most `MAX_COLUMNS`.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The plan's sections: at least one, each with at least one line.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Lines with where they sit: (section index, line index, line).
    pub fn lines(&self) -> impl Iterator<Item = (usize, usize, &Row)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(s, section)| section.lines.iter().enumerate().map(move |(l, line)| (s, l, line)))
    }

    /// The sum of a section's lines in `column` (nil counts as nothing).
    pub fn section_sum(&self, section: usize, column: usize) -> f64 {
        self.sections.get(section).map_or(0.0, |s| s.lines.iter().map(|l| figure(&l.values, column)).sum())
    }

    /// The plan's bottom line in `column`: the last printed total when it covers every section
    /// (itself or through the totals it adds up), or else every line summed (a table of
    /// several sections each with its own total, such as RO3's children's, adults' and public
    /// health's, has no bottom line printed).
    pub fn grand_total(&self, column: usize) -> f64 {
        match self.bottom_line().and_then(|t| t.values.get(column).copied().flatten()) {
            Some(v) => v,
            None => (0..self.sections.len()).map(|s| self.section_sum(s, column)).sum(),
        }
    }

    /// The last printed total, if it covers every section.
    pub fn bottom_line(&self) -> Option<&Total> {
        let last = self.totals.len().checked_sub(1)?;
        let mut covered = vec![false; self.sections.len()];
        let mut stack = vec![last];
        let mut seen = vec![false; self.totals.len()];
        while let Some(t) = stack.pop() {
            if std::mem::replace(seen.get_mut(t)?, true) {
                continue;
            }
            for cover in &self.totals.get(t)?.covers {
                match *cover {
                    Cover::Section(s) => covered.get_mut(s).into_iter().for_each(|c| *c = true),
                    Cover::Total(earlier) => stack.push(earlier),
                    Cover::Line { .. } => {}
                }
            }
        }
        covered.iter().all(|c| *c).then(|| self.totals.get(last)).flatten()
    }

    /// Columns of amounts rather than differences: not declared derived, and not named as a
    /// difference ("Variation", "Variance", "Difference", "Change"), which published plans
    /// often print without saying how they are worked out. What views draw by default.
    pub fn primary_columns(&self) -> Vec<usize> {
        let difference = |name: &str| {
            let lower = name.to_ascii_lowercase();
            ["variation", "variance", "difference", "change"]
                .iter()
                .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|word| word == *w))
        };
        (0..self.columns.len())
            .filter(|c| !self.derived.iter().any(|d| d.column == *c))
            .filter(|&c| !self.columns.get(c).is_some_and(|n| difference(n)))
            .collect()
    }

    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.eq_ignore_ascii_case(name.trim()))
    }
}

/// A figure, nil as zero: what nil means when adding up.
pub fn figure(values: &Figures, column: usize) -> f64 {
    values.get(column).copied().flatten().unwrap_or(0.0)
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

pub(super) fn read_derived(node: &Node, columns: &[String]) -> Result<Vec<Derived>, ChartError> {
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
