//! The elements a chart adds to its container. Styles are set through the CSSOM (element.style),
//! which a strict Content-Security-Policy allows; text is set through `textContent` only.

use std::cell::{Cell, OnceCell};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlCanvasElement, HtmlElement};

mod awake;
mod hidden;
mod print;
mod skeleton;
mod table;
mod toolbar;
mod tooltip;
mod voice;

pub use awake::Awake;
pub(super) use hidden::{hide_paragraph, hide_visually, show_visually};
use skeleton::Parts;
// For a scorecard tile's words (web::tile_words), which only the modules that draw KPIs have.
#[cfg(feature = "kpi")]
pub(super) use skeleton::{copy_of, Template};
pub use toolbar::Toolbar;

use crate::chart::Chart;
use crate::scene::Theme;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn unique_id(prefix: &str) -> String {
    let n = NEXT_ID.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1));
        n
    });
    format!("council-chart-{n}-{prefix}")
}

pub fn element(document: &Document, tag: &str, class: &str) -> Result<HtmlElement, JsValue> {
    let el: HtmlElement = document.create_element(tag)?.dyn_into()?;
    // A new element has no class: a data table's cells, which have none, cost no call (a
    // scorecard of 100 tiles set an empty class 3,100 times just after its first paint).
    if !class.is_empty() {
        el.set_class_name(class);
    }
    Ok(el)
}

/// A new element with its fixed look as one declaration list, written in one CSSOM assignment
/// (`style.cssText`) rather than a `setProperty` per property: a scorecard of 100 tiles made
/// some 8,000 of those, each a crossing into JavaScript. Only for constants written here: a
/// value from a theme or the data goes through `style`, where it cannot declare a second
/// property.
pub fn styled(document: &Document, tag: &str, class: &str, css: &'static str) -> Result<HtmlElement, JsValue> {
    let el = element(document, tag, class)?;
    el.style().set_css_text(css);
    Ok(el)
}

pub fn style(el: &HtmlElement, properties: &[(&str, &str)]) -> Result<(), JsValue> {
    let css = el.style();
    for (name, value) in properties {
        css.set_property(name, value)?;
    }
    Ok(())
}

/// The figure: title and subtitle as real text, the plot (chart canvas; overlay canvas and
/// tooltip once a reader comes, see `awake`), and the source. Its fields are its own: the words, the table and the tooltip
/// change only through its methods, which keep them in step (`table_built` says whether the
/// table matches the words); other files get the elements they listen on or draw into.
pub struct ChartDom {
    figure: HtmlElement,
    title: HtmlElement,
    subtitle: HtmlElement,
    plot: HtmlElement,
    canvas: HtmlCanvasElement,
    /// The overlay, tooltip and live region, made when a reader first comes to the chart.
    awake: OnceCell<Awake>,
    /// What checking the data found (a funding plan's reconciliation), as real text.
    notes: HtmlElement,
    /// The chart's summary as real text, read once in browse mode; not seen (printed).
    description: HtmlElement,
    /// The canvas's accessible description, said each time focus lands: the headline and the
    /// hint (words::access::headline); `hidden`, so browse mode does not read it again.
    headline: HtmlElement,
    /// One sentence on the keys: part of the description, and shown while the canvas has
    /// keyboard focus, for sighted keyboard users.
    keys: HtmlElement,
    /// Download CSV, PNG and SVG, and "Play as sound": built only for `options.toolbar`.
    toolbar: Option<Toolbar>,
    /// Buttons that show and hide series (see web::legend): made the first time the chart has
    /// series to show and hide, so a tile or a grid never builds one.
    legend: OnceCell<HtmlElement>,
    /// "Show data table", and the table it shows (always in the accessibility tree, once built:
    /// after the first paint, or at once when a reader asks for it; see web::later).
    table_button: HtmlElement,
    table_box: HtmlElement,
    /// Whether `table_box` holds the table of the chart's words as last set.
    table_built: Cell<bool>,
    /// Whether `description` and `headline` say the chart's words as last set.
    spoken_built: Cell<bool>,
    /// Whether printing opened the table (and so closes it afterwards).
    opened_for_print: Cell<bool>,
    /// While printing a chart that may be cut (a spine), its picture in strips (web::dom::print).
    strips: std::cell::RefCell<Option<HtmlElement>>,
    source: HtmlElement,
    /// How many things the chart has said as its value (`announce`).
    said: Cell<u32>,
}

