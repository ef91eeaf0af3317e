//! The national picture of judgements in words: the council's grade at its latest inspection,
//! then, area by area, how every council was judged at its own latest inspection.

use super::join_and;
use crate::interact::Tooltip;
use crate::model::judgement::{AreaCounts, CellState, Judgements};
use crate::scene::Datum;

/// "Northshire: Requires improvement to be good (Mar 2023). Of 153 councils at their latest
/// inspection, 20 were Outstanding, 60 Good, ... in overall effectiveness."
pub fn describe(j: &Judgements) -> String {
    let Some(national) = &j.national else {
        return super::judgement::describe(j);
    };
    let last = j.inspections().len().saturating_sub(1);
    let when = j.inspections().get(last).map_or("", |i| i.label.as_str());
    let council = &national.council;
    let mut sentences = vec![format!("{}.", j.titles.title().trim_end_matches('.'))];
    if let Some(first) = j.areas().first() {
        sentences.push(format!("{council}: {} ({when}).", j.cell_words(first, last)));
    }
    for (index, (area, counts)) in j.areas().iter().zip(&national.counts).enumerate() {
        let own = match j.cell(area, last) {
            CellState::Graded(_) => format!("; {council} was {}", j.cell_words(area, last)),
            other => format!("; {council}: {}", other.words().to_ascii_lowercase()),
        };
        sentences.push(format!(
            "{}: of {} councils at their latest inspection, {}{own}.",
            area.name,
            national.councils,
            count_words(j, counts)
        ));
        if let Some((region, counts)) = national.region.as_ref().and_then(|r| Some((r, r.counts.get(index)?))) {
            sentences.push(format!(
                "In the {} region, of {} councils: {}.",
                region.name,
                region.councils,
                count_words(j, counts)
            ));
        }
    }
    sentences.join(" ")
}

/// "60 were Good, 20 Outstanding and 3 not judged": how many councils had each grade.
fn count_words(j: &Judgements, counts: &AreaCounts) -> String {
    let mut parts: Vec<String> = j
        .scale
        .grades
        .iter()
        .zip(&counts.grades)
        .filter(|(_, n)| **n > 0)
        .map(|(g, n)| format!("{n} {}", g.name))
        .collect();
    if counts.not_judged > 0 {
        parts.push(format!("{} not judged", counts.not_judged));
    }
    if counts.not_in_framework > 0 {
        parts.push(format!("{} inspected before it was part of the framework", counts.not_in_framework));
    }
    // The verb once, first: "60 were Good, 20 Outstanding".
    if let Some(first) = parts.first_mut() {
        if let Some((n, rest)) = first.split_once(' ') {
            *first = format!("{n} {} {rest}", if n == "1" { "was" } else { "were" });
        }
    }
    join_and(&parts)
}

/// A piece of an area's bar: the grade, how many councils had it, and the council's own grade.
pub fn tooltip(j: &Judgements, datum: Datum) -> Option<Tooltip> {
    let national = j.national.as_ref()?;
    let Datum::Count { bar, grade } = datum else { return None };
    let (area_index, region_bar) = crate::scene::judgement::national::area_of_group(j, bar);
    let (among, councils) = match (&national.region, region_bar) {
        (Some(region), true) => (Some(region.name.as_str()), region.councils),
        _ => (None, national.councils),
    };
    let area = j.areas().get(area_index)?;
    let counts = match among {
        Some(_) => national.region.as_ref()?.counts.get(area_index)?,
        None => national.counts.get(area_index)?,
    };
    let (name, count) = match j.scale.get(grade) {
        Some(named) => (named.name.clone(), *counts.grades.get(grade)?),
        None => {
            ("Not judged, or not part of the framework then".to_owned(), counts.not_judged + counts.not_in_framework)
        }
    };
    let share = 100.0 * count as f64 / councils.max(1) as f64;
    let whose = among.map_or_else(String::new, |r| format!(" in the {r} region"));
    let last = j.inspections().len().saturating_sub(1);
    let council = &national.council;
    Some(Tooltip {
        heading: area.name.clone(),
        lines: vec![
            format!("{name}: {count} of {councils} councils{whose} ({share:.0}%)"),
            format!("{council}: {}", j.cell_words(area, last)),
        ],
    })
}
