//! A KPI in words: latest value, trend since the first and the previous period, distance from
//! target and from each benchmark, and the gaps.

use super::join_and;
use crate::model::kpi::neighbours::{neighbour_count, neighbour_summary};
use crate::model::kpi::status::Status;
use crate::model::kpi::unit::{Polarity, Unit, UnitKind};
use crate::model::kpi::{Kpi, Point, Role, Series};
use crate::scale::format::{decimals_of, fixed, format_value, places};

pub fn describe(kpi: &Kpi) -> String {
    let mut sentences = vec![format!("{}.", kpi.titles.title().trim_end_matches('.'))];
    let own: Vec<&Series> = kpi.series().iter().filter(|s| s.role == Role::Own).collect();
    for &series in &own {
        sentences.push(series_sentence(series, &kpi.unit));
        if let Some(point) = series.points().iter().rev().find(|p| p.value.is_some()) {
            let details = detail_lines(kpi, point);
            if !details.is_empty() {
                sentences.push(format!("In {}: {}.", point.period.label(), details.join("; ").trim_end_matches('.')));
            }
        }
        if let (Some(target), Some(latest)) = (kpi.target, latest(series)) {
            let status = match kpi.status(latest.1) {
                Status::NotRated => String::new(),
                rated => format!(": {}", rated.words().to_ascii_lowercase()),
            };
            let mut s = format!(
                "The target is {}{}; the latest value is {}{status}.",
                format_value(target, &kpi.unit),
                polarity_words(kpi.polarity),
                against_target(latest.1, target, &kpi.unit)
            );
            if own.len() > 1 {
                s = format!("For {}: {}", series.name, lowercase_first(&s));
            }
            sentences.push(s);
        }
        if let Some(sentence) = notes_sentence(series) {
            sentences.push(sentence);
        }
        let gaps: Vec<String> =
            series.points().iter().filter(|p| p.value.is_none()).map(|p| p.period.label().into_owned()).collect();
        match gaps.len() {
            0 => {}
            1..=10 => sentences.push(format!("{} has no value for {}.", series.name, join_and(&gaps))),
            // A long series' gaps are counted, not read out one by one.
            n => sentences.push(format!(
                "{} has no value for {n} periods, the first {} and the last {}.",
                series.name,
                gaps.first().map_or("", |g| g),
                gaps.last().map_or("", |g| g)
            )),
        }
    }
    let first_own = kpi.series().iter().find(|s| s.role == Role::Own);
    for benchmark in kpi.series().iter().filter(|s| s.role == Role::Benchmark) {
        let Some((period, value)) = latest(benchmark) else {
            sentences.push(format!("{} (benchmark) has no values.", benchmark.name));
            continue;
        };
        let mut s = format!("{} (benchmark): {} in {}", benchmark.name, format_value(value, &kpi.unit), period);
        let own_same_period = first_own.and_then(|own| {
            own.points().iter().find(|p| p.period.label() == period).and_then(|p| p.value).map(|v| (own, v))
        });
        match own_same_period {
            Some((own, v)) if kpi.benchmarks_comparable => {
                s.push_str(&format!("; {} is {}", own.name, comparison(v, value, &kpi.unit, "it")))
            }
            Some((own, _)) => s.push_str(&format!(", a total not comparable with {}'s count", own.name)),
            None => {}
        }
        s.push('.');
        sentences.push(s);
    }
    sentences.extend(super::rank::describe_standing(kpi));
    if let Some(sentence) = neighbours_sentence(kpi) {
        sentences.push(sentence);
    }
    sentences.extend(super::rank::neighbours_rank(kpi));
    sentences.extend(super::trend::sentences(kpi));
    for note in &kpi.annotations {
        sentences.push(format!("Marked at {}: {}.", note.period.label(), note.label.trim_end_matches('.')));
    }
    sentences.join(" ")
}

