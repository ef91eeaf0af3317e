//! The geographic levels of a DfE Explore Education Statistics file: which columns name an
//! area at each level (a district row carries its county's `la_name` beside its own
//! `lad_name`), and the order a name is looked for in them, so that a council is read at its
//! own level and ranked among areas of that level only.

/// A level's name as EES writes it in `geographic_level`, and the columns naming its areas:
/// the name first, then codes.
const LEVELS: &[(&str, &[&str])] = &[
    ("national", &["country_name", "country_code"]),
    ("regional", &["region_name", "region_code"]),
    ("local authority", &["la_name", "new_la_code", "old_la_code"]),
    ("local authority district", &["lad_name", "lad_code"]),
    ("parliamentary constituency", &["pcon_name", "pcon_code"]),
    ("local skills improvement plan area", &["lsip_name", "lsip_code"]),
    ("english devolved area", &["english_devolved_area_name", "english_devolved_area_code"]),
    ("mayoral combined authority", &["cauth_name", "cauth_code"]),
    ("combined authority", &["cauth_name", "cauth_code"]),
    ("local enterprise partnership", &["local_enterprise_partnership_name", "local_enterprise_partnership_code"]),
    ("opportunity area", &["opportunity_area_name", "opportunity_area_code"]),
    ("police force area", &["pfa_name", "pfa_code"]),
    ("planning area", &["pa_name", "pa_code"]),
    ("ward", &["ward_name", "ward_code"]),
];

/// Every column that names an area at some level: never an indicator.
pub fn is_area_column(lower: &str) -> bool {
    LEVELS.iter().any(|(_, columns)| columns.contains(&lower))
}

/// The columns (by position in the header) naming an area at each level of this file.
pub struct Levels {
    columns: Vec<(&'static str, Vec<usize>)>,
}

impl Levels {
    pub fn new(lower: &[String]) -> Self {
        let position = |name: &str| lower.iter().position(|h| h == name);
        let columns =
            LEVELS.iter().map(|(level, names)| (*level, names.iter().filter_map(|n| position(n)).collect())).collect();
        Levels { columns }
    }

    /// The columns naming a row's own area, for its level as written (any case); a level this
    /// table does not know is read by the local authority columns, as before levels were read.
    pub fn columns(&self, level: &str) -> &[usize] {
        let found = self.columns.iter().find(|(name, _)| level.eq_ignore_ascii_case(name));
        let local = || self.columns.iter().find(|(name, _)| *name == "local authority");
        found.or_else(local).map_or(&[], |(_, columns)| columns.as_slice())
    }

    /// How early a level is looked at for a name: national, regional and local authority first,
    /// then districts and the rest in EES's order, then levels this table does not know.
    pub fn priority(level: &str) -> usize {
        LEVELS.iter().position(|(name, _)| level.eq_ignore_ascii_case(name)).unwrap_or(LEVELS.len())
    }
}
