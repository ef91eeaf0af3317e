//! The `.meta.csv` DfE publishes beside every Explore Education Statistics data file (columns
//! `col_name`, `col_type`, `label`, `indicator_unit`, `indicator_dp`, ...), given as
//! `options.meta`: an indicator's proper name and unit, instead of its column name
//! (`agency_rate_fte`) and a unit guessed from it.

use crate::error::ChartError;
use crate::model::input::area::did_you_mean;
use crate::model::input::json::quote;
use crate::model::Json;

/// What the meta file says of one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorMeta {
    pub label: String,
    pub unit: Option<String>,
    /// `indicator_dp`: the places EES shows the figures to.
    pub decimals: Option<u8>,
}

/// The meta file's row for `indicator`.
pub fn read(meta: &Json, indicator: &str) -> Result<IndicatorMeta, ChartError> {
    let Json::String(text) = meta else {
        return Err(ChartError::new(
            "options.meta",
            format!("expected the text of the file's .meta.csv, {}", meta.found()),
        ));
    };
    let expected =
        "expected the .meta.csv EES publishes beside the data file, with columns col_name, col_type and label";
    let rows = crate::model::input::csv_rows::rows(text)
        .map_err(|(row, why)| ChartError::new("options.meta", format!("row {}: {why}", row + 1)))?;
    let Some(((_, header), body)) = rows.split_first() else {
        return Err(ChartError::new("options.meta", format!("is empty; {expected}")));
    };
    let column =
        |name: &str| header.iter().position(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name));
    let (Some(name), Some(label)) = (column("col_name"), column("label")) else {
        return Err(ChartError::new(
            "options.meta",
            format!("{expected}; found {}", header.iter().take(6).map(|h| quote(h)).collect::<Vec<_>>().join(", ")),
        ));
    };
    let unit = column("indicator_unit");
    let found = body.iter().find(|(_, cells)| cell(cells, name).eq_ignore_ascii_case(indicator));
    let Some((_, cells)) = found else {
        let names = body.iter().map(|(_, cells)| cell(cells, name));
        return Err(ChartError::new(
            "options.meta",
            format!(
                "has no row for the indicator {}{}; is it the meta file of the same data file?",
                quote(indicator),
                did_you_mean(indicator, names)
            ),
        ));
    };
    let unit = unit.map(|c| cell(cells, c)).filter(|u| !u.is_empty()).map(|u| match u {
        // EES's units as the charts name them.
        "pp" => "percentage points".to_owned(),
        other => other.to_owned(),
    });
    // EES's display places: a whole number, or blank for none given.
    let decimals = column("indicator_dp").and_then(|c| cell(cells, c).trim().parse::<u8>().ok());
    Ok(IndicatorMeta { label: cell(cells, label).to_owned(), unit, decimals })
}

fn cell(cells: &[String], c: usize) -> &str {
    cells.get(c).map_or("", |s| s.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str =
        "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n\
        agency_rate_fte,Indicator,Agency worker rate (FTE),,%,1,,\n\
        inpost_fte,Indicator,Social workers in post (FTE),,,1,,\n\
        characteristic,Filter,Characteristic,,,,,\n";

    #[test]
    fn an_indicator_is_named_and_given_its_unit_and_places() {
        let meta = Json::String(META.to_owned());
        assert_eq!(
            read(&meta, "agency_rate_fte").unwrap(),
            IndicatorMeta { label: "Agency worker rate (FTE)".into(), unit: Some("%".into()), decimals: Some(1) }
        );
        assert_eq!(
            read(&meta, "INPOST_FTE").unwrap(),
            IndicatorMeta { label: "Social workers in post (FTE)".into(), unit: None, decimals: Some(1) }
        );
        assert_eq!(
            read(&meta, "agency_rate").unwrap_err().to_string(),
            "options.meta: has no row for the indicator \"agency_rate\"; did you mean \"agency_rate_fte\"?; is it the meta file of the same data file?"
        );
        assert!(read(&Json::String("a,b\n1,2\n".into()), "x")
            .unwrap_err()
            .message
            .starts_with("expected the .meta.csv"));
    }
}
