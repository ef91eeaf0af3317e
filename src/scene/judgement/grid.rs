//! The judgement grid: one row per area, one column per inspection in date order. Each cell
//! gives the grade in words, its colour, pips for its place on the scale, and an arrow for how
//! it moved since the area's last judgement. Below 480 px, area names go above their cells.

use crate::model::judgement::{CellState, Change, Judgements};
use crate::scene::grades::{grade_colors, grade_entries, pips, text_on};
use crate::scene::hatch::hatch;
use crate::scene::header::{begin, Heading};
use crate::scene::legend::{draw_legend, legend_height, Entry};
use crate::scene::text::{wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Color, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};

const CELL_HEIGHT: f64 = 46.0;
const GAP: f64 = 4.0;
const LINE: f64 = 17.0;
const CELL_FONT: Font = Font { size: 13.0, bold: true };
const HEADER_FONT: Font = Font { size: 13.0, bold: true };
const STACK_BELOW: f64 = 480.0;

/// Where everything in the grid goes at one width, found once: the chart's height comes from
/// it, and the scene is drawn from the same layout.
pub struct GridLayout {
    width: f64,
    stacked: bool,
    cells_left: f64,
    cell_width: f64,
    header: Vec<Vec<String>>,
    header_height: f64,
    /// Per area: its name's lines, and the top of its row.
    rows: Vec<(Vec<String>, f64)>,
    legend_top: f64,
    height: f64,
}

pub fn grid_layout(j: &Judgements, width: f64, measure: &dyn TextMeasure) -> GridLayout {
    let stacked = width < STACK_BELOW;
    let name_width = if stacked { width - 16.0 } else { (width * 0.38).clamp(110.0, 340.0) };
    let cells_left = if stacked { 8.0 } else { 8.0 + name_width + 12.0 };
    let columns = j.inspections().len().max(1) as f64;
    let cell_width = ((width - 8.0 - cells_left) / columns).max(24.0);
    let header: Vec<Vec<String>> =
        j.inspections().iter().map(|i| wrap(&i.label, HEADER_FONT, cell_width - GAP, 2, measure)).collect();
    let header_height = header.iter().map(Vec::len).max().unwrap_or(1) as f64 * LINE + 6.0;
    let mut y = header_height;
    let rows = j
        .areas()
        .iter()
        .map(|area| {
            let lines = wrap(&area.name, LABEL, name_width, 4, measure);
            let top = y;
            let name_height = lines.len() as f64 * LINE;
            y += if stacked { name_height + 4.0 + CELL_HEIGHT } else { name_height.max(CELL_HEIGHT) } + 10.0;
            (lines, top)
        })
        .collect();
    let legend_top = y + 6.0;
    let height = legend_top + legend_height(&legend(j, &Theme::default()), width - 16.0, measure) + 8.0;
    GridLayout { width, stacked, cells_left, cell_width, header, header_height, rows, legend_top, height }
}

impl GridLayout {
    /// Height the grid needs (titles excluded).
    pub fn height(&self) -> f64 {
        self.height
    }
}

/// The grid in `frame`, from `laid` when it was laid out for the frame's width (as the
/// picture step lays it out), or laid out here.
pub fn judgement_grid(
    j: &Judgements,
    laid: Option<&GridLayout>,
    frame: Frame,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let titles = Heading::plain(&j.titles);
    let (mut scene, top, _) = begin(frame, titles, theme, measure);
    let fresh;
    let l = match laid {
        Some(l) if l.width == frame.width => l,
        _ => {
            fresh = grid_layout(j, frame.width, measure);
            &fresh
        }
    };
    let colors = grade_colors(&j.scale, theme);
    let header_style = TextStyle::new(HEADER_FONT, theme.text, Align::Middle, Baseline::Top);
    for (column, lines) in l.header.iter().enumerate() {
        let cx = l.cells_left + l.cell_width * column as f64 + (l.cell_width - GAP) / 2.0;
        for (i, line) in lines.iter().enumerate() {
            scene.text(cx, top + i as f64 * LINE, line.clone(), header_style);
        }
    }
    for (index, (lines, row_top)) in l.rows.iter().enumerate() {
        let row_top = top + row_top;
        let name_style = TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Top);
        for (i, line) in lines.iter().enumerate() {
            scene.text(8.0, row_top + i as f64 * LINE + if l.stacked { 0.0 } else { 2.0 }, line.clone(), name_style);
        }
        let cells_top = if l.stacked { row_top + lines.len() as f64 * LINE + 4.0 } else { row_top };
        for column in 0..j.inspections().len() {
            let cell = Rect {
                x: l.cells_left + l.cell_width * column as f64,
                y: cells_top,
                width: l.cell_width - GAP,
                height: CELL_HEIGHT,
            };
            let datum = Datum::Cell { area: index, inspection: column };
            draw_cell(&mut scene, j, index, column, cell, &colors, theme, measure);
            scene.targets.push(Target {
                x: cell.x + cell.width / 2.0,
                y: cell.y + cell.height / 2.0,
                datum,
                bounds: Some(cell),
            });
        }
        let bottom = cells_top + CELL_HEIGHT + 5.0;
        if index + 1 < j.areas().len() {
            scene.line(
                vec![(8.0, bottom), (frame.width - 8.0, bottom)],
                Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid },
            );
        }
    }
    draw_legend(&mut scene, legend(j, theme), 8.0, top + l.legend_top, frame.width - 16.0, theme, measure);
    scene.plot = Rect {
        x: l.cells_left,
        y: top + l.header_height,
        width: l.cell_width * j.inspections().len() as f64,
        height: l.legend_top - l.header_height,
    };
    scene.pick_distance = l.cell_width / 2.0;
    scene
}

