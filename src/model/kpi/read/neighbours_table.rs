//! DfE's statistical neighbours table as published (`sn_may_2025.xlsx`, read by
//! readSpreadsheet): one row per council by its LA number (EES's `old_la_code`), then ten
//! pairs `SN1`/`SNP` ... `SN10`/`SNP`: each neighbour's LA number and its closeness in words.
//! Given as `options.neighbours` (the table's text), a council's ten neighbours are found by
//! its LA number.

use crate::error::ChartError;
use crate::model::input::json::quote;

/// What the chart's words and source call the table.
pub const NAME: &str = "DfE statistical neighbours";

/// Whether `options.neighbours` text is such a table (rather than "band" or "lines").
pub fn is_table(text: &str) -> bool {
    text.contains('\n') && text.contains("SN1")
}

/// One neighbour: its LA number and its closeness ("Very close").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub la_number: String,
    pub closeness: String,
}

/// Councils by LA number and name.
type Councils = &'static [(&'static str, &'static str)];

/// The reorganisations since 2019 (DOMAIN.md's geography notes), by LA number: the councils
/// each abolished and created, and the day it took effect (1 April of its year).
const REORGANISATIONS: [(i64, Councils, Councils); 3] = [
    (2023, &[("909", "Cumbria")], &[("942", "Cumberland"), ("943", "Westmorland and Furness")]),
    (2021, &[("928", "Northamptonshire")], &[("940", "North Northamptonshire"), ("941", "West Northamptonshire")]),
    (
        2019,
        &[("835", "Dorset (the county)"), ("836", "Poole"), ("837", "Bournemouth")],
        &[("838", "Dorset"), ("839", "Bournemouth, Christchurch and Poole")],
    ),
];

/// Refuses a table older than the data it is used with: where the data run past a
/// reorganisation (`latest_start`, the first day of the data's latest period), a table whose
/// councils (above its "Old SNs:" block) still include the councils that reorganisation
/// abolished, or lack those it created, gives neighbours, a mean and ranks that are not today's.
pub fn check_edition(text: &str, latest_start: Option<i64>) -> Result<(), ChartError> {
    let Some(latest) = latest_start else { return Ok(()) };
    let (rows, header_row, header) = read(text)?;
    let number = la_number_column(&header)?;
    let listed: Vec<&str> =
        current_rows(&rows, header_row).filter_map(|cells| cells.get(number)).map(|n| n.trim()).collect();
    for (year, abolished, created) in REORGANISATIONS {
        if latest < crate::model::time::calendar::days_from_civil(year, 4, 1) {
            continue;
        }
        let still: Vec<&str> = abolished.iter().filter(|(n, _)| listed.contains(n)).map(|(_, name)| *name).collect();
        let missing: Vec<&str> = created.iter().filter(|(n, _)| !listed.contains(n)).map(|(_, name)| *name).collect();
        if still.is_empty() && missing.is_empty() {
            continue;
        }
        let mut why = Vec::new();
        if !still.is_empty() {
            why.push(format!("it lists {}", still.join(" and ")));
        }
        if !missing.is_empty() {
            why.push(format!("it has no row for {}", missing.join(" or ")));
        }
        return Err(ChartError::new(
            "options.neighbours",
            format!(
                "this statistical neighbours table predates the {year} reorganisation ({}), and the data run to after it; \
                 give DfE's current table (sn_may_2025.xlsx, with DfE's Local Authority Interactive Tool), read by readSpreadsheet",
                why.join("; ")
            ),
        ));
    }
    Ok(())
}

/// The table's rows, and its header's row and cells.
#[allow(clippy::type_complexity)]
fn read(text: &str) -> Result<(crate::model::input::csv_rows::Rows, usize, Vec<String>), ChartError> {
    let rows = crate::model::input::csv_rows::rows(text)
        .map_err(|(row, why)| ChartError::new("options.neighbours", format!("row {}: {why}", row + 1)))?;
    let (header_row, header) =
        rows.iter().find(|(_, cells)| cells.iter().any(|c| c == "SN1")).cloned().ok_or_else(|| {
            ChartError::new(
                "options.neighbours",
                "expected DfE's statistical neighbours table (a header with LA number, SN1, SNP ... SN10, SNP)",
            )
        })?;
    Ok((rows, header_row, header))
}

fn la_number_column(header: &[String]) -> Result<usize, ChartError> {
    header
        .iter()
        .position(|h| h.eq_ignore_ascii_case("LA number"))
        .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case("LA num")))
        .ok_or_else(|| {
            ChartError::new("options.neighbours", "the statistical neighbours table has no \"LA number\" column")
        })
}

/// The councils' rows: those under the header and above the "Old SNs:" block, where DfE keeps
/// the neighbours of councils since reorganised.
fn current_rows(rows: &[(usize, Vec<String>)], header_row: usize) -> impl Iterator<Item = &Vec<String>> {
    rows.iter()
        .filter(move |(row, _)| *row > header_row)
        .map(|(_, cells)| cells)
        .take_while(|cells| !cells.iter().any(|c| c.trim().to_ascii_lowercase().starts_with("old sns")))
}

