//! The views each chart kind offers, read once from `options.view` with the rest of the input:
//! a typed value every later stage matches exhaustively, so a new view cannot fall silently
//! into a default arm, and a misspelt one is an error naming `options.view`.

use crate::error::ChartError;
use crate::model::input::node::Node;

/// A kind's views: the ones a page may ask for (the first is the default) and their names.
pub trait View: Copy + PartialEq + std::fmt::Debug + 'static {
    const OFFERED: &'static [Self];
    const DEFAULT: Self;
    fn name(self) -> &'static str;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KpiView {
    Line,
    Sparkline,
    Bullet,
    Distribution,
    /// A scorecard's tile: drawn for `kpiScorecard`, not offered as a view of its own.
    Tile,
}

/// A scorecard's views: a tile per indicator, or a spine chart (a row per indicator, each
/// placed among every council's figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScorecardView {
    Tiles,
    Spine,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JudgementView {
    Grid,
    Journey,
    National,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundingView {
    Stacked,
    Waterfall,
    Lines,
}

impl View for KpiView {
    const OFFERED: &'static [Self] = &[KpiView::Line, KpiView::Sparkline, KpiView::Bullet, KpiView::Distribution];
    const DEFAULT: Self = KpiView::Line;
    fn name(self) -> &'static str {
        match self {
            KpiView::Line => "line",
            KpiView::Sparkline => "sparkline",
            KpiView::Bullet => "bullet",
            KpiView::Distribution => "distribution",
            KpiView::Tile => "tile",
        }
    }
}

impl View for ScorecardView {
    const OFFERED: &'static [Self] = &[ScorecardView::Tiles, ScorecardView::Spine];
    const DEFAULT: Self = ScorecardView::Tiles;
    fn name(self) -> &'static str {
        match self {
            ScorecardView::Tiles => "tiles",
            ScorecardView::Spine => "spine",
        }
    }
}

impl View for JudgementView {
    const OFFERED: &'static [Self] = &[JudgementView::Grid, JudgementView::Journey, JudgementView::National];
    const DEFAULT: Self = JudgementView::Grid;
    fn name(self) -> &'static str {
        match self {
            JudgementView::Grid => "grid",
            JudgementView::Journey => "journey",
            JudgementView::National => "national",
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
