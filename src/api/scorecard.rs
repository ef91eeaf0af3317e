//! A scorecard: many KPIs at once, as tiles or as one spine chart.

use super::read::{options_text, shape};
use crate::chart::scorecard::{read_items, read_options};
use crate::error::ChartError;
use crate::model::kpi::Kpi;
use crate::model::shapes::results::{ScorecardSummary, Summary};
use crate::model::shapes::{ScorecardItem, ScorecardOptions};
use crate::model::Json;

/// Many KPIs at once: small multiples, one tile per indicator (the default), or one spine chart
/// of every indicator placed among all councils' figures (`"view": "spine"`); with
/// `"order": "exceptions"`, off target and worsening first. Each item is a KPI object, or
/// `{ "data": ..., "options": { ... } }` with a published file's text and options of its own.
///
/// ```
/// use council_charts::{Chart, Scorecard};
///
/// let items = r#"[
///   { "title": "Re-referrals", "unit": "%", "polarity": "lower-is-better", "target": 22,
///     "series": [{ "name": "Our council", "start": "2022", "values": [24, 21] }] },
///   { "title": "Agency staff", "unit": "%", "polarity": "lower-is-better", "target": 15,
///     "series": [{ "name": "Our council", "start": "2022", "values": [14, 17] }] } ]"#;
/// let scorecard = Scorecard::from_json(items, r#"{ "order": "exceptions" }"#)?;
/// assert!(scorecard.describe().contains("Agency staff"));
/// # Ok::<(), council_charts::ChartError>(())
/// ```
pub struct Scorecard {
    data: Json,
    options: Json,
    drawn: Drawing,
}

enum Drawing {
    Tiles(Vec<Kpi>),
    Spine(Box<dyn crate::chart::Chart>),
}

impl Scorecard {
    /// A scorecard from its items as JSON text (a list) and options as JSON text; `""` is no
    /// options. An item's data may be a published file's text, as in the JavaScript.
    ///
    /// # Errors
    /// A [`ChartError`](crate::ChartError) naming the item: `[2].series: ...`,
    /// `[3].options.indicator: ...`.
    pub fn from_json(items: &str, options: &str) -> Result<Scorecard, ChartError> {
        Scorecard::read(super::read::json_text(items)?, options_text(options)?)
    }

    /// A scorecard from the typed shapes, checked as JSON is.
    ///
    /// ```
    /// use council_charts::shapes::{ScorecardItem, ScorecardOptions, ScorecardView};
    /// use council_charts::{Chart, Scorecard};
    ///
    /// let items: Vec<ScorecardItem> = serde_json::from_str(r#"[
    ///   { "title": "Re-referrals", "series": [{ "name": "Our council", "start": "2023", "values": [24, 21] }] } ]"#).unwrap();
    /// let options = ScorecardOptions { view: Some(ScorecardView::Tiles), ..Default::default() };
    /// let scorecard = Scorecard::new(&items, &options)?;
    /// assert!(scorecard.to_svg(640.0).is_err(), "tiles are many pictures");
    /// # Ok::<(), council_charts::ChartError>(())
    /// ```
    ///
    /// # Errors
    /// What the same items as JSON would be refused with.
    pub fn new(items: &[ScorecardItem], options: &ScorecardOptions) -> Result<Scorecard, ChartError> {
        Scorecard::read(shape(&items, "data", false)?, shape(options, "options", true)?)
    }

    fn read(data: Json, options: Json) -> Result<Scorecard, ChartError> {
        let read = read_options(&options)?;
        let drawn = match crate::chart::one_chart::one_chart(read.view) {
            Some(build) => Drawing::Spine(build(&data, &options)?),
            None => {
                let items = crate::model::input::csv_rows::parsed_once(|| read_items(&data, &read))?;
                Drawing::Tiles(items.into_iter().map(|item| item.chart.kpi).collect())
            }
        };
        Ok(Scorecard { data, options, drawn })
    }

    /// The items and options as given, which `web::mount` reads again for the page's tiles (a
    /// tile keeps its own data and options for updates).
    // Only the whole library's WebAssembly has web::mount; natively and in one family's module
    // this is unused.
    #[allow(dead_code)]
    pub(crate) fn into_parts(self) -> (Json, Json) {
        (self.data, self.options)
    }
}

impl super::Chart for Scorecard {
    /// The whole picture (on, near and off target; improved and worsened; bands against all
    /// councils; the exceptions by name), then each KPI in words, in the tiles' order.
    fn describe(&self) -> String {
        match &self.drawn {
            Drawing::Spine(spine) => spine.describe(),
            Drawing::Tiles(kpis) => crate::words::scorecard::describe(kpis),
        }
    }
    fn summary(&self) -> Summary {
        match &self.drawn {
            Drawing::Spine(spine) => spine.summary(),
            Drawing::Tiles(kpis) => Summary::Scorecard(ScorecardSummary {
                indicators: kpis.iter().map(crate::words::summary::kpi_summary).collect(),
            }),
        }
    }
    /// One row per KPI: its latest value, status, target and the value before.
    fn to_csv(&self) -> String {
        match &self.drawn {
            Drawing::Spine(spine) => spine.to_csv(),
            Drawing::Tiles(kpis) => crate::export::csv::scorecard_csv(kpis),
        }
    }
    fn to_svg(&self, width: f64) -> Result<String, ChartError> {
        match &self.drawn {
            Drawing::Spine(spine) => super::svg_of(spine.as_ref(), width),
            Drawing::Tiles(_) => Err(ChartError::new(
                "options.view",
                "a scorecard of tiles is many pictures, with no one SVG; make it with { \"view\": \"spine\" } for one",
            )),
        }
    }
}
