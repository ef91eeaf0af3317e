//! What the library gives back: findings on a funding plan, and the text a picture lays out.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What `checkFundingPlan` finds: a figure that does not add up, or one that may not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub level: FindingLevel,
    /// The figure's path, e.g. `sections[1].subtotal[0]`.
    pub path: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FindingLevel {
    Error,
    Warning,
}

/// `textBoxes()`: every text a chart draws, where it lies (for tests of overlap and clipping).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct TextLayout {
    pub width: f64,
    pub height: f64,
    /// `[text, left, top, right, bottom]` in CSS pixels.
    pub texts: Vec<(String, f64, f64, f64, f64)>,
}
