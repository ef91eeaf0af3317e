//! A chart laid out at one width, so that sizing the canvas and drawing the scene share one
//! layout instead of each working it out (the judgement grid and the waterfall measure and
//! wrap every name to find their height).

use crate::scene::compare::CompareLayout;
use crate::scene::funding::waterfall::WaterfallLayout;
use crate::scene::judgement::grid::GridLayout;
use crate::scene::spine::SpineLayout;

pub struct Laid {
    pub height: f64,
    pub layout: ViewLayout,
}

/// What the scene is drawn from, for the views whose height comes from laying them out.
pub enum ViewLayout {
    /// The view lays itself out as it draws (its height is a rule of its width).
    AsDrawn,
    Grid(GridLayout),
    Waterfall(WaterfallLayout),
    Spine(SpineLayout),
    Compare(CompareLayout),
}

impl Laid {
    /// A view whose height does not come from a layout.
    pub fn as_drawn(height: f64) -> Laid {
        Laid { height, layout: ViewLayout::AsDrawn }
    }

    /// The grid's layout, if this is one; the scene checks it fits its frame.
    pub fn grid(&self) -> Option<&GridLayout> {
        match &self.layout {
            ViewLayout::Grid(grid) => Some(grid),
            _ => None,
        }
    }

    /// The waterfall's layout, if this is one; the scene checks it fits its frame.
    pub fn waterfall(&self) -> Option<&WaterfallLayout> {
        match &self.layout {
            ViewLayout::Waterfall(waterfall) => Some(waterfall),
            _ => None,
        }
    }

    /// The spine's layout, if this is one.
    pub fn spine(&self) -> Option<&SpineLayout> {
        match &self.layout {
            ViewLayout::Spine(spine) => Some(spine),
            _ => None,
        }
    }

    /// The compare view's layout, if this is one.
    pub fn compare(&self) -> Option<&CompareLayout> {
        match &self.layout {
            ViewLayout::Compare(compare) => Some(compare),
            _ => None,
        }
    }
}
