//! The stacked view: one bar per chosen column (each year, say), cut into sections (or, in a
//! plan of one section, its largest lines), with the bar's total above it, amounts below zero
//! drawn below the axis, and the available funding marked across the bar as a dashed line.

use crate::model::funding::breakdown::{stack_groups, Group};
use crate::scale::format::format_value;
use crate::scene::funding::plan_frame::{begin_plan, PlanView};
use crate::scene::grades::text_on;
use crate::scene::legend::{draw_legend, legend_height, Entry};
use crate::scene::money_axis::MoneyAxis;
use crate::scene::pattern::{is_solid, patterned, repeats, swatch};
use crate::scene::text::{ellipsize, wrap, TextMeasure};
use crate::scene::theme::{Theme, SMALL};
use crate::scene::{Align, Baseline, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const TOTAL_FONT: Font = Font { size: 13.0, bold: true };
const LINE: f64 = 15.0;

/// The datum of the available-funding mark in column `column`.
pub fn available_datum(column: usize) -> Datum {
    Datum::Available { column }
}

/// The least plot a stacked view keeps when its column labels take many lines.
const LEAST_PLOT: f64 = 120.0;

/// The stacked view's height at `width`: `natural`, or taller where the column labels, wrapped
/// to a narrow band ("Revised / full / amo- / unt"), leave too little room: laid out once at
/// `natural` to see how far its words run past the bottom and how small its plot is.
pub fn stacked_height(chart: &PlanView, width: f64, natural: f64, measure: &dyn TextMeasure) -> f64 {
    let scene = funding_stacked(chart, Frame::new(width, natural, false), &Theme::default(), measure);
    let lowest = crate::scene::text::text_boxes(&scene, measure).iter().map(|(_, b)| b[3]).fold(0.0, f64::max);
    let short = (lowest + 4.0 - natural).max(0.0) + (LEAST_PLOT - scene.plot.height).max(0.0);
    natural + short
}

pub fn funding_stacked(chart: &PlanView, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let plan = chart.plan;
    let (mut scene, top, bottom) = begin_plan(chart, frame, theme, measure);
    let groups = stack_groups(plan, chart.columns.all());
    let colors = group_colors(groups.len(), theme);
    let available: Vec<(usize, f64)> = chart
        .columns
        .all()
        .iter()
        .filter_map(|&c| plan.available.as_ref().and_then(|a| a.values.get(c).copied().flatten()).map(|v| (c, v)))
        .collect();

    // Key first, across the top: it says what the colours and the dashed line mean.
    let entries = legend(&groups, !available.is_empty(), plan.available.as_ref().map(|a| a.name.as_str()), theme);
    let legend_top = top.max(4.0);
    let legend_space = legend_height(&entries, frame.width - 16.0, measure);
    draw_legend(&mut scene, entries, 8.0, legend_top, frame.width - 16.0, theme, measure);

    // Each bar's positive pieces stack up from zero and its negative pieces down from it.
    let stacks: Vec<(f64, f64)> = chart
        .columns
        .all()
        .iter()
        .map(|&c| {
            groups.iter().map(|g| g.amount(plan, c)).fold((0.0, 0.0), |(up, down), v| {
                if v > 0.0 {
                    (up + v, down)
                } else {
                    (up, down + v)
                }
            })
        })
        .collect();
    let extent: Vec<f64> =
        stacks.iter().flat_map(|&(up, down)| [up, down]).chain(available.iter().map(|a| a.1)).collect();

    // Column labels under the bars, wrapped to their band: a column's name is its datum's
    // name, so a word too long for a narrow band is hyphenated, never cut. The band depends
    // on the axis labels' width, which depends on the plot's height, which depends on the
    // labels' lines: wrapped to a guess, and again to the band the guess gave where that is
    // narrower (a label wider than its band runs past the chart's edge).
    let columns = chart.columns.all().len().max(1);
    let plot_top = legend_top + legend_space + 10.0 + LINE; // room for a total above the tallest bar
    let mut wrap_at = (frame.width - 80.0) / columns as f64;
    let mut pass = 0;
    let (labels, plot_height, axis, label_width) = loop {
        let labels: Vec<Vec<String>> = chart
            .columns
            .all()
            .iter()
            .map(|&c| wrap(plan.columns().get(c).map_or("", |s| s), SMALL, wrap_at - 2.0, 5, measure))
            .collect();
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f64;
        let plot_bottom = frame.height - bottom - label_lines * LINE - 12.0;
        let plot_height = (plot_bottom - plot_top).max(40.0);
        let tick_count = ((plot_height / 50.0) as usize).clamp(2, 8);
        let axis = MoneyAxis::new(extent.iter().copied(), plot_top + plot_height, plot_top, tick_count, &plan.unit);
        let label_width = axis.labels.iter().map(|t| measure.width(t, SMALL)).fold(0.0, f64::max);
        let band = (frame.width - 16.0 - label_width - 16.0).max(40.0) / columns as f64;
        pass += 1;
        if band >= wrap_at - 0.5 || pass == 2 {
            break (labels, plot_height, axis, label_width);
        }
        wrap_at = band;
    };
    let plot = Rect {
        x: 8.0 + label_width + 8.0,
        y: plot_top,
        width: (frame.width - 16.0 - label_width - 16.0).max(40.0),
        height: plot_height,
    };
    scene.plot = plot;
    for (value, label) in axis.ticks.values.iter().zip(&axis.labels) {
        let y = axis.map(*value);
        scene.line(vec![(plot.x, y), (plot.right(), y)], Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid });
        scene.text(
            plot.x - 8.0,
            y,
            label.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::End, Baseline::Middle),
        );
    }

    let band = plot.width / columns as f64;
    let bar_width = (band * 0.56).clamp(12.0, 120.0);
    let zero = axis.map(0.0);
    for (slot, (&column, (up, down))) in chart.columns.all().iter().zip(&stacks).enumerate() {
        let centre = plot.x + band * (slot as f64 + 0.5);
        let left = centre - bar_width / 2.0;
        let (mut above, mut below) = (0.0, 0.0);
        for (index, group) in groups.iter().enumerate() {
            let amount = group.amount(plan, column);
            if amount == 0.0 {
                continue;
            }
            let (from, to) = if amount > 0.0 { (above, above + amount) } else { (below, below + amount) };
            if amount > 0.0 {
                above = to
            } else {
                below = to
            }
            let (y0, y1) = (axis.map(from), axis.map(to));
            let piece = Rect { x: left, y: y0.min(y1), width: bar_width, height: (y1 - y0).abs() };
            let (fill, repeat) = (colors.get(index).copied().unwrap_or(theme.text), repeats(&colors, index));
            let datum = Datum::Piece { group: index, column };
            // A hairline of background between pieces keeps neighbours apart whatever their
            // colours; where a colour repeats (forced colours), a pattern does.
            let mut shapes = patterned(piece, fill, theme.background, repeat).into_iter();
            if let Some(first) = shapes.next() {
                scene.add_datum(first, datum);
            }
            for shape in shapes {
                scene.add(shape);
            }
            let text = format_value(amount, &plan.unit);
            let text_width = measure.width(&text, SMALL);
            if piece.height >= 18.0 && text_width <= bar_width - 6.0 {
                let y = piece.y + piece.height / 2.0;
                let ink = if is_solid(repeat) {
                    text_on(fill, theme)
                } else {
                    // A plate of background under the figure, so the pattern does not cross it.
                    let plate =
                        Rect { x: centre - text_width / 2.0 - 3.0, y: y - 8.0, width: text_width + 6.0, height: 16.0 };
                    scene.add(Shape::rect(plate, Some(theme.background), None));
                    theme.text
                };
                scene.text(centre, y, text, TextStyle::new(SMALL, ink, Align::Middle, Baseline::Middle));
            }
            scene.targets.push(Target { x: centre, y: piece.y + piece.height / 2.0, datum, bounds: Some(piece) });
        }
        let net = up + down;
        // The figure the plan prints (and the table and describe() give), not the sum of the
        // drawn pieces: where they differ, the reconciliation beside the chart says so.
        let total = format_value(plan.grand_total(column), &plan.unit);
        let funding_y = available.iter().find(|(c, _)| *c == column).map(|&(_, v)| axis.map(v));
        let (mut ty, baseline) =
            if net >= 0.0 { (axis.map(*up) - 4.0, Baseline::Bottom) } else { (axis.map(*down) + 4.0, Baseline::Top) };
        // The total sits clear of the available-funding dash: above it if the dash would cross it.
        if let Some(fy) =
            funding_y.filter(|fy| baseline == Baseline::Bottom && *fy <= ty + 3.0 && *fy >= ty - TOTAL_FONT.size - 3.0)
        {
            ty = fy - 5.0;
        }
        // Narrow bands step the totals down a size, so neighbouring totals never touch.
        let font = if measure.width(&total, TOTAL_FONT) > band - 12.0 {
            Font { size: SMALL.size, bold: true }
        } else {
            TOTAL_FONT
        };
        scene.text(
            centre,
            ty,
            ellipsize(&total, font, band - 8.0, measure),
            TextStyle::new(font, theme.text, Align::Middle, baseline),
        );
        for (i, line) in labels.get(slot).into_iter().flatten().enumerate() {
            scene.text(
                centre,
                plot.bottom() + 8.0 + i as f64 * LINE,
                line.clone(),
                TextStyle::new(SMALL, theme.text, Align::Middle, Baseline::Top),
            );
        }
        if let Some((y, funding)) = funding_y.zip(available.iter().find(|(c, _)| *c == column).map(|a| a.1)) {
            let (x0, x1) = (left - 8.0, left + bar_width + 8.0);
            scene.line(vec![(x0, y), (x1, y)], Stroke { color: theme.background, width: 5.0, dash: Dash::Solid });
            scene.line(vec![(x0, y), (x1, y)], Stroke { color: theme.text, width: 2.5, dash: Dash::Dashed });
            let datum = available_datum(column);
            scene.targets.push(Target {
                x: centre,
                y,
                datum,
                bounds: Some(Rect { x: x0, y: y - 4.0, width: x1 - x0, height: 8.0 }),
            });
            let text = format_value(funding, &plan.unit);
            // The value may run into the gap before the next bar, but not past the chart's edge.
            let room = if slot + 1 == chart.columns.all().len() {
                (band - bar_width) / 2.0 - 4.0
            } else {
                band - bar_width - 24.0
            };
            if measure.width(&text, SMALL) <= room {
                scene.text(x1 + 3.0, y, text, TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Middle));
            }
        }
    }
    scene.line(vec![(plot.x, zero), (plot.right(), zero)], Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid });
    scene.pick_distance = band / 2.0;
    scene
}

fn legend(groups: &[Group], has_available: bool, available_name: Option<&str>, theme: &Theme) -> Vec<Entry> {
    let colors = group_colors(groups.len(), theme);
    let mut entries: Vec<Entry> = groups
        .iter()
        .zip(&colors)
        .enumerate()
        .map(|(i, (g, &color))| Entry {
            swatch: swatch(
                Rect { x: 0.0, y: 1.0, width: 14.0, height: 14.0 },
                color,
                theme.background,
                repeats(&colors, i),
            ),
            swatch_width: 14.0,
            label: g.name.clone(),
        })
        .collect();
    if has_available {
        entries.push(Entry {
            swatch: vec![Shape::Line {
                points: vec![(0.0, 8.0), (24.0, 8.0)],
                stroke: Stroke { color: theme.text, width: 2.5, dash: Dash::Dashed },
            }],
            swatch_width: 24.0,
            label: available_name.unwrap_or("Available funding").to_owned(),
        });
    }
    entries
}

/// Each group's colour, in order: where the palette repeats (forced colours), a pattern parts them.
fn group_colors(count: usize, theme: &Theme) -> Vec<crate::scene::shape::Color> {
    (0..count).map(|i| theme.series_color(i, count)).collect()
}
