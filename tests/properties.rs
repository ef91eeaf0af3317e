//! Property tests (proptest): scales, ticks, number and money formatting and period parsing
//! hold their promises for any input, including the extremes a spreadsheet can hold: zero-width
//! ranges, single points, ±1e308, subnormal numbers and negative ranges.
#![cfg(not(target_arch = "wasm32"))]

use council_charts::testing::model::kpi::unit::{Unit, UnitKind};
use council_charts::testing::model::kpi::{Kpi, Point, Role, Series};
use council_charts::testing::model::time::read::{parse_period, Period};
use council_charts::testing::model::titles::Titles;
use council_charts::testing::scale::format::{fixed, format_ticks, format_value, MINUS};
use council_charts::testing::scale::{nice_ticks, LinearScale};
use proptest::prelude::*;

/// Any finite f64, weighted towards the awkward ones.
fn awkward() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => any::<f64>().prop_filter("finite", |v| v.is_finite()),
        2 => -1e6..1e6f64,
        1 => prop_oneof![Just(0.0), Just(-0.0), Just(f64::MAX), Just(f64::MIN), Just(1e308), Just(-1e308), Just(f64::MIN_POSITIVE), Just(5e-324), Just(-5e-324), Just(1e-300)],
    ]
}

fn units() -> impl Strategy<Value = Unit> {
    let kinds = prop_oneof![
        Just(UnitKind::Count),
        Just(UnitKind::Percent),
        Just(UnitKind::Pounds),
        Just(UnitKind::PoundsThousands),
        Just(UnitKind::PoundsMillions),
        Just(UnitKind::Per10k),
        "[a-z ]{1,12}".prop_map(UnitKind::Other),
    ];
    // With and without the publisher's decimal places.
    (kinds, prop::option::of(0u8..6)).prop_map(|(kind, decimals)| Unit { kind, decimals: decimals.map(|d| d.min(4)) })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Ticks are few, strictly increasing, finite, and cover the range (to a billionth of a
    /// step: a subnormal end may round away, invisibly), whatever the range; the call returns.
    #[test]
    fn ticks_are_few_increasing_finite_and_cover_the_range(lo in awkward(), hi in awkward(), count in 0usize..40) {
        let ticks = nice_ticks(lo, hi, count);
        prop_assert!(!ticks.values.is_empty());
        prop_assert!(ticks.values.len() <= 50, "{} ticks", ticks.values.len());
        prop_assert!(ticks.values.iter().all(|v| v.is_finite()), "{:?}", ticks.values);
        prop_assert!(ticks.values.windows(2).all(|w| w[0] < w[1]), "{:?}", ticks.values);
        prop_assert_eq!(ticks.values.first().copied(), Some(ticks.min));
        prop_assert_eq!(ticks.values.last().copied(), Some(ticks.max));
        let (low, high) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        let hair = if ticks.values.len() > 1 { ticks.step * 1e-9 } else { 0.0 };
        prop_assert!(ticks.min - low <= hair && high - ticks.max <= hair, "{:?} does not cover {low}..{high}", ticks.values);
    }

    /// A zero-width range (a single point) still gets an axis around it.
    #[test]
    fn a_single_value_gets_an_axis(v in awkward(), count in 1usize..12) {
        let ticks = nice_ticks(v, v, count);
        prop_assert!(ticks.min <= v && v <= ticks.max);
        prop_assert!(ticks.values.iter().all(|t| t.is_finite()));
    }

    /// Mapping is finite for finite input, and inverting a mapped value gives it back.
    #[test]
    fn scales_map_and_invert(d0 in -1e9..1e9f64, width in 1e-3..1e9f64, r0 in -1e4..1e4f64, size in 1.0..1e4f64, t in 0.0..1.0f64) {
        let scale = LinearScale::new((d0, d0 + width), (r0, r0 + size));
        let value = d0 + t * width;
        let pixel = scale.map(value);
        prop_assert!(pixel.is_finite());
        prop_assert!(pixel >= r0 - 1e-6 && pixel <= r0 + size + 1e-6);
        let back = scale.invert(pixel);
        prop_assert!((back - value).abs() <= 1e-6 * width.max(1.0), "{value} -> {pixel} -> {back}");
    }

    /// A zero-width or infinite domain maps to the middle of the range, never NaN.
    #[test]
    fn degenerate_scales_stay_finite(d in awkward(), v in awkward()) {
        for domain in [(d, d), (f64::MIN, f64::MAX)] {
            let p = LinearScale::new(domain, (0.0, 100.0)).map(v);
            prop_assert!(p.is_finite(), "{domain:?} maps {v} to {p}");
        }
    }

    /// Every number is written without panicking, with digits, a true minus for negatives
    /// and the unit's sign; thousands are separated by commas.
    #[test]
    fn numbers_and_money_are_written_the_english_way(v in awkward(), unit in units()) {
        let text = format_value(v, &unit);
        // The number itself, without " per 10,000" or a free-text unit after it.
        let number = text.split(' ').next().unwrap_or("");
        prop_assert!(number.chars().any(|c| c.is_ascii_digit()), "{text}");
        prop_assert!(!text.contains('-') || matches!(&unit.kind, UnitKind::Other(_)), "hyphen for minus in {text}");
        if v < 0.0 && number.chars().any(|c| ('1'..='9').contains(&c)) {
            prop_assert!(text.starts_with(MINUS), "{v} written {text}");
        }
        if matches!(unit.kind, UnitKind::Pounds | UnitKind::PoundsThousands | UnitKind::PoundsMillions) {
            prop_assert!(text.contains('£'), "{text}");
        }
        let digits = number.split(['.', '%', 'k', 'm']).next().unwrap_or("").trim_start_matches([MINUS, '£']);
        for group in digits.split(',').skip(1) {
            prop_assert_eq!(group.len(), 3, "{}", text);
        }
    }

    /// `fixed` gives exactly the decimals asked for (up to 10) and reads back as the value.
    #[test]
    fn fixed_reads_back(v in -1e12..1e12f64, decimals in 0usize..6) {
        let text = fixed(v, decimals);
        let fraction = text.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(fraction, decimals);
        let back: f64 = text.replace(',', "").replace(MINUS, "-").parse().unwrap();
        prop_assert!((back - v).abs() <= 0.5 * 10f64.powi(-(decimals as i32)) + 1e-3, "{v} -> {text}");
    }

    /// Tick labels: one per tick, all distinct when the ticks are.
    #[test]
    fn tick_labels_are_one_per_tick_and_distinct(lo in -1e7..1e7f64, span in 1e-3..1e7f64, count in 2usize..10, unit in units()) {
        let ticks = nice_ticks(lo, lo + span, count);
        let labels = format_ticks(&ticks.values, ticks.step, &unit);
        prop_assert_eq!(labels.len(), ticks.values.len());
        let mut unique = labels.clone();
        unique.dedup();
        prop_assert_eq!(unique.len(), labels.len(), "{:?} for {:?}", labels, ticks.values);
    }

    /// Period parsing never panics, whatever the text; what it accepts is a real span of days.
    #[test]
    fn any_text_is_a_period_or_a_reason(text in "\\PC{0,24}") {
        match parse_period(&text) {
            Ok(period) => {
                prop_assert!(period.days >= 1);
                prop_assert!(!period.label().is_empty());
            }
            Err(reason) => prop_assert!(!reason.is_empty()),
        }
    }

    /// Financial years in every spelling read as the same year, from 1 April, in order.
    #[test]
    fn financial_years_read_alike_and_in_order(year in 1900i64..2200) {
        let next = (year + 1) % 100;
        let spellings = [format!("{year}/{next:02}"), format!("{year}-{next:02}"), format!("{year}/{}", year + 1), format!("{year}{next:02}")];
        let periods: Vec<_> = spellings.iter().map(|s| parse_period(s)).collect::<Result<_, _>>().map_err(TestCaseError::fail)?;
        let first = &periods[0];
        prop_assert_eq!(first.label().into_owned(), format!("{year}/{next:02}"));
        for p in &periods {
            prop_assert!(p.same_as(first), "{:?} vs {:?}", p, first);
        }
        prop_assert!(first.days == 365 || first.days == 366);
        let following = parse_period(&format!("{}/{:02}", year + 1, (year + 2) % 100)).map_err(TestCaseError::fail)?;
        prop_assert_eq!(following.start, first.start + first.days);
    }

    /// Months and their quarters line up: Q1 of a financial year is April to June.
    #[test]
    fn quarters_start_where_their_months_do(year in 1950i64..2150, quarter in 1i64..=4) {
        let q = parse_period(&format!("Q{quarter} {year}/{:02}", (year + 1) % 100)).map_err(TestCaseError::fail)?;
        let months = ["Apr", "Jul", "Oct", "Jan"];
        let month_year = if quarter == 4 { year + 1 } else { year };
        let m = parse_period(&format!("{} {month_year}", months[(quarter - 1) as usize])).map_err(TestCaseError::fail)?;
        prop_assert_eq!(q.start, m.start);
    }

    /// Months and dates are written when shown, not kept: whatever the day, the label is the
    /// English way of writing it, and a month's label reads back as the same month.
    #[test]
    fn dates_and_months_are_labelled_the_english_way(year in 1800i64..=2200, month in 1usize..=12, day in 1usize..=28) {
        let name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1];
        let date = parse_period(&format!("{year}-{month:02}-{day:02}")).map_err(TestCaseError::fail)?;
        prop_assert_eq!(date.label().into_owned(), format!("{day} {name} {year}"));
        // Not "2101-02", which reads as the financial year 2101/02.
        let month = parse_period(&format!("{} {year}", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1])).map_err(TestCaseError::fail)?;
        prop_assert_eq!(month.label().into_owned(), format!("{name} {year}"));
        let again = parse_period(&month.label()).map_err(TestCaseError::fail)?;
        prop_assert!(again.same_as(&month) && again.label() == month.label());
    }

    /// A table's latest rows, read from the end, are the last rows of the whole merge of the
    /// series, and the count is the number of distinct periods, for any mix of periods.
    #[test]
    fn latest_rows_are_the_last_of_all_rows(chosen in proptest::collection::vec(proptest::collection::btree_set(0usize..POOL.len(), 0..12), 1..4), n in 0usize..20) {
        let kpi = kpi_of(&chosen);
        let expected = rows_by_hand(&kpi);
        let (latest, total) = kpi.latest_by_period(n);
        prop_assert_eq!(total, expected.len());
        prop_assert_eq!(&kpi.by_period(), &expected);
        prop_assert_eq!(&latest[..], &expected[expected.len().saturating_sub(n)..]);
    }
}

