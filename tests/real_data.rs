//! The published files in `../shared/real-data/` (DfE, Ofsted, OHID), read exactly as
//! published: for every council each file holds, the chart for one indicator is drawn or
//! refused with a specific error, and nothing panics. The files are never copied into this
//! repository; where `../shared` does not sit beside the checkout the test says it was skipped.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::fs;

use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Theme};

/// The distinct values of `column` in the rows where `keep` holds.
fn distinct(text: &str, column: &str, keep: impl Fn(&csv::StringRecord, &csv::StringRecord) -> bool) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let index = header
        .iter()
        .position(|h| h.trim_start_matches('\u{feff}') == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    let set: BTreeSet<String> = reader
        .records()
        .flatten()
        .filter(|r| keep(&header, r))
        .filter_map(|r| r.get(index).map(str::to_owned))
        .collect();
    set.into_iter().filter(|v| !v.is_empty()).collect()
}

fn field<'r>(header: &csv::StringRecord, record: &'r csv::StringRecord, name: &str) -> &'r str {
    header.iter().position(|h| h.trim_start_matches('\u{feff}') == name).and_then(|i| record.get(i)).unwrap_or("")
}

/// Draws (or is refused) once per council; returns how many drew and the refusals.
fn every_council(
    text: &str,
    councils: &[String],
    options: impl Fn(&str) -> String,
    build: council_charts::testing::chart::Builder,
) -> (usize, Vec<String>) {
    let data = Json::String(text.to_owned());
    let mut drawn = 0;
    let mut refused = Vec::new();
    for council in councils {
        let options = Json::parse(&options(council), "options").unwrap();
        match build(&data, &options) {
            Ok(chart) => {
                let svg = to_svg(chart.as_ref(), 640.0, &Theme::default(), &ArialMetrics);
                assert!(svg.contains("<svg") && !chart.describe().is_empty(), "{council}: an empty chart");
                drawn += 1;
            }
            Err(e) => {
                // A refusal must say where and what: an input path and a sentence.
                assert!(!e.path.is_empty() && e.message.len() > 20, "{council}: a vague error {e:?}");
                refused.push(format!("{council}: {}: {}", e.path, e.message));
            }
        }
    }
    (drawn, refused)
}

fn report(file: &str, councils: usize, drawn: usize, refused: &[String]) {
    eprintln!("{file}: {drawn} of {councils} councils drawn, {} refused", refused.len());
    for r in refused.iter().take(5) {
        eprintln!("    {r}");
    }
}

#[test]
fn every_council_of_every_ees_file() {
    let Some(dir) = support::real_data() else { return };
    let local = |h: &csv::StringRecord, r: &csv::StringRecord| field(h, r, "geographic_level") == "Local authority";
    // (file, indicator, filters): one indicator a file, as a council would chart it.
    let files = [
        (
            "cla_number_and_rate_per_10k_children.csv",
            "rate_per_10000",
            r#"{"population_type":"Children looked after on 31 March each year"}"#,
        ),
        ("b1_children_in_need_2013_to_2025.csv", "At31_episodes", "{}"),
        (
            "la_care_leavers_accommodation_suitability.csv",
            "care_leaver_percent",
            r#"{"care_leaver_age":"19 to 21 years","breakdown":"Accommodation considered suitable"}"#,
        ),
        ("csww_indicators_2017_to_2025.csv", "caseload_fte", "{}"),
    ];
    for (file, indicator, filters) in files {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        let councils = distinct(&text, "la_name", local);
        assert!(councils.len() >= 150, "{file}: {} councils", councils.len());
        let (drawn, refused) = every_council(
            &text,
            &councils,
            |c| {
                format!(
                    r#"{{"indicator":"{indicator}","council":{},"filters":{filters}}}"#,
                    serde_json::to_string(c).unwrap()
                )
            },
            KpiChart::build,
        );
        report(file, councils.len(), drawn, &refused);
        assert_eq!(drawn, councils.len(), "{file}: {refused:?}");
    }
}

