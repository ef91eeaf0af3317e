//! The line-by-line view: for each line with a figure, two bars comparing the chosen columns
//! (planned against actual, say), largest line first, names wrapped beside them. The first
//! column is always the upper, solid bar and the second the lower, hatched one, each with its
//! amount written after it, so the pair is told apart without colour.

use crate::model::funding::breakdown::line_pairs;
use crate::scale::format::format_value;
use crate::scene::funding::named_rows::{named_rows, NamedRows};
use crate::scene::funding::plan_frame::{begin_plan, row_value_axis, PlanView};
use crate::scene::hatch::hatch;
use crate::scene::legend::{draw_legend, legend_height, Entry};
use crate::scene::text::TextMeasure;
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Color, Dash, Datum, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const BAR: f64 = 14.0;
const PAIR: f64 = BAR * 2.0 + 3.0;

/// The datum of a bar: the line's index in the plan (in reading order), and the column.
pub fn flat_index(chart: &PlanView, section: usize, line: usize) -> usize {
    chart.plan.sections().iter().take(section).map(|s| s.lines.len()).sum::<usize>() + line
}

fn key(chart: &PlanView, theme: &Theme) -> Vec<Entry> {
    let (a, b) = chart.columns.pair();
    let name = |c: usize| chart.plan.columns().get(c).cloned().unwrap_or_default();
    let (first, second) = colors(theme);
    let mut hatched = vec![Shape::Rect {
        x: 0.0,
        y: 1.0,
        width: 22.0,
        height: 14.0,
        fill: Some(theme.background),
        stroke: Some(Stroke { color: second, width: 1.5, dash: Dash::Solid }),
    }];
    hatched.extend(hatch(Rect { x: 0.0, y: 1.0, width: 22.0, height: 14.0 }, second, 5.0));
    vec![
        Entry {
            swatch: vec![Shape::Rect { x: 0.0, y: 1.0, width: 22.0, height: 14.0, fill: Some(first), stroke: None }],
            swatch_width: 22.0,
            label: name(a),
        },
        Entry { swatch: hatched, swatch_width: 22.0, label: name(b) },
    ]
}

fn colors(theme: &Theme) -> (Color, Color) {
    (theme.two_series[0], theme.reference)
}

fn layout(chart: &PlanView, width: f64, top: f64, measure: &dyn TextMeasure) -> (f64, NamedRows) {
    let (a, b) = chart.columns.pair();
    let pairs = line_pairs(chart.plan, a, b);
    let unit = &chart.plan.unit;
    let names: Vec<String> = pairs.iter().map(|&(s, l, _, _)| line_name(chart, s, l)).collect();
    let room = pairs
        .iter()
        .flat_map(|p| [p.2, p.3])
        .map(|v| v.map_or("nil".to_owned(), |v| format_value(v, unit)))
        .map(|t| measure.width(&t, LABEL))
        .fold(0.0, f64::max)
        + 8.0;
    let legend = legend_height(&key(chart, &Theme::default()), width - 16.0, measure);
    let axis_top = top + legend + 8.0;
    (axis_top, named_rows(&names, PAIR, width, axis_top + SMALL.size + 10.0, room, measure))
}

fn line_name(chart: &PlanView, section: usize, line: usize) -> String {
    chart.plan.sections().get(section).and_then(|s| s.lines.get(line)).map(|l| l.name.clone()).unwrap_or_default()
}

/// Height the view needs at `width` (titles excluded).
pub fn lines_height(chart: &PlanView, width: f64, measure: &dyn TextMeasure) -> f64 {
    layout(chart, width, 4.0, measure).1.bottom + 4.0
}

pub fn funding_lines(chart: &PlanView, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let plan = chart.plan;
    let (mut scene, top, _) = begin_plan(chart, frame, theme, measure);
    let top = top.max(4.0);
    draw_legend(&mut scene, key(chart, theme), 8.0, top, frame.width - 16.0, theme, measure);
    let (axis_top, rows) = layout(chart, frame.width, top, measure);
    let (a, b) = chart.columns.pair();
    let pairs = line_pairs(plan, a, b);

    let values = pairs.iter().flat_map(|p| [p.2, p.3]).flatten();
    let axis = row_value_axis(&mut scene, &rows, values, axis_top, chart, theme);
    let plot = scene.plot;
    let zero = axis.map(0.0);

    let (first, second) = colors(theme);
    for (row, &(s, l, va, vb)) in rows.rows.iter().zip(&pairs) {
        let group = flat_index(chart, s, l);
        for (k, (column, value)) in [(a, va), (b, vb)].into_iter().enumerate() {
            let y = row.bars_top + k as f64 * (BAR + 3.0);
            let datum = Datum::LineAmount { line: group, column };
            let Some(value) = value else {
                scene.text(
                    zero + 4.0,
                    y + BAR / 2.0,
                    "nil",
                    TextStyle::new(LABEL, theme.muted_text, Align::Start, Baseline::Middle),
                );
                scene.targets.push(Target {
                    x: zero,
                    y: y + BAR / 2.0,
                    datum,
                    bounds: Some(Rect { x: zero, y, width: 24.0, height: BAR }),
                });
                continue;
            };
            let x = axis.map(value);
            let bar = Rect { x: zero.min(x), y, width: (x - zero).abs().max(1.0), height: BAR };
            if k == 0 {
                scene.add_datum(Shape::rect(bar, Some(first), None), datum);
            } else {
                scene.add_datum(
                    Shape::rect(
                        bar,
                        Some(theme.background),
                        Some(Stroke { color: second, width: 1.5, dash: Dash::Solid }),
                    ),
                    datum,
                );
                for line in hatch(bar, second, 5.0) {
                    scene.add(line);
                }
            }
            let text = format_value(value, &plan.unit);
            // Amounts below zero are written just right of the zero line, clear of the names.
            let tx = if value < 0.0 { zero + 4.0 } else { bar.right() + 4.0 };
            scene.text(tx, y + BAR / 2.0, text, TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle));
            scene.targets.push(Target { x: bar.x + bar.width / 2.0, y: y + BAR / 2.0, datum, bounds: Some(bar) });
        }
    }
    for row in &rows.rows {
        rows.draw_name(&mut scene, row, LABEL, theme, measure);
    }
    if pairs.is_empty() {
        scene.text(
            frame.width / 2.0,
            plot.y + 20.0,
            "No line has a figure in either column",
            TextStyle::new(LABEL, theme.muted_text, Align::Middle, Baseline::Top),
        );
    }
    scene
}
