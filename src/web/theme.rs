//! The theme a chart takes from its page. Councils brand their pages, so the container's CSS
//! custom properties set the font and colours (documented in the README):
//!
//! `--council-chart-font`, `--council-chart-text`, `--council-chart-muted-text`,
//! `--council-chart-background`, `--council-chart-grid`, `--council-chart-axis`,
//! `--council-chart-palette` (colours separated by commas or spaces) and
//! `--council-chart-scheme` (`light`, `dark` or `auto`, the default: follow the CSS
//! `color-scheme` the page declares, and the reader's preference where it allows both).
//!
//! In Windows' forced-colors mode the reader's system colours win over all of these. Colours
//! are resolved by the canvas itself, so any CSS colour works; one it cannot read, and one too
//! faint to meet WCAG against the background, is reported on the console, not thrown: a
//! branding slip must not take a chart off a page. Each problem is said once a page, however
//! many charts share the theme.

use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, CssStyleDeclaration, HtmlElement, Window};

use crate::scene::theme::split_css_list;
use crate::scene::{Color, Theme};

/// Media queries whose change re-reads the theme of every chart on the page.
pub const SCHEME_QUERIES: [&str; 2] = ["(prefers-color-scheme: dark)", "(forced-colors: active)"];

/// The theme for a chart in `container`, with any problems found in its custom properties.
pub fn read_theme(window: &Window, container: &HtmlElement) -> (Theme, Vec<String>) {
    let mut problems = Vec::new();
    let Some(colors) = ColorReader::new() else {
        return (Theme::default(), problems);
    };
    let computed = window.get_computed_style(container).ok().flatten();
    let property = |name: &str| computed.as_ref().map(|c| read(c, name)).unwrap_or_default();
    let matches = |query: &str| window.match_media(query).ok().flatten().is_some_and(|q| q.matches());

    let mut theme = if matches("(forced-colors: active)") {
        let system = |name: &str, fallback: Color| colors.read(name).unwrap_or(fallback);
        Theme::forced(
            system("CanvasText", Color(0, 0, 0)),
            system("Canvas", Color(0xFF, 0xFF, 0xFF)),
            system("Highlight", Color(0x1A, 0xEB, 0xFF)),
        )
    } else {
        let dark = match property("--council-chart-scheme").as_str() {
            "dark" => true,
            "light" => false,
            _ => {
                let declared = property("color-scheme");
                let offers = |scheme: &str| declared.split_whitespace().any(|word| word == scheme);
                offers("dark") && (!offers("light") || matches("(prefers-color-scheme: dark)"))
            }
        };
        let mut theme = if dark { Theme::dark() } else { Theme::default() };
        brand(&mut theme, &property, &colors, &mut problems);
        theme
    };
    let font = property("--council-chart-font");
    if !font.is_empty() {
        theme.font_family = font;
    }
    (theme, problems)
}

/// The page's own colours over the built-in ones, each checked.
fn brand(theme: &mut Theme, property: &dyn Fn(&str) -> String, colors: &ColorReader, problems: &mut Vec<String>) {
    let mut one = |name: &str, slot: &mut Color| {
        let value = property(name);
        if value.is_empty() {
            return;
        }
        match colors.read(&value) {
            Some(color) => *slot = color,
            None => problems.push(format!("{name}: \"{value}\" is not an opaque CSS colour; using {}", slot.hex())),
        }
    };
    one("--council-chart-background", &mut theme.background);
    one("--council-chart-text", &mut theme.text);
    one("--council-chart-muted-text", &mut theme.muted_text);
    one("--council-chart-grid", &mut theme.grid);
    one("--council-chart-axis", &mut theme.axis);
    let palette = property("--council-chart-palette");
    if !palette.is_empty() {
        let read: Vec<Color> = split_css_list(&palette)
            .into_iter()
            .filter_map(|item| {
                let color = colors.read(item);
                if color.is_none() {
                    problems.push(format!("--council-chart-palette: \"{item}\" is not an opaque CSS colour; left out"));
                }
                color
            })
            .collect();
        if let [first, second, ..] = read.as_slice() {
            theme.two_series = [*first, *second];
        }
        if !read.is_empty() {
            theme.palette = read;
        }
    }
    theme.focus = theme.text;
    let bg = theme.background;
    let mut needs = |what: &str, color: Color, ratio: f64| {
        let found = color.contrast(bg);
        if found < ratio {
            problems.push(format!(
                "{what}: {} on the background {} is {:.2}:1; WCAG 2.2 asks at least {ratio}:1",
                color.hex(),
                bg.hex(),
                found
            ));
        }
    };
    needs("--council-chart-text", theme.text, 4.5);
    needs("--council-chart-muted-text", theme.muted_text, 4.5);
    needs("--council-chart-axis", theme.axis, 3.0);
    for (i, color) in theme.palette.clone().into_iter().enumerate() {
        needs(&format!("--council-chart-palette[{i}]"), color, 3.0);
    }
}

fn read(style: &CssStyleDeclaration, name: &str) -> String {
    style.get_property_value(name).map(|v| v.trim().trim_matches('"').trim().to_owned()).unwrap_or_default()
}

/// Resolves any CSS colour (names, hex, rgb(), hsl(), system colours) the way the canvas
/// will paint it, without touching the page's layout.
struct ColorReader {
    context: CanvasRenderingContext2d,
}

impl ColorReader {
    fn new() -> Option<ColorReader> {
        Some(ColorReader { context: super::measure::offscreen_context()? })
    }

    /// `None` for text that is not a colour, or not an opaque one: the canvas ignores what it
    /// cannot parse, so the colour is set after two different ones and must read back alike.
    fn read(&self, value: &str) -> Option<Color> {
        let mut resolved = ["#000000", "#ffffff"].map(|before| {
            self.context.set_fill_style_str(before);
            self.context.set_fill_style_str(value);
            self.context.fill_style().as_string()
        });
        let [Some(a), Some(b)] = &mut resolved else {
            return None;
        };
        if a != b {
            return None;
        }
        // The canvas reads an opaque colour back as #rrggbb, a translucent one as rgba().
        Color::from_hex(a).filter(|_| a.len() == 7)
    }
}

/// The theme from `container`'s CSS, with any problem in it said on the console once a page.
pub fn page_theme(container: &HtmlElement) -> Result<Theme, JsError> {
    let window = web_sys::window().ok_or_else(|| JsError::new("container: no window to draw in"))?;
    let (theme, problems) = read_theme(&window, container);
    for problem in problems {
        if first_time(&problem) {
            web_sys::console::warn_1(&JsValue::from_str(&format!("council-charts: {problem}")));
        }
    }
    Ok(theme)
}

/// The most problems remembered: more than a page's themes ever have, few enough to search.
const REMEMBERED: usize = 64;

thread_local! {
    /// The problems already said on this page. Each chart reads its theme, so a page of 100
    /// tiles under one faint palette said each problem 100 times, and again at every change of
    /// colours.
    static SAID: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `problem` has not been said on this page yet; it counts as said from now on.
fn first_time(problem: &str) -> bool {
    SAID.with(|said| {
        let Ok(mut said) = said.try_borrow_mut() else { return true };
        if said.iter().any(|p| p == problem) {
            return false;
        }
        if said.len() >= REMEMBERED {
            said.remove(0);
        }
        said.push(problem.to_owned());
        true
    })
}
