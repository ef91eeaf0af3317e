//! The views each chart kind offers, read once from `options.view` with the rest of the input:
//! a typed value every later stage matches exhaustively, so a new view cannot fall silently
//! into a default arm, and a misspelt one is an error naming `options.view`. The same enums are
//! the typed shapes' `view` (serde, and the TypeScript written from them), and each has one
//! line in the table of views (`chart::views`), matched exhaustively.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ChartError;
use crate::model::input::node::Node;

/// A kind's views: the ones a page may ask for (the first is the default) and their names.
pub trait View: Copy + PartialEq + std::fmt::Debug + 'static {
    const OFFERED: &'static [Self];
    const DEFAULT: Self;
    fn name(self) -> &'static str;
}

/// A KPI chart's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum KpiView {
    /// A line over time (the default).
    Line,
    /// A word-sized line.
    Sparkline,
    /// The latest figure against its target and bands.
    Bullet,
    /// Every council's figure, the council's own marked.
    Distribution,
    /// England's councils as hexes, each coloured by its band or value.
    Map,
    /// A scorecard's tile: drawn for `kpiScorecard`, not offered as a view of its own.
    #[serde(skip)]
    Tile,
}

/// How a scorecard is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ScorecardView {
    /// A tile per KPI.
    Tiles,
    /// One spine chart of every KPI among all councils.
    Spine,
    /// A benchmarking table: each KPI's council beside its statistical neighbours, their
    /// mean, the region and England.
    Compare,
}

/// A judgement chart's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum JudgementView {
    /// A grid of grades (the default).
    Grid,
    /// Each area's journey across inspections.
    Journey,
    /// Every council's latest judgement, the council's own marked.
    National,
    /// England's councils as hexes, each coloured by its latest overall effectiveness.
    Map,
}

/// How a map colours its councils (`options.mapColour`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum MapColour {
    /// By quartile band among all councils, A (the best quarter) to D: LAIT's way (the default).
    Band,
    /// By value, in five classes of about as many councils each.
    Value,
}

/// How the compare view shades a cell (`options.compareBy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum CompareBy {
    /// By the council's quartile band among all councils, A (the best quarter) to D (the default).
    Band,
    /// By whether it is better, similar or worse than England: by the 95% interval where the
    /// figure has one, else by the figure.
    England,
}

/// A funding chart's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FundingView {
    /// Stacked bars per column (the default).
    Stacked,
    /// A waterfall from one column to another.
    Waterfall,
    /// Line by line.
    Lines,
}

impl View for KpiView {
    const OFFERED: &'static [Self] =
        &[KpiView::Line, KpiView::Sparkline, KpiView::Bullet, KpiView::Distribution, KpiView::Map];
    const DEFAULT: Self = KpiView::Line;
    fn name(self) -> &'static str {
        match self {
            KpiView::Line => "line",
            KpiView::Sparkline => "sparkline",
            KpiView::Bullet => "bullet",
            KpiView::Distribution => "distribution",
            KpiView::Map => "map",
            KpiView::Tile => "tile",
        }
    }
}

impl View for ScorecardView {
    const OFFERED: &'static [Self] = &[ScorecardView::Tiles, ScorecardView::Spine, ScorecardView::Compare];
    const DEFAULT: Self = ScorecardView::Tiles;
    fn name(self) -> &'static str {
        match self {
            ScorecardView::Tiles => "tiles",
            ScorecardView::Spine => "spine",
            ScorecardView::Compare => "compare",
        }
    }
}

impl View for JudgementView {
    const OFFERED: &'static [Self] =
        &[JudgementView::Grid, JudgementView::Journey, JudgementView::National, JudgementView::Map];
    const DEFAULT: Self = JudgementView::Grid;
    fn name(self) -> &'static str {
        match self {
            JudgementView::Grid => "grid",
            JudgementView::Journey => "journey",
            JudgementView::National => "national",
            JudgementView::Map => "map",
        }
    }
}

impl View for FundingView {
    const OFFERED: &'static [Self] = &[FundingView::Stacked, FundingView::Waterfall, FundingView::Lines];
    const DEFAULT: Self = FundingView::Stacked;
    fn name(self) -> &'static str {
        match self {
            FundingView::Stacked => "stacked",
            FundingView::Waterfall => "waterfall",
            FundingView::Lines => "lines",
        }
    }
}

macro_rules! display_by_name {
    ($($view:ty),*) => {$(
        impl std::fmt::Display for $view {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    )*};
}
display_by_name!(KpiView, ScorecardView, JudgementView, FundingView);

/// `options.view` (options may be `null`), or the kind's default.
pub fn read_view<V: View>(options: &Node) -> Result<V, ChartError> {
    if options.is_null() {
        return Ok(V::DEFAULT);
    }
    let Some(node) = options.object()?.optional("view") else { return Ok(V::DEFAULT) };
    let asked = node.string()?;
    V::OFFERED.iter().copied().find(|v| v.name() == asked).ok_or_else(|| {
        let names: Vec<String> = V::OFFERED.iter().map(|v| format!("\"{}\"", v.name())).collect();
        node.expected(&format!("one of {}", names.join(", ")))
    })
}
