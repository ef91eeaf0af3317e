//! The keys on a map, where the councils are places rather than a row: an arrow moves to the
//! nearest council that way (the neighbouring hex where there is one), Home and End to the best
//! and worst ranked, Page Down and Page Up to the best-ranked council of the next or previous
//! region (ONS's order, North East to South West). `targets` are one map's, in the map's order.

use crate::scene::{Datum, Target};

/// A move on a map, as the keyboard's keys ask for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMove {
    West,
    East,
    North,
    South,
    Best,
    Worst,
    NextRegion,
    PreviousRegion,
}

fn region(target: &Target) -> u8 {
    match target.datum {
        Datum::Hex { region, .. } => region,
        _ => 0,
    }
}

fn ranked(target: &Target) -> bool {
    matches!(target.datum, Datum::Hex { ranked: true, .. })
}

/// Where `key` moves from `here` among `targets` (sorted by the map's order); `here` again at
/// an edge.
pub fn map_step(targets: &[Target], here: Target, to: MapMove) -> Option<Target> {
    let direction = match to {
        MapMove::West => Some((-1.0, 0.0)),
        MapMove::East => Some((1.0, 0.0)),
        MapMove::North => Some((0.0, -1.0)),
        MapMove::South => Some((0.0, 1.0)),
        _ => None,
    };
    if let Some((dx, dy)) = direction {
        return Some(nearest_towards(targets, here, dx, dy).unwrap_or(here));
    }
    match to {
        MapMove::Best => targets.first().copied(),
        MapMove::Worst => targets.iter().rev().find(|t| ranked(t)).or(targets.last()).copied(),
        MapMove::NextRegion => {
            let next = targets.iter().map(region).filter(|r| *r > region(&here)).min();
            Some(next.and_then(|r| targets.iter().find(|t| region(t) == r)).copied().unwrap_or(here))
        }
        MapMove::PreviousRegion => {
            let previous = targets.iter().map(region).filter(|r| *r < region(&here)).max();
            Some(previous.and_then(|r| targets.iter().find(|t| region(t) == r)).copied().unwrap_or(here))
        }
        MapMove::West | MapMove::East | MapMove::North | MapMove::South => Some(here),
    }
}

/// The council nearest `here` within 60 degrees of the direction (dx, dy), the one straighter
/// ahead preferred: on a hex grid, Right is the next hex along the row and Up the nearer of the
/// two above, and across a gap (the Isle of Wight, the Isles of Scilly) the nearest beyond it.
fn nearest_towards(targets: &[Target], here: Target, dx: f64, dy: f64) -> Option<Target> {
    targets
        .iter()
        .filter(|t| t.datum != here.datum)
        .filter_map(|t| {
            let (vx, vy) = (t.x - here.x, t.y - here.y);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            // Ahead, within 60 degrees either side (tan 60° is about 1.73).
            (along > 0.0 && across <= along * 1.74).then_some((along + 2.0 * across, t))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, t)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(index: usize, region: u8, x: f64, y: f64) -> Target {
        Target { x, y, datum: Datum::Hex { index, region, ranked: index < 4 }, bounds: None }
    }

    #[test]
    fn arrows_move_to_the_hex_that_way_and_pages_between_regions() {
        // A row of three, and one above between the first two (odd-r: half a hex across).
        let targets = [
            hex(0, 2, 0.0, 10.0),
            hex(1, 2, 10.0, 10.0),
            hex(2, 7, 20.0, 10.0),
            hex(3, 7, 5.0, 1.0),
            hex(4, 9, 40.0, 10.0),
        ];
        let at = |t: Option<Target>| t.map(|t| t.datum.along());
        let first = targets[0];
        assert_eq!(at(map_step(&targets, first, MapMove::East)), Some(1));
        assert_eq!(at(map_step(&targets, first, MapMove::North)), Some(3));
        assert_eq!(at(map_step(&targets, first, MapMove::West)), Some(0), "nothing west: stays");
        assert_eq!(at(map_step(&targets, targets[2], MapMove::East)), Some(4), "across a gap");
        assert_eq!(at(map_step(&targets, first, MapMove::Worst)), Some(3), "the worst ranked, not the unranked");
        assert_eq!(at(map_step(&targets, first, MapMove::NextRegion)), Some(2), "the next region's first");
        assert_eq!(at(map_step(&targets, targets[2], MapMove::PreviousRegion)), Some(0));
        assert_eq!(at(map_step(&targets, targets[4], MapMove::NextRegion)), Some(4), "the last region: stays");
    }
}
