//! How a funding plan breaks down for each view, worked out once from the checked plan and
//! shared by the scenes (which draw it) and the words (which say it), so a tooltip can never
//! disagree with the bar under it. Amounts here are the lines' own figures summed, nil as
//! nothing; printed subtotals and totals are `reconcile`'s business.

use crate::model::funding::{figure, FundingPlan};
use crate::model::order::sort_by;

/// Most pieces a stacked bar is cut into; more would need colours no reader can tell apart.
pub const MAX_GROUPS: usize = 6;
/// Most steps a waterfall shows before the smallest are gathered as "other changes".
pub const MAX_STEPS: usize = 12;

/// A piece of a stacked bar: a section, or (in a plan of one section) a line, or the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub name: String,
    /// The lines it adds up, as (section, line).
    pub members: Vec<(usize, usize)>,
    /// "section", "line" or "lines" (for the rest gathered together).
    pub kind: &'static str,
}

impl Group {
    pub fn amount(&self, plan: &FundingPlan, column: usize) -> f64 {
        self.members.iter().map(|&(s, l)| line_figure(plan, s, l, column)).sum()
    }
}

fn line_figure(plan: &FundingPlan, section: usize, line: usize, column: usize) -> f64 {
    plan.sections.get(section).and_then(|s| s.lines.get(line)).map_or(0.0, |l| figure(&l.values, column))
}

/// Sort key: how much of the shown columns a group accounts for.
fn weight(plan: &FundingPlan, members: &[(usize, usize)], columns: &[usize]) -> f64 {
    columns.iter().map(|&c| members.iter().map(|&(s, l)| line_figure(plan, s, l, c)).sum::<f64>().abs()).sum()
}

/// The pieces of each stacked bar, largest first (drawn nearest the axis). By section when
/// the plan has several; by line when it has one, so a single-section plan still shows its make-up.
pub fn stack_groups(plan: &FundingPlan, columns: &[usize]) -> Vec<Group> {
    let mut groups: Vec<Group> = if plan.sections.len() > 1 {
        plan.sections
            .iter()
            .enumerate()
            .map(|(s, section)| Group {
                name: section.name.clone(),
                members: (0..section.lines.len()).map(|l| (s, l)).collect(),
                kind: "section",
            })
            .collect()
    } else {
        plan.lines()
            .map(|(s, l, line)| Group { name: line.name.clone(), members: vec![(s, l)], kind: "line" })
            .collect()
    };
    groups.retain(|g| weight(plan, &g.members, columns) > 0.0);
    sort_by(&mut groups, |a, b| weight(plan, &b.members, columns).total_cmp(&weight(plan, &a.members, columns)));
    if groups.len() > MAX_GROUPS {
        let rest = groups.split_off(MAX_GROUPS - 1);
        let noun = if plan.sections.len() > 1 { "sections" } else { "lines" };
        groups.push(Group {
            name: format!("{} other {noun}", rest.len()),
            members: rest.into_iter().flat_map(|g| g.members).collect(),
            kind: "lines",
        });
    }
    groups
}

/// One step of a waterfall: a line's change from one column to the other.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub name: String,
    pub change: f64,
    pub members: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Waterfall {
    pub from: usize,
    pub to: usize,
    /// The lines summed in `from` and in `to`: `start` plus every change is `end`.
    pub start: f64,
    pub end: f64,
    /// Largest change first.
    pub steps: Vec<Step>,
    /// Lines whose figure did not change.
    pub unchanged: usize,
}

pub fn waterfall(plan: &FundingPlan, from: usize, to: usize) -> Waterfall {
    let mut steps: Vec<Step> = Vec::new();
    let mut unchanged = 0;
    for (s, l, line) in plan.lines() {
        let change = figure(&line.values, to) - figure(&line.values, from);
        if change.abs() < 1e-9 {
            unchanged += 1;
        } else {
            steps.push(Step { name: line.name.clone(), change, members: vec![(s, l)] });
        }
    }
    sort_by(&mut steps, |a, b| b.change.abs().total_cmp(&a.change.abs()));
    if steps.len() > MAX_STEPS {
        let rest = steps.split_off(MAX_STEPS - 1);
        let change = rest.iter().map(|s| s.change).sum();
        steps.push(Step {
            name: format!("{} smaller changes", rest.len()),
            change,
            members: rest.into_iter().flat_map(|s| s.members).collect(),
        });
    }
    let sum = |c: usize| (0..plan.sections.len()).map(|s| plan.section_sum(s, c)).sum::<f64>();
    Waterfall { from, to, start: sum(from), end: sum(to), steps, unchanged }
}

/// Lines with a figure in either column, largest first, for the side-by-side bars view:
/// (section, line, figure in the first column, figure in the second).
pub fn line_pairs(plan: &FundingPlan, first: usize, second: usize) -> Vec<(usize, usize, Option<f64>, Option<f64>)> {
    let mut pairs: Vec<(usize, usize, Option<f64>, Option<f64>)> = plan
        .lines()
        .map(|(s, l, line)| {
            (s, l, line.values.get(first).copied().flatten(), line.values.get(second).copied().flatten())
        })
        .filter(|(_, _, a, b)| a.is_some() || b.is_some())
        .collect();
    let size = |p: &(usize, usize, Option<f64>, Option<f64>)| p.2.unwrap_or(0.0).abs().max(p.3.unwrap_or(0.0).abs());
    sort_by(&mut pairs, |a, b| size(b).total_cmp(&size(a)));
    pairs
}
