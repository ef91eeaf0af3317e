//! Whether a KPI is really changing, or moving within its noise: the recent trend as OHID's
//! Fingertips works it out, from the values themselves. Over the latest five points with 95%
//! intervals, a line is fitted by weighted least squares (each point weighted by the inverse of
//! its variance, the interval's width over 3.92, squared); the change is significant when the
//! slope's chi-square (slope over its standard error, squared) passes 9.5495 (one degree of
//! freedom at 99.8%) and the slope keeps its sign with any one point left out. Without intervals
//! but with counts and denominators (a proportion), the chi-square test for trend in
//! proportions, with the same leave-one-out check on the log-odds. Fewer than five such points
//! cannot be calculated, and say why.

/// Chi-square with one degree of freedom at 99.8%: Fingertips' threshold.
pub const CHI_SQUARE_998: f64 = 9.549_535_706_083_24;
/// How many of the latest points the trend is worked out over.
pub const POINTS: usize = 5;

/// One point of a series for the trend: its value and 95% interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WithInterval {
    pub value: f64,
    pub lower: f64,
    pub upper: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Increasing,
    Decreasing,
}

/// Why a trend cannot be calculated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Fewer than five points with a value and what the test needs (intervals, or a count and
    /// denominator): how many there are.
    FewerThanFive(usize),
    /// An interval of no width, or a count of none or all: no variance to weigh by.
    NoVariance,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trend {
    Significant { direction: Direction, chi_square: f64, slope: f64 },
    NoSignificantChange { chi_square: f64, slope: f64 },
    CannotBeCalculated(Why),
}

/// The recent trend of `points` (in time order; the latest five are used).
pub fn with_intervals(points: &[WithInterval]) -> Trend {
    let latest = match points.len().checked_sub(POINTS).and_then(|start| points.get(start..)) {
        Some(latest) => latest,
        None => return Trend::CannotBeCalculated(Why::FewerThanFive(points.len())),
    };
    // (weight, time, value) for t = 1 to 5.
    let mut weighted = Vec::with_capacity(POINTS);
    for (t, p) in (1..).zip(latest) {
        let se = (p.upper - p.lower) / 3.92;
        if !(se.is_finite() && se > 0.0) {
            return Trend::CannotBeCalculated(Why::NoVariance);
        }
        weighted.push((1.0 / (se * se), f64::from(t), p.value));
    }
    // The slope of the weighted fit, leaving out the point at `skip` (none: 0).
    let fit = |skip: usize| {
        let (mut s1, mut s2, mut s3, mut s4, mut s5) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (i, (w, t, y)) in weighted.iter().enumerate() {
            if i + 1 == skip {
                continue;
            }
            s1 += w;
            s2 += w * y * t;
            s3 += w * t;
            s4 += w * y;
            s5 += w * t * t;
        }
        let spread = s1 * s5 - s3 * s3;
        ((s1 * s2 - s3 * s4) / spread, (s1 / spread).sqrt())
    };
    let (slope, standard_error) = fit(0);
    let chi_square = (slope / standard_error).powi(2);
    let one_sign = (1..=POINTS).all(|skip| (fit(skip).0 < 0.0) == (slope < 0.0));
    decide(slope, chi_square, one_sign)
}

