//! The waterfall view, laid on its side so long line names read: the first column's total,
//! then each line's change to the second column, largest first, then the second column's
//! total. Increases are solid, decreases hatched, and every change is written with its sign,
//! so the direction never rests on colour.

use crate::model::funding::breakdown::{waterfall, Waterfall};
use crate::scale::format::format_value;
use crate::scene::funding::named_rows::{named_rows, NamedRows};
use crate::scene::funding::plan_frame::{begin_plan, row_value_axis, PlanView};
use crate::scene::hatch::hatch;
use crate::scene::legend::{draw_legend, legend_height, Entry};
use crate::scene::text::TextMeasure;
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Color, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const BAR: f64 = 20.0;
const TOTAL_FONT: Font = Font { size: 13.0, bold: true };

/// Row names: the start total, each step, the end total.
fn names(chart: &PlanView, w: &Waterfall) -> Vec<String> {
    let column = |c: usize| chart.plan.columns().get(c).cloned().unwrap_or_default();
    std::iter::once(format!("{} (total)", column(w.from)))
        .chain(w.steps.iter().map(|s| s.name.clone()))
        .chain(std::iter::once(format!("{} (total)", column(w.to))))
        .collect()
}

/// The width kept for the longest value label after a bar.
fn label_room(chart: &PlanView, w: &Waterfall, measure: &dyn TextMeasure) -> f64 {
    let unit = &chart.plan.unit;
    let widest =
        w.steps.iter().map(|s| signed(s.change, unit)).chain([format_value(w.start, unit), format_value(w.end, unit)]);
    widest.map(|t| measure.width(&t, TOTAL_FONT)).fold(0.0, f64::max) + 8.0
}

