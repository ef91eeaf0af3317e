//! Words for the ear: what a screen reader speaks (the live region, the slider's value, the
//! description and headline) says money as a synthesiser should read it. eSpeak NG, Orca's
//! and NVDA's voice, reads "£2.7m" as "pound two point seven em" and "£450k" as "... kay";
//! "£2.7 million" it reads right. Drawn labels, tooltips and exports keep the short forms.

/// `text` with every "£2.7m", "£1.9bn" and "£450k" said in full: "£2.7 million".
pub fn for_the_ear(text: &str) -> String {
    const SIZES: [(&str, &str); 3] = [("bn", " billion"), ("m", " million"), ("k", " thousand")];
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find('£') {
        let (before, from_pound) = rest.split_at(at);
        out.push_str(before);
        out.push('£');
        let after = from_pound.strip_prefix('£').unwrap_or_default();
        let digits = after.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(after.len());
        let (number, tail) = after.split_at(digits);
        out.push_str(number);
        rest = tail;
        if number.is_empty() {
            continue;
        }
        // A size letter that ends the word ("£2.7m," or "£2.7m."), not the start of one ("£5 more").
        let sized = SIZES.iter().find_map(|(short, long)| {
            let left = tail.strip_prefix(short)?;
            (!left.starts_with(|c: char| c.is_alphanumeric())).then_some((left, long))
        });
        if let Some((left, long)) = sized {
            out.push_str(long);
            rest = left;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::for_the_ear;

    #[test]
    fn money_is_said_in_full_and_nothing_else_changes() {
        for (short, heard) in [
            ("Variation totals −£2.8m, and its lines add up.", "Variation totals −£2.8 million, and its lines add up."),
            ("£1.9bn and £450k, then £500.", "£1.9 billion and £450 thousand, then £500."),
            ("£12m", "£12 million"),
            ("£5 more, £5m", "£5 more, £5 million"),
            ("£3 milestones; £4mile", "£3 milestones; £4mile"),
            ("£", "£"),
            ("££m", "££m"),
            ("54 per 10,000, 2012/13", "54 per 10,000, 2012/13"),
            ("£1,234k.", "£1,234 thousand."),
        ] {
            assert_eq!(for_the_ear(short), heard, "{short}");
        }
    }
}