impl ChartDom {
    /// The figure, which holds everything else and is what the container gets.
    pub fn figure(&self) -> &HtmlElement {
        &self.figure
    }

    /// Where the chart is drawn, and the plot that sets its width.
    pub fn canvas(&self) -> &HtmlCanvasElement {
        &self.canvas
    }

    pub fn plot(&self) -> &HtmlElement {
        &self.plot
    }

    pub fn table_button(&self) -> &HtmlElement {
        &self.table_button
    }

    pub fn toolbar(&self) -> Option<&Toolbar> {
        self.toolbar.as_ref()
    }

    /// The legend, made (empty, hidden, in its place above the plot) if it is not yet.
    pub fn legend(&self) -> Result<&HtmlElement, JsValue> {
        if let Some(legend) = self.legend.get() {
            return Ok(legend);
        }
        let document =
            self.figure.owner_document().ok_or_else(|| JsValue::from_str("the chart is not in a document"))?;
        let legend = element(&document, "div", "council-chart__legend")?;
        legend.set_attribute("role", "group")?;
        legend.set_attribute("aria-label", "Show or hide lines")?;
        style(&legend, &[("display", "none"), ("flex-wrap", "wrap"), ("gap", "0.375rem"), ("margin-top", "0.5rem")])?;
        self.figure.insert_before(&legend, Some(&self.plot))?;
        Ok(self.legend.get_or_init(|| legend))
    }

    /// Whether the legend has been made.
    pub fn has_legend(&self) -> bool {
        self.legend.get().is_some()
    }

    pub fn new(document: &Document, theme: &Theme, with_toolbar: bool) -> Result<ChartDom, JsValue> {
        let Parts {
            figure,
            title,
            subtitle,
            plot,
            canvas,
            description,
            headline,
            keys,
            notes,
            table_button,
            table_box,
            source,
        } = skeleton::parts(document, theme)?;
        // Ids are each chart's own: the canvas is described by its headline, the button
        // controls its table.
        let (headline_id, table_id) = (unique_id("headline"), unique_id("table"));
        description.set_id(&unique_id("description"));
        headline.set_id(&headline_id);
        keys.set_id(&unique_id("keys"));
        table_box.set_id(&table_id);
        canvas.set_attribute("aria-describedby", &headline_id)?;
        table_button.set_attribute("aria-controls", &table_id)?;
        let toolbar = if with_toolbar { Some(Toolbar::new(document)?) } else { None };
        if let Some(toolbar) = &toolbar {
            figure.insert_before(&toolbar.element, Some(&plot))?;
        }
        let dom = ChartDom {
            figure,
            title,
            subtitle,
            plot,
            canvas,
            awake: OnceCell::new(),
            notes,
            description,
            headline,
            keys,
            toolbar,
            legend: OnceCell::new(),
            table_button,
            table_box,
            table_built: Cell::new(false),
            spoken_built: Cell::new(false),
            opened_for_print: Cell::new(false),
            strips: std::cell::RefCell::new(None),
            source,
            said: Cell::new(0),
        };
        // The template wore the theme already; a toolbar is the chart's own.
        dom.theme_toolbar(theme)?;
        Ok(dom)
    }

    /// The theme's font and colours on the chart's own elements; again when the theme changes.
    pub fn apply_theme(&self, theme: &Theme) -> Result<(), JsValue> {
        let parts = [&self.figure, &self.subtitle, &self.source, &self.notes, &self.keys, &self.table_button];
        skeleton::theme_parts(parts, theme)?;
        if let Some(awake) = self.awake.get() {
            awake::theme_awake(awake, theme)?;
        }
        self.theme_toolbar(theme)
    }

    fn theme_toolbar(&self, theme: &Theme) -> Result<(), JsValue> {
        for button in self.toolbar.iter().flat_map(|t| t.downloads.iter().chain([&t.play])) {
            skeleton::theme_button(button, theme)?;
        }
        Ok(())
    }

