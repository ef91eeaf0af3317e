//! Where the council stands among all councils, in words right for the polarity: its rank
//! ("12th of 151 councils with a figure"), its quartile band, how the band and rank moved
//! (better or worse by polarity, never by the sign of the change alone), and which councils
//! had no figure. A neutral indicator is placed against the median instead.

use super::{join_and, upper_first};
use crate::model::kpi::councils::MIN_RANKED;
use crate::model::kpi::rank::{ordinal, without_figures, Standing};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::{Kpi, Role};
use crate::model::time::read::Period;
use std::cmp::Ordering;

/// "12th of 151 councils, band B", or "above the median of 151 councils".
pub fn standing_words(standing: &Standing) -> String {
    match standing {
        Standing::Ranked { rank, of, band } => format!("{} of {of} councils, band {}", ordinal(*rank), band.letter()),
        Standing::Position { against_median, of } => {
            format!("{} the median of {of} councils", median_words(*against_median))
        }
    }
}

fn median_words(against: Ordering) -> &'static str {
    match against {
        Ordering::Greater => "above",
        Ordering::Equal => "at",
        Ordering::Less => "below",
    }
}

/// The sentences `describe()` gives on the council's standing: the latest, the movement since
/// the first period ranked, and the councils with no figure. Empty when the data hold no field.
pub fn describe_standing(kpi: &Kpi) -> Vec<String> {
    let Some(own) =
        kpi.councils.iter().find_map(|c| c.ours.and_then(|i| c.figures.get(i)).map(|(name, _)| name.clone()))
    else {
        return Vec::new();
    };
    let ranked: Vec<(&Period, Standing)> =
        kpi.councils.iter().filter_map(|c| c.standing(kpi.polarity).map(|s| (&c.period, s))).collect();
    let Some((latest_period, latest)) = ranked.last() else {
        return too_few(kpi, &own).into_iter().collect();
    };
    let mut sentences = Vec::new();
    let when = latest_period.label();
    sentences.push(match latest {
        Standing::Ranked { rank, of, band } => {
            let order = if kpi.polarity == Polarity::LowerIsBetter { "1st is the lowest, as lower is better" } else { "1st is the highest, as higher is better" };
            format!("{own} ranks {} of {of} councils with a figure in {when}, quartile band {} ({order}; band A is the best quarter).", ordinal(*rank), band.letter())
        }
        Standing::Position { against_median, of } => format!("{own} is {} the median of {of} councils with a figure in {when}.", median_words(*against_median)),
    });
    if let (Some((first_period, first)), true) = (ranked.first(), ranked.len() > 1) {
        if let Some(movement) = movement(first, latest) {
            sentences.push(format!("{movement}, from {} to {when}.", first_period.label()));
        }
    }
    sentences.extend(since_ranked(kpi, &own, latest_period));
    if let Some(field) = kpi.councils.iter().find(|c| c.period.same_as(latest_period)) {
        let missing = without_figures(&field.figures);
        let names: Vec<String> = missing.iter().take(5).map(|n| (*n).to_owned()).collect();
        match missing.len() {
            0 => {}
            n if n <= 5 => sentences.push(format!("No figure in {when} for {} (suppressed, unpublished, or not a council that year), so {} not ranked.", join_and(&names), if n == 1 { "it is" } else { "they are" })),
            n => sentences.push(format!("No figure in {when} for {n} councils (suppressed, unpublished, or not a council that year), among them {}; they are not ranked.", join_and(&names))),
        }
    }
    sentences
}

/// Why a council given every council's figures has no rank: too few figures to rank among.
fn too_few(kpi: &Kpi, own: &str) -> Option<String> {
    let latest = kpi.councils.iter().rev().find(|c| c.ours.is_some())?;
    let with_figures = latest.figures.iter().filter(|(_, v)| v.is_some()).count();
    (with_figures < MIN_RANKED).then(|| {
        let councils =
            if with_figures == 1 { "1 council has".to_owned() } else { format!("{with_figures} councils have") };
        format!(
            "{own} is not ranked: only {councils} a figure in {}, and a rank needs at least {MIN_RANKED}.",
            latest.period.label()
        )
    })
}

/// What became of the council after its latest ranked period: no figure (suppressed or
/// unpublished), or no longer among the councils (merged or abolished).
fn since_ranked(kpi: &Kpi, own: &str, ranked: &Period) -> Option<String> {
    let last = kpi.councils.last().filter(|c| !c.period.same_as(ranked))?;
    let when = last.period.label();
    Some(match last.ours {
        Some(_) => format!(
            "{own} has no figure in {when} (suppressed or unpublished), so {} is its latest rank.",
            ranked.label()
        ),
        None => format!(
            "{own} is not among the councils with figures for {when}, so {} is its latest rank.",
            ranked.label()
        ),
    })
}

