//! England's councils as hexes: one hex per council, in HexJSON's "odd-r" offset coordinates
//! (column `q`, row `r` counted up from the south, odd rows shifted half a hex east), each with
//! its region. Two layouts ship with the crate, adapted from Open Innovations' hexmaps (MIT;
//! the notice is `LICENSE-hexmaps` beside them) by `scripts/hex-layouts.py`: the upper tier of
//! 2023 (153 county, unitary, metropolitan and London councils) and the districts of 2023 (296).
//! Each is one line per council, `code q r region name`, read when a map is first drawn.

/// England's nine regions, in the order ONS numbers them (E12000001 to E12000009).
pub const REGIONS: [&str; 9] = [
    "North East",
    "North West",
    "Yorkshire and The Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
];

/// A region's name from its number (1 to 9).
pub fn region_name(region: u8) -> &'static str {
    usize::from(region).checked_sub(1).and_then(|i| REGIONS.get(i)).copied().unwrap_or("England")
}

/// A region's name in a sentence: "the North East", but "London" and "Yorkshire and The Humber".
pub fn region_in_words(region: u8) -> String {
    match region_name(region) {
        name @ ("London" | "Yorkshire and The Humber" | "England") => name.to_owned(),
        name => format!("the {name}"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hex {
    pub code: &'static str,
    pub name: &'static str,
    pub q: i32,
    pub r: i32,
    /// 1 (North East) to 9 (South West): see [`REGIONS`].
    pub region: u8,
}

impl Hex {
    /// The centre in hex units: a pointy-topped hex of side 1 is √3 wide, and rows are 1.5
    /// apart; y grows downwards (south), as the canvas's does.
    pub fn centre(&self, top_row: i32) -> (f64, f64) {
        let shift = if self.r.rem_euclid(2) == 1 { 0.5 } else { 0.0 };
        (3f64.sqrt() * (f64::from(self.q) + shift), 1.5 * f64::from(top_row - self.r))
    }
}

/// Which of the two layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// County, unitary, metropolitan and London councils (and the City and Scilly).
    Upper,
    /// The lower tier: shire districts with the unitary, metropolitan and London councils.
    Districts,
}

impl Tier {
    fn text(self) -> &'static str {
        match self {
            Tier::Upper => include_str!("upper-tier.hex"),
            Tier::Districts => include_str!("districts.hex"),
        }
    }

    /// The layout's councils in code order. A line that does not read (none does: a test reads
    /// every line) is left out rather than stop a chart.
    pub fn hexes(self) -> Vec<Hex> {
        self.text().lines().filter_map(read_line).collect()
    }

    pub fn words(self) -> &'static str {
        match self {
            Tier::Upper => "county and unitary councils",
            Tier::Districts => "district and unitary councils",
        }
    }
}

fn read_line(line: &'static str) -> Option<Hex> {
    let mut parts = line.splitn(5, ' ');
    let code = parts.next()?;
    let q = parts.next()?.parse().ok()?;
    let r = parts.next()?.parse().ok()?;
    let region = parts.next()?.parse().ok().filter(|r| (1..=9).contains(r))?;
    let name = parts.next()?;
    Some(Hex { code, name, q, r, region })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads_and_no_two_councils_share_a_cell() {
        for (tier, count) in [(Tier::Upper, 153), (Tier::Districts, 296)] {
            let lines = tier.text().lines().count();
            let hexes = tier.hexes();
            assert_eq!(hexes.len(), lines, "{tier:?}: a line did not read");
            assert_eq!(hexes.len(), count, "{tier:?}");
            for (i, a) in hexes.iter().enumerate() {
                for b in hexes.iter().skip(i + 1) {
                    assert!((a.q, a.r) != (b.q, b.r), "{} and {} share a cell", a.name, b.name);
                    assert_ne!(a.code, b.code);
                }
            }
        }
    }

    #[test]
    fn each_hex_touches_another_of_its_layout() {
        // Islands aside (the Isles of Scilly, the Isle of Wight), a council with no neighbour
        // would be a cell lost in the adaptation.
        for tier in [Tier::Upper, Tier::Districts] {
            let hexes = tier.hexes();
            let alone: Vec<&str> = hexes
                .iter()
                .filter(|h| {
                    let (x, y) = h.centre(0);
                    !hexes.iter().any(|o| {
                        let (ox, oy) = o.centre(0);
                        o.code != h.code && ((ox - x).hypot(oy - y) - 3f64.sqrt()).abs() < 0.01
                    })
                })
                .map(|h| h.name)
                .collect();
            assert!(alone.iter().all(|n| n.contains("Scilly") || n.contains("Wight")), "{tier:?}: {alone:?}");
        }
    }

    #[test]
    fn regions_are_named_as_ons_numbers_them() {
        assert_eq!(region_name(7), "London");
        assert_eq!(region_name(0), "England");
        let london = Tier::Upper.hexes().into_iter().filter(|h| h.region == 7).count();
        assert_eq!(london, 33, "32 boroughs and the City");
    }
}
