//! The distribution view, "where we stand": every council's latest figure as a dot on one
//! axis (a beeswarm: dots that would overlap step up and down instead), the quartile bands
//! shaded and lettered (A is the best quarter), the council marked and named, England and the
//! statistical neighbours' mean as reference lines, and the neighbours ringed. Each dot is a
//! hover and keyboard target in rank order (group `DISTRIBUTION_GROUP`, item = place in the
//! ranked list), so arrow keys walk the councils best first.

use crate::model::kpi::councils::Ranked;
use crate::model::kpi::rank::{ordinal, Band};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role};
use crate::model::order::sort_by;
use crate::scale::format::{format_ticks, format_value};
use crate::scale::{nice_ticks, LinearScale};
use crate::scene::header::{begin, Heading};
use crate::scene::text::{ellipsize, wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Dash, Datum, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const ROW: f64 = 16.0;

pub fn kpi_distribution(kpi: &Kpi, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&kpi.titles);
    let (mut scene, top, bottom) = begin(frame, titles, theme, measure);
    let top = top.max(4.0);
    let Some(ranked) = kpi.ranked_latest() else {
        scene.text(
            8.0,
            top,
            "No ranking to show",
            TextStyle::new(LABEL, theme.muted_text, Align::Start, Baseline::Top),
        );
        return scene;
    };
    let unit = &kpi.unit;
    let count = ranked.councils.len();
    let key = match (kpi.polarity, kpi.series().iter().any(|s| s.role == Role::Neighbour)) {
        (Polarity::Neutral, false) => "",
        (Polarity::Neutral, true) => "; ringed: statistical neighbours",
        (_, false) => "; bands A (best quarter) to D",
        (_, true) => "; bands A (best quarter) to D; ringed: statistical neighbours",
    };
    let intro = format!("{}: {} councils with a figure, one dot each{key}", ranked.period.label(), count);
    let intro = wrap(&intro, SMALL, frame.width - 16.0, 3, measure);
    for (i, line) in intro.iter().enumerate() {
        scene.text(
            8.0,
            top + i as f64 * (SMALL.size + 3.0),
            line.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top),
        );
    }

    // Value axis across the width, over every figure and the reference lines.
    let references = reference_lines(kpi, &ranked);
    let (lo, hi) = ranked
        .councils
        .iter()
        .map(|c| c.1)
        .chain(references.iter().map(|r| r.1))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let ticks = nice_ticks(lo, hi, ((frame.width / 90.0) as usize).clamp(2, 8));
    let labels = format_ticks(&ticks.values, ticks.step, unit);
    let (left, right) = (16.0, frame.width - 16.0);
    let x = LinearScale::new((ticks.min, ticks.max), (left, right.max(left + 20.0)));
    let labels_top = top + intro.len().max(1) as f64 * (SMALL.size + 3.0) + 5.0;
    let strip_top = labels_top + 3.0 * ROW + 4.0;
    let axis_y = (frame.height - bottom - SMALL.size - 10.0).max(strip_top + 40.0);
    let strip = Rect { x: left, y: strip_top, width: right - left, height: axis_y - strip_top - 4.0 };
    scene.plot = strip;

    draw_bands(&mut scene, kpi, &ranked, &x, strip, theme);
    for (value, label) in ticks.values.iter().zip(&labels) {
        let px = x.map(*value);
        scene.line(vec![(px, axis_y), (px, axis_y + 4.0)], Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid });
        scene.text(
            px,
            axis_y + 6.0,
            label.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top),
        );
    }
    scene.line(vec![(left, axis_y), (right, axis_y)], Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid });

    // Reference lines under the dots; their labels in the rows above the strip.
    for (row, (name, value, dash)) in references.iter().enumerate() {
        let px = x.map(*value);
        scene.line(
            vec![(px, strip.y), (px, strip.bottom())],
            Stroke { color: theme.reference, width: 1.5, dash: *dash },
        );
        let text = format!("{name} {}", format_value(*value, unit));
        label_at(&mut scene, px, labels_top + ROW * (row as f64 + 1.0), &text, theme.reference, frame.width, measure);
    }

    let neighbours: Vec<&str> =
        kpi.series().iter().filter(|s| s.role == Role::Neighbour).map(|s| s.name.as_str()).collect();
    let radius = if count > 200 { 2.5 } else { 4.5 };
    let positions = swarm(&ranked, &x, strip, radius);
    let color = theme.series_color(0, kpi.series().len());
    for (item, ((name, _, _), (px, py))) in ranked.councils.iter().zip(&positions).enumerate() {
        let datum = Datum::Council { index: item };
        let neighbour = neighbours.iter().any(|n| crate::model::input::area::names(name, n));
        let shape = if neighbour {
            Shape::Circle {
                x: *px,
                y: *py,
                radius: radius + 1.5,
                fill: Some(theme.background),
                stroke: Some(Stroke { color: theme.text, width: 1.5, dash: Dash::Solid }),
            }
        } else {
            Shape::Circle { x: *px, y: *py, radius, fill: Some(theme.muted_text), stroke: None }
        };
        scene.add_datum(shape, datum);
        scene.targets.push(Target { x: *px, y: *py, datum, bounds: None });
    }
    // The council last, over everything, and named in the top row.
    if let Some((item, ((name, value, rank), (px, py)))) =
        ranked.ours.and_then(|i| Some((i, (ranked.councils.get(i)?, positions.get(i)?))))
    {
        scene.add_datum(
            Shape::Circle {
                x: *px,
                y: *py,
                radius: radius + 3.0,
                fill: Some(color),
                stroke: Some(Stroke { color: theme.text, width: 2.0, dash: Dash::Solid }),
            },
            Datum::Council { index: item },
        );
        scene.line(
            vec![(*px, strip.y), (*px, py - radius - 3.0)],
            Stroke { color: theme.text, width: 1.0, dash: Dash::Solid },
        );
        let standing = match (kpi.polarity, Band::of(*rank, count)) {
            (Polarity::Neutral, _) => String::new(),
            (_, band) => format!(": {} of {count}, band {}", ordinal(*rank), band.letter()),
        };
        let text = format!("{name} {}{standing}", format_value(*value, unit));
        label_at(&mut scene, *px, labels_top, &text, theme.text, frame.width, measure);
    }
    scene.pick_distance = 12.0;
    scene
}

