//! A scorecard in words: the whole picture first, counted and right for each polarity (how many
//! indicators are on, near and off target; how many improved and worsened since the period
//! before; how many sit in each band against all councils), then the exceptions by name (off
//! target and worsening first, then the largest fall in band), as a committee asks of a
//! performance report: which are off target or getting worse, and what first?

use super::join_and;
use crate::model::kpi::rank::{Band, Standing};
use crate::model::kpi::status::Status;
use crate::model::kpi::Kpi;

/// Where one indicator stands, as the counts and the exceptions read it.
struct Reading<'k> {
    kpi: &'k Kpi,
    status: Status,
    /// Better (+1), worse (−1) or the same (0): by the recent trend where the figures have
    /// intervals enough to test it (a real change, not noise), else since the period before
    /// (`Ordering as i8`); `None` without either, or for a neutral indicator, which has no better.
    trend: Option<i8>,
    /// The recent trend's words where it was tested ("Increasing and getting worse").
    recent: Option<String>,
    /// The latest band and the one before it, where the council is ranked in both.
    band: Option<Band>,
    band_before: Option<Band>,
}

fn read(kpi: &Kpi) -> Reading<'_> {
    let latest = kpi.latest();
    let status = latest.map_or(Status::NotRated, |l| kpi.status(l.value));
    let tested = super::trend::recent(kpi).map(|(trend, _)| trend);
    let real = tested.and_then(|t| super::trend::better_or_worse(t, kpi.polarity));
    let since_before = latest.and_then(|l| kpi.polarity.judge(l.value - l.previous?.1)).map(|o| o as i8);
    let recent = tested
        .filter(|t| !matches!(t, crate::model::kpi::trend::Trend::CannotBeCalculated(_)))
        .map(|t| super::trend::phrase(t, kpi.polarity));
    let bands: Vec<Band> = kpi
        .councils
        .iter()
        .filter_map(|c| match c.standing(kpi.polarity) {
            Some(Standing::Ranked { band, .. }) => Some(band),
            _ => None,
        })
        .collect();
    let band = bands.last().copied();
    let band_before = bands.len().checked_sub(2).and_then(|i| bands.get(i)).copied();
    Reading { kpi, status, trend: real.or(since_before), recent, band, band_before }
}

