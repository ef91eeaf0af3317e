//! The compare view of a scorecard (DfE LAIT's statistical neighbours table, Fingertips'
//! overview): a row per indicator, its title across the width and under it its period, the
//! council's rank among its neighbours and its recent trend; then a cell per area (the
//! council, each neighbour, their mean, the region, England), each with its figure, shaded by
//! its quartile band or by how it compares with England and marked with the band's or the
//! comparison's shape, so colour is never the only cue. The council's column is outlined.
//! Where the width cannot hold every column, the neighbours' columns collapse to their mean
//! (every figure stays in the data table). The words come made from the `words` stage.

use super::hatch::hatch;
use super::header::{begin, Heading};
use super::legend::{draw_legend, legend_height, Entry};
use super::marker::{marker, outlined, MarkerKind};
use super::spine::band_mark;
use super::text::{wrap, TextMeasure};
use super::theme::{Theme, SMALL};
use super::{Align, Baseline, Color, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};
use crate::model::kpi::compare::{Column, CompareBy, Shade};
use crate::model::kpi::detail::Compared;

/// One row's words, made by the `words` stage.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareLine {
    pub title: String,
    /// "2024/25; 8th of 11 among its neighbours; recent trend: no significant change".
    pub about: String,
    /// One per column.
    pub cells: Vec<CellWords>,
}

/// A cell's figure as written ("12.5%", or "No figure"), and its shade.
#[derive(Debug, Clone, PartialEq)]
pub struct CellWords {
    pub text: String,
    pub shade: Shade,
    pub has_figure: bool,
}

/// The columns and their headings, and how the cells are shaded.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareHeads {
    pub columns: Vec<(Column, String)>,
    pub by: CompareBy,
}

/// Said above the headings where the neighbours' columns do not fit.
const COLLAPSED: &str = "Too narrow for each neighbour: their mean is shown, and the data table has every figure.";
const PAD: f64 = 8.0;
const LINE: f64 = 16.0;
const CELL: f64 = 28.0;
const MARK: f64 = 5.0;
/// Narrowest a column may be: a mark and a figure of five or six characters.
const LEAST_COLUMN: f64 = 62.0;
const TITLE_FONT: Font = Font { size: 13.0, bold: true };
const HEAD_LINES: usize = 6;
const NO_FIGURE_FONT: Font = Font { size: 11.0, bold: false };
const HEAD_FONT: Font = Font { size: 11.0, bold: false };

/// The rows placed at one width; the height and the scene both come from it.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareLayout {
    /// The columns shown, by their index among every column, with their headings' lines.
    shown: Vec<(usize, Vec<String>)>,
    column_width: f64,
    key_height: f64,
    /// Where the neighbours' columns are collapsed, the words that say so.
    collapsed: Vec<String>,
    header: f64,
    /// Each row's top and its title's lines.
    rows: Vec<(f64, Vec<String>, Vec<String>)>,
    pub height: f64,
}

impl CompareLayout {
    /// Where the picture may be cut for printing: between rows (the key and headings go with
    /// the first row).
    pub fn cuts(&self) -> Vec<f64> {
        let mut cuts = vec![0.0];
        cuts.extend(self.rows.iter().skip(1).map(|(top, _, _)| *top));
        cuts.push(self.height);
        cuts
    }

    /// Whether every column is shown (else the neighbours' are collapsed to their mean).
    pub fn every_column(&self, columns: usize) -> bool {
        self.shown.len() == columns
    }
}

/// A column's heading's font: the council's bold, so its column stands out.
fn head_font(column: Column) -> Font {
    Font { bold: column == Column::Council, ..HEAD_FONT }
}

/// Whether a column is kept when the neighbours' collapse.
fn kept_narrow(column: Column) -> bool {
    !matches!(column, Column::Neighbour(_))
}

