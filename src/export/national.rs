//! The national view's data table: every council's grade at its latest inspection, an area a
//! row and a column per grade, with the council's own grade beside them.

use super::table::DataTable;
use crate::model::judgement::{AreaCounts, Judgements};

/// The national picture as a table: an area a row, a column per grade, and the council's grade.
pub fn table(j: &Judgements) -> DataTable {
    let Some(national) = &j.national else {
        return super::table::judgement_table(j);
    };
    let last = j.inspections().len().saturating_sub(1);
    let council = &national.council;
    let columns = std::iter::once("Area".to_owned())
        .chain(j.scale.grades.iter().map(|g| g.name.clone()))
        .chain(["Not judged or not in the framework".to_owned(), format!("{council} (latest inspection)")])
        .collect();
    let row = |name: String, area: &crate::model::judgement::Area, counts: &AreaCounts| {
        let cells = counts
            .grades
            .iter()
            .map(usize::to_string)
            .chain([(counts.not_judged + counts.not_in_framework).to_string(), j.cell_words(area, last).to_owned()])
            .collect();
        (name, cells)
    };
    let mut rows = Vec::new();
    for (index, (area, counts)) in j.areas().iter().zip(&national.counts).enumerate() {
        match national.region.as_ref().and_then(|r| Some((r, r.counts.get(index)?))) {
            Some((region, region_counts)) => {
                rows.push(row(format!("{}: England", area.name), area, counts));
                rows.push(row(format!("{}: {}", area.name, region.name), area, region_counts));
            }
            None => rows.push(row(area.name.clone(), area, counts)),
        }
    }
    DataTable {
        caption: match &national.region {
            Some(region) => format!(
                "Every council's grade at its latest inspection ({} councils in England, {} in the {} region)",
                national.councils, region.councils, region.name
            ),
            None => format!("Every council's grade at its latest inspection ({} councils)", national.councils),
        },
        columns,
        rows,
    }
}