#[allow(clippy::too_many_arguments)]
fn draw_cell(
    scene: &mut Scene,
    j: &Judgements,
    area_index: usize,
    column: usize,
    cell: Rect,
    colors: &[Color],
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let Some(area) = j.areas().get(area_index) else {
        return;
    };
    let datum = Datum::Cell { area: area_index, inspection: column };
    let state = j.cell(area, column);
    let rank = match state {
        CellState::Graded(rank) => Some(rank),
        _ => None,
    };
    let (Some(rank), Some(grade)) = (rank, rank.and_then(|r| j.scale.get(r))) else {
        for shape in empty_cell(state, cell, theme) {
            scene.add_datum(shape, datum);
        }
        let words = if state == CellState::NotInFramework { "Not in framework" } else { "Not judged" };
        // Wrapped, never cut: two lines fit the cell.
        let lines = wrap(words, SMALL, cell.width - 8.0, 2, measure);
        let first = cell.y + cell.height / 2.0 - (lines.len() as f64 - 1.0) * 7.0;
        for (i, line) in lines.into_iter().enumerate() {
            let style = TextStyle::new(SMALL, theme.muted_text, Align::Middle, Baseline::Middle);
            scene.text(cell.x + cell.width / 2.0, first + i as f64 * 14.0, line, style);
        }
        return;
    };
    let fill = colors.get(rank).copied().unwrap_or(theme.text);
    let ink = text_on(fill, theme);
    scene.add_datum(
        Shape::Rect {
            x: cell.x,
            y: cell.y,
            width: cell.width,
            height: cell.height,
            fill: Some(fill),
            stroke: Some(Stroke { color: theme.text, width: 1.0, dash: Dash::Solid }),
        },
        datum,
    );
    let movement = j.movement(area, column);
    let label = GradeLabel::fit(grade, cell.width, movement.is_some(), measure);
    let (style, lines) = (TextStyle::new(label.font, ink, Align::Middle, Baseline::Middle), label.lines.len() as f64);
    for (i, line) in label.lines.into_iter().enumerate() {
        scene.text(cell.x + cell.width / 2.0, cell.y + 17.0 - (lines - 1.0) * 6.0 + i as f64 * 12.0, line, style);
    }
    for pip in pips(rank, j.scale.len(), cell.x + cell.width / 2.0, cell.y + cell.height - 11.0, ink, fill) {
        scene.add(pip);
    }
    if let Some(m) = movement {
        // Beside the grade, or beside the pips where the grade needs the cell's whole width.
        let y = if label.symbol_below { cell.y + cell.height - 11.0 } else { cell.y + 11.0 };
        for shape in movement_symbol(m.change, cell.x + 9.0, y, ink) {
            scene.add(shape);
        }
    }
}

/// A grade's words in its cell, never cut: the name, a medium or short form where the scale
/// has one, a smaller size, or two lines. The grade is the datum.
struct GradeLabel {
    lines: Vec<String>,
    font: Font,
    /// The movement symbol goes down beside the pips, giving the words the whole width.
    symbol_below: bool,
}

