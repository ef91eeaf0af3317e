//! The KPI line chart: value axis, period axis, target, annotations, one line per series
//! (benchmarks dashed with hollow markers), gaps left as gaps, and labels at the line ends.

use crate::model::kpi::neighbours::{neighbour_summary, NeighbourPeriod};
use crate::model::kpi::periods::distinct_periods;
use crate::model::kpi::status::Status;
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role};
use crate::model::order::sort_by_key;
use crate::model::time::read::Period;
use crate::scale::format::format_ticks;
use crate::scale::{nice_ticks, LinearScale};
use crate::scene::header::{begin, Heading};
use crate::scene::kpi::interval::{comparison_key, draw_comparisons, draw_intervals};
use crate::scene::kpi::line_key::{end_labels, own_line, place_end_labels, MARKER_RADIUS};
pub use crate::scene::kpi::line_key::{
    has_own_line, key_sample, series_stroke, LineStyle, SAMPLE_HEIGHT, SAMPLE_WIDTH,
};
use crate::scene::kpi::reduce::line_runs;
use crate::scene::kpi::status_mark::status_color;
use crate::scene::kpi::time_axis::draw_time_axis;
use crate::scene::marker::{marker, marker_for};
use crate::scene::text::{wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Dash, Datum, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const LINE_HEIGHT: f64 = 16.0;

pub fn kpi_line(kpi: &Kpi, style: LineStyle, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let notes: Vec<String> = comparison_key(kpi).into_iter().collect();
    let titles = Heading { titles: &kpi.titles, notes: &notes };
    let (mut scene, top, bottom) = begin(frame, titles, theme, measure);
    let top = top.max(4.0);

    let caption = kpi.unit.caption();
    let plot_top = top + if caption.is_some() { LINE_HEIGHT + 4.0 } else { 8.0 };
    let plot_bottom = frame.height - bottom - (SMALL.size + 14.0);
    let plot_height = (plot_bottom - plot_top).max(20.0);

    // Value axis: nice ticks over the data and the target, from zero when zero is near.
    let tick_count = ((plot_height / 45.0) as usize).clamp(2, 8);
    let (lo, hi) = value_extent(kpi);
    let ticks = nice_ticks(lo, hi, tick_count);
    let tick_labels = format_ticks(&ticks.values, ticks.step, &kpi.unit);
    let label_width = tick_labels.iter().map(|t| measure.width(t, SMALL)).fold(0.0, f64::max);
    let plot_left = 8.0 + label_width + 8.0;

    // End labels take the right margin, up to two fifths of the width.
    let summary =
        if style.neighbours_band && style.shown(kpi.series().len()) { neighbour_summary(kpi) } else { Vec::new() };
    let labels = end_labels(kpi, style, &summary, frame.width * 0.4 - 34.0, measure);
    let labels_width = labels.iter().flat_map(|l| l.lines.iter()).map(|l| measure.width(l, LABEL)).fold(0.0, f64::max);
    let plot_right = frame.width - 8.0 - if labels_width > 0.0 { labels_width + 34.0 } else { 0.0 };
    let plot = Rect { x: plot_left, y: plot_top, width: (plot_right - plot_left).max(20.0), height: plot_height };
    scene.plot = plot;
    let y = LinearScale::new((ticks.min, ticks.max), (plot.bottom(), plot.y));

    if let Some(caption) = caption {
        scene.text(8.0, top, caption, TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
    }
    for (value, label) in ticks.values.iter().zip(&tick_labels) {
        let py = y.map(*value);
        scene.line(vec![(plot.x, py), (plot.right(), py)], Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid });
        scene.text(
            plot.x - 8.0,
            py,
            label.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::End, Baseline::Middle),
        );
    }

    let periods = distinct_periods(kpi);
    let x = period_scale(&periods, plot, measure);
    let zone_names = if style.status_bands {
        draw_status_bands(&mut scene, kpi, &y, (ticks.min, ticks.max), plot, theme, measure)
    } else {
        Vec::new()
    };
    draw_period_axis(&mut scene, &periods, &x, plot, theme, measure);
    draw_neighbour_band(&mut scene, &summary, &x, &y, theme);
    draw_intervals(&mut scene, kpi, |i| own_line(kpi, style, i), &x, &y, theme);

    // Reference lines go under the data; their labels go over it, on a plate.
    let target_y = kpi.target.map(|t| (t, y.map(t)));
    if let Some((_, py)) = target_y {
        scene.line(
            vec![(plot.x, py), (plot.right(), py)],
            Stroke { color: theme.reference, width: 1.5, dash: Dash::Dotted },
        );
    }
    let notes: Vec<(f64, &str)> =
        kpi.annotations.iter().map(|n| (x.map(n.period.middle()), n.label.as_str())).collect();
    for (px, _) in &notes {
        scene.line(
            vec![(*px, plot.y), (*px, plot.bottom())],
            Stroke { color: theme.reference, width: 1.0, dash: Dash::Dashed },
        );
    }

    draw_series(&mut scene, kpi, style, &x, &y, theme);
    draw_comparisons(&mut scene, kpi, |i| own_line(kpi, style, i), &x, &y, theme);

    if let Some((target, py)) = target_y {
        let text = format!("Target: {}", crate::scale::format::format_value(target, &kpi.unit));
        let width = measure.width(&text, SMALL) + 4.0;
        // Above the line, unless that would leave the plot (and meet the unit's caption).
        if py - 3.0 - SMALL.size - 2.0 >= plot.y {
            plate(&mut scene, plot.x + 2.0, py - 3.0 - SMALL.size - 2.0, width, theme);
            scene.text(
                plot.x + 4.0,
                py - 3.0,
                text,
                TextStyle::new(SMALL, theme.reference, Align::Start, Baseline::Bottom),
            );
        } else {
            plate(&mut scene, plot.x + 2.0, py + 2.0, width, theme);
            scene.text(
                plot.x + 4.0,
                py + 3.0,
                text,
                TextStyle::new(SMALL, theme.reference, Align::Start, Baseline::Top),
            );
        }
    }
    for (px, label) in notes {
        let right_half = px > plot.x + plot.width / 2.0;
        let (tx, align) = if right_half { (px - 4.0, Align::End) } else { (px + 4.0, Align::Start) };
        let room = if right_half { px - plot.x } else { plot.right() - px } - 8.0;
        // Wrapped, not cut ("Ofsted inspection" at 256 px is two lines, not "Ofsted ins…").
        for (i, text) in wrap(label, SMALL, room.max(20.0), 3, measure).into_iter().enumerate() {
            let top = plot.y + 1.0 + i as f64 * (SMALL.size + 3.0);
            let text_width = measure.width(&text, SMALL);
            let plate_x = if right_half { tx - text_width - 2.0 } else { tx - 2.0 };
            plate(&mut scene, plate_x, top, text_width + 4.0, theme);
            scene.text(tx, top + 1.0, text, TextStyle::new(SMALL, theme.reference, align, Baseline::Top));
        }
    }
    place_end_labels(&mut scene, kpi, labels, &y, plot, theme);
    // Zone names go over everything, on plates, so no band or line hides them.
    for (top, words) in zone_names {
        let width = measure.width(words, SMALL) + 4.0;
        plate(&mut scene, plot.right() - 2.0 - width, top + 1.0, width, theme);
        scene.text(
            plot.right() - 4.0,
            top + 2.0,
            words,
            TextStyle::new(SMALL, theme.muted_text, Align::End, Baseline::Top),
        );
    }

    if kpi.values().next().is_none() {
        let (cx, cy) = (plot.x + plot.width / 2.0, plot.y + plot.height / 2.0);
        scene.text(
            cx,
            cy,
            "No values to show",
            TextStyle::new(LABEL, theme.muted_text, Align::Middle, Baseline::Middle),
        );
    }
    scene.line(
        vec![(plot.x, plot.bottom()), (plot.right(), plot.bottom())],
        Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid },
    );
    scene
}

