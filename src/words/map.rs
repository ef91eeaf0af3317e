//! A map in words: each council's tooltip and step (name, figure, rank, band, region), and how
//! the bands or grades fall by region ("Band A by region: London 7 of 33, ...").

use crate::interact::Tooltip;
use crate::model::kpi::map::{KpiMap, MapColour, OnMap};
use crate::model::kpi::rank::ordinal;
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::Kpi;
use crate::model::map::{region_in_words, region_name, REGIONS};
use crate::model::shapes::results::{ClassCount, KpiSummary, MapSummary, RegionCount};
use crate::scale::format::format_value;

/// How many of each region's councils are `in` the class: "Band A by region: London 7 of 33,
/// the South East 5 of 19, ...", regions with the largest share first.
pub fn by_region(councils: &[(u8, bool)], what: &str) -> String {
    let mut regions: Vec<(u8, usize, usize)> = (1..=REGIONS.len() as u8)
        .map(|r| {
            let of = councils.iter().filter(|(region, _)| *region == r).count();
            let count = councils.iter().filter(|(region, yes)| *region == r && *yes).count();
            (r, count, of)
        })
        .filter(|(_, _, of)| *of > 0)
        .collect();
    // Largest share first; a tie in ONS's order of regions.
    crate::model::order::sort_by(&mut regions, |a, b| (b.1 * a.2).cmp(&(a.1 * b.2)));
    let parts: Vec<String> =
        regions.iter().map(|(r, count, of)| format!("{} {count} of {of}", region_name(*r))).collect();
    format!("{what} by region: {}.", parts.join(", "))
}

/// How councils fall region by region: `councils` are (region, class) with `None` for none;
/// `classes` the classes in order.
pub fn region_counts(
    councils: &[(u8, Option<String>)],
    classes: &[String],
    colour: &str,
    own: Option<u8>,
) -> MapSummary {
    let regions = (1..=REGIONS.len() as u8)
        .filter(|r| councils.iter().any(|(region, _)| region == r))
        .map(|r| RegionCount {
            region: region_name(r).to_owned(),
            councils: councils.iter().filter(|(region, _)| *region == r).count(),
            counts: classes
                .iter()
                .map(|class| ClassCount {
                    class: class.clone(),
                    councils: councils.iter().filter(|(region, c)| *region == r && c.as_ref() == Some(class)).count(),
                })
                .collect(),
        })
        .collect();
    MapSummary { colour: colour.to_owned(), region: own.map(|r| region_name(r).to_owned()), regions }
}

/// A KPI map's summary: the chart's own, with the regions' bands or classes.
pub fn kpi_summary(kpi: &Kpi, map: &KpiMap) -> KpiSummary {
    let mut summary = super::summary::kpi_summary(kpi);
    let (colour, classes): (&str, Vec<String>) = match map.colour {
        MapColour::Band => ("band", ["A", "B", "C", "D"].map(str::to_owned).to_vec()),
        MapColour::Value => ("value", (1..=5).map(|k: usize| k.to_string()).collect()),
    };
    let councils: Vec<(u8, Option<String>)> = map.councils.iter().map(|c| (c.hex.region, map.class_label(c))).collect();
    let own = map.ours.and_then(|i| map.councils.get(i)).map(|c| c.hex.region);
    summary.map = Some(region_counts(&councils, &classes, colour, own));
    summary
}

/// The data's councils with no hex, said: any map's last sentence where it has them.
pub fn not_on_the_map(unplaced: &[String]) -> Option<String> {
    (!unplaced.is_empty()).then(|| {
        format!(
            "Not on the map, having no hex in the layout of today's councils: {}.",
            crate::words::join_and(unplaced)
        )
    })
}

/// A rank as the rest of the chart says it: "joint 36th" where another council has it too.
pub fn place(map: &KpiMap, rank: usize) -> String {
    if map.councils.iter().filter(|c| c.rank == Some(rank)).count() > 1 {
        format!("joint {}", ordinal(rank))
    } else {
        ordinal(rank)
    }
}

