//! Lines with more points than pixels, reduced to what the pixels can show before drawing.
//! Within each pixel column a run keeps its lowest and highest point, in the order they come,
//! and the run keeps its own first and last point; every column's extremes survive, the line
//! goes from one column's extremes to the next as it did, and a 100,000-point series draws as
//! a few thousand points that look the same. (Keeping each column's first and last point as
//! well, as M4 does, matters only for one-pixel lines: it cost the canvas half as many points
//! again, and as much more time rasterising them.)

/// Splits `points` (in x order; `None` is a gap) into the runs a line is drawn through, each
/// reduced to at most two points per pixel column when it is denser than that.
pub fn line_runs(points: &[Option<(f64, f64)>]) -> Vec<Vec<(f64, f64)>> {
    points
        .split(|p| p.is_none())
        .map(|run| run.iter().flatten().copied().collect::<Vec<_>>())
        .filter(|run| !run.is_empty())
        .map(reduce)
        .collect()
}

/// The lowest and highest point of each pixel column, in the order they came, and the run's
/// first and last point (screen y grows downwards; both extremes are kept either way).
pub fn reduce(run: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let span = match (run.first(), run.last()) {
        (Some(a), Some(b)) => (b.0 - a.0).abs(),
        _ => 0.0,
    };
    if (run.len() as f64) <= 2.0 * (span + 1.0) {
        return run;
    }
    let (first, last) = (run.first().copied(), run.last().copied());
    let mut out: Vec<(f64, f64)> = Vec::with_capacity((span as usize + 1) * 2 + 2);
    out.extend(first);
    let mut column: Option<Column> = None;
    for (i, point) in run.into_iter().enumerate() {
        let x = point.0.floor();
        match &mut column {
            Some(c) if c.x == x => c.take(i, point),
            _ => {
                if let Some(c) = column.take() {
                    c.flush(&mut out);
                }
                column = Some(Column { x, top: (i, point), bottom: (i, point) });
            }
        }
    }
    if let Some(c) = column {
        c.flush(&mut out);
    }
    if let Some(last) = last {
        if out.last() != Some(&last) {
            out.push(last);
        }
    }
    out
}

/// The pixel column being read: its x, and its lowest and highest point with their positions.
struct Column {
    x: f64,
    top: (usize, (f64, f64)),
    bottom: (usize, (f64, f64)),
}

impl Column {
    fn take(&mut self, i: usize, point: (f64, f64)) {
        if point.1 < self.top.1 .1 {
            self.top = (i, point);
        }
        if point.1 > self.bottom.1 .1 {
            self.bottom = (i, point);
        }
    }

    /// The two extremes, in the order they came (once if they are the same point).
    fn flush(self, out: &mut Vec<(f64, f64)>) {
        let (a, b) = if self.top.0 <= self.bottom.0 { (self.top, self.bottom) } else { (self.bottom, self.top) };
        for (_, point) in [a, b] {
            if out.last() != Some(&point) {
                out.push(point);
            }
        }
    }
}