/// A background plate behind a reference label, so lines that cross it do not garble it.
fn plate(scene: &mut Scene, x: f64, y: f64, width: f64, theme: &Theme) {
    scene.add(Shape::Rect { x, y, width, height: SMALL.size + 3.0, fill: Some(theme.background), stroke: None });
}

/// The range the value axis must show: every value and the target; from zero when the data
/// are all positive and start within half their height of zero.
fn value_extent(kpi: &Kpi) -> (f64, f64) {
    let intervals = kpi
        .series()
        .iter()
        .flat_map(|s| s.points())
        .filter_map(|p| p.detail.as_deref()?.interval)
        .flat_map(|(lo, hi)| [lo, hi]);
    let all = kpi.values().chain(kpi.target).chain(intervals);
    let (mut lo, mut hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if lo > hi {
        return (0.0, 1.0);
    }
    if lo >= 0.0 && lo <= hi / 2.0 {
        lo = 0.0;
    } else if hi <= 0.0 && hi >= lo / 2.0 {
        hi = 0.0;
    } else {
        // An axis that does not start at zero: leave room so no point sits on the axis line.
        let pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
    }
    (lo, hi)
}

/// Time across the plot, inset so the first and last period labels fit.
fn period_scale(periods: &[&Period], plot: Rect, measure: &dyn TextMeasure) -> LinearScale {
    let half_label = |p: Option<&&Period>| p.map(|p| measure.width(&p.label(), SMALL) / 2.0).unwrap_or(0.0);
    // At least 8 px, at most a quarter of the plot; a plot narrower than 32 px gets the quarter
    // (`clamp` would panic with its bounds crossed: found by fuzzing scene_svg).
    let inset = |half: f64| half.max(8.0).min(plot.width / 4.0).max(0.0);
    let inset_left = inset(half_label(periods.first()));
    let inset_right = inset(half_label(periods.last()));
    let first = periods.first().map(|p| p.middle()).unwrap_or(0.0);
    let last = periods.last().map(|p| p.middle()).unwrap_or(1.0);
    LinearScale::new((first, last), (plot.x + inset_left, plot.right() - inset_right))
}

/// Period labels under the plot, thinned so they never overlap; the latest is always shown.
/// More periods than a few pixels each (a long daily or hourly series) get a time axis instead.
fn draw_period_axis(
    scene: &mut Scene,
    periods: &[&Period],
    x: &LinearScale,
    plot: Rect,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    if periods.len() as f64 > plot.width / 6.0 {
        return draw_time_axis(scene, x, plot, theme, measure);
    }
    let widest = periods.iter().map(|p| measure.width(&p.label(), SMALL)).fold(0.0, f64::max);
    let closest = periods
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(x.map(b.middle()) - x.map(a.middle())),
            _ => None,
        })
        .fold(f64::INFINITY, f64::min);
    let every =
        if closest.is_finite() && closest > 0.0 { ((widest + 12.0) / closest).ceil().max(1.0) as usize } else { 1 };
    let last = periods.len().saturating_sub(1);
    for (i, period) in periods.iter().enumerate() {
        let px = x.map(period.middle());
        let labelled = (last - i) % every == 0;
        let tick = if labelled { 5.0 } else { 3.0 };
        scene.line(
            vec![(px, plot.bottom()), (px, plot.bottom() + tick)],
            Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid },
        );
        if labelled {
            scene.text(
                px,
                plot.bottom() + 8.0,
                period.label().into_owned(),
                TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top),
            );
        }
    }
}

