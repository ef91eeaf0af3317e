#![no_main]
//! Model to scene to SVG at any size: two bytes pick the width (0 to 65,535 CSS px, the
//! library clamps), one the kind, one the view; the rest is JSON (or, if it is not, CSV).
use council_charts::model::Json;
use council_charts_fuzz::{build, draw, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let [w0, w1, kind, selector, rest @ ..] = bytes else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let data = Json::parse(text, "data").unwrap_or_else(|_| Json::String(text.to_owned()));
    let width = f64::from(u16::from_le_bytes([*w0, *w1]));
    if let Some(chart) = build(Kind::from_byte(*kind), &data, *selector) {
        draw(chart.as_ref(), width);
    }
});
