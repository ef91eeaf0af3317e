//! The spine view of a scorecard (OHID Fingertips' area profile, made for a council report):
//! one row per indicator with its title and period, the council's value and rank, England's
//! value, and a bar spanning every council's figures, worst on the left and best on the right,
//! the middle half darker, the median a gap, England the centre line, and the council's mark
//! shaped and coloured by its quartile band. At narrow widths each row stacks: title, figures,
//! then the bar across the whole width. The words come made from the `words` stage.

use super::header::{begin, Heading};
use super::legend::{draw_legend, legend_height, Entry};
use super::marker::{marker, outlined, MarkerKind};
use super::text::{ellipsize, wrap, TextMeasure};
use super::theme::{Theme, LABEL, SMALL};
use super::{Align, Baseline, Color, Dash, Datum, Font, Frame, Rect, Scene, Shape, Stroke, Target, TextStyle};
use crate::model::kpi::rank::Band;
use crate::model::kpi::spine::{SpineMark, SpineRow};

/// What one row says, in words made by the `words` stage.
#[derive(Debug, Clone, PartialEq)]
pub struct SpineLine<'a> {
    pub row: &'a SpineRow,
    /// Neither higher nor lower is better: the bar runs low to high and the mark has no band.
    pub neutral: bool,
    pub band: Option<Band>,
    pub title: String,
    /// "2023/24", with "low to high" for a neutral indicator.
    pub period: String,
    pub value: String,
    pub england: String,
    /// "52nd of 151, band B", or where it sits against the median.
    pub rank: Option<String>,
    /// Why the row has no bar, if it has none.
    pub no_bar: Option<String>,
    /// The recent trend, where the figures have intervals to test it: "Recent trend:
    /// Decreasing and getting better".
    pub trend: Option<String>,
}

/// The column headings: the council's name (or "Council") and the comparator's ("England").
#[derive(Debug, Clone, PartialEq)]
pub struct SpineHeads {
    pub council: String,
    pub england: String,
}

const WIDE: f64 = 560.0;
const PAD: f64 = 8.0;
const LINE: f64 = 16.0;
const BAR: f64 = 14.0;
const MARK: f64 = 6.5;
const TITLE_FONT: Font = Font { size: 13.0, bold: true };

/// The rows placed at one width; the height and the scene both come from it.
#[derive(Debug, Clone, PartialEq)]
pub struct SpineLayout {
    wide: bool,
    /// Title column's width; the value's and England's right edges; the bar's two ends.
    title_width: f64,
    value_right: f64,
    england_right: f64,
    bar: (f64, f64),
    key_height: f64,
    header: f64,
    /// Each row's top, height and title lines, then its trend's lines (below the period).
    rows: Vec<(f64, f64, Vec<String>, Vec<String>)>,
    pub height: f64,
}

impl SpineLayout {
    /// Where the picture may be cut for printing: between rows (the key and headings go with
    /// the first row).
    pub fn cuts(&self) -> Vec<f64> {
        let mut cuts = vec![0.0];
        for (top, _, _, _) in self.rows.iter().skip(1) {
            cuts.push(*top);
        }
        cuts.push(self.height);
        cuts
    }
}

fn widest(texts: &[&str], font: Font, measure: &dyn TextMeasure) -> f64 {
    let mut widest = 0.0_f64;
    for text in texts {
        widest = widest.max(measure.width(text, font));
    }
    widest
}