impl GradeLabel {
    fn fit(
        grade: &crate::model::judgement::grade::Grade,
        cell_width: f64,
        movement: bool,
        measure: &dyn TextMeasure,
    ) -> Self {
        let forms: Vec<&str> = [Some(grade.name.as_str()), grade.medium.as_deref(), Some(grade.short.as_str())]
            .into_iter()
            .flatten()
            .collect();
        let beside = cell_width - if movement { 30.0 } else { 12.0 };
        let whole = cell_width - 8.0;
        let small = Font { size: SMALL.size, bold: true };
        for (font, room, symbol_below) in
            [(CELL_FONT, beside, false), (CELL_FONT, whole, movement), (small, whole, movement)]
        {
            if let Some(form) = forms.iter().find(|f| measure.width(f, font) <= room) {
                return GradeLabel { lines: vec![(*form).to_owned()], font, symbol_below };
            }
        }
        // Two lines of the shortest form that breaks at a space; a single long word
        // ("Outstanding" in a grid of four inspections at 320 px) is hyphenated onto two lines,
        // never cut (an ellipsis only in a cell narrower than any grid lays out).
        for form in forms.iter().rev() {
            let lines = wrap(form, SMALL, whole, 2, measure);
            if lines.len() == 2 && !lines.iter().any(|l| l.ends_with('…')) {
                return GradeLabel { lines, font: SMALL, symbol_below: movement };
            }
        }
        let lines = wrap(&grade.short, SMALL, whole.max(12.0), 2, measure);
        GradeLabel { lines, font: SMALL, symbol_below: movement }
    }
}

/// ▲ improved, ▼ declined, = stayed: a shape, so movement never rests on colour.
pub fn movement_symbol(change: Change, x: f64, y: f64, color: Color) -> Vec<Shape> {
    match change {
        Change::Improved => vec![Shape::Polygon {
            points: vec![(x, y - 5.0), (x + 5.0, y + 4.0), (x - 5.0, y + 4.0)],
            fill: color,
            stroke: None,
        }],
        Change::Declined => vec![Shape::Polygon {
            points: vec![(x - 5.0, y - 4.0), (x + 5.0, y - 4.0), (x, y + 5.0)],
            fill: color,
            stroke: None,
        }],
        Change::Stayed => {
            let bar = |dy: f64| Shape::Rect {
                x: x - 5.0,
                y: y + dy,
                width: 10.0,
                height: 2.0,
                fill: Some(color),
                stroke: None,
            };
            vec![bar(-3.0), bar(2.0)]
        }
    }
}

/// The key: each grade's colour and pips, and the three movement symbols.
fn legend(j: &Judgements, theme: &Theme) -> Vec<Entry> {
    let mut entries = grade_entries(&j.scale, theme);
    let swatch = Rect { x: 0.0, y: 0.0, width: 22.0, height: 16.0 };
    entries.push(Entry {
        swatch: empty_cell(CellState::NotJudged, swatch, theme),
        swatch_width: 22.0,
        label: "Not judged".into(),
    });
    let any_not_in_framework =
        j.areas().iter().any(|a| (0..j.inspections().len()).any(|i| j.cell(a, i) == CellState::NotInFramework));
    if any_not_in_framework {
        entries.push(Entry {
            swatch: empty_cell(CellState::NotInFramework, swatch, theme),
            swatch_width: 22.0,
            label: CellState::NotInFramework.words().into(),
        });
    }
    for (change, label) in
        [(Change::Improved, "Improved"), (Change::Stayed, "Same grade"), (Change::Declined, "Declined")]
    {
        entries.push(Entry {
            swatch: movement_symbol(change, 6.0, 8.0, theme.text),
            swatch_width: 12.0,
            label: format!("{label} since the last judgement"),
        });
    }
    entries
}

/// A cell with no grade: not judged is an empty box with a dashed border; not part of the
/// framework then is a pale, finely hatched box with a dotted border, so the two differ by
/// pattern as well as by their words.
fn empty_cell(state: CellState, cell: Rect, theme: &Theme) -> Vec<Shape> {
    if state == CellState::NotInFramework {
        let border = Stroke { color: theme.muted_text, width: 1.0, dash: Dash::Dotted };
        let mut shapes = vec![Shape::Rect {
            x: cell.x,
            y: cell.y,
            width: cell.width,
            height: cell.height,
            fill: Some(theme.tint(theme.muted_text, 0.08)),
            stroke: Some(border),
        }];
        shapes.extend(hatch(cell, theme.tint(theme.muted_text, 0.2), 10.0));
        return shapes;
    }
    let border = Stroke { color: theme.muted_text, width: 1.0, dash: Dash::Dashed };
    vec![Shape::Rect {
        x: cell.x,
        y: cell.y,
        width: cell.width,
        height: cell.height,
        fill: Some(theme.background),
        stroke: Some(border),
    }]
}
