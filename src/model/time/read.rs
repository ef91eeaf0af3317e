//! Reporting periods as councils write them: financial years ("2016/17"), quarters
//! ("Q1 2020/21" of a financial year, "Q1 2020" of a calendar year), months ("Jun 2019",
//! "2019-06"), dates ("2023-03-24", "24/03/2023"), calendar years ("2019"), and the rolling
//! ranges public health statistics pool small numbers over ("2019 - 21", three calendar
//! years; "2018/19 - 20/21", three financial years), and times of day to the minute
//! ("2024-03-01T09:00:00Z", "2024-03-01 09:00"; see `time_of_day`).
//!
//! "2011-12" reads as the financial year 2011/12, not December 2011: in council papers a
//! financial year is far the likelier. Write "Dec 2011" for the month.
//!
//! A period is placed in time by its first day and length, so series of different
//! granularity (a quarterly KPI against a yearly benchmark) share one time axis.

pub use crate::model::time::calendar::{civil_from_days, days_from_civil, month_abbr, MINUTES_PER_DAY};
pub use crate::model::time::{Period, PeriodKind};

use crate::model::time::calendar::{add_months, all_digits, days_in_month, year_number, MONTH_NAMES};
use crate::model::time::{date_period, day_period, month_period, year_period, Parsed};

/// What the error message offers as examples.
pub const PERIOD_EXAMPLES: &str =
    "a period such as \"2016/17\", \"Q1 2020/21\", \"Jun 2019\", \"2019-06\", \"2023-03-24\" or \"2019\"";

/// Reads a period, or says why it is not one. The error is a phrase to follow the input path.
pub fn parse_period(text: &str) -> Result<Period, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let parsed = match words.as_slice() {
        [one] if one.contains('T') => iso_date_time(one),
        [one] => single_word(one),
        [date, time] if time.contains(':') => date_and_time(date, time),
        [a, b] => quarter(a, b).or_else(|| quarter(b, a)).or_else(|| month_year(a, b)),
        [a, "-" | "to" | "\u{2013}", b] => year_range(a, b),
        // The chart's own labels read back: "24 Mar 2023", "1 Mar 2024 09:00".
        [day, month, year] => crate::model::time::time_of_day::written_date(day, month, year, None),
        [day, month, year, time] => crate::model::time::time_of_day::written_date(day, month, year, Some(time)),
        _ => None,
    };
    parsed.unwrap_or_else(|| {
        Err(format!("expected {PERIOD_EXAMPLES}, found the text {}", crate::model::input::json::quote(text)))
    })
}

/// `2024-03-01T09:00:00Z`: a date, `T`, a time and an optional offset.
fn iso_date_time(word: &str) -> Parsed {
    let (date, time) = word.split_once(['T', 't'])?;
    date_and_time(date, time)
}

/// A date (`2024-03-01` or `01/03/2024`) and a time (`09:00`, `09:00:00`, with `Z` or an offset).
fn date_and_time(date: &str, time: &str) -> Parsed {
    let day = parse_period(date).ok().filter(|p| p.kind == PeriodKind::Date)?;
    Some(crate::model::time::time_of_day::at_time(day.start, time, date))
}

fn single_word(word: &str) -> Parsed {
    if let Some(year) = year_number(word) {
        return Some(Ok(year_period(year)));
    }
    if let Some(fy) = financial_year(word) {
        return Some(fy.map(|start_year| {
            let start = days_from_civil(start_year, 4, 1);
            Period {
                kind: PeriodKind::FinancialYear,
                start,
                days: days_from_civil(start_year + 1, 4, 1) - start,
                minute: 0,
                written: Some(fy_label(start_year)),
            }
        }));
    }
    iso_like(word)
}

/// "2016/17", "2016-17", "2016/2017" and the statistics releases' "201617".
/// Returns the starting year, or an error when the second year does not follow the first.
fn financial_year(word: &str) -> Option<Result<i64, String>> {
    let (first, second) = match word.find(['/', '-']) {
        Some(at) => (word.get(..at)?, word.get(at + 1..)?),
        None if word.len() == 6 && all_digits(word) => (word.get(..4)?, word.get(4..)?),
        None => return None,
    };
    let start = year_number(first)?;
    if !all_digits(second) || !(second.len() == 2 || second.len() == 4) {
        return None;
    }
    let end: i64 = second.parse().ok()?;
    let follows = if second.len() == 2 { end == (start + 1) % 100 } else { end == start + 1 };
    // "2019-06" is June 2019, not a broken financial year: leave it to the month reader.
    let could_be_iso_month = word.get(4..5) == Some("-") && second.len() == 2;
    Some(if follows {
        Ok(start)
    } else if could_be_iso_month {
        return None;
    } else {
        Err(format!(
            "\"{word}\" is not a financial year: the second year must follow the first, as in \"{}\"",
            fy_label(start)
        ))
    })
}

