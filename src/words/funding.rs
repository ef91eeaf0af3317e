//! A funding plan in words: the totals per column, the largest lines (or, for the waterfall,
//! the largest changes), the gap to the available funding, and whether it all adds up.

use super::{join_and, upper_first};
use crate::interact::Tooltip;
use crate::model::funding::breakdown::{stack_groups, waterfall};
use crate::model::funding::reconcile::{Finding, Level};
use crate::model::funding::{figure, ChosenColumns, FundingPlan};
use crate::model::order::sort_by;
use crate::model::view::FundingView;
use crate::scale::format::format_value;
use crate::scene::funding::waterfall::signed;
use crate::scene::Datum;

/// What the words of a funding chart are made from: the plan, what reconciling it found, the
/// columns drawn and the view.
pub struct PlanWords<'a> {
    pub plan: &'a FundingPlan,
    pub findings: &'a [Finding],
    pub columns: &'a ChosenColumns,
    pub view: FundingView,
}

pub fn describe(chart: &PlanWords<'_>) -> String {
    let plan = &chart.plan;
    let money = |v: f64| format_value(v, &plan.unit);
    let mut sentences = vec![format!("{}.", plan.titles.title().trim_end_matches('.'))];
    let totals: Vec<String> =
        (0..plan.columns().len()).map(|c| format!("{} {}", column(plan, c), money(plan.grand_total(c)))).collect();
    let what = plan.bottom_line().map_or("Totals".to_owned(), |t| t.name.clone());
    sentences.push(format!("{what}: {}.", totals.join("; ")));
    if chart.view == FundingView::Waterfall {
        sentences.push(changes_sentence(chart));
    } else {
        sentences.push(largest_lines_sentence(chart));
    }
    if let Some(sentence) = available_sentence(plan) {
        sentences.push(sentence);
    }
    sentences.push(reconciliation_sentence(plan, chart.findings));
    sentences.join(" ")
}

fn column(plan: &FundingPlan, c: usize) -> String {
    plan.columns().get(c).cloned().unwrap_or_default()
}

/// "The largest lines in Projected 2020/21 are A (£680k), B (£558k) and C (£500k)."
fn largest_lines_sentence(chart: &PlanWords<'_>) -> String {
    let plan = &chart.plan;
    let focus = match chart.view {
        FundingView::Lines => chart.columns.pair().1,
        FundingView::Stacked | FundingView::Waterfall => chart.columns.all().last().copied().unwrap_or(0),
    };
    let mut lines: Vec<(&str, f64)> = plan
        .lines()
        .filter_map(|(_, _, l)| l.values.get(focus).copied().flatten().map(|v| (l.name.as_str(), v)))
        .collect();
    sort_by(&mut lines, |a, b| b.1.abs().total_cmp(&a.1.abs()));
    let named: Vec<String> =
        lines.iter().take(3).map(|(name, v)| format!("{name} ({})", format_value(*v, &plan.unit))).collect();
    match named.len() {
        0 => format!("No line has a figure in {}.", column(plan, focus)),
        1 => format!("The only line with a figure in {} is {}.", column(plan, focus), join_and(&named)),
        _ => format!("The largest lines in {} are {}.", column(plan, focus), join_and(&named)),
    }
}

/// "From Planned 2020/21 (£5.485m) to Projected 2020/21 (£2.72m), down £2.765m; the largest
/// changes are A (−£2.336m), B (−£802k) and C (+£429k)."
fn changes_sentence(chart: &PlanWords<'_>) -> String {
    let plan = &chart.plan;
    let (from, to) = chart.columns.pair();
    let w = waterfall(plan, from, to);
    let money = |v: f64| format_value(v, &plan.unit);
    let difference = w.end - w.start;
    let direction = if difference.abs() < 1e-9 {
        "no change overall".to_owned()
    } else if difference > 0.0 {
        format!("up {}", money(difference))
    } else {
        format!("down {}", money(-difference))
    };
    let named: Vec<String> =
        w.steps.iter().take(3).map(|s| format!("{} ({})", s.name, signed(s.change, &plan.unit))).collect();
    let mut s = format!(
        "From {} ({}) to {} ({}), {direction}",
        column(plan, from),
        money(w.start),
        column(plan, to),
        money(w.end)
    );
    if !named.is_empty() {
        s.push_str(&format!("; the largest changes are {}", join_and(&named)));
    }
    s.push('.');
    s
}

