//! Rows of horizontal bars with a name each (waterfall and line-by-line views). Names sit in a
//! column on the left and wrap; below 480 px they go above their bars, so nothing is cut off.

use crate::scene::text::{wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL};
use crate::scene::{Align, Baseline, Font, Scene, Shape, TextStyle};

pub const STACK_BELOW: f64 = 480.0;
const LINE: f64 = 16.0;
const ROW_GAP: f64 = 10.0;

pub struct NamedRows {
    pub stacked: bool,
    /// Where bars may run, leaving room for value labels after them.
    pub bars_left: f64,
    pub bars_right: f64,
    /// Per row: its name's lines, the top of the name and the top of its bars.
    pub rows: Vec<Row>,
    /// The bottom of the last row.
    pub bottom: f64,
}

pub struct Row {
    pub lines: Vec<String>,
    pub name_top: f64,
    pub bars_top: f64,
}

/// Lays out rows whose bars take `bars_height`, from `top`, across `width`; `label_room` is
/// kept clear on the right (and left, for bars below zero) for value labels.
pub fn named_rows(
    names: &[String],
    bars_height: f64,
    width: f64,
    top: f64,
    label_room: f64,
    measure: &dyn TextMeasure,
) -> NamedRows {
    let stacked = width < STACK_BELOW;
    let name_width = if stacked { width - 16.0 } else { (width * 0.34).clamp(110.0, 300.0) };
    // Stacked, the bars start a little in, so the axis's first label is not cut at the edge.
    let bars_left = if stacked { 20.0 } else { 8.0 + name_width + 12.0 };
    let bars_right = (width - 8.0 - label_room).max(bars_left + 40.0);
    let mut y = top;
    let rows = names
        .iter()
        .map(|name| {
            let lines = wrap(name, LABEL, name_width, if stacked { 2 } else { 3 }, measure);
            let name_height = lines.len() as f64 * LINE;
            let row = if stacked {
                Row { name_top: y, bars_top: y + name_height + 2.0, lines }
            } else {
                let height = name_height.max(bars_height);
                Row { name_top: y + (height - name_height) / 2.0, bars_top: y + (height - bars_height) / 2.0, lines }
            };
            y = if stacked { row.bars_top + bars_height } else { y + name_height.max(bars_height) } + ROW_GAP;
            row
        })
        .collect();
    NamedRows { stacked, bars_left, bars_right, rows, bottom: y }
}

impl NamedRows {
    /// Writes a row's name. Stacked above its bars, the name sits on a plate of background so
    /// the gridlines and connectors that cross the plot do not run through its letters.
    pub fn draw_name(&self, scene: &mut Scene, row: &Row, font: Font, theme: &Theme, measure: &dyn TextMeasure) {
        for (i, line) in row.lines.iter().enumerate() {
            let y = row.name_top + i as f64 * LINE;
            if self.stacked {
                let width = measure.width(line, font) + 4.0;
                scene.add(Shape::Rect {
                    x: 6.0,
                    y: y - 1.0,
                    width,
                    height: LINE,
                    fill: Some(theme.background),
                    stroke: None,
                });
            }
            scene.text(8.0, y, line.clone(), TextStyle::new(font, theme.text, Align::Start, Baseline::Top));
        }
    }
}
