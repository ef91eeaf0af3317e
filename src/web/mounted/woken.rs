//! Waking a chart (web::dom::awake), and the page's own events it listens to from then: while
//! a tooltip may be up, Escape anywhere or a tap outside the plot takes it away.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, KeyboardEvent};

use super::{with, Mounted};
use crate::web::dom::Awake;
use crate::web::listeners::Listener;

impl Mounted {
    /// The overlay, tooltip and live region, made the first time a reader comes to the chart
    /// (web::dom::awake), the overlay at the size last drawn.
    pub fn wake(&self) -> Result<&Awake, JsValue> {
        if self.page_listeners.get().is_none() {
            let plot = self.dom.plot().clone();
            let listeners = [
                Listener::new(&self.document, "keydown", on_escape(self.me.clone()))?,
                Listener::new(&self.document, "pointerdown", on_tap_outside(self.me.clone(), plot))?,
            ];
            let _ = self.page_listeners.set(listeners);
        }
        self.dom.wake(&self.theme, self.drawn)
    }

    /// Says `text` to a screen reader (web::dom::voice), the chart woken first so that its live
    /// region is there.
    pub fn say(&self, text: &str) -> Result<(), JsValue> {
        self.wake()?;
        self.dom.announce(text);
        Ok(())
    }
}

pub(super) fn on_escape(weak: Weak<RefCell<Mounted>>) -> impl FnMut(web_sys::Event) + 'static {
    move |event| {
        if event.dyn_ref::<KeyboardEvent>().is_some_and(|e| e.key() == "Escape") {
            with(&weak, |m| m.leave());
        }
    }
}

pub(super) fn on_tap_outside(weak: Weak<RefCell<Mounted>>, plot: HtmlElement) -> impl FnMut(web_sys::Event) + 'static {
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
