//! Times of day, to the minute, for long series finer than days (air quality hour by hour,
//! contact-centre waits minute by minute): ISO 8601 date-times (`2024-03-01T09:00:00Z`,
//! `2024-03-01T09:00+01:00`, `2024-03-01 09:00`) and the chart's own labels read back
//! (`1 Mar 2024 09:00`, and dates as `24 Mar 2023`). A time with an offset is placed in UTC;
//! one without is taken as written. Seconds, when given, must be whole minutes' worth of
//! nothing finer than the minute: `09:00:30` is refused rather than silently rounded.

use crate::model::time::calendar::{
    days_from_civil, days_in_month, month_abbr, year_number, MINUTES_PER_DAY, MONTH_NAMES,
};
use crate::model::time::{date_period, Parsed, Period};

/// The chart's own label read back: `24 Mar 2023`, or `1 Mar 2024 09:00` with a time.
pub fn written_date(day: &str, month: &str, year: &str, time: Option<&str>) -> Parsed {
    let d: i64 = day.parse().ok()?;
    let y = year_number(year)?;
    let lower = month.to_ascii_lowercase();
    let m = MONTH_NAMES.iter().position(|full| lower.len() >= 3 && full.starts_with(lower.as_str()))? as i64 + 1;
    if d < 1 || d > days_in_month(y, m) {
        return Some(Err(format!("\"{day} {month} {year}\" is not a day of the calendar")));
    }
    match time {
        None => Some(Ok(date_period(y, m, d))),
        Some(time) => Some(at_time(days_from_civil(y, m, d), time, &format!("{d} {} {y}", month_abbr(m)))),
    }
}

/// The moment `time` on `day`, or why `time` is not a time of day.
pub(super) fn at_time(day: i64, time: &str, date: &str) -> Result<Period, String> {
    let refused = || {
        format!("\"{date} {time}\" is not a time of day; expected hours and minutes such as \"09:00\", \"09:00:00Z\" or \"09:00+01:00\"")
    };
    let (clock, offset) = split_offset(time).ok_or_else(refused)?;
    let parts: Vec<&str> = clock.split(':').collect();
    let number = |text: &str, most: i64| -> Option<i64> {
        (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
            .filter(|v| *v <= most)
    };
    let (hours, minutes, seconds) = match parts.as_slice() {
        [h, m] => (number(h, 23), number(m, 59), Some(0)),
        [h, m, s] => (number(h, 23), number(m, 59), s.split('.').next().and_then(|s| number(s, 59))),
        _ => (None, None, None),
    };
    let (Some(hours), Some(minutes), Some(seconds)) = (hours, minutes, seconds) else {
        return Err(refused());
    };
    let fraction = parts.get(2).and_then(|s| s.split_once('.')).is_some_and(|(_, f)| f.bytes().any(|b| b != b'0'));
    if seconds != 0 || fraction {
        return Err(format!(
            "\"{date} {time}\" has seconds; charts place times to the minute: give \"{hours:02}:{minutes:02}\""
        ));
    }
    Ok(Period::time(day * MINUTES_PER_DAY + hours * 60 + minutes - offset))
}

/// `09:00Z` -> ("09:00", 0); `09:00+01:00` -> ("09:00", 60); `09:00` -> ("09:00", 0).
fn split_offset(time: &str) -> Option<(&str, i64)> {
    if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    let Some(at) = time.rfind(['+', '-']) else {
        return Some((time, 0));
    };
    let (clock, offset) = time.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits: String = offset.get(1..)?.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i64 = digits.get(..2)?.parse().ok()?;
    let minutes: i64 = digits.get(2..)?.parse().ok()?;
    (hours <= 14 && minutes <= 59).then_some((clock, sign * (hours * 60 + minutes)))
}
