//! "Nice" axis ticks: round steps of 1, 2 or 5 times a power of ten.

/// Ticks covering a range. Invariant: `values` is strictly increasing, finite, and has at most
/// `MAX_TICKS` entries; `min` and `max` are the first and last value (the axis's extent).
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub step: f64,
    pub min: f64,
    pub max: f64,
}

const MAX_TICKS: usize = 50;

/// About `count` nice ticks that cover `lo..=hi` (in either order). Always terminates; a range
/// too wide or too narrow for f64 arithmetic falls back to its two ends.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Ticks {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let (lo, hi) = widen_if_flat(lo, hi);
    let fallback = || Ticks { values: if lo < hi { vec![lo, hi] } else { vec![lo] }, step: hi - lo, min: lo, max: hi };
    let span = hi - lo;
    if !span.is_finite() || span <= 0.0 {
        return fallback();
    }
    let raw = span / count.clamp(1, MAX_TICKS / 2) as f64;
    let exponent = raw.log10().floor();
    let magnitude = 10f64.powf(exponent);
    let normalised = raw / magnitude;
    let multiple = if normalised >= 50f64.sqrt() {
        10.0
    } else if normalised >= 10f64.sqrt() {
        5.0
    } else if normalised >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    let step = multiple * magnitude;
    let (first, last) = ((lo / step).floor(), (hi / step).ceil());
    if !step.is_finite()
        || step <= 0.0
        || !first.is_finite()
        || !last.is_finite()
        || last - first + 2.0 >= MAX_TICKS as f64
    {
        return fallback();
    }
    // Below 1, divide by a power of ten rather than multiply by a fraction: 0.1 * 3 is
    // 0.30000000000000004, but 3 / 10 is 0.3.
    let inverse = 10f64.powf(-exponent);
    let at = |i: f64| {
        if exponent < 0.0 && inverse.is_finite() {
            i * multiple / inverse
        } else {
            i * step
        }
    };
    let mut values: Vec<f64> = (0..=(last - first) as i64).map(|k| at(first + k as f64)).collect();
    // Rounding may leave an end a hair outside the ticks (a subnormal over the step is 0; found
    // by tests/properties.rs). A hair is invisible; more than that gets a tick more.
    let hair = step * 1e-9;
    if values.last().is_some_and(|&v| hi - v > hair) {
        values.push(at(first + values.len() as f64));
    }
    if values.first().is_some_and(|&v| v - lo > hair) {
        values.insert(0, at(first - 1.0));
    }
    let increasing = values.windows(2).all(|w| matches!(w, [a, b] if a < b));
    match (values.first(), values.last()) {
        (Some(&min), Some(&max)) if increasing && values.iter().all(|v| v.is_finite()) => {
            Ticks { step, min, max, values }
        }
        _ => fallback(),
    }
}

/// A single value has no range: give it one so it sits mid-axis with ticks either side.
fn widen_if_flat(lo: f64, hi: f64) -> (f64, f64) {
    if lo != hi {
        return (lo, hi);
    }
    if lo == 0.0 {
        return (0.0, 1.0);
    }
    let pad = lo.abs() * 0.1;
    let (a, b) = (lo - pad, hi + pad);
    if a.is_finite() && b.is_finite() && a < b {
        (a, b)
    } else {
        (lo, hi)
    }
}
