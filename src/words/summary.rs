//! `summary()`: the figures `describe()` speaks, as typed data (model::shapes::results), each with the
//! words the chart writes it in, so a page can set "67 per 10,000, 52nd of 151 councils, band B,
//! off target" beside a chart without parsing sentences.

use crate::model::funding::reconcile::{self, Level};
use crate::model::funding::FundingPlan;
use crate::model::judgement::{CellState, Change, Judgements};
use crate::model::kpi::rank::Standing;
use crate::model::kpi::status::Status;
use crate::model::kpi::unit::{Polarity, Unit};
use crate::model::kpi::{Kpi, Role};
use crate::model::order::sort_by_key;
use crate::model::shapes::results::{
    AreaSummary, BenchmarkFigure, ColumnTotal, Figure, Finding, FindingLevel, FundingSummary, JudgementSummary,
    KpiSummary, RankSummary,
};
use crate::scale::format::format_value;
use crate::scene::funding::waterfall::signed;

fn figure(value: f64, unit: &Unit) -> Figure {
    Figure { value, text: format_value(value, unit) }
}

/// A difference, signed: "+3 per 10,000", "−£357k". Its value loses the noise of binary
/// subtraction (14.2 − 12.1 is 2.0999999999999996): nine decimals are more than any figure has.
fn change(value: f64, unit: &Unit) -> Figure {
    let value = (value * 1e9).round() / 1e9;
    Figure { value, text: signed(value, unit) }
}

fn polarity_word(polarity: Polarity) -> &'static str {
    match polarity {
        Polarity::HigherIsBetter => "higher-is-better",
        Polarity::LowerIsBetter => "lower-is-better",
        Polarity::Neutral => "neutral",
    }
}

/// "improved", "worsened", "no change"; "up" or "down" where neither is better.
fn direction(difference: f64, polarity: Polarity) -> &'static str {
    use std::cmp::Ordering::{Equal, Greater, Less};
    match polarity.judge(difference) {
        Some(Greater) => "improved",
        Some(Less) => "worsened",
        Some(Equal) => "no change",
        None if difference.abs() < 1e-9 => "no change",
        None if difference > 0.0 => "up",
        None => "down",
    }
}

pub fn kpi_summary(kpi: &Kpi) -> KpiSummary {
    let unit = &kpi.unit;
    let latest = kpi.latest();
    let difference = latest.and_then(|l| l.previous.map(|(_, before)| l.value - before));
    let status = latest.map(|l| kpi.status(l.value)).filter(|s| *s != Status::NotRated);
    let benchmarks = kpi
        .series()
        .iter()
        .filter(|s| s.role == Role::Benchmark)
        .filter_map(|s| {
            let point = s.points().iter().rev().find(|p| p.value.is_some())?;
            Some(BenchmarkFigure {
                name: s.name.clone(),
                period: point.period.label().into_owned(),
                value: figure(point.value?, unit),
            })
        })
        .collect();
    KpiSummary {
        title: kpi.titles.title().to_owned(),
        unit: unit.name().to_owned(),
        polarity: polarity_word(kpi.polarity).to_owned(),
        series: kpi.headline().map(|s| s.name.clone()),
        period: latest.map(|l| l.period.label().into_owned()),
        value: latest.map(|l| figure(l.value, unit)),
        previous_period: latest.and_then(|l| l.previous).map(|(p, _)| p.label().into_owned()),
        previous: latest.and_then(|l| l.previous).map(|(_, v)| figure(v, unit)),
        change: difference.map(|d| change(d, unit)),
        direction: difference.map(|d| direction(d, kpi.polarity).to_owned()),
        status: status.map(|s| s.words().to_owned()),
        target: kpi.target.map(|t| figure(t, unit)),
        from_target: kpi.target.zip(latest).map(|(t, l)| change(l.value - t, unit)),
        benchmarks,
        rank: rank_summary(kpi),
        recent_trend: super::trend::recent(kpi).map(|(trend, _)| super::trend::phrase(trend, kpi.polarity)),
        map: None,
    }
}

