//! The spine: a scorecard drawn as one chart, a row per indicator placed among every council's
//! figures (`kpiScorecard(el, items, { view: "spine" })`). Its items are read as the tiles'
//! are (each with options of its own, a file shared by several parsed once); then each row's
//! numbers once, here. It is one picture, so it downloads, copies and prints whole, with one
//! data table of every indicator.

use super::options::{read_options, Options};
use super::scorecard::{read_items, read_options as read_scorecard};
use super::views::Registered;
use super::{Chart, Laid, ViewLayout};
use crate::error::ChartError;
use crate::interact::sound::Melody;
use crate::interact::Tooltip;
use crate::model::kpi::spine::{Indicator, SpineMark};
use crate::model::shapes::results::{ScorecardSummary, Summary};
use crate::model::titles::Titles;
use crate::model::view::ScorecardView;
use crate::model::{Json, Node};
use crate::scene::header::Heading;
use crate::scene::spine::{spine, spine_layout};
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

pub struct SpineChart {
    pub indicators: Vec<Indicator>,
    titles: Titles,
    options: Options,
}

impl SpineChart {
    pub fn read(data: &Json, options: &Json) -> Result<SpineChart, ChartError> {
        let scorecard = read_scorecard(options)?;
        let (parsed, _) = read_options::<ScorecardView>(options)?;
        let items = read_items(data, &scorecard)?;
        let indicators: Vec<Indicator> = items.into_iter().map(|item| Indicator::new(item.chart.kpi)).collect();
        let titles = spine_titles(&Node::named(options, "options"), &indicators)?;
        let context = compared_with(&indicators).into_iter().chain(parsed.accessed.clone());
        Ok(SpineChart { indicators, titles: titles.with_context(context), options: parsed })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(SpineChart::read(data, options)?))
    }
}

/// `options.title`, or a title from the council's name and the count.
fn spine_titles(options: &Node, indicators: &[Indicator]) -> Result<Titles, ChartError> {
    let n = indicators.len();
    let council = words::spine::heads(indicators).council;
    super::scorecard::one_chart_titles(options, indicators.iter().map(|i| &i.kpi), || match (council.as_str(), n) {
        ("Council", 1) => "1 indicator against every council".to_owned(),
        ("Council", _) => format!("{n} indicators against every council"),
        (name, 1) => format!("Where {name} stands on 1 indicator"),
        (name, _) => format!("Where {name} stands on {n} indicators"),
    })
}

/// What the bars were compared with: "Compared with the 152 councils with a figure in each
/// row's period", or the range where rows differ.
fn compared_with(indicators: &[Indicator]) -> Option<String> {
    let counts: Vec<usize> = indicators.iter().filter_map(|i| i.row.bar.as_ref().ok().map(|b| b.count)).collect();
    let (low, high) = (counts.iter().min()?, counts.iter().max()?);
    let councils = if low == high { format!("the {low} councils") } else { format!("the {low} to {high} councils") };
    Some(format!("Each bar compares {councils} with a figure in its row's period"))
}

impl Chart for SpineChart {
    fn options(&self) -> &Options {
        &self.options
    }
    fn titles(&self) -> &Titles {
        &self.titles
    }
    fn lay_out(&self, width: f64, measure: &dyn TextMeasure) -> Laid {
        let lines = words::spine::lines(&self.indicators);
        let layout = spine_layout(&lines, &words::spine::heads(&self.indicators), width, measure);
        // Every row is drawn whole: the rows set the height, never `options.height`.
        Laid { height: layout.height, layout: ViewLayout::Spine(layout) }
    }
    fn scene_from(&self, frame: Frame, laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        let lines = words::spine::lines(&self.indicators);
        let heads = words::spine::heads(&self.indicators);
        let made;
        let layout = match laid.spine() {
            Some(layout) => layout,
            None => {
                made = spine_layout(&lines, &heads, frame.width, measure);
                &made
            }
        };
        spine(&lines, &heads, layout, Heading::plain(&self.titles), frame, theme, measure)
    }
    fn cuts(&self, laid: &Laid) -> Vec<f64> {
        laid.spine().map(|layout| layout.cuts()).unwrap_or_default()
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        let Datum::SpineMark { row, mark } = datum else { return None };
        words::spine::tooltip(self.indicators.get(row)?, mark)
    }
    fn describe(&self) -> String {
        words::spine::describe(&self.indicators)
    }
    fn summary(&self) -> Summary {
        let indicators = self.indicators.iter().map(|i| words::summary::kpi_summary(&i.kpi)).collect();
        Summary::Scorecard(ScorecardSummary { indicators })
    }
    fn to_csv(&self) -> String {
        crate::export::spine::spine_csv(&self.indicators)
    }
    fn table(&self) -> crate::export::table::DataTable {
        crate::export::spine::spine_table(&self.indicators)
    }
    fn kind_words(&self) -> &'static str {
        ScorecardView::Spine.spec().kind_words
    }
    fn start_datum(&self) -> Option<Datum> {
        let first = self.indicators.first()?;
        let mark = first.row.marks().iter().position(|(mark, _)| *mark == SpineMark::Council)?;
        Some(Datum::SpineMark { row: 0, mark })
    }
    fn rows(&self) -> Option<&'static str> {
        ScorecardView::Spine.spec().rows.filter(|_| self.indicators.len() > 1)
    }
    fn melody(&self, _cursor: Option<Datum>, _benchmarks: bool) -> Option<Melody> {
        // Each row has its own unit; there is no one line to play.
        None
    }
}
