//! The benchmarking table's numbers (DfE LAIT's statistical neighbours table, Fingertips'
//! overview): for one indicator, in the latest period the council has a figure, the council's
//! figure beside each statistical neighbour's, the neighbours' mean, the region's and
//! England's; each council's cell shaded by its quartile band among all councils or by how it
//! compares with England; and the council's rank among itself and its neighbours.

use crate::model::kpi::detail::Compared;
use crate::model::kpi::rank::Band;
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Point, Role, Series};
use crate::model::time::read::Period;
pub use crate::model::view::CompareBy;

/// The table's columns, as every row has them.
#[derive(Debug, Clone, PartialEq)]
pub struct Heads {
    pub council: String,
    /// Every indicator's neighbours, in the order the first to name them gives (DfE's table
    /// lists the closest first).
    pub neighbours: Vec<String>,
    /// The region's name where every indicator names the same one; "Region" otherwise.
    pub region: Option<String>,
    pub england: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Council,
    Neighbour(usize),
    NeighboursMean,
    Region,
    England,
}

impl Heads {
    /// The columns left to right: the council, each neighbour, their mean, the region (where
    /// any indicator has one) and England.
    pub fn columns(&self) -> Vec<Column> {
        let mut columns = vec![Column::Council];
        columns.extend((0..self.neighbours.len()).map(Column::Neighbour));
        if !self.neighbours.is_empty() {
            columns.push(Column::NeighboursMean);
        }
        if self.region.is_some() {
            columns.push(Column::Region);
        }
        columns.push(Column::England);
        columns
    }

    /// A column's heading.
    pub fn name(&self, column: Column) -> &str {
        match column {
            Column::Council => &self.council,
            Column::Neighbour(i) => self.neighbours.get(i).map_or("Neighbour", String::as_str),
            Column::NeighboursMean => "Neighbours' mean",
            Column::Region => self.region.as_deref().unwrap_or("Region"),
            Column::England => &self.england,
        }
    }
}

/// Why a cell has no figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    /// The area is in the period with no figure; the publisher's note (its code in words),
    /// where it gave one.
    NoFigure(Option<String>),
    /// The area has no row for the period: not a council then, or not in this file.
    NotInPeriod,
    /// The indicator's data has no figures for the area at all (a count has no England
    /// figure to set beside it; a KPI object may not list every neighbour).
    NotInData,
    /// None of the neighbours has a figure to average.
    NoNeighbours,
}

/// How a cell is shaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shade {
    /// Its quartile band among every council with a figure.
    Band(Band),
    /// Against England: by the 95% interval where the cell has one (`by_interval`), else by
    /// the figure.
    Against { compared: Compared, by_interval: bool },
    /// Not shaded: no figure, no field to band it in, England itself, or an average.
    Plain,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub figure: Result<f64, Missing>,
    pub shade: Shade,
}

/// One indicator's row.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub period: Option<Period>,
    /// One per column of `Heads::columns`.
    pub cells: Vec<Cell>,
    /// The council's rank among itself and its neighbours with a figure (1 is best; for a
    /// neutral indicator, 1 is highest), and how many that is.
    pub rank: Option<(usize, usize)>,
    /// How many councils the bands were worked out among (0 without every council's figures).
    pub field: usize,
}

/// The heads of `kpis`: the council as the first indicator names it, the neighbours as any
/// names them, and the region where every indicator with one names the same.
pub fn heads(kpis: &[&Kpi]) -> Heads {
    let own = kpis.iter().find_map(|k| k.series().iter().find(|s| s.role == Role::Own));
    let mut neighbours: Vec<String> = Vec::new();
    let mut regions: Vec<&str> = Vec::new();
    for kpi in kpis {
        for series in kpi.series() {
            if series.role == Role::Neighbour && !neighbours.iter().any(|n| n == &series.name) {
                neighbours.push(series.name.clone());
            }
        }
        if let Some(region) = region_of(kpi) {
            if !regions.contains(&region.name.as_str()) {
                regions.push(&region.name);
            }
        }
    }
    let region = match regions.as_slice() {
        [] => None,
        [one] => Some((*one).to_owned()),
        _ => Some("Region".to_owned()),
    };
    let england = kpis.first().map_or("England", |k| k.compared_to.as_str()).to_owned();
    Heads { council: own.map_or("Council", |s| s.name.as_str()).to_owned(), neighbours, region, england }
}

fn england_of(kpi: &Kpi) -> Option<&Series> {
    kpi.series().iter().find(|s| s.role == Role::Benchmark && s.name.eq_ignore_ascii_case(&kpi.compared_to))
}

/// The first comparator that is not England: a region.
fn region_of(kpi: &Kpi) -> Option<&Series> {
    kpi.series().iter().find(|s| s.role == Role::Benchmark && !s.name.eq_ignore_ascii_case(&kpi.compared_to))
}

/// The period the row shows: the council's latest with a figure, else the latest any series has.
fn period_of(kpi: &Kpi) -> Option<Period> {
    let own = kpi.series().iter().find(|s| s.role == Role::Own);
    let latest_figure = own.and_then(|s| s.points().iter().rev().find(|p| p.value.is_some()));
    let latest_any = kpi.series().iter().filter_map(|s| s.points().last()).max_by_key(|p| p.period.key());
    latest_figure.or(latest_any).map(|p| p.period.clone())
}

fn figure_of(series: Option<&Series>, period: &Period) -> Result<f64, Missing> {
    let Some(series) = series else { return Err(Missing::NotInData) };
    match series.at(period) {
        Some(Point { value: Some(v), .. }) => Ok(*v),
        Some(p) => Err(Missing::NoFigure(p.detail.as_ref().and_then(|d| d.note.clone()))),
        None => Err(Missing::NotInPeriod),
    }
}

