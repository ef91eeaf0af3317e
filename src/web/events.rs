//! The chart's listeners, as closures over a weak reference to it: pointer, keys, legend,
//! play button and the page's own events. Each runs only if the chart still exists and is not
//! busy, and never panics; a problem is said on the console.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, PointerEvent};

use super::mounted::Mounted;
use crate::interact::Key;

pub(super) use super::mounted::with;

/// Arrow keys, Home and End move the data cursor (and do not scroll the page); Escape clears it.
pub(super) fn on_key(mounted: &Rc<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
            return;
        };
        // Letters and Escape: the chart's own commands (with no modifier, so the page's and
        // the screen reader's shortcuts pass through).
        let plain = event.dyn_ref::<KeyboardEvent>().is_some_and(|e| !e.ctrl_key() && !e.meta_key() && !e.alt_key());
        let command = match key.as_str() {
            "Escape" => Some(Command::Out),
            "?" | "h" | "H" if plain => Some(Command::Help),
            "t" | "T" if plain => Some(Command::Table),
            "s" | "S" if plain => Some(Command::Sound),
            _ => None,
        };
        if let Some(command) = command {
            let me = weak.clone();
            with(&weak, |m| match command {
                Command::Out => {
                    let sound = m.stop_sound();
                    let tooltip = m.is_showing();
                    m.dom.show_keys(false)?;
                    m.leave()?;
                    // Said after the tooltip goes: a key that changed nothing still says so.
                    m.say(crate::words::access::escaped(tooltip, sound))
                }
                Command::Help => {
                    m.dom.show_keys(true)?;
                    let help = m.dom.key_help();
                    m.say(&help)
                }
                Command::Table => m.dom.open_table(m.chart.as_ref()),
                Command::Sound => m.sonify(me, false, None).map(|_| ()),
            });
            if command != Command::Out {
                event.prevent_default();
            }
            return;
        }
        let Some(key) = Key::named(&key) else { return };
        let mut handled = false;
        with(&weak, |m| {
            handled = m.key(key)?;
            Ok(())
        });
        if handled {
            event.prevent_default();
        }
    }
}

/// What a letter key (or Escape) does on a focused chart.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Command {
    /// Escape: out of the data (the cursor, tooltip, key hint and sound go).
    Out,
    /// ? or H: the keys said again, and shown.
    Help,
    /// T: to the data table.
    Table,
    /// S: play the data as sound, or stop it.
    Sound,
}

/// One listener for all the legend's buttons, which are rebuilt with the chart.
pub(super) fn on_legend_click(mounted: &Rc<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        if let Some((index, button)) = super::legend::clicked_toggle(&event) {
            with(&weak, |m| m.toggle(index, &button));
        }
    }
}

/// The pointer left the plot (the tooltip is in it, so moving onto the tooltip is not leaving).
pub(super) fn on_pointer_leaving(mounted: &Rc<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        // A finger "leaves" when it lifts; on touch a tap elsewhere dismisses instead.
        if event.dyn_ref::<PointerEvent>().is_some_and(|e| e.pointer_type() == "touch") {
            return;
        }
        with(&weak, |m| m.leave());
    }
}

/// Focus came into the figure or left it; `f` learns whether it was the chart's canvas.
pub(super) fn on_focus(
    mounted: &Rc<RefCell<Mounted>>,
    canvas: &web_sys::HtmlCanvasElement,
    f: impl Fn(&mut Mounted, bool) -> Result<(), JsValue> + 'static,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    let canvas: web_sys::EventTarget = canvas.clone().into();
    move |event| {
        let on_canvas = event.target().is_some_and(|target| target == canvas);
        with(&weak, |m| f(m, on_canvas))
    }
}

/// "Play as sound" / "Stop sound".
pub(super) fn on_play(mounted: &Rc<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |_| {
        let me = weak.clone();
        with(&weak, |m| m.sonify(me, false, None).map(|_| ()))
    }
}

pub(super) fn on_event(
    mounted: &Rc<RefCell<Mounted>>,
    f: impl Fn(&mut Mounted) -> Result<(), JsValue> + 'static,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |_| with(&weak, |m| f(m))
}

/// A pointer event on the plot's canvas (the chart's, or the overlay over it once made), whose
/// offsets are the plot's own; one on the tooltip, which is in the plot too, is not the chart's.
pub(super) fn on_plot_pointer(
    mounted: &Rc<RefCell<Mounted>>,
    plot: &HtmlElement,
    f: impl Fn(&mut Mounted, &PointerEvent) -> Result<(), JsValue> + 'static,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    let plot: web_sys::Node = plot.clone().into();
    move |event| {
        let on_canvas = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .is_some_and(|canvas| canvas.parent_node().is_some_and(|parent| parent == plot));
        if let Some(pointer) = event.dyn_ref::<PointerEvent>().filter(|_| on_canvas) {
            with(&weak, |m| f(m, pointer));
        }
    }
}