/// England (the first benchmark) and the neighbours' mean, where the data have them for the
/// ranked period: (name, value, dash).
fn reference_lines(kpi: &Kpi, ranked: &Ranked) -> Vec<(String, f64, Dash)> {
    let mut lines = Vec::new();
    if let Some((name, v)) = kpi
        .series()
        .iter()
        .filter(|s| s.role == Role::Benchmark)
        .find_map(|s| Some((s.name.clone(), s.at(ranked.period)?.value?)))
    {
        lines.push((name, v, Dash::Dashed));
    }
    let neighbours: Vec<f64> =
        kpi.series().iter().filter(|s| s.role == Role::Neighbour).filter_map(|s| s.at(ranked.period)?.value).collect();
    if !neighbours.is_empty() {
        lines.push((
            "Neighbours' mean".to_owned(),
            neighbours.iter().sum::<f64>() / neighbours.len() as f64,
            Dash::Dotted,
        ));
    }
    lines
}

/// A label centred on `x` where it fits, kept inside the frame.
fn label_at(
    scene: &mut Scene,
    x: f64,
    y: f64,
    text: &str,
    color: crate::scene::Color,
    width: f64,
    measure: &dyn TextMeasure,
) {
    let text = ellipsize(text, SMALL, width - 16.0, measure);
    let w = measure.width(&text, SMALL);
    let left = (x - w / 2.0).clamp(8.0, (width - 8.0 - w).max(8.0));
    scene.text(left, y, text, TextStyle::new(SMALL, color, Align::Start, Baseline::Top));
}

