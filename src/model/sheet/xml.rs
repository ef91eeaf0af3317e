//! What the spreadsheet readers need of quick-xml: a reader that refuses a DOCTYPE and deep
//! nesting, attributes by local name, and entity references resolved (the five XML defines
//! and numbered characters only: no entity of a file's own is ever expanded).

use super::limits::{refuse, MAX_DEPTH};
use crate::error::ChartError;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

/// Reads one XML file of the spreadsheet, `part` naming it in errors.
pub struct Xml<'a> {
    reader: Reader<&'a [u8]>,
    part: &'a str,
    depth: usize,
}

pub fn broken(part: &str, why: impl std::fmt::Display) -> ChartError {
    refuse(format!(
        "{part} in this spreadsheet is not well-formed XML ({why}); save the spreadsheet again and give the new file"
    ))
}

impl<'a> Xml<'a> {
    pub fn new(bytes: &'a [u8], part: &'a str) -> Self {
        let mut reader = Reader::from_reader(bytes);
        reader.config_mut().check_end_names = true;
        Xml { reader, part, depth: 0 }
    }

    /// The next event; `None` at the end. A DOCTYPE (where a file would declare its own
    /// entities) and nesting deeper than [`MAX_DEPTH`] are refused.
    pub fn next(&mut self) -> Result<Option<Event<'a>>, ChartError> {
        let event = self.reader.read_event().map_err(|e| broken(self.part, e))?;
        match &event {
            Event::Eof => return Ok(None),
            Event::DocType(_) => {
                return Err(refuse(format!(
                    "{} in this spreadsheet declares a DOCTYPE, which no spreadsheet program writes; it is not read",
                    self.part
                )))
            }
            Event::Start(_) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(broken(self.part, format!("nested more than {MAX_DEPTH} deep")));
                }
            }
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        Ok(Some(event))
    }

    /// An attribute's value by its local name (`table:name` by `name`), unescaped.
    pub fn attribute(&self, element: &BytesStart, local: &[u8]) -> Result<Option<String>, ChartError> {
        for attribute in element.attributes() {
            let attribute = attribute.map_err(|e| broken(self.part, e))?;
            if attribute.key.local_name().as_ref() == local {
                let value = attribute.unescape_value().map_err(|e| broken(self.part, e))?;
                return Ok(Some(value.into_owned()));
            }
        }
        Ok(None)
    }

    /// A whole-number attribute (a repeat count), 1 when absent.
    pub fn count(&self, element: &BytesStart, local: &[u8]) -> Result<usize, ChartError> {
        match self.attribute(element, local)? {
            None => Ok(1),
            Some(text) => text.trim().parse::<usize>().map_err(|_| broken(self.part, format!("a count of \"{text}\""))),
        }
    }

    /// The text an entity reference stands for.
    pub fn entity(&self, reference: &BytesRef) -> Result<String, ChartError> {
        if let Some(c) = reference.resolve_char_ref().map_err(|e| broken(self.part, e))? {
            return Ok(c.to_string());
        }
        let name = reference.decode().map_err(|e| broken(self.part, e))?;
        quick_xml::escape::resolve_predefined_entity(&name)
            .map(str::to_owned)
            .ok_or_else(|| broken(self.part, format!("an entity of its own, &{name};")))
    }

    /// Text content with line ends as XML reads them.
    pub fn text(&self, text: &quick_xml::events::BytesText) -> Result<String, ChartError> {
        Ok(text.xml_content().map_err(|e| broken(self.part, e))?.into_owned())
    }
}
