//! Numbers and units as an English reader expects them: "1,234", "12.5%", "£669k",
//! "£12.0m", "67 per 10,000", and negatives with a true minus sign, never colour alone.

use crate::model::kpi::unit::{Unit, UnitKind};

// Plain numbers are written in the model stage too (a funding plan's findings name its
// figures), so they live there; here they gain units.
pub use crate::model::input::number::{decimals_of, fixed, MINUS};

/// One value in words, for tooltips, descriptions and labels.
pub fn format_value(value: f64, unit: &Unit) -> String {
    let plain = |v: f64| fixed(v, places(v, unit));
    match &unit.kind {
        UnitKind::Count => plain(value),
        UnitKind::Percent => format!("{}%", plain(value)),
        UnitKind::Pounds if value.abs() >= 999_500.0 => spoken_pounds(value, 1.0),
        UnitKind::Pounds => money(value, if decimals_of(value, 2) == 0 { 0 } else { 2 }, ""),
        UnitKind::PoundsThousands => spoken_pounds(value, 1e3),
        UnitKind::PoundsMillions => spoken_pounds(value, 1e6),
        UnitKind::Per10k => format!("{} per 10,000", plain(value)),
        UnitKind::Other(text) => format!("{} {text}", plain(value)),
    }
}

/// The decimal places a figure is said to: the publisher's, where the unit has them, else as
/// many as the figure needs, up to two.
pub fn places(value: f64, unit: &Unit) -> usize {
    unit.decimals.map_or_else(|| decimals_of(value, 2), usize::from)
}

/// An amount of money as a reader says it: "£1.9bn", "£15.6bn", "£139m", "£5.5m", "£357k",
/// "£500". Tables and CSV keep the exact figure; a sentence or a label needs no more than three
/// figures to be read, and "£1,914.921m" is harder to read than it is precise. A figure that
/// rounds up into the next size is said in that size ("£1.0m", not "£1,000k").
fn spoken_pounds(value: f64, pounds_per_unit: f64) -> String {
    // Sizes compared and divided in the unit's own scale, so no figure overflows on its way.
    let at_least = |pounds: f64| value.abs() >= pounds / pounds_per_unit;
    let in_size = |pounds: f64| value * (pounds_per_unit / pounds);
    if at_least(999.5e6) {
        money(in_size(1e9), 1, "bn")
    } else if at_least(99.95e6) {
        money(in_size(1e6), 0, "m")
    } else if at_least(999.5e3) {
        money(in_size(1e6), 1, "m")
    } else if at_least(999.5) {
        money(in_size(1e3), 0, "k")
    } else {
        let pounds = in_size(1.0);
        money(pounds, if decimals_of(pounds, 2) == 0 { 0 } else { 2 }, "")
    }
}

/// Axis tick labels: one number style for the whole axis, with as many decimals as the step needs.
pub fn format_ticks(values: &[f64], step: f64, unit: &Unit) -> Vec<String> {
    let decimals = |s: f64| decimals_of(s, 6);
    let largest = values.iter().fold(0f64, |m, v| m.max(v.abs()));
    values
        .iter()
        .map(|&v| match &unit.kind {
            UnitKind::Count | UnitKind::Per10k | UnitKind::Other(_) => fixed(v, decimals(step)),
            UnitKind::Percent => format!("{}%", fixed(v, decimals(step))),
            UnitKind::Pounds => money(v, decimals(step), ""),
            UnitKind::PoundsThousands if largest >= 1e6 => money(v / 1e6, decimals(step / 1e6), "bn"),
            UnitKind::PoundsThousands if largest >= 1000.0 => money(v / 1000.0, decimals(step / 1000.0), "m"),
            UnitKind::PoundsMillions if largest >= 1000.0 => money(v / 1000.0, decimals(step / 1000.0), "bn"),
            UnitKind::PoundsThousands => money(v, decimals(step), "k"),
            UnitKind::PoundsMillions => money(v, decimals(step), "m"),
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