/// The latest period in which the council is ranked (or placed against the median).
fn rank_summary(kpi: &Kpi) -> Option<RankSummary> {
    let (period, standing) =
        kpi.councils.iter().filter_map(|c| c.standing(kpi.polarity).map(|s| (&c.period, s))).next_back()?;
    let text = super::rank::standing_words(&standing);
    let period = period.label().into_owned();
    Some(match standing {
        Standing::Ranked { rank, of, band } => {
            // Councils with the same figure share the better rank.
            let joint = kpi.ranked_latest().is_some_and(|r| {
                r.period.label() == period && r.councils.iter().filter(|(_, _, n)| *n == rank).count() > 1
            });
            let text = if joint { format!("joint {text}") } else { text };
            RankSummary {
                period,
                rank: Some(rank as u32),
                of: of as u32,
                joint,
                band: Some(band.letter().to_string()),
                text,
            }
        }
        Standing::Position { of, .. } => {
            RankSummary { period, rank: None, of: of as u32, joint: false, band: None, text }
        }
    })
}

pub fn judgement_summary(j: &Judgements) -> JudgementSummary {
    let last = j.inspections().len().saturating_sub(1);
    let label = |i: usize| j.inspections().get(i).map(|x| x.label.clone());
    let mut areas: Vec<_> = j.areas().iter().collect();
    // The overall judgement first, as describe() and every inspection report put it.
    sort_by_key(&mut areas, |a| !a.name.to_ascii_lowercase().starts_with("overall"));
    let areas = areas
        .into_iter()
        .map(|area| {
            let movement = j.movement(area, last);
            let grade = match j.cell(area, last) {
                CellState::Graded(rank) => j.scale.get(rank).map(|g| g.name.clone()),
                _ => None,
            };
            AreaSummary {
                area: area.name.clone(),
                grade,
                state: j.cell_words(area, last).to_owned(),
                movement: movement.as_ref().map(|m| {
                    match m.change {
                        Change::Improved => "improved",
                        Change::Stayed => "stayed",
                        Change::Declined => "declined",
                    }
                    .to_owned()
                }),
                before: movement.as_ref().and_then(|m| j.scale.get(m.from_rank)).map(|g| g.name.clone()),
                before_inspection: movement.as_ref().and_then(|m| label(m.from_inspection)),
            }
        })
        .collect();
    JudgementSummary {
        title: j.titles.title().to_owned(),
        inspection: label(last).unwrap_or_default(),
        areas,
        map: None,
    }
}

/// A reconciliation finding as `checkFundingPlan` gives it.
pub fn finding(f: &reconcile::Finding) -> Finding {
    let level = match f.level {
        Level::Error => FindingLevel::Error,
        Level::Warning => FindingLevel::Warning,
    };
    Finding { level, path: f.path.clone(), message: f.message.clone() }
}

pub fn funding_summary(plan: &FundingPlan, findings: &[reconcile::Finding]) -> FundingSummary {
    let unit = &plan.unit;
    let totals = plan
        .columns()
        .iter()
        .enumerate()
        .map(|(c, name)| {
            let total = plan.grand_total(c);
            let available = plan.available.as_ref().and_then(|a| a.values.get(c).copied().flatten());
            ColumnTotal {
                column: name.clone(),
                total: figure(total, unit),
                available: available.map(|a| figure(a, unit)),
                headroom: available.map(|a| figure(a - total, unit)),
            }
        })
        .collect();
    FundingSummary {
        title: plan.titles.title().to_owned(),
        unit: unit.name().to_owned(),
        totals,
        adds_up: !findings.iter().any(|f| f.level == Level::Error),
        findings: findings.iter().map(finding).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_polarity() {
        assert_eq!(direction(2.0, Polarity::HigherIsBetter), "improved");
        assert_eq!(direction(2.0, Polarity::LowerIsBetter), "worsened");
        assert_eq!(direction(-2.0, Polarity::LowerIsBetter), "improved");
        assert_eq!(direction(-2.0, Polarity::Neutral), "down");
        assert_eq!(direction(0.0, Polarity::HigherIsBetter), "no change");
    }
}
