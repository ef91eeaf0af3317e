//! A scorecard tile: the latest value large, the change since the previous period in words
//! with an arrow (and whether that is better or worse), the status in words with its mark,
//! the rank among all councils, and a sparkline. On the page the words are HTML beside the
//! canvas (`TileText`, set by the web stage), so a reader's text spacing, minimum font size and
//! the page's stylesheet reach them, and the canvas holds the sparkline alone; a picture that
//! leaves the page (PNG, SVG) draws the words in above the sparkline.

use crate::model::kpi::status::{Latest, Status};
use crate::model::kpi::Kpi;
use crate::scale::format::format_value;
use crate::scene::header::{begin, Heading};
use crate::scene::kpi::spark::draw_spark;
use crate::scene::kpi::status_mark::status_mark;
use crate::scene::text::{ellipsize, wrap, TextMeasure};
use crate::scene::theme::{Theme, LABEL, SMALL};
use crate::scene::{Align, Baseline, Font, Frame, Rect, Scene, Shape, TextStyle};

const VALUE_FONT: Font = Font { size: 28.0, bold: true };
const LINE: f64 = 17.0;
const SPARK_HEIGHT: f64 = 48.0;

/// What a tile says, in words made by the `words` stage: the change since the previous
/// period with its verdict, the status (and target), and the rank among all councils.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TileWords {
    /// "up 2.1 percentage points since 2023/24 (worse)", or "No earlier value to compare".
    pub change: String,
    /// "Red: 2 above target".
    pub status: String,
    /// "52nd of 151 councils, band B; up from 60th (better)", when the data hold a ranking.
    pub rank: Option<String>,
}

/// The change and status sentences, wrapped to the tile (two lines each at most).
struct Lines {
    change: Vec<String>,
    status: Vec<String>,
    /// Rank and band among all councils, when the data hold them.
    rank: Vec<String>,
}

impl Lines {
    fn new(words: &TileWords, width: f64, measure: &dyn TextMeasure) -> Lines {
        let wrapped = |text: &str| wrap(text, LABEL, width - 24.0, 2, measure);
        Lines {
            change: wrapped(&words.change),
            status: wrapped(&words.status),
            rank: words.rank.as_deref().map_or_else(Vec::new, wrapped),
        }
    }
}

/// What a tile says above its sparkline, as the page sets it in text.
#[derive(Debug, Clone, PartialEq)]
pub struct TileText {
    /// "19", or "No value yet".
    pub value: String,
    /// "Q2 2020/21", the latest value's period.
    pub period: String,
    /// The change in words and its direction (none where there is no earlier value).
    pub change: String,
    pub direction: Option<Direction>,
    /// The status in words, shown beside its mark; `None` with no value yet.
    pub status: Option<(Status, String)>,
    pub rank: Option<String>,
}

/// Which way the latest value moved from the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// A tile's words for the page, from the words stage's sentences.
pub fn tile_text(kpi: &Kpi, words: &TileWords) -> TileText {
    let Some(Latest { period, value, previous }) = kpi.latest() else {
        return TileText {
            value: "No value yet".to_owned(),
            period: String::new(),
            change: String::new(),
            direction: None,
            status: None,
            rank: None,
        };
    };
    TileText {
        value: format_value(value, &kpi.unit),
        period: period.label().into_owned(),
        change: words.change.clone(),
        direction: previous.map(|(_, earlier)| direction(value - earlier)),
        status: Some((kpi.status(value), words.status.clone())),
        rank: words.rank.clone(),
    }
}

fn direction(difference: f64) -> Direction {
    if difference.abs() < 1e-9 {
        Direction::Same
    } else if difference > 0.0 {
        Direction::Up
    } else {
        Direction::Down
    }
}

/// The small drawing before a line of a tile's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    Change(Direction),
    Status(Status),
    /// Three bars of rising height: a rank among all councils.
    Rank,
}

/// The glyph's shapes in a box `GLYPH` CSS px square, in the theme's colours.
pub fn glyph(which: Glyph, theme: &Theme) -> Vec<Shape> {
    let middle = GLYPH / 2.0;
    match which {
        Glyph::Change(d) => vec![arrow(d, middle, middle, theme)],
        Glyph::Status(status) => vec![status_mark(status, middle, middle, 11.0, theme)],
        Glyph::Rank => rank_bars(middle - 5.0, middle, theme),
    }
}

/// The side of the box a glyph is drawn in.
pub const GLYPH: f64 = 18.0;

/// The sparkline's height on the page, where the words are HTML above it.
pub const SCREEN_HEIGHT: f64 = SPARK_HEIGHT + 8.0;

/// Height of the words and sparkline together, as a picture leaving the page draws them.
pub fn tile_height(kpi: &Kpi, words: &TileWords, width: f64, measure: &dyn TextMeasure) -> f64 {
    let lines = match kpi.latest() {
        Some(_) => Lines::new(words, width, measure),
        None => Lines { change: vec![String::new()], status: vec![String::new()], rank: Vec::new() },
    };
    let rank = if lines.rank.is_empty() { 0.0 } else { lines.rank.len() as f64 * LINE + 6.0 };
    2.0 + VALUE_FONT.size
        + 12.0
        + (lines.change.len() + lines.status.len()) as f64 * LINE
        + 6.0
        + rank
        + 8.0
        + SPARK_HEIGHT
        + 4.0
}

