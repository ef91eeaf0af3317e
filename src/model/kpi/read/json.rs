//! A KPI object as JSON gives it, checked whole: every key known, every field read with its
//! path. The series are read by `kpi_series`, every council's figures by `kpi_councils`; what
//! a file's reader gives is put together the same way (`Kpi::assemble`).

use crate::error::ChartError;
use crate::model::input::keys;
use crate::model::input::limits::{MAX_ANNOTATIONS, MAX_LABEL_CHARS};
use crate::model::input::node::{Fields, Node};
use crate::model::kpi::councils::read_councils;
use crate::model::kpi::read::series::{read_all_series, read_period};
use crate::model::kpi::unit::{Polarity, Unit};
use crate::model::kpi::{About, Annotation, Kpi, Role, Thresholds};
use crate::model::titles::Titles;

impl Kpi {
    /// Checks a KPI object in the contract's shape.
    pub fn read(node: &Node) -> Result<Kpi, ChartError> {
        let fields = keys::object(node, &keys::KPI)?;
        let polarity = match fields.optional("polarity") {
            Some(p) => Polarity::read(&p)?,
            None => Polarity::Neutral,
        };
        let target = fields.optional("target").map(|t| t.number()).transpose()?;
        let thresholds = fields.optional("thresholds").map(|t| read_thresholds(&t, polarity)).transpose()?;
        let series = read_all_series(&fields.required("series", "a list of series")?)?;
        let compared_to = optional_label(&fields, "comparedTo")?.unwrap_or_else(|| "England".to_owned());
        let own = series.iter().find(|s| s.role == Role::Own).map(|s| s.name.as_str());
        let councils = read_councils(&fields, own)?;
        let about = About {
            titles: Titles::read(&fields)?,
            unit: match fields.optional("unit") {
                Some(u) => Unit::read(&u)?,
                None => Unit::COUNT,
            },
            polarity,
            target,
            thresholds,
            annotations: read_annotations(&fields)?,
            trend: optional_label(&fields, "trend")?,
            compared_to,
            benchmarks_comparable: fields
                .optional("benchmarksComparable")
                .map(|b| b.boolean())
                .transpose()?
                .unwrap_or(true),
        };
        Ok(Kpi::assemble(about, series, councils))
    }
}

fn optional_label(fields: &Fields, name: &str) -> Result<Option<String>, ChartError> {
    fields.optional(name).map(|n| n.label(MAX_LABEL_CHARS)).transpose()
}

pub(super) fn read_thresholds(node: &Node, polarity: Polarity) -> Result<Thresholds, ChartError> {
    let fields = keys::object(node, &keys::THRESHOLDS)?;
    let green = fields.required("green", "the boundary of green status (a number)")?.number()?;
    let amber = fields.required("amber", "the boundary of amber status (a number)")?.number()?;
    let ordered = match polarity {
        Polarity::LowerIsBetter => green <= amber,
        Polarity::HigherIsBetter => green >= amber,
        Polarity::Neutral => {
            return Err(node
                .error("thresholds need a polarity: set \"polarity\" to \"higher-is-better\" or \"lower-is-better\""))
        }
    };
    if !ordered {
        let which = if polarity == Polarity::LowerIsBetter { "at most" } else { "at least" };
        return Err(node.error(format!(
            "green ({green}) must be {which} amber ({amber}) when the polarity is {}",
            if polarity == Polarity::LowerIsBetter { "lower-is-better" } else { "higher-is-better" }
        )));
    }
    Ok(Thresholds { green, amber })
}

pub(super) fn read_annotations(fields: &Fields) -> Result<Vec<Annotation>, ChartError> {
    let Some(node) = fields.optional("annotations") else {
        return Ok(Vec::new());
    };
    let items = node.array()?;
    if items.len() > MAX_ANNOTATIONS {
        return Err(node.error(format!("{} annotations is more than the limit of {MAX_ANNOTATIONS}", items.len())));
    }
    items
        .iter()
        .map(|item| {
            let fields = keys::object(item, &keys::ANNOTATION)?;
            Ok(Annotation {
                period: read_period(&fields.required("period", "a period such as \"2016/17\"")?)?,
                label: fields.required("label", "the annotation's text")?.label(MAX_LABEL_CHARS)?,
            })
        })
        .collect()
}
