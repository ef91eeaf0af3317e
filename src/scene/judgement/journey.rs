//! The journey view: one small panel per area, its grade at each inspection on an ordered
//! scale (best at the top), joined where judged, with the latest grade labelled directly.
//! Areas with the same grades would hide each other as lines on one plot; panels do not.

use crate::model::judgement::Judgements;
use crate::scene::grades::{grade_colors, grade_marker};
use crate::scene::header::{begin, Heading};
use crate::scene::text::{ellipsize, wrap, TextMeasure};
use crate::scene::theme::{Theme, SMALL};
use crate::scene::{Align, Baseline, Dash, Datum, Font, Frame, Rect, Scene, Stroke, Target, TextStyle};

const PANEL_MIN: f64 = 250.0;
const GUTTER: f64 = 16.0;
const BAND: f64 = 24.0;
const LINE: f64 = 17.0;
const NAME_FONT: Font = Font { size: 13.0, bold: true };
const LATEST_FONT: Font = Font { size: 12.0, bold: true };

struct Grid {
    columns: usize,
    panel_width: f64,
    /// Per row of panels: its top and its name-block height.
    rows: Vec<(f64, f64)>,
    height: f64,
}

fn plot_height(j: &Judgements) -> f64 {
    j.scale.len() as f64 * BAND
}

fn grid(j: &Judgements, width: f64, measure: &dyn TextMeasure) -> Grid {
    let usable = (width - 16.0).max(100.0);
    let columns = (((usable + GUTTER) / (PANEL_MIN + GUTTER)).floor() as usize).clamp(1, j.areas().len().max(1));
    let panel_width = (usable - GUTTER * (columns as f64 - 1.0)) / columns as f64;
    let mut rows = Vec::new();
    let mut y = 0.0;
    for chunk in j.areas().chunks(columns) {
        let names = chunk.iter().map(|a| wrap(&a.name, NAME_FONT, panel_width, 3, measure).len()).max().unwrap_or(1);
        let name_height = names as f64 * LINE + 4.0;
        rows.push((y, name_height));
        y += name_height + plot_height(j) + LINE + 8.0 + GUTTER;
    }
    Grid { columns, panel_width, rows, height: y }
}

/// Height the journey needs at `width` (titles excluded).
pub fn journey_height(j: &Judgements, width: f64, measure: &dyn TextMeasure) -> f64 {
    grid(j, width, measure).height
}

pub fn judgement_journey(j: &Judgements, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&j.titles);
    let (mut scene, top, _) = begin(frame, titles, theme, measure);
    let g = grid(j, frame.width, measure);
    let colors = grade_colors(&j.scale, theme);
    let label_width = j
        .scale
        .grades
        .iter()
        .map(|grade| measure.width(&grade.short, SMALL))
        .fold(0.0, f64::max)
        .min(g.panel_width * 0.3);
    let latest_width = j
        .scale
        .grades
        .iter()
        .map(|grade| measure.width(&grade.short, LATEST_FONT))
        .fold(0.0, f64::max)
        .min(g.panel_width * 0.3);
    let mut spacing = f64::INFINITY;
    for (index, area) in j.areas().iter().enumerate() {
        let (row, column) = (index / g.columns, index % g.columns);
        let Some(&(row_top, name_height)) = g.rows.get(row) else {
            continue;
        };
        let left = 8.0 + column as f64 * (g.panel_width + GUTTER);
        let panel_top = top + row_top;
        for (i, line) in wrap(&area.name, NAME_FONT, g.panel_width, 3, measure).into_iter().enumerate() {
            scene.text(
                left,
                panel_top + i as f64 * LINE,
                line,
                TextStyle::new(NAME_FONT, theme.text, Align::Start, Baseline::Top),
            );
        }
        let plot = Rect {
            x: left + label_width + 8.0,
            y: panel_top + name_height,
            width: (g.panel_width - label_width - 8.0 - latest_width - 12.0).max(20.0),
            height: plot_height(j),
        };
        for (rank, grade) in j.scale.grades.iter().enumerate() {
            let y = plot.y + (rank as f64 + 0.5) * BAND;
            scene.line(
                vec![(plot.x, y), (plot.right(), y)],
                Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid },
            );
            let text = ellipsize(&grade.short, SMALL, label_width, measure);
            scene.text(plot.x - 6.0, y, text, TextStyle::new(SMALL, theme.muted_text, Align::End, Baseline::Middle));
        }
        let n = j.inspections().len();
        let x_at = |i: usize| {
            if n <= 1 {
                plot.x + plot.width / 2.0
            } else {
                plot.x + 10.0 + (plot.width - 20.0) * i as f64 / (n - 1) as f64
            }
        };
        if n > 1 {
            spacing = spacing.min((plot.width - 20.0) / (n - 1) as f64);
        }
        draw_inspection_labels(&mut scene, j, &x_at, plot, theme, measure);

        let points: Vec<Option<(f64, f64, usize)>> = area
            .grades()
            .iter()
            .enumerate()
            .map(|(i, g)| g.map(|rank| (x_at(i), plot.y + (rank as f64 + 0.5) * BAND, rank)))
            .collect();
        // Consecutive judgements are joined solid; a journey across inspections that did not
        // judge the area is joined dashed, so it reads as a change with no judgement between.
        let judged: Vec<(usize, f64, f64)> =
            points.iter().enumerate().filter_map(|(i, p)| p.map(|(x, y, _)| (i, x, y))).collect();
        let color = theme.palette.first().copied().unwrap_or(theme.text);
        for pair in judged.windows(2) {
            if let [(i0, x0, y0), (i1, x1, y1)] = pair {
                let dash = if i1 - i0 == 1 { Dash::Solid } else { Dash::Dashed };
                scene.line(vec![(*x0, *y0), (*x1, *y1)], Stroke { color, width: 2.0, dash });
            }
        }
        for (item, point) in points.iter().enumerate() {
            let Some((x, y, rank)) = *point else { continue };
            let fill = colors.get(rank).copied().unwrap_or(theme.text);
            let datum = Datum::Cell { area: index, inspection: item };
            scene.add_datum(grade_marker(x, y, fill, theme), datum);
            scene.targets.push(Target { x, y, datum, bounds: None });
        }
        if let Some((x, y, rank)) = points.iter().rev().flatten().next().copied() {
            if let Some(grade) = j.scale.get(rank) {
                let text = ellipsize(&grade.short, LATEST_FONT, latest_width + 4.0, measure);
                scene.text(x + 9.0, y, text, TextStyle::new(LATEST_FONT, theme.text, Align::Start, Baseline::Middle));
            }
        }
    }
    scene.pick_distance = if spacing.is_finite() { (spacing / 2.0).max(12.0) } else { 40.0 };
    scene.plot = Rect { x: 0.0, y: top, width: frame.width, height: g.height };
    scene
}

/// Inspection labels under a panel: the latest first, then each earlier one that fits
/// without touching the last one placed.
fn draw_inspection_labels(
    scene: &mut Scene,
    j: &Judgements,
    x_at: &dyn Fn(usize) -> f64,
    plot: Rect,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let mut left_edge = f64::INFINITY;
    for (i, inspection) in j.inspections().iter().enumerate().rev() {
        let x = x_at(i);
        let half = measure.width(&inspection.label, SMALL) / 2.0;
        if x + half + 6.0 > left_edge {
            continue;
        }
        scene.text(
            x,
            plot.bottom() + 4.0,
            inspection.label.clone(),
            TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top),
        );
        left_edge = x - half;
    }
}
