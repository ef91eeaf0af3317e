//! What every KPI CSV layout shares (the wide layout, DfE EES, OHID Fingertips): the table,
//! the series a reader is asked for and their roles, points read from cells, and values with
//! the statistics releases' flags. The layouts are read in `kpi_csv`, `kpi_ees` and
//! `kpi_fingertips`, which import this and not one another.

use crate::error::ChartError;
use crate::model::input::json::{quote, Json};
use crate::model::input::limits::MAX_SERIES;
use crate::model::input::node::Fields;
use crate::model::kpi::detail::Detail;
use crate::model::kpi::field::FieldBuilder;
use crate::model::kpi::unit::{Polarity, Unit};
use crate::model::kpi::{Point, Role};

pub(super) use crate::model::input::csv_rows::at;

/// A value cell: a number (`£`, thousands separators, a trailing `%` and brackets for a
/// negative allowed, as a spreadsheet prints them), or a gap for a suppression code.
pub(super) fn value(cell: &str) -> Result<Option<f64>, String> {
    flagged_value(cell).map(|(v, _)| v)
}

/// DfE's codes that stand for a figure with something to say: `k` rounds to zero but is not
/// zero (drawn as zero, and said); `u` is of low reliability and not published (a gap, said).
const ROUNDS_TO_ZERO: &str = "Rounds to zero but is not zero (k)";

const SUPPRESSED: &str = "Suppressed to protect confidentiality (c)";

const NOT_AVAILABLE: &str = "Not available (x)";

const NOT_APPLICABLE: &str = "Not applicable (z)";

const LOW: &str = "Too few to publish (low)";

const LOW_RELIABILITY: &str = "Low reliability: not published (u)";

/// A value cell and, for DfE's `k` and `u`, what the code says of it.
pub(super) fn flagged_value(cell: &str) -> Result<(Option<f64>, Option<&'static str>), String> {
    let text = cell.trim();
    match text {
        "k" | "K" => return Ok((Some(0.0), Some(ROUNDS_TO_ZERO))),
        "u" | "U" => return Ok((None, Some(LOW_RELIABILITY))),
        _ => {}
    }
    // DfE's and ONS's codes for a figure not given, kept as words so a chart can say why
    // (GSS's symbols: c confidential, x not available, z not applicable).
    match text.to_ascii_lowercase().as_str() {
        "c" => return Ok((None, Some(SUPPRESSED))),
        "x" | ":" | ".." => return Ok((None, Some(NOT_AVAILABLE))),
        "z" => return Ok((None, Some(NOT_APPLICABLE))),
        "low" => return Ok((None, Some(LOW))),
        "" | "-" => return Ok((None, None)),
        _ => {}
    }
    let text = text.strip_prefix('£').unwrap_or(text);
    let (negative, text) = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => (true, inner.trim()),
        None => (false, text),
    };
    let text = text.strip_prefix('£').unwrap_or(text);
    let plain: String = text.trim_end_matches('%').chars().filter(|c| *c != ',').collect();
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() && plain.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-')) => {
            Ok((Some(if negative { -v } else { v }), None))
        }
        _ => Err(format!(
            "expected a number or a suppression code (z, c, x, k, u, low, :), found the text {}",
            quote(cell)
        )),
    }
}

/// What a flagged value's code says of it, as the point's note.
pub(super) fn flag_note(flag: Option<&'static str>) -> Option<Box<Detail>> {
    flag.map(|note| Detail::noted(note.to_owned()))
}

pub(super) struct Table {
    pub header: Vec<String>,
    /// Every row with its index in the file, the header first: shared with every other reader
    /// of the same text (csv_rows::shared_rows).
    pub all: std::rc::Rc<crate::model::input::csv_rows::Rows>,
}

impl Table {
    /// The rows under the header, with their index in the file (the header is 0).
    pub fn rows(&self) -> &[(usize, Vec<String>)] {
        self.all.get(1..).unwrap_or(&[])
    }
}

