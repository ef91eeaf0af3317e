//! The judgement chart: a checked table of inspection grades, as a grid or as a journey.

use super::options::{read_options, Options};
use super::views::Registered;
use super::Chart;
use super::{Laid, ViewLayout};
use crate::error::ChartError;
use crate::interact::sound::{Melody, Voice};
use crate::interact::Tooltip;
use crate::model::judgement::map::JudgementMap;
use crate::model::judgement::Judgements;
use crate::model::titles::Titles;
use crate::model::view::JudgementView;
use crate::model::Json;
use crate::scene::judgement::grid::{grid_layout, judgement_grid};
use crate::scene::judgement::journey::{journey_height, judgement_journey};
use crate::scene::judgement::national::{judgement_national, national_height};
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

#[derive(Debug, Clone, PartialEq)]
pub struct JudgementChart {
    pub judgements: Judgements,
    pub options: Options,
    pub view: JudgementView,
    /// Every council's latest grade on the map, for the map view.
    pub map: Option<JudgementMap>,
}

impl JudgementChart {
    pub fn read(data: &Json, options: &Json) -> Result<JudgementChart, ChartError> {
        let (parsed, view) = read_options::<JudgementView>(options)?;
        let mut judgements = crate::model::input::read_judgements(data, options)?;
        let options = parsed;
        if matches!(view, JudgementView::National | JudgementView::Map) && judgements.national.is_none() {
            return Err(ChartError::new(
                "options.view",
                format!("the \"{}\" view needs every council's judgements: give Ofsted's local authority inspection outcomes table (a sheet saved as CSV) with options.council", crate::model::view::View::name(view)),
            ));
        }
        if view != JudgementView::National && judgements.national.as_ref().is_some_and(|n| n.region.is_some()) {
            return Err(ChartError::new(
                "options.byRegion",
                "groups the \"national\" view by region; give it with view: \"national\"",
            ));
        }
        judgements.titles = judgements.titles.with_context(options.accessed.clone());
        let map = match view {
            JudgementView::Map => Some(checked_map(&judgements)?),
            _ => None,
        };
        Ok(JudgementChart { judgements, options, view, map })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(JudgementChart::read(data, options)?))
    }
}

/// The judgement map, or why it cannot be drawn: too few of the table's councils are England's
/// councils of today (placed by "Local authority area code", else by name).
fn checked_map(judgements: &Judgements) -> Result<JudgementMap, ChartError> {
    let map = JudgementMap::of(judgements);
    match map {
        Some(map) if map.graded >= crate::model::kpi::councils::MIN_RANKED => Ok(map),
        _ => Err(ChartError::new(
            "options.view",
            "the \"map\" view places councils by \"Local authority area code\" (\"E08000035\") or name, and fewer than 10 of this table's councils are on England's map of 2023",
        )),
    }
}

