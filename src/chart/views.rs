//! Every view of every kind in one table: what a screen reader calls it, what Up and Down move
//! between, and its canvas height for a width, written once per variant of each kind's view
//! enum (`model::view`). The charts read their heights and words from here, and the room the stylesheet (`js/council-charts.css`) and the element
//! (`js/council-chart-element.js`) keep for a chart before it is drawn is generated from it
//! (`tests/views.rs` fails if they drift), so a view's height is written once.

use crate::model::view::{FundingView, JudgementView, KpiView, ScorecardView, View};

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

/// A kind's view enum, each variant with its line in the table: `spec()` matches every
/// variant, so a new view does not compile until its line is written, and nothing looks a
/// view up by its name.
pub trait Registered: View {
    const KIND: Kind;
    /// Every view of the kind, offered or not, in the order the kind offers them.
    const ALL: &'static [Self];
    /// This view's line.
    fn spec(self) -> ViewSpec;
}

/// A line of the table: `view` is the enum's own name for it.
fn line<V: View>(
    view: V,
    kind: Kind,
    kind_words: &'static str,
    rows: Option<&'static str>,
    height: Height,
    around_rem: f64,
) -> ViewSpec {
    ViewSpec { kind, view: view.name(), kind_words, rows, height, around_rem }
}

/// A map of England is about as tall as it is wide, with room for its key above it.
const MAP_HEIGHT: Height = Height::Share { of_width: 1.0, least: 480.0, most: 760.0 };

impl Registered for KpiView {
    const KIND: Kind = Kind::Kpi;
    const ALL: &'static [Self] =
        &[KpiView::Line, KpiView::Sparkline, KpiView::Bullet, KpiView::Distribution, KpiView::Map, KpiView::Tile];
    fn spec(self) -> ViewSpec {
        let kpi = |words, rows, height, around| line(self, Kind::Kpi, words, rows, height, around);
        match self {
            KpiView::Line => {
                kpi("Line chart", Some("lines"), Height::Share { of_width: 0.5, least: 240.0, most: 420.0 }, 9.0)
            }
            KpiView::Sparkline => kpi("Sparkline", None, Height::Fixed(44.0), 7.0),
            KpiView::Bullet => kpi("Bullet chart", None, Height::Fixed(124.0), 7.0),
            KpiView::Distribution => kpi(
                "Strip chart of every council",
                None,
                Height::Share { of_width: 0.4, least: 280.0, most: 360.0 },
                7.0,
            ),
            // Arrows move across the map, not along rows: no rows to name.
            KpiView::Map => kpi("Hex map of every council", None, MAP_HEIGHT, 7.0),
            // Not offered as a view of its own: drawn for each of a scorecard's tiles, its words HTML.
            KpiView::Tile => kpi("Scorecard tile", None, Height::Fixed(crate::scene::kpi::tile::SCREEN_HEIGHT), 7.0),
        }
    }
}

impl Registered for JudgementView {
    const KIND: Kind = Kind::Judgement;
    const ALL: &'static [Self] =
        &[JudgementView::Grid, JudgementView::Journey, JudgementView::National, JudgementView::Map];
    fn spec(self) -> ViewSpec {
        let judgement = |words| line(self, Kind::Judgement, words, Some("areas"), Height::FromData, 7.0);
        match self {
            JudgementView::Grid => judgement("Grid of inspection grades"),
            JudgementView::Journey => judgement("Chart of inspection grades over time"),
            JudgementView::National => judgement("Bar chart of every council's grades"),
            JudgementView::Map => {
                line(self, Kind::Judgement, "Hex map of every council's grade", None, MAP_HEIGHT, 7.0)
            }
        }
    }
}

impl Registered for FundingView {
    const KIND: Kind = Kind::Funding;
    const ALL: &'static [Self] = &[FundingView::Stacked, FundingView::Waterfall, FundingView::Lines];
    fn spec(self) -> ViewSpec {
        let funding = |words, rows, height| line(self, Kind::Funding, words, rows, height, 9.5);
        match self {
            FundingView::Stacked => funding(
                "Stacked bar chart",
                Some("sections"),
                Height::Share { of_width: 0.55, least: 300.0, most: 460.0 },
            ),
            // The waterfall's bars are one row, walked by Left and Right (and Home and End).
            FundingView::Waterfall => funding("Waterfall chart", None, Height::FromData),
            FundingView::Lines => funding("Bar chart of two columns, line by line", Some("sections"), Height::FromData),
        }
    }
}

impl Registered for ScorecardView {
    const KIND: Kind = Kind::Scorecard;
    const ALL: &'static [Self] = &[ScorecardView::Tiles, ScorecardView::Spine, ScorecardView::Compare];
    fn spec(self) -> ViewSpec {
        match self {
            // A list of KPI charts of the tile view, each its own figure: the list has no
            // canvas, no words of its own and no rows.
            ScorecardView::Tiles => line(self, Kind::Scorecard, "List of scorecard tiles", None, Height::FromData, 0.0),
            ScorecardView::Spine => {
                line(self, Kind::Scorecard, "Spine chart of every council", Some("indicators"), Height::FromData, 9.0)
            }
            ScorecardView::Compare => line(
                self,
                Kind::Scorecard,
                "Benchmarking table of the council and its statistical neighbours",
                Some("indicators"),
                Height::FromData,
                9.0,
            ),
        }
    }
}

/// Every view of every kind, kind by kind: the table the stylesheet's and the element's room,
/// the fuzz targets' views and the tests' lists of views all come from.
pub fn views() -> Vec<ViewSpec> {
    fn of<V: Registered>() -> impl Iterator<Item = ViewSpec> {
        V::ALL.iter().map(|v| v.spec())
    }
    of::<KpiView>().chain(of::<JudgementView>()).chain(of::<FundingView>()).chain(of::<ScorecardView>()).collect()
}