/// "+£429k", "−£2.336m": the sign is always written.
pub fn signed(change: f64, unit: &crate::model::kpi::unit::Unit) -> String {
    let text = format_value(change, unit);
    if change > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A total's bar: filled with the total's colour; where that is the increases' colour too
/// (forced colours, where everything is the text colour) it is an outline, heavy, so a total
/// and an increase still differ.
fn total_bar(area: Rect, theme: &Theme) -> Shape {
    let (up, _, total) = colors(theme);
    if total == up {
        Shape::rect(area, Some(theme.background), Some(Stroke { color: total, width: 3.0, dash: Dash::Solid }))
    } else {
        Shape::rect(area, Some(total), None)
    }
}

fn key(theme: &Theme) -> Vec<Entry> {
    let (up, down, _) = colors(theme);
    let box_at = |fill: Option<Color>| Shape::Rect {
        x: 0.0,
        y: 1.0,
        width: 22.0,
        height: 14.0,
        fill,
        stroke: Some(Stroke { color: down, width: 1.0, dash: Dash::Solid }),
    };
    let mut hatched = vec![box_at(Some(theme.background))];
    hatched.extend(hatch(Rect { x: 0.0, y: 1.0, width: 22.0, height: 14.0 }, down, 5.0));
    vec![
        Entry {
            swatch: vec![total_bar(Rect { x: 0.0, y: 1.0, width: 22.0, height: 14.0 }, theme)],
            swatch_width: 22.0,
            label: "Total".into(),
        },
        Entry { swatch: vec![box_at(Some(up))], swatch_width: 22.0, label: "Increase (+)".into() },
        Entry { swatch: hatched, swatch_width: 22.0, label: "Decrease (\u{2212})".into() },
    ]
}

/// Increase, decrease and total colours: the Analysis Function's two-series pair and dark grey.
fn colors(theme: &Theme) -> (Color, Color, Color) {
    (theme.two_series[1], theme.two_series[0], theme.reference)
}

/// The top of the legend on screen, where no titles are drawn in above it.
const SCREEN_TOP: f64 = 4.0;

/// The waterfall's steps and where its rows go at one width and top, found once: the chart's
/// height comes from the screen's layout, and the screen's scene is drawn from the same one.
pub struct WaterfallLayout {
    width: f64,
    top: f64,
    waterfall: Waterfall,
    axis_top: f64,
    rows: NamedRows,
}

impl WaterfallLayout {
    /// Height the waterfall needs (titles excluded).
    pub fn height(&self) -> f64 {
        self.rows.bottom + if self.waterfall.unchanged > 0 { LABEL.size + 10.0 } else { 4.0 }
    }
}

/// The layout at `width` on screen (titles are text on the page, not drawn in).
pub fn waterfall_layout(chart: &PlanView, width: f64, measure: &dyn TextMeasure) -> WaterfallLayout {
    layout(chart, width, SCREEN_TOP, measure)
}

fn layout(chart: &PlanView, width: f64, top: f64, measure: &dyn TextMeasure) -> WaterfallLayout {
    let (from, to) = chart.columns.pair();
    let w = waterfall(chart.plan, from, to);
    let legend = legend_height(&key(&Theme::default()), width - 16.0, measure);
    let axis_top = top + legend + 8.0;
    let rows = named_rows(
        &names(chart, &w),
        BAR,
        width,
        axis_top + SMALL.size + 10.0,
        label_room(chart, &w, measure),
        measure,
    );
    WaterfallLayout { width, top, waterfall: w, axis_top, rows }
}

/// The waterfall in `frame`, from `laid` when it was laid out for this width and top (the
/// screen's); an export, with titles drawn in above, is laid out here for its own top.
pub fn funding_waterfall(
    chart: &PlanView,
    laid: Option<&WaterfallLayout>,
    frame: Frame,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let plan = chart.plan;
    let (mut scene, top, _) = begin_plan(chart, frame, theme, measure);
    let top = top.max(SCREEN_TOP);
    draw_legend(&mut scene, key(theme), 8.0, top, frame.width - 16.0, theme, measure);
    let fresh;
    let l = match laid {
        Some(l) if l.width == frame.width && l.top == top => l,
        _ => {
            fresh = layout(chart, frame.width, top, measure);
            &fresh
        }
    };
    let (w, axis_top, rows) = (&l.waterfall, l.axis_top, &l.rows);

    // Running totals: the bars start and end at these.
    let mut running = vec![w.start];
    for step in &w.steps {
        running.push(running.last().copied().unwrap_or(0.0) + step.change);
    }
    let axis = row_value_axis(&mut scene, rows, running.iter().copied().chain([w.end]), axis_top, chart, theme);

    let (up, down, _) = colors(theme);
    let last = rows.rows.len().saturating_sub(1);
    let mut previous_end: Option<(f64, f64)> = None;
    for (index, row) in rows.rows.iter().enumerate() {
        let (from, to, kind) = if index == 0 {
            (0.0, w.start, Kind::Total)
        } else if index == last {
            (0.0, w.end, Kind::Total)
        } else {
            let before = running.get(index - 1).copied().unwrap_or(0.0);
            let after = running.get(index).copied().unwrap_or(before);
            (before, after, if after >= before { Kind::Up } else { Kind::Down })
        };
        let (x0, x1) = (axis.map(from.min(to)), axis.map(from.max(to)));
        let bar = Rect { x: x0, y: row.bars_top, width: (x1 - x0).max(1.0), height: BAR };
        let datum = Datum::Bar { index };
        match kind {
            Kind::Total => scene.add_datum(total_bar(bar, theme), datum),
            Kind::Up => scene.add_datum(
                Shape::rect(bar, Some(up), Some(Stroke { color: theme.text, width: 1.0, dash: Dash::Solid })),
                datum,
            ),
            Kind::Down => {
                scene.add_datum(
                    Shape::rect(
                        bar,
                        Some(theme.background),
                        Some(Stroke { color: down, width: 1.5, dash: Dash::Solid }),
                    ),
                    datum,
                );
                for line in hatch(bar, down, 5.0) {
                    scene.add(line);
                }
            }
        }
        // A dotted connector from where the last bar ended to where this one starts.
        if let Some((x, y)) = previous_end {
            let start_x = if kind == Kind::Total { axis.map(to) } else { axis.map(from) };
            if (start_x - x).abs() < 0.5 {
                scene
                    .line(vec![(x, y), (x, bar.y)], Stroke { color: theme.muted_text, width: 1.0, dash: Dash::Dotted });
            }
        }
        previous_end = Some((axis.map(to), bar.bottom()));
        let text = match kind {
            Kind::Total => format_value(to, &plan.unit),
            _ => signed(to - from, &plan.unit),
        };
        let font = if kind == Kind::Total { TOTAL_FONT } else { LABEL };
        scene.text(
            bar.right() + 6.0,
            bar.y + BAR / 2.0,
            text,
            TextStyle::new(font, theme.text, Align::Start, Baseline::Middle),
        );
        scene.targets.push(Target { x: bar.x + bar.width / 2.0, y: bar.y + BAR / 2.0, datum, bounds: Some(bar) });
    }
    for (index, row) in rows.rows.iter().enumerate() {
        let font = if index == 0 || index == last { Font { size: LABEL.size, bold: true } } else { LABEL };
        rows.draw_name(&mut scene, row, font, theme, measure);
    }
    if w.unchanged > 0 {
        let text = if w.unchanged == 1 {
            "1 line did not change".to_owned()
        } else {
            format!("{} lines did not change", w.unchanged)
        };
        scene.text(8.0, rows.bottom, text, TextStyle::new(LABEL, theme.muted_text, Align::Start, Baseline::Top));
    }
    scene
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Total,
    Up,
    Down,
}
