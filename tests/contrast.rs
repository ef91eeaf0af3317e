//! WCAG contrast of every built-in theme, computed: text at least 4.5:1 against the background;
//! every colour that marks data (series, bars, status marks, grade cells' words) at least 3:1
//! against what it sits on. Neighbouring pieces of a bar are parted by a background hairline, so
//! "against the background" is also what makes adjacent colours distinct.
#![cfg(not(target_arch = "wasm32"))]

use council_charts::testing::model::judgement::grade::GradeScale;
use council_charts::testing::scene::grades::{grade_colors, text_on};
use council_charts::testing::scene::{Color, Theme};

fn ratio(a: Color, b: Color) -> f64 {
    (a.contrast(b) * 100.0).floor() / 100.0
}

/// Every shortfall in `theme`, one line each.
fn shortfalls(name: &str, theme: &Theme) -> Vec<String> {
    let bg = theme.background;
    let mut failures = Vec::new();
    let mut check = |what: String, a: Color, b: Color, needed: f64| {
        let r = ratio(a, b);
        println!("{name} {what}: {} on {} = {r}:1 (needs {needed}:1)", a.hex(), b.hex());
        if r < needed {
            failures.push(format!("{name} {what}: {} on {} is {r}:1, needs {needed}:1", a.hex(), b.hex()));
        }
    };
    check("text".into(), theme.text, bg, 4.5);
    check("muted text".into(), theme.muted_text, bg, 4.5);
    check("axis".into(), theme.axis, bg, 3.0);
    check("reference lines".into(), theme.reference, bg, 3.0);
    check("focus ring".into(), theme.focus, bg, 3.0);
    for (i, c) in theme.palette.iter().enumerate() {
        check(format!("palette[{i}]"), *c, bg, 3.0);
    }
    for (i, c) in theme.two_series.iter().enumerate() {
        check(format!("two-series[{i}]"), *c, bg, 3.0);
    }
    // Near target (amber, or hollow in forced colours) is outlined in the text colour, which
    // carries the 3:1; on and off target are filled shapes and must stand out themselves.
    check("status: on target".into(), theme.status[0], bg, 3.0);
    check("status: off target".into(), theme.status[2], bg, 3.0);
    // Amounts written inside bar pieces take whichever of text and background reads better.
    for (i, c) in theme.palette.iter().enumerate() {
        check(format!("words on palette[{i}]"), text_on(*c, theme), *c, 4.5);
    }
    // Status zones are pale tints with the zone's name and the data's words written over them.
    for (i, c) in theme.status.iter().enumerate() {
        let tint = theme.tint(*c, 0.22);
        check(format!("text on status zone {i}"), theme.text, tint, 4.5);
    }
    check("text on the neighbours' band".into(), theme.text, theme.band, 4.5);
    let scale = GradeScale::ofsted();
    for (rank, fill) in grade_colors(&scale, theme).into_iter().enumerate() {
        check(format!("grade {rank} words"), text_on(fill, theme), fill, 4.5);
    }
    failures
}

#[test]
fn the_light_theme_meets_wcag_contrast() {
    let failures = shortfalls("light", &Theme::default());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_dark_theme_meets_wcag_contrast() {
    let failures = shortfalls("dark", &Theme::dark());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Windows' own high-contrast pairs: the theme is only as good as the user's colours, and
/// these are the ones it ships.
#[test]
fn the_forced_colours_theme_meets_wcag_contrast_with_windows_pairs() {
    let pairs = [
        ("forced black", Color(0xFF, 0xFF, 0xFF), Color(0, 0, 0), Color(0x1A, 0xEB, 0xFF)),
        ("forced white", Color(0, 0, 0), Color(0xFF, 0xFF, 0xFF), Color(0x37, 0x00, 0x6E)),
        ("forced aquatic", Color(0xFF, 0xFF, 0xFF), Color(0x20, 0x20, 0x20), Color(0x8E, 0xE3, 0xF0)),
    ];
    let failures: Vec<String> = pairs
        .iter()
        .flat_map(|(name, text, bg, highlight)| shortfalls(name, &Theme::forced(*text, *bg, *highlight)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A sanity check that the check can fail: a pale palette on white is refused.
#[test]
fn a_pale_palette_is_caught() {
    let theme = Theme { palette: vec![Color(0xFF, 0xDD, 0x00)], ..Theme::default() };
    let failures = shortfalls("pale", &theme);
    assert!(failures.iter().any(|f| f.contains("palette[0]: #FFDD00 on #FFFFFF")), "{failures:?}");
}
