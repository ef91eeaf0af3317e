//! Options shared by every chart kind, checked like data (`options.view: ...`).

use crate::error::ChartError;
use crate::model::{Json, Node};

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// One of the kind's views; the first listed is the default.
    pub view: &'static str,
    /// Height of the plot in CSS pixels; otherwise the chart picks one for its width.
    pub height: Option<f64>,
    /// Whether the title, subtitle and source are shown above and below the canvas. When not
    /// (a sparkline in a table cell), the title still names the chart for screen readers.
    pub titles: bool,
    /// Buttons to download the chart as CSV, PNG and SVG.
    pub toolbar: bool,
}

/// Reads `options` (which may be `null` or absent), accepting the given views.
pub fn read_options(json: &Json, views: &'static [&'static str], planned: &[&str]) -> Result<Options, ChartError> {
    let node = Node::named(json, "options");
    let default_view = views.first().copied().unwrap_or("default");
    if node.is_null() {
        return Ok(Options { view: default_view, height: None, titles: true, toolbar: false });
    }
    let fields = node.object()?;
    let view = match fields.optional("view") {
        None => default_view,
        Some(v) => {
            let asked = v.string()?;
            match views.iter().find(|name| **name == asked) {
                Some(name) => name,
                None if planned.contains(&asked) => {
                    return Err(v.error(format!(
                        "the \"{asked}\" view is not in this version yet; available: {}",
                        quoted_list(views)
                    )))
                }
                None => return Err(v.expected(&format!("one of {}", quoted_list(views)))),
            }
        }
    };
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
    Ok(Options { view, height, titles, toolbar })
}

fn quoted_list(items: &[&str]) -> String {
    items.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")
}
