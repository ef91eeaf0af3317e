//! The national picture of judgements: for each judgement area, every council's grade at its
//! latest inspection as one bar split by grade (counts written in the pieces that fit them), and
//! the chosen council's own grade marked on it with a triangle and named above the bar. Each
//! piece is a hover and keyboard target (group: the area; item: the grade's rank).

use crate::model::judgement::{AreaCounts, CellState, Judgements};
use crate::scene::grades::{grade_colors, grade_entries, pips, text_on};
use crate::scene::hatch::hatch;
use crate::scene::header::{begin, Heading};
use crate::scene::legend::{draw_legend, legend_height, Entry};
use crate::scene::text::{wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Datum, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const BAR: f64 = 26.0;
const LINE: f64 = 17.0;
const GAP: f64 = 14.0;

/// The rank a "not judged" piece is given as its item, after the grades.
pub fn not_judged_item(j: &Judgements) -> usize {
    j.scale.len()
}

/// The words above an area's bar: its name, and the council's grade at its latest inspection.
fn heading(j: &Judgements, area: usize) -> String {
    let (Some(a), Some(national)) = (j.areas().get(area), &j.national) else {
        return String::new();
    };
    let last = j.inspections().len().saturating_sub(1);
    format!("{}. {}: {}", a.name, national.council, j.cell_words(a, last))
}

fn legend(j: &Judgements, theme: &Theme) -> Vec<Entry> {
    let mut entries = grade_entries(&j.scale, theme);
    let pale = Rect { x: 0.0, y: 0.0, width: 22.0, height: 16.0 };
    let mut blank = vec![Shape::Rect {
        x: 0.0,
        y: 0.0,
        width: 22.0,
        height: 16.0,
        fill: Some(theme.background),
        stroke: Some(Stroke { color: theme.muted_text, width: 1.0, dash: crate::scene::Dash::Dashed }),
    }];
    blank.extend(hatch(pale, theme.tint(theme.muted_text, 0.3), 8.0));
    entries.push(Entry {
        swatch: blank,
        swatch_width: 22.0,
        label: "Not judged, or not part of the framework then".into(),
    });
    entries.push(Entry {
        swatch: vec![marker(11.0, 14.0, theme)],
        swatch_width: 22.0,
        label: "This council's grade".into(),
    });
    entries
}

/// A downward triangle, the council's mark, pointing at (x, y).
fn marker(x: f64, y: f64, theme: &Theme) -> Shape {
    Shape::Polygon { points: vec![(x - 7.0, y - 10.0), (x + 7.0, y - 10.0), (x, y)], fill: theme.text, stroke: None }
}

/// The small words above a bar when there are two per area: whose councils it counts.
fn bar_label(name: &str, councils: usize) -> String {
    format!("{name}: {councils} councils")
}

/// The height of one area's block: its heading, then its bar (or England's and the region's).
fn area_height(j: &Judgements, area: usize, width: f64, measure: &dyn TextMeasure) -> f64 {
    let heading_lines = wrap(&heading(j, area), LABEL, width, 3, measure).len() as f64;
    let bars = match j.national.as_ref().and_then(|n| n.region.as_ref()) {
        Some(_) => 2.0 * (SMALL.size + 3.0 + 12.0 + BAR) + 6.0,
        None => 12.0 + BAR,
    };
    heading_lines * LINE + bars + GAP
}

pub fn national_height(j: &Judgements, width: f64, theme: &Theme, measure: &dyn TextMeasure) -> f64 {
    let rows: f64 = (0..j.areas().len()).map(|a| area_height(j, a, width - 16.0, measure)).sum();
    let intro =
        j.national.as_ref().map_or(1, |n| wrap(&intro_words(n.councils), SMALL, width - 16.0, 3, measure).len());
    intro as f64 * (SMALL.size + 3.0) + 8.0 + rows + legend_height(&legend(j, theme), width - 16.0, measure) + 8.0
}

fn intro_words(councils: usize) -> String {
    format!("Every council's grade at its latest inspection ({councils} councils)")
}

/// The keyboard group of an area's bar: one per area, or with the region's bars England's
/// and the region's in turn (so Down goes from England's bar to the region's).
fn group_of(j: &Judgements, area: usize, region: bool) -> usize {
    match j.national.as_ref().and_then(|n| n.region.as_ref()) {
        Some(_) => 2 * area + usize::from(region),
        None => area,
    }
}

/// The area a keyboard group counts, and whether it is the region's bar.
pub fn area_of_group(j: &Judgements, group: usize) -> (usize, bool) {
    match j.national.as_ref().and_then(|n| n.region.as_ref()) {
        Some(_) => (group / 2, group % 2 == 1),
        None => (group, false),
    }
}

/// One bar: the councils split by grade, then the blank piece; the council's grade marked.
struct Bar<'a> {
    counts: &'a AreaCounts,
    councils: usize,
    group: usize,
    own: Option<usize>,
}