#[test]
fn every_council_of_the_fingertips_export() {
    let Some(dir) = support::real_data() else { return };
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    let councils = distinct(&text, "Area Name", |h, r| {
        field(h, r, "Area Type") != "England" && field(h, r, "Category Type").is_empty()
    });
    assert!(councils.len() >= 150, "{} councils", councils.len());
    let (drawn, refused) = every_council(
        &text,
        &councils,
        |c| format!(r#"{{"council":{}}}"#, serde_json::to_string(c).unwrap()),
        KpiChart::build,
    );
    report("la_hospital_admissions_2324.csv", councils.len(), drawn, &refused);
    assert_eq!(drawn, councils.len(), "{refused:?}");
}

#[test]
fn every_council_of_both_ofsted_outcomes_tables() {
    let Some(dir) = support::real_data() else { return };
    for file in [
        "LA_Inspection_Outcomes_as_at_31_March_2025.ILACS_inspection_history.derived.csv",
        "LA_Inspection_Outcomes_as_at_31_March_2025.Inspections_as_at_31_March.derived.csv",
    ] {
        let text = fs::read_to_string(dir.join("derived").join(file)).unwrap();
        // The header is the third row, under a title and a note.
        let table: String = text.lines().skip(2).collect::<Vec<_>>().join("\n");
        let codes = distinct(&table, "Local authority area code", |_, _| true);
        assert!(codes.len() >= 150, "{file}: {} councils", codes.len());
        let (drawn, refused) =
            every_council(&text, &codes, |c| format!(r#"{{"council":"{c}"}}"#), JudgementChart::build);
        report(file, codes.len(), drawn, &refused);
        assert_eq!(drawn, codes.len(), "{refused:?}");
        // And by the names Ofsted uses.
        let names = distinct(&table, "Local authority name", |_, _| true);
        let (by_name, refused) = every_council(
            &text,
            &names,
            |c| format!(r#"{{"council":{}}}"#, serde_json::to_string(c).unwrap()),
            JudgementChart::build,
        );
        assert_eq!(by_name, names.len(), "{refused:?}");
    }
}

/// The findings of a funding table read from CSV: (level, path, message), errors first.
fn findings_of(text: &str) -> Vec<String> {
    let plan = council_charts::testing::model::funding::read::csv::read_csv(text, &Json::Null).unwrap();
    let mut findings: Vec<String> =
        council_charts::testing::model::funding::reconcile::reconcile(&plan).iter().map(|f| f.to_string()).collect();
    findings.sort_by_key(|f| !f.starts_with("error"));
    findings
}

#[test]
fn the_published_revenue_outturn_tables_reconcile_and_a_broken_copy_says_where() {
    let Some(dir) = support::real_data() else { return };
    let ro3 =
        fs::read_to_string(dir.join("derived/RO3_LA_Data_2024-25.LA_drop-down.England.Table1a.A10-I25.derived.csv"))
            .unwrap();
    let rsx =
        fs::read_to_string(dir.join("derived/RSX_LA_Data_2024-25.LA_drop-down.England.A9-I24.derived.csv")).unwrap();
    for (name, text) in [("RO3", &ro3), ("RSX", &rsx)] {
        let findings = findings_of(text);
        // As published, every difference is rounding: nothing is off by more than half a
        // thousand pounds a figure summed.
        assert!(
            findings.iter().all(|f| f.starts_with("warning") && f.ends_with("within rounding")),
            "{name}: {findings:#?}"
        );
        assert!(findings.len() >= 10, "{name}: only {} rounding differences found", findings.len());
    }
    // RO3: the Children Looked After line's employees up by 100 (as a mistyped copy would be):
    // its "of which" lines, its total expenditure and the table's total all disagree with it.
    let broken = ro3.replacen("\"1,186,820\"", "\"1,186,920\"", 1);
    assert_ne!(broken, ro3);
    let findings = findings_of(&broken);
    let errors: Vec<&String> = findings.iter().filter(|f| f.starts_with("error")).collect();
    assert_eq!(
        errors,
        [
            "error sections[0].lines[1].values[0]: \"Children Looked After\" in \"Employees\": printed 1,186,920 but its 4 \"of which\" lines sum to 1,186,820; difference 100",
            "error totals[0].values[0]: \"TOTAL CHILDREN'S SOCIAL CARE\" in \"Employees\": printed 5,196,774 but its 8 lines sum to 5,196,874; difference 100",
            "error sections[0].lines[1].values[2]: \"Children Looked After\" in \"Total Expenditure\": printed 8,917,040 but Employees + Running Expenses is 8,917,141; difference 101",
        ]
    );
    // RSX: the total's net expenditure printed 1,000 short.
    let broken = rsx.replacen("\"134,158,661\"", "\"134,157,661\"", 1);
    assert_ne!(broken, rsx);
    let findings = findings_of(&broken);
    let errors: Vec<&String> = findings.iter().filter(|f| f.starts_with("error")).collect();
    assert_eq!(
        errors,
        [
            "error totals[0].values[6]: \"TOTAL SERVICE EXPENDITURE\" in \"Net Current Expenditure\": printed 134,157,661 but its 13 lines sum to 134,158,661; difference 1,000",
            "error totals[0].values[6]: \"TOTAL SERVICE EXPENDITURE\" in \"Net Current Expenditure\": printed 134,157,661 but Total Expenditure \u{2212} Total Income is 134,158,660; difference 999",
        ]
    );
}

/// Every council's figure in `period` from the rows `keep` picks, by name (first row wins).
fn figures(
    text: &str,
    period_column: &str,
    period: &str,
    name_column: &str,
    value_column: &str,
    keep: impl Fn(&csv::StringRecord, &csv::StringRecord) -> bool,
) -> Vec<(String, Option<f64>)> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let mut out: Vec<(String, Option<f64>)> = Vec::new();
    for record in reader.records().flatten() {
        if field(&header, &record, period_column) != period || !keep(&header, &record) {
            continue;
        }
        let name = field(&header, &record, name_column).to_owned();
        if !out.iter().any(|(n, _)| *n == name) {
            out.push((name, field(&header, &record, value_column).parse().ok()));
        }
    }
    out
}

/// Checks the library's rank for every council against a count made here: one more than the
/// councils with a strictly better figure, of all councils with one.
fn ranks_agree(
    text: &str,
    field_figures: &[(String, Option<f64>)],
    options: impl Fn(&str) -> String,
    period: &str,
) -> usize {
    use council_charts::testing::model::kpi::rank::Standing;
    let mut checked = 0;
    for (council, figure) in field_figures {
        let Some(ours) = figure else { continue };
        let chart = KpiChart::read(&Json::String(text.to_owned()), &Json::parse(&options(council), "options").unwrap())
            .unwrap();
        let latest = chart
            .kpi
            .councils
            .iter()
            .find(|c| c.period.label() == period)
            .unwrap_or_else(|| panic!("{council}: no field for {period}"));
        let expected_of = field_figures.iter().filter(|(_, v)| v.is_some()).count();
        let expected_rank = 1 + field_figures.iter().filter(|(_, v)| v.is_some_and(|v| v < *ours)).count();
        match latest.standing(chart.kpi.polarity) {
            Some(Standing::Ranked { rank, of, .. }) => {
                assert_eq!((rank, of), (expected_rank, expected_of), "{council} in {period}")
            }
            other => panic!("{council} in {period}: {other:?}"),
        }
        checked += 1;
    }
    checked
}

#[test]
fn rank_and_band_of_every_council_agree_with_a_count() {
    let Some(dir) = support::real_data() else { return };
    // Children looked after per 10,000 (lower is better), 2025, every council.
    let text = fs::read_to_string(dir.join("cla_number_and_rate_per_10k_children.csv")).unwrap();
    let population = "Children looked after on 31 March each year";
    let all = figures(&text, "time_period", "2025", "la_name", "rate_per_10000", |h, r| {
        field(h, r, "geographic_level") == "Local authority" && field(h, r, "population_type") == population
    });
    let options = |c: &str| {
        format!(
            r#"{{"indicator":"rate_per_10000","council":{},"polarity":"lower-is-better","filters":{{"population_type":"{population}"}}}}"#,
            serde_json::to_string(c).unwrap()
        )
    };
    let checked = ranks_agree(&text, &all, options, "2025");
    eprintln!("children looked after 2025: {checked} councils' ranks agree");
    assert!(checked >= 150, "{checked}");
    // Hospital admissions (Fingertips; lower is better, as the file's own comparisons say), 2023/24.
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    let all = figures(&text, "Time period", "2023/24", "Area Name", "Value", |h, r| {
        field(h, r, "Area Type").starts_with("Counties")
            && field(h, r, "Sex") == "Persons"
            && field(h, r, "Category Type").is_empty()
    });
    let checked =
        ranks_agree(&text, &all, |c| format!(r#"{{"council":{}}}"#, serde_json::to_string(c).unwrap()), "2023/24");
    eprintln!("hospital admissions 2023/24: {checked} councils' ranks agree");
    assert!(checked >= 150, "{checked}");
}

#[test]
fn the_national_picture_of_every_ofsted_council() {
    let Some(dir) = support::real_data() else { return };
    let text = fs::read_to_string(
        dir.join("derived/LA_Inspection_Outcomes_as_at_31_March_2025.Inspections_as_at_31_March.derived.csv"),
    )
    .unwrap();
    let chart = JudgementChart::read(
        &Json::String(text.clone()),
        &Json::parse(r#"{"council":"West Sussex","view":"national"}"#, "options").unwrap(),
    )
    .unwrap();
    let national = chart.judgements.national.as_ref().unwrap();
    // One row per council as at 31 March 2025: 153 councils, each counted once in every area.
    assert_eq!(national.councils, 153);
    for counts in &national.counts {
        assert_eq!(counts.grades.iter().sum::<usize>() + counts.not_judged + counts.not_in_framework, 153);
    }
    // Overall effectiveness, counted here from the file: the same figures.
    let table: String = text.lines().skip(2).collect::<Vec<_>>().join("\n");
    let overall: Vec<usize> = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
        .iter()
        .map(|grade| {
            distinct(&table, "Local authority area code", |h, r| field(h, r, "Overall effectiveness") == *grade).len()
        })
        .collect();
    assert_eq!(national.counts[0].grades, overall);
    let words = council_charts::testing::chart::Chart::describe(&chart);
    eprintln!("{}", words.chars().take(400).collect::<String>());
    assert!(words.contains("West Sussex: Requires improvement to be good (Mar 2023)."), "{words}");
    let svg = to_svg(&chart, 1000.0, &Theme::default(), &ArialMetrics);
    assert!(svg.contains("<svg"));
    // By region: West Sussex's region, counted here from the file.
    let chart = JudgementChart::read(
        &Json::String(text.clone()),
        &Json::parse(r#"{"council":"West Sussex","view":"national","byRegion":true}"#, "options").unwrap(),
    )
    .unwrap();
    let region = chart.judgements.national.as_ref().unwrap().region.as_ref().unwrap();
    assert_eq!(region.name, "South East");
    let in_region = |h: &csv::StringRecord, r: &csv::StringRecord| field(h, r, "Ofsted region") == "South East";
    assert_eq!(region.councils, distinct(&table, "Local authority area code", in_region).len());
    let overall: Vec<usize> = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
        .iter()
        .map(|grade| {
            distinct(&table, "Local authority area code", |h, r| {
                in_region(h, r) && field(h, r, "Overall effectiveness") == *grade
            })
            .len()
        })
        .collect();
    assert_eq!(region.counts[0].grades, overall);
    eprintln!("South East: {} councils, overall effectiveness {overall:?}", region.councils);
}

#[test]
fn a_published_file_given_to_the_wrong_chart_is_refused_by_name() {
    let Some(dir) = support::real_data() else { return };
    let read = |path: &str| Json::String(fs::read_to_string(dir.join(path)).unwrap());
    let refused =
        |result: Result<(), council_charts::ChartError>| result.err().map(|e| e.to_string()).unwrap_or_default();
    let fingertips = read("la_hospital_admissions_2324.csv");
    let ees = read("cla_number_and_rate_per_10k_children.csv");
    let ofsted = read("derived/LA_Inspection_Outcomes_as_at_31_March_2025.Inspections_as_at_31_March.derived.csv");
    let outturn = read("derived/RO3_LA_Data_2024-25.LA_drop-down.England.Table1a.A10-I25.derived.csv");
    let none = Json::Null;
    use council_charts::testing::chart::funding::FundingChart;
    assert!(refused(JudgementChart::read(&fingertips, &none).map(|_| ()))
        .ends_with("this looks like an OHID Fingertips export, which is KPI data: draw it with kpiChart"));
    assert!(refused(FundingChart::read(&ees, &none).map(|_| ())).ends_with(
        "this looks like a DfE Explore Education Statistics file, which is KPI data: draw it with kpiChart"
    ));
    assert!(refused(KpiChart::read(&ofsted, &none).map(|_| ())).ends_with(
        "this looks like Ofsted's inspection outcomes table, which is judgements: draw it with judgementChart"
    ));
    assert!(refused(KpiChart::read(&outturn, &none).map(|_| ())).ends_with(
        "this looks like an MHCLG revenue outturn table, which is a funding table: draw it with fundingChart"
    ));
    assert!(refused(JudgementChart::read(&outturn, &none).map(|_| ())).ends_with("draw it with fundingChart"));
}

/// (period, every council's (name, figure) in it), as counted without the library.
type CountedPeriods = Vec<(String, Vec<(String, Option<f64>)>)>;

/// Every council's figure, period by period, from the rows `keep` picks, by name (first row wins),
/// as counted here without the library: DfE's `k` (under 0.5) is 0, other codes no figure.
fn every_period(
    text: &str,
    period_column: &str,
    name_column: &str,
    value_column: &str,
    keep: impl Fn(&csv::StringRecord, &csv::StringRecord) -> bool,
) -> CountedPeriods {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let mut out: CountedPeriods = Vec::new();
    for record in reader.records().flatten().filter(|r| keep(&header, r)) {
        let period = field(&header, &record, period_column).to_owned();
        let name = field(&header, &record, name_column).to_owned();
        let cell = field(&header, &record, value_column);
        let value = if cell == "k" { Some(0.0) } else { cell.parse().ok() };
        let at = match out.iter().position(|(p, _)| *p == period) {
            Some(i) => i,
            None => {
                out.push((period, Vec::new()));
                out.len() - 1
            }
        };
        let councils = &mut out[at].1;
        if !councils.iter().any(|(n, _)| *n == name) {
            councils.push((name, value));
        }
    }
    out
}

/// Reads one indicator for one council and checks, for every period of the file and every
/// council with a figure in it, the library's field against the count made here and its rank
/// and band against one more than the councils strictly better (band ⌊4(r − 1)/n⌋ as A to D).
/// Returns how many ranks were checked.
fn every_rank_agrees(what: &str, text: &str, options: &str, counted: &CountedPeriods) -> usize {
    use council_charts::testing::model::kpi::councils::CouncilsAt;
    use council_charts::testing::model::kpi::rank::Standing;
    use council_charts::testing::model::kpi::unit::Polarity;
    let chart = KpiChart::read(&Json::String(text.to_owned()), &Json::parse(options, "options").unwrap())
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let kpi = &chart.kpi;
    assert_eq!(kpi.councils.len(), counted.len(), "{what}: periods");
    let mut checked = 0;
    for (period, figures) in counted {
        let field = kpi
            .councils
            .iter()
            .find(|c| c.period.label() == period.replace("2324", "2023/24"))
            .unwrap_or_else(|| panic!("{what}: no field for {period}"));
        let mut ours: Vec<&(String, Option<f64>)> = field.figures.iter().collect();
        let mut theirs: Vec<&(String, Option<f64>)> = figures.iter().collect();
        ours.sort_by(|a, b| a.0.cmp(&b.0));
        theirs.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(ours, theirs, "{what} {period}: the field");
        let with_figures: Vec<f64> = figures.iter().filter_map(|(_, v)| *v).collect();
        for (i, (name, figure)) in field.figures.iter().enumerate() {
            let at = CouncilsAt { ours: Some(i), ..field.clone() };
            let Some(value) = figure else {
                assert_eq!(at.standing(kpi.polarity), None, "{what} {period} {name}: no figure, no rank");
                continue;
            };
            let of = with_figures.len();
            let better = with_figures.iter().filter(|v| match kpi.polarity {
                Polarity::LowerIsBetter => **v < *value,
                _ => **v > *value,
            });
            let rank = 1 + better.count();
            let band = ["A", "B", "C", "D"][(4 * (rank - 1) / of).min(3)];
            match at.standing(kpi.polarity) {
                Some(Standing::Ranked { rank: r, of: n, band: b }) => {
                    assert_eq!((r, n, b.letter().to_string()), (rank, of, band.to_owned()), "{what} {period} {name}")
                }
                other => panic!("{what} {period} {name}: {other:?}"),
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn rank_and_band_on_every_indicator_of_every_real_file() {
    let Some(dir) = support::real_data() else { return };
    // The columns of an EES file that name or filter a row rather than measure something.
    let describing = [
        "time_period",
        "time_identifier",
        "geographic_level",
        "country_code",
        "country_name",
        "region_code",
        "region_name",
        "old_la_code",
        "new_la_code",
        "la_name",
    ];
    let filter_columns = ["category", "population_type", "care_leaver_age", "breakdown"];
    let mut indicators = 0;
    let mut ranks = 0;
    for file in [
        "b1_children_in_need_2013_to_2025.csv",
        "cla_number_and_rate_per_10k_children.csv",
        "csww_indicators_2017_to_2025.csv",
        "la_care_leavers_accommodation_suitability.csv",
    ] {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> =
            reader.headers().unwrap().iter().map(|h| h.trim_start_matches('\u{feff}').to_owned()).collect();
        let filters: Vec<&str> = header.iter().map(String::as_str).filter(|h| filter_columns.contains(h)).collect();
        let measures: Vec<&str> =
            header.iter().map(String::as_str).filter(|h| !describing.contains(h) && !filters.contains(h)).collect();
        // Every combination of filter values the council rows have.
        let local = |h: &csv::StringRecord, r: &csv::StringRecord| field(h, r, "geographic_level") == "Local authority";
        let combinations: BTreeSet<Vec<String>> = reader
            .records()
            .flatten()
            .filter(|r| local(&csv::StringRecord::from(header.clone()), r))
            .map(|r| {
                filters.iter().map(|f| field(&csv::StringRecord::from(header.clone()), &r, f).to_owned()).collect()
            })
            .collect();
        let council = distinct(&text, "la_name", local).into_iter().next().unwrap();
        for combination in &combinations {
            let chosen: Vec<(&str, &str)> =
                filters.iter().copied().zip(combination.iter().map(String::as_str)).collect();
            let filter_json =
                serde_json::to_string(&chosen.iter().copied().collect::<std::collections::BTreeMap<_, _>>()).unwrap();
            for (n, measure) in measures.iter().enumerate() {
                // Both polarities, turn about.
                let polarity = if n % 2 == 0 { "lower-is-better" } else { "higher-is-better" };
                let options = format!(
                    r#"{{"indicator":"{measure}","council":{},"polarity":"{polarity}","filters":{filter_json}}}"#,
                    serde_json::to_string(&council).unwrap()
                );
                let keep = |h: &csv::StringRecord, r: &csv::StringRecord| {
                    local(h, r) && chosen.iter().all(|(f, v)| field(h, r, f) == *v)
                };
                let counted = every_period(&text, "time_period", "la_name", measure, keep);
                ranks += every_rank_agrees(&format!("{file} {measure} {filter_json}"), &text, &options, &counted);
                indicators += 1;
            }
        }
    }
    // The Fingertips export: one indicator, for persons, males and females; upper-tier councils.
    let text = fs::read_to_string(dir.join("la_hospital_admissions_2324.csv")).unwrap();
    for sex in ["Persons", "Male", "Female"] {
        let keep = |h: &csv::StringRecord, r: &csv::StringRecord| {
            field(h, r, "Area Type").starts_with("Counties")
                && field(h, r, "Sex") == sex
                && field(h, r, "Category Type").is_empty()
        };
        let counted = every_period(&text, "Time period", "Area Name", "Value", keep);
        ranks += every_rank_agrees(
            &format!("hospital admissions, {sex}"),
            &text,
            &format!(r#"{{"council":"Leeds","sex":"{sex}"}}"#),
            &counted,
        );
        indicators += 1;
    }
    eprintln!("{indicators} indicators of 5 files: {ranks} ranks and bands agree with a count");
    assert!(indicators >= 50 && ranks >= 50_000, "{indicators} indicators, {ranks} ranks");
}
