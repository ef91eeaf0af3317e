//! Options shared by every chart kind, checked like data. The view is each kind's own typed
//! value (`model::view`), read with these.

use crate::error::ChartError;
use crate::model::{Json, Node};

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Height of the plot in CSS pixels; otherwise the chart picks one for its width.
    pub height: Option<f64>,
    /// Whether the title, subtitle and source are shown above and below the canvas. When not
    /// (a sparkline in a table cell), the title still names the chart for screen readers.
    pub titles: bool,
    /// Buttons to download the chart as CSV, PNG and SVG, and to play it as sound.
    pub toolbar: bool,
    /// `options.accessed` as said under the chart: "Data accessed 2 December 2026".
    pub accessed: Option<String>,
    /// `options.print: "table"`: the data table is printed under the chart.
    pub print_table: bool,
    /// `options.headingLevel`: the title is a heading of this level (1 to 6).
    pub heading_level: Option<u8>,
}

/// Reads `options` (which may be `null` or absent), and the kind's view from it.
pub fn read_options<V: crate::model::view::View>(json: &Json) -> Result<(Options, V), ChartError> {
    let view = crate::model::view::read_view::<V>(&Node::named(json, "options"))?;
    Ok((read_shared(json)?, view))
}

/// The options every kind reads alike: one copy in the WebAssembly, not one per kind's view.
fn read_shared(json: &Json) -> Result<Options, ChartError> {
    let node = Node::named(json, "options");
    if node.is_null() {
        return Ok(Options {
            height: None,
            titles: true,
            toolbar: false,
            accessed: None,
            print_table: false,
            heading_level: None,
        });
    }
    let fields = node.object()?;
    let height = match fields.optional("height") {
        None => None,
        Some(h) => {
            let value = h.number()?;
            if !(24.0..=4000.0).contains(&value) {
                return Err(h.error(format!("expected a height in CSS pixels from 24 to 4000, found {value}")));
            }
            Some(value)
        }
    };
    let titles = fields.optional("titles").map(|t| t.boolean()).transpose()?.unwrap_or(true);
    let toolbar = fields.optional("toolbar").map(|t| t.boolean()).transpose()?.unwrap_or(false);
    let accessed = fields.optional("accessed").map(|a| accessed_words(&a)).transpose()?;
    let print_table = match fields.optional("print") {
        None => false,
        Some(p) => match p.string() {
            Ok("table") => true,
            Ok("chart") => false,
            _ => return Err(p.expected("\"table\" (print the data table under the chart) or \"chart\"")),
        },
    };
    let heading_level = match fields.optional("headingLevel") {
        None => None,
        Some(level) => match level.number() {
            Ok(n) if (1.0..=6.0).contains(&n) && n.fract() == 0.0 => Some(n as u8),
            _ => return Err(level.expected("a heading level from 1 to 6, such as 2 (the title as an <h2>)")),
        },
    };
    Ok(Options { height, titles, toolbar, accessed, print_table, heading_level })
}

/// `options.accessed`, a date such as "2026-12-02": "Data accessed 2 December 2026".
fn accessed_words(node: &Node) -> Result<String, ChartError> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let refuse = || node.expected("a date such as \"2026-12-02\" (the day the data were taken)");
    let text = node.string().map_err(|_| refuse())?.trim();
    // An ISO date only, read here: the period reader would bring every period format into the
    // funding module for this one line.
    let mut parts = text.splitn(3, '-').map(|p| (p.len(), p.parse::<i64>().ok()));
    let (Some((4, Some(year))), Some((2, Some(month))), Some((2, Some(day)))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(refuse());
    };
    // A day that does not exist (13th month, 30 February) comes back as another: written
    // right, it is said to be no such day, not to be written wrong.
    let days = crate::model::time::calendar::days_from_civil(year, month, day);
    if crate::model::time::calendar::civil_from_days(days) != (year, month, day) {
        let why = match MONTHS.get(usize::try_from(month - 1).unwrap_or(usize::MAX)) {
            Some(name) => {
                format!("{name} {year} has {} days", crate::model::time::calendar::days_in_month(year, month))
            }
            None => "a year has 12 months".to_owned(),
        };
        // Quoted as every message quotes (Debug formatting would bring its escape tables).
        let quoted = crate::model::input::json::quote(text);
        return Err(node.error(format!("{quoted} is written as a date, but there is no such day ({why})")));
    }
    let month = usize::try_from(month - 1).ok().and_then(|m| MONTHS.get(m)).ok_or_else(refuse)?;
    Ok(format!("Data accessed {day} {month} {year}"))
}
