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

/// The neighbours of the council whose LA number is `la_number`, nearest first.
pub fn neighbours(text: &str, la_number: &str) -> Result<Vec<Neighbour>, ChartError> {
    let rows = crate::model::input::csv_rows::rows(text)
        .map_err(|(row, why)| ChartError::new("options.neighbours", format!("row {}: {why}", row + 1)))?;
    let header = rows.iter().find(|(_, cells)| cells.iter().any(|c| c == "SN1")).ok_or_else(|| {
        ChartError::new(
            "options.neighbours",
            "expected DfE's statistical neighbours table (a header with LA number, SN1, SNP ... SN10, SNP)",
        )
    })?;
    let (header_row, header) = (header.0, &header.1);
    let number = header
        .iter()
        .position(|h| h.eq_ignore_ascii_case("LA number"))
        .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case("LA num")))
        .ok_or_else(|| {
            ChartError::new("options.neighbours", "the statistical neighbours table has no \"LA number\" column")
        })?;
    let council = rows
        .iter()
        .filter(|(row, _)| *row > header_row)
        .find(|(_, cells)| cells.get(number).is_some_and(|n| n.trim() == la_number.trim()))
        .ok_or_else(|| {
            ChartError::new(
                "options.neighbours",
                format!("the statistical neighbours table has no row for LA number {}", quote(la_number)),
            )
        })?;
    let mut found = Vec::new();
    for k in 1..=10 {
        let Some(at) = header.iter().position(|h| h == &format!("SN{k}")) else { break };
        let cell = |c: usize| council.1.get(c).map_or("", |s| s.trim());
        if cell(at).is_empty() {
            continue;
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
}
