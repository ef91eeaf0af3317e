//! The judgement map: every council's hex filled by its overall effectiveness at its latest
//! inspection, the grade's short name written in it ("RI"); councils the table has not
//! graded hatched and counted.

use crate::model::judgement::map::JudgementMap;
use crate::model::judgement::Judgements;
use crate::scene::grades::grade_colors;
use crate::scene::header::{begin, Heading};
use crate::scene::map::{hex_map, key_swatch, MapCell, MapWords, Ring};
use crate::scene::text::TextMeasure;
use crate::scene::theme::Theme;
use crate::scene::{Datum, Frame, Rect, Scene};

pub fn judgement_map(
    j: &Judgements,
    map: &JudgementMap,
    frame: Frame,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let (mut scene, top, bottom) = begin(frame, Heading::plain(&j.titles), theme, measure);
    let colors = grade_colors(&j.scale, theme);
    let cells: Vec<MapCell> = map
        .councils
        .iter()
        .enumerate()
        .map(|(index, council)| {
            let fill = council.grade.and_then(|g| colors.get(g).copied());
            let mark = council.grade.and_then(|g| j.scale.get(g)).map(|g| initials(&g.short)).unwrap_or_default();
            let ring = if map.ours == Some(index) { Ring::Own } else { Ring::None };
            let datum = Datum::Hex { index, region: council.hex.region, ranked: council.grade.is_some() };
            MapCell { hex: council.hex, fill, mark, ring, datum }
        })
        .collect();
    let mut key: Vec<_> = j
        .scale
        .grades
        .iter()
        .zip(&colors)
        .map(|(grade, color)| key_swatch(Some(*color), &initials(&grade.short), Ring::None, grade.name.clone(), theme))
        .collect();
    let missing = map.councils.len() - map.graded;
    if missing > 0 {
        key.push(key_swatch(None, "", Ring::None, format!("not graded in the table ({missing})"), theme));
    }
    let own = map.ours.and_then(|i| map.councils.get(i));
    if let Some(own) = own {
        key.push(key_swatch(Some(theme.background), "", Ring::Own, own.name.clone(), theme));
    }
    let own_label = own.map(|c| {
        let grade = c.grade.and_then(|g| j.scale.get(g)).map_or("not graded", |g| g.name.as_str());
        format!("{}: {grade}", c.name)
    });
    let intro = format!(
        "Overall effectiveness at each council's latest inspection: {} of {} councils graded",
        map.graded,
        map.councils.len()
    );
    let area = Rect { x: 8.0, y: top + 6.0, width: frame.width - 16.0, height: frame.height - top - bottom - 10.0 };
    hex_map(&mut scene, area, &cells, MapWords { intro, key, own_label }, theme, measure);
    scene
}

/// A grade's mark in its hex: its short name where that is short ("RI"), else its words'
/// initials ("Outstanding" "O"), at most two letters, which a hex of 10 px holds.
fn initials(short: &str) -> String {
    if short.chars().count() <= 2 {
        return short.to_owned();
    }
    short.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect::<String>().to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_grade_is_marked_by_at_most_two_letters() {
        let marks: Vec<String> = ["Outstanding", "Good", "RI", "Inadequate", "Requires improvement"]
            .iter()
            .map(|g| super::initials(g))
            .collect();
        assert_eq!(marks, ["O", "G", "RI", "I", "RI"]);
    }
}
