//! The spine in words: what each row writes beside its bar, what each mark says on hover and
//! focus, and the spine's description (the scorecard's overall picture, then each indicator's
//! place among all councils, and why a row has no bar).

use crate::interact::Tooltip;
use crate::model::kpi::rank::{ordinal, Band, Standing};
use crate::model::kpi::spine::{Indicator, SpineMark, SpineRow};
use crate::model::kpi::unit::Polarity;
use crate::model::kpi::Role;
use crate::scale::format::format_value;
use crate::scene::spine::{SpineHeads, SpineLine};

fn title(indicator: &Indicator) -> String {
    indicator.kpi.titles.title().trim_end_matches('.').to_owned()
}

fn band(row: &SpineRow) -> Option<Band> {
    match row.standing {
        Some(Standing::Ranked { band, .. }) => Some(band),
        _ => None,
    }
}

/// "52nd of 151, band B"; "above the median of 151".
fn rank_words(standing: &Standing) -> String {
    match standing {
        Standing::Ranked { rank, of, band } => format!("{} of {of}, band {}", ordinal(*rank), band.letter()),
        Standing::Position { .. } => super::rank::standing_words(standing).replace(" councils", ""),
    }
}

fn why_no_bar(row: &SpineRow) -> Option<String> {
    row.bar.as_ref().err().map(|why| super::upper_first(&why.words()))
}

/// What each row writes: its title, period, figures, rank and band.
pub fn lines(indicators: &[Indicator]) -> Vec<SpineLine<'_>> {
    indicators
        .iter()
        .map(|i| {
            let unit = &i.kpi.unit;
            let neutral = i.kpi.polarity == Polarity::Neutral;
            let period = i.row.period.clone().unwrap_or_else(|| "No period".to_owned());
            SpineLine {
                row: &i.row,
                neutral,
                band: band(&i.row),
                title: title(i),
                period: if neutral && i.row.bar.is_ok() { format!("{period}; low to high") } else { period },
                value: i.row.council.map_or_else(|| "No figure".to_owned(), |v| format_value(v, unit)),
                england: i.row.england.map_or_else(|| "\u{2013}".to_owned(), |v| format_value(v, unit)),
                rank: i.row.standing.as_ref().map(rank_words),
                no_bar: why_no_bar(&i.row),
                trend: super::trend::line(&i.kpi),
            }
        })
        .collect()
}

/// The one name every indicator shares, or `otherwise`.
fn shared(names: impl Iterator<Item = String>, otherwise: &str) -> String {
    let names: Vec<String> = names.collect();
    match names.first() {
        Some(first) if names.iter().all(|n| n == first) => first.clone(),
        _ => otherwise.to_owned(),
    }
}

pub fn heads(indicators: &[Indicator]) -> SpineHeads {
    let own = |i: &Indicator| {
        i.kpi.series().iter().find(|s| s.role == Role::Own).map_or_else(|| "Council".to_owned(), |s| s.name.clone())
    };
    SpineHeads {
        council: shared(indicators.iter().map(own), "Council"),
        england: shared(indicators.iter().map(|i| i.kpi.compared_to.clone()), "Comparator"),
    }
}