/// The neighbours of the council whose LA number is `la_number`, nearest first.
pub fn neighbours(text: &str, la_number: &str) -> Result<Vec<Neighbour>, ChartError> {
    let (rows, header_row, header) = read(text)?;
    let number = la_number_column(&header)?;
    let council = current_rows(&rows, header_row)
        .find(|cells| cells.get(number).is_some_and(|n| n.trim() == la_number.trim()))
        .ok_or_else(|| {
            ChartError::new(
                "options.neighbours",
                format!("the statistical neighbours table has no row for LA number {}", quote(la_number)),
            )
        })?;
    let mut found = Vec::new();
    for k in 1..=10 {
        let Some(at) = header.iter().position(|h| h == &format!("SN{k}")) else { break };
        let cell = |c: usize| council.get(c).map_or("", |s| s.trim());
        if cell(at).is_empty() {
            continue;
        }
        // An older table marks a council it does not yet know with "-" for its neighbours.
        if cell(at) == "-" {
            return Err(ChartError::new(
                "options.neighbours",
                format!(
                    "the statistical neighbours table gives \"-\" for LA number {}: it predates that council; give DfE's current table (sn_may_2025.xlsx)",
                    quote(la_number)
                ),
            ));
        }
        // The closeness is the SNP column after the neighbour's.
        let closeness = header.get(at + 1).filter(|h| h.starts_with("SNP")).map(|_| cell(at + 1)).unwrap_or("");
        found.push(Neighbour {
            la_number: cell(at).to_owned(),
            closeness: crate::model::titles::sentence_case(closeness),
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str =
        "#sheet\tLA SN Groups\tthe only sheet with cells\nA\tB\n\t\nLA num\tLA Name\tLA number\tSN1\tSNP\tSN2\tSNP\n\
        908\tCornwall\t908\t926\tVery close\t351\tVery Close\n835\tDorset (Pre LG)\t835\t893\tExtremely Close\t\t\n";

    #[test]
    fn a_councils_neighbours_are_found_by_its_la_number() {
        assert!(is_table(TABLE) && !is_table("band"));
        assert_eq!(
            neighbours(TABLE, "908").unwrap(),
            [
                Neighbour { la_number: "926".into(), closeness: "Very close".into() },
                Neighbour { la_number: "351".into(), closeness: "Very close".into() }
            ]
        );
        assert_eq!(neighbours(TABLE, "835").unwrap().len(), 1);
        assert_eq!(
            neighbours(TABLE, "999").unwrap_err().to_string(),
            "options.neighbours: the statistical neighbours table has no row for LA number \"999\""
        );
    }

    /// A table as DfE lays it out: two rows of column letters and numbers, the header, the
    /// councils, then the "Old SNs:" block.
    fn table(councils: &[&str], old: &[&str]) -> String {
        let mut text = "A\tB\tC\tD\tE\n1\t2\t3\t4\t5\nLA num\tLA Name\tLA number\tSN1\tSNP\n".to_owned();
        for row in councils {
            text.push_str(&format!("{row}\n"));
        }
        text.push_str("\t\t\t\t\n\tOld SNs:\t\t\t\n");
        for row in old {
            text.push_str(&format!("{row}\n"));
        }
        text
    }

    fn day(year: i64) -> Option<i64> {
        Some(crate::model::time::calendar::days_from_civil(year, 1, 1))
    }

    #[test]
    fn a_table_older_than_the_data_is_refused_by_its_reorganisation() {
        let now = [
            "878\tDevon\t878\t942\tVery close",
            "942\tCumberland\t942\t943\tClose",
            "943\tWestmorland and Furness\t943\t942\tClose",
            "940\tNorth Northamptonshire\t940\t941\tClose",
            "941\tWest Northamptonshire\t941\t940\tClose",
            "838\tDorset\t838\t878\tClose",
            "839\tBournemouth, Christchurch and Poole\t839\t838\tClose",
        ];
        let current = table(&now, &["909\tCumbria\t909\t878\tClose", "928\tNorthamptonshire\t928\t878\tClose"]);
        assert_eq!(check_edition(&current, day(2025)), Ok(()), "the old councils below \"Old SNs:\" are its notes");
        assert_eq!(neighbours(&current, "878").unwrap().len(), 1);
        assert!(neighbours(&current, "909").is_err(), "Cumbria's row is a note, not a council's");

        let before_2023 = [
            "878\tDevon\t878\t909\tVery close",
            "909\tCumbria\t909\t878\tClose",
            "940\tNorth Northamptonshire\t940\t941\tClose",
            "941\tWest Northamptonshire\t941\t940\tClose",
            "838\tDorset\t838\t878\tClose",
            "839\tBournemouth, Christchurch and Poole\t839\t838\tClose",
        ];
        let april_2021 = table(&before_2023, &[]);
        assert_eq!(check_edition(&april_2021, day(2022)), Ok(()), "data before the reorganisation");
        assert_eq!(
            check_edition(&april_2021, day(2024)).unwrap_err().to_string(),
            "options.neighbours: this statistical neighbours table predates the 2023 reorganisation (it lists \
             Cumbria; it has no row for Cumberland or Westmorland and Furness), and the data run to after it; give \
             DfE's current table (sn_may_2025.xlsx, with DfE's Local Authority Interactive Tool), read by readSpreadsheet"
        );
        let older = table(&["878\tDevon\t878\t928\tVery close", "928\tNorthamptonshire\t928\t878\tClose"], &[]);
        assert!(check_edition(&older, day(2024)).unwrap_err().message.contains("predates the 2023 reorganisation"));
        assert!(check_edition(&older, day(2022)).unwrap_err().message.contains("predates the 2021 reorganisation"));

        let dash = table(&["942\tCumberland\t942\t-\t-"], &[]);
        assert!(neighbours(&dash, "942").unwrap_err().message.contains("gives \"-\" for LA number \"942\""));
    }
}
