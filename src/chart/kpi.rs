//! The KPI chart: a checked `Kpi` and its options, drawn as a line chart.

use super::options::{read_options, Options};
use super::views::{Registered, ViewSpec};
use super::Chart;
use super::Laid;
use super::Toggle;
use crate::error::ChartError;
use crate::interact::sound::{Melody, Voice};
use crate::interact::Tooltip;
use crate::model::kpi::map::{KpiMap, MapColour};
use crate::model::kpi::neighbours::neighbour_count;
use crate::model::kpi::status::Status;
use crate::model::kpi::{Kpi, Role};
use crate::model::titles::Titles;
use crate::model::view::KpiView;
use crate::model::{Json, Node};
use crate::scale::format::format_value;
use crate::scene::kpi::bullet::kpi_bullet;
use crate::scene::kpi::distribution::kpi_distribution;
use crate::scene::kpi::line::{has_own_line, key_sample, kpi_line, LineStyle};
use crate::scene::kpi::sparkline::kpi_sparkline;
use crate::scene::kpi::tile::{kpi_tile, tile_height, tile_sparkline, tile_text, TileText, SCREEN_HEIGHT};
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;

#[derive(Debug, Clone, PartialEq)]
pub struct KpiChart {
    pub kpi: Kpi,
    pub options: Options,
    pub view: KpiView,
    pub style: LineStyle,
    /// The councils on the map, for the map view.
    pub map: Option<KpiMap>,
}

impl KpiChart {
    pub fn read(data: &Json, options: &Json) -> Result<KpiChart, ChartError> {
        let (parsed, view) = read_options::<KpiView>(options)?;
        let mut kpi = crate::model::input::read_kpi(data, options)?;
        let style = read_style(options, &kpi)?;
        if view == KpiView::Distribution && kpi.ranked_latest().is_none() {
            let most =
                kpi.councils.iter().map(|c| c.figures.iter().filter(|(_, v)| v.is_some()).count()).max().unwrap_or(0);
            let has = if most == 1 { "1 council".to_owned() } else { format!("{most} councils") };
            return Err(ChartError::new(
                "options.view",
                format!("the \"distribution\" view needs every council's figure and the council among them; this data has {has} with a figure in any one period (give a file with every council, such as a DfE EES or Fingertips file, or \"councils\" in JSON)"),
            ));
        }
        let colour = read_map_colour(options, view)?;
        let map = match view {
            KpiView::Map => Some(crate::model::kpi::map::checked(&kpi, colour)?),
            _ => None,
        };
        let context = words::rank::compared_with(&kpi).into_iter().chain(parsed.accessed.clone());
        kpi.titles = kpi.titles.with_context(context);
        Ok(KpiChart { kpi, options: parsed, view, style, map })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(KpiChart::read(data, options)?))
    }

    /// This view's line in the table of views: its words and its height.
    fn spec(&self) -> ViewSpec {
        self.view.spec()
    }

    /// A KPI as a scorecard tile.
    pub fn build_tile(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(KpiChart::read(data, options)?.into_tile())
    }

    /// This chart drawn as a scorecard tile.
    pub fn into_tile(mut self) -> Box<dyn Chart> {
        self.view = KpiView::Tile;
        Box::new(self)
    }
}

/// `options.mapColour`: "band" (the default) or "value"; only with the map view.
fn read_map_colour(options: &Json, view: KpiView) -> Result<MapColour, ChartError> {
    let node = Node::named(options, "options");
    let Some(given) = (if node.is_null() { None } else { node.object()?.optional("mapColour") }) else {
        return Ok(MapColour::Band);
    };
    if view != KpiView::Map {
        return Err(given.error("colours the \"map\" view; give it with view: \"map\""));
    }
    match given.string()? {
        "band" => Ok(MapColour::Band),
        "value" => Ok(MapColour::Value),
        _ => Err(given.expected("\"band\" or \"value\"")),
    }
}

/// `options.neighbours`: "band" (the default with three or more neighbours) or "lines";
/// `options.bands`: true to shade the status zones behind the lines.
fn read_style(options: &Json, kpi: &Kpi) -> Result<LineStyle, ChartError> {
    let node = Node::named(options, "options");
    let fields = if node.is_null() { None } else { Some(node.object()?) };
    // A list of neighbours (read with a file of every council) leaves the drawing as default.
    let neighbours_band = match fields.as_ref().and_then(|f| f.optional("neighbours")) {
        // So does DfE's statistical neighbours table given as text.
        Some(n) if matches!(n.value(), Json::String(t) if crate::model::kpi::read::neighbours_table::is_table(t)) => {
            neighbour_count(kpi) >= 3
        }
        Some(n) if !matches!(n.value(), Json::Array(_)) => match n.string()? {
            "band" => true,
            "lines" => false,
            _ => return Err(n.expected("\"band\" or \"lines\", or a list of councils")),
        },
        _ => neighbour_count(kpi) >= 3,
    };
    let status_bands =
        fields.as_ref().and_then(|f| f.optional("bands")).map(|b| b.boolean()).transpose()?.unwrap_or(false);
    Ok(LineStyle { neighbours_band, status_bands, hidden: 0 })
}