pub fn spine_layout(lines: &[SpineLine], heads: &SpineHeads, width: f64, measure: &dyn TextMeasure) -> SpineLayout {
    let wide = width >= WIDE;
    let key_height = legend_height(&key(lines, &Theme::default()), width - 2.0 * PAD, measure) + 6.0;
    let header = key_height + LINE + 6.0;
    let title_width = if wide { (width * 0.3).clamp(140.0, 280.0) } else { width - 2.0 * PAD };
    let mut values: Vec<&str> = vec![&heads.council];
    let mut englands: Vec<&str> = vec![&heads.england];
    for line in lines {
        values.push(&line.value);
        values.extend(line.rank.as_deref());
        englands.push(&line.england);
    }
    let value_width = widest(&values, LABEL, measure).clamp(48.0, 150.0);
    let england_width = widest(&englands, LABEL, measure).clamp(40.0, 90.0);
    let value_right = PAD + title_width + 12.0 + value_width;
    let england_right = value_right + 16.0 + england_width;
    let bar = if wide {
        (england_right + 24.0, width - PAD - MARK - 2.0)
    } else {
        (PAD + MARK + 2.0, width - PAD - MARK - 2.0)
    };
    let mut y = header;
    let rows = lines
        .iter()
        .map(|line| {
            let title = wrap(&line.title, TITLE_FONT, title_width, if wide { 2 } else { 3 }, measure);
            let trend = line.trend.as_deref().map_or_else(Vec::new, |t| wrap(t, SMALL, title_width, 3, measure));
            let words = (title.len() as f64 + 1.0 + trend.len() as f64) * LINE;
            // Narrow: title, period, figures, then the bar (or why there is none, on two lines).
            let no_bar = if line.row.bar.is_err() { 10.0 } else { 0.0 };
            let height = if wide { words.max(2.0 * LINE) + 12.0 } else { words + LINE + BAR + 22.0 + no_bar };
            let row = (y, height, title, trend);
            y += height;
            row
        })
        .collect();
    SpineLayout { wide, title_width, value_right, england_right, bar, key_height, header, rows, height: y + 4.0 }
}

/// The council's mark for a band: a shape and a colour each (never colour alone), outlined in
/// the text colour so it stands out on the bar; without a band, a hollow circle.
pub(crate) fn band_mark(band: Option<Band>, x: f64, y: f64, size: f64, theme: &Theme) -> Shape {
    let (kind, fill) = match band {
        Some(Band::A) => (MarkerKind::Triangle, 0),
        Some(Band::B) => (MarkerKind::Square, 1),
        Some(Band::C) => (MarkerKind::Diamond, 2),
        Some(Band::D) => (MarkerKind::TriangleDown, 3),
        None => return marker(MarkerKind::Circle, x, y, size, theme.text, theme.background, true),
    };
    let fill = theme.grades.get(fill).copied().unwrap_or(theme.text);
    outlined(
        marker(kind, x, y, size, fill, theme.background, false),
        Stroke { color: theme.text, width: 1.5, dash: Dash::Solid },
    )
}

fn middle_half(theme: &Theme) -> Color {
    theme.tint(theme.axis, 0.55)
}

/// The key: the four bands' marks, then the bar's parts.
fn key(lines: &[SpineLine], theme: &Theme) -> Vec<Entry> {
    let mark = |band: Option<Band>| vec![band_mark(band, 8.0, 8.0, MARK, theme)];
    let mut entries: Vec<Entry> =
        [(Band::A, "A: best quarter"), (Band::B, "B"), (Band::C, "C"), (Band::D, "D: worst quarter")]
            .into_iter()
            .map(|(band, label)| Entry { swatch: mark(Some(band)), swatch_width: 16.0, label: label.to_owned() })
            .collect();
    if lines.iter().any(|l| l.neutral) {
        entries.push(Entry { swatch: mark(None), swatch_width: 16.0, label: "No better or worse".to_owned() });
    }
    let swatch = |fill: Color| vec![Shape::rect(Rect { x: 0.0, y: 1.0, width: 22.0, height: BAR }, Some(fill), None)];
    entries.push(Entry { swatch: swatch(theme.band), swatch_width: 22.0, label: "Every council".to_owned() });
    entries.push(Entry { swatch: swatch(middle_half(theme)), swatch_width: 22.0, label: "Middle half".to_owned() });
    let mut median = swatch(middle_half(theme));
    median.push(Shape::Line {
        points: vec![(11.0, 1.0), (11.0, 1.0 + BAR)],
        stroke: Stroke { color: theme.background, width: 2.0, dash: Dash::Solid },
    });
    entries.push(Entry { swatch: median, swatch_width: 22.0, label: "Median".to_owned() });
    if lines.iter().any(|l| !l.row.others.is_empty()) {
        let label = "Region or neighbours' mean".to_owned();
        entries.push(Entry { swatch: vec![other_mark(8.0, 8.0, theme)], swatch_width: 16.0, label });
    }
    if lines.iter().any(|l| l.row.england.is_some()) {
        let line = Shape::Line {
            points: vec![(6.0, -2.0), (6.0, BAR + 4.0)],
            stroke: Stroke { color: theme.text, width: 2.0, dash: Dash::Solid },
        };
        entries.push(Entry { swatch: vec![line], swatch_width: 12.0, label: "England: the centre".to_owned() });
    }
    entries
}

