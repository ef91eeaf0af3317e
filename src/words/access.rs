//! What a screen reader hears when it lands on a chart: a short name that identifies the
//! picture ("Line chart: Children looked after per 10,000 children"), read in full each time
//! focus lands, and, as its description, the summary and one sentence on the keys. WAI's
//! guidance for complex images: a short name, the detail in a description that can be read in
//! browse mode.

use crate::chart::Chart;

/// The most characters a name has; a longer title is cut at a word and marked with "…".
pub const NAME_LIMIT: usize = 99;

/// "Line chart: Children looked after per 10,000 children".
pub fn short_name(chart: &dyn Chart) -> String {
    let name = format!("{}: {}", chart.kind_words(), chart.title().trim());
    if name.chars().count() <= NAME_LIMIT {
        return name;
    }
    let mut cut: String = name.chars().take(NAME_LIMIT - 1).collect();
    if let Some(space) = cut.rfind(' ').filter(|i| *i > cut.len() / 2) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The sentence on the keys, ending the description and said again on `?` or `H`.
pub fn key_help(chart: &dyn Chart) -> String {
    let across = match chart.kind_words() {
        "Grid of inspection grades"
        | "Chart of inspection grades over time"
        | "Bar chart of every council's grades" => "areas",
        "Strip chart of every council" | "Sparkline" | "Bullet chart" | "Scorecard tile" => "",
        "Waterfall chart" | "Stacked bar chart" | "Bar chart of two columns, line by line" => "sections",
        _ => "lines",
    };
    let up_down = if across.is_empty() { String::new() } else { format!(", Up and Down to change {across}") };
    format!("Keys: arrow keys move through the data{up_down}, Home and End go to the ends, Page Up and Page Down move by ten, T opens the data table, S plays the data as sound, Escape stops, and question mark repeats these keys.")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::chart::kpi::KpiChart;
    use crate::model::Json;

    fn chart(title: &str, options: &str) -> KpiChart {
        let data = format!(
            r#"{{"title":"{title}","series":[{{"name":"A","points":[{{"period":"2020","value":1}},{{"period":"2021","value":2}}]}}]}}"#
        );
        KpiChart::read(&Json::parse(&data, "data").unwrap(), &Json::parse(options, "options").unwrap()).unwrap()
    }

    #[test]
    fn the_name_is_the_kind_and_the_title_cut_at_a_word_under_100_characters() {
        assert_eq!(
            short_name(&chart("Children looked after per 10,000 children", "null")),
            "Line chart: Children looked after per 10,000 children"
        );
        assert_eq!(short_name(&chart("Re-referrals", r#"{"view":"sparkline"}"#)), "Sparkline: Re-referrals");
        let long = "Percentage of children who became the subject of a child protection plan for a second or subsequent time, within two years";
        let name = short_name(&chart(long, "null"));
        assert_eq!(
            name,
            "Line chart: Percentage of children who became the subject of a child protection plan for a second…"
        );
        assert!(name.chars().count() <= NAME_LIMIT);
    }

    #[test]
    fn the_keys_sentence_names_what_up_and_down_change() {
        assert!(key_help(&chart("T", "null"))
            .starts_with("Keys: arrow keys move through the data, Up and Down to change lines, Home and End"));
        assert!(key_help(&chart("T", r#"{"view":"sparkline"}"#))
            .starts_with("Keys: arrow keys move through the data, Home and End"));
    }
}