fn draw_series(scene: &mut Scene, kpi: &Kpi, style: LineStyle, x: &LinearScale, y: &LinearScale, theme: &Theme) {
    // Benchmarks first, so the council's own line is drawn on top of them.
    let mut order: Vec<usize> = (0..kpi.series().len()).filter(|&i| own_line(kpi, style, i)).collect();
    sort_by_key(&mut order, |&i| kpi.series().get(i).map(|s| s.role == Role::Own));
    let plot_width = scene.plot.width;
    for index in order {
        let Some(series) = kpi.series().get(index) else {
            continue;
        };
        let (stroke, hollow) = series_stroke(kpi, index, theme);
        let positions: Vec<Option<(f64, f64)>> =
            series.points().iter().map(|p| p.value.map(|v| (x.map(p.period.middle()), y.map(v)))).collect();
        // A gap breaks the line: never drawn through, never drawn as zero. Long series are
        // reduced to what the pixels can show; hover still finds every point.
        for run in line_runs(&positions) {
            if run.len() > 1 {
                scene.line(run, stroke);
            }
        }
        let all_markers = (series.points().len() as f64) <= plot_width / 10.0;
        // A target per value: room for them at once, not by doubling 17 times for a long series.
        scene.targets.reserve(positions.len());
        for (item, position) in positions.iter().enumerate() {
            let Some((px, py)) = *position else { continue };
            let datum = Datum::Point { series: index, index: item };
            let isolated = item.checked_sub(1).and_then(|i| positions.get(i)).is_none_or(|p| p.is_none())
                && positions.get(item + 1).is_none_or(|p| p.is_none());
            if all_markers || isolated {
                let shape = marker(marker_for(index), px, py, MARKER_RADIUS, stroke.color, theme.background, hollow);
                scene.add_datum(shape, datum);
            }
            scene.targets.push(Target { x: px, y: py, datum, bounds: None });
        }
    }
}

