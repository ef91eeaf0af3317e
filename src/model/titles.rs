//! The words around every chart, whatever its kind: a headline title, and optionally a
//! subtitle and the source. Read once here for all three kinds; the scene draws them into
//! exports and the page shows them as text.

use crate::error::ChartError;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::Fields;

/// Invariant: the title is not blank, and each text is a label (at most `MAX_LABEL_CHARS`),
/// as `read` checks and every reader of published text supplies.
#[derive(Debug, Clone, PartialEq)]
pub struct Titles {
    title: String,
    subtitle: Option<String>,
    source: Option<String>,
    /// What a reader of a printed or exported chart needs besides its source: what it was
    /// compared with ("Compared with 151 councils with a figure in 2023/24") and when the data
    /// were taken ("Data accessed 2 December 2026").
    context: Vec<String>,
}

impl Titles {
    /// From the contract's shape: `title` (required), `subtitle` and `source`.
    pub fn read(fields: &Fields) -> Result<Titles, ChartError> {
        let optional = |name: &str| fields.optional(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose();
        Ok(Titles {
            title: fields.required("title", "the chart's headline title (text)")?.label(MAX_LABEL_CHARS)?,
            subtitle: optional("subtitle")?,
            source: optional("source")?,
            context: Vec::new(),
        })
    }

    /// From texts a reader has already checked as labels (a published file's options, or its
    /// own default title).
    pub fn new(title: String, subtitle: Option<String>, source: Option<String>) -> Titles {
        Titles { title, subtitle, source, context: Vec::new() }
    }

    /// These titles with `lines` said after the source.
    pub fn with_context(mut self, lines: impl IntoIterator<Item = String>) -> Titles {
        self.context.extend(lines);
        self
    }

    /// The line under a chart: "Source: DfE. Compared with 151 councils with a figure in
    /// 2023/24. Data accessed 2 December 2026."; `None` when there is nothing to say.
    pub fn source_line(&self) -> Option<String> {
        let source = self.source.as_ref().map(|s| format!("Source: {}", s.trim_end_matches('.')));
        let parts: Vec<String> = source.into_iter().chain(self.context.iter().cloned()).collect();
        (!parts.is_empty()).then(|| {
            let line = parts.join(". ");
            if parts.len() > 1 || self.source.as_deref().is_some_and(|s| s.ends_with('.')) {
                format!("{line}.")
            } else {
                line
            }
        })
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn subtitle(&self) -> Option<&str> {
        self.subtitle.as_deref()
    }

    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

/// Text as a sentence begins, whatever case it came in: "Very Close" and "LOCAL AUTHORITY
/// DISTRICT" as "Very close" and "Local authority district".
pub fn sentence_case(text: &str) -> String {
    let lower = text.trim().to_ascii_lowercase();
    let mut chars = lower.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// A file's column name as a title a reader can read: "rate_per_10000" as "Rate per 10,000",
/// "children_count" as "Children count". For a file that names an indicator by its column
/// alone (an EES file read without its `.meta.csv`).
pub fn readable_column(name: &str) -> String {
    let spaced: String = name.trim().chars().map(|c| if c == '_' { ' ' } else { c }).collect();
    let words: Vec<String> = sentence_case(&spaced).split_whitespace().map(thousands).map(acronym).collect();
    words.join(" ")
}

/// The acronyms DfE's column names use, as a reader writes them: "agency_rate_fte" is "Agency
/// rate FTE", "sen_support" "SEN support".
const ACRONYMS: [&str; 16] = [
    "fte", "sen", "send", "ehc", "ehcp", "cin", "cla", "cpp", "neet", "fsm", "uasc", "ks1", "ks2", "ks4", "gcse", "la",
];

fn acronym(word: String) -> String {
    if ACRONYMS.contains(&word.to_ascii_lowercase().as_str()) {
        word.to_ascii_uppercase()
    } else {
        word
    }
}

/// A word of four or more digits with its thousands marked ("10000" as "10,000"), but for a
/// year ("2024").
fn thousands(word: &str) -> String {
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    if word.len() < 4 || year || !word.bytes().all(|b| b.is_ascii_digit()) {
        return word.to_owned();
    }
    let mut out = String::new();
    crate::model::input::number::push_grouped(&mut out, word);
    out
}

#[cfg(test)]
mod readable_tests {
    use super::readable_column;

    #[test]
    fn a_column_name_reads_as_a_title() {
        assert_eq!(readable_column("rate_per_10000"), "Rate per 10,000");
        assert_eq!(readable_column("children_count"), "Children count");
        assert_eq!(readable_column("pt_1000000_x"), "Pt 1,000,000 x");
        assert_eq!(readable_column("Year 2024"), "Year 2024");
        assert_eq!(readable_column("rate_per_1000"), "Rate per 1,000");
        assert_eq!(readable_column("agency_rate_fte"), "Agency rate FTE");
        assert_eq!(readable_column("cla_with_ehc_plan"), "CLA with EHC plan");
        assert_eq!(readable_column("sentence"), "Sentence", "a word that begins like one is no acronym");
    }
}
