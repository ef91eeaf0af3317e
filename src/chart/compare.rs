//! The compare view: a scorecard drawn as one benchmarking table, the council beside its
//! statistical neighbours, their mean, the region and England on every indicator
//! (`kpiScorecard(el, items, { view: "compare", neighbours })`). Its items are read as the
//! spine's are; then each row's numbers once, here. It is one picture, so it downloads,
//! copies and prints whole, with one data table of every figure.

use super::options::{read_options, Options};
use super::scorecard::{read_items, read_options as read_scorecard};
use super::views::Registered;
use super::{Chart, Laid, ViewLayout};
use crate::error::ChartError;
use crate::interact::sound::Melody;
use crate::interact::Tooltip;
use crate::model::kpi::compare::{Column, CompareTable};
use crate::model::shapes::results::{ScorecardSummary, Summary};
use crate::model::titles::Titles;
use crate::model::view::ScorecardView;
use crate::model::{Json, Node};
use crate::scene::compare::{compare, compare_layout};
use crate::scene::header::Heading;
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

pub struct CompareChart {
    pub table: CompareTable,
    titles: Titles,
    options: Options,
}

impl CompareChart {
    pub fn read(data: &Json, options: &Json) -> Result<CompareChart, ChartError> {
        let scorecard = read_scorecard(options)?;
        let (parsed, _) = read_options::<ScorecardView>(options)?;
        let items = read_items(data, &scorecard)?;
        let table = CompareTable::new(items.into_iter().map(|item| item.chart.kpi).collect(), scorecard.compare_by);
        let titles = compare_titles(&Node::named(options, "options"), &table)?;
        let titles = titles.with_context(parsed.accessed.clone());
        Ok(CompareChart { table, titles, options: parsed })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(CompareChart::read(data, options)?))
    }
}

/// `options.title`, or a title from the council's name.
fn compare_titles(options: &Node, table: &CompareTable) -> Result<Titles, ChartError> {
    let heads = &table.heads;
    super::scorecard::one_chart_titles(options, table.rows.iter().map(|(kpi, _)| kpi), || {
        match heads.neighbours.len() {
            0 => format!("{} against {}", heads.council, heads.england),
            _ => format!("{} beside its statistical neighbours", heads.council),
        }
    })
}

impl Chart for CompareChart {
    fn options(&self) -> &Options {
        &self.options
    }
    fn titles(&self) -> &Titles {
        &self.titles
    }
    fn lay_out(&self, width: f64, measure: &dyn TextMeasure) -> Laid {
        let layout =
            compare_layout(&words::compare::lines(&self.table), &words::compare::heads(&self.table), width, measure);
        // Every row is drawn whole: the rows set the height, never `options.height`.
        Laid { height: layout.height, layout: ViewLayout::Compare(layout) }
    }
    fn scene_from(&self, frame: Frame, laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        let lines = words::compare::lines(&self.table);
        let heads = words::compare::heads(&self.table);
        let made;
        let layout = match laid.compare() {
            Some(layout) => layout,
            None => {
                made = compare_layout(&lines, &heads, frame.width, measure);
                &made
            }
        };
        compare(&lines, &heads, layout, Heading::plain(&self.titles), frame, theme, measure)
    }
    fn cuts(&self, laid: &Laid) -> Vec<f64> {
        laid.compare().map(|layout| layout.cuts()).unwrap_or_default()
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        let Datum::CompareCell { row, column } = datum else { return None };
        words::compare::tooltip(&self.table, row, column)
    }
    fn describe(&self) -> String {
        words::compare::describe(&self.table)
    }
    fn summary(&self) -> Summary {
        let indicators = self.table.rows.iter().map(|(kpi, _)| words::summary::kpi_summary(kpi)).collect();
        Summary::Scorecard(ScorecardSummary { indicators })
    }
    fn to_csv(&self) -> String {
        crate::export::compare::compare_csv(&self.table)
    }
    fn table(&self) -> crate::export::table::DataTable {
        crate::export::compare::compare_table(&self.table)
    }
    fn kind_words(&self) -> &'static str {
        ScorecardView::Compare.spec().kind_words
    }
    fn start_datum(&self) -> Option<Datum> {
        self.table.rows.first()?;
        let column = self.table.columns().iter().position(|c| *c == Column::Council)?;
        Some(Datum::CompareCell { row: 0, column })
    }
    fn rows(&self) -> Option<&'static str> {
        ScorecardView::Compare.spec().rows.filter(|_| self.table.rows.len() > 1)
    }
    fn melody(&self, _cursor: Option<Datum>, _benchmarks: bool) -> Option<Melody> {
        // Each row has its own unit; there is no one line to play.
        None
    }
}
