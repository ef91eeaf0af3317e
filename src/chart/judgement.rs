//! The judgement chart: a checked table of inspection grades, as a grid or as a journey.

use super::options::{read_options, Options};
use super::Chart;
use crate::error::ChartError;
use crate::interact::sound::{Melody, Voice};
use crate::interact::Tooltip;
use crate::model::json::looks_like_csv;
use crate::model::judgement::Judgements;
use crate::model::judgement_csv::read_csv;
use crate::model::{Json, Node};
use crate::scene::judgement_grid::{grid_height, judgement_grid};
use crate::scene::judgement_journey::{journey_height, judgement_journey};
use crate::scene::judgement_national::{judgement_national, national_height};
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

const VIEWS: &[&str] = &["grid", "journey", "national"];

#[derive(Debug, Clone, PartialEq)]
pub struct JudgementChart {
    pub judgements: Judgements,
    pub options: Options,
}

impl JudgementChart {
    pub fn read(data: &Json, options: &Json) -> Result<JudgementChart, ChartError> {
        let parsed = read_options(options, VIEWS, &[])?;
        let judgements = match data {
            Json::String(text) if looks_like_csv(text) => read_csv(text, options)?,
            _ => Judgements::read(&Node::data(data))?,
        };
        let options = parsed;
        if options.view == "national" && judgements.national.is_none() {
            return Err(ChartError::new(
                "options.view",
                "the \"national\" view needs every council's judgements: give Ofsted's local authority inspection outcomes table (a sheet saved as CSV) with options.council",
            ));
        }
        if options.view != "national" && judgements.national.as_ref().is_some_and(|n| n.region.is_some()) {
            return Err(ChartError::new(
                "options.byRegion",
                "groups the \"national\" view by region; give it with view: \"national\"",
            ));
        }
        Ok(JudgementChart { judgements, options })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(JudgementChart::read(data, options)?))
    }
}

impl Chart for JudgementChart {
    fn kind_words(&self) -> &'static str {
        match self.options.view {
            "journey" => "Chart of inspection grades over time",
            "national" => "Bar chart of every council's grades",
            _ => "Grid of inspection grades",
        }
    }
    fn melody(&self, cursor: Option<Datum>, benchmarks: bool) -> Option<Melody> {
        let j = &self.judgements;
        // The area the cursor is on (in the grid and journey, its group), else the first; the
        // best grade highest in pitch.
        let first =
            cursor.map(|d| d.group).filter(|g| self.options.view != "national" && *g < j.areas.len()).unwrap_or(0);
        let best = j.scale.len().saturating_sub(1) as f64;
        let voice = |i: usize| {
            j.areas.get(i).map(|a| Voice {
                name: a.name.clone(),
                values: a.grades.iter().map(|g| g.map(|rank| best - rank as f64)).collect(),
            })
        };
        let others = (0..j.areas.len()).filter(|i| benchmarks && *i != first);
        Some(Melody {
            voices: std::iter::once(first).chain(others).filter_map(voice).collect(),
            reference: None,
            what: "grade",
        })
    }
    fn options(&self) -> &Options {
        &self.options
    }
    fn title(&self) -> &str {
        &self.judgements.title
    }
    fn subtitle(&self) -> Option<&str> {
        self.judgements.subtitle.as_deref()
    }
    fn source(&self) -> Option<&str> {
        self.judgements.source.as_deref()
    }
    fn preferred_height(&self, width: f64, measure: &dyn TextMeasure) -> f64 {
        let needed = match self.options.view {
            "journey" => journey_height(&self.judgements, width, measure),
            // The legend's height depends on its words, not its colours: any theme measures it.
            "national" => national_height(&self.judgements, width, &Theme::default(), measure),
            _ => grid_height(&self.judgements, width, measure),
        };
        self.options.height.unwrap_or(needed)
    }
    fn scene(&self, frame: Frame, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        match self.options.view {
            "journey" => judgement_journey(&self.judgements, frame, theme, measure),
            "national" => judgement_national(&self.judgements, frame, theme, measure),
            _ => judgement_grid(&self.judgements, frame, theme, measure),
        }
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        match self.options.view {
            "national" => words::judgement_national::tooltip(&self.judgements, datum),
            _ => words::judgement::tooltip(&self.judgements, datum),
        }
    }
    fn describe(&self) -> String {
        match self.options.view {
            "national" => words::judgement_national::describe(&self.judgements),
            _ => words::judgement::describe(&self.judgements),
        }
    }
    fn to_csv(&self) -> String {
        crate::export::csv::judgement_csv(&self.judgements)
    }
    fn table(&self) -> crate::export::table::DataTable {
        match self.options.view {
            "national" => words::judgement_national::table(&self.judgements),
            _ => crate::export::table::judgement_table(&self.judgements),
        }
    }
}