/// The neighbours' range as a grey band, their mean as a thin dark line on it; each mean point
/// a hover target (`Datum::Neighbours`).
fn draw_neighbour_band(
    scene: &mut Scene,
    summary: &[NeighbourPeriod],
    x: &LinearScale,
    y: &LinearScale,
    theme: &Theme,
) {
    if summary.is_empty() {
        return;
    }
    let upper = summary.iter().map(|n| (x.map(n.period.middle()), y.map(n.high)));
    let lower: Vec<(f64, f64)> = summary.iter().map(|n| (x.map(n.period.middle()), y.map(n.low))).collect();
    let band: Vec<(f64, f64)> = upper.chain(lower.into_iter().rev()).collect();
    scene.add(Shape::Polygon { points: band, fill: theme.band, stroke: None });
    let mean: Vec<(f64, f64)> = summary.iter().map(|n| (x.map(n.period.middle()), y.map(n.mean))).collect();
    if mean.len() > 1 {
        scene.line(mean.clone(), Stroke { color: theme.reference, width: 1.5, dash: Dash::Solid });
    }
    for (item, (px, py)) in mean.into_iter().enumerate() {
        scene.targets.push(Target { x: px, y: py, datum: Datum::Neighbours { index: item }, bounds: None });
    }
}

/// On, near and off target zones, lightly tinted; returns where to name each (its top) for
/// the names to be written last. Only for a KPI with thresholds and a direction.
fn draw_status_bands(
    scene: &mut Scene,
    kpi: &Kpi,
    y: &LinearScale,
    (lo, hi): (f64, f64),
    plot: Rect,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Vec<(f64, &'static str)> {
    let mut names = Vec::new();
    let Some(t) = kpi.thresholds else {
        return names;
    };
    let zones = match kpi.polarity {
        Polarity::LowerIsBetter => {
            [(lo, t.green, Status::OnTarget), (t.green, t.amber, Status::NearTarget), (t.amber, hi, Status::OffTarget)]
        }
        Polarity::HigherIsBetter => {
            [(lo, t.amber, Status::OffTarget), (t.amber, t.green, Status::NearTarget), (t.green, hi, Status::OnTarget)]
        }
        Polarity::Neutral => return names,
    };
    for (from, to, status) in zones {
        let (from, to) = (from.max(lo), to.min(hi));
        if to <= from {
            continue;
        }
        let (top, bottom) = (y.map(to), y.map(from));
        let tint = theme.tint(status_color(status, theme), 0.14);
        scene.add(Shape::Rect {
            x: plot.x,
            y: top,
            width: plot.width,
            height: bottom - top,
            fill: Some(tint),
            stroke: None,
        });
        if bottom - top >= SMALL.size + 4.0 && measure.width(status.words(), SMALL) < plot.width / 3.0 {
            names.push((top, status.words()));
        }
    }
    names
}
