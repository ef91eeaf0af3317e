//! The keys each object of the data and the options may have. A key outside these is a mistake
//! (a misspelt `polarty`, a point's `vaule` that would be drawn as a gap), so it is refused with
//! its path and the nearest known key, never ignored. The lists are the fields js/types.d.ts
//! declares for each type (written by ts-rs from `model::shapes`): `tests/shapes.rs` fails if
//! a list and its type differ, so the reader and the TypeScript say the same thing.

use crate::error::ChartError;
use crate::model::input::json::{quote, Json};
use crate::model::input::node::{Fields, Node};

/// An object's known keys, and the type in js/types.d.ts that declares them (several types
/// joined by `|` for a union, such as a series of points or of regular values).
pub struct Known {
    pub types: &'static str,
    /// What a key of this object is, for messages: "a field of a point".
    pub what: &'static str,
    pub keys: &'static [&'static str],
    /// The keys the type requires: while one is missing, the reader's "missing" message comes
    /// before an unknown key's (unless that key is a slip for a known one).
    pub required: &'static [&'static str],
}

const TITLES: [&str; 3] = ["title", "subtitle", "source"];

pub const KPI: Known = Known {
    types: "KpiData",
    what: "a field of KPI data",
    keys: &[
        "title",
        "subtitle",
        "unit",
        "polarity",
        "target",
        "thresholds",
        "series",
        "annotations",
        "source",
        "trend",
        "comparedTo",
        "benchmarksComparable",
        "councils",
    ],
    required: &["title", "series"],
};
pub const SERIES: Known = Known {
    types: "KpiPointSeries|KpiRegularSeries",
    what: "a field of a series",
    keys: &["name", "role", "points", "start", "interval", "values"],
    required: &["name"],
};
pub const POINT: Known = Known {
    types: "KpiPoint",
    what: "a field of a point",
    keys: &["period", "value", "lower", "upper", "compared", "note"],
    required: &["period", "value"],
};
pub const THRESHOLDS: Known =
    Known { types: "Thresholds", what: "a threshold", keys: &["green", "amber"], required: &["green", "amber"] };
pub const ANNOTATION: Known = Known {
    types: "Annotation",
    what: "a field of an annotation",
    keys: &["period", "label"],
    required: &["period", "label"],
};
pub const COUNCILS_AT: Known = Known {
    types: "CouncilsAt",
    what: "a field of a period's councils",
    keys: &["period", "values"],
    required: &["period", "values"],
};
pub const COUNCIL_VALUE: Known = Known {
    types: "CouncilValue",
    what: "a field of a council's figure",
    keys: &["council", "code", "value"],
    required: &["council"],
};

pub const JUDGEMENTS: Known = Known {
    types: "JudgementData",
    what: "a field of judgement data",
    keys: &["title", "subtitle", "source", "scale", "inspections", "areas", "numericGrades"],
    required: &["title", "inspections", "areas"],
};
pub const GRADE: Known = Known {
    types: "GradeDefinition",
    what: "a field of a grade",
    keys: &["name", "short", "color"],
    required: &["name"],
};
pub const INSPECTION: Known =
    Known { types: "Inspection", what: "a field of an inspection", keys: &["label", "date"], required: &["label"] };
pub const AREA: Known = Known {
    types: "JudgementArea",
    what: "a field of an area",
    keys: &["name", "grades", "judgedFrom"],
    required: &["name", "grades"],
};

pub const PLAN: Known = Known {
    types: "FundingData",
    what: "a field of a funding plan",
    keys: &["title", "subtitle", "source", "unit", "columns", "derived", "sections", "totals", "available"],
    required: &["title", "columns", "sections"],
};
pub const DERIVED: Known = Known {
    types: "Derived",
    what: "a field of a derived column",
    keys: &["column", "add", "subtract"],
    required: &["column"],
};
pub const SECTION: Known = Known {
    types: "FundingSection",
    what: "a field of a section",
    keys: &["name", "lines", "subtotal"],
    required: &["name", "lines"],
};
pub const ROW: Known = Known {
    types: "FundingRow",
    what: "a field of a line",
    keys: &["name", "values", "ofWhich"],
    required: &["name", "values"],
};
pub const OF_WHICH: Known = Known {
    types: "OfWhich",
    what: "a field of an \"of which\" part",
    keys: &["name", "values"],
    required: &["name", "values"],
};
pub const TOTAL: Known = Known {
    types: "FundingTotal",
    what: "a field of a total",
    keys: &["name", "values", "covers", "ofWhich"],
    required: &["name", "values"],
};

