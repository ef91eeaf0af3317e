//! "Did you mean": the one measure of how near a name given is to the names known, for keys,
//! councils, areas and indicators alike.

/// The name nearest to `wanted` among `names` (its index), names compared as `fold` writes
/// them: by edit distance, a swap of two letters counting once (a slip of the keys), and a name
/// given short ("Blackburm" for "Blackburn with Darwen") as near as its slip, plus one for what
/// was left off. `None` when a third of the letters differ: that is another name, not a slip.
/// Not generic, so the WebAssembly holds one copy for every caller.
pub fn nearest(wanted: &str, names: &[&str], fold: fn(&str) -> String) -> Option<usize> {
    let folded = fold(wanted);
    let letters = folded.chars().count();
    if folded.trim().is_empty() {
        return None; // every name starts with nothing: an empty key is near none of them
    }
    let mut best: Option<(usize, usize)> = None;
    for (index, name) in names.iter().enumerate() {
        let other = fold(name);
        let start: String = other.chars().take(letters).collect();
        let distance = if other.starts_with(&folded) || folded.starts_with(&other) {
            usize::from(other != folded)
        } else {
            strsim::osa_distance(&folded, &other).min(strsim::osa_distance(&folded, &start) + 1)
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, index));
        }
    }
    best.filter(|(d, _)| *d * 3 <= letters.max(3)).map(|(_, index)| index)
}

/// Names as a reader types them: case aside.
pub fn lower(name: &str) -> String {
    name.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::{lower, nearest};

    #[test]
    fn a_slip_is_near_and_another_name_is_not() {
        let keys = ["polarity", "title", "value", "color"];
        let pick = |wanted| nearest(wanted, &keys, lower).and_then(|i| keys.get(i).copied());
        assert_eq!(pick("polarty"), Some("polarity"));
        assert_eq!(pick("Title"), Some("title"));
        assert_eq!(pick("vaule"), Some("value"), "a swap of two letters counts once");
        assert_eq!(pick("colour"), Some("color"));
        assert_eq!(pick("xyzzy"), None);
    }
}
