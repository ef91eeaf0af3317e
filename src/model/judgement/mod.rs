//! A table of inspection judgements, checked: inspections in date order, every area with one
//! grade (or "not judged") per inspection, on a scale that is data.

pub mod grade;
pub mod map;
pub mod read;

use crate::model::judgement::grade::GradeScale;
use crate::model::order::sort_by_key;
use crate::model::titles::Titles;

#[derive(Debug, Clone, PartialEq)]
pub struct Judgements {
    pub titles: Titles,
    pub scale: GradeScale,
    /// In date order when every inspection has a date; otherwise as given.
    /// Set only by the model's readers (`inspections()` and `areas()` read them): every
    /// area has one grade per inspection, in the same order.
    pub(super) inspections: Vec<Inspection>,
    pub(super) areas: Vec<Area>,
    /// Every council's latest judgements, when the data are a table of every council (Ofsted's
    /// outcomes table): the national picture.
    pub national: Option<National>,
}

/// How every council was judged at its latest inspection, area by area.
#[derive(Debug, Clone, PartialEq)]
pub struct National {
    /// The council the chart is about, as the table names it.
    pub council: String,
    /// How many councils the table holds (one latest inspection each).
    pub councils: usize,
    /// Per area (as `areas`), how many councils had each grade (by rank on the scale), how
    /// many were not judged, and how many were inspected before the area joined the framework.
    pub counts: Vec<AreaCounts>,
    /// The same for the councils of the council's own region, when `options.byRegion` asks.
    pub region: Option<RegionCounts>,
    /// Each council's latest overall effectiveness, for the map.
    pub latest: Vec<LatestGrade>,
}

/// A council's latest inspection's overall effectiveness, as the outcomes table gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct LatestGrade {
    pub code: String,
    pub name: String,
    /// The inspection's month: "March 2024".
    pub inspected: String,
    /// The grade's rank on the scale (0 the best); `None` where the cell is not a grade.
    pub grade: Option<usize>,
}

/// How the councils of one region were judged at their latest inspection, area by area.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionCounts {
    /// The region as the table names it ("South East").
    pub name: String,
    pub councils: usize,
    pub counts: Vec<AreaCounts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaCounts {
    pub grades: Vec<usize>,
    pub not_judged: usize,
    pub not_in_framework: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    pub label: String,
    /// Days since 1970-01-01.
    pub date: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub name: String,
    /// One per inspection: a rank on the scale (0 = best), or `None` for not judged. Set
    /// only by the model's readers; `grades()` reads them.
    pub(super) grades: Vec<Option<usize>>,
    /// The day (since 1970-01-01) the area joined the framework, for an area added later
    /// (Ofsted's care-leavers judgement, from 1 January 2023): an inspection before it did not
    /// judge the area because the area was not part of the framework, not because it was missed.
    pub judged_from: Option<i64>,
}

/// What an area's cell at one inspection holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    /// A grade: its rank on the scale.
    Graded(usize),
    NotJudged,
    /// The inspection came before the area was part of the framework.
    NotInFramework,
}

impl CellState {
    /// The cell in words when it holds no grade.
    pub fn words(self) -> &'static str {
        match self {
            CellState::NotInFramework => "Not part of the framework then",
            _ => "Not judged",
        }
    }
}

/// Most inspections in one table.
pub const MAX_INSPECTIONS: usize = 30;

impl Area {
    /// One per inspection, in the inspections' order.
    pub fn grades(&self) -> &[Option<usize>] {
        &self.grades
    }
}

impl Judgements {
    /// The inspections, in date order when every one has a date.
    pub fn inspections(&self) -> &[Inspection] {
        &self.inspections
    }

    /// The areas, each with one grade per inspection.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// Assembles checked parts, putting inspections (and every area's grades with them) in
    /// date order when every inspection has a date.
    pub fn new(titles: Titles, scale: GradeScale, inspections: Vec<Inspection>, areas: Vec<Area>) -> Self {
        let mut order: Vec<usize> = (0..inspections.len()).collect();
        if inspections.iter().all(|i| i.date.is_some()) {
            sort_by_key(&mut order, |&i| inspections.get(i).and_then(|x| x.date));
        }
        let reorder = |grades: &[Option<usize>]| order.iter().map(|&i| grades.get(i).copied().flatten()).collect();
        Judgements {
            titles,
            areas: areas
                .into_iter()
                .map(|a| Area { grades: reorder(&a.grades), name: a.name, judged_from: a.judged_from })
                .collect(),
            inspections: order.iter().filter_map(|&i| inspections.get(i).cloned()).collect(),
            scale,
            national: None,
        }
    }

    /// What the cell at (area, inspection) holds.
    pub fn cell(&self, area: &Area, inspection: usize) -> CellState {
        if let Some(rank) = area.grades.get(inspection).copied().flatten() {
            return CellState::Graded(rank);
        }
        let before = match (area.judged_from, self.inspections.get(inspection).and_then(|i| i.date)) {
            (Some(from), Some(date)) => date < from,
            _ => false,
        };
        if before {
            CellState::NotInFramework
        } else {
            CellState::NotJudged
        }
    }

    /// The cell in words: the grade's name, "Not judged" or "Not part of the framework then".
    pub fn cell_words(&self, area: &Area, inspection: usize) -> &str {
        match self.cell(area, inspection) {
            CellState::Graded(rank) => self.scale.get(rank).map_or("Not judged", |g| g.name.as_str()),
            other => other.words(),
        }
    }

    /// The grade name at (area, inspection), or `None` when not judged.
    pub fn grade_name(&self, area: &Area, inspection: usize) -> Option<&str> {
        let rank = area.grades.get(inspection).copied().flatten()?;
        self.scale.get(rank).map(|g| g.name.as_str())
    }

    /// How an area moved into `inspection` since its last judged inspection before it.
    pub fn movement(&self, area: &Area, inspection: usize) -> Option<Movement> {
        let now = area.grades.get(inspection).copied().flatten()?;
        let (before_index, before) =
            area.grades.iter().take(inspection).enumerate().rev().find_map(|(i, g)| g.map(|g| (i, g)))?;
        let change = match now.cmp(&before) {
            std::cmp::Ordering::Less => Change::Improved,
            std::cmp::Ordering::Equal => Change::Stayed,
            std::cmp::Ordering::Greater => Change::Declined,
        };
        Some(Movement { change, from_rank: before, from_inspection: before_index })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Improved,
    Stayed,
    Declined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Movement {
    pub change: Change,
    pub from_rank: usize,
    pub from_inspection: usize,
}
