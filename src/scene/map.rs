//! A hex map of England's councils, for any kind: each council a pointy-topped hex in its
//! layout's place, filled by its class with the class's mark written in it (a band's letter, a
//! grade's initials), so the map reads without colour (forced colours, a greyscale print). A
//! council with nothing to show is hatched. The chart's council is ringed thickly and named
//! beside its hex; its statistical neighbours ringed thinly. Above the map, a line saying what
//! was mapped and the key. Every hex is a hover and keyboard target (`Datum::Hex`).

use super::grades::text_on;
use super::hatch::hatch;
use super::legend::{draw_legend, legend_height, Entry};
use super::text::{wrap, TextMeasure};
use super::theme::{Theme, SMALL};
use super::{Align, Baseline, Color, Dash, Datum, Font, Rect, Scene, Shape, Stroke, Target, TextStyle};
use crate::model::map::Hex;

/// One council as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCell {
    pub hex: Hex,
    /// `None`: nothing to show (no figure, not inspected): hatched.
    pub fill: Option<Color>,
    /// Written in the hex where it is big enough: "A", "RI".
    pub mark: String,
    pub ring: Ring,
    pub datum: Datum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    None,
    /// The chart's council, named beside its hex.
    Own,
    Neighbour,
}

/// What goes above the map: a line or two of what it shows, and the key.
pub struct MapWords {
    pub intro: String,
    pub key: Vec<Entry>,
    /// The chart's council's name and figure, written beside its hex.
    pub own_label: Option<String>,
}

/// A key's entry: a small hex as the map draws one, and its label.
pub fn key_swatch(fill: Option<Color>, mark: &str, ring: Ring, label: String, theme: &Theme) -> Entry {
    let side = 9.0;
    let cell = MapCell {
        hex: Hex { code: "", name: "", q: 0, r: 0, region: 0 },
        fill,
        mark: mark.to_owned(),
        ring,
        datum: Datum::Hex { index: 0, region: 0, ranked: false },
    };
    let mut swatch = Vec::new();
    draw_hex(&mut swatch, &cell, (side, side), side, theme);
    if ring != Ring::None {
        let width = if ring == Ring::Own { 3.0 } else { 2.0 };
        swatch.push(outline(side, side, side - 1.0, Stroke { color: theme.text, width, dash: Dash::Solid }));
    }
    Entry { swatch, swatch_width: 2.0 * side, label }
}

/// Draws the map's words and hexes in `area`; the side of a hex is what the area allows.
pub fn hex_map(scene: &mut Scene, area: Rect, cells: &[MapCell], words: MapWords, theme: &Theme, m: &dyn TextMeasure) {
    let mut top = area.y;
    for line in wrap(&words.intro, SMALL, area.width, 3, m) {
        scene.text(area.x, top, line, TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
        top += SMALL.size * 1.3;
    }
    let key_height = legend_height(&words.key, area.width, m);
    draw_legend(scene, words.key, area.x, top + 2.0, area.width, theme, m);
    top += key_height + 8.0;
    let room = Rect { x: area.x, y: top, width: area.width, height: (area.bottom() - top).max(40.0) };
    scene.plot = room;

    // The layout's extent in hex units (side 1), then the side that fits it in the room.
    let top_row = cells.iter().map(|c| c.hex.r).max().unwrap_or(0);
    let centres: Vec<(f64, f64)> = cells.iter().map(|c| c.hex.centre(top_row)).collect();
    let (min_x, max_x) = centres.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), c| (a.min(c.0), b.max(c.0)));
    let (min_y, max_y) = centres.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), c| (a.min(c.1), b.max(c.1)));
    if !min_x.is_finite() {
        return;
    }
    let half = 3f64.sqrt() / 2.0;
    let (span_x, span_y) = (max_x - min_x + 2.0 * half, max_y - min_y + 2.0);
    let side = (room.width / span_x).min(room.height / span_y).max(1.0);
    let left = room.x + (room.width - span_x * side) / 2.0 + half * side;
    let at = |(x, y): (f64, f64)| (left + (x - min_x) * side, room.y + side + (y - min_y) * side);

    let mut shapes = Vec::new();
    for (cell, centre) in cells.iter().zip(&centres) {
        let (x, y) = at(*centre);
        draw_hex(&mut shapes, cell, (x, y), side, theme);
        let inner = Rect { x: x - half * side, y: y - side / 2.0, width: 2.0 * half * side, height: side };
        scene.targets.push(Target { x, y, datum: cell.datum, bounds: Some(inner) });
    }
    for shape in shapes {
        scene.add(shape);
    }
    // Rings over every fill, the council's last so nothing covers it.
    for ring in [Ring::Neighbour, Ring::Own] {
        for (_, centre) in cells.iter().zip(&centres).filter(|(c, _)| c.ring == ring) {
            let (x, y) = at(*centre);
            let width = if ring == Ring::Own { 3.0 } else { 2.0 };
            scene.add(outline(
                x,
                y,
                side + 0.5,
                Stroke { color: theme.background, width: width + 2.0, dash: Dash::Solid },
            ));
            scene.add(outline(x, y, side, Stroke { color: theme.text, width, dash: Dash::Solid }));
        }
    }
    if let (Some(label), Some((_, centre))) =
        (words.own_label, cells.iter().zip(&centres).find(|(c, _)| c.ring == Ring::Own))
    {
        let map_left = left - half * side;
        let extent = Extent { side, left: map_left, right: map_left + span_x * side, room };
        name_beside(scene, &label, at(*centre), extent, theme, m);
    }
    scene.pick_distance = side;
}

