//! Measuring text. The browser measures with the canvas's own `measureText`; native code
//! (tests, SVG export) uses Arial's advance widths, which is the font the theme asks for.

use super::shape::Font;

pub trait TextMeasure {
    /// Width in CSS pixels of `text` set in `font`.
    fn width(&self, text: &str, font: Font) -> f64;
}

/// Arial's advance widths (per 1000 em) for printable ASCII, from the font's metrics.
const ARIAL_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '..'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // '0'..'?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // '@'..'O'
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 'P'..'_'
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // '`'..'o'
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // 'p'..'~'
];

/// Text widths from Arial's metrics: deterministic, so snapshots are stable.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArialMetrics;

impl TextMeasure for ArialMetrics {
    fn width(&self, text: &str, font: Font) -> f64 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let code = c as u32;
                match code {
                    32..=126 => ARIAL_WIDTHS.get((code - 32) as usize).copied().unwrap_or(556) as u32,
                    0x2026 => 1000, // ellipsis
                    _ => 556,
                }
            })
            .sum();
        // Bold Arial is about 7% wider on average.
        let bold = if font.bold { 1.07 } else { 1.0 };
        units as f64 / 1000.0 * font.size * bold
    }
}

/// Breaks `text` into lines no wider than `max_width`, at spaces where possible. A single word
/// wider than a line is broken with a hyphen where it fits ("Employ-" / "ees"), never cut: a
/// label is a datum's name. Only what runs past `max_lines` is cut, with an ellipsis.
pub fn wrap(text: &str, font: Font, max_width: f64, max_lines: usize, measure: &dyn TextMeasure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut rest = word;
        // A word too long for the line breaks after a slash or hyphen of its own where one
        // fits ("2020/" / "21"), else with a hyphen added, at least two letters before the
        // break and three after ("Outstand-" / "ing", not "Outstandi-" / "ng"), so that a very
        // narrow room still moves forward.
        while measure.width(rest, font) > max_width {
            let (mut hyphenated, mut natural) = (None, None);
            for (at, _) in rest.char_indices().skip(2) {
                let (Some(head), Some(tail)) = (rest.get(..at), rest.get(at..)) else { break };
                if tail.chars().nth(1).is_none() {
                    break;
                }
                let fits = measure.width(&format!("{head}-"), font) <= max_width;
                if !fits && hyphenated.is_some() {
                    break;
                }
                if fits && head.ends_with(['/', '-']) {
                    natural = Some((head.to_owned(), tail));
                }
                if tail.chars().nth(2).is_some() {
                    hyphenated = Some((format!("{head}-"), tail));
                }
            }
            let Some((line, tail)) = natural.or(hyphenated) else { break };
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            lines.push(line);
            rest = tail;
        }
        let candidate = if current.is_empty() { rest.to_owned() } else { format!("{current} {rest}") };
        if measure.width(&candidate, font) <= max_width || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, rest.to_owned()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let overflow = lines.len() > max_lines.max(1);
    lines.truncate(max_lines.max(1));
    let last_index = lines.len().saturating_sub(1);
    for (i, line) in lines.iter_mut().enumerate() {
        let needs_cut = measure.width(line, font) > max_width || (overflow && i == last_index);
        if needs_cut {
            *line = ellipsize(line, font, max_width, measure);
        }
    }
    lines
}

/// `text` cut to fit `max_width`, ending in "…" when anything was cut.
pub fn ellipsize(text: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let full = |chars: &[char]| chars.iter().collect::<String>() + "…";
    if measure.width(text, font) <= max_width && !text.ends_with('…') {
        return text.to_owned();
    }
    // The longest start that fits with its "…": widths grow with each letter added, so a
    // binary search finds it in a few measurements, where taking off a letter at a time
    // measured a long unbroken word hundreds of times.
    let (mut fits, mut too_long) = (0, chars.len() + 1);
    while too_long - fits > 1 {
        let mid = (fits + too_long) / 2;
        if measure.width(&full(chars.get(..mid).unwrap_or(&[])), font) <= max_width {
            fits = mid;
        } else {
            too_long = mid;
        }
    }
    chars.truncate(fits);
    let kept: String = chars.iter().collect();
    format!("{}…", kept.trim_end())
}

/// A text and its box, `[left, top, right, bottom]`.
pub type TextBox = (String, [f64; 4]);

/// Every text of a scene with the box its letters take, `[left, top, right, bottom]` in CSS
/// pixels, by `measure`: what layout checks compare (natively, and in the browser through
/// `textBoxes()`).
pub fn text_boxes(scene: &super::Scene, measure: &dyn TextMeasure) -> Vec<TextBox> {
    use super::{Align, Baseline, Shape};
    scene
        .marks
        .iter()
        .filter_map(|m| match &m.shape {
            Shape::Text { x, y, text, style } => {
                let (w, h) = (measure.width(text, style.font), style.font.size);
                let x0 = match style.align {
                    Align::Start => *x,
                    Align::Middle => x - w / 2.0,
                    Align::End => x - w,
                };
                let y0 = match style.baseline {
                    Baseline::Top => *y,
                    Baseline::Middle => y - h / 2.0,
                    Baseline::Bottom => y - h,
                };
                Some((text.clone(), [x0, y0, x0 + w, y0 + h]))
            }
            _ => None,
        })
        .collect()
}