/// The recent trend of a proportion from its counts and denominators (in time order), where
/// the data give no intervals.
pub fn of_proportions(points: &[(f64, f64)]) -> Trend {
    let latest = match points.len().checked_sub(POINTS).and_then(|start| points.get(start..)) {
        Some(latest) => latest,
        None => return Trend::CannotBeCalculated(Why::FewerThanFive(points.len())),
    };
    if latest.iter().any(|(count, denominator)| !(*count > 0.0 && count < denominator)) {
        return Trend::CannotBeCalculated(Why::NoVariance);
    }
    // The chi-square test for trend in proportions (Armitage), t = 1 to 5.
    let (mut n, mut rt, mut r, mut nt, mut nt2) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (t, (count, denominator)) in (1..).zip(latest) {
        let t = f64::from(t);
        n += denominator;
        rt += count * t;
        r += count;
        nt += denominator * t;
        nt2 += denominator * t * t;
    }
    let chi_square = n * (n * rt - r * nt).powi(2) / (r * (n - r) * (n * nt2 - nt * nt));
    // The slope of the log-odds against time, with each point left out in turn.
    let log_odds: Vec<(f64, f64)> = (1..)
        .zip(latest)
        .map(|(t, (count, denominator))| (f64::from(t), (count / (denominator - count)).ln()))
        .collect();
    let slope_without = |skip: usize| {
        let kept: Vec<&(f64, f64)> =
            log_odds.iter().enumerate().filter(|(i, _)| i + 1 != skip).map(|(_, p)| p).collect();
        let k = kept.len() as f64;
        let (st, sy, sty, stt) = kept
            .iter()
            .fold((0.0, 0.0, 0.0, 0.0), |(st, sy, sty, stt), (t, y)| (st + t, sy + y, sty + t * y, stt + t * t));
        (k * sty - st * sy) / (k * stt - st * st)
    };
    let slope = slope_without(0);
    let one_sign = (1..=POINTS).all(|skip| (slope_without(skip) < 0.0) == (slope < 0.0));
    decide(slope, chi_square, one_sign)
}

fn decide(slope: f64, chi_square: f64, one_sign: bool) -> Trend {
    if !(slope.is_finite() && chi_square.is_finite()) {
        return Trend::CannotBeCalculated(Why::NoVariance);
    }
    if one_sign && chi_square > CHI_SQUARE_998 {
        let direction = if slope > 0.0 { Direction::Increasing } else { Direction::Decreasing };
        Trend::Significant { direction, chi_square, slope }
    } else {
        Trend::NoSignificantChange { chi_square, slope }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(values: &[f64], half_width: f64) -> Vec<WithInterval> {
        values.iter().map(|v| WithInterval { value: *v, lower: v - half_width, upper: v + half_width }).collect()
    }

    #[test]
    fn a_steady_fall_with_narrow_intervals_is_significant_and_noise_is_not() {
        let falling = with_intervals(&points(&[93.6, 88.0, 83.1, 77.9, 72.7], 2.0));
        assert!(matches!(falling, Trend::Significant { direction: Direction::Decreasing, .. }), "{falling:?}");
        let noisy = with_intervals(&points(&[70.0, 74.0, 69.0, 73.0, 71.0], 8.0));
        assert!(matches!(noisy, Trend::NoSignificantChange { .. }), "{noisy:?}");
        // A rise that one last point reverses: the slope is steep, but not of one sign with any
        // point left out, so it is not called a trend.
        let one_jump = with_intervals(&points(&[70.0, 71.0, 72.0, 73.0, 60.0], 1.0));
        assert!(matches!(one_jump, Trend::NoSignificantChange { .. }), "{one_jump:?}");
        assert_eq!(with_intervals(&points(&[1.0, 2.0, 3.0], 1.0)), Trend::CannotBeCalculated(Why::FewerThanFive(3)));
        assert_eq!(
            with_intervals(&points(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.0)),
            Trend::CannotBeCalculated(Why::NoVariance)
        );
    }

    #[test]
    fn only_the_latest_five_points_count() {
        // A long rise, then five flat points: no significant change.
        let mut values: Vec<f64> = (0..10).map(|i| 50.0 + 5.0 * f64::from(i)).collect();
        values.extend([100.0, 100.5, 99.5, 100.0, 100.2]);
        assert!(matches!(with_intervals(&points(&values, 3.0)), Trend::NoSignificantChange { .. }));
    }

    #[test]
    fn proportions_are_tested_by_their_counts() {
        let rising: Vec<(f64, f64)> = [100.0, 130.0, 160.0, 190.0, 220.0].iter().map(|c| (*c, 1000.0)).collect();
        assert!(matches!(of_proportions(&rising), Trend::Significant { direction: Direction::Increasing, .. }));
        let flat: Vec<(f64, f64)> = [100.0, 104.0, 97.0, 101.0, 99.0].iter().map(|c| (*c, 1000.0)).collect();
        assert!(matches!(of_proportions(&flat), Trend::NoSignificantChange { .. }));
        assert_eq!(of_proportions(&[(0.0, 10.0); 5]), Trend::CannotBeCalculated(Why::NoVariance));
    }
}
