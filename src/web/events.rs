//! The chart's listeners, as closures over a weak reference to it: pointer, keys, legend,
//! play button and the page's own events. Each runs only if the chart still exists and is not
//! busy, and never panics; a problem is said on the console.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, PointerEvent};

use super::mounted::Mounted;
use crate::interact::Key;

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
                    m.dom.announce(crate::words::access::escaped(tooltip, sound));
                    Ok(())
                }
                Command::Help => {
                    m.dom.show_keys(true)?;
                    let help = m.dom.key_help();
                    m.dom.announce(&help);
                    Ok(())
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

/// The pointer left the overlay or the tooltip: the tooltip stays if it went to the other.
pub(super) fn on_pointer_leaving(
    mounted: &Rc<RefCell<Mounted>>,
    other: HtmlElement,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        // A finger "leaves" when it lifts; on touch a tap elsewhere dismisses instead.
        if event.dyn_ref::<PointerEvent>().is_some_and(|e| e.pointer_type() == "touch") {
            return;
        }
        let into_other = event
            .dyn_ref::<PointerEvent>()
            .and_then(|e| e.related_target())
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| other.contains(Some(&node)));
        if !into_other {
            with(&weak, |m| m.leave());
        }
    }
}

pub(super) fn on_escape(mounted: &Rc<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        if event.dyn_ref::<KeyboardEvent>().is_some_and(|e| e.key() == "Escape") {
            with(&weak, |m| m.leave());
        }
    }
}

pub(super) fn on_tap_outside(
    mounted: &Rc<RefCell<Mounted>>,
    plot: HtmlElement,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        let inside = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| plot.contains(Some(&node)));
        if !inside {
            with(&weak, |m| m.leave());
        }
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

pub(super) fn on_pointer(
    mounted: &Rc<RefCell<Mounted>>,
    f: impl Fn(&mut Mounted, &PointerEvent) -> Result<(), JsValue> + 'static,
) -> impl FnMut(web_sys::Event) + 'static {
    let weak = Rc::downgrade(mounted);
    move |event| {
        if let Some(pointer) = event.dyn_ref::<PointerEvent>() {
            with(&weak, |m| f(m, pointer));
        }
    }
}