/// A series read from CSV: its name, its role, where it was named (the header's cell, or
/// the option that asked for it: "options.neighbours[2]"), and its points.
pub(super) struct CsvSeries {
    pub name: String,
    pub role: Role,
    pub named_at: String,
    pub points: Vec<CsvPoint>,
}

/// The option that asks for a series in `role`; a neighbour's with its place in the list.
pub(super) fn option_for(role: Role, neighbour: usize) -> String {
    match role {
        Role::Own => "options.council".to_owned(),
        Role::Benchmark => "options.comparators".to_owned(),
        Role::Neighbour => format!("options.neighbours[{neighbour}]"),
    }
}

/// The series a file with every council in it is read into: the council, the comparators
/// (`options.comparators`, else `default_comparators`) and the statistical neighbours
/// (`options.neighbours` as a list of names or codes; as "band" or "lines" it says only how
/// neighbours are drawn).
pub(super) fn wanted_series(
    fields: Option<&Fields>,
    council: &str,
    default_comparators: Vec<String>,
) -> Result<Vec<CsvSeries>, ChartError> {
    let comparators = names_option(fields, "comparators")?.unwrap_or(default_comparators);
    let neighbours = match fields.and_then(|f| f.optional("neighbours")) {
        Some(node) if matches!(node.value(), Json::Array(_)) => names_option(fields, "neighbours")?.unwrap_or_default(),
        _ => Vec::new(),
    };
    let own = std::iter::once((council.to_owned(), Role::Own, 0));
    let series = own
        .chain(comparators.into_iter().map(|c| (c, Role::Benchmark, 0)))
        .chain(neighbours.into_iter().enumerate().map(|(i, n)| (n, Role::Neighbour, i)))
        .map(|(name, role, i)| CsvSeries { name, role, named_at: option_for(role, i), points: Vec::new() })
        .collect::<Vec<_>>();
    if series.len() > MAX_SERIES {
        return Err(ChartError::new(
            "options.neighbours",
            format!(
                "the council, its comparators and neighbours make {} series; at most {MAX_SERIES} fit one chart",
                series.len()
            ),
        ));
    }
    Ok(series)
}

/// What a published file says of its KPI besides the series (a title, a unit, a polarity,
/// every council's figures), which the options override.
#[derive(Default)]
pub(super) struct FileSays {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<String>,
    pub trend: Option<String>,
    pub unit: Option<Unit>,
    /// The decimal places the publisher shows its figures to, whatever the unit.
    pub decimals: Option<u8>,
    pub polarity: Option<Polarity>,
    pub benchmarks_comparable: Option<bool>,
    pub councils: Option<FieldBuilder>,
}

/// What a published layout's reader gives: the series, and what the file says.
pub(super) type ReadSeries = (Vec<CsvSeries>, FileSays);

/// A point read from CSV (with what the file says of it: a confidence interval, a
/// comparison, a note), and the cell its value came from (row, column).
pub(super) struct CsvPoint {
    pub point: Point,
    pub row: usize,
    pub column: usize,
}

pub(super) fn names_option(fields: Option<&Fields>, name: &str) -> Result<Option<Vec<String>>, ChartError> {
    let Some(node) = fields.and_then(|f| f.optional(name)) else {
        return Ok(None);
    };
    node.array()?.iter().map(|n| n.label(500)).collect::<Result<Vec<_>, _>>().map(Some)
}

/// What follows "is not a column": `did you mean "agency_rate_fte"?`, or, with no column near,
/// the columns it might have meant (`what`: "its figure columns"), the first twelve.
pub(super) fn column_hint(wanted: &str, columns: &[&str], what: &str) -> String {
    use crate::model::input::nearest::{lower, nearest};
    if let Some(column) = nearest(wanted, columns, lower).and_then(|i| columns.get(i)) {
        return format!("did you mean \"{column}\"?");
    }
    let shown: Vec<String> = columns.iter().take(12).map(|c| format!("\"{c}\"")).collect();
    let more = if columns.len() > 12 { format!(" and {} more", columns.len() - 12) } else { String::new() };
    format!("{what} are {}{more}", shown.join(", "))
}
