//! The one error type. Every error says where (the input path) and what was expected.

use std::fmt;

/// Bad input, found while checking data or options at the model boundary.
///
/// `path` is the offending field in JavaScript notation (`series[0].points[3].value`),
/// `data` when the whole input is wrong, or `options.view` for options. `Display` gives
/// `path: message`, which is what a JavaScript `Error` carries.
///
/// ```
/// use council_charts::KpiChart;
///
/// let data = r#"{ "title": "Re-referrals", "series": [{ "name": "Our council",
///   "points": [{ "period": "2023", "vaule": 24 }] }] }"#;
/// let Err(error) = KpiChart::from_json(data, "") else { panic!("a misspelt key is refused") };
/// assert_eq!(error.path, "series[0].points[0].vaule");
/// assert!(error.message.contains("did you mean \"value\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError {
    /// The offending field in JavaScript notation (`series[0].points[3].value`), `data` for the whole input, or `options.view` for an option.
    pub path: String,
    /// What was wrong, and what was expected instead.
    pub message: String,
}

impl ChartError {
    /// An error at `path`, saying `message`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        ChartError { path: path.into(), message: message.into() }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ChartError {}
