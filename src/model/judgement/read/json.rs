//! Judgements as JSON gives them, checked whole: every key known, the scale read first, then
//! one grade (or null) per inspection for every area, each inspection's date a real date.

use crate::error::ChartError;
use crate::model::input::keys;
use crate::model::input::limits::{MAX_LABEL_CHARS, MAX_SERIES};
use crate::model::input::node::Node;
use crate::model::judgement::grade::GradeScale;
use crate::model::judgement::{Area, Inspection, Judgements, MAX_INSPECTIONS};
use crate::model::time::read::{parse_period, PeriodKind};
use crate::model::titles::Titles;

impl Judgements {
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
}

pub fn read_inspection(node: &Node) -> Result<Inspection, ChartError> {
    let fields = keys::object(node, &keys::INSPECTION)?;
    let label = fields.required("label", "the inspection's label, such as \"2023\"")?.label(MAX_LABEL_CHARS)?;
    let date = fields.optional("date").map(|d| read_inspection_date(&d)).transpose()?;
    Ok(Inspection { label, date })
}

/// A date such as "2023-03-24" or "24/03/2023", as days since 1970-01-01.
pub(crate) fn read_inspection_date(node: &Node) -> Result<i64, ChartError> {
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
