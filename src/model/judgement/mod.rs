//! A table of inspection judgements, checked: inspections in date order, every area with one
//! grade (or "not judged") per inspection, on a scale that is data.

pub mod grade;
pub mod read;

use crate::error::ChartError;
use crate::model::input::keys;
use crate::model::input::limits::{MAX_LABEL_CHARS, MAX_SERIES};
use crate::model::input::node::Node;
use crate::model::judgement::grade::GradeScale;
use crate::model::order::sort_by_key;
use crate::model::time::read::{parse_period, PeriodKind};
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

    pub fn read(node: &Node) -> Result<Judgements, ChartError> {
        let fields = keys::object(node, &keys::JUDGEMENTS)?;
        let scale = match fields.optional("scale") {
            Some(s) => GradeScale::read(&s)?,
            None => GradeScale::ofsted(),
        };
        let numeric = fields.optional("numericGrades").map(|n| n.boolean()).transpose()?.unwrap_or(false);
        let inspections_node = fields.required("inspections", "a list of inspections")?;
        let items = inspections_node.array()?;
        if items.is_empty() || items.len() > MAX_INSPECTIONS {
            return Err(
                inspections_node.error(format!("expected 1 to {MAX_INSPECTIONS} inspections, found {}", items.len()))
            );
        }
        let inspections: Vec<Inspection> = items.iter().map(read_inspection).collect::<Result<_, _>>()?;

        let areas_node = fields.required("areas", "a list of judgement areas")?;
        let area_items = areas_node.array()?;
        if area_items.is_empty() || area_items.len() > MAX_SERIES {
            return Err(areas_node.error(format!("expected 1 to {MAX_SERIES} areas, found {}", area_items.len())));
        }
        let mut areas = Vec::with_capacity(area_items.len());
        for item in &area_items {
            let fields = keys::object(item, &keys::AREA)?;
            let name = fields.required("name", "the area's name")?.label(MAX_LABEL_CHARS)?;
            let grades_node = fields.required("grades", "a list of grades, one per inspection")?;
            let grades = grades_node.array()?;
            if grades.len() != inspections.len() {
                return Err(grades_node.error(format!(
                    "expected {} grade(s), one per inspection (null where not judged), found {}",
                    inspections.len(),
                    grades.len()
                )));
            }
            let grades = grades.iter().map(|g| scale.read_grade(g, numeric)).collect::<Result<_, _>>()?;
            let judged_from = match fields.optional("judgedFrom") {
                None => None,
                Some(node) => Some(read_inspection_date(&node)?),
            };
            areas.push(Area { name, grades, judged_from });
        }

        Ok(Judgements::new(Titles::read(&fields)?, scale, inspections, areas))
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

pub fn read_inspection(node: &Node) -> Result<Inspection, ChartError> {
    let fields = keys::object(node, &keys::INSPECTION)?;
    let label = fields.required("label", "the inspection's label, such as \"2023\"")?.label(MAX_LABEL_CHARS)?;
    let date = fields.optional("date").map(|d| read_inspection_date(&d)).transpose()?;
    Ok(Inspection { label, date })
}

/// A date such as "2023-03-24" or "24/03/2023", as days since 1970-01-01.
fn read_inspection_date(node: &Node) -> Result<i64, ChartError> {
    let text = node.label(MAX_LABEL_CHARS)?;
    match parse_period(&text) {
        Ok(p) if p.kind == PeriodKind::Date => Ok(p.start),
        Ok(_) => Err(node.error(format!(
            "expected a date such as \"2023-03-24\", found the text {}",
            crate::model::input::json::quote(&text)
        ))),
        Err(message) => Err(node.error(message)),
    }
}
