//! Amounts as budget tables print them. Nil is `-`, a dash or blank; negatives come as
//! `-357`, `- 357`, `−357` or `(357)`; figures may carry `£` and thousands separators.
//! JSON figures are numbers or nil; CSV cells are text and go through [`parse_amount`].

use crate::error::ChartError;
use crate::model::input::json::{quote, Json};
use crate::model::input::node::Node;

/// What a blank or dashed cell means: nothing spent or planned (nil), not zero-by-mistake.
/// Published tables' markers for a figure not given are nil too: MHCLG's `[x]` (not received
/// in time), `[z]` (not collected), `[n]` (no estimate), `[Y]` (not relevant) and `M` (no
/// return).
fn is_nil(text: &str) -> bool {
    matches!(
        text,
        "" | "-"
            | "\u{2013}"
            | "\u{2014}"
            | "\u{2212}"
            | "nil"
            | "Nil"
            | "NIL"
            | "[x]"
            | "[X]"
            | "[z]"
            | "[Z]"
            | "[n]"
            | "[N]"
            | "[y]"
            | "[Y]"
            | "M"
    )
}

/// Reads a printed amount. `Ok(None)` is nil; the error says what was expected.
pub fn parse_amount(cell: &str) -> Result<Option<f64>, String> {
    let text = cell.trim();
    if is_nil(text) {
        return Ok(None);
    }
    // "£(357)" and "(£357)" both occur: the pound sign may stand outside the brackets too.
    let text = text.strip_prefix('£').map_or(text, str::trim_start);
    let (negative, rest) = if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        (true, inner.trim())
    } else if let Some(rest) = text.strip_prefix(['-', '\u{2212}', '\u{2013}']) {
        (true, rest.trim_start())
    } else {
        (false, text)
    };
    let digits: String = rest.strip_prefix('£').unwrap_or(rest).chars().filter(|c| *c != ',' && *c != ' ').collect();
    let plain = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
    match digits.parse::<f64>() {
        Ok(value) if plain && value.is_finite() => Ok(Some(if negative { -value } else { value })),
        _ => {
            Err(format!("expected an amount such as 1,234, (357), - 357 or - for nil, found the text {}", quote(cell)))
        }
    }
}

/// A JSON figure: a finite number, or nil (`null`, `"-"` or blank text). Other text is refused
/// with a hint, as everywhere in JSON data: only CSV cells are read as printed text.
pub fn read_amount(node: &Node) -> Result<Option<f64>, ChartError> {
    match node.value() {
        Json::String(text) if is_nil(text.trim()) => Ok(None),
        Json::String(text) if parse_amount(text).is_ok() => Err(node.error(format!(
            "expected a number, null or \"-\", found the text {} (write numbers without quotes)",
            quote(text)
        ))),
        _ => node.number_or_null().map_err(|_| node.expected("a number, null or \"-\"")),
    }
}
