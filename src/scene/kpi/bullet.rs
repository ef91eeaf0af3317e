//! The bullet view: the latest value as a bar against its target (a heavy tick), its status
//! bands (shaded and named, in the polarity's direction) and the first benchmark's latest value
//! (a hollow diamond), with the value and its status written above.

use crate::model::kpi::status::{Latest, Status};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role};
use crate::scale::format::format_value;
use crate::scene::header::{begin, Heading};
use crate::scene::kpi::status_mark::{status_color, status_mark};
use crate::scene::money_axis::MoneyAxis;
use crate::scene::text::{ellipsize, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const HEADLINE: Font = Font { size: 15.0, bold: true };
const ROW: f64 = 36.0;
/// The bar and the benchmark sit in the lower part of the row, under the bands' names.
const BAR_MIDDLE: f64 = 24.0;

pub fn kpi_bullet(kpi: &Kpi, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&kpi.titles);
    let (mut scene, top, _) = begin(frame, titles, theme, measure);
    let top = top.max(4.0);
    let unit = &kpi.unit;
    let Some(Latest { period, value, .. }) = kpi.latest() else {
        scene.text(8.0, top, "No value yet", TextStyle::new(LABEL, theme.muted_text, Align::Start, Baseline::Top));
        return scene;
    };
    let headline_index = kpi.series().iter().position(|s| Some(s) == kpi.headline()).unwrap_or(0);
    let latest_item =
        kpi.series().get(headline_index).and_then(|s| s.points().iter().rposition(|p| p.value.is_some())).unwrap_or(0);
    let benchmark = kpi.series().iter().enumerate().filter(|(_, s)| s.role == Role::Benchmark).find_map(|(i, s)| {
        let item = s.points().iter().rposition(|p| p.value.is_some())?;
        Some((i, item, s.name.as_str(), s.points().get(item)?.value?))
    });

    // Value and status first, in words.
    let status = kpi.status(value);
    let headline = format!("{} in {}", format_value(value, unit), period.label());
    let headline = ellipsize(&headline, HEADLINE, frame.width - 16.0, measure);
    let headline_width = measure.width(&headline, HEADLINE);
    scene.text(8.0, top, headline, TextStyle::new(HEADLINE, theme.text, Align::Start, Baseline::Top));
    let status_x = 8.0 + headline_width + 16.0;
    if status != Status::NotRated && status_x + 90.0 <= frame.width {
        scene.add(status_mark(status, status_x, top + 9.0, 11.0, theme));
        scene.text(
            status_x + 10.0,
            top + 9.0,
            status.words(),
            TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle),
        );
    }

    let row_top = top + HEADLINE.size + 22.0;
    let extent = [Some(value), kpi.target, benchmark.map(|b| b.3)]
        .into_iter()
        .flatten()
        .chain(kpi.thresholds.iter().flat_map(|t| [t.green, t.amber]));
    let axis =
        MoneyAxis::new(extent, 8.0 + 16.0, frame.width - 8.0 - 16.0, ((frame.width / 90.0) as usize).clamp(2, 6), unit);
    let (left, right) = (axis.map(axis.ticks.min), axis.map(axis.ticks.max));
    let row = Rect { x: left, y: row_top, width: right - left, height: ROW };
    scene.plot = row;
    draw_bands(&mut scene, kpi, &axis, row, theme, measure);
    for (tick, label) in axis.ticks.values.iter().zip(&axis.labels) {
        let x = axis.map(*tick);
        scene.line(
            vec![(x, row.bottom()), (x, row.bottom() + 4.0)],
            Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid },
        );
        scene.text(
            x,
            row.bottom() + 6.0,
            label.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top),
        );
    }
    let zero = axis.map(0.0);
    let bar = Rect {
        x: zero.min(axis.map(value)),
        y: row.y + BAR_MIDDLE - 6.0,
        width: (axis.map(value) - zero).abs().max(2.0),
        height: 12.0,
    };
    let datum = Datum::Point { series: headline_index, index: latest_item };
    scene.add_datum(Shape::rect(bar, Some(theme.series_color(0, 1)), None), datum);
    scene.targets.push(Target { x: bar.right(), y: row.y + BAR_MIDDLE, datum, bounds: Some(bar) });

    if let Some(target) = kpi.target {
        let x = axis.map(target);
        scene.add(Shape::Rect {
            x: x - 1.5,
            y: row.y - 3.0,
            width: 3.0,
            height: ROW + 6.0,
            fill: Some(theme.text),
            stroke: None,
        });
        let label = format!("Target {}", format_value(target, unit));
        scene.text(x, row.y - 5.0, label, TextStyle::new(SMALL, theme.text, Align::Middle, Baseline::Bottom));
    }
    if let Some((series, item, name, benchmark_value)) = benchmark {
        let (x, y) = (axis.map(benchmark_value), row.y + BAR_MIDDLE);
        let diamond = vec![(x, y - 7.0), (x + 7.0, y), (x, y + 7.0), (x - 7.0, y)];
        let datum = Datum::Point { series, index: item };
        scene.add_datum(
            Shape::Polygon {
                points: diamond,
                fill: theme.background,
                stroke: Some(Stroke { color: theme.text, width: 2.0, dash: Dash::Solid }),
            },
            datum,
        );
        scene.targets.push(Target {
            x,
            y,
            datum,
            bounds: Some(Rect { x: x - 7.0, y: y - 7.0, width: 14.0, height: 14.0 }),
        });
        let label = ellipsize(
            &format!("\u{25C7} {name} {}", format_value(benchmark_value, unit)),
            SMALL,
            frame.width - 16.0,
            measure,
        );
        let width = measure.width(&label, SMALL);
        let lx = (x - width / 2.0).clamp(8.0, (frame.width - 8.0 - width).max(8.0));
        scene.text(lx, row.bottom() + 22.0, label, TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Top));
    }
    scene
}

/// Shaded bands for off, near and on target, in the polarity's direction, each named where it
/// is wide enough: the meaning is in the words, the tint only helps.
fn draw_bands(scene: &mut Scene, kpi: &Kpi, axis: &MoneyAxis, row: Rect, theme: &Theme, measure: &dyn TextMeasure) {
    let background = Shape::rect(row, Some(theme.grid), None);
    let (Some(t), true) = (kpi.thresholds, kpi.polarity != Polarity::Neutral) else {
        scene.add(background);
        return;
    };
    let (lo, hi) = (axis.ticks.min, axis.ticks.max);
    let zones = if kpi.polarity == Polarity::LowerIsBetter {
        [(lo, t.green, Status::OnTarget), (t.green, t.amber, Status::NearTarget), (t.amber, hi, Status::OffTarget)]
    } else {
        [(lo, t.amber, Status::OffTarget), (t.amber, t.green, Status::NearTarget), (t.green, hi, Status::OnTarget)]
    };
    for (from, to, status) in zones {
        let (x0, x1) = (axis.map(from.max(lo)), axis.map(to.min(hi)));
        if x1 <= x0 {
            continue;
        }
        let tint = theme.tint(status_color(status, theme), 0.22);
        scene.add(Shape::Rect { x: x0, y: row.y, width: x1 - x0, height: row.height, fill: Some(tint), stroke: None });
        let words = status.words();
        if measure.width(words, SMALL) + 8.0 <= x1 - x0 {
            scene.text(x0 + 5.0, row.y + 2.0, words, TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Top));
        }
    }
}
