//! # council-charts
//!
//! Accessible, interactive charts of English council data: inspection judgements, funding plans
//! and KPI series. In a browser they are canvas charts a reader can use by keyboard and screen
//! reader; natively (and anywhere) each chart says itself in words, as typed figures, as CSV and
//! as SVG.
//!
//! ## The front door
//! - Four charts: [`KpiChart`], [`JudgementChart`], [`FundingChart`] and [`Scorecard`], each
//!   made from JSON text (`from_json`), from text as published or pasted (`from_text`: CSV,
//!   tab-separated text, DfE, Ofsted, OHID and MHCLG files), or from the typed [`shapes`]
//!   (`new`). Whatever the route, bad input is refused as a [`ChartError`] naming its path.
//! - What every chart says of itself: the [`Chart`] trait (`describe`, `summary`, `to_csv`,
//!   `to_svg`); `summary` gives a typed [`Summary`].
//! - In WebAssembly, `web::mount(container, chart)` draws any of the four on the page, as the
//!   JavaScript's `kpiChart(el, data, options)` does, and returns a handle with `update`,
//!   `describe` and `destroy`.
//!
//! ```
//! use council_charts::{Chart, KpiChart};
//!
//! // A DfE Explore Education Statistics file, as published: one row per area and year.
//! let published = "\
//! time_period,time_identifier,geographic_level,country_code,country_name,region_name,la_name,new_la_code,rate
//! 2023,Reporting year,National,E92000001,England,,,,50
//! 2023,Reporting year,Local authority,E92000001,England,South West,Devon,E10000008,52
//! 2024,Reporting year,National,E92000001,England,,,,51
//! 2024,Reporting year,Local authority,E92000001,England,South West,Devon,E10000008,55
//! ";
//! let chart = KpiChart::from_text(published, r#"{ "council": "Devon", "indicator": "rate" }"#)?;
//! println!("{}", chart.describe());
//! let svg = chart.to_svg(640.0)?;
//! assert!(svg.contains("Devon"));
//! # Ok::<(), council_charts::ChartError>(())
//! ```
//!
//! ## Inside
//! Data flows one way through six stages, each a private module named after it: `model`
//! (checked, typed values: the only stage that rejects input), `scale` (values to pixels),
//! `scene` (shapes in CSS pixels, each tagged with its datum), `paint` (the scene onto a
//! plotters backend), `interact` (hit-testing and the keyboard over the scene) and `web` (the
//! only module that touches wasm-bindgen and web-sys). `chart` ties them together per chart
//! kind; `words` and `export` say a chart in sentences, CSV and SVG.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

mod api;
mod error;
// The stages are private: documented for whoever works on them, not held to the public API's
// missing-docs rule (the public types they define, `model::shapes`, are: see there).
#[allow(missing_docs)]
mod chart;
#[allow(missing_docs)]
mod export;
#[allow(missing_docs)]
mod interact;
#[allow(missing_docs)]
mod model;
#[allow(missing_docs)]
mod paint;
#[allow(missing_docs)]
mod scale;
#[allow(missing_docs)]
mod scene;
#[allow(missing_docs)]
mod words;

#[doc(hidden)]
pub mod testing;

#[cfg(all(target_arch = "wasm32", not(feature = "sheet-module")))]
pub mod web;
/// The spreadsheet reader's own WebAssembly module (`--features sheet-module`): readSpreadsheet
/// alone, fetched by the chart modules' `readSpreadsheet` on first use.
#[cfg(all(target_arch = "wasm32", feature = "sheet-module"))]
#[path = "web/sheet_module.rs"]
pub mod web;

pub use api::{Chart, FundingChart, JudgementChart, KpiChart, Scorecard};
pub use error::ChartError;
pub use model::shapes::results::{
    AreaSummary, BenchmarkFigure, ColumnTotal, Figure, FundingSummary, JudgementSummary, KpiSummary, RankSummary,
    ScorecardSummary, Summary,
};

/// The data and options as typed shapes: what a page (or a Rust program) may give, field by
/// field, as the JSON the charts read. The TypeScript declarations of the npm package are
/// written from these same types.
pub mod shapes {
    pub use crate::model::shapes::{
        Amount, Annotation, ChartOptions, Compared, CouncilValue, CouncilsAt, CsvTitles, Derived, FundingData,
        FundingOptions, FundingRow, FundingSection, FundingTotal, FundingView, Grade, GradeDefinition, GradeName,
        Inspection, Interval, JudgementArea, JudgementData, JudgementOptions, JudgementView, KpiData, KpiItemOptions,
        KpiOptions, KpiPoint, KpiPointSeries, KpiRegularSeries, KpiSeries, KpiView, NeighbourDrawing, OfWhich, Period,
        Polarity, PrintWhat, Role, ScorecardItem, ScorecardItemData, ScorecardItemWithOptions, ScorecardOptions,
        ScorecardOrder, ScorecardView, SeriesName, Thresholds, Unit, Value,
    };
}
