//! A KPI's councils on the map: every council of the latest ranked period on its hex, with its
//! figure, rank and quartile band (or value class), in the order the keyboard's Home and End
//! walk them (best first, then the councils with no figure by name).

use crate::error::ChartError;
use crate::model::input::area::names;
use crate::model::kpi::councils::MIN_RANKED;
use crate::model::kpi::rank::Band;
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role};
use crate::model::map::{place, Hex, Item, Tier};
use crate::model::order::{sort_by, sort_by_key};
pub use crate::model::view::MapColour;

#[derive(Debug, Clone, PartialEq)]
pub struct OnMap {
    pub hex: Hex,
    /// As the data names it (the layout's name where the data does not name the council).
    pub name: String,
    pub figure: Option<f64>,
    pub rank: Option<usize>,
    pub band: Option<Band>,
    /// 0 to 4, low to high, with `MapColour::Value`.
    pub class: Option<usize>,
    pub neighbour: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KpiMap {
    pub tier: Tier,
    pub period: String,
    pub colour: MapColour,
    /// Every hex's council, ranked ones best first, then those with no figure by name.
    pub councils: Vec<OnMap>,
    /// How many hexes have a figure (and so a rank).
    pub ranked: usize,
    /// How many of the data's councils have a figure: the "of" in "36th of 151" (one fewer than
    /// the hexes where a row is for two councils together).
    pub of: usize,
    /// Where the chart's council is in `councils`.
    pub ours: Option<usize>,
    /// The data's councils with no hex (a council before the reorganisations, with no figure).
    pub unplaced: Vec<String>,
    /// England's figure for the period, where the data gives it.
    pub england: Option<(String, f64)>,
    /// The value classes' bounds: the least figure, then each class's top.
    pub breaks: Vec<f64>,
}

impl KpiMap {
    /// The map of `kpi`'s latest ranked period: `None` without every council's figures.
    pub fn of(kpi: &Kpi, asked: MapColour) -> Option<KpiMap> {
        let ranked = kpi.ranked_latest()?;
        // A neutral indicator has no better or worse: its bands would say nothing.
        let colour = if kpi.polarity == Polarity::Neutral { MapColour::Value } else { asked };
        let of = ranked.councils.len();
        let field = ranked.field;
        let items: Vec<Item<'_, (Option<f64>, Option<usize>)>> = ranked
            .councils
            .iter()
            .map(|(name, value, rank)| (field.code_of(name), *name, (Some(*value), Some(*rank))))
            .chain(ranked.missing.iter().map(|name| (field.code_of(name), *name, (None, None))))
            .collect();
        let names_of: Vec<(&str, Option<&str>)> = items.iter().map(|(c, n, _)| (*n, *c)).collect();
        let placed = place(&items);
        let mut figures: Vec<f64> = ranked.councils.iter().map(|c| c.1).collect();
        sort_by(&mut figures, |a, b| a.total_cmp(b));
        let breaks = quintiles(&figures);
        let neighbours: Vec<&str> =
            kpi.series().iter().filter(|s| s.role == Role::Neighbour).map(|s| s.name.as_str()).collect();
        let mut councils: Vec<OnMap> = placed
            .hexes
            .into_iter()
            .map(|(hex, entry)| {
                let (figure, rank) = entry.unwrap_or((None, None));
                // The data's name for the council, where the data names it.
                let name = names_of
                    .iter()
                    .find(|(_, c)| c.is_some_and(|c| c.trim().eq_ignore_ascii_case(hex.code)))
                    .or_else(|| names_of.iter().find(|(n, _)| names(n, hex.name)))
                    .map_or(hex.name, |(n, _)| *n)
                    .to_owned();
                OnMap {
                    neighbour: neighbours.iter().any(|n| names(&name, n)),
                    band: rank.map(|r| Band::of(r, of)),
                    class: figure.map(|v| class_of(v, &breaks)),
                    hex,
                    name,
                    figure,
                    rank,
                }
            })
            .collect();
        sort_by_key(&mut councils, |c| (c.rank.is_none(), c.rank.unwrap_or(0), c.name.clone()));
        let ours_name = ranked.ours.and_then(|i| ranked.councils.get(i)).map(|c| c.0);
        let ours = ours_name.and_then(|n| councils.iter().position(|c| c.name == n));
        let england = kpi
            .series()
            .iter()
            .filter(|s| s.role == Role::Benchmark)
            .find_map(|s| Some((s.name.clone(), s.at(ranked.period)?.value?)));
        Some(KpiMap {
            tier: placed.tier,
            period: ranked.period.label().into_owned(),
            colour,
            ranked: councils.iter().filter(|c| c.rank.is_some()).count(),
            of,
            councils,
            ours,
            unplaced: placed.unplaced,
            england,
            breaks,
        })
    }
}

impl KpiMap {
    /// What a council's hex is lettered or numbered with: its band ("A") or its value class
    /// ("1" the lowest), by the map's colouring; `None` with no figure.
    pub fn class_label(&self, council: &OnMap) -> Option<String> {
        match self.colour {
            MapColour::Band => council.band.map(|b| b.letter().to_string()),
            MapColour::Value => council.class.map(|k| (k + 1).to_string()),
        }
    }
}

/// The map of `kpi`, or why it cannot be drawn: without every council's figures, or when too
/// few of the data's councils are England's (placed by ONS code, else by name).
pub fn checked(kpi: &Kpi, colour: MapColour) -> Result<KpiMap, ChartError> {
    let map = KpiMap::of(kpi, colour).ok_or_else(|| {
        ChartError::new(
            "options.view",
            "the \"map\" view needs every council's figure and the council among them: give a file with every council, such as a DfE EES or Fingertips file, or \"councils\" in JSON",
        )
    })?;
    if map.ranked < MIN_RANKED {
        let some: Vec<String> = map.unplaced.iter().take(3).cloned().collect();
        return Err(ChartError::new(
            "options.view",
            format!(
                "the \"map\" view places councils by their ONS code (\"E08000035\") or name, and only {} of this data's {} councils {} on England's map of 2023 (not placed: {}); give each council's code",
                map.ranked,
                map.councils.iter().filter(|c| c.rank.is_some()).count() + map.unplaced.len(),
                if map.ranked == 1 { "is" } else { "are" },
                some.join(", ")
            ),
        ));
    }
    Ok(map)
}

/// The least figure and the tops of five classes of about equal count (`figures` sorted).
fn quintiles(figures: &[f64]) -> Vec<f64> {
    let n = figures.len();
    let at = |q: usize| figures.get((q * n).div_ceil(5).saturating_sub(1).min(n.saturating_sub(1))).copied();
    std::iter::once(figures.first().copied()).chain((1..=5).map(at)).flatten().collect()
}

/// The class (0 to 4) of `value`: the first whose top it does not pass.
fn class_of(value: f64, breaks: &[f64]) -> usize {
    breaks.iter().skip(1).position(|top| value <= *top).unwrap_or(4).min(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_classes_of_about_as_many_councils() {
        let figures: Vec<f64> = (1..=10).map(f64::from).collect();
        let breaks = quintiles(&figures);
        assert_eq!(breaks, vec![1.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        let classes: Vec<usize> = figures.iter().map(|v| class_of(*v, &breaks)).collect();
        assert_eq!(classes, vec![0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
        assert!(quintiles(&[]).is_empty());
    }
}