/// The notes on a series' figures other than its latest (which its own sentence gives):
/// "Notes: 2021 low reliability ...; 2023 ...". At most five, then how many more.
fn notes_sentence(series: &Series) -> Option<String> {
    let latest = series.points().iter().rposition(|p| p.value.is_some());
    let notes: Vec<String> = series
        .points()
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != latest)
        .filter_map(|(_, p)| {
            p.detail.as_deref()?.note.as_ref().map(|n| format!("{}: {}", p.period.label(), n.trim_end_matches('.')))
        })
        .collect();
    match notes.len() {
        0 => None,
        n if n <= 5 => Some(format!("Notes on {}: {}.", series.name, notes.join("; "))),
        n => Some(format!(
            "Notes on {}: {}; and {} more in the table.",
            series.name,
            notes.iter().rev().take(5).rev().cloned().collect::<Vec<_>>().join("; "),
            n - 5
        )),
    }
}

/// What a point's detail says, a line each: its confidence interval, how it compares with
/// the benchmark, and its note ("95% confidence interval: 61.2 to 69.0").
pub fn detail_lines(kpi: &Kpi, point: &Point) -> Vec<String> {
    let Some(detail) = &point.detail else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some((lo, hi)) = detail.interval {
        lines.push(format!("95% confidence interval: {}", interval(lo, hi, &kpi.unit)));
    }
    if let Some(compared) = detail.compared {
        lines.push(match detail.by_interval {
            // Not the publisher's test: say how it was judged.
            true => format!("{} (judged by its 95% confidence interval)", compared.short_against(&kpi.compared_to)),
            false => compared.words(&kpi.compared_to),
        });
    }
    if let Some(note) = &detail.note {
        lines.push(format!("Note: {note}"));
    }
    lines
}

/// "61.2 to 69.0", both ends written to the same number of decimals.
pub fn interval(lo: f64, hi: f64, unit: &Unit) -> String {
    let decimals = unit.decimals.map_or_else(|| decimals_of(lo, 2).max(decimals_of(hi, 2)).max(1), usize::from);
    let at = |v: f64| match &unit.kind {
        UnitKind::Count | UnitKind::Per10k | UnitKind::Other(_) => fixed(v, decimals),
        _ => format_value(v, unit),
    };
    format!("{} to {}", at(lo), at(hi))
}

/// "Our council: 67 per 10,000 in 2016/17, up 13 from 54 in 2012/13 and up 6 since 2015/16."
fn series_sentence(series: &Series, unit: &Unit) -> String {
    let values: Vec<(&Point, f64)> = series.points().iter().filter_map(|p| p.value.map(|v| (p, v))).collect();
    let (Some((last_point, last)), Some((first_point, first))) = (values.last(), values.first()) else {
        return format!("{} has no values yet.", series.name);
    };
    let mut s = format!("{}: {} in {}", series.name, format_value(*last, unit), last_point.period.label());
    if values.len() > 1 {
        s.push_str(&format!(
            ", {} from {} in {}",
            change(*last - *first, unit),
            format_value(*first, unit),
            first_point.period.label()
        ));
    }
    if values.len() > 2 {
        if let Some((previous_point, previous)) = values.iter().rev().nth(1) {
            s.push_str(&format!(" and {} since {}", change(*last - *previous, unit), previous_point.period.label()));
        }
    }
    s.push('.');
    s
}

fn latest(series: &Series) -> Option<(String, f64)> {
    series.points().iter().rev().find_map(|p| p.value.map(|v| (p.period.label().into_owned(), v)))
}

/// "up 13", "down 2.5 percentage points", "unchanged".
pub fn change(difference: f64, unit: &Unit) -> String {
    if difference.abs() < 1e-9 {
        return "unchanged".into();
    }
    let direction = if difference > 0.0 { "up" } else { "down" };
    format!("{direction} {}", amount(difference.abs(), unit))
}

/// A difference as an amount: percentages differ by percentage points, money by money.
fn amount(difference: f64, unit: &Unit) -> String {
    match &unit.kind {
        UnitKind::Percent => {
            let points = fixed(difference, places(difference, unit));
            if points == "1" {
                "1 percentage point".into()
            } else {
                format!("{points} percentage points")
            }
        }
        UnitKind::Pounds | UnitKind::PoundsThousands | UnitKind::PoundsMillions => format_value(difference, unit),
        _ => fixed(difference, places(difference, unit)),
    }
}