/// A KPI chart's options, for `KPI_OPTIONS` and, with `order` before them, a scorecard's.
macro_rules! kpi_option_keys {
    ($($extra:literal),*) => {
        &[$($extra,)*
        "view",
        "neighbours",
        "bands",
        "mapColour",
        "unit",
        "polarity",
        "target",
        "thresholds",
        "annotations",
        "benchmarks",
        "indicator",
        "meta",
        "council",
        "comparators",
        "filters",
        "sex",
        "age",
        "height",
        "titles",
        "toolbar",
        "accessed",
        "print",
        "headingLevel",
        "title",
        "subtitle",
        "source"]
    };
}

pub const KPI_OPTIONS: Known =
    Known { types: "KpiOptions", what: "an option of a KPI chart", keys: kpi_option_keys!(), required: &[] };
pub const JUDGEMENT_OPTIONS: Known = Known {
    types: "JudgementOptions",
    what: "an option of a judgement chart",
    keys: &[
        "view",
        "council",
        "byRegion",
        "scale",
        "numericGrades",
        "height",
        "titles",
        "toolbar",
        "accessed",
        "print",
        "headingLevel",
        "title",
        "subtitle",
        "source",
    ],
    required: &[],
};
pub const FUNDING_OPTIONS: Known = Known {
    types: "FundingOptions",
    what: "an option of a funding chart",
    keys: &[
        "view",
        "columns",
        "unit",
        "derived",
        "council",
        "height",
        "titles",
        "toolbar",
        "accessed",
        "print",
        "headingLevel",
        "title",
        "subtitle",
        "source",
    ],
    required: &[],
};

pub const SCORECARD_OPTIONS: Known = Known {
    types: "ScorecardOptions",
    what: "an option of a scorecard",
    keys: kpi_option_keys!("order", "compareBy"),
    required: &[],
};

pub const SONIFY_OPTIONS: Known =
    Known { types: "SonifyOptions", what: "an option of sonify()", keys: &["benchmarks", "context"], required: &[] };

/// Every object the readers check, for the test that holds each list to its declared type.
pub const ALL: [&Known; 23] = [
    &KPI,
    &SERIES,
    &POINT,
    &THRESHOLDS,
    &ANNOTATION,
    &COUNCILS_AT,
    &COUNCIL_VALUE,
    &JUDGEMENTS,
    &GRADE,
    &INSPECTION,
    &AREA,
    &PLAN,
    &DERIVED,
    &SECTION,
    &ROW,
    &OF_WHICH,
    &TOTAL,
    &KPI_OPTIONS,
    &JUDGEMENT_OPTIONS,
    &FUNDING_OPTIONS,
    &SCORECARD_OPTIONS,
    &SONIFY_OPTIONS,
    &SPREADSHEET_OPTIONS,
];

/// Options that say what CSV or tab-separated text cannot: with JSON data they would be
/// ignored, so they are refused there with where they belong.
const FOR_TEXT_ONLY: [&str; 16] = [
    "unit",
    "polarity",
    "target",
    "thresholds",
    "annotations",
    "benchmarks",
    "indicator",
    "meta",
    "council",
    "comparators",
    "filters",
    "sex",
    "age",
    "derived",
    "scale",
    "numericGrades",
];

pub const SPREADSHEET_OPTIONS: Known = Known {
    types: "SpreadsheetOptions",
    what: "an option of readSpreadsheet",
    keys: &["sheet", "range"],
    required: &[],
};

/// Whether an option only says something of CSV or tab-separated text (which column, which
/// council, the unit and titles CSV cannot carry).
pub fn for_text_only(key: &str) -> bool {
    FOR_TEXT_ONLY.contains(&key) || TITLES.contains(&key)
}

