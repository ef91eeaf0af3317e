//! The scorecard views drawn as one chart, a row per indicator (the spine, the compare view),
//! each by its builder; the tiles are a chart each. Apart from `scorecard`, which those
//! charts read their items with, so that neither file reaches the other.

use crate::error::ChartError;
use crate::model::view::ScorecardView;
use crate::model::Json;

/// Builds one chart of a scorecard's items and options, checked.
pub type Build = fn(&Json, &Json) -> Result<Box<dyn super::Chart>, ChartError>;

/// The builder of a scorecard view drawn as one chart (a row per indicator), or `None` for
/// the tiles, which are a chart each.
pub fn one_chart(view: ScorecardView) -> Option<Build> {
    match view {
        ScorecardView::Tiles => None,
        ScorecardView::Spine => Some(super::spine::SpineChart::build),
        ScorecardView::Compare => Some(super::compare::CompareChart::build),
    }
}
