//! Lines with more points than pixels, reduced to what the pixels can show before drawing.
//! Within each pixel column a run keeps its first, lowest, highest and last point, in the order
//! they come, so every column's extremes survive and neighbouring columns stay joined; a
//! 100,000-point series draws as a few thousand points and looks the same.

/// Splits `points` (in x order; `None` is a gap) into the runs a line is drawn through, each
/// reduced to at most four points per pixel column when it is denser than that.
pub fn line_runs(points: &[Option<(f64, f64)>]) -> Vec<Vec<(f64, f64)>> {
    points
        .split(|p| p.is_none())
        .map(|run| run.iter().flatten().copied().collect::<Vec<_>>())
        .filter(|run| !run.is_empty())
        .map(reduce)
        .collect()
}

/// First, lowest, highest and last point of each pixel column (screen y grows downwards, so
/// "lowest" is the largest y; both extremes are kept either way).
pub fn reduce(run: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let span = match (run.first(), run.last()) {
        (Some(a), Some(b)) => (b.0 - a.0).abs(),
        _ => 0.0,
    };
    if (run.len() as f64) <= 4.0 * (span + 1.0) {
        return run;
    }
    let mut out: Vec<(f64, f64)> = Vec::with_capacity((span as usize + 1) * 4);
    let mut column: Vec<(usize, (f64, f64))> = Vec::new();
    let mut current = f64::NAN;
    let flush = |column: &mut Vec<(usize, (f64, f64))>, out: &mut Vec<(f64, f64)>| {
        let (Some(first), Some(last)) = (column.first().copied(), column.last().copied()) else {
            return;
        };
        let top = column.iter().copied().min_by(|a, b| a.1 .1.total_cmp(&b.1 .1)).unwrap_or(first);
        let bottom = column.iter().copied().max_by(|a, b| a.1 .1.total_cmp(&b.1 .1)).unwrap_or(first);
        let mut keep = [first, top, bottom, last];
        // In the order they came: a sorting network for four (points with equal positions are
        // the same point), not a call to a general sort, in a loop over every pixel column.
        for (a, b) in [(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)] {
            if let (Some(x), Some(y)) = (keep.get(a), keep.get(b)) {
                if x.0 > y.0 {
                    keep.swap(a, b);
                }
            }
        }
        let mut previous = None;
        for (i, point) in keep {
            if previous != Some(i) {
                out.push(point);
                previous = Some(i);
            }
        }
        column.clear();
    };
    for (i, point) in run.into_iter().enumerate() {
        let pixel = point.0.floor();
        if pixel != current {
            flush(&mut column, &mut out);
            current = pixel;
        }
        column.push((i, point));
    }
    flush(&mut column, &mut out);
    out
}
