//! The KPI map: every council's hex filled by its quartile band (lettered A to D, as the spine
//! shades them) or, with `options.mapColour: "value"`, by its value class (numbered 1 to 5,
//! low to high); councils with no figure hatched and counted; England's figure said above.

use crate::model::kpi::map::{KpiMap, MapColour};
use crate::model::kpi::rank::Band;
use crate::model::kpi::Kpi;
use crate::scale::format::format_value;
use crate::scene::header::{begin, Heading};
use crate::scene::map::{hex_map, key_swatch, MapCell, MapWords, Ring};
use crate::scene::text::TextMeasure;
use crate::scene::theme::Theme;
use crate::scene::{Color, Datum, Frame, Rect, Scene};

/// A band's fill: the grade ramp's, best (A) darkest.
pub fn band_fill(band: Band, theme: &Theme) -> Color {
    let [a, b, c, d] = theme.grades;
    match band {
        Band::A => a,
        Band::B => b,
        Band::C => c,
        Band::D => d,
    }
}

/// A value class's fill (0 to 4, low to high): the first series colour, from pale to full.
pub fn class_fill(class: usize, theme: &Theme) -> Color {
    let base = theme.series_color(0, 1);
    theme.tint(base, [0.22, 0.4, 0.58, 0.78, 1.0].get(class).copied().unwrap_or(1.0))
}

/// What a council's hex shows: its fill and mark.
pub fn fill_and_mark(map: &KpiMap, index: usize, theme: &Theme) -> (Option<Color>, String) {
    let Some(council) = map.councils.get(index) else { return (None, String::new()) };
    match (map.colour, council.band, council.class) {
        (MapColour::Band, Some(band), _) => (Some(band_fill(band, theme)), band.letter().to_string()),
        (MapColour::Value, _, Some(class)) => (Some(class_fill(class, theme)), (class + 1).to_string()),
        _ => (None, String::new()),
    }
}

pub fn kpi_map(kpi: &Kpi, map: &KpiMap, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let (mut scene, top, bottom) = begin(frame, Heading::plain(&kpi.titles), theme, measure);
    let cells: Vec<MapCell> = map
        .councils
        .iter()
        .enumerate()
        .map(|(index, council)| {
            let (fill, mark) = fill_and_mark(map, index, theme);
            let ring = if map.ours == Some(index) {
                Ring::Own
            } else if council.neighbour {
                Ring::Neighbour
            } else {
                Ring::None
            };
            let datum = Datum::Hex { index, region: council.hex.region, ranked: council.rank.is_some() };
            MapCell { hex: council.hex, fill, mark, ring, datum }
        })
        .collect();
    let area = Rect { x: 8.0, y: top + 6.0, width: frame.width - 16.0, height: frame.height - top - bottom - 10.0 };
    hex_map(&mut scene, area, &cells, words(kpi, map, theme), theme, measure);
    scene
}

fn words(kpi: &Kpi, map: &KpiMap, theme: &Theme) -> MapWords {
    let unit = &kpi.unit;
    let missing = map.councils.len() - map.ranked;
    let by = match map.colour {
        MapColour::Band => "coloured by quartile band (A is the best quarter)",
        MapColour::Value => "coloured by value in five classes (1 is the lowest)",
    };
    let england =
        map.england.as_ref().map(|(name, v)| format!("; {name} {}", format_value(*v, unit))).unwrap_or_default();
    let intro = format!("{}: {} {} with a figure, {by}{england}", map.period, map.ranked, map.tier.words());
    let mut key: Vec<_> = match map.colour {
        MapColour::Band => [Band::A, Band::B, Band::C, Band::D]
            .into_iter()
            .map(|band| {
                let label = match band {
                    Band::A => "best quarter".to_owned(),
                    Band::D => "worst quarter".to_owned(),
                    _ => format!("band {}", band.letter()),
                };
                key_swatch(Some(band_fill(band, theme)), &band.letter().to_string(), Ring::None, label, theme)
            })
            .collect(),
        MapColour::Value => (0..5)
            .filter_map(|class| {
                let (low, high) = (map.breaks.get(class)?, map.breaks.get(class + 1)?);
                let label = format!("{} to {}", format_value(*low, unit), format_value(*high, unit));
                Some(key_swatch(Some(class_fill(class, theme)), &(class + 1).to_string(), Ring::None, label, theme))
            })
            .collect(),
    };
    if missing > 0 {
        key.push(key_swatch(None, "", Ring::None, format!("no figure ({missing})"), theme));
    }
    let own = map.ours.and_then(|i| map.councils.get(i));
    if let Some(own) = own {
        key.push(key_swatch(Some(theme.background), "", Ring::Own, own.name.clone(), theme));
    }
    if map.councils.iter().any(|c| c.neighbour) {
        key.push(key_swatch(Some(theme.background), "", Ring::Neighbour, "statistical neighbours".to_owned(), theme));
    }
    let own_label = own.and_then(|c| Some(format!("{} {}", c.name, format_value(c.figure?, unit))));
    MapWords { intro, key, own_label }
}