impl KpiChart {
    /// What the line view's legend buttons stand for: each line of its own, then the
    /// neighbours' band (`series.len()`). None for other views, or for a single line.
    fn toggle_ids(&self) -> Vec<usize> {
        if self.view != KpiView::Line {
            return Vec::new();
        }
        let n = self.kpi.series().len();
        let band = self.style.neighbours_band && neighbour_count(&self.kpi) > 0;
        let ids: Vec<usize> =
            (0..n).filter(|&i| has_own_line(&self.kpi, self.style, i)).chain(band.then_some(n)).collect();
        if ids.len() < 2 {
            Vec::new()
        } else {
            ids
        }
    }
}

impl Chart for KpiChart {
    fn start_datum(&self) -> Option<Datum> {
        // A map's first key lands on the council's own hex.
        let map = self.map.as_ref()?;
        let index = map.ours?;
        let council = map.councils.get(index)?;
        Some(Datum::Hex { index, region: council.hex.region, ranked: council.rank.is_some() })
    }
    fn start_row(&self) -> Option<(u8, usize)> {
        let own = self.kpi.series().iter().position(|s| s.role == Role::Own)?;
        Some(Datum::Point { series: own, index: 0 }.row())
    }
    fn word_sized(&self) -> bool {
        self.view == KpiView::Tile
    }
    fn words_above(&self, width: f64, measure: &dyn TextMeasure) -> f64 {
        if self.view != KpiView::Tile {
            return 0.0;
        }
        let whole = tile_height(&self.kpi, &words::kpi::tile_words(&self.kpi), width, measure);
        (whole - SCREEN_HEIGHT).max(0.0)
    }
    fn tile_text(&self) -> Option<TileText> {
        (self.view == KpiView::Tile).then(|| tile_text(&self.kpi, &words::kpi::tile_words(&self.kpi)))
    }
    fn rows(&self) -> Option<&'static str> {
        self.spec().rows
    }
    fn kind_words(&self) -> &'static str {
        self.spec().kind_words
    }
    fn melody(&self, cursor: Option<Datum>, benchmarks: bool) -> Option<Melody> {
        let series = self.kpi.series();
        // The line the cursor is on, else the council's own.
        let first = match cursor {
            Some(Datum::Point { series: line, .. }) if line < series.len() => Some(line),
            _ => None,
        }
        .or_else(|| series.iter().position(|s| s.role == Role::Own))
        .unwrap_or(0);
        let voice = |i: usize| {
            series.get(i).map(|s| Voice { name: s.name.clone(), values: s.points().iter().map(|p| p.value).collect() })
        };
        let others = (0..series.len())
            .filter(|i| *i != first && benchmarks && series.get(*i).is_some_and(|s| s.role != Role::Own));
        Some(Melody {
            voices: std::iter::once(first).chain(others).filter_map(voice).collect(),
            reference: self.kpi.target.map(|t| ("target".to_owned(), t)),
            what: "value",
        })
    }
    fn toggles(&self, theme: &Theme) -> Vec<Toggle> {
        self.toggle_ids()
            .into_iter()
            .map(|id| {
                let label = match self.kpi.series().get(id) {
                    Some(series) => series.name.clone(),
                    None => format!("Statistical neighbours ({})", neighbour_count(&self.kpi)),
                };
                Toggle { label, sample: key_sample(&self.kpi, id, theme), shown: self.style.shown(id) }
            })
            .collect()
    }
    fn set_shown(&mut self, toggle: usize, shown: bool) {
        if let Some(id) = self.toggle_ids().get(toggle) {
            self.style.set_shown(*id, shown);
        }
    }
    fn options(&self) -> &Options {
        &self.options
    }
    fn titles(&self) -> &Titles {
        &self.kpi.titles
    }
    fn lay_out(&self, width: f64, _measure: &dyn TextMeasure) -> Laid {
        // Every KPI view's height is a rule of its width (see chart::views); a tile's is its
        // sparkline's, the words being HTML above it (`words_above` for a picture).
        let natural = self.spec().height.at(width).unwrap_or(SCREEN_HEIGHT);
        Laid::as_drawn(self.options.height.unwrap_or(natural))
    }
    fn scene_from(&self, frame: Frame, _laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        match self.view {
            KpiView::Sparkline => kpi_sparkline(&self.kpi, frame, theme, measure),
            KpiView::Bullet => kpi_bullet(&self.kpi, frame, theme, measure),
            KpiView::Distribution => kpi_distribution(&self.kpi, frame, theme, measure),
            KpiView::Map => match &self.map {
                Some(map) => crate::scene::kpi::map::kpi_map(&self.kpi, map, frame, theme, measure),
                None => Scene::new(frame),
            },
            KpiView::Tile if frame.titles => {
                kpi_tile(&self.kpi, &words::kpi::tile_words(&self.kpi), frame, theme, measure)
            }
            KpiView::Tile => tile_sparkline(&self.kpi, frame, theme),
            KpiView::Line => kpi_line(&self.kpi, self.style, frame, theme, measure),
        }
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        let (line, index) = match datum {
            Datum::Council { index } => return words::rank::council_tooltip(&self.kpi, index),
            Datum::Hex { index, .. } => return words::map::kpi_tooltip(&self.kpi, self.map.as_ref()?, index),
            Datum::Neighbours { index } => return words::kpi::neighbours_tooltip(&self.kpi, index),
            Datum::Point { series, index } => (series, index),
            _ => return None,
        };
        let series = self.kpi.series().get(line)?;
        let point = series.points().get(index)?;
        let value = match point.value {
            Some(v) => format_value(v, &self.kpi.unit),
            None => "no value".to_owned(),
        };
        let mut lines = vec![format!("{}: {value}", series.name)];
        let rated =
            point.value.map(|v| self.kpi.status(v)).filter(|s| *s != Status::NotRated && series.role == Role::Own);
        match (self.kpi.target, point.value, rated) {
            (Some(target), Some(v), Some(status)) => {
                lines.push(format!("{}: {}", status.words(), words::kpi::against_target(v, target, &self.kpi.unit)))
            }
            (Some(target), Some(v), None) => lines.push(words::kpi::against_target(v, target, &self.kpi.unit)),
            (None, _, Some(status)) => lines.push(status.words().to_owned()),
            _ => {}
        }
        lines.extend(words::kpi::detail_lines(&self.kpi, point));
        // The recent trend on the council's latest figure, where its figures have intervals.
        let latest = series.points().iter().rposition(|p| p.value.is_some());
        if series.role == Role::Own && latest == Some(index) {
            lines.extend(words::trend::line(&self.kpi));
        }
        if series.role == Role::Own && self.kpi.series().iter().position(|s| s.role == Role::Own) == Some(line) {
            if let Some(standing) = self.kpi.standing_at(&point.period) {
                lines.push(format!("Among all councils: {}", words::rank::standing_words(&standing)));
            }
        }
        Some(Tooltip { heading: point.period.label().into_owned(), lines })
    }
    fn step_words(&self, datum: Datum, from: Option<Datum>) -> Option<String> {
        if let (Datum::Hex { index, .. }, Some(map)) = (datum, &self.map) {
            return words::map::kpi_step(&self.kpi, map, index);
        }
        // The distribution's councils and the neighbours' band say their tooltips as written.
        let Datum::Point { series: line, .. } = datum else { return None };
        let series = self.kpi.series().get(line)?;
        let tip = self.tooltip(datum)?;
        let (first, rest) = tip.lines.split_first()?;
        // The value first, then its period; the series' name only on entering it (Up, Down,
        // or the first step), where the series is what changed.
        let value = first.strip_prefix(series.name.as_str()).and_then(|v| v.strip_prefix(": ")).unwrap_or(first);
        let entered = from.is_none_or(|f| f.row() != datum.row());
        let lead = if entered { format!("{}: {value}", series.name) } else { value.to_owned() };
        Some(
            std::iter::once(lead)
                .chain(std::iter::once(tip.heading))
                .chain(rest.iter().cloned())
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
    fn describe(&self) -> String {
        match &self.map {
            Some(map) => words::map::kpi_describe(&self.kpi, map),
            None => words::kpi::describe(&self.kpi),
        }
    }
    fn summary(&self) -> crate::model::shapes::results::Summary {
        crate::model::shapes::results::Summary::Kpi(match &self.map {
            Some(map) => words::map::kpi_summary(&self.kpi, map),
            None => words::summary::kpi_summary(&self.kpi),
        })
    }
    fn notes(&self) -> Vec<String> {
        crate::scene::kpi::interval::comparison_key(&self.kpi).into_iter().collect()
    }
    fn to_csv(&self) -> String {
        match self.view {
            KpiView::Distribution => crate::export::csv::ranked_csv(&self.kpi),
            KpiView::Map => match &self.map {
                Some(map) => crate::export::map::kpi_map_csv(map),
                None => crate::export::csv::ranked_csv(&self.kpi),
            },
            KpiView::Line | KpiView::Sparkline | KpiView::Bullet | KpiView::Tile => {
                crate::export::csv::kpi_csv(&self.kpi)
            }
        }
    }
    fn table(&self) -> crate::export::table::DataTable {
        match self.view {
            KpiView::Distribution => crate::export::table::ranked_table(&self.kpi),
            KpiView::Map => match &self.map {
                Some(map) => crate::export::map::kpi_map_table(&self.kpi, map),
                None => crate::export::table::ranked_table(&self.kpi),
            },
            KpiView::Line | KpiView::Sparkline | KpiView::Bullet | KpiView::Tile => {
                crate::export::table::kpi_table(&self.kpi)
            }
        }
    }
}
