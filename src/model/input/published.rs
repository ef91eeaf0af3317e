//! Which published layout a CSV text is in, by its header, so that a file given to the wrong
//! kind of chart is refused by name ("this looks like an OHID Fingertips export, which is KPI
//! data: draw it with kpiChart") rather than misread.

use crate::model::funding::read::outturn::column_header;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishedLayout {
    Fingertips,
    Ees,
    OfstedOutcomes,
    /// MHCLG's table of every authority: one row per council, a column per line and measure.
    OutturnByAuthority,
    Outturn,
}

impl PublishedLayout {
    /// The layout the first rows (title rows allowed) are in, if a published one.
    pub fn recognise(rows: &[(usize, Vec<String>)]) -> Option<PublishedLayout> {
        PublishedLayout::recognise_at(rows).map(|(_, layout)| layout)
    }

    /// As `recognise`, with the place in `rows` of the row that shows it: the layout's header
    /// (a published table's title and notes rows may stand above it). Each reader asks this
    /// once, and reads from that row.
    pub fn recognise_at(rows: &[(usize, Vec<String>)]) -> Option<(usize, PublishedLayout)> {
        rows.iter().take(12).enumerate().find_map(|(place, (_, cells))| {
            let lower: Vec<String> =
                cells.iter().map(|c| c.trim().trim_start_matches('\u{feff}').to_ascii_lowercase()).collect();
            let has = |name: &str| lower.iter().any(|h| h == name);
            let layout = if crate::model::kpi::read::fingertips::is_fingertips(&lower) {
                PublishedLayout::Fingertips
            } else if has("time_period") && has("geographic_level") {
                PublishedLayout::Ees
            } else if crate::model::judgement::read::ofsted::is_header(cells) {
                PublishedLayout::OfstedOutcomes
            } else if crate::model::funding::read::outturn_by_authority::is_header(cells) {
                PublishedLayout::OutturnByAuthority
            } else if cells.iter().any(|c| !column_header(c).add.is_empty())
                && cells.iter().any(|c| crate::model::funding::read::outturn::is_code_column(c))
            {
                PublishedLayout::Outturn
            } else {
                return None;
            };
            Some((place, layout))
        })
    }

    /// "an OHID Fingertips export".
    pub fn name(self) -> &'static str {
        match self {
            PublishedLayout::Fingertips => "an OHID Fingertips export",
            PublishedLayout::Ees => "a DfE Explore Education Statistics file",
            PublishedLayout::OfstedOutcomes => "Ofsted's inspection outcomes table",
            PublishedLayout::OutturnByAuthority => "MHCLG's revenue outturn table of every authority",
            PublishedLayout::Outturn => "an MHCLG revenue outturn table",
        }
    }

    /// "an OHID Fingertips export, which is KPI data: draw it with kpiChart".
    pub fn refusal(self) -> String {
        let (data, function) = match self {
            PublishedLayout::Fingertips | PublishedLayout::Ees => ("KPI data", "kpiChart"),
            PublishedLayout::OfstedOutcomes => ("judgements", "judgementChart"),
            PublishedLayout::Outturn | PublishedLayout::OutturnByAuthority => ("a funding table", "fundingChart"),
        };
        format!("this looks like {}, which is {data}: draw it with {function}", self.name())
    }
}
