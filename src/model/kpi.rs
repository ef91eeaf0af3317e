//! A KPI series, checked. Once built, every value is finite, every period real, every series
//! has its points in time order with no period twice, and names are non-blank and bounded.

use super::json::Json;
use super::keys;
use super::kpi_councils::{read_councils, CouncilsAt};
use super::kpi_detail::{read_detail, Detail};
use super::limits::{MAX_ANNOTATIONS, MAX_LABEL_CHARS, MAX_POINTS_PER_SERIES, MAX_SERIES};
use super::node::{Fields, Node};
use super::period::{parse_period, step, Interval, Period};
use super::rank::Standing;
use super::titles::Titles;
use super::unit::{Polarity, Unit};
use crate::error::ChartError;
use crate::model::order::sort_by_key;

#[derive(Debug, Clone, PartialEq)]
pub struct Kpi {
    pub titles: Titles,
    pub unit: Unit,
    pub polarity: Polarity,
    pub target: Option<f64>,
    pub thresholds: Option<Thresholds>,
    /// At least one series (private: `series()` reads them, only the model makes them).
    series: Vec<Series>,
    pub annotations: Vec<Annotation>,
    /// The publisher's own words on the recent trend ("Increasing and getting worse"), said
    /// in the description as given.
    pub trend: Option<String>,
    /// What the points' `compared` judgements compare with ("England", the default).
    pub compared_to: String,
    /// Whether the council's figures can be set against the benchmarks' in words. Not for a
    /// count beside England's total (DfE files): both may be drawn, never compared.
    pub benchmarks_comparable: bool,
    /// Every council's figure, period by period, when the data hold them: for rank and band.
    pub councils: Vec<CouncilsAt>,
}

/// Red/amber/green boundaries. Invariant: ordered for the polarity (for lower-is-better,
/// `green <= amber`; for higher-is-better, `green >= amber`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub green: f64,
    pub amber: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The council's own figures.
    Own,
    /// A comparator: England, the region, statistical neighbours' average.
    Benchmark,
    /// One of a council's statistical neighbours (ten comparable councils): drawn together
    /// as a range and a mean unless the options ask for lines.
    Neighbour,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub role: Role,
    /// In time order; no period appears twice. May be all gaps. Private: `points()` reads
    /// them, and only the model (or `Series::new`, which orders them) makes them.
    points: Vec<Point>,
}

impl Series {
    /// A series of `points` put in time order, keeping the first of any period given twice
    /// (the readers refuse such input; this is for callers who build series themselves).
    pub fn new(name: String, role: Role, mut points: Vec<Point>) -> Series {
        sort_by_key(&mut points, |p| p.period.key());
        points.dedup_by(|a, b| a.period.same_as(&b.period));
        Series { name, role, points }
    }

    /// In time order; no period appears twice.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// The point at `period`, if the series has one (points are in time order).
    pub fn at(&self, period: &Period) -> Option<&Point> {
        let key = period.key();
        self.points.binary_search_by_key(&key, |p| p.period.key()).ok().and_then(|i| self.points.get(i))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub period: Period,
    /// `None` is a gap: missing or suppressed, never zero.
    pub value: Option<f64>,
    /// The confidence interval, comparison and note, for the few points that have them.
    pub detail: Option<Box<Detail>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub period: Period,
    pub label: String,
}

impl Kpi {
    /// Every series, at least one; each in time order.
    pub fn series(&self) -> &[Series] {
        &self.series
    }

    /// A KPI of `series` (at least one) with nothing else said: a count, neither higher nor
    /// lower better, no target. `None` for no series.
    pub fn of_series(titles: Titles, series: Vec<Series>) -> Option<Kpi> {
        if series.is_empty() {
            return None;
        }
        Some(Kpi {
            titles,
            unit: Unit::Count,
            polarity: Polarity::Neutral,
            target: None,
            thresholds: None,
            series,
            annotations: Vec::new(),
            trend: None,
            compared_to: "England".to_owned(),
            benchmarks_comparable: true,
            councils: Vec::new(),
        })
    }

    /// The latest period in which the council is ranked (or placed, for a neutral indicator).
    pub fn ranked_latest(&self) -> Option<super::kpi_councils::Ranked<'_>> {
        super::kpi_councils::ranked_latest(&self.councils, self.polarity)
    }

