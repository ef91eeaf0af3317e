//! The glue, in headless Chromium (wasm-pack test --headless --chrome): canvases sized by
//! devicePixelRatio, pixels drawn, errors thrown as Error, update/resize, destroy cleans up.
#![cfg(target_arch = "wasm32")]

use council_charts::web::{ChartHandle, ScorecardHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

// The exports as JavaScript calls them: the container as any value, the options optional.
fn kpi_chart(container: HtmlElement, data: JsValue, options: JsValue) -> Result<ChartHandle, JsError> {
    council_charts::web::kpi_chart(container.into(), data, Some(options))
}
fn funding_chart(container: HtmlElement, data: JsValue, options: JsValue) -> Result<ChartHandle, JsError> {
    council_charts::web::funding_chart(container.into(), data, Some(options))
}
fn kpi_scorecard(container: HtmlElement, data: JsValue, options: JsValue) -> Result<ScorecardHandle, JsError> {
    council_charts::web::kpi_scorecard(container.into(), data, Some(options))
}
fn check_funding_plan(plan: JsValue, options: JsValue) -> Result<js_sys::Array, JsError> {
    council_charts::web::check_funding_plan(plan, Some(options)).map(JsCast::unchecked_into)
}

wasm_bindgen_test_configure!(run_in_browser);

const KPI: &str = include_str!("fixtures/kpi/kpi-children-looked-after.json");
const REVENUE: &str = include_str!("fixtures/kpi/kpi-revenue-budget.json");
const SCORECARD: &str = include_str!("fixtures/kpi/kpi-scorecard.json");
const FUNDING: &str = include_str!("fixtures/funding/funding-temporary-investment.json");
const PROGRAMME: &str = include_str!("fixtures/funding/funding-improvement-programme.json");

// Counts listeners added and removed anywhere on the page, so a leak shows as a number.
#[wasm_bindgen(inline_js = "
export function countListeners() {
  if (globalThis.__listenerCount !== undefined) return;
  globalThis.__listenerCount = 0;
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (...a) { globalThis.__listenerCount++; return add.apply(this, a); };
  EventTarget.prototype.removeEventListener = function (...a) { globalThis.__listenerCount--; return remove.apply(this, a); };
}
export function listenerCount() { return globalThis.__listenerCount; }
export function mediaListeners() {
  if (globalThis.__mediaListeners === undefined) {
    globalThis.__mediaListeners = 0;
    const add = MediaQueryList.prototype.addEventListener, remove = MediaQueryList.prototype.removeEventListener;
    MediaQueryList.prototype.addEventListener = function (...a) { globalThis.__mediaListeners++; return add.apply(this, a); };
    MediaQueryList.prototype.removeEventListener = function (...a) { globalThis.__mediaListeners--; return remove.apply(this, a); };
  }
  return globalThis.__mediaListeners;
}
export function setDevicePixelRatio(r) { Object.defineProperty(window, 'devicePixelRatio', { value: r, configurable: true }); }
export function press(el, key) { const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }); el.dispatchEvent(e); return e.defaultPrevented; }
")]
extern "C" {
    #[wasm_bindgen(js_name = countListeners)]
    fn count_listeners();
    #[wasm_bindgen(js_name = listenerCount)]
    fn listener_count() -> i32;
    #[wasm_bindgen(js_name = mediaListeners)]
    fn media_listeners() -> i32;
    #[wasm_bindgen(js_name = setDevicePixelRatio)]
    fn set_device_pixel_ratio(ratio: f64);
    fn press(el: &HtmlElement, key: &str) -> bool;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container(width: u32) -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    el.style().set_property("width", &format!("{width}px")).unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn canvas(el: &HtmlElement, class: &str) -> HtmlCanvasElement {
    el.query_selector(&format!("canvas.{class}")).unwrap().unwrap().dyn_into().unwrap()
}

fn error_message(result: Result<impl Sized, JsError>) -> String {
    let Err(error) = result else { panic!("expected an error") };
    let value = JsValue::from(error);
    let error: js_sys::Error = value.dyn_into().expect("a JavaScript Error");
    String::from(error.message())
}

/// How many pixels of the canvas are not the white background.
fn inked_pixels(canvas: &HtmlCanvasElement) -> usize {
    let context: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = context.get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64).unwrap().data();
    data.chunks(4).filter(|px| px[0] < 200 || px[1] < 200 || px[2] < 200).count()
}

