//! The checked period: what kind it is, its first day and length, and a time of day for the
//! finest. Reading one from text is `period`; the days themselves are `calendar`.

pub mod calendar;
pub mod read;
pub mod time_of_day;

use std::borrow::Cow;

use crate::model::time::calendar::{civil_from_days, days_from_civil, days_in_month, month_abbr, MINUTES_PER_DAY};

/// What kind of period was written. Ordered from coarsest to finest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodKind {
    /// Several years pooled into one figure ("2019 - 21").
    YearRange,
    Year,
    FinancialYear,
    Quarter,
    Month,
    Date,
    /// A moment, to the minute (an hourly air-quality reading, a contact-centre wait).
    Time,
}

/// A checked period. Invariant: `days >= 1`; `start` is a real calendar day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub kind: PeriodKind,
    /// First day, as days since 1970-01-01.
    pub start: i64,
    /// Number of days covered (1 for a date or a time of day).
    pub days: i64,
    /// For a time of day, the minute of the day (0 to 1439); 0 for every other kind.
    pub(super) minute: u16,
    /// How the input wrote a year or quarter ("2016/17", "Q1 2020/21" or "Q2 2020"); `None`
    /// for months and dates, which are always written one way and so are written only when
    /// shown: a daily series of 100,000 values need not hold 100,000 strings.
    pub(super) written: Option<String>,
}

impl Period {
    /// The period as the chart writes it ("2016/17", "Q1 2020/21", "Jun 2019", "24 Mar 2023").
    pub fn label(&self) -> Cow<'_, str> {
        if let Some(written) = &self.written {
            return Cow::Borrowed(written);
        }
        let (year, month, day) = civil_from_days(self.start);
        Cow::Owned(match self.kind {
            PeriodKind::Date => format!("{day} {} {year}", month_abbr(month)),
            PeriodKind::Time => {
                format!("{day} {} {year} {:02}:{:02}", month_abbr(month), self.minute / 60, self.minute % 60)
            }
            _ => format!("{} {year}", month_abbr(month)),
        })
    }

    /// Where the period sits on a time axis: its middle, in days since 1970-01-01.
    pub fn middle(&self) -> f64 {
        if self.kind == PeriodKind::Time {
            return self.start as f64 + f64::from(self.minute) / MINUTES_PER_DAY as f64;
        }
        self.start as f64 + self.days as f64 / 2.0
    }

    /// Where the period starts, in minutes since 1970-01-01, with its kind: the order periods
    /// sort in, and what tells two apart.
    pub fn key(&self) -> (i64, PeriodKind) {
        (self.start * MINUTES_PER_DAY + i64::from(self.minute), self.kind)
    }

    /// A time of day, `minutes` after 1970-01-01 00:00.
    pub(super) fn time(minutes: i64) -> Period {
        Period {
            kind: PeriodKind::Time,
            start: minutes.div_euclid(MINUTES_PER_DAY),
            days: 1,
            minute: minutes.rem_euclid(MINUTES_PER_DAY) as u16,
            written: None,
        }
    }

    /// Two periods are the same when they are the same kind and start on the same day
    /// ("Q1 2020/21" and "Q2 2020" are one quarter).
    pub fn same_as(&self, other: &Period) -> bool {
        self.key() == other.key()
    }
}

pub(super) type Parsed = Option<Result<Period, String>>;

pub(super) fn year_period(year: i64) -> Period {
    let start = days_from_civil(year, 1, 1);
    Period {
        kind: PeriodKind::Year,
        start,
        days: days_from_civil(year + 1, 1, 1) - start,
        minute: 0,
        written: Some(year.to_string()),
    }
}

pub(super) fn date_period(year: i64, month: i64, day: i64) -> Period {
    day_period(days_from_civil(year, month, day))
}

/// The date `day` days after 1970-01-01.
pub(super) fn day_period(day: i64) -> Period {
    Period { kind: PeriodKind::Date, start: day, days: 1, minute: 0, written: None }
}

pub(super) fn month_period(year: i64, month: i64) -> Period {
    let start = days_from_civil(year, month, 1);
    Period { kind: PeriodKind::Month, start, days: days_in_month(year, month), minute: 0, written: None }
}