/// The quartile bands as shaded stretches of the strip (A and C shaded, B and D plain, so
/// they differ without colour), each lettered at its top.
fn draw_bands(scene: &mut Scene, kpi: &Kpi, ranked: &Ranked, x: &LinearScale, strip: Rect, theme: &Theme) {
    if kpi.polarity == Polarity::Neutral {
        return;
    }
    let count = ranked.councils.len();
    let bands = [Band::A, Band::B, Band::C, Band::D];
    let extents: Vec<(Band, f64, f64)> = bands
        .iter()
        .filter_map(|band| {
            let members: Vec<f64> =
                ranked.councils.iter().filter(|c| Band::of(c.2, count) == *band).map(|c| x.map(c.1)).collect();
            let (lo, hi) =
                members.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
            (lo <= hi).then_some((*band, lo, hi))
        })
        .collect();
    // Across the strip in pixel order (A is on the left when lower is better, the right when
    // higher is), each band reaching half-way to the next one's outermost dot.
    let mut extents = extents;
    sort_by(&mut extents, |a, b| a.1.total_cmp(&b.1));
    for (i, (band, lo, hi)) in extents.iter().enumerate() {
        let from = i.checked_sub(1).and_then(|p| extents.get(p)).map_or(strip.x, |(_, _, phi)| (phi + lo) / 2.0);
        let to = extents.get(i + 1).map_or(strip.right(), |(_, nlo, _)| (hi + nlo) / 2.0);
        let (from, to) = (from.max(strip.x), to.min(strip.right()));
        if matches!(band, Band::A | Band::C) && to > from {
            scene.add(Shape::Rect {
                x: from,
                y: strip.y,
                width: to - from,
                height: strip.height,
                fill: Some(theme.grid),
                stroke: None,
            });
        }
        if to - from >= 14.0 {
            scene.text(
                (from + to) / 2.0,
                strip.y + 2.0,
                band.letter().to_string(),
                TextStyle::new(LABEL, theme.muted_text, Align::Middle, Baseline::Top),
            );
        }
    }
}

/// Each council's dot: at its figure across, stepped up and down from the strip's middle until
/// it overlaps no dot already placed (kept inside the strip; a crowded strip lets dots touch).
fn swarm(ranked: &Ranked, x: &LinearScale, strip: Rect, radius: f64) -> Vec<(f64, f64)> {
    let middle = strip.y + strip.height / 2.0 + 8.0;
    let gap = 2.0 * radius + 0.8;
    let limit = ((strip.height / 2.0 - 16.0) / gap).floor().max(0.0) as i64;
    // Place in order of value so each row fills left to right; keep the ranked order out.
    let mut order: Vec<usize> = (0..ranked.councils.len()).collect();
    sort_by(&mut order, |a, b| {
        ranked
            .councils
            .get(*a)
            .map(|c| c.1)
            .unwrap_or(0.0)
            .total_cmp(&ranked.councils.get(*b).map(|c| c.1).unwrap_or(0.0))
    });
    let mut placed: Vec<(f64, f64)> = vec![(0.0, 0.0); ranked.councils.len()];
    let mut done: Vec<(f64, f64)> = Vec::with_capacity(order.len());
    for index in order {
        let px = ranked.councils.get(index).map_or(0.0, |c| x.map(c.1));
        let near: Vec<&(f64, f64)> = done.iter().filter(|(qx, _)| (qx - px).abs() < gap).collect();
        let mut chosen = middle;
        for step in 0..=(2 * limit) {
            let offset = if step % 2 == 0 { step / 2 } else { -(step + 1) / 2 };
            let py = middle + offset as f64 * gap;
            if near.iter().all(|(qx, qy)| (qx - px).hypot(qy - py) >= gap) {
                chosen = py;
                break;
            }
        }
        if let Some(slot) = placed.get_mut(index) {
            *slot = (px, chosen);
        }
        done.push((px, chosen));
    }
    placed
}