#[wasm_bindgen_test]
fn canvas_is_sized_by_css_pixels_times_device_pixel_ratio() {
    set_device_pixel_ratio(2.0);
    let el = container(600);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    // The overlay (with the tooltip and live region) is made when a reader first comes to the
    // chart, here by focus, at the chart's size.
    assert!(el.query_selector(".council-chart__overlay").unwrap().is_none(), "no overlay before a reader comes");
    let picture: HtmlElement = canvas(&el, "council-chart__canvas").dyn_into().unwrap();
    picture.focus().unwrap();
    for class in ["council-chart__canvas", "council-chart__overlay"] {
        let c = canvas(&el, class);
        assert_eq!(c.width(), 1200, "{class} backing width");
        assert_eq!(c.style().get_property_value("width").unwrap(), "600px", "{class} CSS width");
        assert_eq!(c.height() as f64, 2.0 * c.client_height() as f64, "{class} backing height");
    }
    set_device_pixel_ratio(1.0);
    drop(chart);
}

#[wasm_bindgen_test]
fn the_chart_draws_pixels_and_names_itself() {
    let el = container(640);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let c = canvas(&el, "council-chart__canvas");
    let inked = inked_pixels(&c);
    assert!(inked > 2000, "only {inked} pixels drawn");
    let title = el.query_selector(".council-chart__title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Children looked after per 10,000 children");
    // Browse mode says the title once: as the chart's name, not as text before it too, nor as
    // the figure's name (the figure is unnamed; the source is not its figcaption).
    assert_eq!(title.get_attribute("aria-hidden").as_deref(), Some("true"));
    let figure = el.query_selector("figure").unwrap().unwrap();
    assert!(!figure.has_attribute("aria-labelledby") && figure.query_selector("figcaption").unwrap().is_none());
    // A short name and, as its description, the headline and the hint (at most 60 words on
    // focus); the whole summary and the keys' sentence are text on the page for browse mode.
    assert_eq!(c.get_attribute("aria-label").unwrap(), "Line chart: Children looked after per 10,000 children");
    let described_by = c.get_attribute("aria-describedby").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let headline = document.get_element_by_id(&described_by).unwrap();
    assert_eq!(
        headline.text_content().unwrap(),
        "Our council: 67 per 10,000 in 2016/17, off target, worsened since 2015/16. Press question mark for keys."
    );
    assert!(headline.has_attribute("hidden"), "not read again in browse mode");
    let text = |class: &str| el.query_selector(class).unwrap().unwrap().text_content().unwrap();
    // The summary, but for the title it starts with (the chart's name has just said it).
    let summary = chart.describe().unwrap();
    assert_eq!(
        text(".council-chart__description"),
        summary.strip_prefix("Children looked after per 10,000 children. ").unwrap()
    );
    assert!(text(".council-chart__keys").starts_with("Keys: arrow keys move through the data"));
    assert!(chart.to_csv().unwrap().starts_with("period,Our council,England\n2012/13,54,60\n"));
    assert!(chart.to_svg().unwrap().contains("<title>Children looked after per 10,000 children</title>"));
}

