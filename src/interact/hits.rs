//! Finding the datum under the pointer, over the scene's targets (never over pixels).
//! Targets are grouped into columns by x, so the nearest column is a binary search.

use crate::scene::Target;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitIndex {
    /// Sorted by x; each column's targets share one x.
    columns: Vec<(f64, Vec<Target>)>,
}

impl HitIndex {
    pub fn new(targets: &[Target]) -> Self {
        let mut sorted: Vec<Target> = targets.iter().copied().filter(|t| t.x.is_finite() && t.y.is_finite()).collect();
        sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut columns: Vec<(f64, Vec<Target>)> = Vec::new();
        for target in sorted {
            match columns.last_mut() {
                Some((x, column)) if (target.x - *x).abs() < 0.5 => column.push(target),
                _ => columns.push((target.x, vec![target])),
            }
        }
        HitIndex { columns }
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// The target in the column nearest to `x` (if within `max_dx`) that is nearest to `y`.
    pub fn nearest(&self, x: f64, y: f64, max_dx: f64) -> Option<Target> {
        let after = self.columns.partition_point(|(cx, _)| *cx < x);
        let candidates = [after.checked_sub(1), Some(after)];
        let (cx, column) = candidates
            .iter()
            .flatten()
            .filter_map(|&i| self.columns.get(i))
            .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()))?;
        if (cx - x).abs() > max_dx {
            return None;
        }
        column.iter().min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs())).copied()
    }
}
