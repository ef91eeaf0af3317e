//! Getting data and pictures out: CSV for analysts, SVG for print.

pub mod compare;
pub mod csv;
pub mod map;
pub mod national;
pub mod spine;
pub mod svg;
pub mod table;

/// A file name from a chart's title: lower case, words joined by hyphens, at most 60
/// characters; "chart" when nothing is left.
pub fn file_stem(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    let mut stem = String::new();
    for word in words {
        if stem.chars().count() + word.chars().count() + 1 > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        "chart".into()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            super::file_stem("Children looked after per 10,000 children"),
            "children-looked-after-per-10-000-children"
        );
        assert_eq!(super::file_stem("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(super::file_stem("£ — ?"), "chart");
        assert!(super::file_stem(&"word ".repeat(40)).chars().count() <= 60);
    }
}
