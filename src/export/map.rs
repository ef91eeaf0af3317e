//! A map's data: every council on it, its figure, rank, band (or value class) and region,
//! sorted by rank, those with no figure last; as the table under the chart and as CSV.

use super::csv::{safe_text, write_rows};
use super::table::DataTable;
use crate::model::judgement::map::{GradedOnMap, JudgementMap};
use crate::model::judgement::Judgements;
use crate::model::kpi::map::{KpiMap, MapColour};
use crate::model::kpi::Kpi;
use crate::model::map::region_name;
use crate::scale::format::{csv_number, format_value};

/// The table's and the CSV's cells for one council: rank, figure, band or class, region.
fn cells(map: &KpiMap, index: usize, figure: &dyn Fn(f64) -> String) -> Option<(String, Vec<String>)> {
    let c = map.councils.get(index)?;
    let name = match (map.ours == Some(index), c.neighbour) {
        (false, true) => format!("{} (statistical neighbour)", c.name),
        (ours, _) => marked(&c.name, ours),
    };
    let class = map.class_label(c);
    Some((
        name,
        vec![
            c.rank.map(|r| crate::words::map::place(map, r)).unwrap_or_default(),
            c.figure.map(figure).unwrap_or_else(|| "no figure".to_owned()),
            class.unwrap_or_default(),
            region_name(c.hex.region).to_owned(),
        ],
    ))
}

fn class_heading(map: &KpiMap) -> &'static str {
    match map.colour {
        MapColour::Band => "Band",
        MapColour::Value => "Class (1 lowest)",
    }
}

pub fn kpi_map_table(kpi: &Kpi, map: &KpiMap) -> DataTable {
    let figure = |v: f64| format_value(v, &kpi.unit);
    DataTable {
        caption: format!("{}: every council on the map in {}, best first", kpi.titles.title(), map.period),
        columns: ["Council", "Rank", "Figure", class_heading(map), "Region"].map(str::to_owned).to_vec(),
        rows: (0..map.councils.len()).filter_map(|i| cells(map, i, &figure)).collect(),
    }
}

pub fn kpi_map_csv(map: &KpiMap) -> String {
    let header = ["council", "code", "period", "value", "rank", class_heading(map), "region"];
    let rows = map.councils.iter().map(|c| {
        let class = map.class_label(c);
        vec![
            safe_text(&c.name),
            c.hex.code.to_owned(),
            safe_text(&map.period),
            c.figure.map(csv_number).unwrap_or_default(),
            c.rank.map(|r| r.to_string()).unwrap_or_default(),
            class.unwrap_or_default(),
            region_name(c.hex.region).to_owned(),
        ]
    });
    write_rows(std::iter::once(header.map(|h| h.to_ascii_lowercase()).to_vec()).chain(rows))
}

/// The judgement map's table: every council, its latest overall effectiveness, when, and region.
pub fn judgement_map_table(j: &Judgements, map: &JudgementMap) -> DataTable {
    DataTable {
        caption: "Every council's overall effectiveness at its latest inspection, best first".to_owned(),
        columns: ["Council", "Overall effectiveness", "Inspected", "Region"].map(str::to_owned).to_vec(),
        rows: map
            .councils
            .iter()
            .enumerate()
            .map(|(i, c)| (marked(&c.name, map.ours == Some(i)), graded_cells(j, c)))
            .collect(),
    }
}

pub fn judgement_map_csv(j: &Judgements, map: &JudgementMap) -> String {
    let header = ["council", "code", "overall effectiveness", "inspected", "region"].map(str::to_owned).to_vec();
    let rows = map.councils.iter().map(|c| {
        std::iter::once(safe_text(&c.name))
            .chain(std::iter::once(c.hex.code.to_owned()))
            .chain(graded_cells(j, c).iter().map(|t| safe_text(t)))
            .collect()
    });
    write_rows(std::iter::once(header).chain(rows))
}

fn marked(name: &str, ours: bool) -> String {
    if ours {
        format!("{name} (this council)")
    } else {
        name.to_owned()
    }
}

fn graded_cells(j: &Judgements, c: &GradedOnMap) -> Vec<String> {
    vec![
        c.grade.and_then(|g| j.scale.get(g)).map_or_else(|| "not graded".to_owned(), |g| g.name.clone()),
        c.inspected.clone().unwrap_or_default(),
        region_name(c.hex.region).to_owned(),
    ]
}