impl Chart for JudgementChart {
    fn start_datum(&self) -> Option<Datum> {
        // A map's first key lands on the council's own hex.
        let map = self.map.as_ref()?;
        let index = map.ours?;
        let council = map.councils.get(index)?;
        Some(Datum::Hex { index, region: council.hex.region, ranked: council.grade.is_some() })
    }
    fn rows(&self) -> Option<&'static str> {
        self.view.spec().rows
    }
    fn kind_words(&self) -> &'static str {
        self.view.spec().kind_words
    }
    fn melody(&self, cursor: Option<Datum>, benchmarks: bool) -> Option<Melody> {
        let j = &self.judgements;
        // The area the cursor is on (a cell of the grid or journey), else the first; the best
        // grade highest in pitch.
        let first = match cursor {
            Some(Datum::Cell { area, .. }) if area < j.areas().len() => area,
            _ => 0,
        };
        let best = j.scale.len().saturating_sub(1) as f64;
        let voice = |i: usize| {
            j.areas().get(i).map(|a| Voice {
                name: a.name.clone(),
                values: a.grades().iter().map(|g| g.map(|rank| best - rank as f64)).collect(),
            })
        };
        let others = (0..j.areas().len()).filter(|i| benchmarks && *i != first);
        Some(Melody {
            voices: std::iter::once(first).chain(others).filter_map(voice).collect(),
            reference: None,
            what: "grade",
        })
    }
    fn options(&self) -> &Options {
        &self.options
    }
    fn titles(&self) -> &Titles {
        &self.judgements.titles
    }
    fn lay_out(&self, width: f64, measure: &dyn TextMeasure) -> Laid {
        let (needed, layout) = match self.view {
            JudgementView::Journey => (journey_height(&self.judgements, width, measure), ViewLayout::AsDrawn),
            // The legend's height depends on its words, not its colours: any theme measures it.
            JudgementView::National => {
                (national_height(&self.judgements, width, &Theme::default(), measure), ViewLayout::AsDrawn)
            }
            JudgementView::Map => {
                let natural = self.view.spec().height.at(width).unwrap_or(width);
                (natural, ViewLayout::AsDrawn)
            }
            JudgementView::Grid => {
                let grid = grid_layout(&self.judgements, width, measure);
                (grid.height(), ViewLayout::Grid(grid))
            }
        };
        Laid { height: self.options.height.unwrap_or(needed), layout }
    }
    fn scene_from(&self, frame: Frame, laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        let j = &self.judgements;
        match self.view {
            JudgementView::Journey => judgement_journey(j, frame, theme, measure),
            JudgementView::National => judgement_national(j, frame, theme, measure),
            JudgementView::Grid => judgement_grid(j, laid.grid(), frame, theme, measure),
            JudgementView::Map => match &self.map {
                Some(map) => crate::scene::judgement::map::judgement_map(j, map, frame, theme, measure),
                None => Scene::new(frame),
            },
        }
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        match self.view {
            JudgementView::National => words::judgement_national::tooltip(&self.judgements, datum),
            JudgementView::Map => match datum {
                Datum::Hex { index, .. } => words::judgement_map::tooltip(&self.judgements, self.map.as_ref()?, index),
                _ => None,
            },
            JudgementView::Grid | JudgementView::Journey => words::judgement::tooltip(&self.judgements, datum),
        }
    }
    fn step_words(&self, datum: Datum, from: Option<Datum>) -> Option<String> {
        if let (Datum::Hex { index, .. }, Some(map)) = (datum, &self.map) {
            return words::judgement_map::step(&self.judgements, map, index);
        }
        let tip = self.tooltip(datum)?;
        let (first, rest) = tip.lines.split_first()?;
        // The grade (or the count) first; the area's name, and in the national view the
        // council's own grade, only on entering an area: not on every step along it.
        let entered = from.is_none_or(|f| f.row() != datum.row());
        let mut words = vec![first.clone()];
        if self.view == JudgementView::National {
            if entered {
                words.push(tip.heading);
                words.extend(rest.iter().cloned());
            }
        } else {
            words.extend(rest.iter().cloned());
            if entered {
                words.push(tip.heading);
            }
        }
        Some(words.join(", "))
    }
    fn summary(&self) -> crate::model::shapes::results::Summary {
        crate::model::shapes::results::Summary::Judgement(match &self.map {
            Some(map) => words::judgement_map::summary(&self.judgements, map),
            None => words::summary::judgement_summary(&self.judgements),
        })
    }
    fn describe(&self) -> String {
        match self.view {
            JudgementView::National => words::judgement_national::describe(&self.judgements),
            JudgementView::Map => match &self.map {
                Some(map) => words::judgement_map::describe(&self.judgements, map),
                None => words::judgement_national::describe(&self.judgements),
            },
            JudgementView::Grid | JudgementView::Journey => words::judgement::describe(&self.judgements),
        }
    }
    fn to_csv(&self) -> String {
        match &self.map {
            Some(map) => crate::export::map::judgement_map_csv(&self.judgements, map),
            None => crate::export::csv::judgement_csv(&self.judgements),
        }
    }
    fn table(&self) -> crate::export::table::DataTable {
        match self.view {
            JudgementView::National => crate::export::national::table(&self.judgements),
            JudgementView::Map => match &self.map {
                Some(map) => crate::export::map::judgement_map_table(&self.judgements, map),
                None => crate::export::national::table(&self.judgements),
            },
            JudgementView::Grid | JudgementView::Journey => crate::export::table::judgement_table(&self.judgements),
        }
    }
}