/// The council's name in the margin beside the map, level with its hex, a line leading to
/// it: never over another council's hex. Where neither margin has room (a phone), the key and
/// the tooltip name it instead.
/// Where the map lies: the side of a hex, the map's left and right edges, and the room it is in.
struct Extent {
    side: f64,
    left: f64,
    right: f64,
    room: Rect,
}

fn name_beside(scene: &mut Scene, label: &str, hex: (f64, f64), extent: Extent, theme: &Theme, m: &dyn TextMeasure) {
    let (x, y) = hex;
    let Extent { side, left: map_left, right: map_right, room } = extent;
    let bold = Font { size: SMALL.size, bold: true };
    let right_room = room.right() - map_right - 12.0;
    let left_room = map_left - room.x - 12.0;
    // The margin on the hex's own side of the map, where it has room for a name.
    let nearer_right = x >= (map_left + map_right) / 2.0;
    let on_right = if nearer_right {
        right_room >= 60.0 || right_room >= left_room
    } else {
        left_room < 60.0 && right_room > left_room
    };
    let room_width = if on_right { right_room } else { left_room };
    let lines = wrap(label, bold, room_width, 3, m);
    let widest = lines.iter().map(|l| m.width(l, bold)).fold(0.0, f64::max);
    if room_width < 60.0 || widest > room_width {
        return;
    }
    let (text_x, align, edge) = if on_right {
        (map_right + 12.0, Align::Start, x + side * 0.9)
    } else {
        (map_left - 12.0, Align::End, x - side * 0.9)
    };
    let height = lines.len() as f64 * SMALL.size * 1.25;
    let top = (y - height / 2.0).clamp(room.y, (room.bottom() - height).max(room.y));
    scene.line(
        vec![(edge, y), (text_x + if on_right { -4.0 } else { 4.0 }, y)],
        Stroke { color: theme.muted_text, width: 1.0, dash: Dash::Solid },
    );
    for (i, line) in lines.into_iter().enumerate() {
        scene.text(
            text_x,
            top + i as f64 * SMALL.size * 1.25,
            line,
            TextStyle::new(bold, theme.text, align, Baseline::Top),
        );
    }
}

/// A pointy-topped hex's corners around (x, y), clockwise from the top: written out rather
/// than worked out with sine and cosine, whose range reduction costs the module 3.5 KB.
pub fn corners(x: f64, y: f64, side: f64) -> Vec<(f64, f64)> {
    const HALF_WIDTH: f64 = 0.866_025_403_784_438_6; // √3 / 2
    [(0.0, -1.0), (HALF_WIDTH, -0.5), (HALF_WIDTH, 0.5), (0.0, 1.0), (-HALF_WIDTH, 0.5), (-HALF_WIDTH, -0.5)]
        .into_iter()
        .map(|(dx, dy)| (x + side * dx, y + side * dy))
        .collect()
}

/// A hex's outline, closed.
pub fn outline(x: f64, y: f64, side: f64, stroke: Stroke) -> Shape {
    let mut points = corners(x, y, side);
    if let Some(first) = points.first().copied() {
        points.push(first);
    }
    Shape::Line { points, stroke }
}

fn draw_hex(shapes: &mut Vec<Shape>, cell: &MapCell, (x, y): (f64, f64), side: f64, theme: &Theme) {
    let edge = |color| Some(Stroke { color, width: 1.0, dash: Dash::Solid });
    let half = 3f64.sqrt() / 2.0;
    match cell.fill {
        Some(fill) => {
            // A fill the background's colour (forced colours) needs its edge drawn to be seen.
            let stroke = if fill.contrast(theme.background) < 1.5 { edge(theme.text) } else { edge(theme.background) };
            shapes.push(Shape::Polygon { points: corners(x, y, side), fill, stroke });
            let size = (side * 0.85).min(13.0);
            if size >= 6.5 && !cell.mark.is_empty() {
                let font = Font { size, bold: true };
                shapes.push(Shape::Text {
                    x,
                    y,
                    text: cell.mark.clone(),
                    style: TextStyle::new(font, text_on(fill, theme), Align::Middle, Baseline::Middle),
                });
            }
        }
        None => {
            shapes.push(Shape::Polygon {
                points: corners(x, y, side),
                fill: theme.background,
                stroke: edge(theme.muted_text),
            });
            let inner =
                Rect { x: x - half * side * 0.8, y: y - side * 0.55, width: half * side * 1.6, height: side * 1.1 };
            shapes.extend(hatch(inner, theme.muted_text, (side * 0.5).max(3.0)).into_iter().map(|s| thin(s, 1.0)));
        }
    }
}

fn thin(shape: Shape, width: f64) -> Shape {
    match shape {
        Shape::Line { points, stroke } => Shape::Line { points, stroke: Stroke { width, ..stroke } },
        other => other,
    }
}
