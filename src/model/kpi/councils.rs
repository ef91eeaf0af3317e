//! Every council's figure, period by period, beside a KPI's own series: what a published file
//! with every council in it (DfE EES, OHID Fingertips) holds, or JSON's
//! `"councils": [{ "period": "2023/24", "values": [{ "council": "Leeds", "code": "E08000035",
//! "value": 65.0 }, ...] }]`. From it the council's rank, quartile band and the councils with no
//! figure are worked out for each period (`rank`).

use crate::error::ChartError;
use crate::model::input::area::{fold, names_folded};
use crate::model::input::keys;
use crate::model::input::limits::MAX_LABEL_CHARS;
use crate::model::input::node::Fields;
use crate::model::kpi::rank::{standing, Standing};
use crate::model::kpi::unit::Polarity;
use crate::model::order::{sort_by, sort_by_key};
use crate::model::time::read::Period;

/// Most councils in one period's field (England has 153 upper-tier councils; districts 296).
pub const MAX_COUNCILS: usize = 1000;
/// Fewer councils with a figure than this make no ranking worth saying.
pub const MIN_RANKED: usize = 10;

#[derive(Debug, Clone, PartialEq)]
pub struct CouncilsAt {
    pub period: Period,
    /// (name, figure); `None` where the council had no figure. Names are unique.
    pub figures: Vec<(String, Option<f64>)>,
    /// Which of them is the council the chart is about, if it is among them.
    pub ours: Option<usize>,
    /// Each council's code where the data gives one (as `figures`), for placing it on a map.
    pub codes: Vec<Option<String>>,
}

impl CouncilsAt {
    /// Where the council stands in this period, when it has a figure and enough others do.
    /// The code given for the council named `name`, if any.
    pub fn code_of(&self, name: &str) -> Option<&str> {
        let i = self.figures.iter().position(|(n, _)| n == name)?;
        self.codes.get(i)?.as_deref()
    }

    pub fn standing(&self, polarity: Polarity) -> Option<Standing> {
        let with_figures = self.figures.iter().filter(|(_, v)| v.is_some()).count();
        (with_figures >= MIN_RANKED).then(|| standing(&self.figures, self.ours?, polarity)).flatten()
    }
}

/// Reads `councils`, marking the entry that names `own` (the first own series' name) or has
/// its code. Periods come out in time order; a period given twice is an error.
pub fn read_councils(fields: &Fields, own: Option<&str>) -> Result<Vec<CouncilsAt>, ChartError> {
    let Some(node) = fields.optional("councils") else {
        return Ok(Vec::new());
    };
    let mut all: Vec<CouncilsAt> = Vec::new();
    for item in node.array()? {
        let entry = keys::object(&item, &keys::COUNCILS_AT)?;
        let period_node = entry.required("period", "the period these figures are for")?;
        let period = crate::model::time::read::parse_period(&period_node.label(MAX_LABEL_CHARS)?)
            .map_err(|m| period_node.error(m))?;
        if all.iter().any(|c| c.period.same_as(&period)) {
            return Err(
                period_node.error(format!("\"{}\" is given twice; give each period's councils once", period.label()))
            );
        }
        let values = entry.required("values", "every council's figure: [{ \"council\", \"code\", \"value\" }]")?;
        let list = values.array()?;
        if list.len() > MAX_COUNCILS {
            return Err(values.error(format!("{} councils is more than the limit of {MAX_COUNCILS}", list.len())));
        }
        let mut gathering = Gathering::new(own);
        for value in &list {
            let council = keys::object(value, &keys::COUNCIL_VALUE)?;
            let name = council.required("council", "the council's name")?.label(MAX_LABEL_CHARS)?;
            let code = council.optional("code").map(|c| c.label(MAX_LABEL_CHARS)).transpose()?;
            let figure = council.optional("value").map(|v| v.number_or_null()).transpose()?.flatten();
            gathering.push(name, code.as_deref(), figure);
        }
        all.push(gathering.at(period));
    }
    sort_by_key(&mut all, |c| c.period.key());
    Ok(all)
}

/// One period's councils, gathered one at a time from JSON or a file's rows, marking the one
/// that is the council the chart is about (by its code, else its name as publishers write it).
pub struct Gathering<'o> {
    own: Option<&'o str>,
    own_folded: String,
    figures: Vec<(String, Option<f64>)>,
    codes: Vec<Option<String>>,
    ours: Option<usize>,
}

impl<'o> Gathering<'o> {
    pub fn new(own: Option<&'o str>) -> Self {
        Gathering {
            own,
            own_folded: own.map(fold).unwrap_or_default(),
            figures: Vec::new(),
            codes: Vec::new(),
            ours: None,
        }
    }

    /// Adds a council's figure; a council listed twice (under two codes) counts once.
    pub fn push(&mut self, name: String, code: Option<&str>, figure: Option<f64>) {
        if self.figures.iter().any(|(n, _)| *n == name) {
            return;
        }
        // Once the council is found, no other name is folded to look for it.
        let is_ours = self.ours.is_none()
            && self.own.is_some_and(|own| {
                code.is_some_and(|c| c.eq_ignore_ascii_case(own.trim())) || names_folded(&name, own, &self.own_folded)
            });
        if is_ours {
            self.ours = Some(self.figures.len());
        }
        self.figures.push((name, figure));
        self.codes.push(code.map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()));
    }

    pub fn at(self, period: Period) -> CouncilsAt {
        CouncilsAt { period, figures: self.figures, ours: self.ours, codes: self.codes }
    }
}

/// Every council with a figure in the latest period that ranks the council, best first (for a
/// neutral indicator, lowest first), with each one's rank: what the distribution view draws and
/// its table lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'k> {
    pub period: &'k Period,
    /// (name, figure, rank); councils with the same figure share the better rank.
    pub councils: Vec<(&'k str, f64, usize)>,
    /// Where the chart's council is in `councils`.
    pub ours: Option<usize>,
    /// The councils with no figure then.
    pub missing: Vec<&'k str>,
    /// The period's councils as given, for their codes.
    pub field: &'k CouncilsAt,
}

/// The latest period of `councils` in which the council is ranked (or placed, for a neutral
/// indicator), every council in it in rank order.
pub fn ranked_latest(councils: &[CouncilsAt], polarity: Polarity) -> Option<Ranked<'_>> {
    let at = councils.iter().rev().find(|c| c.standing(polarity).is_some())?;
    let lower_first = polarity != Polarity::HigherIsBetter;
    let mut councils: Vec<(&str, f64, usize)> =
        at.figures.iter().filter_map(|(name, v)| v.map(|v| (name.as_str(), v, 0))).collect();
    sort_by(&mut councils, |a, b| if lower_first { a.1.total_cmp(&b.1) } else { b.1.total_cmp(&a.1) });
    // Rank: one more than the councils strictly better; ties share the better rank.
    let mut previous: Option<(f64, usize)> = None;
    for (i, council) in councils.iter_mut().enumerate() {
        let rank = match previous {
            Some((v, r)) if v == council.1 => r,
            _ => i + 1,
        };
        council.2 = rank;
        previous = Some((council.1, rank));
    }
    let ours_name = at.ours.and_then(|i| at.figures.get(i)).map(|(n, _)| n.as_str());
    let ours = ours_name.and_then(|n| councils.iter().position(|(name, _, _)| *name == n));
    let missing = crate::model::kpi::rank::without_figures(&at.figures);
    Some(Ranked { period: &at.period, councils, ours, missing, field: at })
}
