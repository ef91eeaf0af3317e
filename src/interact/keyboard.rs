//! Moving a data cursor with the keyboard, over the scene's targets (never over pixels).
//! Left and right move along a group (a series, an area's row, a section across the bars);
//! up and down move to the neighbouring group, to the item nearest across; Home and End jump to
//! the group's ends, Page Up and Page Down move by ten. A group of one item (a waterfall's row) steps on to the next group, so
//! every datum can be reached with left and right alone.

use super::map_keys::{map_step, MapMove};
use crate::model::order::sort_by_key;
use crate::scene::{Datum, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    /// Ten on along the group (ten groups on, where each holds one datum).
    PageDown,
    PageUp,
}

impl Key {
    /// The key as `KeyboardEvent.key` names it, if the cursor uses it.
    pub fn named(key: &str) -> Option<Key> {
        match key {
            "ArrowLeft" => Some(Key::Left),
            "ArrowRight" => Some(Key::Right),
            "ArrowUp" => Some(Key::Up),
            "ArrowDown" => Some(Key::Down),
            "Home" => Some(Key::Home),
            "End" => Some(Key::End),
            "PageDown" => Some(Key::PageDown),
            "PageUp" => Some(Key::PageUp),
            _ => None,
        }
    }
}

impl Key {
    /// What the key does on a map: arrows by compass, Home and End by rank, pages by region.
    fn on_a_map(self) -> MapMove {
        match self {
            Key::Left => MapMove::West,
            Key::Right => MapMove::East,
            Key::Up => MapMove::North,
            Key::Down => MapMove::South,
            Key::Home => MapMove::Best,
            Key::End => MapMove::Worst,
            Key::PageDown => MapMove::NextRegion,
            Key::PageUp => MapMove::PreviousRegion,
        }
    }
}

/// How far Page Up and Page Down move.
const PAGE: usize = 10;

/// What a chart's keys do, from its key order: whether Up and Down change rows (several groups
/// of more than one datum), whether Page Up and Page Down move further than a step (a run
/// longer than a page), and whether there is anything to move to at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offered {
    pub rows: bool,
    pub pages: bool,
    pub any: bool,
    /// A map's councils: the arrows move across the map, the page keys between regions.
    pub map: bool,
}

impl Offered {
    /// What the keys do among `targets`, counted without ordering them (the key order itself
    /// is built at the first key press: ordering a long series costs more than drawing it).
    /// A group's length is its last item's place, so a datum with two targets counts once.
    pub fn of(targets: &[Target]) -> Offered {
        // Each row's length, rows in the order first met (there are few: a search is enough).
        let mut lengths: Vec<((u8, usize), usize)> = Vec::new();
        for target in targets {
            let (row, along) = (target.datum.row(), target.datum.along());
            match lengths.iter_mut().find(|(r, _)| *r == row) {
                Some((_, length)) => *length = (*length).max(along + 1),
                None => lengths.push((row, along + 1)),
            }
        }
        let lengths: Vec<usize> = lengths.into_iter().map(|(_, length)| length).collect();
        let groups = lengths.iter().filter(|l| **l > 0).count();
        let all_single = lengths.iter().all(|l| *l <= 1);
        let longest = if all_single { groups } else { lengths.iter().copied().max().unwrap_or(0) };
        let map = targets.iter().any(|t| matches!(t.datum, Datum::Hex { .. }));
        Offered { rows: groups > 1 && !all_single, pages: longest > PAGE, any: groups > 0, map }
    }
}

/// The targets in reading order: by group, then by item within it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyOrder {
    groups: Vec<Vec<Target>>,
    /// The group a reader starts on: the council's own line, where the chart has one.
    start: usize,
    /// The item in that group a reader's first Right, Up or Down lands on (Home goes to the
    /// group's first, End to its last).
    start_item: usize,
}

impl KeyOrder {
    pub fn new(targets: &[Target]) -> KeyOrder {
        let mut sorted: Vec<Target> = targets.to_vec();
        sort_by_key(&mut sorted, |t| (t.datum.row(), t.datum.along()));
        sorted.dedup_by_key(|t| t.datum);
        let mut groups: Vec<Vec<Target>> = Vec::new();
        for target in sorted {
            match groups.last_mut() {
                Some(group) if group.first().is_some_and(|t| t.datum.row() == target.datum.row()) => group.push(target),
                _ => groups.push(vec![target]),
            }
        }
        KeyOrder { groups, start: 0, start_item: 0 }
    }

    /// The same order, starting on the row `row` (a datum's `row()`), where it has one: the first
    /// key a reader presses lands on the council's own line, not the first line drawn.
    pub fn starting_on(mut self, row: Option<(u8, usize)>) -> KeyOrder {
        let on = |group: &Vec<Target>| group.first().map(|t| t.datum.row()) == row;
        self.start = self.groups.iter().position(on).unwrap_or(0);
        self
    }

