//! The TypeScript declarations (js/types.d.ts) written from the shapes by ts-rs: each type's
//! documentation, then `export type Name = …;` with one field per line, in the order a reader
//! meets them. tests/typescript.rs compares the file with this text.

use ts_rs::{Config, TS};

use super::*;

const HEADER: &str = "\
// The data shapes and options of council-charts, generated from the serde types in
// src/model/shapes/ by ts-rs: do not edit by hand; change the Rust types and run
// `UPDATE_SNAPSHOTS=1 cargo test --test typescript`. src/web/types.rs puts this text into the
// generated declarations (council_charts.d.ts); the package's end-to-end test type-checks every
// fixture the Rust tests read against it with `tsc --noEmit`.
";

/// The whole file.
pub fn declarations() -> String {
    let config = Config::default();
    let mut out = String::from(HEADER);
    let mut add = |docs: Option<String>, decl: String| {
        out.push('\n');
        out.push_str(&docs.unwrap_or_default());
        out.push_str("export ");
        out.push_str(&one_field_per_line(&decl));
        out.push('\n');
    };
    macro_rules! declare {
        ($($shape:ty),* $(,)?) => { $( add(<$shape>::docs(), <$shape>::decl(&config)); )* };
    }
    declare!(
        Value,
        Period,
        Unit,
        Polarity,
        Interval,
        Thresholds,
        Annotation,
        KpiData,
        KpiSeries,
        SeriesName,
        Role,
        KpiPointSeries,
        KpiRegularSeries,
        KpiPoint,
        Compared,
        CouncilsAt,
        CouncilValue,
        JudgementData,
        GradeName,
        GradeDefinition,
        Inspection,
        JudgementArea,
        Grade,
        FundingData,
        Amount,
        Derived,
        FundingSection,
        FundingRow,
        OfWhich,
        FundingTotal,
        ChartOptions,
        PrintWhat,
        CsvTitles,
        KpiOptions,
        KpiItemOptions,
        KpiView,
        MapColour,
        CompareBy,
        NeighbourDrawing,
        JudgementOptions,
        JudgementView,
        FundingOptions,
        FundingView,
        ScorecardOptions,
        ScorecardOrder,
        ScorecardView,
        ScorecardItem,
        ScorecardItemWithOptions,
        ScorecardItemData,
        SonifyOptions,
        SpreadsheetOptions,
        Finding,
        FindingLevel,
        TextLayout,
        Summary,
        Figure,
        KpiSummary,
        BenchmarkFigure,
        RankSummary,
        MapSummary,
        RegionCount,
        ClassCount,
        JudgementSummary,
        AreaSummary,
        FundingSummary,
        ScorecardSummary,
        ColumnTotal,
    );
    out
}

/// ts-rs writes an object type on one line (`{ a: T, b?: U, }`): the fields of the outermost
/// braces go one to a line, their documentation indented with them, for a reader's sake.
fn one_field_per_line(decl: &str) -> String {
    if !decl.contains(" = { ") {
        return decl.to_owned(); // a union or an alias
    }
    let mut out = String::with_capacity(decl.len() * 2);
    let mut depth = 0usize;
    let mut quoted = false;
    let mut comment = false;
    let mut chars = decl.chars().peekable();
    while let Some(c) = chars.next() {
        if comment {
            if c == '\n' {
                out.push_str("\n  ");
            } else {
                out.push(c);
            }
            if c == '*' && chars.next_if_eq(&'/').is_some() {
                out.push('/');
                comment = false;
            }
            continue;
        }
        if quoted {
            out.push(c);
            quoted = c != '"';
            continue;
        }
        match c {
            '"' => {
                quoted = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'*') => {
                comment = true;
                out.push(c);
            }
            '{' | '[' | '(' | '<' => {
                depth += 1;
                out.push(c);
                if depth == 1 {
                    new_line(&mut out, &mut chars);
                }
            }
            '}' | ']' | ')' | '>' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    out.truncate(out.trim_end().len());
                    out.push('\n');
                }
                out.push(c);
            }
            ',' if depth == 1 => {
                out.push(c);
                new_line(&mut out, &mut chars);
            }
            '\n' if depth == 1 => new_line(&mut out, &mut chars),
            _ => out.push(c),
        }
    }
    out
}

/// A line break inside the braces, indented, with ts-rs's own spaces and breaks after it dropped.
fn new_line(out: &mut String, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars.next_if(|c| c.is_whitespace()).is_some() {}
    out.push_str("\n  ");
}