/// A tile on the page: the sparkline alone, its words being HTML above the canvas.
pub fn tile_sparkline(kpi: &Kpi, frame: Frame, theme: &Theme) -> Scene {
    let mut scene = Scene::new(frame);
    let area = Rect { x: 2.0, y: 4.0, width: frame.width - 4.0, height: (frame.height - 8.0).max(16.0) };
    scene.plot = area;
    draw_spark(&mut scene, kpi, area, theme);
    scene.pick_distance = 12.0;
    scene
}

/// A tile as a picture leaving the page (PNG, SVG): its words drawn in above the sparkline.
pub fn kpi_tile(kpi: &Kpi, words: &TileWords, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&kpi.titles);
    let (mut scene, top, bottom) = begin(frame, titles, theme, measure);
    let top = top.max(2.0);
    let room = frame.width - 8.0;
    let Some(Latest { period, value, previous }) = kpi.latest() else {
        scene.text(4.0, top, "No value yet", TextStyle::new(LABEL, theme.muted_text, Align::Start, Baseline::Top));
        return scene;
    };
    let value_text = ellipsize(&format_value(value, &kpi.unit), VALUE_FONT, room, measure);
    let value_width = measure.width(&value_text, VALUE_FONT);
    scene.text(4.0, top, value_text, TextStyle::new(VALUE_FONT, theme.text, Align::Start, Baseline::Top));
    let period_text = ellipsize(&period.label(), SMALL, room - value_width - 8.0, measure);
    scene.text(
        4.0 + value_width + 8.0,
        top + VALUE_FONT.size - 2.0,
        period_text,
        TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Bottom),
    );

    let status = kpi.status(value);
    let lines = Lines::new(words, frame.width, measure);

    let change_y = top + VALUE_FONT.size + 12.0;
    if let Some((_, earlier)) = previous {
        scene.add(arrow(direction(value - earlier), 9.0, change_y, theme));
    }
    let text_x = if previous.is_some() { 20.0 } else { 4.0 };
    for (i, line) in lines.change.iter().enumerate() {
        scene.text(
            text_x,
            change_y + i as f64 * LINE,
            line.clone(),
            TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle),
        );
    }
    let status_y = change_y + lines.change.len() as f64 * LINE + 6.0;
    scene.add(status_mark(status, 9.0, status_y, 11.0, theme));
    for (i, line) in lines.status.iter().enumerate() {
        scene.text(
            20.0,
            status_y + i as f64 * LINE,
            line.clone(),
            TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle),
        );
    }
    let mut status_y = status_y + (lines.status.len() as f64 - 1.0) * LINE;
    // Rank among all councils, marked with a small bar chart glyph: three bars of rising height.
    if !lines.rank.is_empty() {
        let rank_y = status_y + LINE + 6.0;
        for bar in rank_bars(4.0, rank_y, theme) {
            scene.add(bar);
        }
        for (i, line) in lines.rank.iter().enumerate() {
            scene.text(
                20.0,
                rank_y + i as f64 * LINE,
                line.clone(),
                TextStyle::new(LABEL, theme.text, Align::Start, Baseline::Middle),
            );
        }
        status_y = rank_y + (lines.rank.len() as f64 - 1.0) * LINE;
    }
    let spark_top = status_y + 14.0;
    let area = Rect {
        x: 2.0,
        y: spark_top,
        width: frame.width - 4.0,
        height: (frame.height - bottom - spark_top - 2.0).max(16.0),
    };
    scene.plot = area;
    draw_spark(&mut scene, kpi, area, theme);
    scene.pick_distance = 12.0;
    scene
}

/// Three bars of rising height from `x`, standing on `y + 5`: a rank among all councils.
fn rank_bars(x: f64, y: f64, theme: &Theme) -> Vec<Shape> {
    [4.0, 7.0, 10.0]
        .iter()
        .enumerate()
        .map(|(k, h)| Shape::Rect {
            x: x + k as f64 * 4.0,
            y: y + 5.0 - h,
            width: 3.0,
            height: *h,
            fill: Some(theme.text),
            stroke: None,
        })
        .collect()
}

/// ▲ up, ▼ down, = unchanged: the direction as a shape, in the text colour.
fn arrow(direction: Direction, x: f64, y: f64, theme: &Theme) -> Shape {
    let c = theme.text;
    match direction {
        Direction::Same => Shape::Polygon {
            points: vec![(x - 5.0, y - 3.0), (x + 5.0, y - 3.0), (x + 5.0, y - 1.0), (x - 5.0, y - 1.0)],
            fill: c,
            stroke: None,
        },
        Direction::Up => {
            Shape::Polygon { points: vec![(x, y - 6.0), (x + 6.0, y + 4.0), (x - 6.0, y + 4.0)], fill: c, stroke: None }
        }
        Direction::Down => {
            Shape::Polygon { points: vec![(x - 6.0, y - 4.0), (x + 6.0, y - 4.0), (x, y + 6.0)], fill: c, stroke: None }
        }
    }
}
