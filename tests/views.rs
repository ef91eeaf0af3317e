//! The table of views (`src/chart/views.rs`) is the one place a view's words and height are
//! written: every view a kind offers has a line in it, each chart's accessible name, rows and
//! height come from it, and the room the stylesheet and the element keep before a chart is
//! drawn is generated from it. `UPDATE_SNAPSHOTS=1 cargo test --test views` rewrites the
//! generated parts of `js/council-charts.css` and `js/council-chart-element.js`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::views::{views, Height, Kind, Registered, ViewSpec};
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::view::{FundingView, JudgementView, KpiView, ScorecardView, View};
use council_charts::testing::model::Json;
use council_charts::testing::scene::ArialMetrics;

/// Every view a kind offers is in its list of every view, in the same order, and each line
/// carries its kind and the enum's own name for it.
fn offered_first<V: Registered>() {
    let all: Vec<&str> = V::ALL.iter().map(|v| v.name()).collect();
    let offered: Vec<&str> = V::OFFERED.iter().map(|v| v.name()).collect();
    assert!(all.starts_with(&offered), "{all:?} begins with the offered {offered:?}");
    for view in V::ALL {
        let spec = view.spec();
        assert_eq!((spec.kind, spec.view), (V::KIND, view.name()));
    }
    assert_eq!(V::DEFAULT.spec(), V::ALL[0].spec(), "the default is the first line");
}

#[test]
fn every_view_has_one_line_and_every_line_is_a_view() {
    offered_first::<KpiView>();
    offered_first::<JudgementView>();
    offered_first::<FundingView>();
    offered_first::<ScorecardView>();
    let names: Vec<String> = views().iter().map(|v| format!("{}/{}", v.kind.name(), v.view)).collect();
    assert_eq!(
        names,
        [
            "kpi/line",
            "kpi/sparkline",
            "kpi/bullet",
            "kpi/distribution",
            "kpi/map",
            "kpi/tile",
            "judgement/grid",
            "judgement/journey",
            "judgement/national",
            "judgement/map",
            "funding/stacked",
            "funding/waterfall",
            "funding/lines",
            "scorecard/tiles",
            "scorecard/spine",
            "scorecard/compare"
        ]
    );
}

const MAP_KPI: &str = "../../www/data/kpi-map-illustrative.csv";
const MAP_JUDGEMENTS: &str = "../../www/data/judgements-map-illustrative.csv";

