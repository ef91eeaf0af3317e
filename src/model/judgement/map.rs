//! Ofsted's judgements on the map: every council's overall effectiveness at its latest
//! inspection, on the upper-tier layout, best grade first (the order Home and End walk).

use crate::model::judgement::Judgements;
use crate::model::map::{place, Hex, Item, Tier};
use crate::model::order::sort_by_key;

#[derive(Debug, Clone, PartialEq)]
pub struct GradedOnMap {
    pub hex: Hex,
    pub name: String,
    /// The grade's rank on the scale (0 the best); `None`: no inspection graded in the table.
    pub grade: Option<usize>,
    /// The latest inspection's month.
    pub inspected: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JudgementMap {
    pub tier: Tier,
    /// Best grade first, then by name; councils with no grade last.
    pub councils: Vec<GradedOnMap>,
    pub graded: usize,
    pub ours: Option<usize>,
    /// The table's councils with no hex (councils before the reorganisations).
    pub unplaced: Vec<String>,
}

impl JudgementMap {
    /// `None` without Ofsted's outcomes table of every council.
    pub fn of(j: &Judgements) -> Option<JudgementMap> {
        let national = j.national.as_ref()?;
        let items: Vec<Item<'_, (Option<usize>, String, String)>> = national
            .latest
            .iter()
            .map(|l| (Some(l.code.as_str()), l.name.as_str(), (l.grade, l.inspected.clone(), l.name.clone())))
            .collect();
        let placed = place(&items);
        let mut councils: Vec<GradedOnMap> = placed
            .hexes
            .into_iter()
            .map(|(hex, entry)| match entry {
                Some((grade, inspected, name)) => GradedOnMap { hex, name, grade, inspected: Some(inspected) },
                None => GradedOnMap { hex, name: hex.name.to_owned(), grade: None, inspected: None },
            })
            .collect();
        sort_by_key(&mut councils, |c| (c.grade.is_none(), c.grade.unwrap_or(0), c.name.clone()));
        let ours = councils.iter().position(|c| crate::model::input::area::names(&c.name, &national.council));
        Some(JudgementMap {
            tier: placed.tier,
            graded: councils.iter().filter(|c| c.grade.is_some()).count(),
            councils,
            ours,
            unplaced: placed.unplaced,
        })
    }
}
