//! Every view of every kind in one table: what a screen reader calls it, what Up and Down move
//! between, and its canvas height for a width. The charts read their heights and words from
//! here, and the room the stylesheet (`js/council-charts.css`) and the element
//! (`js/council-chart-element.js`) keep for a chart before it is drawn is generated from it
//! (`tests/views.rs` fails if they drift), so a view's height is written once.

/// The chart kinds, as the element's `kind` attribute names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kpi,
    Judgement,
    Funding,
    /// `kpiScorecard`: tiles, or a spine.
    Scorecard,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Kpi => "kpi",
            Kind::Judgement => "judgement",
            Kind::Funding => "funding",
            Kind::Scorecard => "scorecard",
        }
    }
}

/// A view's canvas height for a width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Height {
    /// The same at every width (CSS px).
    Fixed(f64),
    /// A share of the width, kept between a least and a most (CSS px).
    Share { of_width: f64, least: f64, most: f64 },
    /// Worked out from the data (its names wrapped, its rows counted) when it is laid out.
    FromData,
}

impl Height {
    /// The height at `width`, where it can be known without the data.
    pub fn at(self, width: f64) -> Option<f64> {
        match self {
            Height::Fixed(height) => Some(height),
            Height::Share { of_width, least, most } => Some((width * of_width).clamp(least, most)),
            Height::FromData => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewSpec {
    pub kind: Kind,
    /// As `options.view` names it; the first of a kind is its default.
    pub view: &'static str,
    /// What kind of picture it is, for its short accessible name: "Line chart".
    pub kind_words: &'static str,
    /// What Up and Down move between ("lines", "areas"), for the keys' sentence; `None` for a
    /// view of one row.
    pub rows: Option<&'static str>,
    pub height: Height,
    /// The figure's text around the canvas that most charts of the view have (title, subtitle,
    /// source, legend, "Show data table", a plan's note), in rem, for the room kept before the
    /// data is read.
    pub around_rem: f64,
}

const fn spec(
    kind: Kind,
    view: &'static str,
    kind_words: &'static str,
    rows: Option<&'static str>,
    height: Height,
    around_rem: f64,
) -> ViewSpec {
    ViewSpec { kind, view, kind_words, rows, height, around_rem }
}

/// One line per view. A new view is its scene (a file in `src/scene/`), its name in its kind's
/// enum (`model::view`), and a line here.
pub const VIEWS: &[ViewSpec] = &[
    spec(
        Kind::Kpi,
        "line",
        "Line chart",
        Some("lines"),
        Height::Share { of_width: 0.5, least: 240.0, most: 420.0 },
        9.0,
    ),
    spec(Kind::Kpi, "sparkline", "Sparkline", None, Height::Fixed(44.0), 7.0),
    spec(Kind::Kpi, "bullet", "Bullet chart", None, Height::Fixed(124.0), 7.0),
    spec(
        Kind::Kpi,
        "distribution",
        "Strip chart of every council",
        None,
        Height::Share { of_width: 0.4, least: 280.0, most: 360.0 },
        7.0,
    ),
    // Not offered as a view of its own: drawn for each of a scorecard's tiles, its words HTML.
    spec(Kind::Kpi, "tile", "Scorecard tile", None, Height::Fixed(crate::scene::kpi_tile::SCREEN_HEIGHT), 7.0),
    spec(Kind::Judgement, "grid", "Grid of inspection grades", Some("areas"), Height::FromData, 7.0),
    spec(Kind::Judgement, "journey", "Chart of inspection grades over time", Some("areas"), Height::FromData, 7.0),
    spec(Kind::Judgement, "national", "Bar chart of every council's grades", Some("areas"), Height::FromData, 7.0),
    spec(
        Kind::Funding,
        "stacked",
        "Stacked bar chart",
        Some("sections"),
        Height::Share { of_width: 0.55, least: 300.0, most: 460.0 },
        9.5,
    ),
    // The waterfall's bars are one row, walked by Left and Right (and Home and End).
    spec(Kind::Funding, "waterfall", "Waterfall chart", None, Height::FromData, 9.5),
    spec(Kind::Funding, "lines", "Bar chart of two columns, line by line", Some("sections"), Height::FromData, 9.5),
    spec(Kind::Scorecard, "spine", "Spine chart of every council", Some("indicators"), Height::FromData, 9.0),
];

/// The view `view` of `kind`. Every view a kind's enum offers has a line in `VIEWS` (a test
/// checks), so the fallbacks (the kind's first line, then a plain "Chart") are never reached.
pub fn view_spec(kind: Kind, view: &str) -> &'static ViewSpec {
    let mut of_kind = VIEWS.iter().filter(|v| v.kind == kind);
    let first = of_kind.clone().next().unwrap_or(&UNKNOWN);
    of_kind.find(|v| v.view == view).unwrap_or(first)
}

const UNKNOWN: ViewSpec = spec(Kind::Kpi, "", "Chart", None, Height::FromData, 7.0);