fn build(kind: Kind, data: &str, view: &str) -> Box<dyn Chart> {
    let text = support::fixture(data);
    let data = if data.ends_with(".json") { Json::parse(&text, "data").unwrap() } else { Json::String(text) };
    let council = match (kind, view) {
        (_, "national") => r#","council":"Northshire""#,
        (Kind::Kpi, "map") => r#","council":"Derbyshire","indicator":"rate_per_10000""#,
        (_, "map") => r#","council":"Derbyshire""#,
        _ => "",
    };
    let options = Json::parse(&format!(r#"{{"view":"{view}"{council}}}"#), "options").unwrap();
    match kind {
        Kind::Kpi if view == "tile" => KpiChart::build_tile(&data, &Json::Null).unwrap(),
        Kind::Kpi => KpiChart::build(&data, &options).unwrap(),
        Kind::Judgement => JudgementChart::build(&data, &options).unwrap(),
        _ => FundingChart::build(&data, &options).unwrap(),
    }
}

#[test]
fn each_chart_takes_its_name_rows_and_height_from_the_table() {
    for spec in views().into_iter().filter(|v| v.kind != Kind::Scorecard) {
        let data = match spec.kind {
            Kind::Kpi if spec.view == "distribution" => "kpi/kpi-ranked-tile.json",
            // The gallery's maps: England's councils, with illustrative figures.
            Kind::Kpi if spec.view == "map" => MAP_KPI,
            Kind::Judgement if spec.view == "map" => MAP_JUDGEMENTS,
            Kind::Kpi => "kpi/kpi-neighbours.json",
            Kind::Judgement if spec.view == "national" => "judgements/ofsted-outcomes-illustrative.csv",
            Kind::Judgement => "judgements/judgements-journey.json",
            _ => "funding/funding-temporary-investment.json",
        };
        let chart = build(spec.kind, data, spec.view);
        assert_eq!(chart.kind_words(), spec.kind_words, "{}", spec.view);
        assert_eq!(chart.rows(), spec.rows, "{}", spec.view);
        for width in [320.0, 640.0, 1000.0] {
            if let Some(height) = spec.height.at(width) {
                let got = chart.preferred_height(width, &ArialMetrics);
                // A stacked view's height is the least it takes: where its column labels wrap
                // to many lines in a narrow band it grows, rather than run them off the bottom.
                if spec.view == "stacked" {
                    assert!(got >= height, "{} at {width}: {got} under {height}", spec.view);
                } else {
                    assert_eq!(got, height, "{} at {width}", spec.view);
                }
            }
        }
    }
}

/// The room the stylesheet keeps for each view whose height is known before the data is read.
fn stylesheet_rules() -> String {
    let mut css = String::new();
    for spec in drawn_before_data() {
        let kind = match spec.kind {
            Kind::Kpi => r#":is(:not([kind]), [kind="kpi"])"#.to_owned(),
            other => format!(r#"[kind="{}"]"#, other.name()),
        };
        let view = if is_default(&spec) {
            format!(r#":is(:not([view]), [view="{}"])"#, spec.view)
        } else {
            format!(r#"[view="{}"]"#, spec.view)
        };
        let height = match spec.height {
            Height::Fixed(px) => format!("{px}px"),
            Height::Share { of_width, least, most } => {
                format!("clamp({least}px, {}vw, {most}px)", (of_width * 100.0).round())
            }
            Height::FromData => unreachable!("left out above"),
        };
        css.push_str(&format!(
            "council-chart{kind}{view}:not([data-state=\"drawn\"], [data-state=\"error\"]) {{\n  min-height: calc({height} + {}rem);\n}}\n",
            spec.around_rem
        ));
    }
    css
}

/// The element's table of the same heights, and each kind's default view.
fn element_tables() -> String {
    let mut js = String::from("const VIEW_HEIGHTS = {\n");
    for spec in drawn_before_data() {
        let (share, least, most) = match spec.height {
            Height::Fixed(px) => (0.0, px, px),
            Height::Share { of_width, least, most } => (of_width, least, most),
            Height::FromData => unreachable!("left out above"),
        };
        js.push_str(&format!("  \"{}/{}\": [{share}, {least}, {most}],\n", spec.kind.name(), spec.view));
    }
    js.push_str("};\nconst DEFAULT_VIEWS = {\n");
    for kind in [Kind::Kpi, Kind::Judgement, Kind::Funding] {
        let default = views().into_iter().find(|v| v.kind == kind).unwrap();
        js.push_str(&format!("  {}: \"{}\",\n", kind.name(), default.view));
    }
    js.push_str("};\n");
    js
}

/// Views a page asks for by name whose canvas height is a rule of the width.
fn drawn_before_data() -> impl Iterator<Item = ViewSpec> {
    views().into_iter().filter(|v| v.kind != Kind::Scorecard && v.view != "tile" && v.height != Height::FromData)
}

fn is_default(spec: &ViewSpec) -> bool {
    views().into_iter().find(|v| v.kind == spec.kind).is_some_and(|first| first.view == spec.view)
}

/// Checks (or, with UPDATE_SNAPSHOTS=1, rewrites) the part of `file` between the line
/// starting with `start` and the line starting with `end`.
fn check_generated(file: &str, start: &str, end: &str, generated: &str) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let from = text.find(start).and_then(|i| text[i..].find('\n').map(|n| i + n + 1)).expect("the start marker");
    let to = from + text[from..].find(end).expect("the end marker");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, format!("{}{generated}{}", &text[..from], &text[to..])).unwrap();
        return;
    }
    assert_eq!(
        &text[from..to],
        generated,
        "{file} has drifted from src/chart/views.rs: UPDATE_SNAPSHOTS=1 cargo test --test views"
    );
}

/// The docs page's live editor offers each kind's views, as a page may ask for them.
fn editor_views() -> String {
    fn offered<V: View>() -> String {
        V::OFFERED.iter().map(|v| format!("\"{}\"", v.name())).collect::<Vec<_>>().join(", ")
    }
    format!(
        "const VIEWS = {{\n  kpi: [{}],\n  judgement: [{}],\n  funding: [{}],\n}};\n",
        offered::<KpiView>(),
        offered::<JudgementView>(),
        offered::<FundingView>()
    )
}

#[test]
fn the_docs_editor_offers_the_views_the_table_has() {
    check_generated(
        "www/docs.js",
        "// Generated from src/chart/views.rs",
        "// End of generated code.",
        &editor_views(),
    );
}

#[test]
fn the_stylesheet_and_the_element_keep_the_room_the_table_says() {
    let rules = stylesheet_rules();
    assert_eq!(rules.matches("min-height").count(), 7, "{rules}");
    check_generated(
        "js/council-charts.css",
        "/* Generated from src/chart/views.rs",
        "/* End of generated rules. */",
        &rules,
    );
    let tables = element_tables();
    check_generated(
        "js/council-chart-element.js",
        "// [share of the width, least, most] in CSS px",
        "// End of generated code.",
        &tables,
    );
}

/// Places allowed to name a view in code besides the registry, each with why: the element's
/// estimates of a chart's height before the library has loaded mirror a scene's layout, and
/// the embedding end-to-end test holds them to the drawn charts.
const NAMED_ELSEWHERE: [(&str, &str); 2] =
    [("js/council-chart-element.js", r#"view === "grid""#), ("js/council-chart-element.js", r#"view === "line""#)];

/// What a line of code about views does with the view names it holds: compares one, defaults
/// to one, or lists two or more. Choosing one (`{ view: "sparkline" }`), prose, and words that
/// are views' names but no view on a line that does not speak of views (a funding CSV's "line"
/// rows) are left alone.
fn names_a_view(line: &str, names: &[&str]) -> Option<String> {
    let code = line.trim_start();
    if code.starts_with("//") || code.starts_with('*') || code.starts_with("/*") {
        return None;
    }
    if !code.to_lowercase().contains("view") {
        return None;
    }
    let code = code.split(" // ").next().unwrap_or(code);
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).filter(|q| code.contains(q.as_str())).collect();
    let compared = quoted.iter().any(|q| {
        ["== ", "=== ", "!= ", "!== ", "?? ", "unwrap_or("].iter().any(|op| code.contains(&format!("{op}{q}")))
            || code.contains(&format!("{q} =>"))
            || code.contains(&format!("{q} |"))
    });
    let listed = quoted.len() >= 2;
    (compared || listed).then(|| quoted.join(", "))
}

/// Every file of code but the registry's own: the library, the page scripts and the fuzz harness.
fn code_files() -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "js" || e == "mjs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "js", "www", "fuzz/src", "fuzz/fuzz_targets"] {
        walk(&root.join(dir), &mut files);
    }
    files.retain(|f| !f.ends_with("src/chart/views.rs") && !f.ends_with("src/model/view.rs"));
    files
}

#[test]
fn no_code_outside_the_registry_lists_or_compares_a_view_by_name() {
    let names: Vec<&str> = views().iter().map(|v| v.view).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let files = code_files();
    assert!(files.len() > 150, "the scan reads the code ({} files)", files.len());
    for path in files {
        let file = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let mut generated = false;
        for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            // What tests/views.rs writes from the registry is the registry's.
            generated =
                (generated || line.contains("Generated from src/chart/views.rs")) && !line.contains("End of generated");
            let allowed = generated || NAMED_ELSEWHERE.iter().any(|(f, text)| *f == file && line.contains(text));
            if let (Some(quoted), false) = (names_a_view(line, &names), allowed) {
                found.push(format!("{file}:{}: {quoted}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "views named outside src/chart/views.rs and src/model/view.rs:\n{}", found.join("\n"));
    for (file, text) in NAMED_ELSEWHERE {
        let held = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(
            held.lines().any(|l| l.contains(text) && names_a_view(l, &names).is_some()),
            "{file} no longer has {text}"
        );
    }
}

#[test]
fn the_scan_sees_a_throwaway_view_named_outside_the_registry() {
    // A view "pie" added to the registry and then listed, compared and defaulted to in a
    // scratch module: each is found, so the scan above cannot pass by reading nothing.
    let names = ["line", "pie"];
    let scratch = [
        r#"const VIEWS = ["line", "pie"];"#,
        r#"if view == "pie" { draw_pie() }"#,
        r#"Kind::Kpi if view === "pie" ? 1 : 2"#,
        r#"let view = options.view ?? "pie";"#,
        r#"    "pie" => KpiView::Pie,"#,
    ];
    for line in scratch {
        assert!(names_a_view(line, &names).is_some(), "{line}");
    }
    for line in [r#"kpiChart(el, data, { view: "pie" })"#, r#"// the "pie" view == "line""#] {
        assert_eq!(names_a_view(line, &names), None, "{line}");
    }
}