/// Whether `a` is better than `b` by the polarity (higher, for a neutral indicator).
fn better(a: f64, b: f64, polarity: Polarity) -> bool {
    match polarity {
        Polarity::LowerIsBetter => a < b,
        Polarity::HigherIsBetter | Polarity::Neutral => a > b,
    }
}

/// `value` against England's figure: by its interval where it has one.
fn against(value: f64, interval: Option<(f64, f64)>, england: f64, polarity: Polarity) -> Shade {
    if let Some((low, high)) = interval {
        let compared = crate::model::kpi::significance::compare(low, high, england, polarity);
        return Shade::Against { compared, by_interval: true };
    }
    let compared = match (value.total_cmp(&england), polarity) {
        (std::cmp::Ordering::Equal, _) => Compared::Similar,
        (std::cmp::Ordering::Greater, Polarity::Neutral) => Compared::Higher,
        (std::cmp::Ordering::Less, Polarity::Neutral) => Compared::Lower,
        (order, polarity) => {
            if (order == std::cmp::Ordering::Greater) == (polarity == Polarity::HigherIsBetter) {
                Compared::Better
            } else {
                Compared::Worse
            }
        }
    };
    Shade::Against { compared, by_interval: false }
}

/// The row of `kpi` under `heads`, shaded `by`.
pub fn compare_row(kpi: &Kpi, heads: &Heads, by: CompareBy) -> CompareRow {
    let Some(period) = period_of(kpi) else {
        let cells =
            heads.columns().into_iter().map(|_| Cell { figure: Err(Missing::NotInPeriod), shade: Shade::Plain });
        return CompareRow { period: None, cells: cells.collect(), rank: None, field: 0 };
    };
    let polarity = kpi.polarity;
    // Every council's figures in the period, to band a council's cell among.
    let field: Vec<f64> = kpi
        .councils
        .iter()
        .find(|c| c.period.same_as(&period))
        .map(|c| c.figures.iter().filter_map(|(_, v)| *v).collect())
        .unwrap_or_default();
    let banded = field.len() >= crate::model::kpi::councils::MIN_RANKED && polarity != Polarity::Neutral;
    let band = |value: f64| {
        let rank = 1 + field.iter().filter(|v| better(**v, value, polarity)).count();
        Band::of(rank, field.len())
    };
    let england = england_of(kpi).and_then(|s| s.at(&period)).and_then(|p| p.value);
    let series_named = |name: &str, role: Role| kpi.series().iter().find(|s| s.role == role && s.name == name);
    let own = kpi.series().iter().find(|s| s.role == Role::Own);
    let neighbour_figures: Vec<f64> = kpi
        .series()
        .iter()
        .filter(|s| s.role == Role::Neighbour)
        .filter_map(|s| s.at(&period).and_then(|p| p.value))
        .collect();
    let mut cells = Vec::new();
    for column in heads.columns() {
        let (series, is_council) = match column {
            Column::Council => (own, true),
            Column::Neighbour(i) => {
                let name = heads.neighbours.get(i).map_or("", String::as_str);
                (series_named(name, Role::Neighbour), true)
            }
            Column::NeighboursMean => {
                let figure = match neighbour_figures.len() {
                    0 => Err(Missing::NoNeighbours),
                    n => Ok(neighbour_figures.iter().sum::<f64>() / n as f64),
                };
                let shade = match (by, figure.as_ref(), england) {
                    (CompareBy::England, Ok(v), Some(e)) => against(*v, None, e, polarity),
                    _ => Shade::Plain,
                };
                cells.push(Cell { figure, shade });
                continue;
            }
            Column::Region => (region_of(kpi), false),
            Column::England => (england_of(kpi), false),
        };
        let figure = figure_of(series, &period);
        let interval = series.and_then(|s| s.at(&period)).and_then(|p| p.detail.as_ref()).and_then(|d| d.interval);
        let shade = match (by, &figure, england) {
            (_, Err(_), _) => Shade::Plain,
            (CompareBy::Band, Ok(v), _) if is_council && banded => Shade::Band(band(*v)),
            (CompareBy::England, Ok(v), Some(e)) if column != Column::England => against(*v, interval, e, polarity),
            _ => Shade::Plain,
        };
        cells.push(Cell { figure, shade });
    }
    let rank = own.and_then(|s| s.at(&period)).and_then(|p| p.value).map(|ours| {
        let above = neighbour_figures.iter().filter(|v| better(**v, ours, polarity)).count();
        (above + 1, neighbour_figures.len() + 1)
    });
    CompareRow { period: Some(period), cells, rank, field: if banded { field.len() } else { 0 } }
}

/// The whole table: its columns and a row per indicator, each worked out once.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareTable {
    pub heads: Heads,
    pub by: CompareBy,
    /// Each indicator's KPI and its row, in the order to show them.
    pub rows: Vec<(Kpi, CompareRow)>,
}

impl CompareTable {
    pub fn new(kpis: Vec<Kpi>, by: CompareBy) -> CompareTable {
        let heads = heads(&kpis.iter().collect::<Vec<_>>());
        let rows = kpis.into_iter().map(|kpi| {
            let row = compare_row(&kpi, &heads, by);
            (kpi, row)
        });
        CompareTable { rows: rows.collect(), heads, by }
    }

    /// The columns left to right.
    pub fn columns(&self) -> Vec<Column> {
        self.heads.columns()
    }
}