/// Off target, then near, then worsening, then the rest; within each, the order given.
pub fn exceptions_first<'k>(kpis: impl IntoIterator<Item = &'k Kpi>) -> Vec<usize> {
    let rank = |r: &Reading| match (r.status, r.trend) {
        (Status::OffTarget, _) => 0,
        (Status::NearTarget, _) => 1,
        (_, Some(-1)) => 2,
        _ => 3,
    };
    let mut order: Vec<(usize, u8)> = kpis.into_iter().map(read).enumerate().map(|(i, r)| (i, rank(&r))).collect();
    crate::model::order::sort_by_key(&mut order, |&(_, r)| r);
    order.into_iter().map(|(i, _)| i).collect()
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn title(kpi: &Kpi) -> String {
    kpi.titles.title().trim_end_matches('.').to_owned()
}

/// A scorecard of tiles in words: the whole picture (`overview`), then each KPI in words, in
/// the tiles' order. What the page's scorecard and the Rust front door's both say.
pub fn describe(kpis: &[Kpi]) -> String {
    let overview = overview(&kpis.iter().collect::<Vec<_>>());
    std::iter::once(overview).chain(kpis.iter().map(super::kpi::describe)).collect::<Vec<_>>().join(" ")
}

/// The whole picture in a few sentences, then the exceptions by name.
pub fn overview(kpis: &[&Kpi]) -> String {
    let readings: Vec<Reading> = kpis.iter().map(|k| read(k)).collect();
    let mut sentences = vec![format!("{}.", count(readings.len(), "indicator", "indicators"))];
    let with = |s: Status| readings.iter().filter(|r| r.status == s).count();
    let (on, near, off) = (with(Status::OnTarget), with(Status::NearTarget), with(Status::OffTarget));
    let rated = on + near + off;
    if rated > 0 {
        let unrated = readings.len() - rated;
        let rest = if unrated > 0 {
            format!("; {} no target or no polarity", count(unrated, "has", "have"))
        } else {
            String::new()
        };
        sentences.push(format!("Against target: {on} on, {near} near and {off} off{rest}."));
    }
    let trend = |t: i8| readings.iter().filter(|r| r.trend == Some(t) && r.recent.is_none()).count();
    let (better, worse, same) = (trend(1), trend(-1), trend(0));
    if better + worse + same > 0 {
        let unchanged = if same > 0 { format!(", {same} unchanged") } else { String::new() };
        let tested = if readings.iter().any(|r| r.recent.is_some()) { " (the rest)" } else { "" };
        sentences.push(format!("Since the period before{tested}: {better} improved, {worse} worsened{unchanged}."));
    }
    sentences.extend(recent_trends(&readings));
    let banded: Vec<String> = [Band::A, Band::B, Band::C, Band::D]
        .iter()
        .map(|b| (b, readings.iter().filter(|r| r.band == Some(*b)).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(b, n)| format!("{n} in band {}", b.letter()))
        .collect();
    if !banded.is_empty() {
        sentences.push(format!("Against all councils: {} (band A is the best quarter).", join_and(&banded)));
    }
    sentences.extend(exceptions(&readings));
    sentences.join(" ")
}

/// The recent trends, counted by their words, where the figures have intervals to test them:
/// "Recent trend, tested on the latest five points: Increasing and getting worse: 3
/// indicators; No significant change: 1 indicator."
fn recent_trends(readings: &[Reading]) -> Option<String> {
    let mut counted: Vec<(&str, usize)> = Vec::new();
    for words in readings.iter().filter_map(|r| r.recent.as_deref()) {
        match counted.iter_mut().find(|(w, _)| *w == words) {
            Some((_, n)) => *n += 1,
            None => counted.push((words, 1)),
        }
    }
    if counted.is_empty() {
        return None;
    }
    let said: Vec<String> =
        counted.iter().map(|(words, n)| format!("{words}: {}", count(*n, "indicator", "indicators"))).collect();
    Some(format!("Recent trend, tested on the latest five points: {}.", said.join("; ")))
}

fn exceptions(readings: &[Reading]) -> Vec<String> {
    let names = |pick: &dyn Fn(&Reading) -> bool| -> Vec<String> {
        readings.iter().filter(|r| pick(r)).map(|r| title(r.kpi)).collect()
    };
    let mut sentences = Vec::new();
    let off_and_worse = names(&|r| r.status == Status::OffTarget && r.trend == Some(-1));
    let off_only = names(&|r| r.status == Status::OffTarget && r.trend != Some(-1));
    let worse_only = names(&|r| r.status != Status::OffTarget && r.trend == Some(-1));
    for (list, what) in
        [(off_and_worse, "Off target and worsening"), (off_only, "Off target"), (worse_only, "Worsening")]
    {
        if !list.is_empty() {
            sentences.push(format!("{what}: {}.", join_and(&list)));
        }
    }
    // A fall in band, largest first: D is three bands below A.
    let mut falls: Vec<(&Reading, u8)> = readings
        .iter()
        .filter_map(|r| {
            let fall = (r.band? as u8).checked_sub(r.band_before? as u8)?;
            (fall > 0).then_some((r, fall))
        })
        .collect();
    crate::model::order::sort_by_key(&mut falls, |&(_, fall)| std::cmp::Reverse(fall));
    let fallen: Vec<String> = falls
        .iter()
        .filter_map(|(r, _)| Some(format!("{} ({} to {})", title(r.kpi), r.band_before?.letter(), r.band?.letter())))
        .collect();
    if !fallen.is_empty() {
        sentences.push(format!("Fell in band against all councils: {}.", join_and(&fallen)));
    }
    sentences
}
