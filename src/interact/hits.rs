//! Finding the datum under the pointer, over the scene's targets (never over pixels).
//! Points (line charts) are grouped into columns by x, so the nearest column is a binary
//! search. Areas (cells, bars) are picked by containment, or by being within a few pixels,
//! whichever way the bars run.

use crate::scene::{Rect, Target};

/// How far outside a cell or bar (CSS px) the pointer may be and still pick it: thin bars
/// and the gaps between cells stay easy to hit.
const NEAR_AREA: f64 = 12.0;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitIndex {
    /// Sorted by x; each column's targets share one x.
    columns: Vec<(f64, Vec<Target>)>,
    /// Targets that fill an area.
    areas: Vec<Target>,
}

impl HitIndex {
    pub fn new(targets: &[Target]) -> Self {
        let finite = |t: &&Target| t.x.is_finite() && t.y.is_finite();
        let areas: Vec<Target> = targets.iter().filter(finite).filter(|t| t.bounds.is_some()).copied().collect();
        let mut sorted: Vec<Target> = targets.iter().filter(finite).filter(|t| t.bounds.is_none()).copied().collect();
        sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut columns: Vec<(f64, Vec<Target>)> = Vec::new();
        for target in sorted {
            match columns.last_mut() {
                Some((x, column)) if (target.x - *x).abs() < 0.5 => column.push(target),
                _ => columns.push((target.x, vec![target])),
            }
        }
        HitIndex { columns, areas }
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty() && self.areas.is_empty()
    }

    /// The area under or nearest (x, y), if close enough; otherwise the point target in the
    /// column nearest to `x` (if within `max_dx`) that is nearest to `y`.
    pub fn nearest(&self, x: f64, y: f64, max_dx: f64) -> Option<Target> {
        let area = self
            .areas
            .iter()
            .filter_map(|t| t.bounds.map(|b| (distance(b, x, y), t)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(d, _)| *d <= NEAR_AREA)
            .map(|(_, t)| *t);
        if area.is_some() {
            return area;
        }
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

/// Distance from (x, y) to the rectangle; 0 inside it.
fn distance(r: Rect, x: f64, y: f64) -> f64 {
    let dx = (r.x - x).max(x - r.right()).max(0.0);
    let dy = (r.y - y).max(y - r.bottom()).max(0.0);
    dx.hypot(dy)
}