    /// Checks a KPI object in the contract's shape.
    pub fn read(node: &Node) -> Result<Kpi, ChartError> {
        let fields = keys::object(node, &keys::KPI)?;
        let polarity = match fields.optional("polarity") {
            Some(p) => Polarity::read(&p)?,
            None => Polarity::Neutral,
        };
        let target = fields.optional("target").map(|t| t.number()).transpose()?;
        let thresholds = fields.optional("thresholds").map(|t| read_thresholds(&t, polarity)).transpose()?;
        let mut series = read_all_series(&fields.required("series", "a list of series")?)?;
        let compared_to = optional_label(&fields, "comparedTo")?.unwrap_or_else(|| "England".to_owned());
        judge_by_interval(&mut series, &compared_to, polarity);
        let own = series.iter().find(|s| s.role == Role::Own).map(|s| s.name.as_str());
        let councils = read_councils(&fields, own)?;
        Ok(Kpi {
            titles: Titles::read(&fields)?,
            unit: match fields.optional("unit") {
                Some(u) => Unit::read(&u)?,
                None => Unit::Count,
            },
            polarity,
            target,
            thresholds,
            series,
            annotations: read_annotations(&fields)?,
            trend: optional_label(&fields, "trend")?,
            compared_to,
            benchmarks_comparable: fields
                .optional("benchmarksComparable")
                .map(|b| b.boolean())
                .transpose()?
                .unwrap_or(true),
            councils,
        })
    }

    /// Where the council stands among all councils in `period`, when the data say.
    pub fn standing_at(&self, period: &Period) -> Option<Standing> {
        self.councils.iter().find(|c| c.period.same_as(period))?.standing(self.polarity)
    }

    /// Whether any point of any series has a confidence interval.
    pub fn has_intervals(&self) -> bool {
        self.series.iter().any(|s| s.points.iter().any(|p| p.detail.as_ref().is_some_and(|d| d.interval.is_some())))
    }

    /// Every value of every series, for scales.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.series.iter().flat_map(|s| s.points.iter().filter_map(|p| p.value))
    }
}

/// Judges each own-series point that has an interval and no judgement against `benchmark`
/// (the series of that name, or none: then nothing is judged).
fn judge_by_interval(series: &mut [Series], benchmark: &str, polarity: Polarity) {
    let Some(against) = series
        .iter()
        .find(|s| s.role == Role::Benchmark && s.name.eq_ignore_ascii_case(benchmark.trim()))
        .map(|s| s.points().iter().filter_map(|p| p.value.map(|v| (p.period.key(), v))).collect::<Vec<_>>())
    else {
        return;
    };
    for own in series.iter_mut().filter(|s| s.role == Role::Own) {
        for point in own.points.iter_mut() {
            let Some(detail) = point.detail.as_deref_mut() else { continue };
            let (Some((low, high)), None) = (detail.interval, detail.compared) else { continue };
            let key = point.period.key();
            let Some(&(_, value)) = against.iter().find(|(k, _)| *k == key) else { continue };
            detail.compared = Some(super::significance::compare(low, high, value, polarity));
            detail.by_interval = true;
        }
    }
}

fn optional_label(fields: &Fields, name: &str) -> Result<Option<String>, ChartError> {
    fields.optional(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose()
}

fn read_thresholds(node: &Node, polarity: Polarity) -> Result<Thresholds, ChartError> {
    let fields = keys::object(node, &keys::THRESHOLDS)?;
    let green = fields.required("green", "the boundary of green status (a number)")?.number()?;
    let amber = fields.required("amber", "the boundary of amber status (a number)")?.number()?;
    let ordered = match polarity {
        Polarity::LowerIsBetter => green <= amber,
        Polarity::HigherIsBetter => green >= amber,
        Polarity::Neutral => {
            return Err(node
                .error("thresholds need a polarity: set \"polarity\" to \"higher-is-better\" or \"lower-is-better\""))
        }
    };
    if !ordered {
        let which = if polarity == Polarity::LowerIsBetter { "at most" } else { "at least" };
        return Err(node.error(format!(
            "green ({green}) must be {which} amber ({amber}) when the polarity is {}",
            if polarity == Polarity::LowerIsBetter { "lower-is-better" } else { "higher-is-better" }
        )));
    }
    Ok(Thresholds { green, amber })
}

fn read_all_series(node: &Node) -> Result<Vec<Series>, ChartError> {
    let items = node.array()?;
    if items.is_empty() {
        return Err(node.error("expected at least one series, found an empty list"));
    }
    if items.len() > MAX_SERIES {
        return Err(node.error(format!("{} series is more than the limit of {MAX_SERIES}", items.len())));
    }
    let series: Vec<Series> = items.iter().map(read_series).collect::<Result<_, _>>()?;
    for (i, s) in series.iter().enumerate() {
        if let Some(first) = series.iter().take(i).position(|earlier| earlier.name == s.name) {
            return Err(ChartError::new(
                format!("series[{i}].name"),
                format!("\"{}\" is also the name of series[{first}]; each series needs its own name", s.name),
            ));
        }
    }
    Ok(series)
}

fn read_series(node: &Node) -> Result<Series, ChartError> {
    let fields = keys::object(node, &keys::SERIES)?;
    let name = fields.required("name", "the series name (text)")?.label(MAX_LABEL_CHARS)?;
    let role = match fields.optional("role") {
        None => Role::Own,
        Some(r) => match r.string()? {
            "benchmark" => Role::Benchmark,
            "own" | "primary" => Role::Own,
            "neighbour" | "neighbor" | "statistical neighbour" => Role::Neighbour,
            _ => return Err(r.expected("\"own\", \"benchmark\" or \"neighbour\"")),
        },
    };
    if fields.optional("points").is_none() {
        if let Some(values) = fields.optional("values") {
            return Ok(Series { name, role, points: read_regular(&fields, &values)? });
        }
    }
    let points_node = fields.required("points", "a list of points (or \"start\" and \"values\")")?;
    let items = points_node.array()?;
    if items.is_empty() {
        return Err(points_node.error("expected at least one point, found an empty list"));
    }
    if items.len() > MAX_POINTS_PER_SERIES {
        return Err(points_node
            .error(format!("{} points is more than the limit of {MAX_POINTS_PER_SERIES} per series", items.len())));
    }
    let mut points: Vec<(usize, Point)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let fields = keys::object(item, &keys::POINT)?;
        let period = read_period(&fields.required("period", "a period such as \"2016/17\"")?)?;
        let value = match fields.optional("value") {
            Some(v) => v.number_or_null()?,
            None => None,
        };
        let detail = read_detail(&fields, value)?;
        points.push((i, Point { period, value, detail }));
    }
    // Spreadsheets often list the latest first: order by time, and refuse a period given twice.
    sort_by_key(&mut points, |(_, p)| p.period.key());
    for pair in points.windows(2) {
        if let [(first, a), (second, b)] = pair {
            if a.period.same_as(&b.period) {
                let (earlier, later) = ((*first).min(*second), (*first).max(*second));
                return Err(ChartError::new(
                    format!("{}[{later}].period", points_node.path()),
                    format!(
                        "\"{}\" appears twice in this series (also at points[{earlier}]); give each period once",
                        b.period.label()
                    ),
                ));
            }
        }
    }
    Ok(Series { name, role, points: points.into_iter().map(|(_, p)| p).collect() })
}