pub fn spine(
    lines: &[SpineLine],
    heads: &SpineHeads,
    layout: &SpineLayout,
    heading: Heading,
    frame: Frame,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let (mut scene, top, _) = begin(frame, heading, theme, measure);
    let l = layout;
    draw_legend(&mut scene, key(lines, theme), PAD, top, frame.width - 2.0 * PAD, theme, measure);
    let head_y = top + l.key_height;
    let head = |align| TextStyle::new(SMALL, theme.muted_text, align, Baseline::Top);
    let (x0, x1) = l.bar;
    let all_neutral = lines.iter().all(|line| line.neutral);
    let (left, right) =
        if all_neutral { ("\u{2190} Lower", "Higher \u{2192}") } else { ("\u{2190} Worse", "Better \u{2192}") };
    if l.wide {
        scene.text(PAD, head_y, "Indicator", head(Align::Start));
        let council = ellipsize(&heads.council, SMALL, l.value_right - PAD - l.title_width - 12.0, measure);
        scene.text(l.value_right, head_y, council, head(Align::End));
        scene.text(l.england_right, head_y, heads.england.clone(), head(Align::End));
    }
    scene.text(x0, head_y, left, head(Align::Start));
    scene.text(x1, head_y, right, head(Align::End));
    scene.plot = Rect { x: x0 - MARK, y: top + l.header, width: x1 - x0 + 2.0 * MARK, height: l.height - l.header };
    for (index, (line, (row_top, height, title, trend))) in lines.iter().zip(&l.rows).enumerate() {
        let row_top = top + row_top;
        let text_top = row_top + 6.0;
        let title_style = TextStyle::new(TITLE_FONT, theme.text, Align::Start, Baseline::Top);
        for (i, text) in title.iter().enumerate() {
            scene.text(PAD, text_top + i as f64 * LINE, text.clone(), title_style);
        }
        let below_title = text_top + title.len() as f64 * LINE;
        // Narrow, England's figure joins the period line: the figures line holds the council's.
        let period = match (l.wide, line.row.england) {
            (false, Some(_)) => format!("{}; {} {}", line.period, heads.england, line.england),
            _ => line.period.clone(),
        };
        let period = ellipsize(&period, SMALL, l.title_width, measure);
        scene.text(PAD, below_title, period, TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
        for (i, text) in trend.iter().enumerate() {
            let y = below_title + (i + 1) as f64 * LINE;
            scene.text(PAD, y, text.clone(), TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Top));
        }
        // Below the title, its period and its trend.
        let below_title = below_title + trend.len() as f64 * LINE;
        let (mid, figures_at) = if l.wide {
            (row_top + height / 2.0, (text_top, l.value_right))
        } else {
            (below_title + 2.0 * LINE + 6.0 + BAR / 2.0, (below_title + LINE, PAD))
        };
        draw_figures(&mut scene, line, l, figures_at, frame.width, theme, measure);
        let datum = |mark: usize| Datum::SpineMark { row: index, mark };
        match &line.row.bar {
            Ok(_) => {
                let at = |position: f64| x0 + position * (x1 - x0);
                draw_bar(&mut scene, line, at, mid, theme);
                for (item, (mark, position)) in line.row.marks().into_iter().enumerate() {
                    let x = at(position);
                    let half = if mark == SpineMark::Council { MARK + 1.0 } else { 3.0 };
                    let bounds = Rect { x: x - half, y: mid - BAR / 2.0 - 2.0, width: 2.0 * half, height: BAR + 4.0 };
                    scene.targets.push(Target { x, y: mid, datum: datum(item), bounds: Some(bounds) });
                }
            }
            Err(_) => {
                let why = line.no_bar.clone().unwrap_or_default();
                let lines = wrap(&why, SMALL, if l.wide { x1 - x0 } else { frame.width - 2.0 * PAD }, 2, measure);
                // Wide, centred on the row; narrow, from where the bar would start.
                let first = if l.wide { mid - (lines.len() as f64 - 1.0) * 7.5 } else { mid - BAR / 2.0 + 6.0 };
                for (i, text) in lines.into_iter().enumerate() {
                    let style = TextStyle::new(SMALL, theme.muted_text, Align::Start, Baseline::Middle);
                    scene.text(if l.wide { x0 } else { PAD }, first + i as f64 * 15.0, text, style);
                }
                let bounds = Rect { x: x0, y: mid - BAR, width: x1 - x0, height: 2.0 * BAR };
                scene.targets.push(Target { x: x0, y: mid, datum: datum(0), bounds: Some(bounds) });
            }
        }
        let bottom = row_top + height;
        scene.line(
            vec![(PAD, bottom), (frame.width - PAD, bottom)],
            Stroke { color: theme.grid, width: 1.0, dash: Dash::Solid },
        );
    }
    scene
}