/// Periods of three kinds that overlap in time, for series that share some and not others.
const POOL: [&str; 14] = [
    "2020",
    "2021",
    "Q1 2020",
    "Q2 2020",
    "Q1 2021",
    "Jan 2020",
    "Feb 2020",
    "Mar 2020",
    "Apr 2020",
    "Jan 2021",
    "2020-01-15",
    "2020-02-01",
    "2020/21",
    "2021/22",
];

/// A KPI whose series `s` has the pool's periods `chosen[s]`, in the model's time order.
fn kpi_of(chosen: &[std::collections::BTreeSet<usize>]) -> Kpi {
    let series = chosen
        .iter()
        .enumerate()
        .map(|(s, picks)| {
            let mut points: Vec<Point> = picks
                .iter()
                .filter_map(|&i| parse_period(POOL[i]).ok())
                .enumerate()
                .map(|(k, period)| Point { period, value: (k % 3 != 0).then_some((s * 100 + k) as f64), detail: None })
                .collect();
            points.sort_by_key(|p| (p.period.start, p.period.kind));
            points.dedup_by(|a, b| a.period.same_as(&b.period));
            Series::new(format!("Series {s}"), Role::Own, points)
        })
        .collect();
    Kpi::of_series(Titles::new("KPI".into(), None, None), series).unwrap()
}

/// The rows worked out the plain way: every period once, sorted, then each series looked up.
fn rows_by_hand(kpi: &Kpi) -> Vec<(&Period, Vec<Option<f64>>)> {
    let mut periods: Vec<&Period> = kpi.series().iter().flat_map(|s| s.points().iter().map(|p| &p.period)).collect();
    periods.sort_by_key(|p| (p.start, p.kind));
    periods.dedup_by(|a, b| a.same_as(b));
    periods
        .into_iter()
        .map(|period| {
            (
                period,
                kpi.series()
                    .iter()
                    .map(|s| s.points().iter().find(|p| p.period.same_as(period)).and_then(|p| p.value))
                    .collect(),
            )
        })
        .collect()
}
