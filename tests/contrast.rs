//! WCAG contrast of the default theme, computed: text at least 4.5:1 against the background;
//! every colour that marks data (series, bars, status marks, grade cells' words) at least 3:1
//! against what it sits on. Neighbouring pieces of a bar are parted by a background hairline, so
//! "against the background" is also what makes adjacent colours distinct.
#![cfg(not(target_arch = "wasm32"))]

use council_charts::model::grade::GradeScale;
use council_charts::scene::grades::{grade_colors, text_on};
use council_charts::scene::status_mark::{GREEN, RED};
use council_charts::scene::{Color, Theme};

fn ratio(a: Color, b: Color) -> f64 {
    (a.contrast(b) * 100.0).floor() / 100.0
}

#[test]
fn the_default_theme_meets_wcag_contrast() {
    let theme = Theme::default();
    let bg = theme.background;
    let mut failures = Vec::new();
    let mut check = |what: String, a: Color, b: Color, needed: f64| {
        let r = ratio(a, b);
        println!("{what}: {} on {} = {r}:1 (needs {needed}:1)", a.hex(), b.hex());
        if r < needed {
            failures.push(format!("{what}: {} on {} is {r}:1, needs {needed}:1", a.hex(), b.hex()));
        }
    };
    check("text".into(), theme.text, bg, 4.5);
    check("muted text".into(), theme.muted_text, bg, 4.5);
    check("axis".into(), theme.axis, bg, 3.0);
    check("reference lines".into(), theme.reference, bg, 3.0);
    for (i, c) in theme.palette.iter().enumerate() {
        check(format!("palette[{i}]"), *c, bg, 3.0);
    }
    for (i, c) in theme.two_series.iter().enumerate() {
        check(format!("two-series[{i}]"), *c, bg, 3.0);
    }
    check("status: on target".into(), GREEN, bg, 3.0);
    check("status: off target".into(), RED, bg, 3.0);
    // Amounts written inside bar pieces take whichever of black and white reads better.
    for (i, c) in theme.palette.iter().enumerate() {
        check(format!("words on palette[{i}]"), text_on(*c, &theme), *c, 4.5);
    }
    // Near target (amber) is lighter: its mark is outlined in the text colour, which carries the 3:1.
    let scale = GradeScale::ofsted();
    for (rank, fill) in grade_colors(&scale).into_iter().enumerate() {
        check(format!("grade {rank} words"), text_on(fill, &theme), fill, 4.5);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
