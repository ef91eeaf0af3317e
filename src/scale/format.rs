//! Numbers and units as an English reader expects them: "1,234", "12.5%", "£669k",
//! "£12.0m", "67 per 10,000", and negatives with a true minus sign, never colour alone.

use crate::model::unit::Unit;

/// The minus sign used in display text (U+2212). CSV keeps the ASCII hyphen.
pub const MINUS: char = '\u{2212}';

/// `value` with `decimals` places, thousands separated by commas, minus as U+2212.
pub fn fixed(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals.min(10), value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    // Rounding can make "-0.0001" print as "0": no sign on a printed zero.
    let is_zero = text.bytes().all(|b| b == b'0' || b == b'.');
    if value < 0.0 && !is_zero {
        out.push(MINUS);
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// The fewest decimal places (up to `max`) that show `value` exactly as given.
pub fn decimals_of(value: f64, max: usize) -> usize {
    (0..max)
        .find(|&d| {
            let scaled = value * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-9 * scaled.abs().max(1.0)
        })
        .unwrap_or(max)
}

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
            Unit::PoundsThousands if largest >= 1000.0 => {
                money(v / 1000.0, decimals(step / 1000.0), "m")
            }
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