    /// Puts the chart's own words into the page: titles, source and the canvas's text alternative.
    pub fn set_words(&self, chart: &dyn Chart) -> Result<(), JsValue> {
        self.title.set_text_content(Some(chart.titles().title()));
        let shown = chart.options().titles;
        self.title.set_hidden(!shown);
        // Browse mode says the title once. The chart's name says it ("Line chart: <title>"),
        // so the title as text is for the eye; a heading where the page asks for one
        // (options.headingLevel), so that heading keys find the chart.
        match chart.options().heading_level {
            Some(level) => {
                self.title.set_attribute("role", "heading")?;
                self.title.set_attribute("aria-level", &level.to_string())?;
                self.title.remove_attribute("aria-hidden")?;
            }
            None => {
                self.title.remove_attribute("role")?;
                self.title.remove_attribute("aria-level")?;
                self.title.set_attribute("aria-hidden", "true")?;
            }
        }
        set_optional(&self.subtitle, chart.titles().subtitle().filter(|_| shown));
        set_optional(&self.source, chart.titles().source_line().filter(|_| shown).as_deref());
        self.set_notes(&chart.notes())?;
        // The table is built after the first paint (or when asked for), not with the words.
        self.table_box.set_text_content(None);
        self.table_built.set(false);
        // `display` itself, not the hidden attribute, which an inline `display: flex` overrides.
        if let Some(toolbar) = &self.toolbar {
            style(&toolbar.element, &[("display", "flex")])?;
            // A chart with nothing to play (a spine: each row its own unit) offers no button.
            toolbar.play.set_hidden(chart.melody(None, false).is_none());
        }
        // Word-sized charts (a sparkline in a table, a scorecard tile) keep the table for
        // screen readers but offer no button.
        self.table_button.set_hidden(!shown || chart.word_sized());
        // Closed, the table is out of the accessibility tree where the button offers it.
        self.table_box.set_hidden(!self.table_open() && self.table_offered());
        // The summary and the headline are the screen reader's (`ensure_spoken`); the keys' sentence
        // is set as the chart is drawn (`set_key_help`), once the drawing says which keys work.
        self.spoken_built.set(false);
        // Money as a synthesiser reads it ("£2.7 million", not "£2.7m": words::ear).
        self.canvas.set_attribute(
            "aria-label",
            &crate::words::ear::for_the_ear(&crate::words::access::short_name(
                chart.kind_words(),
                chart.titles().title(),
            )),
        )
    }

    /// The play button says what pressing it will do.
    pub fn show_playing(&self, playing: bool) {
        if let Some(toolbar) = &self.toolbar {
            toolbar.play.set_text_content(Some(if playing { "Stop sound" } else { "Play as sound" }));
        }
    }

    /// One paragraph per note, the first (the verdict) in bold; hidden when there are none.
    fn set_notes(&self, notes: &[String]) -> Result<(), JsValue> {
        self.notes.set_text_content(None);
        self.notes.set_hidden(notes.is_empty());
        let Some(document) = self.notes.owner_document() else {
            return Ok(());
        };
        for (i, note) in notes.iter().enumerate() {
            let p = element(&document, "p", "council-chart__note")?;
            style(&p, &[("margin", "0.125rem 0"), ("font-weight", if i == 0 { "bold" } else { "normal" })])?;
            p.set_text_content(Some(note));
            self.notes.append_child(&p)?;
        }
        Ok(())
    }

    /// A visible focus ring on the chart (GOV.UK's yellow and black), set and cleared on focus
    /// and blur: pseudo-classes would need a stylesheet, and a strict CSP allows none inline.
    pub fn show_focus(&self, focused: bool) -> Result<(), JsValue> {
        if focused {
            style(&self.canvas, &[("outline", "3px solid #ffdd00"), ("box-shadow", "0 0 0 6px #0b0c0c")])
        } else {
            style(&self.canvas, &[("outline", "none"), ("box-shadow", "none")])
        }
    }
}

fn set_optional(el: &HtmlElement, text: Option<&str>) {
    el.set_text_content(text);
    el.set_hidden(text.is_none());
}
