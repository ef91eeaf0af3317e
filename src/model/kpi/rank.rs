//! Where a council stands among all councils, as DfE's Local Authority Interactive Tool said it:
//! its rank with polarity (1st is best; councils with the same figure share the better rank),
//! of how many councils had a figure, the quartile band A (best) to D, and which councils had
//! none. A neutral indicator has no best, so it gets a position against the median instead.
//!
//! Bands follow the ranked list: the best quarter of the councils with a figure is band A, the
//! next B, then C, then D (rank r of n is in band ⌊4(r − 1) / n⌋).

use crate::model::kpi::unit::Polarity;
use crate::model::order::sort_by;

/// Every council's figure for one period: (name, figure), `None` where it had none
/// (suppressed, or the council did not exist then).
pub type Field<'a> = &'a [(String, Option<f64>)];

#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    /// For an indicator with a polarity.
    Ranked { rank: usize, of: usize, band: Band },
    /// For a neutral indicator: where the figure sits against the median of all councils'.
    Position { against_median: std::cmp::Ordering, of: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    A,
    B,
    C,
    D,
}

impl Band {
    pub fn letter(self) -> char {
        match self {
            Band::A => 'A',
            Band::B => 'B',
            Band::C => 'C',
            Band::D => 'D',
        }
    }

    /// The band of rank `rank` among `of` councils.
    pub fn of(rank: usize, of: usize) -> Band {
        match (4 * rank.saturating_sub(1)).checked_div(of).unwrap_or(0) {
            0 => Band::A,
            1 => Band::B,
            2 => Band::C,
            _ => Band::D,
        }
    }
}

/// The standing of the council at `index` in `field`, or `None` when it has no figure there.
pub fn standing(field: Field, index: usize, polarity: Polarity) -> Option<Standing> {
    let ours = field.get(index)?.1?;
    let figures: Vec<f64> = field.iter().filter_map(|(_, v)| *v).collect();
    let of = figures.len();
    let better = |other: f64| match polarity {
        Polarity::HigherIsBetter => other > ours,
        Polarity::LowerIsBetter => other < ours,
        Polarity::Neutral => false,
    };
    if polarity == Polarity::Neutral {
        let mut sorted = figures;
        sort_by(&mut sorted, f64::total_cmp);
        let median = match sorted.len() {
            0 => return None,
            n if n % 2 == 1 => *sorted.get(n / 2)?,
            n => (*sorted.get(n / 2 - 1)? + *sorted.get(n / 2)?) / 2.0,
        };
        return Some(Standing::Position { against_median: ours.total_cmp(&median), of });
    }
    // Ties share the better rank: one more than the councils strictly better.
    let rank = 1 + figures.iter().filter(|v| better(**v)).count();
    Some(Standing::Ranked { rank, of, band: Band::of(rank, of) })
}

/// The councils in `field` with no figure, by name.
pub fn without_figures(field: Field<'_>) -> Vec<&str> {
    field.iter().filter(|(_, v)| v.is_none()).map(|(name, _)| name.as_str()).collect()
}

/// "1st", "2nd", "3rd", "11th", "12th", "21st", "112th".
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
