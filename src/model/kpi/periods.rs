//! Every period a KPI chart shows, once and in time order: the time axis's domain.

use crate::model::kpi::Kpi;
use crate::model::order::sort_by_key;
use crate::model::time::read::Period;

/// Every period on the chart once, in time order; of periods that are the same, the first
/// series' (then the annotations'). Each series is in time order with each period once
/// already (a model invariant), so they are merged one after another rather than all sorted
/// together: three long series are 166,650 periods. Only the annotations are sorted.
pub fn distinct_periods(kpi: &Kpi) -> Vec<&Period> {
    let mut all: Vec<&Period> = Vec::new();
    for series in kpi.series() {
        let periods: Vec<&Period> = series.points().iter().map(|p| &p.period).collect();
        all = merge_distinct(&all, &periods);
    }
    let mut notes: Vec<&Period> = kpi.annotations.iter().map(|a| &a.period).collect();
    sort_by_key(&mut notes, |p| p.key());
    notes.dedup_by(|a, b| a.same_as(b));
    merge_distinct(&all, &notes)
}

/// `earlier` and `later` (each in order, each period once) merged, in order and each period
/// once; where both hold the same period, `earlier`'s is kept, as a stable sort would.
fn merge_distinct<'a>(earlier: &[&'a Period], later: &[&'a Period]) -> Vec<&'a Period> {
    let mut merged = Vec::with_capacity(earlier.len() + later.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(a), Some(b)) = (earlier.get(i), later.get(j)) {
        let order = a.key().cmp(&b.key());
        if order.is_le() {
            merged.push(*a);
            i += 1;
        }
        if order.is_ge() {
            if order.is_gt() {
                merged.push(*b);
            }
            j += 1;
        }
    }
    merged.extend(earlier.iter().skip(i).chain(later.iter().skip(j)).copied());
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::read::parse_period;

    /// The plain way: every period, sorted stably by time, the first of each kept.
    fn sorted_then_deduplicated<'a>(lists: &[Vec<&'a Period>]) -> Vec<&'a Period> {
        let mut all: Vec<&Period> = lists.iter().flatten().copied().collect();
        all.sort_by_key(|p| p.key());
        all.dedup_by(|a, b| a.same_as(b));
        all
    }

    #[test]
    fn merging_in_turn_keeps_what_sorting_everything_would() {
        // Quarters written two ways ("Q1 2020/21" is "Apr 2020"'s quarter): which is kept shows
        // whether the earlier list wins a tie, as the stable sort lets it.
        let written = ["Q1 2020/21", "Q2 2020/21", "Q3 2020/21", "Q4 2020/21", "Q1 2021/22", "Q2 2021/22"];
        let other = ["Q2 2020", "Q3 2020", "Q4 2020", "Q1 2021", "Q2 2021", "Q3 2021"];
        let periods: Vec<Period> = written.iter().chain(&other).filter_map(|t| parse_period(t).ok()).collect();
        assert_eq!(periods.len(), 12);
        let mut seed = 11_u64;
        for _ in 0..200 {
            let lists: Vec<Vec<&Period>> = (0..3)
                .map(|_| {
                    let mut list: Vec<&Period> = periods
                        .iter()
                        .filter(|_| {
                            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                            (seed >> 33) % 3 == 0
                        })
                        .collect();
                    list.sort_by_key(|p| p.key());
                    list.dedup_by(|a, b| a.same_as(b));
                    list
                })
                .collect();
            let mut merged: Vec<&Period> = Vec::new();
            for list in &lists {
                merged = merge_distinct(&merged, list);
            }
            let expected = sorted_then_deduplicated(&lists);
            let label = |list: &[&Period]| list.iter().map(|p| p.label().into_owned()).collect::<Vec<_>>();
            assert_eq!(label(&merged), label(&expected));
        }
    }
}
