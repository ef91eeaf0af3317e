//! Each council of the data on its hex: by its code where the data gives one, else by its name
//! as publishers write it. The layout is the one that places more of the data's councils, so a
//! file of districts draws the district layout and a file of counties the upper tier.

use super::layout::{Hex, Tier};
use crate::model::input::area::{fold, names_folded};

/// A council of the data to place: its code if given, its name, and what to draw for it.
pub type Item<'a, T> = (Option<&'a str>, &'a str, T);

/// The data's councils on a layout's hexes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed<T> {
    pub tier: Tier,
    /// Every hex of the layout, in code order, with what the data says of its council (`None`:
    /// the data does not name it).
    pub hexes: Vec<(Hex, Option<T>)>,
    /// The data's councils with no hex: a council of before the reorganisations (Cumbria,
    /// Northamptonshire, which DfE still lists with no figure), or a name the layouts do not hold.
    pub unplaced: Vec<String>,
}

/// Places `items` (code, name, what to draw) on whichever layout places more of them.
pub fn place<T: Clone>(items: &[Item<'_, T>]) -> Placed<T> {
    let upper = place_on(Tier::Upper, items);
    let districts = place_on(Tier::Districts, items);
    let count = |p: &Placed<T>| p.hexes.iter().filter(|(_, t)| t.is_some()).count();
    if count(&districts) > count(&upper) {
        districts
    } else {
        upper
    }
}

fn place_on<T: Clone>(tier: Tier, items: &[Item<'_, T>]) -> Placed<T> {
    let mut hexes: Vec<(Hex, Option<T>)> = tier.hexes().into_iter().map(|h| (h, None)).collect();
    let folded: Vec<String> = hexes.iter().map(|(h, _)| fold(h.name)).collect();
    // By code first, every item, so a council's own code wins its hex over an older council of
    // its name (Dorset's county of before 2019 and its unitary council of since); a row for two
    // councils together ("E06000061 / E06000062", a joint trust) fills both.
    let mut placed = vec![false; items.len()];
    for ((code, _, what), done) in items.iter().zip(placed.iter_mut()) {
        for part in code.map(|c| c.split('/').map(str::trim).collect::<Vec<_>>()).unwrap_or_default() {
            if let Some((_, slot @ None)) = hexes.iter_mut().find(|(h, _)| h.code.eq_ignore_ascii_case(part)) {
                *slot = Some(what.clone());
                *done = true;
            }
        }
    }
    // Then by name, as publishers write it, for the rest.
    let mut unplaced = Vec::new();
    for ((_, name, what), done) in items.iter().zip(&placed) {
        if *done {
            continue;
        }
        let wanted = fold(name);
        let at = hexes
            .iter()
            .zip(&folded)
            .position(|((h, t), f)| t.is_none() && (*f == wanted || names_folded(name, h.name, f)));
        match at.and_then(|i| hexes.get_mut(i)) {
            Some((_, slot)) => *slot = Some(what.clone()),
            None => unplaced.push((*name).to_owned()),
        }
    }
    Placed { tier, hexes, unplaced }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn councils_are_placed_by_code_then_by_name_on_the_layout_that_holds_more() {
        let items = [
            (Some("E08000035"), "Leeds", 1),
            (None, "Kingston upon Hull, City of", 2),
            (Some("E10000006"), "Cumbria", 3),
            (None, "Devon", 4),
        ];
        let placed = place(&items);
        assert_eq!(placed.tier, Tier::Upper);
        let at = |name: &str| placed.hexes.iter().find(|(h, _)| h.name == name).and_then(|(_, t)| *t);
        assert_eq!((at("Leeds"), at("Kingston upon Hull, City of"), at("Devon")), (Some(1), Some(2), Some(4)));
        assert_eq!(placed.unplaced, vec!["Cumbria".to_owned()]);
        // A joint row fills both councils' hexes; a council's own code wins over an old one's name.
        let joint = place(&[
            (Some("E06000061 / E06000062"), "North Northamptonshire / West Northamptonshire", 1),
            (Some("E10000009"), "Dorset", 2),
            (Some("E06000059"), "Dorset", 3),
        ]);
        let at = |name: &str| joint.hexes.iter().find(|(h, _)| h.name == name).and_then(|(_, t)| *t);
        assert_eq!(
            (at("North Northamptonshire"), at("West Northamptonshire"), at("Dorset")),
            (Some(1), Some(1), Some(3))
        );
        assert_eq!(joint.unplaced, vec!["Dorset".to_owned()]);
        let districts = place(&[(Some("E07000041"), "Exeter", 1), (None, "Mid Devon", 2), (None, "Leeds", 3)]);
        assert_eq!(districts.tier, Tier::Districts);
        assert!(districts.unplaced.is_empty());
    }
}
