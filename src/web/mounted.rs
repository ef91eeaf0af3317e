//! A chart on the page: its elements, its chart, the last scene drawn, and how it redraws.
//! Hover redraws only the overlay canvas; the chart canvas is drawn on mount, update and resize.

use std::cell::{OnceCell, RefCell};
use std::rc::Weak;

use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlCanvasElement};

use super::canvas::{clear, draw, size_canvas};
use super::dom::ChartDom;
use super::listeners::Listener;
use super::measure::CanvasMeasure;
use super::sound::Playing;
use crate::chart::picture::{self, Purpose};
use crate::chart::{Builder, Chart};
use crate::interact::{highlight, Hits, Key, KeyOrder, Tooltip};
use crate::model::Json;
use crate::scene::{Datum, Frame, Rect, Target, Theme};

/// Device pixels per CSS pixel when printing: about 300 dots per inch on paper.
pub(super) const PRINT_RATIO: f64 = 3.0;

mod print;
mod sound;
mod watched;
mod woken;

/// Runs `f` on the chart if it still exists and is not already busy; events never panic.
pub(super) fn with(weak: &Weak<RefCell<Mounted>>, f: impl FnOnce(&mut Mounted) -> Result<(), JsValue>) {
    if let Some(rc) = weak.upgrade() {
        if let Ok(mut mounted) = rc.try_borrow_mut() {
            if let Err(e) = f(&mut mounted) {
                web_sys::console::error_1(&e);
            }
        }
    }
}

pub struct Mounted {
    pub document: Document,
    pub dom: ChartDom,
    pub chart: Box<dyn Chart>,
    pub builder: Builder,
    pub options: Json,
    pub theme: Theme,
    measure: CanvasMeasure,
    /// Indexed at the first pointer move or key press, not before the first paint.
    hits: Hits,
    plot: Rect,
    pick_distance: f64,
    /// The CSS size last drawn at, and the device pixel ratio.
    drawn: Option<(f64, f64, f64)>,
    /// The datum highlighted, by pointer or keyboard; the keyboard moves on from it.
    shown: Option<Datum>,
    /// Built at the first key press, not with every drawing: most charts are never walked by
    /// keyboard, and ordering a long series' targets costs more than drawing it.
    keys: Option<KeyOrder>,
    print_ratio: Option<f64>,
    /// The data playing as sound, if a reader asked.
    sound: Option<Playing>,
    /// Itself, for the listeners it adds when woken.
    me: Weak<RefCell<Mounted>>,
    /// Escape and a tap elsewhere on the page, which take a tooltip away: listened for only
    /// once the chart is awake, so a page of 100 untouched tiles adds none of them.
    page_listeners: OnceCell<[Listener; 2]>,
}

impl Mounted {
    pub fn new(
        document: Document,
        dom: ChartDom,
        chart: Box<dyn Chart>,
        builder: Builder,
        options: Json,
        theme: Theme,
        me: &Weak<RefCell<Mounted>>,
    ) -> Self {
        let measure = CanvasMeasure::new(&theme.font_family);
        Mounted {
            document,
            dom,
            chart,
            builder,
            options,
            theme,
            measure,
            hits: Hits::default(),
            plot: Rect { x: 0.0, y: 0.0, width: 0.0, height: 0.0 },
            pick_distance: 40.0,
            drawn: None,
            shown: None,
            keys: None,
            print_ratio: None,
            sound: None,
            me: me.clone(),
            page_listeners: OnceCell::new(),
        }
    }

