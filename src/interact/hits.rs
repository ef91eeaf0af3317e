//! Finding the datum under the pointer, over the scene's targets (never over pixels).
//! Points (line charts) are grouped into columns by x, so the nearest column is a binary
//! search. Areas (cells, bars) are picked by containment, or by being within a few pixels,
//! whichever way the bars run.

use crate::model::order::sort_by;
use crate::scene::{Rect, Target};

/// How far outside a cell or bar (CSS px) the pointer may be and still pick it: thin bars
/// and the gaps between cells stay easy to hit.
const NEAR_AREA: f64 = 12.0;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitIndex {
    /// Point targets, sorted by x.
    points: Vec<Target>,
    /// Each column's x and where its points start in `points` (it ends where the next
    /// starts): one flat list rather than a list per column, since a long series has a column
    /// for every value.
    columns: Vec<(f64, usize)>,
    /// Targets that fill an area.
    areas: Vec<Target>,
}

impl HitIndex {
    pub fn new(targets: &[Target]) -> Self {
        let finite = |t: &&Target| t.x.is_finite() && t.y.is_finite();
        let areas: Vec<Target> = targets.iter().filter(finite).filter(|t| t.bounds.is_some()).copied().collect();
        let mut points: Vec<Target> = targets.iter().filter(finite).filter(|t| t.bounds.is_none()).copied().collect();
        sort_by(&mut points, |a, b| a.x.total_cmp(&b.x));
        let mut columns: Vec<(f64, usize)> = Vec::new();
        for (i, target) in points.iter().enumerate() {
            if !columns.last().is_some_and(|(x, _)| (target.x - x).abs() < 0.5) {
                columns.push((target.x, i));
            }
        }
        HitIndex { points, columns, areas }
    }

    /// Every target it holds (those with a place on the plot): what the keyboard walks, taken
    /// from the scene already drawn rather than a scene built again.
    pub fn targets(&self) -> Vec<Target> {
        self.points.iter().chain(&self.areas).copied().collect()
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
        // The columns either side of x; on a tie, the left one.
        let column = [after.saturating_sub(1), after]
            .into_iter()
            .min_by(|&a, &b| self.column_distance(a, x).total_cmp(&self.column_distance(b, x)))?;
        if self.column_distance(column, x) > max_dx {
            return None;
        }
        self.column(column).iter().min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs())).copied()
    }

    /// How far x is from a column; infinitely far from one that does not exist.
    fn column_distance(&self, column: usize, x: f64) -> f64 {
        self.columns.get(column).map_or(f64::INFINITY, |(cx, _)| (cx - x).abs())
    }

    /// The points of column `column` (none if there is no such column).
    fn column(&self, column: usize) -> &[Target] {
        let start = self.columns.get(column).map_or(self.points.len(), |c| c.1);
        let end = self.columns.get(column + 1).map_or(self.points.len(), |c| c.1);
        self.points.get(start..end).unwrap_or(&[])
    }
}

/// A drawn scene's targets, indexed the first time a reader points or presses a key rather
/// than before the chart is first painted: a long line has a target for every value (166,650
/// for three daily series since 1872), and sorting them costs more than drawing them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    /// The targets until they are indexed; then empty, the index holding them.
    targets: Vec<Target>,
    index: Option<HitIndex>,
}

impl Hits {
    /// The targets of a scene just drawn, not yet indexed.
    pub fn new(targets: Vec<Target>) -> Self {
        Hits { targets, index: None }
    }

    /// The index, built now if this is the first time it is asked for.
    pub fn index(&mut self) -> &HitIndex {
        let targets = &mut self.targets;
        self.index.get_or_insert_with(|| HitIndex::new(&std::mem::take(targets)))
    }
}

/// Distance from (x, y) to the rectangle; 0 inside it.
fn distance(r: Rect, x: f64, y: f64) -> f64 {
    let dx = (r.x - x).max(x - r.right()).max(0.0);
    let dy = (r.y - y).max(y - r.bottom()).max(0.0);
    dx.hypot(dy)
}
