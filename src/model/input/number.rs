//! Plain numbers as an English reader expects them ("1,234.5", a true minus sign), for
//! every stage from the model's findings on; `scale::format` adds units.

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
    push_grouped(&mut out, whole);
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Appends a run of ASCII digits with its thousands separated by commas ("10000" as "10,000").
pub fn push_grouped(out: &mut String, digits: &str) {
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
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