/// "2019 - 21" (calendar years 2019 to 2021) or "2018/19 - 20/21" (financial years): the
/// later year written in full or by its last two digits, after the first.
fn year_range(first: &str, last: &str) -> Parsed {
    let (start_year, financial) = match year_number(first) {
        Some(year) => (year, false),
        None => (financial_year(first)?.ok()?, true),
    };
    let last_digits = if financial { last.split('/').next()? } else { last };
    if !all_digits(last_digits) || !(last_digits.len() == 2 || last_digits.len() == 4) {
        return None;
    }
    let written: i64 = last_digits.parse().ok()?;
    // The end year is the first one at or after the start with those last digits.
    let end_year =
        if last_digits.len() == 4 { written } else { start_year + (written - start_year % 100).rem_euclid(100) };
    if end_year <= start_year || end_year - start_year > 20 {
        return Some(Err(format!("\"{first} - {last}\" is not a range of years: the second year must come after the first, within twenty years")));
    }
    let (month, label) = if financial {
        (4, format!("{} - {}", fy_label(start_year), fy_label(end_year).get(2..).unwrap_or("")))
    } else {
        (1, format!("{start_year} - {:02}", end_year % 100))
    };
    let start = days_from_civil(start_year, month, 1);
    Some(Ok(Period {
        kind: PeriodKind::YearRange,
        start,
        days: days_from_civil(end_year + 1, month, 1) - start,
        minute: 0,
        written: Some(label),
    }))
}

fn fy_label(start_year: i64) -> String {
    format!("{start_year}/{:02}", (start_year + 1) % 100)
}

/// "2023-03-24", "24/03/2023" and "2019-06".
fn iso_like(word: &str) -> Parsed {
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    let numbers: Vec<i64> =
        parts.iter().map(|p| if all_digits(p) { p.parse().ok() } else { None }).collect::<Option<_>>()?;
    let (year, month, day) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, _, _], [year, month, day]) if y.len() == 4 && word.contains('-') => (*year, *month, Some(*day)),
        ([_, _, y], [day, month, year]) if y.len() == 4 && word.contains('/') => (*year, *month, Some(*day)),
        ([y, m], [year, month]) if y.len() == 4 && m.len() == 2 && word.contains('-') => (*year, *month, None),
        _ => return None,
    };
    year_number(&year.to_string())?;
    if !(1..=12).contains(&month) {
        return Some(Err(format!("\"{word}\" has no month {month}; months run from 1 to 12")));
    }
    Some(Ok(match day {
        Some(day) => {
            if day < 1 || day > days_in_month(year, month) {
                return Some(Err(format!("\"{word}\" is not a day of the calendar")));
            }
            date_period(year, month, day)
        }
        None => month_period(year, month),
    }))
}

/// "Q1 2020/21" (April to June 2020) or "Q1 2020" (January to March 2020).
fn quarter(q: &str, year: &str) -> Parsed {
    let n: i64 = q.strip_prefix(['Q', 'q']).filter(|d| d.len() == 1)?.parse().ok()?;
    if !(1..=4).contains(&n) {
        return None;
    }
    let (first_month_year, first_month, label) = if let Some(y) = year_number(year) {
        (y, 1 + 3 * (n - 1), format!("Q{n} {y}"))
    } else {
        match financial_year(year)? {
            Ok(start) => {
                let month0 = 3 + 3 * (n - 1); // April is month index 3
                (start + month0 / 12, month0 % 12 + 1, format!("Q{n} {}", fy_label(start)))
            }
            Err(message) => return Some(Err(message)),
        }
    };
    let start = days_from_civil(first_month_year, first_month, 1);
    let (end_year, end_month) = add_months(first_month_year, first_month, 3);
    Some(Ok(Period {
        kind: PeriodKind::Quarter,
        start,
        days: days_from_civil(end_year, end_month, 1) - start,
        minute: 0,
        written: Some(label),
    }))
}