    /// The same order, its first key landing on `datum` where the order has it (a spine's
    /// council mark).
    pub fn starting_at(mut self, datum: Option<Datum>) -> KeyOrder {
        if let Some((g, i)) = datum.and_then(|d| self.find(d)) {
            (self.start, self.start_item) = (g, i);
        }
        self
    }

    fn find(&self, datum: Datum) -> Option<(usize, usize)> {
        let g = self.groups.iter().position(|group| group.first().is_some_and(|t| t.datum.row() == datum.row()))?;
        let i = self.groups.get(g)?.binary_search_by_key(&datum.along(), |t| t.datum.along()).ok()?;
        Some((g, i))
    }

    fn at(&self, g: usize, i: usize) -> Option<Target> {
        self.groups.get(g).and_then(|group| group.get(i)).copied()
    }

    /// Where `datum` is, for "3 of 12": its place along its group and the group's length; for
    /// groups of one item (a waterfall's bars), its group's place among the groups.
    pub fn place(&self, datum: Datum) -> Option<(usize, usize)> {
        let (g, i) = self.find(datum)?;
        let group = self.groups.get(g)?;
        Some(if self.groups.iter().all(|g| g.len() == 1) { (g + 1, self.groups.len()) } else { (i + 1, group.len()) })
    }

