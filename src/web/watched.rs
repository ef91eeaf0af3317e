//! A chart as the page's shared watches see it (the one ResizeObserver, the colour-scheme
//! queries and printing), and how they redraw many charts at once: in passes, every chart read
//! from the page before any chart changes it. Reading a width lays the page out, and reading a
//! theme works out its style, if anything changed since the last read; drawing a chart changes
//! the page. Read and drawn chart by chart, five scorecards of 200 tiles took 6 to 10 seconds
//! to follow a narrower window, 7 to 11 to start printing and 10 to 11 to turn dark; read in
//! passes, 0.6, 0.7 and 1.6 at most (2026-12-08; BENCHMARKS.md, "Many charts follow the page").

use std::rc::Rc;

use crate::scene::Theme;

/// What happened on the page.
#[derive(Clone, Copy)]
pub enum PageEvent {
    /// The reader switched to or from dark colours or forced colours.
    Scheme,
    /// The page is about to print, or has printed.
    Print { before: bool },
}

pub trait Watched {
    /// The width to draw at, read from the page; `None` when the chart is busy or gone.
    fn measure(&self) -> Option<f64>;
    /// Draws at `width` (`force`: even at the size it has).
    fn draw(&self, width: f64, force: bool);
    /// What `event` changes for the chart, read from the page: its theme, when the colours
    /// change and the page gives it another.
    fn read(&self, event: PageEvent) -> Option<Theme>;
    /// Applies `event`, with what `read` found, all but the drawing; returns whether the chart
    /// must be drawn again.
    fn apply(&self, event: PageEvent, theme: Option<Theme>) -> bool;
}

/// Measures every one of `charts`, then draws each at its width.
pub fn redraw_all(charts: &[Rc<dyn Watched>], force: bool) {
    let mut widths = Vec::with_capacity(charts.len());
    for chart in charts {
        widths.push(chart.measure());
    }
    for (chart, width) in charts.iter().zip(widths) {
        if let Some(width) = width {
            chart.draw(width, force);
        }
    }
}