/// What a mark says: the figure, then what it means on the bar.
pub fn tooltip(indicator: &Indicator, item: usize) -> Option<Tooltip> {
    let row = &indicator.row;
    let mark = indicator.mark(item)?;
    let unit = &indicator.kpi.unit;
    let value = |v: Option<f64>| v.map_or_else(|| "no figure".to_owned(), |v| format_value(v, unit));
    let neutral = indicator.kpi.polarity == Polarity::Neutral;
    let count = row.bar.as_ref().map(|b| b.count).unwrap_or(0);
    let (worst, best) = row.ends.clone().unwrap_or_default();
    let council = heads(std::slice::from_ref(indicator)).council;
    let england = &indicator.kpi.compared_to;
    let mut lines = match mark {
        SpineMark::Council | SpineMark::Row => {
            let mut lines = vec![format!("{council}: {}", value(row.council))];
            lines.extend(row.standing.as_ref().map(super::rank::standing_words));
            if let (Some(ours), Some(theirs)) = (row.council, row.england) {
                let side = match indicator.kpi.polarity.judge(ours - theirs) {
                    Some(std::cmp::Ordering::Greater) => format!("better than {england}"),
                    Some(std::cmp::Ordering::Less) => format!("worse than {england}"),
                    Some(std::cmp::Ordering::Equal) => format!("the same as {england}"),
                    None if ours > theirs => format!("above {england}"),
                    None if ours < theirs => format!("below {england}"),
                    None => format!("the same as {england}"),
                };
                // The council's figure is the line above: said once, then how it compares.
                lines.push(format!("{} ({})", super::upper_first(&side), value(row.england)));
            }
            lines.extend(why_no_bar(row));
            lines
        }
        SpineMark::England => vec![
            format!("{england}: {}", value(row.england)),
            if neutral {
                "The centre of the bar".to_owned()
            } else {
                format!("The centre of the bar: to its left is worse than {england}, to its right better")
            },
        ],
        SpineMark::Other(i) => match row.others.get(i) {
            Some((name, v)) => vec![format!("{name}: {}", value(Some(*v)))],
            None => Vec::new(),
        },
        SpineMark::Median => vec![format!("Median of {count} councils: {}", value(row.value(mark)))],
        SpineMark::LowerQuartile | SpineMark::UpperQuartile => {
            let which = if mark == SpineMark::LowerQuartile { "25th" } else { "75th" };
            vec![
                format!("{which} percentile of {count} councils: {}", value(row.value(mark))),
                format!(
                    "The middle half of councils lie between {} and {}",
                    value(row.value(SpineMark::LowerQuartile)),
                    value(row.value(SpineMark::UpperQuartile))
                ),
            ]
        }
        SpineMark::Worst | SpineMark::Best => {
            let (word, name) = match (mark, neutral) {
                (SpineMark::Worst, false) => ("Worst", worst),
                (SpineMark::Worst, true) => ("Lowest", worst),
                (_, false) => ("Best", best),
                (_, true) => ("Highest", best),
            };
            vec![format!("{word} of {count} councils: {name}, {}", value(row.value(mark)))]
        }
    };
    lines.retain(|l| !l.is_empty());
    let period = row.period.as_deref().map_or(String::new(), |p| format!(", {p}"));
    Some(Tooltip { heading: format!("{}{period}", title(indicator)), lines })
}

/// One indicator's place in a sentence.
fn sentence(indicator: &Indicator) -> String {
    let row = &indicator.row;
    let unit = &indicator.kpi.unit;
    let period = row.period.as_deref().map_or(String::new(), |p| format!(" ({p})"));
    let mut parts = vec![match row.council {
        Some(v) => format!("{}{period}: {}", title(indicator), format_value(v, unit)),
        None => format!("{}{period}: no figure for the council", title(indicator)),
    }];
    parts.extend(row.england.map(|v| format!("{} {}", indicator.kpi.compared_to, format_value(v, unit))));
    parts.extend(row.standing.as_ref().map(super::rank::standing_words));
    match &row.bar {
        Ok(bar) if row.council.is_some() => {
            let council = row.council.unwrap_or(bar.median);
            let inside = council >= bar.p25.min(bar.p75) && council <= bar.p25.max(bar.p75);
            parts.push(
                if inside { "within the middle half of councils" } else { "outside the middle half of councils" }
                    .to_owned(),
            );
        }
        Ok(_) => {}
        Err(why) => parts.push(why.words()),
    }
    format!("{}.", parts.join("; "))
}

/// The overall picture (as every scorecard view says it), then each row in a sentence.
pub fn describe(indicators: &[Indicator]) -> String {
    let kpis: Vec<&crate::model::kpi::Kpi> = indicators.iter().map(|i| &i.kpi).collect();
    let overview = super::scorecard::overview(&kpis);
    let key = "Each row's bar spans every council's figure, worst on the left and best on the right (low to high where neither is better), centred on England.";
    std::iter::once(overview)
        .chain([key.to_owned()])
        .chain(indicators.iter().map(sentence))
        .collect::<Vec<_>>()
        .join(" ")
}