pub fn compare_layout(
    lines: &[CompareLine],
    heads: &CompareHeads,
    width: f64,
    measure: &dyn TextMeasure,
) -> CompareLayout {
    let inner = width - 2.0 * PAD;
    let key_height = legend_height(&key(heads, lines, &Theme::default()), inner, measure) + 6.0;
    // A column holds its widest figure, beside a mark where it is shaded; its heading
    // wraps (a long name breaks with a hyphen, never cut).
    let needs = |c: &CellWords| match (c.has_figure, c.shade) {
        (true, Shade::Plain) => measure.width(&c.text, SMALL) + 10.0,
        (true, _) => measure.width(&c.text, SMALL) + 2.0 * MARK + 14.0,
        (false, _) => measure.width(&c.text, NO_FIGURE_FONT) + 10.0,
    };
    let least = lines.iter().flat_map(|l| l.cells.iter()).map(needs).fold(LEAST_COLUMN, f64::max);
    let every = heads.columns.len() as f64;
    let shown: Vec<usize> = if inner / every >= least {
        (0..heads.columns.len()).collect()
    } else {
        heads.columns.iter().enumerate().filter(|(_, (c, _))| kept_narrow(*c)).map(|(i, _)| i).collect()
    };
    let column_width = inner / shown.len().max(1) as f64;
    let shown: Vec<(usize, Vec<String>)> = shown
        .into_iter()
        .map(|i| {
            let Some((column, name)) = heads.columns.get(i) else { return (i, Vec::new()) };
            (i, wrap(name, head_font(*column), column_width - 4.0, HEAD_LINES, measure))
        })
        .collect();
    let collapsed =
        if shown.len() < heads.columns.len() { wrap(COLLAPSED, SMALL, inner, 3, measure) } else { Vec::new() };
    let key_height = key_height + collapsed.len() as f64 * 15.0 + if collapsed.is_empty() { 0.0 } else { 6.0 };
    let head_lines = shown.iter().map(|(_, l)| l.len()).max().unwrap_or(1) as f64;
    let header = key_height + head_lines * 13.0 + 8.0;
    let mut y = header;
    let rows = lines
        .iter()
        .map(|line| {
            let title = wrap(&line.title, TITLE_FONT, inner, 2, measure);
            let about = wrap(&line.about, SMALL, inner, 2, measure);
            let top = y;
            y += 6.0 + title.len() as f64 * LINE + about.len() as f64 * 15.0 + 4.0 + CELL + 8.0;
            (top, title, about)
        })
        .collect();
    CompareLayout { shown, column_width, key_height, collapsed, header, rows, height: y + 4.0 }
}

/// A comparison's colour and shape: better the best grade's with a triangle up, worse the
/// worst's with one down, similar a hollow circle; higher and lower (no better or worse)
/// are the middle grades' with a triangle each way.
fn compared_look(compared: Compared, theme: &Theme) -> Option<(MarkerKind, Color)> {
    let grade = |i: usize| theme.grades.get(i).copied().unwrap_or(theme.text);
    Some(match compared {
        Compared::Better => (MarkerKind::Triangle, grade(0)),
        Compared::Worse => (MarkerKind::TriangleDown, grade(3)),
        Compared::Similar => (MarkerKind::Circle, theme.band),
        Compared::Higher => (MarkerKind::Triangle, grade(1)),
        Compared::Lower => (MarkerKind::TriangleDown, grade(2)),
        Compared::NotCompared => return None,
    })
}

/// A cell's fill (a light tint, so the figure reads on it) and its mark.
fn shade_of(shade: Shade, x: f64, y: f64, theme: &Theme) -> (Option<Color>, Option<Shape>) {
    match shade {
        Shade::Band(band) => {
            let fill = theme.grades.get(band as usize).copied().unwrap_or(theme.text);
            (Some(theme.tint(fill, 0.3)), Some(band_mark(Some(band), x, y, MARK, theme)))
        }
        Shade::Against { compared, .. } => match compared_look(compared, theme) {
            Some((MarkerKind::Circle, color)) => {
                let ring = marker(MarkerKind::Circle, x, y, MARK, theme.text, theme.background, true);
                (Some(theme.tint(color, 0.5)), Some(ring))
            }
            Some((kind, color)) => {
                let stroke = Stroke { color: theme.text, width: 1.5, dash: Dash::Solid };
                (
                    Some(theme.tint(color, 0.3)),
                    Some(outlined(marker(kind, x, y, MARK, color, theme.background, false), stroke)),
                )
            }
            None => (None, None),
        },
        Shade::Plain => (None, None),
    }
}

/// The key: the bands' (or the comparisons') marks, and no figure's hatching.
fn key(heads: &CompareHeads, lines: &[CompareLine], theme: &Theme) -> Vec<Entry> {
    let swatch = |shade: Shade| {
        let (fill, mark) = shade_of(shade, 9.0, 8.0, theme);
        let mut shapes = vec![Shape::rect(Rect { x: 0.0, y: 0.0, width: 30.0, height: 16.0 }, fill, None)];
        shapes.extend(mark);
        shapes
    };
    let entry =
        |shade: Shade, label: &str| Entry { swatch: swatch(shade), swatch_width: 30.0, label: label.to_owned() };
    let mut entries: Vec<Entry> = match heads.by {
        CompareBy::Band => {
            use crate::model::kpi::rank::Band;
            vec![
                entry(Shade::Band(Band::A), "A: best quarter of councils"),
                entry(Shade::Band(Band::B), "B"),
                entry(Shade::Band(Band::C), "C"),
                entry(Shade::Band(Band::D), "D: worst quarter"),
            ]
        }
        CompareBy::England => {
            let england = heads.columns.iter().find(|(c, _)| *c == Column::England).map_or("England", |(_, n)| n);
            let used = |c: Compared| {
                lines
                    .iter()
                    .flat_map(|l| &l.cells)
                    .any(|w| matches!(w.shade, Shade::Against { compared, .. } if compared == c))
            };
            [Compared::Better, Compared::Similar, Compared::Worse, Compared::Higher, Compared::Lower]
                .into_iter()
                .filter(|c| matches!(c, Compared::Better | Compared::Similar | Compared::Worse) || used(*c))
                .map(|c| entry(Shade::Against { compared: c, by_interval: false }, &c.short_against(england)))
                .collect()
        }
    };
    let mut missing = vec![Shape::rect(Rect { x: 0.0, y: 0.0, width: 30.0, height: 16.0 }, None, None)];
    missing.extend(hatch(Rect { x: 0.0, y: 0.0, width: 30.0, height: 16.0 }, theme.grid, 6.0));
    entries.push(Entry { swatch: missing, swatch_width: 30.0, label: "No figure (the table says why)".to_owned() });
    entries
}