fn draw_bar(
    scene: &mut Scene,
    j: &Judgements,
    bar: &Bar,
    (left, y, width): (f64, f64, f64),
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let colors = grade_colors(&j.scale, theme);
    let counts = bar.counts;
    let blank = counts.not_judged + counts.not_in_framework;
    let pieces = counts.grades.iter().copied().enumerate().chain(std::iter::once((not_judged_item(j), blank)));
    let mut x = left;
    for (item, count) in pieces {
        if count == 0 {
            continue;
        }
        let w = width * count as f64 / bar.councils.max(1) as f64;
        let rect = Rect { x, y, width: w, height: BAR };
        let datum = Datum::Count { bar: bar.group, grade: item };
        match colors.get(item).filter(|_| item < not_judged_item(j)) {
            Some(fill) => {
                // In forced colours every fill is the background: the pieces keep an edge in the
                // text colour, and each its grade's pips (as the grid's cells have), so the parts
                // of a bar still differ.
                let forced = *fill == theme.background;
                let edge = if forced { theme.text } else { theme.background };
                let stroke = Some(Stroke { color: edge, width: 1.0, dash: crate::scene::Dash::Solid });
                scene.add_datum(Shape::Rect { x, y, width: w, height: BAR, fill: Some(*fill), stroke }, datum);
                let text = count.to_string();
                let grades = j.scale.len();
                let pips_width = 9.0 * grades as f64 + 4.0;
                let text_width = measure.width(&text, SMALL);
                let (text_x, room) = if forced && pips_width + text_width + 10.0 <= w {
                    scene.marks.extend(
                        pips(item, grades, x + 4.0 + pips_width / 2.0, y + BAR / 2.0, theme.text, theme.background)
                            .into_iter()
                            .map(|shape| crate::scene::Mark { shape, datum: None }),
                    );
                    (x + pips_width + (w - pips_width) / 2.0, w - pips_width)
                } else {
                    (x + w / 2.0, w)
                };
                if text_width + 6.0 <= room {
                    scene.text(
                        text_x,
                        y + BAR / 2.0,
                        text,
                        TextStyle::new(SMALL, text_on(*fill, theme), Align::Middle, Baseline::Middle),
                    );
                }
            }
            None => {
                let stroke = Some(Stroke { color: theme.muted_text, width: 1.0, dash: crate::scene::Dash::Dashed });
                scene.add_datum(
                    Shape::Rect { x, y, width: w, height: BAR, fill: Some(theme.background), stroke },
                    datum,
                );
                for line in hatch(rect, theme.tint(theme.muted_text, 0.3), 8.0) {
                    scene.add(line);
                }
            }
        }
        if bar.own == Some(item) {
            scene.add(marker(x + w / 2.0, y - 1.0, theme));
        }
        scene.targets.push(Target { x: x + w / 2.0, y: y + BAR / 2.0, datum, bounds: Some(rect) });
        x += w;
    }
}

pub fn judgement_national(j: &Judgements, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&j.titles);
    let (mut scene, top, _) = begin(frame, titles, theme, measure);
    let Some(national) = &j.national else {
        return scene;
    };
    let (left, width) = (8.0, (frame.width - 16.0).max(20.0));
    let mut y = top.max(4.0);
    let small = |scene: &mut Scene, y: f64, line: String| {
        scene.text(left, y, line, TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
    };
    for line in wrap(&intro_words(national.councils), SMALL, width, 3, measure) {
        small(&mut scene, y, line);
        y += SMALL.size + 3.0;
    }
    y += 8.0;
    let last = j.inspections().len().saturating_sub(1);
    for (index, (area, counts)) in j.areas().iter().zip(&national.counts).enumerate() {
        for line in wrap(&heading(j, index), LABEL, width, 3, measure) {
            scene.text(left, y, line, TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Top));
            y += LINE;
        }
        let own = match j.cell(area, last) {
            CellState::Graded(rank) => Some(rank),
            _ => None,
        };
        let mut bars = vec![(None, Bar { counts, councils: national.councils, group: group_of(j, index, false), own })];
        if let Some((region, region_counts)) = national.region.as_ref().and_then(|r| Some((r, r.counts.get(index)?))) {
            bars = vec![
                (
                    Some(bar_label("England", national.councils)),
                    Bar { counts, councils: national.councils, group: group_of(j, index, false), own },
                ),
                (
                    Some(bar_label(&region.name, region.councils)),
                    Bar { counts: region_counts, councils: region.councils, group: group_of(j, index, true), own },
                ),
            ];
        }
        let two = bars.len() > 1;
        for (label, bar) in bars {
            if let Some(label) = label {
                small(&mut scene, y, label);
                y += SMALL.size + 3.0;
            }
            // Room for the council's marker between the words and the bar.
            y += 12.0;
            draw_bar(&mut scene, j, &bar, (left, y, width), theme, measure);
            y += BAR + if two { 6.0 } else { 0.0 };
        }
        y += GAP - if two { 6.0 } else { 0.0 };
    }
    scene.plot = Rect { x: left, y: top, width, height: (y - top).max(1.0) };
    draw_legend(&mut scene, legend(j, theme), left, y, width, theme, measure);
    scene.pick_distance = 12.0;
    scene
}
