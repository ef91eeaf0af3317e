//! A council's tier, for the message when a file at one level has no rows for a council of the
//! other: "Exeter" in a file of counties and unitary councils is a district, not a typing
//! mistake, and the reader needs telling which council to name instead.

use crate::model::input::area::{did_you_mean, fold};

/// England's shire districts (codes E07) of 2021 and of 2023, after the reorganisations: the
/// lower tier of the two-tier counties. Named as Open Innovations' district hex layouts name
/// them (odileeds/hexmaps, MIT licence, "Copyright (c) 2017- Open Innovations"). One string
/// rather than a list: 181 names as `&str` would cost two words each more in the module.
const DISTRICTS: &str = "Adur|Allerdale|Amber Valley|Arun|Ashfield|Ashford|Babergh|Barrow-in-Furness|Basildon|\
    Basingstoke and Deane|Bassetlaw|Blaby|Bolsover|Boston|Braintree|Breckland|Brentwood|Broadland|\
    Bromsgrove|Broxbourne|Broxtowe|Burnley|Cambridge|Cannock Chase|Canterbury|Carlisle|Castle Point|\
    Charnwood|Chelmsford|Cheltenham|Cherwell|Chesterfield|Chichester|Chorley|Colchester|Copeland|\
    Cotswold|Craven|Crawley|Dacorum|Dartford|Derbyshire Dales|Dover|East Cambridgeshire|East Devon|\
    East Hampshire|East Hertfordshire|East Lindsey|East Staffordshire|East Suffolk|Eastbourne|\
    Eastleigh|Eden|Elmbridge|Epping Forest|Epsom and Ewell|Erewash|Exeter|Fareham|Fenland|\
    Folkestone and Hythe|Forest of Dean|Fylde|Gedling|Gloucester|Gosport|Gravesham|Great Yarmouth|\
    Guildford|Hambleton|Harborough|Harlow|Harrogate|Hart|Hastings|Havant|Hertsmere|High Peak|\
    Hinckley and Bosworth|Horsham|Huntingdonshire|Hyndburn|Ipswich|King's Lynn and West Norfolk|\
    Lancaster|Lewes|Lichfield|Lincoln|Maidstone|Maldon|Malvern Hills|Mansfield|Melton|Mendip|\
    Mid Devon|Mid Suffolk|Mid Sussex|Mole Valley|New Forest|Newark and Sherwood|\
    Newcastle-under-Lyme|North Devon|North East Derbyshire|North Hertfordshire|North Kesteven|\
    North Norfolk|North Warwickshire|North West Leicestershire|Norwich|Nuneaton and Bedworth|\
    Oadby and Wigston|Oxford|Pendle|Preston|Redditch|Reigate and Banstead|Ribble Valley|\
    Richmondshire|Rochford|Rossendale|Rother|Rugby|Runnymede|Rushcliffe|Rushmoor|Ryedale|\
    Scarborough|Sedgemoor|Selby|Sevenoaks|Somerset West and Taunton|South Cambridgeshire|\
    South Derbyshire|South Hams|South Holland|South Kesteven|South Lakeland|South Norfolk|\
    South Oxfordshire|South Ribble|South Somerset|South Staffordshire|Spelthorne|St Albans|Stafford|\
    Staffordshire Moorlands|Stevenage|Stratford-on-Avon|Stroud|Surrey Heath|Swale|Tamworth|\
    Tandridge|Teignbridge|Tendring|Test Valley|Tewkesbury|Thanet|Three Rivers|Tonbridge and Malling|\
    Torridge|Tunbridge Wells|Uttlesford|Vale of White Horse|Warwick|Watford|Waverley|Wealden|\
    Welwyn Hatfield|West Devon|West Lancashire|West Lindsey|West Oxfordshire|West Suffolk|\
    Winchester|Woking|Worcester|Worthing|Wychavon|Wyre|Wyre Forest";

/// The two-tier counties of 2023, whose districts are councils too.
const COUNTIES: &str = "Cambridgeshire|Derbyshire|Devon|East Sussex|Essex|Gloucestershire|Hampshire|\
    Hertfordshire|Kent|Lancashire|Leicestershire|Lincolnshire|Norfolk|Nottinghamshire|Oxfordshire|\
    Staffordshire|Suffolk|Surrey|Warwickshire|West Sussex|Worcestershire";

fn listed(list: &'static str, wanted: &str) -> Option<&'static str> {
    let wanted = fold(wanted);
    list.split('|').find(|name| fold(name) == wanted)
}

/// Why a council has no rows in a file at `level` ("local authority", "local authority
/// district"), when it is a council of the other tier: "Exeter is a district council, and this
/// file is at local authority level (county and unitary councils): name the county council that
/// covers Exeter". `None` for any other council.
pub fn other_tier(wanted: &str, level: &str) -> Option<String> {
    let district_level = level.to_ascii_lowercase().contains("district");
    if district_level {
        listed(COUNTIES, wanted).map(|county| {
            format!("{county} is a county council, and this file is at {level} level: name one of its district councils, or use a file at local authority level")
        })
    } else {
        listed(DISTRICTS, wanted).map(|district| {
            format!("{district} is a district council, and this file is at {level} level (county and unitary councils): name the county council that covers {district}")
        })
    }
}

/// What a "has no rows" message adds for a council missing from a file whose councils are at
/// `level` ("local authority", "local authority district"): that it is a council of the other
/// tier, else the nearest name, else nothing.
pub fn not_found_hint<'a>(wanted: &str, level: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match other_tier(wanted, level) {
        Some(why) => format!("; {why}"),
        None => did_you_mean(wanted, candidates),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_council_of_the_other_tier_is_named_as_such() {
        let said = other_tier("exeter", "local authority").unwrap_or_default();
        assert!(said.starts_with("Exeter is a district council, and this file is at local authority level"), "{said}");
        assert!(other_tier("Harrogate", "local authority").is_some(), "a district until 2023");
        assert!(other_tier("Devon", "local authority district")
            .unwrap_or_default()
            .starts_with("Devon is a county council"));
        assert_eq!(other_tier("Devon", "local authority"), None);
        assert_eq!(other_tier("Exeter", "local authority district"), None);
        assert_eq!(other_tier("Leeds", "local authority"), None);
    }

    #[test]
    fn the_lists_are_names_not_fragments() {
        for list in [DISTRICTS, COUNTIES] {
            assert!(
                list.split('|').all(|name| !name.is_empty() && name.trim() == name && !name.contains("  ")),
                "{list}"
            );
        }
        assert_eq!(DISTRICTS.split('|').count(), 181);
    }
}
