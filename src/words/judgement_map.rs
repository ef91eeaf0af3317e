//! The judgement map in words: each council's grade, month and region, and how the grades fall
//! by region ("Good or better by region: London 30 of 33, ...").

use super::map::by_region;
use crate::interact::Tooltip;
use crate::model::judgement::map::{GradedOnMap, JudgementMap};
use crate::model::judgement::Judgements;
use crate::model::map::{region_in_words, region_name};
use crate::model::shapes::results::JudgementSummary;

fn grade_name<'j>(j: &'j Judgements, council: &GradedOnMap) -> &'j str {
    council.grade.and_then(|g| j.scale.get(g)).map_or("not graded in the table", |g| g.name.as_str())
}

pub fn tooltip(j: &Judgements, map: &JudgementMap, index: usize) -> Option<Tooltip> {
    let council = map.councils.get(index)?;
    let mut lines = vec![format!("Overall effectiveness: {}", grade_name(j, council))];
    lines.extend(council.inspected.as_ref().map(|month| format!("inspected {month}")));
    lines.push(region_name(council.hex.region).to_owned());
    if map.ours == Some(index) {
        lines.push("This council".to_owned());
    }
    Some(Tooltip { heading: council.name.clone(), lines })
}

/// A step: "Leeds: Outstanding, inspected Mar 2023, Yorkshire and The Humber".
pub fn step(j: &Judgements, map: &JudgementMap, index: usize) -> Option<String> {
    let council = map.councils.get(index)?;
    let month = council.inspected.as_ref().map(|m| format!(", inspected {m}")).unwrap_or_default();
    Some(format!("{}: {}{month}, {}", council.name, grade_name(j, council), region_name(council.hex.region)))
}

pub fn describe(j: &Judgements, map: &JudgementMap) -> String {
    let counts: Vec<String> = (0..j.scale.len())
        .filter_map(|g| {
            let n = map.councils.iter().filter(|c| c.grade == Some(g)).count();
            Some(format!("{n} {}", j.scale.get(g)?.name))
        })
        .collect();
    // The title first, as every chart's description starts.
    let mut sentences = vec![
        format!("{}.", j.titles.title().trim_end_matches('.')),
        format!(
            "Map of {} {}, each coloured by overall effectiveness at its latest inspection: {}.",
            map.councils.len(),
            map.tier.words(),
            counts.join(", ")
        ),
    ];
    // "Good or better": the better half of the scale.
    let better = j.scale.len().div_ceil(2);
    let good_or_better = j.scale.get(better.saturating_sub(1)).map(|g| format!("{} or better", g.name));
    if let Some(own) = map.ours.and_then(|i| map.councils.get(i)) {
        let month = own.inspected.as_ref().map(|m| format!(" (inspected {m})")).unwrap_or_default();
        let peers: Vec<&GradedOnMap> = map.councils.iter().filter(|c| c.hex.region == own.hex.region).collect();
        let same = peers.iter().filter(|c| c.grade.is_some() && c.grade == own.grade).count();
        sentences.push(format!(
            "{}: {}{month}; {same} of the {} councils of {} have that grade.",
            own.name,
            grade_name(j, own),
            peers.len(),
            region_in_words(own.hex.region)
        ));
    }
    let graded: Vec<&GradedOnMap> = map.councils.iter().filter(|c| c.grade.is_some()).collect();
    if let Some(label) = good_or_better {
        let regions: Vec<(u8, bool)> = graded.iter().map(|c| (c.hex.region, c.grade < Some(better))).collect();
        sentences.push(by_region(&regions, &label));
    }
    if let Some(worst) = j.scale.len().checked_sub(1).and_then(|w| Some((w, j.scale.get(w)?))) {
        let regions: Vec<(u8, bool)> = graded.iter().map(|c| (c.hex.region, c.grade == Some(worst.0))).collect();
        sentences.push(by_region(&regions, &worst.1.name));
    }
    let missing: Vec<String> = map.councils.iter().filter(|c| c.grade.is_none()).map(|c| c.name.clone()).collect();
    if !missing.is_empty() {
        sentences.push(format!("Not graded in the table, hatched: {}.", crate::words::join_and(&missing)));
    }
    sentences.extend(super::map::not_on_the_map(&map.unplaced));
    sentences.join(" ")
}

/// The judgement map's summary: the chart's own, with each region's councils by grade.
pub fn summary(j: &Judgements, map: &JudgementMap) -> JudgementSummary {
    let mut summary = super::summary::judgement_summary(j);
    let classes: Vec<String> = j.scale.grades.iter().map(|g| g.name.clone()).collect();
    let councils: Vec<(u8, Option<String>)> = map
        .councils
        .iter()
        .map(|c| (c.hex.region, c.grade.and_then(|g| j.scale.get(g)).map(|g| g.name.clone())))
        .collect();
    let own = map.ours.and_then(|i| map.councils.get(i)).map(|c| c.hex.region);
    summary.map = Some(super::map::region_counts(&councils, &classes, "grade", own));
    summary
}
