//! A funding plan, checked. Once built: 1 to 20 named columns; every row (line, subtotal,
//! total, available funding) has exactly one figure or nil per column, all finite; what each
//! total covers is resolved to sections, lines and earlier totals; derived columns name real,
//! other columns. Whether the figures add up is not a reading error: see `reconcile`.

pub mod amount;
pub mod breakdown;
pub mod read;
pub mod reconcile;

use crate::model::kpi::unit::Unit;
use crate::model::titles::Titles;

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

    /// The column an outturn table comes to, where its headers declare one: a derived column
    /// named "Net ..." that takes something away ("Net Current Expenditure (C7 = C3 - C6)").
    /// Its other columns mix spending (employees, running expenses) with income (sales, fees
    /// and charges), which a stack of amounts would add together as if all were spending.
    pub fn net_column(&self) -> Option<usize> {
        self.derived
            .iter()
            .filter(|d| !d.subtract.is_empty())
            .map(|d| d.column)
            .find(|&c| self.columns.get(c).is_some_and(|n| n.to_ascii_lowercase().starts_with("net ")))
    }

    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.eq_ignore_ascii_case(name.trim()))
    }
}

/// A figure, nil as zero: what nil means when adding up.
pub fn figure(values: &Figures, column: usize) -> f64 {
    values.get(column).copied().flatten().unwrap_or(0.0)
}
