//! "Does this add up?": every subtotal and total checked column by column against what it
//! covers, every declared derived column checked line by line, and the bottom line compared
//! with the available funding. Figures are printed rounded to the unit, so a difference of up
//! to half a unit per figure summed is rounding (a warning); more is an error.
//!
//! Findings are facts about a plan that was read successfully: a plan with errors still draws.

use crate::model::funding::{Cover, Figures, FundingPlan};
use crate::model::input::number::{decimals_of, fixed};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
}

impl Level {
    pub fn word(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub level: Level,
    /// The printed figure at fault, in the data's JSON shape: `sections[1].subtotal[4]`.
    pub path: String,
    pub message: String,
    /// How far apart the printed figure and what it covers are, in the plan's unit.
    pub difference: f64,
}

impl Finding {
    /// A subtotal or total off by no more than its figures' rounding.
    pub fn is_rounding(&self) -> bool {
        self.level == Level::Warning && self.message.ends_with("within rounding")
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.level.word(), self.path, self.message)
    }
}

pub fn reconcile(plan: &FundingPlan) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_subtotals(plan, &mut findings);
    check_parts(plan, &mut findings);
    check_totals(plan, &mut findings);
    check_derived(plan, &mut findings);
    check_available(plan, &mut findings);
    findings
}

/// A figure as the table prints it: `2,977`, `−357`, `-` for nil.
pub fn printed(value: Option<f64>) -> String {
    match value {
        Some(v) => fixed(v, decimals_of(v, 2)),
        None => "-".into(),
    }
}

/// A sum of `count` printed figures: its value and how many of them were not nil.
struct Sum {
    value: f64,
    figures: usize,
}

impl Sum {
    fn of(values: impl IntoIterator<Item = Option<f64>>) -> Sum {
        values
            .into_iter()
            .flatten()
            .fold(Sum { value: 0.0, figures: 0 }, |s, v| Sum { value: s.value + v, figures: s.figures + 1 })
    }
}

/// Compares a printed figure with the sum it should equal; `what` says what was summed
/// ("its 8 lines sum to"). Nothing is said when they agree.
fn compare(
    printed_value: Option<f64>,
    sum: &Sum,
    path: String,
    subject: &str,
    what: &str,
    findings: &mut Vec<Finding>,
) {
    let difference = (printed_value.unwrap_or(0.0) - sum.value).abs();
    // Agreement to half a hundredth, the finest a plan prints: stored spreadsheet values
    // (37267.9400001) sum to their printed total give or take float and storage noise, and
    // "difference 0.00" would be a finding nobody could act on.
    if difference < 0.005 {
        return;
    }
    let tolerance = 0.5 * sum.figures.max(1) as f64;
    let level = if difference <= tolerance + 1e-9 { Level::Warning } else { Level::Error };
    let rounding = if level == Level::Warning { ", within rounding" } else { "" };
    findings.push(Finding {
        level,
        path,
        message: format!(
            "{subject}: printed {} but {what} {}; difference {}{rounding}",
            printed(printed_value),
            printed(Some(sum.value)),
            printed(Some(difference))
        ),
        difference,
    });
}

fn in_column(plan: &FundingPlan, column: usize) -> String {
    plan.columns.get(column).map(|c| format!(" in \"{c}\"")).unwrap_or_default()
}

fn lines_word(n: usize) -> String {
    if n == 1 {
        "its 1 line sums to".into()
    } else {
        format!("its {n} lines sum to")
    }
}

fn check_subtotals(plan: &FundingPlan, findings: &mut Vec<Finding>) {
    for (s, section) in plan.sections.iter().enumerate() {
        let Some(subtotal) = &section.subtotal else {
            continue;
        };
        for column in 0..plan.columns.len() {
            let sum = Sum::of(section.lines.iter().map(|l| l.values.get(column).copied().flatten()));
            let subject = format!("subtotal of \"{}\"{}", section.name, in_column(plan, column));
            let printed_value = subtotal.get(column).copied().flatten();
            compare(
                printed_value,
                &sum,
                format!("sections[{s}].subtotal[{column}]"),
                &subject,
                &lines_word(section.lines.len()),
                findings,
            );
        }
    }
}

/// Each line's "of which" parts against the line, column by column, where any part has a
/// figure there (a table may break a line down in some columns only).
fn check_parts(plan: &FundingPlan, findings: &mut Vec<Finding>) {
    for (s, l, line) in plan.lines() {
        if line.parts.is_empty() {
            continue;
        }
        for column in 0..plan.columns.len() {
            let sum = Sum::of(line.parts.iter().map(|p| p.values.get(column).copied().flatten()));
            if sum.figures == 0 {
                continue;
            }
            let subject = format!("\"{}\"{}", line.name, in_column(plan, column));
            let what = if line.parts.len() == 1 {
                "its 1 \"of which\" line is".to_owned()
            } else {
                format!("its {} \"of which\" lines sum to", line.parts.len())
            };
            compare(
                line.values.get(column).copied().flatten(),
                &sum,
                format!("sections[{s}].lines[{l}].values[{column}]"),
                &subject,
                &what,
                findings,
            );
        }
    }
}

