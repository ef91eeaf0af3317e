//! What every fuzz target does: read input the way a page would give it, and when it is
//! accepted, use the chart the way a page would. Any panic is a crash; any input that takes
//! over a second (run with -timeout=1) is a hang.

use council_charts::testing::chart::funding::FundingChart;
use council_charts::testing::chart::judgement::JudgementChart;
use council_charts::testing::chart::kpi::KpiChart;
use council_charts::testing::chart::picture::to_svg;
use council_charts::testing::chart::views;
use council_charts::testing::chart::Builder;
use council_charts::testing::chart::{Chart, OneScene};
use council_charts::testing::model::view::{KpiView, View};
use council_charts::testing::model::Json;
use council_charts::testing::scene::{ArialMetrics, Datum, Frame, Theme};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kpi,
    Judgement,
    Funding,
}

impl Kind {
    pub fn from_byte(b: u8) -> Kind {
        match b % 3 {
            0 => Kind::Kpi,
            1 => Kind::Judgement,
            _ => Kind::Funding,
        }
    }

    /// The kind's views, from the table of views (a new view is fuzzed without a word here).
    fn views(self) -> Vec<&'static str> {
        let kind = match self {
            Kind::Kpi => views::Kind::Kpi,
            Kind::Judgement => views::Kind::Judgement,
            Kind::Funding => views::Kind::Funding,
        };
        views::views().into_iter().filter(|v| v.kind == kind).map(|v| v.view).collect()
    }

    fn builder(self, view: &str) -> Builder {
        match self {
            Kind::Kpi if view == KpiView::Tile.name() => KpiChart::build_tile,
            Kind::Kpi => KpiChart::build,
            Kind::Judgement => JudgementChart::build,
            Kind::Funding => FundingChart::build,
        }
    }
}

/// The options a selector byte picks: a view, and now and then other switches.
fn options(kind: Kind, selector: u8) -> (Json, &'static str) {
    let views = kind.views();
    let view = views.get(selector as usize % views.len().max(1)).copied().unwrap_or_default();
    // A tile is drawn by its own builder (below), from options that ask for the default view.
    let asked = if view == KpiView::Tile.name() { KpiView::DEFAULT.name() } else { view };
    let mut fields = vec![("view".to_owned(), Json::String(asked.into()))];
    if selector & 0x40 != 0 {
        fields.push(("bands".to_owned(), Json::Bool(true)));
    }
    if selector & 0x80 != 0 {
        fields.push(("neighbours".to_owned(), Json::String("lines".into())));
    }
    if kind == Kind::Judgement && selector & 0x40 != 0 {
        fields.truncate(1);
        fields.push(("byRegion".to_owned(), Json::Bool(true)));
    }
    if kind == Kind::Funding {
        fields.truncate(1);
    }
    (Json::Object(fields), view)
}

/// Builds a chart of `kind` from `data`; `None` when the input is refused (with an error
/// that must name a path).
pub fn build(kind: Kind, data: &Json, selector: u8) -> Option<Box<dyn Chart>> {
    let (options, view) = options(kind, selector);
    match kind.builder(view)(data, &options) {
        Ok(chart) => Some(chart),
        Err(error) => {
            assert!(!error.path.is_empty(), "an error without a path: {error}");
            None
        }
    }
}

/// What a page does with an accepted chart, short of drawing it: words, CSV, table, notes.
pub fn read_out(chart: &dyn Chart) {
    let _ = council_charts::testing::words::access::short_name(chart.kind_words(), chart.titles().title());
    let _ = council_charts::testing::words::access::key_help(chart.rows(), chart.melody(None, false).is_some(), None);
    // The data as sound, with and without the benchmarks.
    for benchmarks in [false, true] {
        if let Some(melody) = chart.melody(None, benchmarks) {
            let _ = council_charts::testing::interact::sound::score(&melody);
        }
    }
    let _ = chart.describe();
    let _ = chart.to_csv();
    let _ = chart.table();
    let _ = chart.notes();
}

/// Draws the chart at `width` CSS pixels and writes it as SVG, and asks for the tooltip of
/// every hover target (as hovering and the keyboard would).
pub fn draw(chart: &dyn Chart, width: f64) {
    let theme = Theme::default();
    let height = chart.preferred_height(width, &ArialMetrics);
    let scene = chart.scene(Frame::new(width, height, false), &theme, &ArialMetrics);
    for target in scene.targets.iter().take(2000) {
        let _ = chart.tooltip(target.datum);
    }
    // A datum of every kind, out of range: each chart answers `None` for what it does not have.
    let far = usize::MAX;
    for datum in [
        Datum::Point { series: far, index: far },
        Datum::Neighbours { index: far },
        Datum::Council { index: far },
        Datum::Cell { area: far, inspection: far },
        Datum::Count { bar: far, grade: far },
        Datum::Piece { group: far, column: far },
        Datum::Available { column: far },
        Datum::Bar { index: far },
        Datum::LineAmount { line: far, column: far },
        Datum::SpineMark { row: far, mark: far },
    ] {
        let _ = chart.tooltip(datum);
        let _ = chart.step_words(datum, None);
    }
    let _ = to_svg(chart, width, &theme, &ArialMetrics);
}

