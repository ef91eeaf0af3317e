//! Judgements in words: each area's journey from its first to its latest grade, and what the
//! latest inspection found.

use super::join_and;
use crate::interact::Tooltip;
use crate::model::judgement::{Area, CellState, Change, Judgements};
use crate::model::order::sort_by_key;
use crate::scene::Datum;

pub fn describe(j: &Judgements) -> String {
    let mut sentences = vec![format!("{}.", j.titles.title().trim_end_matches('.'))];
    // The overall judgement leads, as it does in every inspection report.
    let mut areas: Vec<&Area> = j.areas().iter().collect();
    sort_by_key(&mut areas, |a| !a.name.to_ascii_lowercase().starts_with("overall"));
    let (mut improved, mut stayed, mut declined) = (Vec::new(), Vec::new(), Vec::new());
    for area in &areas {
        let judged: Vec<(usize, usize)> =
            area.grades().iter().enumerate().filter_map(|(i, g)| g.map(|g| (i, g))).collect();
        let (Some(&(first_i, first)), Some(&(last_i, last))) = (judged.first(), judged.last()) else {
            continue;
        };
        if first_i == last_i {
            continue;
        }
        let grade = |rank: usize| j.scale.get(rank).map(|g| g.name.as_str()).unwrap_or("?");
        let label = |i: usize| j.inspections().get(i).map(|x| x.label.as_str()).unwrap_or("?");
        let verb = match last.cmp(&first) {
            std::cmp::Ordering::Less => "improved from",
            std::cmp::Ordering::Equal => "stayed at",
            std::cmp::Ordering::Greater => "declined from",
        };
        let sentence = if last == first {
            format!("{} {verb} {} ({} and {})", area.name, grade(last), label(first_i), label(last_i))
        } else {
            format!("{} {verb} {} ({}) to {} ({})", area.name, grade(first), label(first_i), grade(last), label(last_i))
        };
        match last.cmp(&first) {
            std::cmp::Ordering::Less => improved.push(sentence),
            std::cmp::Ordering::Equal => stayed.push(sentence),
            std::cmp::Ordering::Greater => declined.push(sentence),
        }
    }
    // One sentence per area: improvements, then declines, then the unchanged.
    for sentence in improved.into_iter().chain(declined).chain(stayed) {
        sentences.push(format!("{sentence}."));
    }
    sentences.push(latest_summary(j));
    // An area added to the framework later is said once, so its early blanks are not read as
    // inspections that missed it: in one sentence for every inspection it was outside.
    for area in j.areas() {
        let earlier: Vec<&str> = (0..j.inspections().len())
            .filter(|&i| j.cell(area, i) == CellState::NotInFramework)
            .filter_map(|i| j.inspections().get(i).map(|x| x.label.as_str()))
            .collect();
        if !earlier.is_empty() {
            sentences.push(format!(
                "{} was not part of the inspection framework in {}.",
                area.name,
                join_and(&earlier.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
            ));
        }
    }
    sentences.join(" ")
}

/// "Of 5 areas judged in March 2023, 2 were Good and 3 Requires improvement to be good."
fn latest_summary(j: &Judgements) -> String {
    let Some(last) = j.inspections().len().checked_sub(1) else {
        return String::new();
    };
    let label = j.inspections().get(last).map(|i| i.label.as_str()).unwrap_or("the latest inspection");
    let ranks: Vec<usize> = j.areas().iter().filter_map(|a| a.grades().get(last).copied().flatten()).collect();
    if ranks.is_empty() {
        return format!("No area was judged in {label}.");
    }
    let counts: Vec<String> = j
        .scale
        .grades
        .iter()
        .enumerate()
        .filter_map(|(rank, grade)| {
            let count = ranks.iter().filter(|r| **r == rank).count();
            (count > 0).then(|| format!("{count} {}", grade.name))
        })
        .collect();
    let areas = if ranks.len() == 1 { "area" } else { "areas" };
    let mut sentence = match counts.as_slice() {
        [only] if ranks.len() == 1 => format!("Of 1 area judged in {label}, it was {}.", only.trim_start_matches("1 ")),
        _ => format!("Of {} {areas} judged in {label}, {}.", ranks.len(), join_and(&with_verb(counts))),
    };
    let in_state = |state: CellState| -> Vec<String> {
        j.areas().iter().filter(|a| j.cell(a, last) == state).map(|a| a.name.clone()).collect()
    };
    let not_judged = in_state(CellState::NotJudged);
    if !not_judged.is_empty() {
        sentence.push_str(&format!(" Not judged in {label}: {}.", join_and(&not_judged)));
    }
    // An area outside the framework then is said once, with every inspection it was outside,
    // after this summary.
    sentence
}

/// ["2 Good", "1 Inadequate"] -> ["2 were Good", "1 Inadequate"]: the verb once, first.
fn with_verb(mut counts: Vec<String>) -> Vec<String> {
    if let Some(first) = counts.first_mut() {
        let (n, rest) = first.split_once(' ').unwrap_or(("", first.as_str()));
        *first = format!("{n} {} {rest}", if n == "1" { "was" } else { "were" });
    }
    counts
}

pub fn tooltip(j: &Judgements, datum: Datum) -> Option<Tooltip> {
    let Datum::Cell { area, inspection: at } = datum else { return None };
    let area = j.areas().get(area)?;
    let inspection = j.inspections().get(at)?;
    let grade = j.cell_words(area, at);
    let mut lines = vec![format!("{}: {grade}", inspection.label)];
    if let Some(m) = j.movement(area, at) {
        let before = j.scale.get(m.from_rank).map(|g| g.name.as_str()).unwrap_or("?");
        let when = j.inspections().get(m.from_inspection).map(|i| i.label.as_str()).unwrap_or("?");
        lines.push(match m.change {
            Change::Improved => format!("Improved from {before} ({when})"),
            Change::Stayed => format!("Same grade as {when}"),
            Change::Declined => format!("Declined from {before} ({when})"),
        });
    }
    Some(Tooltip { heading: area.name.clone(), lines })
}