/// "Jun 2019", "June 2019", "Sept 2019".
fn month_year(name: &str, year: &str) -> Parsed {
    let year = year_number(year)?;
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|full| full.starts_with(lower.as_str()))?;
    Some(Ok(month_period(year, index as i64 + 1)))
}

/// The step between values of a series given as `start` and `values`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Hour,
    Minute,
}

impl Interval {
    pub fn named(name: &str) -> Option<Interval> {
        match name {
            "day" => Some(Interval::Day),
            "week" => Some(Interval::Week),
            "month" => Some(Interval::Month),
            "quarter" => Some(Interval::Quarter),
            "year" => Some(Interval::Year),
            "hour" => Some(Interval::Hour),
            "minute" => Some(Interval::Minute),
            _ => None,
        }
    }

    /// The natural step after a period of this kind: a month follows a month.
    pub fn of(kind: PeriodKind) -> Interval {
        match kind {
            PeriodKind::Date => Interval::Day,
            PeriodKind::Time => Interval::Hour,
            PeriodKind::Month => Interval::Month,
            PeriodKind::Quarter => Interval::Quarter,
            PeriodKind::YearRange | PeriodKind::Year | PeriodKind::FinancialYear => Interval::Year,
        }
    }

    /// Whether a series can step this way from a period of `kind`.
    pub fn fits(self, kind: PeriodKind) -> bool {
        matches!(
            (self, kind),
            (Interval::Day | Interval::Week, PeriodKind::Date)
                | (Interval::Month, PeriodKind::Month)
                | (Interval::Quarter, PeriodKind::Quarter)
                | (Interval::Year, PeriodKind::Year | PeriodKind::FinancialYear)
                | (Interval::Hour | Interval::Minute, PeriodKind::Time)
        )
    }
}

/// The first and last days the charts handle, 1 January 1800 and 31 December 2200, as days
/// since 1970-01-01 (a test checks them against the calendar).
const FIRST_DAY: i64 = -62_091;
const LAST_DAY: i64 = 84_370;

/// The period `n` steps of `interval` after `start` (which `interval` must fit), written as
/// the chart writes periods; an error past the years the charts handle.
pub fn step(start: &Period, interval: Interval, n: i64) -> Result<Period, String> {
    let in_range = |y: i64| (1800..=2200).contains(&y);
    let in_days = |day: i64| (FIRST_DAY..=LAST_DAY).contains(&day);
    // Days, times and months are built directly: a 100,000-value series should not format and
    // re-read 100,000 strings, and days and times are checked by day number, without the
    // calendar. Quarters and years are few, and go through the reader.
    let text = match interval {
        Interval::Hour | Interval::Minute => {
            let step = if interval == Interval::Hour { 60 } else { 1 };
            let (at, _) = start.key();
            let moment = Period::time(at + step * n);
            if in_days(moment.start) {
                return Ok(moment);
            }
            return Err(format!("runs to {}, past the years 1800 to 2200 that charts handle", moment.label()));
        }
        Interval::Day | Interval::Week => {
            let day = start.start + if interval == Interval::Week { 7 * n } else { n };
            if in_days(day) {
                return Ok(day_period(day));
            }
            let (y, m, d) = civil_from_days(day);
            format!("{y:04}-{m:02}-{d:02}")
        }
        Interval::Month => {
            let (year, month, _) = civil_from_days(start.start);
            let (y, m) = add_months(year, month, n);
            if in_range(y) {
                return Ok(month_period(y, m));
            }
            format!("{y:04}-{m:02}")
        }
        Interval::Quarter => {
            let (year, month, _) = civil_from_days(start.start);
            let (y, m) = add_months(year, month, 3 * n);
            if start.label().contains('/') {
                let first = if m >= 4 { y } else { y - 1 };
                format!("Q{} {}", (m - 4).rem_euclid(12) / 3 + 1, fy_label(first))
            } else {
                format!("Q{} {y}", (m - 1) / 3 + 1)
            }
        }
        Interval::Year => {
            let (year, _, _) = civil_from_days(start.start);
            if start.kind == PeriodKind::FinancialYear {
                fy_label(year + n)
            } else {
                format!("{}", year + n)
            }
        }
    };
    parse_period(&text).map_err(|_| format!("runs to {text}, past the years 1800 to 2200 that charts handle"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_in_days_is_the_range_in_years() {
        assert_eq!(FIRST_DAY, days_from_civil(1800, 1, 1));
        assert_eq!(LAST_DAY, days_from_civil(2200, 12, 31));
    }
}
