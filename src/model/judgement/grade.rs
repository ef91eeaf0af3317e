//! Grade scales are data: Ofsted's four grades by default, or any ordered list of three to
//! seven from the input (CQC, school report cards). Matching is forgiving of case and
//! spacing, knows Ofsted's abbreviations, and reads numeric codes when asked to.

use crate::error::ChartError;
use crate::model::color::Color;
use crate::model::input::json::{quote, Json};
use crate::model::input::keys;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::Node;

#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub name: String,
    /// For cells a little too narrow for the name ("Requires improvement").
    pub medium: Option<String>,
    /// For cells too narrow for either ("RI").
    pub short: String,
    pub color: Option<Color>,
}

/// An ordered scale, best first. Invariant: 3 to 7 grades with distinct names.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeScale {
    pub grades: Vec<Grade>,
    /// The default Ofsted scale, whose abbreviations ("RI") are understood.
    pub ofsted: bool,
}

pub const OFSTED: [&str; 4] = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"];

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

impl GradeScale {
    pub fn ofsted() -> Self {
        let short = ["Outstanding", "Good", "RI", "Inadequate"];
        GradeScale {
            grades: OFSTED
                .iter()
                .zip(short)
                .map(|(name, short)| Grade {
                    name: (*name).into(),
                    medium: name.strip_suffix(" to be good").map(str::to_owned),
                    short: short.into(),
                    color: None,
                })
                .collect(),
            ofsted: true,
        }
    }

    /// Reads `scale`: a list of names, or of `{ "name", "short", "color" }` objects.
    pub fn read(node: &Node) -> Result<Self, ChartError> {
        let items = node.array()?;
        if !(3..=7).contains(&items.len()) {
            return Err(node.error(format!("expected three to seven grades, best first, found {}", items.len())));
        }
        let mut grades: Vec<Grade> = Vec::with_capacity(items.len());
        for item in &items {
            let grade = match item.value() {
                Json::String(_) => {
                    let name = item.label(MAX_LABEL_CHARS)?;
                    Grade { short: name.clone(), name, medium: None, color: None }
                }
                _ => {
                    let fields = keys::object(item, &keys::GRADE)?;
                    let name = fields.required("name", "the grade's name")?.label(MAX_LABEL_CHARS)?;
                    let short = match fields.optional("short") {
                        Some(s) => s.label(MAX_LABEL_CHARS)?,
                        None => name.clone(),
                    };
                    let color = fields.optional("color").map(|c| read_color(&c)).transpose()?;
                    Grade { name, medium: None, short, color }
                }
            };
            if grades.iter().any(|g| normalise(&g.name) == normalise(&grade.name)) {
                return Err(item.error(format!("{} is in the scale twice", quote(&grade.name))));
            }
            grades.push(grade);
        }
        let ofsted = grades.len() == 4 && grades.iter().zip(OFSTED).all(|(g, o)| normalise(&g.name) == normalise(o));
        Ok(GradeScale { grades, ofsted })
    }

    pub fn len(&self) -> usize {
        self.grades.len()
    }

    pub fn is_empty(&self) -> bool {
        self.grades.is_empty()
    }

    pub fn get(&self, rank: usize) -> Option<&Grade> {
        self.grades.get(rank)
    }

    /// The rank (0 = best) of a grade as written, or `None` for "not judged".
    pub fn read_grade(&self, node: &Node, numeric: bool) -> Result<Option<usize>, ChartError> {
        let text = match node.value() {
            Json::Null => return Ok(None),
            Json::Number(n) if numeric => n.to_string(),
            Json::String(s) => s.clone(),
            Json::Number(_) => {
                let hint = "set \"numericGrades\": true to read codes 1 (best) and up";
                return Err(node.error(format!(
                    "expected a grade ({}) or null, {}; {hint}",
                    self.names(),
                    node.value().found()
                )));
            }
            _ => return Err(node.expected(&format!("a grade ({}) or null", self.names()))),
        };
        self.grade_of_text(&text, numeric).map_err(|message| node.error(message))
    }

    /// The rank (0 = best) of a grade written as text (a cell, or JSON's string), or `None`
    /// for "not judged"; the error says what was wrong, for the caller to place.
    pub fn grade_of_text(&self, text: &str, numeric: bool) -> Result<Option<usize>, String> {
        let wanted = normalise(text);
        if wanted.is_empty() || wanted == "not judged" || wanted == "-" {
            return Ok(None);
        }
        if numeric {
            if let Ok(code) = wanted.parse::<usize>() {
                return match code {
                    c if (1..=self.len()).contains(&c) => Ok(Some(c - 1)),
                    c if c == self.len() + 1 => Ok(None), // older data: the code after the worst grade is "not judged"
                    _ => Err(format!("grade code {code} is not on the scale; expected 1 (best) to {}", self.len())),
                };
            }
        }
        let found = self.grades.iter().position(|g| normalise(&g.name) == wanted || normalise(&g.short) == wanted);
        // Papers shorten "Requires improvement to be good" freely.
        let alias = || match (self.ofsted, wanted.as_str()) {
            (true, "ri" | "requires improvement") => Some(2),
            _ => None,
        };
        match found.or_else(alias) {
            Some(rank) => Ok(Some(rank)),
            None => Err(format!("unknown grade {}; expected one of {}", quote(text), self.names())),
        }
    }

    fn names(&self) -> String {
        self.grades.iter().map(|g| g.name.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// "#12436D" or "#fff".
fn read_color(node: &Node) -> Result<Color, ChartError> {
    Color::from_hex(node.string()?).ok_or_else(|| node.expected("a colour such as \"#12436D\""))
}
