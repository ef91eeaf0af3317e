//! What every chart kind offers, whatever it draws. The web layer holds a `Box<dyn Chart>`
//! and never needs to know which kind it is; a new kind implements this trait and gets
//! mounting, resizing, hover, export and destroy for free.

pub mod compare;
pub mod funding;
pub mod judgement;
pub mod kpi;
pub mod one_chart;
pub mod options;
pub mod picture;
pub mod scorecard;
pub mod spine;
pub mod views;

mod laid;

pub use laid::{Laid, ViewLayout};

use crate::interact::sound::Melody;
use crate::interact::Tooltip;
use crate::model::Json;
use crate::scene::{Datum, Frame, Scene, Shape, TextMeasure, Theme};

/// A series the reader may show or hide with the legend's buttons.
pub struct Toggle {
    pub label: String,
    /// A sample of how it is drawn, in a box `kpi_line::SAMPLE_WIDTH` by `SAMPLE_HEIGHT`.
    pub sample: Vec<Shape>,
    pub shown: bool,
}
use crate::error::ChartError;

pub trait Chart {
    fn options(&self) -> &options::Options;
    fn titles(&self) -> &crate::model::titles::Titles;
    /// Lays the chart out at `width`, once per drawing: its height (`options.height`, or what
    /// the view needs) and what the scene is then drawn from.
    fn lay_out(&self, width: f64, measure: &dyn TextMeasure) -> Laid;
    /// The scene in `frame`, from `laid` (made by `lay_out` for the frame's width).
    fn scene_from(&self, frame: Frame, laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene;
    /// What a hovered or focused datum says; `None` for a datum this chart does not have.
    fn tooltip(&self, datum: Datum) -> Option<Tooltip>;
    /// What a keyboard step to `datum` says, from `from`, when it differs from its tooltip
    /// read out: the value first, and the row's name only when the step enters a new row.
    /// `None`: the tooltip as written.
    fn step_words(&self, _datum: Datum, _from: Option<Datum>) -> Option<String> {
        None
    }
    /// A plain-English summary of what the chart shows.
    fn describe(&self) -> String;
    /// The figures `describe()` speaks, as typed data.
    fn summary(&self) -> crate::model::shapes::results::Summary;
    /// The chart's data as CSV text.
    fn to_csv(&self) -> String;
    /// The chart's data as a table for people (a `<table>` on the page).
    fn table(&self) -> crate::export::table::DataTable;
    /// Notes the reader must see beside the chart, such as whether a funding plan adds up:
    /// real text under the canvas on screen, drawn in above the source in exports.
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }
    /// Where the picture laid out as `laid` may be cut across for printing, top to bottom
    /// (CSS px, from 0 to its height): between a spine's rows. Empty: never cut.
    fn cuts(&self, _laid: &Laid) -> Vec<f64> {
        Vec::new()
    }
    /// Series the reader may show and hide (none unless a kind has series to hide).
    fn toggles(&self, _theme: &Theme) -> Vec<Toggle> {
        Vec::new()
    }
    /// Shows or hides toggle `index` of `toggles()`; the next scene follows.
    fn set_shown(&mut self, _index: usize, _shown: bool) {}
    /// Whether the chart is word-sized (a scorecard tile): it keeps its data table for screen
    /// readers but offers no button to show it.
    fn word_sized(&self) -> bool {
        false
    }
    /// The height a picture leaving the page adds for words that are HTML on it (a scorecard
    /// tile's), worked out only for such a picture.
    fn words_above(&self, _width: f64, _measure: &dyn TextMeasure) -> f64 {
        0.0
    }
    /// A scorecard tile's words, which the page sets as text above the sparkline's canvas.
    fn tile_text(&self) -> Option<crate::scene::kpi::tile::TileText> {
        None
    }
    /// What kind of picture this is, for its short accessible name: "Line chart".
    fn kind_words(&self) -> &'static str;
    /// What Up and Down move between ("lines", "areas", "sections"), for the keys' sentence;
    /// `None` for a view of one row.
    fn rows(&self) -> Option<&'static str>;
    /// The row a reader's first key lands on (a datum's `row()`): the council's own line, where
    /// the chart draws one among others. `None`: the first row.
    fn start_row(&self) -> Option<(u8, usize)> {
        None
    }
    /// The datum a reader's first key lands on, where it is not the start row's first: a
    /// spine's council mark, not the worst council at the left of the bar.
    fn start_datum(&self) -> Option<Datum> {
        None
    }
    /// What "Play as sound" plays: the series the keyboard cursor is on (or the reader's own),
    /// followed by the others when `benchmarks` is asked for. `None` when nothing can play.
    fn melody(&self, cursor: Option<Datum>, benchmarks: bool) -> Option<Melody>;
}

/// Builds a chart of one kind from data and options; the web layer keeps this to `update`.
pub type Builder = fn(&Json, &Json) -> Result<Box<dyn Chart>, ChartError>;

/// Laying out and drawing in one call, for whoever wants a single scene (tests, the fuzz
/// harness, a chart's text boxes). Kept out of `Chart` itself so that it is not in every
/// chart's vtable: the WebAssembly carries it only where it is called.
pub trait OneScene: Chart {
    /// Height in CSS pixels to use for a given width.
    fn preferred_height(&self, width: f64, measure: &dyn TextMeasure) -> f64 {
        self.lay_out(width, measure).height
    }
    /// The scene in `frame`, laid out for it.
    fn scene(&self, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        self.scene_from(frame, &self.lay_out(frame.width, measure), theme, measure)
    }
}

impl<C: Chart + ?Sized> OneScene for C {}