    fn device_pixel_ratio(&self) -> f64 {
        if let Some(ratio) = self.print_ratio {
            return ratio;
        }
        let ratio = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0);
        if ratio.is_finite() {
            ratio.clamp(0.5, 4.0)
        } else {
            1.0
        }
    }

    /// Redraws if the plot's width or the pixel ratio changed since the last drawing, or if `force`.
    pub fn render(&mut self, force: bool) -> Result<(), JsValue> {
        self.render_at(self.width_to_draw(), force)
    }

    /// The width to draw at: the plot's, and no wider than a printed page while printing.
    pub fn width_to_draw(&self) -> f64 {
        let width = self.plot_width();
        if self.print_ratio.is_some() {
            width.min(print::PRINT_WIDTH)
        } else {
            width
        }
    }

    /// The plot's width in CSS pixels. Reading it may force a layout: when drawing many charts,
    /// read every width first and then draw each (`render_at`), so the page is laid out once.
    pub fn plot_width(&self) -> f64 {
        self.dom.plot().client_width() as f64
    }

    /// Redraws at a width already read (see `plot_width`).
    pub fn render_at(&mut self, width: f64, force: bool) -> Result<(), JsValue> {
        if width <= 0.0 {
            return Ok(()); // not displayed yet: the size watch draws it when it appears
        }
        let ratio = self.device_pixel_ratio();
        let framed = picture::frame(self.chart.as_ref(), width, Purpose::Screen, &self.theme, &self.measure);
        let frame = framed.frame;
        let height = frame.height;
        if !force && self.drawn == Some((width, height, ratio)) {
            return Ok(());
        }
        let drawn = picture::picture(self.chart.as_ref(), &framed, &self.theme, &self.measure);
        size_canvas(self.dom.canvas(), (frame.width, frame.height), ratio)?;
        if let Some(overlay) = self.dom.overlay() {
            size_canvas(overlay, (frame.width, frame.height), ratio)?;
        }
        draw(self.dom.canvas(), drawn.shapes(), ratio, &self.theme)?;
        if self.print_ratio.is_some() {
            let cuts = self.chart.cuts(framed.laid());
            if cuts.len() > 2 {
                self.dom.print_strips(&drawn, &cuts, ratio, &self.theme)?;
            }
        }
        let scene = drawn.scene;
        // The keys' sentence names only the keys that do something in the chart as drawn.
        let offered = crate::interact::keyboard::Offered::of(&scene.targets);
        let sound = self.chart.melody(None, false).is_some();
        self.dom.set_key_help(&crate::words::access::key_help(self.chart.rows(), sound, Some(offered)));
        self.hits = Hits::new(scene.targets);
        self.keys = None;
        self.plot = scene.plot;
        self.pick_distance = scene.pick_distance;
        self.drawn = Some((width, height, ratio));
        self.shown = None;
        self.dom.hide_tooltip();
        Ok(())
    }

    /// What waits until the chart has been seen: the hover index (a reader pointing sooner
    /// has it built then) and the visually hidden data table.
    pub fn after_first_paint(&mut self) -> Result<(), JsValue> {
        self.hits.index();
        self.dom.ensure_spoken(self.chart.as_ref());
        self.dom.ensure_table(self.chart.as_ref())
    }

    /// Replaces the chart with one built from new data; on bad data the old chart stays.
    /// Series the reader hid stay hidden, by name.
    pub fn update(&mut self, data: &Json) -> Result<(), crate::error::ChartError> {
        let chart = (self.builder)(data, &self.options)?;
        self.replace(chart);
        Ok(())
    }

    /// Replaces the chart with one already read (`web::mount`'s update, which may bring options
    /// of its own for later updates). Series the reader hid stay hidden, by name.
    // For web::mount, which only the whole library has (not one family's module).
    #[allow(dead_code)]
    pub fn replace_with(&mut self, chart: Box<dyn Chart>, builder: Builder, options: Json) {
        self.builder = builder;
        self.options = options;
        self.replace(chart);
    }

    fn replace(&mut self, chart: Box<dyn Chart>) {
        let hidden: Vec<String> =
            self.chart.toggles(&self.theme).into_iter().filter(|t| !t.shown).map(|t| t.label).collect();
        self.chart = chart;
        for (index, toggle) in self.chart.toggles(&self.theme).into_iter().enumerate() {
            if hidden.contains(&toggle.label) {
                self.chart.set_shown(index, false);
            }
        }
        let _ = self.dom.set_words(self.chart.as_ref());
        // A chart already on the page: its words and table follow its data at once.
        self.dom.ensure_spoken(self.chart.as_ref());
        let _ = self.dom.ensure_table(self.chart.as_ref());
        let _ = self.fill_html();
        let _ = self.render(true);
    }

    /// The chart's parts that are HTML beside the canvas, for the chart and theme as they are
    /// now: the legend's buttons, and a tile's words.
    pub fn fill_html(&self) -> Result<(), JsValue> {
        super::legend::fill_html(&self.dom, self.chart.as_ref(), &self.theme, self.device_pixel_ratio())
    }

    /// A legend button was pressed: its series is shown or hidden, and the chart redrawn.
    pub fn toggle(&mut self, index: usize, button: &web_sys::HtmlElement) -> Result<(), JsValue> {
        let Some(toggle) = self.chart.toggles(&self.theme).into_iter().nth(index) else {
            return Ok(());
        };
        self.chart.set_shown(index, !toggle.shown);
        super::legend::mark_shown(button, !toggle.shown)?;
        self.render(true)
    }

    /// The pointer moved to (x, y) in the plot's CSS pixels.
    pub fn hover(&mut self, x: f64, y: f64) -> Result<(), JsValue> {
        match self.hits.index().nearest(x, y, self.pick_distance) {
            Some(target) => self.show(target).map(|_| ()),
            None => self.leave(),
        }
    }

    /// The text drawn now, each with its box, as `[text, left, top, right, bottom]` in CSS
    /// pixels measured by the canvas; and the canvas's own width and height.
    pub fn text_boxes(&self) -> (Vec<crate::scene::text::TextBox>, (f64, f64)) {
        let Some((width, height, _)) = self.drawn else {
            return (Vec::new(), (0.0, 0.0));
        };
        let scene = crate::chart::OneScene::scene(
            self.chart.as_ref(),
            Frame::new(width, height, false),
            &self.theme,
            &self.measure,
        );
        (crate::scene::text::text_boxes(&scene, &self.measure), (width, height))
    }

    /// A key moved the data cursor: the datum is shown as on hover and said in the live
    /// region. Returns whether the key was the cursor's (so the page does not scroll).
    pub fn key(&mut self, key: Key) -> Result<bool, JsValue> {
        if self.keys.is_none() {
            if self.drawn.is_none() {
                return Ok(false);
            }
            let order = KeyOrder::new(&self.hits.index().targets()).starting_on(self.chart.start_row());
            self.keys = Some(order.starting_at(self.chart.start_datum()));
        }
        let Some(keys) = &self.keys else { return Ok(false) };
        let Some(target) = keys.step(self.shown, key) else {
            return Ok(false);
        };
        let place = keys.place(target.datum);
        // A step that goes nowhere says so, rather than repeat the datum; Home and End are
        // where to go, so they say the datum even when the cursor is there already.
        let (from, again) = (self.shown, self.shown == Some(target.datum));
        if again && !matches!(key, Key::Home | Key::End) {
            let words = match target.datum {
                crate::scene::Datum::Hex { .. } => crate::words::access::map_edge(key).to_owned(),
                _ => crate::words::access::at_the_end(key, self.chart.rows(), place),
            };
            self.say(&words)?;
            return Ok(true);
        }
        if let Some(tip) = if again { self.chart.tooltip(target.datum) } else { self.show(target)? } {
            let words = self.chart.step_words(target.datum, from).unwrap_or_else(|| tip.spoken());
            self.say(&crate::words::access::step(&words, place))?;
        }
        self.wake()?.scroll_to_tooltip();
        Ok(true)
    }

    /// Highlights a datum on the overlay (the chart beneath is not redrawn) and shows its
    /// tooltip; returns the tooltip, or nothing if the datum was already shown.
    fn show(&mut self, target: Target) -> Result<Option<Tooltip>, JsValue> {
        if self.shown == Some(target.datum) {
            return Ok(None);
        }
        self.shown = Some(target.datum);
        let ratio = self.drawn.map(|d| d.2).unwrap_or(1.0);
        let awake = self.wake()?;
        clear(awake.overlay());
        let shapes = highlight(&target, self.plot, &self.theme);
        draw(awake.overlay(), shapes.iter(), ratio, &self.theme)?;
        let tip = self.chart.tooltip(target.datum);
        if let Some(tip) = &tip {
            let size = self.drawn.map_or((0.0, 0.0), |(width, height, _)| (width, height));
            awake.show_tooltip(tip, (target.x, target.y), size, &self.document)?;
        }
        Ok(tip)
    }

    /// Whether a datum is highlighted, its tooltip up.
    pub fn is_showing(&self) -> bool {
        self.shown.is_some()
    }

    /// The pointer left, or Escape was pressed: the highlight and tooltip go.
    pub fn leave(&mut self) -> Result<(), JsValue> {
        if self.shown.take().is_some() {
            if let Some(overlay) = self.dom.overlay() {
                clear(overlay);
            }
            self.dom.hide_tooltip();
        }
        Ok(())
    }
}