/// "Among itself and its 6 statistical neighbours, Leeds ranks 5th of 7 in 2025": the rank
/// with polarity among the neighbours' figures for the council's latest period.
pub fn neighbours_rank(kpi: &Kpi) -> Option<String> {
    let own = kpi.series().iter().find(|s| s.role == Role::Own)?;
    let latest = own.points().iter().rev().find(|p| p.value.is_some())?;
    let neighbours: Vec<&crate::model::kpi::Series> =
        kpi.series().iter().filter(|s| s.role == Role::Neighbour).collect();
    if neighbours.is_empty() || kpi.polarity == Polarity::Neutral {
        return None;
    }
    let mut field: Vec<(String, Option<f64>)> = vec![(own.name.clone(), latest.value)];
    field.extend(neighbours.iter().map(|n| (n.name.clone(), n.at(&latest.period).and_then(|p| p.value))));
    let Some(Standing::Ranked { rank, of, .. }) = crate::model::kpi::rank::standing(&field, 0, kpi.polarity) else {
        return None;
    };
    let without = field.len() - of;
    let missing = if without > 0 { format!(" ({without} with no figure then)") } else { String::new() };
    Some(format!(
        "Among itself and its {} statistical neighbours, {} ranks {} of {of} in {}{missing}.",
        neighbours.len(),
        own.name,
        ordinal(rank),
        latest.period.label()
    ))
}

/// "Its band rose from C to B, better" and the rank's move, or the position's.
fn movement(first: &Standing, latest: &Standing) -> Option<String> {
    match (first, latest) {
        (Standing::Ranked { rank: r0, band: b0, .. }, Standing::Ranked { rank: r1, band: b1, .. }) => {
            let band = match b1.cmp(b0) {
                Ordering::Less => {
                    format!("Its band improved from {} to {}", b0.letter(), b1.letter())
                }
                Ordering::Greater => {
                    format!("Its band worsened from {} to {}", b0.letter(), b1.letter())
                }
                Ordering::Equal => format!("It stayed in band {}", b1.letter()),
            };
            // A smaller rank is better whatever the polarity: the rank already carries it.
            let rank = match r1.cmp(r0) {
                Ordering::Less => format!("its rank improved from {} to {}", ordinal(*r0), ordinal(*r1)),
                Ordering::Greater => {
                    format!("its rank fell from {} to {}", ordinal(*r0), ordinal(*r1))
                }
                Ordering::Equal => format!("its rank stayed {}", ordinal(*r1)),
            };
            Some(format!("{band} and {rank}"))
        }
        (Standing::Position { against_median: a0, .. }, Standing::Position { against_median: a1, .. }) if a0 != a1 => {
            Some(format!("It moved from {} to {} the median", median_words(*a0), median_words(*a1)))
        }
        _ => None,
    }
}

/// "46th", or "joint 46th" where another council has the same figure (and so the same rank).
pub fn joint_ordinal(rank: usize, councils: &[(&str, f64, usize)]) -> String {
    let shared = councils.iter().filter(|(_, _, r)| *r == rank).count() > 1;
    if shared {
        format!("joint {}", ordinal(rank))
    } else {
        ordinal(rank)
    }
}

/// Whether `name` is one of the council's statistical neighbours drawn with it.
pub fn is_neighbour(kpi: &Kpi, name: &str) -> bool {
    kpi.series().iter().any(|s| s.role == Role::Neighbour && s.name == name)
}

/// What a council's dot in the distribution view says: its figure, rank and band.
pub fn council_tooltip(kpi: &Kpi, item: usize) -> Option<crate::interact::Tooltip> {
    let ranked = kpi.ranked_latest()?;
    let (name, value, rank) = ranked.councils.get(item)?;
    let of = ranked.councils.len();
    let mut lines =
        vec![format!("{}: {}", ranked.period.label(), crate::scale::format::format_value(*value, &kpi.unit))];
    if kpi.polarity != Polarity::Neutral {
        let place = joint_ordinal(*rank, &ranked.councils);
        lines.push(format!("{place} of {of}, band {}", crate::model::kpi::rank::Band::of(*rank, of).letter()));
    }
    if ranked.ours == Some(item) {
        lines.push("The council this chart is about".to_owned());
    } else if is_neighbour(kpi, name) {
        lines.push("A statistical neighbour".to_owned());
    }
    Some(crate::interact::Tooltip { heading: (*name).to_owned(), lines })
}

/// A scorecard tile's line on the council's standing in its latest ranked period, with the
/// rank's direction of travel since the period before: "52nd of 151, band B; up from 60th
/// (better)". A smaller rank is better whatever the polarity, since the rank carries it.
pub fn tile_line(kpi: &Kpi) -> Option<String> {
    let ranked: Vec<Standing> = kpi.councils.iter().filter_map(|c| c.standing(kpi.polarity)).collect();
    let latest = ranked.last()?;
    let travel = match (ranked.len().checked_sub(2).and_then(|i| ranked.get(i)), latest) {
        (Some(Standing::Ranked { rank: before, .. }), Standing::Ranked { rank, .. }) => match rank.cmp(before) {
            Ordering::Less => format!("; up from {} (better)", ordinal(*before)),
            Ordering::Greater => format!("; down from {} (worse)", ordinal(*before)),
            Ordering::Equal => "; unchanged".to_owned(),
        },
        _ => String::new(),
    };
    Some(format!("{}{travel}", upper_first(&standing_words(latest))))
}

/// What a chart of a council among all councils was compared with, said under it and in every
/// export: "Compared with 151 councils with a figure in 2023/24".
pub fn compared_with(kpi: &Kpi) -> Option<String> {
    let ranked = kpi.ranked_latest()?;
    let n = ranked.councils.len();
    let councils = if n == 1 { "1 council".to_owned() } else { format!("{n} councils") };
    Some(format!("Compared with {councils} with a figure in {}", ranked.period.label()))
}
