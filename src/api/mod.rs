//! The front door for Rust callers: the four charts, made from JSON text, from published text or
//! from the typed shapes, and what every chart says of itself (the [`Chart`] trait).
//!
//! The same charts the JavaScript draws: a chart made here and mounted with `web::mount` is the
//! chart `kpiChart(el, data, options)` makes from the same data and options, and its words,
//! summary, CSV and SVG are the same text.

pub(crate) mod drawn;
mod funding;
mod judgement;
mod kpi;
mod read;
mod scorecard;

pub use funding::FundingChart;
pub use judgement::JudgementChart;
pub use kpi::KpiChart;
pub use scorecard::Scorecard;

use crate::error::ChartError;
use crate::model::shapes::results::Summary;
use crate::scene::{ArialMetrics, Theme};

/// What every chart says of itself, whatever it draws.
///
/// Implemented by [`KpiChart`], [`JudgementChart`], [`FundingChart`] and [`Scorecard`] only.
///
/// ```
/// use council_charts::{Chart, KpiChart};
///
/// let csv = "Year,Our council,England\n2021/22,71,70\n2022/23,69,71\n2023/24,67,70";
/// let chart = KpiChart::from_text(csv, r#"{ "title": "Children looked after per 10,000" }"#)?;
/// assert!(chart.describe().starts_with("Children looked after per 10,000"));
/// assert_eq!(chart.to_csv().lines().next(), Some("period,Our council,England"));
/// assert!(chart.to_svg(640.0)?.starts_with("<svg"));
/// # Ok::<(), council_charts::ChartError>(())
/// ```
pub trait Chart: sealed::Sealed {
    /// A plain-English summary of what the chart shows: what a screen reader hears first.
    fn describe(&self) -> String;
    /// The figures [`describe`](Chart::describe) speaks, as typed data.
    fn summary(&self) -> Summary;
    /// The chart's data as CSV text, one row per period, line or area.
    fn to_csv(&self) -> String;
    /// The chart as a static SVG document `width` CSS pixels wide, as tall as it needs, with its
    /// titles, notes and source drawn in: for print and committee papers.
    ///
    /// # Errors
    /// `width` must be a number of CSS pixels from 100 to 4,000; a scorecard of tiles is many
    /// pictures and has no one SVG (make it with `{ "view": "spine" }` for one).
    fn to_svg(&self, width: f64) -> Result<String, ChartError>;
}

/// Narrowest and widest SVG a chart draws, in CSS pixels.
const SVG_WIDTHS: std::ops::RangeInclusive<f64> = 100.0..=4000.0;

/// One chart's SVG at a checked width.
fn svg_of(chart: &dyn crate::chart::Chart, width: f64) -> Result<String, ChartError> {
    if !SVG_WIDTHS.contains(&width) {
        return Err(ChartError::new(
            "width",
            format!("expected a width in CSS pixels from 100 to 4,000, found {width}"),
        ));
    }
    Ok(crate::chart::picture::to_svg(chart, width, &Theme::default(), &ArialMetrics))
}

mod sealed {
    /// Only this crate's charts are charts: the trait may gain methods without breaking anyone.
    pub trait Sealed {}
    impl Sealed for super::KpiChart {}
    impl Sealed for super::JudgementChart {}
    impl Sealed for super::FundingChart {}
    impl Sealed for super::Scorecard {}
}