impl Mounted {
    /// Saves the chart as a file: its CSV, or a picture (PNG, SVG) with titles, notes and
    /// source drawn in, at the width it has on the page. A link to the data is clicked, so
    /// nothing is sent anywhere.
    pub fn download(&self, what: Download) -> Result<(), JsValue> {
        let width = self.drawn.map_or(640.0, |d| d.0).max(320.0);
        let stem = crate::export::file_stem(self.chart.titles().title());
        let (name, href) = match what {
            // The byte-order mark tells Excel the file is UTF-8, so "£" survives.
            Download::Csv => (
                format!("{stem}.csv"),
                format!(
                    "data:text/csv;charset=utf-8,{}",
                    String::from(js_sys::encode_uri_component(&format!("\u{FEFF}{}", self.chart.to_csv())))
                ),
            ),
            Download::Svg => {
                let svg =
                    crate::chart::picture::to_svg(self.chart.as_ref(), width, &self.theme, &crate::scene::ArialMetrics);
                (
                    format!("{stem}.svg"),
                    format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg))),
                )
            }
            Download::Png => (format!("{stem}.png"), self.png(2.0)?),
        };
        let link: web_sys::HtmlAnchorElement = wasm_bindgen::JsCast::dyn_into(self.document.create_element("a")?)?;
        link.set_href(&href);
        link.set_download(&name);
        link.click();
        Ok(())
    }

    /// The export picture (titles, notes and source included) on a canvas of its own, at
    /// `ratio` device pixels per CSS pixel, as a PNG data URL.
    pub fn png(&self, ratio: f64) -> Result<String, JsValue> {
        let width = self.drawn.map_or(640.0, |d| d.0).max(320.0);
        let framed = picture::frame(self.chart.as_ref(), width, Purpose::Export, &self.theme, &self.measure);
        let frame = framed.frame;
        let drawn = picture::picture(self.chart.as_ref(), &framed, &self.theme, &self.measure);
        let canvas: HtmlCanvasElement = wasm_bindgen::JsCast::dyn_into(self.document.create_element("canvas")?)?;
        canvas.set_width((frame.width * ratio).round() as u32);
        canvas.set_height((frame.height * ratio).round() as u32);
        draw(&canvas, drawn.shapes(), ratio, &self.theme)?;
        canvas.to_data_url()
    }
}

/// What the toolbar saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    Csv,
    Png,
    Svg,
}