/// The council's value and rank, and England's value: in columns when wide, on one line
/// when narrow.
fn draw_figures(
    scene: &mut Scene,
    line: &SpineLine,
    l: &SpineLayout,
    (y, x): (f64, f64),
    width: f64,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let style = |font, color, align| TextStyle::new(font, color, align, Baseline::Top);
    if l.wide {
        scene.text(x, y, line.value.clone(), style(TITLE_FONT, theme.text, Align::End));
        if let Some(rank) = &line.rank {
            let room = l.value_right - PAD - l.title_width - 12.0;
            scene.text(x, y + LINE, ellipsize(rank, SMALL, room, measure), style(SMALL, theme.muted_text, Align::End));
        }
        scene.text(l.england_right, y, line.england.clone(), style(LABEL, theme.text, Align::End));
        return;
    }
    let value = ellipsize(&line.value, TITLE_FONT, width - 2.0 * PAD, measure);
    let after = x + measure.width(&value, TITLE_FONT) + 8.0;
    scene.text(x, y, value, style(TITLE_FONT, theme.text, Align::Start));
    let rest = ellipsize(line.rank.as_deref().unwrap_or_default(), SMALL, width - PAD - after, measure);
    scene.text(after, y + 1.0, rest, style(SMALL, theme.muted_text, Align::Start));
}

/// Every council's span, the middle half, the median, England's line and the council's mark.
fn draw_bar(scene: &mut Scene, line: &SpineLine, at: impl Fn(f64) -> f64, mid: f64, theme: &Theme) {
    let Ok(bar) = &line.row.bar else { return };
    let span = |from: f64, to: f64| {
        let (a, b) = (at(bar.position(from)), at(bar.position(to)));
        Rect { x: a.min(b), y: mid - BAR / 2.0, width: (a - b).abs().max(2.0), height: BAR }
    };
    let edge = Some(Stroke { color: theme.axis, width: 1.0, dash: Dash::Solid });
    scene.add(Shape::rect(span(bar.worst, bar.best), Some(theme.band), edge));
    scene.add(Shape::rect(span(bar.p25, bar.p75), Some(middle_half(theme)), edge));
    let median = at(bar.position(bar.median));
    let gap = Stroke { color: theme.background, width: 2.0, dash: Dash::Solid };
    scene.line(vec![(median, mid - BAR / 2.0 + 1.0), (median, mid + BAR / 2.0 - 1.0)], gap);
    if let Some(england) = line.row.england {
        let x = at(bar.position(england));
        let stroke = Stroke { color: theme.text, width: 2.0, dash: Dash::Solid };
        scene.line(vec![(x, mid - BAR / 2.0 - 5.0), (x, mid + BAR / 2.0 + 5.0)], stroke);
    }
    for (_, value) in &line.row.others {
        scene.add(other_mark(at(bar.position(*value)), mid, theme));
    }
    if let Some(council) = line.row.council {
        let band = if line.neutral { None } else { line.band };
        scene.add(band_mark(band, at(bar.position(council)), mid, MARK, theme));
    }
}

/// A region's or the neighbours' mean: a hollow diamond (band C's is filled), drawn under the
/// council's mark.
fn other_mark(x: f64, y: f64, theme: &Theme) -> Shape {
    let hollow = marker(MarkerKind::Diamond, x, y, MARK * 0.75, theme.text, theme.background, true);
    outlined(hollow, Stroke { color: theme.text, width: 2.0, dash: Dash::Solid })
}