/// The fields of an object whose every key `known` lists: a misspelt key is an error, never
/// ignored.
pub fn object<'a>(node: &Node<'a>, known: &Known) -> Result<Fields<'a>, ChartError> {
    let fields = node.object()?;
    only_known(node, known)?;
    Ok(fields)
}

/// Refuses any key of `node` (an object) that `known` does not list, naming the nearest.
pub fn only_known(node: &Node, known: &Known) -> Result<(), ChartError> {
    let Json::Object(entries) = node.value() else { return Ok(()) };
    let Some((key, _)) = entries.iter().find(|(key, _)| !known.keys.contains(&key.as_str())) else {
        return Ok(());
    };
    let missing = known.required.iter().any(|r| !entries.iter().any(|(k, v)| k == r && !matches!(v, Json::Null)));
    if missing && nearest_key(key, known.keys).is_none() {
        return Ok(()); // the reader names the missing key; this one is named once it is given
    }
    Err(ChartError::new(child(node, key), unknown(key, known)))
}

/// Checks the options of a chart whose data is JSON (`text` false) or text: every key known,
/// and none that only text input reads given with JSON data.
pub fn check_options(options: &Json, known: &Known, data: &Known, text: bool) -> Result<(), ChartError> {
    let node = Node::named(options, "options");
    only_known(&node, known)?;
    let Json::Object(entries) = options else { return Ok(()) };
    if text {
        return Ok(());
    }
    if let Some((_, Json::Array(_))) = entries.iter().find(|(key, _)| key == "neighbours") {
        return Err(ChartError::new(
            "options.neighbours",
            "a list of councils picks neighbours from a published file of every council; with JSON data give each neighbour as a series with \"role\": \"neighbour\"",
        ));
    }
    let misplaced = entries.iter().find(|(key, value)| {
        !matches!(value, Json::Null) && (FOR_TEXT_ONLY.contains(&key.as_str()) || TITLES.contains(&key.as_str()))
    });
    match misplaced {
        None => Ok(()),
        Some((key, _)) if data.keys.contains(&key.as_str()) => Err(ChartError::new(
            format!("options.{key}"),
            format!(
                "applies to CSV or tab-separated text only; with JSON data give {} in the data instead",
                quote(key)
            ),
        )),
        Some((key, _)) => Err(ChartError::new(
            format!("options.{key}"),
            "applies to CSV or tab-separated text only (such as a published file), which it picks from; JSON data needs no picking",
        )),
    }
}

/// The path of a key: `sections`, `options.view`; a key of no letters is quoted (`data[""]`)
/// so that the path still says where it is.
fn child(node: &Node, key: &str) -> String {
    match (node.path().as_str(), key.trim().is_empty()) {
        (path, true) => format!("{path}[{}]", quote(key)),
        ("data", false) => key.to_owned(),
        (path, false) => format!("{path}.{key}"),
    }
}

/// "is not an option of a KPI chart; did you mean "polarity"?", or where the key belongs.
fn unknown(key: &str, known: &Known) -> String {
    let is_options = known.types.ends_with("Options");
    if !is_options && ["view", "height", "toolbar", "titles", "bands", "neighbours"].contains(&key) {
        return format!("is an option, not {}; give it in the options (the third argument)", known.what);
    }
    match nearest_key(key, known.keys) {
        Some(near) => format!("is not {}; did you mean {}?", known.what, quote(near)),
        None => format!("is not {}; expected one of {}", known.what, known.keys.join(", ")),
    }
}

/// The known key a misspelt one was meant to be, ignoring case (`input::nearest`).
fn nearest_key(key: &str, keys: &[&'static str]) -> Option<&'static str> {
    use crate::model::input::nearest::{lower, nearest};
    nearest(key, keys, lower).and_then(|i| keys.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_finds_its_key_and_a_stranger_lists_them() {
        assert_eq!(nearest_key("polarty", KPI_OPTIONS.keys), Some("polarity"));
        assert_eq!(nearest_key("vaule", POINT.keys), Some("value"));
        assert_eq!(nearest_key("Title", KPI.keys), Some("title"));
        assert_eq!(nearest_key("colour", GRADE.keys), Some("color"));
        assert_eq!(nearest_key("xyzzy", POINT.keys), None);
    }
}
