//! What every funding view starts with: the titles, with the plan's notes drawn in for exports
//! (on screen the notes are text under the canvas); and, for the views laid on their side, the
//! value axis across the top of the rows, with its gridlines.

use crate::model::funding::{ChosenColumns, FundingPlan};
use crate::scene::funding::named_rows::NamedRows;
use crate::scene::header::{begin, Heading};
use crate::scene::money_axis::MoneyAxis;
use crate::scene::text::TextMeasure;
use crate::scene::theme::{Theme, SMALL};
use crate::scene::{Align, Baseline, Dash, Frame, Rect, Scene, Stroke, TextStyle};

/// What a funding view draws: the plan, the columns chosen for it, and the notes on whether
/// it adds up (drawn in with the titles for exports; on screen they are text under the canvas).
pub struct PlanView<'a> {
    pub plan: &'a FundingPlan,
    pub columns: &'a ChosenColumns,
    pub notes: Vec<String>,
}

/// A new scene for a funding view, and the space the titles took (top, bottom).
pub fn begin_plan(chart: &PlanView, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> (Scene, f64, f64) {
    let plan = &chart.plan;
    let notes = if frame.titles { chart.notes.clone() } else { Vec::new() };
    begin(frame, Heading { titles: &plan.titles, notes: &notes }, theme, measure)
}

/// An axis over `values` (and zero) across the rows' bars, labelled at `top`, with gridlines
/// down through the rows and the zero line; sets the scene's plot to the bars' area.
pub fn row_value_axis(
    scene: &mut Scene,
    rows: &NamedRows,
    values: impl IntoIterator<Item = f64>,
    top: f64,
    chart: &PlanView,
    theme: &Theme,
) -> MoneyAxis {
    let tick_count = (((rows.bars_right - rows.bars_left) / 90.0) as usize).clamp(2, 6);
    let axis = MoneyAxis::new(values, rows.bars_left, rows.bars_right, tick_count, &chart.plan.unit);
    let plot_top = top + SMALL.size + 6.0;
    let plot = Rect {
        x: rows.bars_left,
        y: plot_top,
        width: rows.bars_right - rows.bars_left,
        height: (rows.bottom - plot_top).max(0.0),
    };
    scene.plot = plot;
    for (value, label) in axis.ticks.values.iter().zip(&axis.labels) {
        let x = axis.map(*value);
        scene.line(vec![(x, plot.y), (x, plot.bottom())], Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid });
        scene.text(x, top, label.clone(), TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Top));
    }
    let zero = axis.map(0.0);
    scene
        .line(vec![(zero, plot.y), (zero, plot.bottom())], Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid });
    axis
}