pub fn compare(
    lines: &[CompareLine],
    heads: &CompareHeads,
    layout: &CompareLayout,
    heading: Heading,
    frame: Frame,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let (mut scene, top, _) = begin(frame, heading, theme, measure);
    let l = layout;
    draw_legend(&mut scene, key(heads, lines, theme), PAD, top, frame.width - 2.0 * PAD, theme, measure);
    let note_top = top + l.key_height - l.collapsed.len() as f64 * 15.0 - 6.0;
    for (i, text) in l.collapsed.iter().enumerate() {
        let style = TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top);
        scene.text(PAD, note_top + i as f64 * 15.0, text.clone(), style);
    }
    let head_y = top + l.key_height;
    let x_of = |slot: usize| PAD + slot as f64 * l.column_width;
    for (slot, (column, head)) in l.shown.iter().enumerate() {
        let council = matches!(heads.columns.get(*column), Some((Column::Council, _)));
        let font = head_font(if council { Column::Council } else { Column::England });
        let color = if council { theme.text } else { theme.muted_text };
        for (i, text) in head.iter().enumerate() {
            let style = TextStyle::new(font, color, Align::Middle, Baseline::Top);
            scene.text(x_of(slot) + l.column_width / 2.0, head_y + i as f64 * 13.0, text.clone(), style);
        }
    }
    scene.plot = Rect { x: PAD, y: top + l.header, width: frame.width - 2.0 * PAD, height: l.height - l.header };
    for (index, (line, (row_top, title, about))) in lines.iter().zip(&l.rows).enumerate() {
        let mut y = top + row_top + 6.0;
        for text in title {
            scene.text(PAD, y, text.clone(), TextStyle::new(TITLE_FONT, theme.text, Align::Start, Baseline::Top));
            y += LINE;
        }
        for text in about {
            scene.text(PAD, y, text.clone(), TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
            y += 15.0;
        }
        y += 4.0;
        for (slot, (column, _)) in l.shown.iter().enumerate() {
            let Some(words) = line.cells.get(*column) else { continue };
            let cell = Rect { x: x_of(slot) + 1.0, y, width: l.column_width - 2.0, height: CELL };
            let datum = Datum::CompareCell { row: index, column: *column };
            draw_cell(&mut scene, cell, words, datum, theme);
            scene.targets.push(Target { x: cell.x + cell.width / 2.0, y: y + CELL / 2.0, datum, bounds: Some(cell) });
        }
        // The council's cell outlined, so its column stands out down the table.
        if let Some(slot) =
            l.shown.iter().position(|(c, _)| matches!(heads.columns.get(*c), Some((Column::Council, _))))
        {
            let edge = Stroke { color: theme.text, width: 2.0, dash: Dash::Solid };
            scene.add(Shape::rect(
                Rect { x: x_of(slot) + 1.0, y, width: l.column_width - 2.0, height: CELL },
                None,
                Some(edge),
            ));
        }
        let bottom = y + CELL + 6.0;
        scene.line(
            vec![(PAD, bottom), (frame.width - PAD, bottom)],
            Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid },
        );
    }
    scene
}

/// A cell: its shade and mark at the left, its figure at the right; no figure hatched.
fn draw_cell(scene: &mut Scene, cell: Rect, words: &CellWords, datum: Datum, theme: &Theme) {
    let mid = cell.y + cell.height / 2.0;
    let (fill, mark) = shade_of(words.shade, cell.x + MARK + 4.0, mid, theme);
    let (text, figure) = (&words.text, words.has_figure);
    scene.add_datum(Shape::rect(cell, fill, Some(Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid })), datum);
    if !figure {
        for line in hatch(cell, theme.grid, 6.0) {
            scene.add(line);
        }
    }
    if let Some(mark) = mark {
        scene.add(mark);
    }
    let (font, color) = if figure { (SMALL, theme.text) } else { (NO_FIGURE_FONT, theme.muted_text) };
    scene.text(
        cell.x + cell.width - 5.0,
        mid,
        text.to_owned(),
        TextStyle::new(font, color, Align::End, Baseline::Middle),
    );
}
