//! Stable sorting through one compiled copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the item and the comparison, so each call site compiles its
//! own copy of the whole merge sort: about 4 KB of WebAssembly each, 12 copies in the KPI module
//! alone (twiggy, issue 19). Here every call sorts a list of positions with a comparison behind a
//! `dyn` pointer, which the compiler instantiates once, then moves the items into that order,
//! which is a few bytes per item type. The result is exactly `sort_by`'s: stable, and equal
//! items keep their order.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `items.sort_by(compare)` would.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        sorted_positions(items.len(), &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => compare(a, b),
            _ => Ordering::Equal,
        })
    };
    arrange(items, order);
}

/// Sorts `items` stably by the key `key` gives, as `items.sort_by_key(key)` would.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` puts the items at them: the one place the
/// standard library's sort is instantiated.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Moves the item at `order[k]` to position `k`, for every `k`, by following each cycle of the
/// permutation with swaps; a position is marked done by pointing it at itself.
fn arrange<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut current = start;
        while let Some(slot) = order.get_mut(current) {
            let source = std::mem::replace(slot, current);
            if source == start {
                break;
            }
            items.swap(current, source);
            current = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_does_and_keeps_equal_items_in_order() {
        // Pairs of (key, original position): ties show whether the sort is stable.
        let mut seed = 7_u64;
        for len in [0, 1, 2, 3, 5, 17, 64, 257, 1000] {
            let mut items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    ((seed >> 33) % 7, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected, "length {len}");
            let mut descending = expected.clone();
            descending.sort_by_key(|item| std::cmp::Reverse(item.0));
            sort_by(&mut items, |a, b| b.0.cmp(&a.0));
            assert_eq!(items, descending, "length {len}, descending");
            // In order already (with ties): left exactly as it is.
            let before = items.clone();
            sort_by(&mut items, |a, b| b.0.cmp(&a.0));
            assert_eq!(items, before, "length {len}, already in order");
        }
    }
}