/// A regular series: `start` (a period), optional `interval` (day, week, month, quarter or
/// year; by default the start's own kind) and `values`, one per step, `null` (or NaN in a
/// typed array) for a gap. Large series cross from JavaScript as one typed array, not as an
/// object per point.
fn read_regular(fields: &Fields, values: &Node) -> Result<Vec<Point>, ChartError> {
    let start_node = fields.required("start", "the period of the first value, such as \"Apr 2019\"")?;
    let start = read_period(&start_node)?;
    let interval = match fields.optional("interval") {
        None => Interval::of(start.kind),
        Some(node) => {
            let interval = Interval::named(node.string()?).ok_or_else(|| {
                node.expected("\"minute\", \"hour\", \"day\", \"week\", \"month\", \"quarter\" or \"year\"")
            })?;
            if !interval.fits(start.kind) {
                let name = node.string()?;
                let article = if name == "hour" { "an" } else { "a" };
                return Err(node.error(format!(
                    "{article} {name} interval cannot start from \"{}\"; give a start of that kind",
                    start.label()
                )));
            }
            interval
        }
    };
    // The limit is checked before a single value is read.
    if let Json::Array(items) = values.value() {
        if items.len() > MAX_POINTS_PER_SERIES {
            return Err(values.error(format!(
                "{} values is more than the limit of {MAX_POINTS_PER_SERIES} per series",
                items.len()
            )));
        }
    }
    let numbers = values.numbers_or_null()?;
    if numbers.is_empty() {
        return Err(values.error("expected at least one value, found an empty list"));
    }
    numbers
        .into_iter()
        .enumerate()
        .map(|(n, value)| {
            let period = step(&start, interval, n as i64).map_err(|message| values.item_error(n, message))?;
            Ok(Point { period, value, detail: None })
        })
        .collect()
}

fn read_period(node: &Node) -> Result<Period, ChartError> {
    // A calendar year typed into a spreadsheet arrives as a number: read 2019 as "2019".
    let text = match node.value() {
        Json::Number(n) if n.fract() == 0.0 && (1800.0..=2200.0).contains(n) => format!("{n}"),
        _ => node.label(MAX_LABEL_CHARS)?,
    };
    parse_period(&text).map_err(|message| node.error(message))
}

fn read_annotations(fields: &Fields) -> Result<Vec<Annotation>, ChartError> {
    let Some(node) = fields.optional("annotations") else {
        return Ok(Vec::new());
    };
    let items = node.array()?;
    if items.len() > MAX_ANNOTATIONS {
        return Err(node.error(format!("{} annotations is more than the limit of {MAX_ANNOTATIONS}", items.len())));
    }
    items
        .iter()
        .map(|item| {
            let fields = keys::object(item, &keys::ANNOTATION)?;
            Ok(Annotation {
                period: read_period(&fields.required("period", "a period such as \"2016/17\"")?)?,
                label: fields.required("label", "the annotation's text")?.label(MAX_LABEL_CHARS)?,
            })
        })
        .collect()
}