/// JSON text to a model (the JSON targets).
pub fn json_target(kind: Kind, bytes: &[u8]) {
    let Some((&selector, rest)) = bytes.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(data) = Json::parse(text, "data") else {
        return;
    };
    if let Some(chart) = build(kind, &data, selector) {
        read_out(chart.as_ref());
    }
}

/// CSV text to a model (the CSV targets): the library reads any string it is given as CSV.
pub fn csv_target(kind: Kind, bytes: &[u8]) {
    let Some((&selector, rest)) = bytes.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if let Some(chart) = build(kind, &Json::String(text.to_owned()), selector) {
        read_out(chart.as_ref());
    }
}

/// A file in a publisher's layout (Fingertips, Ofsted's outcomes table, an MHCLG outturn
/// table), read with the options a council gives: the selector byte picks the view and which
/// of `councils` (names and codes the seeds hold, and near misses) is asked for, and the chart
/// is drawn as well as read out.
pub fn published_target(kind: Kind, councils: &[&str], bytes: &[u8]) {
    let Some((&selector, rest)) = bytes.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (mut options, view) = options(kind, selector);
    if let (Json::Object(fields), false) = (&mut options, councils.is_empty()) {
        let council = councils.get(usize::from(selector >> 2) % councils.len()).copied().unwrap_or("");
        fields.push(("council".to_owned(), Json::String(council.to_owned())));
    }
    match kind.builder(view)(&Json::String(text.to_owned()), &options) {
        Ok(chart) => {
            read_out(chart.as_ref());
            draw(chart.as_ref(), if selector & 1 == 0 { 320.0 } else { 720.0 });
        }
        Err(error) => assert!(!error.path.is_empty(), "an error without a path: {error}"),
    }
}

/// Cells pasted from a spreadsheet (the paste_tsv target): tab-separated text; the first byte
/// picks the chart kind, the next the options, as `csv_target` reads them.
pub fn paste_target(bytes: &[u8]) {
    let Some((&kind, rest)) = bytes.split_first() else {
        return;
    };
    csv_target(Kind::from_byte(kind), rest);
}

/// A spreadsheet's bytes (the sheet_bytes target): read as readSpreadsheet reads them, and
/// what they give drawn as each kind would draw it. Nothing may panic, hang or grow past the
/// reader's ceilings (model::sheet::limits).
pub fn sheet_target(bytes: &[u8]) {
    let _ = council_charts::testing::model::sheet::sheets(bytes);
    if let Ok(read) = council_charts::testing::model::sheet::read_spreadsheet(bytes, None, Some("A1:Z60")) {
        for kind in [0u8, 1, 2] {
            let mut text = vec![kind];
            text.extend_from_slice(read.text.as_bytes());
            paste_target(&text);
        }
    }
}

/// Councils the published-layout seeds hold, by name and code, with near misses.
pub const FINGERTIPS_COUNCILS: &[&str] = &["Northshire", "E10000099", "northshire", "Nothshire", "England"];
pub const OFSTED_COUNCILS: &[&str] =
    &["E10000099", "Northshire", "St Anselm and Hollow", "St. Anselm & Hollow", "Northshir"];

/// Model to scene to SVG (the scene_svg target): two bytes pick the width (0 to 65,535 CSS px;
/// the library clamps), one the kind, one the view; the rest is JSON or, if it is not, CSV.
pub fn scene_target(bytes: &[u8]) {
    let [w0, w1, kind, selector, rest @ ..] = bytes else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let data = Json::parse(text, "data").unwrap_or_else(|_| Json::String(text.to_owned()));
    let width = f64::from(u16::from_le_bytes([*w0, *w1]));
    if let Some(chart) = build(Kind::from_byte(*kind), &data, *selector) {
        draw(chart.as_ref(), width);
    }
}

/// Runs `bytes` through the target called `name`; false for a name that is not a target.
pub fn run_target(name: &str, bytes: &[u8]) -> bool {
    match name {
        "kpi_json" => json_target(Kind::Kpi, bytes),
        "judgement_json" => json_target(Kind::Judgement, bytes),
        "funding_json" => json_target(Kind::Funding, bytes),
        "kpi_csv" => csv_target(Kind::Kpi, bytes),
        "judgement_csv" => csv_target(Kind::Judgement, bytes),
        "funding_csv" => csv_target(Kind::Funding, bytes),
        "scene_svg" => scene_target(bytes),
        "fingertips_csv" => published_target(Kind::Kpi, FINGERTIPS_COUNCILS, bytes),
        "ofsted_csv" => published_target(Kind::Judgement, OFSTED_COUNCILS, bytes),
        "outturn_csv" => published_target(Kind::Funding, &[], bytes),
        "paste_tsv" => paste_target(bytes),
        "sheet_bytes" => sheet_target(bytes),
        _ => return false,
    }
    true
}