/// "Against available funding of £12.011m: £6.526m headroom in Planned 2020/21 and ..."
fn available_sentence(plan: &FundingPlan) -> Option<String> {
    let available = plan.available.as_ref()?;
    let money = |v: f64| format_value(v, &plan.unit);
    let parts: Vec<String> = plan
        .primary_columns()
        .into_iter()
        .filter_map(|c| {
            let funding = available.values.get(c).copied().flatten()?;
            let gap = funding - plan.grand_total(c);
            let position = if gap.abs() < 1e-9 {
                "exactly used".to_owned()
            } else if gap > 0.0 {
                format!("{} headroom", money(gap))
            } else {
                format!("a shortfall of {}", money(-gap))
            };
            Some(format!(
                "{position} in {} (total {} against {})",
                column(plan, c),
                money(plan.grand_total(c)),
                money(funding)
            ))
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    Some(format!("{}: {}.", available.name, join_and(&parts)))
}

/// Whether there is anything to reconcile at all.
fn has_checks(plan: &FundingPlan) -> bool {
    plan.sections().iter().any(|s| s.subtotal.is_some()) || !plan.totals.is_empty() || !plan.derived.is_empty()
}

fn errors(findings: &[Finding]) -> usize {
    findings.iter().filter(|f| f.level == Level::Error).count()
}

fn reconciliation_sentence(plan: &FundingPlan, findings: &[Finding]) -> String {
    let errors = errors(findings);
    let rounding = findings.iter().filter(|f| f.is_rounding()).count();
    if !has_checks(plan) {
        "The plan prints no subtotals or totals to check.".into()
    } else if errors == 0 && rounding == 0 {
        "Every subtotal and total adds up.".into()
    } else if errors == 0 {
        format!("Every subtotal and total adds up, within rounding in {}.", places(rounding))
    } else {
        let first =
            findings.iter().find(|f| f.level == Level::Error).map(|f| upper_first(&f.message)).unwrap_or_default();
        format!("{}; the first: {first}.", figures_do_not_add_up(errors))
    }
}

/// "1 figure does not add up", "3 figures do not add up".
fn figures_do_not_add_up(n: usize) -> String {
    if n == 1 {
        "1 figure does not add up".into()
    } else {
        format!("{n} figures do not add up")
    }
}

fn places(n: usize) -> String {
    if n == 1 {
        "1 place".into()
    } else {
        format!("{n} places")
    }
}

/// Past this many, rounding differences are one note, not one each: twenty one-line notes
/// under a chart bury the verdict. `checkFundingPlan` and `describe()` still give each.
const ROUNDING_NOTES: usize = 3;

/// The notes shown beside a funding chart: the verdict, then each finding in words.
pub fn notes(plan: &FundingPlan, findings: &[Finding]) -> Vec<String> {
    let errors = errors(findings);
    let verdict = if !has_checks(plan) {
        "Checked: the plan prints no subtotals or totals to add up.".to_owned()
    } else if errors == 0 {
        "Checked: every subtotal and total adds up to what it covers.".to_owned()
    } else {
        format!("Checked: {}.", figures_do_not_add_up(errors))
    };
    let rounding: Vec<&Finding> = findings.iter().filter(|f| f.is_rounding()).collect();
    let grouped = rounding.len() > ROUNDING_NOTES;
    let each = findings.iter().filter(|f| !(grouped && f.is_rounding())).map(|f| {
        let kind = match f.level {
            Level::Error => "Does not add up",
            Level::Warning if f.is_rounding() => "Rounding",
            Level::Warning => "Shortfall",
        };
        format!("{kind}: {}.", upper_first(&f.message))
    });
    let group = grouped.then(|| rounding_group(plan, &rounding));
    std::iter::once(verdict).chain(each).chain(group).chain(plan.read_notes.iter().cloned()).collect()
}

/// "Rounding: 20 subtotals and totals differ from their lines by £1k to £2k, within rounding."
fn rounding_group(plan: &FundingPlan, rounding: &[&Finding]) -> String {
    let low = rounding.iter().map(|f| f.difference).fold(f64::INFINITY, f64::min);
    let high = rounding.iter().map(|f| f.difference).fold(0.0, f64::max);
    let (low, high) = (format_value(low, &plan.unit), format_value(high, &plan.unit));
    let by = if low == high { low } else { format!("{low} to {high}") };
    format!(
        "Rounding: {} subtotals and totals differ from what they cover by {by}, within rounding; the data table gives every figure.",
        rounding.len()
    )
}

pub fn tooltip(chart: &PlanWords<'_>, datum: Datum) -> Option<Tooltip> {
    match chart.view {
        FundingView::Waterfall => waterfall_tooltip(chart, datum),
        FundingView::Lines => lines_tooltip(chart, datum),
        FundingView::Stacked => stacked_tooltip(chart, datum),
    }
}

fn stacked_tooltip(chart: &PlanWords<'_>, datum: Datum) -> Option<Tooltip> {
    let plan = &chart.plan;
    let money = |v: f64| format_value(v, &plan.unit);
    let groups = stack_groups(plan, chart.columns.all());
    let (group, column) = match datum {
        Datum::Piece { group, column } => (Some(group), column),
        Datum::Available { column } => (None, column),
        _ => return None,
    };
    let name = plan.columns().get(column)?;
    let Some(group) = group else {
        let available = plan.available.as_ref()?;
        let funding = available.values.get(column).copied().flatten()?;
        let total = plan.grand_total(column);
        let gap = if funding >= total {
            format!("Headroom: {}", money(funding - total))
        } else {
            format!("Shortfall: {}", money(total - funding))
        };
        return Some(Tooltip {
            heading: available.name.clone(),
            lines: vec![format!("{name}: {}", money(funding)), format!("Total: {}", money(total)), gap],
        });
    };
    let group = groups.get(group)?;
    let mut lines = vec![format!("{name}: {}", money(group.amount(plan, column)))];
    match group.kind {
        "section" => lines.push(format!("{} line(s) in this section", group.members.len())),
        "lines" => lines.push(format!("{} line(s) gathered together", group.members.len())),
        _ => {}
    }
    Some(Tooltip { heading: group.name.clone(), lines })
}

fn waterfall_tooltip(chart: &PlanWords<'_>, datum: Datum) -> Option<Tooltip> {
    let plan = &chart.plan;
    let money = |v: f64| format_value(v, &plan.unit);
    let (from, to) = chart.columns.pair();
    let w = waterfall(plan, from, to);
    let last = w.steps.len() + 1;
    // The bars as drawn: the first total, each step, the last total.
    let Datum::Bar { index } = datum else { return None };
    if index == 0 || index == last {
        let (c, value) = if index == 0 { (from, w.start) } else { (to, w.end) };
        return Some(Tooltip {
            heading: format!("{} (total)", column(plan, c)),
            lines: vec![format!("Lines sum to {}", money(value))],
        });
    }
    let step = w.steps.get(index - 1)?;
    let at = |c: usize| {
        step.members
            .iter()
            .map(|&(s, l)| plan.sections().get(s).and_then(|x| x.lines.get(l)).map_or(0.0, |l| figure(&l.values, c)))
            .sum::<f64>()
    };
    Some(Tooltip {
        heading: step.name.clone(),
        lines: vec![
            format!("{}: {}", column(plan, from), money(at(from))),
            format!("{}: {}", column(plan, to), money(at(to))),
            format!("Change: {}", signed(step.change, &plan.unit)),
        ],
    })
}

fn lines_tooltip(chart: &PlanWords<'_>, datum: Datum) -> Option<Tooltip> {
    let plan = &chart.plan;
    let Datum::LineAmount { line, column: shown } = datum else { return None };
    let (section, line) = plan.lines().nth(line).map(|(s, _, l)| (s, l))?;
    let (a, b) = chart.columns.pair();
    let other = if shown == a { b } else { a };
    let amount =
        |c: usize| line.values.get(c).copied().flatten().map_or("nil".to_owned(), |v| format_value(v, &plan.unit));
    let mut lines = vec![
        format!("{}: {}", column(plan, shown), amount(shown)),
        format!("{}: {}", column(plan, other), amount(other)),
    ];
    if plan.sections().len() > 1 {
        lines.push(format!("Section: {}", plan.sections().get(section).map_or("", |s| s.name.as_str())));
    }
    Some(Tooltip { heading: line.name.clone(), lines })
}
