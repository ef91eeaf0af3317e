//! Councils named as publishers name them. The same council is "Telford & Wrekin" to Ofsted,
//! "Telford and Wrekin" to DfE and "Telford & Wrekin UA" to MHCLG; "St Helens" and
//! "St. Helens"; "Durham" and "County Durham"; "Bristol" and "Bristol, City of". Codes
//! (`E06000020`) are matched first and exactly; names are matched after folding these
//! differences away. Joint authorities ("Kingston upon Thames / Richmond upon Thames",
//! "314 / 318") are found by either member.

/// A name folded for matching: lower case, `&` as "and", no full stops or commas, no
/// "City of" / "County of" / "County" / council-type suffix, single spaces.
pub fn fold(name: &str) -> String {
    let spaced = name.to_ascii_lowercase().replace('&', " and ").replace(['.', ',', '\''], " ");
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    // "Bristol, City of" and "Herefordshire, County of".
    if let [.., "city" | "county", "of"] = words.as_slice() {
        words.truncate(words.len() - 2);
    }
    // "County Durham".
    if words.len() > 1 && words.first() == Some(&"county") {
        words.remove(0);
    }
    // MHCLG's council-type suffixes: "Wiltshire UA", "Worcestershire CC", "Woking BC".
    if words.len() > 1 && matches!(words.last(), Some(&("ua" | "cc" | "bc" | "dc" | "mbc" | "lb" | "md" | "sd" | "sc")))
    {
        words.pop();
    }
    words.join(" ")
}

/// Whether `cell` (a name or code from a file, perhaps a joint "A / B") names the council the
/// reader asked for (`wanted`, a name or code).
pub fn names(cell: &str, wanted: &str) -> bool {
    names_folded(cell, wanted, &fold(wanted))
}

/// [`names`] with `wanted` folded once by the caller, for a search through many cells.
pub fn names_folded(cell: &str, wanted: &str, wanted_folded: &str) -> bool {
    if wanted_folded.is_empty() {
        return false;
    }
    cell.split(" / ").chain(std::iter::once(cell)).any(|part| {
        let part = part.trim();
        !part.is_empty() && (part.eq_ignore_ascii_case(wanted.trim()) || fold(part) == wanted_folded)
    })
}

/// The candidate nearest to `wanted`, for a "did you mean" when nothing matched, by
/// `input::nearest` over folded names (a candidate's " / " alternatives each its own name).
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    nearest_of(wanted, &candidates)
}

fn nearest_of<'a>(wanted: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let parts: Vec<(&str, &'a str)> =
        candidates.iter().flat_map(|candidate| candidate.split(" / ").map(move |part| (part, *candidate))).collect();
    let names: Vec<&str> = parts.iter().map(|(part, _)| *part).collect();
    crate::model::input::nearest::nearest(wanted, &names, fold).and_then(|i| parts.get(i)).map(|(_, c)| *c)
}

/// " Did you mean "X"?" for an error message, or nothing.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(wanted, candidates).map_or_else(String::new, |c| format!("; did you mean \"{c}\"?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishers_names_for_one_council_match() {
        for (a, b) in [
            ("Telford & Wrekin", "Telford and Wrekin"),
            ("St Helens", "St. Helens"),
            ("Durham", "County Durham"),
            ("Bristol", "Bristol, City of"),
            ("Herefordshire", "Herefordshire, County of"),
            ("Bournemouth, Christchurch & Poole", "Bournemouth, Christchurch and Poole"),
            ("Wiltshire UA", "Wiltshire"),
        ] {
            assert!(names(a, b) && names(b, a), "{a} ~ {b}");
        }
        assert!(names("Kingston upon Thames / Richmond upon Thames", "Richmond upon Thames"));
        assert!(names("E09000021 / E09000027", "E09000027"));
        assert!(!names("Kingston upon Hull, City of", "Kingston upon Thames"));
        assert!(!names("Leeds", ""));
    }

    #[test]
    fn a_near_miss_is_suggested_and_a_stranger_is_not() {
        let councils = ["Leeds", "Leicester", "Leicestershire", "Kingston upon Thames / Richmond upon Thames"];
        assert_eq!(nearest("Leicstershire", councils), Some("Leicestershire"));
        assert_eq!(nearest("Kingston", councils), Some("Kingston upon Thames / Richmond upon Thames"));
        assert_eq!(nearest("Westminster", councils), None);
    }
}