/// A KPI map's council: its figure and standing, or that it has none.
fn standing(map: &KpiMap, council: &OnMap, kpi: &Kpi) -> Vec<String> {
    let unit = &kpi.unit;
    let place = |rank: usize| place(map, rank);
    match (council.figure, council.rank) {
        (Some(v), Some(rank)) => {
            let figure = format!("{} in {}", format_value(v, unit), map.period);
            let place = match (map.colour, council.band, council.class) {
                (MapColour::Band, Some(band), _) => {
                    format!("{} of {}, band {}", place(rank), map.of, band.letter())
                }
                (MapColour::Value, _, Some(class)) if kpi.polarity == Polarity::Neutral => {
                    format!("class {} of 5", class + 1)
                }
                (MapColour::Value, band, Some(class)) => {
                    let band = band.map(|b| format!(", band {}", b.letter())).unwrap_or_default();
                    format!("{} of {}{band}, class {} of 5", place(rank), map.of, class + 1)
                }
                _ => format!("{} of {}", place(rank), map.of),
            };
            vec![figure, place]
        }
        _ => vec![format!("no figure in {}", map.period)],
    }
}

pub fn kpi_tooltip(kpi: &Kpi, map: &KpiMap, index: usize) -> Option<Tooltip> {
    let council = map.councils.get(index)?;
    let mut lines = standing(map, council, kpi);
    lines.push(region_name(council.hex.region).to_owned());
    if map.ours == Some(index) {
        lines.push("This council".to_owned());
    } else if council.neighbour {
        lines.push("A statistical neighbour".to_owned());
    }
    Some(Tooltip { heading: council.name.clone(), lines })
}

/// A step: "Leeds: 65 per 10,000 in 2024/25, 30th of 152, band A, Yorkshire and The Humber".
pub fn kpi_step(kpi: &Kpi, map: &KpiMap, index: usize) -> Option<String> {
    let tip = kpi_tooltip(kpi, map, index)?;
    Some(format!("{}: {}", tip.heading, tip.lines.join(", ")))
}

/// The map's sentences for `describe()`: what it shows, the council's place and its region's,
/// how bands fall by region, and who has no figure or no hex.
pub fn kpi_describe(kpi: &Kpi, map: &KpiMap) -> String {
    // The title first, as every chart's description starts (the page leaves it out there, the
    // chart's name having said it).
    let mut sentences = vec![
        format!("{}.", kpi.titles.title().trim_end_matches('.')),
        format!(
            "Map of {} {} with a figure in {}, {}.",
            map.ranked,
            map.tier.words(),
            map.period,
            match map.colour {
                MapColour::Band => "coloured by quartile band, A the best quarter",
                MapColour::Value => "coloured by value in five classes of about as many councils, 1 the lowest",
            }
        ),
    ];
    let class_of = |c: &OnMap| map.class_label(c);
    let (top, bottom, noun) = match map.colour {
        MapColour::Band => ("A".to_owned(), "D".to_owned(), "band"),
        MapColour::Value => ("5".to_owned(), "1".to_owned(), "class"),
    };
    if let Some(own) = map.ours.and_then(|i| map.councils.get(i)) {
        let place = standing(map, own, kpi).join(", ");
        let region = own.hex.region;
        let peers: Vec<&OnMap> = map.councils.iter().filter(|c| c.hex.region == region).collect();
        let same = peers.iter().filter(|c| class_of(c).is_some() && class_of(c) == class_of(own)).count();
        let class = class_of(own).unwrap_or_default();
        sentences.push(format!(
            "{}: {place}; {same} of the {} councils of {} are in {noun} {class}.",
            own.name,
            peers.len(),
            region_in_words(region)
        ));
    }
    for class in [top, bottom] {
        let label = format!("{} {class}", crate::words::upper_first(noun));
        let councils: Vec<(u8, bool)> = map
            .councils
            .iter()
            .filter(|c| c.rank.is_some())
            .map(|c| (c.hex.region, class_of(c).as_deref() == Some(class.as_str())))
            .collect();
        sentences.push(by_region(&councils, &label));
    }
    let missing: Vec<String> = map.councils.iter().filter(|c| c.rank.is_none()).map(|c| c.name.clone()).collect();
    if !missing.is_empty() {
        sentences.push(format!("No figure, hatched: {}.", crate::words::join_and(&missing)));
    }
    sentences.extend(not_on_the_map(&map.unplaced));
    sentences.join(" ")
}
