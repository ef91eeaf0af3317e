//! The sparkline view: a word-sized line for tables and tiles, with the latest value and its
//! status written beside it.

use crate::model::kpi::status::Status;
use crate::model::kpi::Kpi;
use crate::scale::format::format_value;
use crate::scene::header::{begin, Heading};
use crate::scene::kpi::spark::draw_spark;
use crate::scene::kpi::status_mark::status_mark;
use crate::scene::text::{ellipsize, TextMeasure};
use crate::scene::theme::{Theme, SMALL};
use crate::scene::{Align, Baseline, Font, Frame, Rect, Scene, TextStyle};

const VALUE_FONT: Font = Font { size: 15.0, bold: true };

pub fn kpi_sparkline(kpi: &Kpi, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
    let titles = Heading::plain(&kpi.titles);
    let (mut scene, top, bottom) = begin(frame, titles, theme, measure);
    let (top, bottom) = (top.max(2.0), frame.height - bottom - 2.0);
    let latest = kpi.latest();
    let value = latest.map_or("No value".to_owned(), |l| format_value(l.value, &kpi.unit));
    let status = latest.map_or(Status::NotRated, |l| kpi.status(l.value));
    let rated = status != Status::NotRated;
    let text_width =
        measure.width(&value, VALUE_FONT).max(if rated { 16.0 + measure.width(status.words(), SMALL) } else { 0.0 });
    let text_width = text_width.min(frame.width * 0.55);
    let text_x = frame.width - 4.0 - text_width;
    let middle = (top + bottom) / 2.0;
    let value_y = if rated { middle - 2.0 } else { middle };
    let value_baseline = if rated { Baseline::Bottom } else { Baseline::Middle };
    scene.text(
        text_x,
        value_y,
        ellipsize(&value, VALUE_FONT, text_width, measure),
        TextStyle::new(VALUE_FONT, theme.text, Align::Start, value_baseline),
    );
    if rated {
        scene.add(status_mark(status, text_x + 5.0, middle + 9.0, 9.0, theme));
        let words = ellipsize(status.words(), SMALL, text_width - 14.0, measure);
        scene.text(
            text_x + 14.0,
            middle + 9.0,
            words,
            TextStyle::new(SMALL, theme.text, Align::Start, Baseline::Middle),
        );
    }
    let area = Rect { x: 4.0, y: top, width: (text_x - 12.0).max(24.0), height: (bottom - top).max(12.0) };
    scene.plot = area;
    draw_spark(&mut scene, kpi, area, theme);
    scene.pick_distance = 12.0;
    scene
}
