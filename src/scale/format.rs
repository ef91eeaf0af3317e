//! Numbers and units as an English reader expects them: "1,234", "12.5%", "£669k",
//! "£12.0m", "67 per 10,000", and negatives with a true minus sign, never colour alone.

use crate::model::unit::Unit;

// Plain numbers are written in the model stage too (a funding plan's findings name its
// figures), so they live there; here they gain units.
pub use crate::model::number::{decimals_of, fixed, MINUS};

/// One value in words, for tooltips, descriptions and labels.
pub fn format_value(value: f64, unit: &Unit) -> String {
    let plain = |v: f64| fixed(v, decimals_of(v, 2));
    match unit {
        Unit::Count => plain(value),
        Unit::Percent => format!("{}%", plain(value)),
        Unit::Pounds => money(value, if decimals_of(value, 2) == 0 { 0 } else { 2 }, ""),
        Unit::PoundsThousands if value.abs() >= 1000.0 => {
            let millions = value / 1000.0;
            money(millions, decimals_of(millions, 3), "m")
        }
        Unit::PoundsThousands => money(value, decimals_of(value, 2), "k"),
        Unit::PoundsMillions => money(value, decimals_of(value, 3), "m"),
        Unit::Per10k => format!("{} per 10,000", plain(value)),
        Unit::Other(text) => format!("{} {text}", plain(value)),
    }
}

/// Axis tick labels: one number style for the whole axis, with as many decimals as the step needs.
pub fn format_ticks(values: &[f64], step: f64, unit: &Unit) -> Vec<String> {
    let decimals = |s: f64| decimals_of(s, 6);
    let largest = values.iter().fold(0f64, |m, v| m.max(v.abs()));
    values
        .iter()
        .map(|&v| match unit {
            Unit::Count | Unit::Per10k | Unit::Other(_) => fixed(v, decimals(step)),
            Unit::Percent => format!("{}%", fixed(v, decimals(step))),
            Unit::Pounds => money(v, decimals(step), ""),
            Unit::PoundsThousands if largest >= 1000.0 => money(v / 1000.0, decimals(step / 1000.0), "m"),
            Unit::PoundsThousands => money(v, decimals(step), "k"),
            Unit::PoundsMillions => money(v, decimals(step), "m"),
        })
        .collect()
}

/// "£669k", "−£357k": the sign goes before the pound sign.
fn money(value: f64, decimals: usize, suffix: &str) -> String {
    let digits = fixed(value, decimals);
    if digits.bytes().all(|b| b == b'0' || b == b'.') {
        return "£0".into();
    }
    match digits.strip_prefix(MINUS) {
        Some(rest) => format!("{MINUS}£{rest}{suffix}"),
        None => format!("£{digits}{suffix}"),
    }
}

/// A number for CSV: plain digits, ASCII minus, no separators, shortest exact form.
pub fn csv_number(value: f64) -> String {
    format!("{value}")
}