    /// Where `key` moves the cursor from `current` (`None`: not on any datum yet).
    pub fn step(&self, current: Option<Datum>, key: Key) -> Option<Target> {
        // A map's councils are places: its keys move across it (`map_keys`).
        if let Some(group) =
            self.groups.first().filter(|g| g.first().is_some_and(|t| matches!(t.datum, Datum::Hex { .. })))
        {
            let here = current.and_then(|d| self.find(d)).and_then(|(g, i)| self.at(g, i));
            let to = key.on_a_map();
            return match (here, key) {
                (Some(here), _) => map_step(group, here, to),
                (None, Key::Home | Key::End) => group.first().and_then(|first| map_step(group, *first, to)),
                (None, _) => self.at(self.start, self.start_item).or_else(|| self.at(0, 0)),
            };
        }
        let Some((g, i)) = current.and_then(|d| self.find(d)) else {
            // The first press lands on the start row's first datum (or, for Left and End, its
            // last); where every group is one datum (a waterfall's bars), on the first or last.
            let single = self.groups.iter().all(|group| group.len() == 1);
            return match key {
                Key::Left | Key::End | Key::PageUp if single => self.groups.last().and_then(|g| g.last()).copied(),
                Key::Left | Key::End | Key::PageUp => self.groups.get(self.start).and_then(|g| g.last()).copied(),
                _ if single => self.at(0, 0),
                Key::Home => self.at(self.start, 0),
                _ => self.at(self.start, self.start_item).or_else(|| self.at(self.start, 0)),
            };
        };
        let group = self.groups.get(g)?;
        let single = group.len() == 1;
        match key {
            Key::Right if single => self.at(g + 1, 0).or_else(|| self.at(g, i)),
            Key::Left if single => g
                .checked_sub(1)
                .and_then(|p| self.groups.get(p).map(|pg| (p, pg.len() - 1)))
                .and_then(|(p, last)| self.at(p, last))
                .or_else(|| self.at(g, i)),
            Key::Right => self.at(g, (i + 1).min(group.len() - 1)),
            Key::Left => self.at(g, i.saturating_sub(1)),
            Key::PageDown if single => self.at((g + PAGE).min(self.groups.len() - 1), 0),
            Key::PageUp if single => self.at(g.saturating_sub(PAGE), 0),
            Key::PageDown => self.at(g, (i + PAGE).min(group.len() - 1)),
            Key::PageUp => self.at(g, i.saturating_sub(PAGE)),
            // Groups of one (a waterfall's bars): Home and End go to the first and last.
            Key::Home if single => self.at(0, 0),
            Key::End if single => self.groups.last().and_then(|last| last.last()).copied(),
            Key::Home => self.at(g, 0),
            Key::End => self.at(g, group.len() - 1),
            Key::Up | Key::Down => {
                let next = if key == Key::Up { g.checked_sub(1) } else { Some(g + 1) };
                let here = self.at(g, i)?;
                match next.and_then(|n| self.groups.get(n)) {
                    // The item nearest across: the same period on another series, the same
                    // inspection for another area.
                    Some(other) => {
                        other.iter().min_by(|a, b| (a.x - here.x).abs().total_cmp(&(b.x - here.x).abs())).copied()
                    }
                    None => Some(here),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(group: usize, item: usize, x: f64) -> Target {
        Target { x, y: 0.0, datum: Datum::Point { series: group, index: item }, bounds: None }
    }

    #[test]
    fn the_keys_offered_are_what_the_order_lets_them_do() {
        // Two lines of five points: Up and Down change lines; no run is longer than a page.
        let lines: Vec<Target> = (0..2).flat_map(|g| (0..5).map(move |i| t(g, i, i as f64))).collect();
        assert_eq!(Offered::of(&lines), Offered { rows: true, pages: false, any: true, map: false });
        // A waterfall's twelve bars, one datum a group: no rows, but a run of twelve.
        let bars: Vec<Target> = (0..12).map(|g| t(g, 0, g as f64)).collect();
        assert_eq!(Offered::of(&bars), Offered { rows: false, pages: true, any: true, map: false });
        // One series of 30 points: pages, no rows.
        let series: Vec<Target> = (0..30).map(|i| t(0, i, i as f64)).collect();
        assert_eq!(Offered::of(&series), Offered { rows: false, pages: true, any: true, map: false });
        assert_eq!(Offered::of(&[]), Offered { rows: false, pages: false, any: false, map: false });
    }

    fn walk(order: &KeyOrder, keys: &[Key]) -> Vec<(usize, usize)> {
        let mut at = None;
        keys.iter()
            .map(|k| {
                at = order.step(at, *k).map(|t| t.datum);
                at.map(|d| (d.row().1, d.along())).unwrap_or((99, 99))
            })
            .collect()
    }

    #[test]
    fn arrows_move_along_and_across_groups() {
        use Key::*;
        // Two series of three points; the second starts a period later.
        let order = KeyOrder::new(&[t(1, 0, 20.0), t(0, 0, 10.0), t(0, 1, 20.0), t(0, 2, 30.0), t(1, 1, 30.0)]);
        assert_eq!(
            walk(&order, &[Right, Right, Right, Right, Down, Left, Left, Up, End, Home]),
            vec![(0, 0), (0, 1), (0, 2), (0, 2), (1, 1), (1, 0), (1, 0), (0, 1), (0, 2), (0, 0)]
        );
        assert_eq!(walk(&order, &[Left]), vec![(0, 2)], "Left first lands on the first row's last datum");
        let own_second = order.clone().starting_on(Some((0, 1)));
        assert_eq!(walk(&own_second, &[End]), vec![(1, 1)], "End first lands on the start row's last datum");
        assert_eq!(walk(&own_second, &[Right]), vec![(1, 0)], "Right first lands on the start row's first datum");
        assert_eq!(walk(&order.clone().starting_on(Some((0, 7))), &[Home]), vec![(0, 0)], "no such row: the first");
        // Rows of one item (a waterfall) are walked with Left and Right too.
        let rows = KeyOrder::new(&[t(0, 0, 5.0), t(1, 0, 9.0), t(2, 0, 1.0)]);
        assert_eq!(
            walk(&rows, &[Right, Right, Right, Right, Left, Up, Down, Down]),
            vec![(0, 0), (1, 0), (2, 0), (2, 0), (1, 0), (0, 0), (1, 0), (2, 0)]
        );
        // ...and Home and End go to the first and last of them.
        assert_eq!(walk(&rows, &[Right, End, Home]), vec![(0, 0), (2, 0), (0, 0)]);
        assert_eq!(rows.place(Datum::Point { series: 1, index: 0 }), Some((2, 3)), "bar 2 of 3");
        assert_eq!(order.place(Datum::Point { series: 0, index: 2 }), Some((3, 3)), "point 3 of 3 on its line");
        assert!(KeyOrder::new(&[]).step(None, Right).is_none());
    }

    #[test]
    fn page_keys_move_by_ten_and_stop_at_the_ends() {
        use Key::*;
        // One series of 25 points, then five groups of one (a waterfall's rows).
        let mut targets: Vec<Target> = (0..25).map(|i| t(0, i, i as f64)).collect();
        let order = KeyOrder::new(&targets);
        assert_eq!(
            walk(&order, &[Home, PageDown, PageDown, PageDown, PageUp, End, PageUp])
                .into_iter()
                .map(|d| d.1)
                .collect::<Vec<_>>(),
            vec![0, 10, 20, 24, 14, 24, 14]
        );
        targets = (0..25).map(|g| t(g, 0, 0.0)).collect();
        let rows = KeyOrder::new(&targets);
        assert_eq!(
            walk(&rows, &[Right, PageDown, PageDown, PageDown, PageUp]).into_iter().map(|d| d.0).collect::<Vec<_>>(),
            vec![0, 10, 20, 24, 14]
        );
    }
}
