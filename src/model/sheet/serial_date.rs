//! A spreadsheet's serial date (days since 1900, or since 1904 on old Macs) as an ISO date.

/// `45422` as `2024-05-10`; a fraction of a day adds the time (`2024-05-10T12:00:00`).
/// `None` for a day count no calendar date has (below 1 or past 9999).
pub fn iso(serial: f64, date1904: bool) -> Option<String> {
    if !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let whole = serial.floor() as i64;
    // Excel counts a 29 February 1900 that never was: from day 61 on, day 0 is 30 December 1899.
    let from_1970 = if date1904 {
        whole - 24_107
    } else if whole >= 61 {
        whole - 25_569
    } else if whole >= 1 {
        whole - 25_568
    } else {
        return None;
    };
    let (year, month, day) = civil(from_1970);
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    if seconds == 0 || seconds == 86_400 {
        Some(format!("{year:04}-{month:02}-{day:02}"))
    } else {
        Some(format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        ))
    }
}

/// The calendar date `days` after 1 January 1970 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::iso;

    #[test]
    fn serial_dates_are_calendar_dates() {
        assert_eq!(iso(1.0, false).as_deref(), Some("1900-01-01"));
        assert_eq!(iso(59.0, false).as_deref(), Some("1900-02-28"));
        assert_eq!(iso(61.0, false).as_deref(), Some("1900-03-01"));
        assert_eq!(iso(45_382.0, false).as_deref(), Some("2024-03-31"));
        assert_eq!(iso(45_382.5, false).as_deref(), Some("2024-03-31T12:00:00"));
        assert_eq!(iso(0.0, true).as_deref(), Some("1904-01-01"));
        assert_eq!(iso(-3.0, false), None);
        assert_eq!(iso(f64::NAN, false), None);
    }
}
