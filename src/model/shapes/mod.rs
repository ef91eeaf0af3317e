//! The public data shapes and options as serde types: what a page (or a Rust program writing
//! JSON for one) may give, field by field. The TypeScript declarations every export is typed by
//! (js/types.d.ts) are generated from these types by tests/typescript.rs, so Rust and
//! TypeScript cannot drift apart; tests/shapes.rs reads every JSON fixture into them without
//! losing a field, and the package's end-to-end test type-checks the same fixtures with tsc.
//!
//! Native only: they cost the WebAssembly nothing. In the browser, a JavaScript value crosses
//! into the model by `web::input`'s walk rather than through serde-wasm-bindgen, because the
//! walk gives what serde-wasm-bindgen 0.6 cannot (see that file): a typed array of any element
//! type in one copy, an error path for a function or a throwing Proxy, and the model's own
//! messages, which name each field's path. What crosses out (model::shapes::results: summaries,
//! findings, text layouts) is compiled into the WebAssembly and goes through serde-wasm-bindgen.

mod common;
mod funding;
mod judgement;
mod kpi;
mod options;
pub mod results;
pub mod typescript;

pub use common::{Annotation, Interval, Period, Polarity, Thresholds, Unit, Value};
pub use funding::{Amount, Derived, FundingData, FundingRow, FundingSection, FundingTotal, OfWhich};
pub use judgement::{Grade, GradeDefinition, GradeName, Inspection, JudgementArea, JudgementData};
pub use kpi::{
    Compared, CouncilValue, CouncilsAt, KpiData, KpiPoint, KpiPointSeries, KpiRegularSeries, KpiSeries, Role,
    SeriesName,
};
pub use options::{
    ChartOptions, CompareBy, CsvTitles, FundingOptions, FundingView, JudgementOptions, JudgementView, KpiItemOptions,
    KpiOptions, KpiView, MapColour, NeighbourDrawing, PrintWhat, ScorecardItem, ScorecardItemData,
    ScorecardItemWithOptions, ScorecardOptions, ScorecardOrder, ScorecardView, SonifyOptions, SpreadsheetOptions,
};
pub use results::{
    AreaSummary, BenchmarkFigure, ClassCount, ColumnTotal, Figure, Finding, FindingLevel, FundingSummary,
    JudgementSummary, KpiSummary, MapSummary, RankSummary, RegionCount, ScorecardSummary, Summary, TextLayout,
};