#[wasm_bindgen_test]
fn bad_data_throws_an_error_naming_its_path_and_the_next_chart_works() {
    let el = container(500);
    let bad = r#"{"title":"T","series":[{"name":"A","points":[{"period":"2019/20","value":1},{"period":"2020/21","value":2},{"period":"2021/22","value":3},{"period":"2022/23","value":"abc"}]}]}"#;
    let message = error_message(kpi_chart(el.clone(), JsValue::from_str(bad), JsValue::UNDEFINED));
    assert_eq!(message, "series[0].points[3].value: expected a number or null, found the text \"abc\"");
    assert_eq!(el.child_element_count(), 0, "a refused chart adds nothing to the page");

    let object = js_sys::JSON::parse(
        r#"{"title":"T","series":[{"name":"A","points":[{"period":"Jun 2019","value":null},{"period":"nonsense"}]}]}"#,
    )
    .unwrap();
    let message = error_message(kpi_chart(el.clone(), object, JsValue::UNDEFINED));
    assert!(message.starts_with("series[0].points[1].period: expected a period"), "{message}");

    let nan =
        js_sys::JSON::parse(r#"{"title":"T","series":[{"name":"A","points":[{"period":"2019","value":0}]}]}"#).unwrap();
    let point = js_sys::Reflect::get(
        &js_sys::Reflect::get(&js_sys::Reflect::get(&nan, &"series".into()).unwrap(), &0.into()).unwrap(),
        &"points".into(),
    )
    .unwrap();
    js_sys::Reflect::set(
        &js_sys::Reflect::get(&point, &0.into()).unwrap(),
        &"value".into(),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    let message = error_message(kpi_chart(el.clone(), nan, JsValue::UNDEFINED));
    assert_eq!(message, "series[0].points[0].value: expected a number or null, found NaN");

    let message = error_message(kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::from_str(r#"{"view":"pie"}"#)));
    assert_eq!(
        message,
        "options.view: expected one of \"line\", \"sparkline\", \"bullet\", \"distribution\", \"map\", found the text \"pie\""
    );

    // JSON text is parsed by the browser's JSON.parse; a syntax error names data or options.
    let message = error_message(kpi_chart(el.clone(), JsValue::from_str(r#"{"title": }"#), JsValue::UNDEFINED));
    assert!(message.starts_with("data: is not valid JSON ("), "{message}");
    let message = error_message(kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::from_str("{view: 'line'}")));
    assert!(message.starts_with("options: is not valid JSON ("), "{message}");
    let message = error_message(kpi_chart(
        el.clone(),
        JsValue::from_str(r#"{"title":"T","series":[{"name":"A","points":[{"period":"2019/20","value":"x"}]}]}"#),
        JsValue::UNDEFINED,
    ));
    assert_eq!(message, "series[0].points[0].value: expected a number or null, found the text \"x\"");
    assert_eq!(el.child_element_count(), 0);

    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    assert!(inked_pixels(&canvas(&el, "council-chart__canvas")) > 2000);
    drop(chart);
}

#[wasm_bindgen_test]
fn update_redraws_and_bad_updates_leave_the_chart_as_it_was() {
    let el = container(520);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    chart.update(JsValue::from_str(REVENUE)).unwrap();
    let title = el.query_selector(".council-chart__title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Children's services revenue budget");
    assert!(chart.describe().unwrap().contains("Revenue budget: £139m in 2022/23"));
    let message = error_message(chart.update(JsValue::from_str(r#"{"title":"T"}"#)));
    assert_eq!(message, "series: missing; expected a list of series");
    assert_eq!(title.text_content().unwrap(), "Children's services revenue budget");
}

/// A field of a JavaScript object, by a path of keys and indexes ("value.text", "areas.0").
fn field(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| js_sys::Reflect::get(&v, &JsValue::from_str(key)).unwrap())
}

#[wasm_bindgen_test]
fn summary_crosses_as_typed_data_with_null_for_what_is_missing() {
    let el = container(520);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let summary = chart.summary().unwrap();
    assert_eq!(field(&summary, "kind").as_string().unwrap(), "kpi");
    assert!(field(&summary, "value.value").as_f64().is_some());
    assert!(!field(&summary, "value.text").as_string().unwrap().is_empty());
    assert!(js_sys::Array::is_array(&field(&summary, "benchmarks")));
    assert!(field(&summary, "rank").is_null(), "a missing figure is null, not undefined");
    let plan = funding_chart(container(520), JsValue::from_str(FUNDING), JsValue::UNDEFINED).unwrap();
    let summary = plan.summary().unwrap();
    assert_eq!(field(&summary, "kind").as_string().unwrap(), "funding");
    assert_eq!(field(&summary, "addsUp").as_bool(), Some(true));
    assert!(field(&summary, "totals.0.total.text").as_string().unwrap().starts_with('£'));
}

#[wasm_bindgen_test]
fn resize_follows_the_container() {
    let el = container(700);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let c = canvas(&el, "council-chart__canvas");
    assert_eq!(c.style().get_property_value("width").unwrap(), "700px");
    el.style().set_property("width", "340px").unwrap();
    chart.resize().unwrap();
    assert_eq!(c.style().get_property_value("width").unwrap(), "340px");
    assert!(inked_pixels(&c) > 1000);
}

#[wasm_bindgen_test]
fn destroy_leaves_the_container_as_it_was_and_removes_every_listener() {
    count_listeners();
    let el = container(480);
    let before = listener_count();
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    assert!(listener_count() > before, "the chart listens for pointer events");
    assert_eq!(el.child_element_count(), 1);
    chart.destroy();
    assert_eq!(el.child_element_count(), 0);
    assert_eq!(listener_count(), before, "every listener the chart added was removed");
    chart.destroy(); // a second destroy is harmless
    let message = error_message(chart.describe());
    assert_eq!(message, "chart: it has been destroyed");
}

fn notes(el: &HtmlElement) -> Vec<String> {
    let list = el.query_selector_all(".council-chart__note").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
fn a_funding_chart_draws_and_says_whether_it_adds_up() {
    count_listeners();
    let el = container(640);
    let before = listener_count();
    for view in ["stacked", "waterfall", "lines"] {
        let options = JsValue::from_str(&format!("{{\"view\":\"{view}\"}}"));
        let chart = funding_chart(el.clone(), JsValue::from_str(FUNDING), options).unwrap();
        assert!(inked_pixels(&canvas(&el, "council-chart__canvas")) > 2000, "{view} drew");
        assert_eq!(notes(&el), vec!["Checked: every subtotal and total adds up to what it covers."], "{view}");
        assert!(chart.describe().unwrap().ends_with("Every subtotal and total adds up."));
        assert!(chart.to_csv().unwrap().starts_with("type,name,Revised full amount,"));
        chart.destroy();
        assert_eq!(el.child_element_count(), 0);
    }
    assert_eq!(listener_count(), before, "every listener the charts added was removed");

    // Pasted CSV with a wrong subtotal still draws, and says where it does not add up.
    let csv = "Line,Planned,Projected\nStaffing,,\nLeads,580,223\nSupport,537,558\nSubtotal,1107,781";
    let chart = funding_chart(el.clone(), JsValue::from_str(csv), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        notes(&el),
        vec![
            "Checked: 1 figure does not add up.".to_owned(),
            "Does not add up: Subtotal of \"Staffing\" in \"Planned\": printed 1,107 but its 2 lines sum to 1,117; difference 10.".to_owned(),
        ]
    );
    assert!(inked_pixels(&canvas(&el, "council-chart__canvas")) > 2000);
    drop(chart);
}

#[wasm_bindgen_test]
fn check_funding_plan_lists_findings_as_objects() {
    let empty = check_funding_plan(JsValue::from_str(FUNDING), JsValue::UNDEFINED).unwrap();
    assert_eq!(empty.length(), 0, "the shared example adds up");
    let findings = check_funding_plan(JsValue::from_str(PROGRAMME), JsValue::UNDEFINED).unwrap();
    assert_eq!(findings.length(), 1);
    let get = |key: &str| js_sys::Reflect::get(&findings.get(0), &key.into()).unwrap().as_string().unwrap();
    assert_eq!(get("level"), "warning");
    assert_eq!(get("path"), "available.values[0]");
    assert!(get("message").ends_with("shortfall 832"), "{}", get("message"));
    let message = error_message(check_funding_plan(
        JsValue::from_str(r#"{"title":"T","columns":["A"],"sections":[]}"#),
        JsValue::UNDEFINED,
    ));
    assert_eq!(message, "sections: expected 1 to 50 sections, found 0");
}

#[wasm_bindgen_test]
fn a_scorecard_is_a_list_of_tiles_and_cleans_up_after_itself() {
    count_listeners();
    let el = container(1100);
    let before = listener_count();
    let scorecard = kpi_scorecard(el.clone(), JsValue::from_str(SCORECARD), JsValue::UNDEFINED).unwrap();
    let tiles = el.query_selector_all("ul.council-scorecard > li.council-scorecard__tile").unwrap();
    assert_eq!(tiles.length(), 4);
    // Each tile's words are text above its canvas, which holds the sparkline (one value, a dot).
    let values = ["19", "10.4%", "82%", "88.5%"];
    for (i, value) in (0..4).zip(values) {
        let tile: HtmlElement = tiles.item(i).unwrap().dyn_into().unwrap();
        assert!(inked_pixels(&canvas(&tile, "council-chart__canvas")) > 40, "tile {i} drew");
        let figure = tile.query_selector(".council-chart__words .council-chart__figure").unwrap().unwrap();
        assert_eq!(figure.text_content().as_deref(), Some(value));
    }
    // The whole picture first, then each KPI in the tiles' order.
    let said = scorecard.describe().unwrap();
    assert!(said.starts_with("4 indicators. Against target: 1 on, 2 near and 0 off"), "{said}");
    assert!(said.contains(" Average caseload per social worker. Caseload: 19 in Q2 2020/21"), "{said}");
    assert!(scorecard
        .to_csv()
        .unwrap()
        .contains("\nRetention scheme take-up,%,Jun 2019,82,On target,80,May 2019,66\n"));
    let bad =
        r#"[{"title":"A","series":[{"name":"A","points":[{"period":"2020","value":1}]}]},{"title":"B","series":[]}]"#;
    assert_eq!(
        error_message(scorecard.update(JsValue::from_str(bad))),
        "[1].series: expected at least one series, found an empty list"
    );
    assert_eq!(el.query_selector_all("li").unwrap().length(), 4, "a bad update leaves the tiles as they were");
    scorecard.destroy();
    assert_eq!(el.child_element_count(), 0);
    assert_eq!(listener_count(), before, "every tile's listeners were removed");
    assert_eq!(
        error_message(kpi_scorecard(el.clone(), JsValue::from_str("{}"), JsValue::UNDEFINED)),
        "data: expected a list of KPIs, found an object"
    );
    assert_eq!(el.child_element_count(), 0, "a refused scorecard adds nothing");
}

#[wasm_bindgen_test]
fn the_keyboard_walks_the_data_and_each_move_is_announced() {
    let el = container(640);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let picture: HtmlElement = canvas(&el, "council-chart__canvas").dyn_into().unwrap();
    assert_eq!(picture.tab_index(), 0, "the chart is one tab stop");
    // A slider described as a chart: a screen reader landing on it switches to focus mode, so
    // the arrow keys reach the cursor (measured in Orca: scripts/screen-reader.sh).
    assert_eq!(picture.get_attribute("role").as_deref(), Some("slider"));
    assert_eq!(picture.get_attribute("aria-roledescription").as_deref(), Some("chart"));
    assert_eq!(picture.get_attribute("aria-valuetext").as_deref(), Some("arrow keys move through the data"));
    picture.focus().unwrap();
    assert!(picture.style().get_property_value("outline").unwrap().contains("3px"), "a visible focus ring");
    let live = el.query_selector(".council-chart__live").unwrap().unwrap();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    // On the chart, each step is the slider's value, its number moving on so that the same
    // words said twice are spoken twice; the live region is off, or a reader hears it twice.
    let said = |key: &str| {
        let before = picture.get_attribute("aria-valuenow");
        let prevented = press(&picture, key);
        let words = live.text_content().unwrap_or_default();
        if prevented {
            assert_ne!(picture.get_attribute("aria-valuenow"), before, "{key}: the value moves on");
            assert_eq!(picture.get_attribute("aria-valuetext").as_deref(), Some(words.as_str()));
            assert_eq!(live.get_attribute("aria-live").as_deref(), Some("off"));
        }
        (prevented, words)
    };
    // Each move says the datum, then where it is; past an end, that it is the end.
    assert_eq!(
        said("ArrowRight"),
        (true, "Our council: 54 per 10,000, 2012/13, On target: 6 below target, 1 of 5".to_owned())
    );
    // Along the series, the value first and no name: only the period and value changed.
    assert_eq!(said("ArrowRight").1, "55 per 10,000, 2013/14, On target: 5 below target, 2 of 5");
    assert_eq!(said("End").1, "67 per 10,000, 2016/17, Off target: 7 above target, 5 of 5");
    // End is where to go, not a step: at the end already, it says the datum again.
    assert_eq!(said("End").1, "67 per 10,000, 2016/17, Off target: 7 above target, 5 of 5");
    assert_eq!(said("ArrowRight").1, "End of the series: 5 of 5, the last.");
    assert_eq!(
        said("ArrowDown").1,
        "England: 60 per 10,000, 2016/17, on target, 5 of 5",
        "down moves to the benchmark at the same period, and names it"
    );
    assert_eq!(said("ArrowDown").1, "No more lines below.");
    assert_eq!(said("Home").1, "60 per 10,000, 2012/13, on target, 1 of 5");
    let tooltip: HtmlElement = el.query_selector(".council-chart__tooltip").unwrap().unwrap().dyn_into().unwrap();
    assert!(!tooltip.hidden(), "the tooltip shows the datum the cursor is on");
    assert!(inked_pixels(&canvas(&el, "council-chart__overlay")) > 20, "and the overlay highlights it");
    assert!(!press(&picture, "a"), "other keys are left to the page");
    press(&picture, "Escape");
    assert!(tooltip.hidden(), "Escape clears the cursor");
    assert_eq!(
        live.text_content().unwrap_or_default(),
        "Tooltip closed; the arrow keys start again from the beginning.",
        "and says what it closed"
    );
    picture.blur().unwrap();
    assert_eq!(picture.get_attribute("aria-valuetext").as_deref(), Some("arrow keys move through the data"));
    assert!(!picture.style().get_property_value("outline").unwrap().contains("3px"));
    drop(chart);
}

/// Resolves once the next frame has been painted and the tasks queued by then have run: the
/// data tables are built by then (web::later).
async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let later = Closure::once_into_js(move || {
            let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        web_sys::window().unwrap().request_animation_frame(later.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn every_chart_offers_its_data_as_a_real_table() {
    let el = container(640);
    let chart = funding_chart(el.clone(), JsValue::from_str(FUNDING), JsValue::UNDEFINED).unwrap();
    // Built after the first paint, so that a page of charts is seen sooner...
    assert!(el.query_selector(".council-chart__table table").unwrap().is_none(), "not built before the paint");
    after_paint().await;
    let table = el.query_selector(".council-chart__table table").unwrap().expect("a table");
    assert_eq!(
        table.query_selector("caption").unwrap().unwrap().text_content().unwrap(),
        "Temporary investment in targeted improvement (figures in £000, - is nil)"
    );
    let headings = table.query_selector_all("thead th[scope=col]").unwrap();
    assert_eq!(headings.length(), 6, "Line and five columns");
    let first_row = table.query_selector("tbody tr").unwrap().unwrap();
    assert_eq!(
        first_row.query_selector("th[scope=row]").unwrap().unwrap().text_content().unwrap(),
        "Senior Improvement Leads"
    );
    assert_eq!(first_row.query_selector_all("td").unwrap().item(4).unwrap().text_content().unwrap(), "\u{2212}357");
    let box_: HtmlElement = el.query_selector(".council-chart__table").unwrap().unwrap().dyn_into().unwrap();
    let button: HtmlElement = el.query_selector(".council-chart__table-button").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(button.get_attribute("aria-controls"), Some(box_.id()));
    assert!(box_.offset_width() <= 1, "hidden from sight until asked for");
    button.click();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(button.text_content().as_deref(), Some("Hide data table"));
    assert!(box_.offset_width() > 300, "shown");
    button.click();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(box_.offset_width() <= 1, "hidden again");
    drop(chart);
    // ...but at once when a reader asks for it first.
    let el = container(640);
    let chart = funding_chart(el.clone(), JsValue::from_str(FUNDING), JsValue::UNDEFINED).unwrap();
    let button: HtmlElement = el.query_selector(".council-chart__table-button").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    assert!(el.query_selector(".council-chart__table caption").unwrap().is_some(), "built when the button is pressed");
    // Destroyed before the paint: the job that was waiting to build its table must run into
    // nothing (a panic would end the test), and the container is left empty.
    chart.destroy();
    after_paint().await;
    assert_eq!(el.child_element_count(), 0, "a chart destroyed before the paint leaves nothing");
}

#[wasm_bindgen_test]
fn printing_redraws_at_print_resolution_and_back() {
    set_device_pixel_ratio(1.0);
    let el = container(500);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::from_str(r#"{"toolbar":true}"#)).unwrap();
    let c = canvas(&el, "council-chart__canvas");
    assert_eq!(c.width(), 500);
    let shown = |selector: &str| {
        let element: HtmlElement = el.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
        web_sys::window().unwrap().get_computed_style(&element).unwrap().unwrap().get_property_value("display").unwrap()
            != "none"
    };
    let figure: HtmlElement = el.query_selector("figure").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(figure.style().get_property_value("break-inside").unwrap(), "avoid", "never split across pages");
    assert!(shown(".council-chart__toolbar") && shown(".council-chart__table-button"));
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("beforeprint").unwrap()).unwrap();
    assert_eq!(c.width(), 1500, "three device pixels per CSS pixel for paper");
    assert_eq!(c.style().get_property_value("width").unwrap(), "500px", "at the same size on the page");
    assert!(inked_pixels(&c) > 9 * 1000);
    assert!(!shown(".council-chart__toolbar") && !shown(".council-chart__table-button"), "no buttons on paper");
    window.dispatch_event(&web_sys::Event::new("afterprint").unwrap()).unwrap();
    assert_eq!(c.width(), 500, "back to the screen's resolution");
    assert!(shown(".council-chart__toolbar") && shown(".council-chart__table-button"), "the buttons are back");
    chart.destroy();
    // options.print: "table" opens the data table for the paper and closes it afterwards.
    let el = container(500);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::from_str(r#"{"print":"table"}"#)).unwrap();
    let button = el.query_selector(".council-chart__table-button").unwrap().unwrap();
    let expanded = || button.get_attribute("aria-expanded").unwrap();
    window.dispatch_event(&web_sys::Event::new("beforeprint").unwrap()).unwrap();
    assert_eq!(expanded(), "true", "the table is printed under the chart");
    assert!(el.query_selector(".council-chart__table table").unwrap().is_some());
    window.dispatch_event(&web_sys::Event::new("afterprint").unwrap()).unwrap();
    assert_eq!(expanded(), "false", "and closed again afterwards");
    chart.destroy();
}

/// The colour of one device pixel of a canvas.
fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 3] {
    let context: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = context.get_image_data(x, y, 1.0, 1.0).unwrap().data();
    [data[0], data[1], data[2]]
}

#[wasm_bindgen_test]
fn the_theme_comes_from_the_containers_custom_properties_and_resize_reads_them_again() {
    let el = container(600);
    let css = el.style();
    css.set_property("--council-chart-background", "#000080").unwrap();
    css.set_property("--council-chart-text", "white").unwrap();
    css.set_property("--council-chart-palette", "#ffdd00, rgb(0 255 0)").unwrap();
    css.set_property("--council-chart-font", "Georgia, serif").unwrap();
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let c = canvas(&el, "council-chart__canvas");
    assert_eq!(pixel(&c, 1.0, 1.0), [0, 0, 0x80], "the background is the page's navy");
    let figure: HtmlElement = el.query_selector("figure").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(figure.style().get_property_value("color").unwrap(), "rgb(255, 255, 255)");
    assert_eq!(figure.style().get_property_value("font-family").unwrap(), "Georgia, serif");
    let yellow = {
        let context: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
        let data = context.get_image_data(0.0, 0.0, c.width() as f64, c.height() as f64).unwrap().data();
        data.chunks(4).filter(|px| px[0] > 240 && px[1] > 200 && px[1] < 235 && px[2] < 30).count()
    };
    assert!(yellow > 100, "the first series is in the palette's first colour ({yellow} pixels)");
    // A colour the canvas cannot read is left out (and said on the console), not thrown.
    css.set_property("--council-chart-background", "not-a-colour").unwrap();
    chart.resize().unwrap();
    assert_eq!(pixel(&c, 1.0, 1.0), [0xFF, 0xFF, 0xFF], "back to the default background");
}

#[wasm_bindgen_test]
fn a_container_that_declares_a_dark_colour_scheme_gets_the_dark_theme() {
    let el = container(600);
    el.style().set_property("color-scheme", "dark").unwrap();
    let _chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    assert_eq!(pixel(&canvas(&el, "council-chart__canvas"), 1.0, 1.0), [0x1A, 0x1B, 0x1C]);
    let light = container(600);
    light.style().set_property("--council-chart-scheme", "light").unwrap();
    light.style().set_property("color-scheme", "dark").unwrap();
    let _other = kpi_chart(light.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        pixel(&canvas(&light, "council-chart__canvas"), 1.0, 1.0),
        [0xFF, 0xFF, 0xFF],
        "--council-chart-scheme wins"
    );
}

#[wasm_bindgen_test]
fn a_hidden_line_stays_hidden_when_the_data_are_updated() {
    let el = container(600);
    let chart = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let england: HtmlElement = el.query_selector("button[data-toggle='1']").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(england.text_content().unwrap(), "England");
    assert_eq!(england.get_attribute("aria-pressed").unwrap(), "true");
    let before = inked_pixels(&canvas(&el, "council-chart__canvas"));
    england.click();
    assert_eq!(england.get_attribute("aria-pressed").unwrap(), "false");
    let after = inked_pixels(&canvas(&el, "council-chart__canvas"));
    assert!(after < before, "less is drawn with England hidden ({after} < {before})");
    chart.update(JsValue::from_str(KPI)).unwrap();
    let england: HtmlElement = el.query_selector("button[data-toggle='1']").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(england.get_attribute("aria-pressed").unwrap(), "false", "still hidden after update");
    assert_eq!(inked_pixels(&canvas(&el, "council-chart__canvas")), after);
}

#[wasm_bindgen_test]
fn the_page_listens_to_the_colour_scheme_once_however_many_charts() {
    let before = media_listeners();
    let el = container(800);
    let charts: Vec<_> =
        (0..10).map(|_| kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap()).collect();
    // Two queries (dark, forced colours), listened to once for the page, not once per chart.
    assert!(media_listeners() - before <= 2, "{} listeners for 10 charts", media_listeners() - before);
    for chart in &charts {
        chart.destroy();
    }
    assert_eq!(media_listeners(), before, "and the last chart to go takes the page's listeners with it");
    el.remove();
}

// The Rust front door on the page: `web::mount` draws the chart `KpiChart::from_text` read, as
// the JavaScript's kpiChart does; update replaces it in place, a scorecard swaps the kind, and
// destroy leaves the container and the page's listeners as they were.
#[wasm_bindgen_test]
fn the_rust_front_door_mounts_updates_and_destroys() {
    use council_charts::{Chart, KpiChart, Scorecard};
    count_listeners();
    let el = container(480);
    let before = listener_count();
    let chart = KpiChart::from_text("Year,Our council,England\n2022,61,70\n2023,58,71\n2024,55,70", "").unwrap();
    let words = chart.describe();
    let mounted = council_charts::web::mount(&el, chart).unwrap();
    assert_eq!(mounted.describe().unwrap(), words, "the page says what the chart read says");
    assert!(inked_pixels(&canvas(&el, "council-chart__canvas")) > 0, "the chart is drawn");
    assert!(listener_count() > before, "the chart listens");

    let newer = KpiChart::from_json(KPI, "").unwrap();
    mounted.update(newer).unwrap();
    assert!(mounted.describe().unwrap().contains("Children looked after"), "update shows the new data");
    assert_eq!(el.query_selector_all("figure").unwrap().length(), 1, "replaced in place, not added");

    mounted.update(Scorecard::from_json(SCORECARD, "").unwrap()).unwrap();
    assert_eq!(el.child_element_count(), 1, "the old chart is gone");
    let only = el.first_element_child().unwrap();
    assert_eq!(only.class_name(), "council-scorecard", "a scorecard in place of the chart");

    mounted.destroy();
    mounted.destroy();
    assert_eq!(el.child_element_count(), 0, "destroy empties the container");
    assert_eq!(listener_count(), before, "every listener the chart added was removed");
    assert!(error_message(mounted.describe()).contains("destroyed"));
}

#[wasm_bindgen_test]
fn mount_refuses_a_container_not_in_the_page() {
    let loose: web_sys::Element = document().create_element("div").unwrap();
    let chart = council_charts::KpiChart::from_text("Year,Our council\n2023,52\n2024,55", "").unwrap();
    let message = error_message(council_charts::web::mount(&loose, chart));
    assert_eq!(message, "container: expected an HTML element in the document");
}

// One chart per container (issue 41): drawing again where a chart is replaces it, as React's
// StrictMode does by running an effect twice, or a council switch without destroy(); a chart
// the page drew in an element of its own inside the container is not this container's.
#[wasm_bindgen_test]
fn drawing_into_a_container_that_holds_a_chart_replaces_it() {
    count_listeners();
    let el = container(480);
    let inner = container(300);
    el.append_child(&inner).unwrap();
    let before = listener_count();
    let nested = kpi_chart(inner.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let with_nested = listener_count();
    let first = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    let one_chart = listener_count() - with_nested;
    let second = kpi_chart(el.clone(), JsValue::from_str(REVENUE), JsValue::UNDEFINED).unwrap();
    assert_eq!(el.query_selector_all(":scope > figure").unwrap().length(), 1, "one chart in the container");
    assert_eq!(listener_count() - with_nested, one_chart, "the first chart's listeners went with it");
    assert_eq!(error_message(first.describe()), "chart: it has been destroyed");
    assert!(second.describe().unwrap().contains("budget"), "{}", second.describe().unwrap());
    assert!(nested.describe().is_ok(), "the chart in the page's own element is left alone");

    // A scorecard, then a chart: the scorecard's list and tiles go.
    let scorecard = kpi_scorecard(el.clone(), JsValue::from_str(SCORECARD), JsValue::UNDEFINED).unwrap();
    assert!(el.query_selector(":scope > figure").unwrap().is_none(), "the chart gave way to the scorecard");
    let last = kpi_chart(el.clone(), JsValue::from_str(KPI), JsValue::UNDEFINED).unwrap();
    assert!(el.query_selector(":scope > ul.council-scorecard").unwrap().is_none(), "the list went too");
    assert_eq!(el.query_selector_all(":scope > figure").unwrap().length(), 1);
    for handle in [&first, &second, &last, &nested] {
        handle.destroy();
    }
    scorecard.destroy();
    assert_eq!(listener_count(), before, "nothing left listening");
}