/// What one covered item contributes to a total, as printed.
fn covered(plan: &FundingPlan, cover: Cover, column: usize) -> Sum {
    match cover {
        Cover::Section(s) => match plan.sections.get(s) {
            Some(section) => match &section.subtotal {
                Some(subtotal) => Sum::of([subtotal.get(column).copied().flatten()]),
                None => Sum::of(section.lines.iter().map(|l| l.values.get(column).copied().flatten())),
            },
            None => Sum::of([]),
        },
        Cover::Line { section, line } => Sum::of([plan
            .sections
            .get(section)
            .and_then(|s| s.lines.get(line))
            .and_then(|l| l.values.get(column).copied().flatten())]),
        Cover::Total(t) => Sum::of([plan.totals.get(t).and_then(|t| t.values.get(column).copied().flatten())]),
    }
}

/// "its 3 sections sum to", "the 2 totals it covers sum to", "the 4 items it covers sum to";
/// "its 13 lines sum to" for a total of one section with no subtotal of its own (a table of
/// lines and a total, as published tables are).
fn covers_words(plan: &FundingPlan, covers: &[Cover]) -> String {
    if let [Cover::Section(s)] = covers {
        if let Some(section) = plan.sections.get(*s).filter(|section| section.subtotal.is_none()) {
            return lines_word(section.lines.len());
        }
    }
    let kind = |c: &Cover| match c {
        Cover::Section(_) => "section",
        Cover::Line { .. } => "line",
        Cover::Total(_) => "total",
    };
    let n = covers.len();
    let first = covers.first().map(kind).unwrap_or("item");
    let noun = if covers.iter().all(|c| kind(c) == first) { first } else { "item" };
    if n == 1 {
        format!("the 1 {noun} it covers is")
    } else {
        format!("the {n} {noun}s it covers sum to")
    }
}

fn check_totals(plan: &FundingPlan, findings: &mut Vec<Finding>) {
    for (t, total) in plan.totals.iter().enumerate() {
        for column in 0..plan.columns.len() {
            let sum =
                total.covers.iter().map(|c| covered(plan, *c, column)).fold(Sum { value: 0.0, figures: 0 }, |a, b| {
                    Sum { value: a.value + b.value, figures: a.figures + b.figures }
                });
            let subject = format!("\"{}\"{}", total.name, in_column(plan, column));
            let printed_value = total.values.get(column).copied().flatten();
            compare(
                printed_value,
                &sum,
                format!("totals[{t}].values[{column}]"),
                &subject,
                &covers_words(plan, &total.covers),
                findings,
            );
        }
    }
}

fn check_derived(plan: &FundingPlan, findings: &mut Vec<Finding>) {
    let mut rows: Vec<(String, String, &Figures)> = Vec::new();
    for (s, l, line) in plan.lines() {
        rows.push((format!("sections[{s}].lines[{l}].values"), format!("\"{}\"", line.name), &line.values));
        for (p, part) in line.parts.iter().enumerate() {
            rows.push((
                format!("sections[{s}].lines[{l}].ofWhich[{p}].values"),
                format!("\"{}\"", part.name),
                &part.values,
            ));
        }
    }
    for (s, section) in plan.sections.iter().enumerate() {
        if let Some(subtotal) = &section.subtotal {
            rows.push((format!("sections[{s}].subtotal"), format!("subtotal of \"{}\"", section.name), subtotal));
        }
    }
    for (t, total) in plan.totals.iter().enumerate() {
        rows.push((format!("totals[{t}].values"), format!("\"{}\"", total.name), &total.values));
    }
    for derived in &plan.derived {
        let name = |c: &usize| plan.columns.get(*c).cloned().unwrap_or_default();
        let terms: Vec<String> = derived
            .add
            .iter()
            .map(|c| format!("+ {}", name(c)))
            .chain(derived.subtract.iter().map(|c| format!("\u{2212} {}", name(c))))
            .collect();
        let joined = terms.join(" ");
        let formula = joined.strip_prefix("+ ").unwrap_or(&joined);
        for (path, subject, values) in &rows {
            let operands: Vec<Option<f64>> = derived
                .add
                .iter()
                .map(|c| values.get(*c).copied().flatten())
                .chain(derived.subtract.iter().map(|c| values.get(*c).copied().flatten().map(|v| -v)))
                .collect();
            let sum = Sum::of(operands);
            let printed_value = values.get(derived.column).copied().flatten();
            let subject = format!("{subject}{}", in_column(plan, derived.column));
            compare(
                printed_value,
                &sum,
                format!("{path}[{}]", derived.column),
                &subject,
                &format!("{formula} is"),
                findings,
            );
        }
    }
}

fn check_available(plan: &FundingPlan, findings: &mut Vec<Finding>) {
    let Some(available) = &plan.available else {
        return;
    };
    let bottom_line = plan.totals.last().map_or("the lines' total".to_owned(), |t| format!("\"{}\"", t.name));
    for column in plan.primary_columns() {
        let Some(funding) = available.values.get(column).copied().flatten() else {
            continue;
        };
        let total = plan.grand_total(column);
        if total > funding + 1e-6 {
            findings.push(Finding {
                level: Level::Warning,
                path: format!("available.values[{column}]"),
                message: format!(
                    "{bottom_line}{} ({}) is more than the available funding ({}); shortfall {}",
                    in_column(plan, column),
                    printed(Some(total)),
                    printed(Some(funding)),
                    printed(Some(total - funding))
                ),
                difference: total - funding,
            });
        }
    }
}
