//! Event listeners and observers owned by a chart. Dropping one removes it from the page, so
//! `destroy()` (or dropping the chart) leaves no listener behind. Never `Closure::forget`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, ResizeObserver};

pub struct Listener {
    target: EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(
        target: &EventTarget,
        event: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Result<Self, JsValue> {
        let callback = Closure::<dyn FnMut(Event)>::new(handler);
        target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), event, callback })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
    }
}

/// A ResizeObserver on one element, disconnected when dropped.
pub struct SizeWatch {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeWatch {
    pub fn new(element: &web_sys::Element, handler: impl FnMut(js_sys::Array) + 'static) -> Result<Self, JsValue> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(handler);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref())?;
        observer.observe(element);
        Ok(SizeWatch { observer, _callback: callback })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
