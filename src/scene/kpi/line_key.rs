//! How each KPI line is drawn and named: the reader's choices (neighbours as a band, status
//! bands, lines hidden with the legend), each series' stroke and marker, the sample of it that
//! keys and legend buttons show, and the labels at the line ends.

use crate::model::kpi::neighbours::{neighbour_count, NeighbourPeriod};
use crate::model::kpi::{Kpi, Role};
use crate::model::order::sort_by;
use crate::scale::LinearScale;
use crate::scene::legend::offset;
use crate::scene::marker::{marker, marker_for};
use crate::scene::text::{wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL};
use crate::scene::{Align, Baseline, Dash, Rect, Scene, Shape, Stroke, TextStyle};

/// Height of a line of an end label.
const LINE_HEIGHT: f64 = 16.0;

pub(super) const MARKER_RADIUS: f64 = 4.0;

/// Choices the line view offers beyond the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LineStyle {
    /// Statistical neighbours as one range band and mean line, not a line each.
    pub neighbours_band: bool,
    /// Shade the on, near and off target zones behind the lines.
    pub status_bands: bool,
    /// Lines the reader has hidden with the legend's buttons, one bit per series; the bit
    /// one past the last series is the neighbours' band. (At most 50 series: see limits.)
    pub hidden: u64,
}

impl LineStyle {
    /// Whether line `index` (or the band, at `series.len()`) is shown.
    pub fn shown(self, index: usize) -> bool {
        index >= 64 || self.hidden & (1u64 << index) == 0
    }

    pub fn set_shown(&mut self, index: usize, shown: bool) {
        if index < 64 {
            let bit = 1u64 << index;
            self.hidden = if shown { self.hidden & !bit } else { self.hidden | bit };
        }
    }
}

/// Whether series `index` is a line of its own (neighbours in a band are not), shown or not.
pub fn has_own_line(kpi: &Kpi, style: LineStyle, index: usize) -> bool {
    !(style.neighbours_band && kpi.series().get(index).is_some_and(|s| s.role == Role::Neighbour))
}

/// Whether series `index` is drawn as a line of its own now.
pub(super) fn own_line(kpi: &Kpi, style: LineStyle, index: usize) -> bool {
    has_own_line(kpi, style, index) && style.shown(index)
}

/// How each series is drawn: own series solid and filled, benchmarks dashed and hollow.
pub fn series_stroke(kpi: &Kpi, index: usize, theme: &Theme) -> (Stroke, bool) {
    let color = theme.series_color(index, kpi.series().len());
    match kpi.series().get(index).map(|s| s.role) {
        Some(Role::Benchmark) => {
            // Alternate benchmarks also differ in dash length, besides marker shape and colour.
            let earlier = kpi.series().iter().take(index).filter(|s| s.role == Role::Benchmark).count();
            let dash = if earlier % 2 == 0 { Dash::Dashed } else { Dash::LongDashed };
            (Stroke { color, width: 2.0, dash }, true)
        }
        Some(Role::Neighbour) => (Stroke { color, width: 1.5, dash: Dash::Solid }, true),
        _ => (Stroke { color, width: 2.5, dash: Dash::Solid }, false),
    }
}

pub(super) struct EndLabel {
    pub series: usize,
    pub value: f64,
    pub lines: Vec<String>,
}

pub(super) fn end_labels(
    kpi: &Kpi,
    style: LineStyle,
    summary: &[NeighbourPeriod],
    max_width: f64,
    measure: &dyn TextMeasure,
) -> Vec<EndLabel> {
    let mut labels: Vec<EndLabel> = kpi
        .series()
        .iter()
        .enumerate()
        .filter(|(i, _)| own_line(kpi, style, *i))
        .filter_map(|(series, s)| {
            let value = s.points().iter().rev().find_map(|p| p.value)?;
            Some(EndLabel { series, value, lines: wrap(&s.name, LABEL, max_width.max(40.0), 2, measure) })
        })
        .collect();
    if let Some(last) = summary.last() {
        let name = format!("Statistical neighbours ({}, range and mean)", neighbour_count(kpi));
        labels.push(EndLabel {
            series: kpi.series().len(),
            value: last.mean,
            lines: wrap(&name, LABEL, max_width.max(40.0), 2, measure),
        });
    }
    labels
}

/// Size of a key's sample of a line, for labels and legend buttons.
pub const SAMPLE_WIDTH: f64 = 20.0;

pub const SAMPLE_HEIGHT: f64 = 16.0;

/// A sample of how series `index` is drawn (at `series.len()`, the neighbours' band), in a
/// box `SAMPLE_WIDTH` by `SAMPLE_HEIGHT` from (0, 0).
pub fn key_sample(kpi: &Kpi, index: usize, theme: &Theme) -> Vec<Shape> {
    let (mid, end) = (SAMPLE_HEIGHT / 2.0, SAMPLE_WIDTH);
    if index == kpi.series().len() {
        // A piece of band with the mean line through it.
        return vec![
            Shape::Rect { x: 0.0, y: mid - 6.0, width: end, height: 12.0, fill: Some(theme.band), stroke: None },
            Shape::Line {
                points: vec![(0.0, mid), (end, mid)],
                stroke: Stroke { color: theme.reference, width: 1.5, dash: Dash::Solid },
            },
        ];
    }
    let (stroke, hollow) = series_stroke(kpi, index, theme);
    vec![
        Shape::Line { points: vec![(0.0, mid), (end, mid)], stroke },
        marker(marker_for(index), end / 2.0, mid, MARKER_RADIUS - 0.5, stroke.color, theme.background, hollow),
    ]
}

/// Labels beside the last value of each line, with a sample of the line's dash and marker,
/// nudged apart so they never overlap.
pub(super) fn place_end_labels(
    scene: &mut Scene,
    kpi: &Kpi,
    mut labels: Vec<EndLabel>,
    y: &LinearScale,
    plot: Rect,
    theme: &Theme,
) {
    sort_by(&mut labels, |a, b| y.map(a.value).total_cmp(&y.map(b.value)));
    let heights: Vec<f64> = labels.iter().map(|l| l.lines.len() as f64 * LINE_HEIGHT).collect();
    let mut tops: Vec<f64> = Vec::with_capacity(labels.len());
    let mut next_free = f64::NEG_INFINITY;
    for (label, height) in labels.iter().zip(&heights) {
        let top = (y.map(label.value) - LINE_HEIGHT / 2.0).max(next_free);
        tops.push(top);
        next_free = top + height + 2.0;
    }
    // If the stack runs off the bottom, push it back up (but never above the plot).
    let overflow = next_free - 2.0 - (plot.bottom() + LINE_HEIGHT);
    if overflow > 0.0 {
        for top in tops.iter_mut() {
            *top = (*top - overflow).max(plot.y - LINE_HEIGHT);
        }
    }
    let x0 = plot.right() + 8.0;
    for (label, top) in labels.iter().zip(tops) {
        let mid = top + LINE_HEIGHT / 2.0;
        for shape in key_sample(kpi, label.series, theme) {
            scene.add(offset(shape, x0, mid - SAMPLE_HEIGHT / 2.0));
        }
        for (i, line) in label.lines.iter().enumerate() {
            let ly = mid + i as f64 * LINE_HEIGHT;
            scene.text(x0 + 26.0, ly, line.clone(), TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle));
        }
    }
}