/// "7 above target", "3 below target", "on target".
pub fn against_target(value: f64, target: f64, unit: &Unit) -> String {
    comparison(value, target, unit, "target")
}

fn comparison(value: f64, reference: f64, unit: &Unit, what: &str) -> String {
    let difference = value - reference;
    if difference.abs() < 1e-9 {
        return if what == "target" { "on target".into() } else { format!("level with {what}") };
    }
    let side = if difference > 0.0 { "above" } else { "below" };
    format!("{} {side} {what}", amount(difference.abs(), unit))
}

fn polarity_words(polarity: Polarity) -> &'static str {
    match polarity {
        Polarity::HigherIsBetter => " (higher is better)",
        Polarity::LowerIsBetter => " (lower is better)",
        Polarity::Neutral => "",
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => format!("{}{}", c.to_ascii_lowercase(), chars.as_str()),
        None => String::new(),
    }
}

/// "Statistical neighbours (10): mean 61.2 in 2016/17, range 52 to 70; Our council is 5.8 above the mean."
fn neighbours_sentence(kpi: &Kpi) -> Option<String> {
    let summary = neighbour_summary(kpi);
    let last = summary.last()?;
    let unit = &kpi.unit;
    let mut s = format!(
        "Statistical neighbours ({}): mean {} in {}, range {}",
        neighbour_count(kpi),
        format_value(round2(last.mean), unit),
        last.period.label(),
        range(last.low, last.high, unit)
    );
    let own = kpi.series().iter().find(|s| s.role == Role::Own);
    if let Some((own, v)) = own
        .and_then(|o| o.points().iter().find(|p| p.period.same_as(&last.period)).and_then(|p| p.value).map(|v| (o, v)))
    {
        s.push_str(&format!("; {} is {}", own.name, comparison(v, round2(last.mean), unit, "the mean")));
    }
    s.push('.');
    Some(s)
}

/// "58 to 80.8 per 10,000", "£2m to £3.5m": a unit written after the number is said once.
fn range(low: f64, high: f64, unit: &Unit) -> String {
    match unit.caption() {
        Some(caption) => {
            format!("{} to {} {caption}", fixed(low, decimals_of(low, 2)), fixed(high, decimals_of(high, 2)))
        }
        None => format!("{} to {}", format_value(low, unit), format_value(high, unit)),
    }
}

/// A mean to two decimal places, as the charts write it.
fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The tooltip of the neighbours' mean at summary point `item`.
pub fn neighbours_tooltip(kpi: &Kpi, item: usize) -> Option<crate::interact::Tooltip> {
    let n = neighbour_summary(kpi).into_iter().nth(item)?;
    let unit = &kpi.unit;
    Some(crate::interact::Tooltip {
        heading: n.period.label().into_owned(),
        lines: vec![
            format!("Statistical neighbours: mean {}", format_value(round2(n.mean), unit)),
            format!("Range {} ({} with a value)", range(n.low, n.high, unit), n.count),
        ],
    })
}

/// What a scorecard tile says: the change since the previous period with whether that is
/// better or worse for the polarity, the status and target, and the rank among all councils.
pub fn tile_words(kpi: &Kpi) -> crate::scene::kpi::tile::TileWords {
    let Some(latest) = kpi.latest() else {
        return Default::default();
    };
    let change = match latest.previous {
        Some((before, earlier)) => {
            let difference = latest.value - earlier;
            let verdict = match kpi.polarity.judge(difference) {
                Some(std::cmp::Ordering::Greater) => " (better)",
                Some(std::cmp::Ordering::Less) => " (worse)",
                _ => "",
            };
            format!("{} since {}{verdict}", change(difference, &kpi.unit), before.label())
        }
        None => "No earlier value to compare".to_owned(),
    };
    let target = kpi.target.map(|t| format!(": {}", against_target(latest.value, t, &kpi.unit))).unwrap_or_default();
    crate::scene::kpi::tile::TileWords {
        change,
        status: format!("{}{target}", kpi.status(latest.value).words()),
        rank: super::rank::tile_line(kpi),
    }
}
