//! Event listeners and observers owned by a chart. Dropping one removes it from the page, so
//! `destroy()` (or dropping the chart) leaves no listener behind. Never `Closure::forget`.

use std::cell::RefCell;
use std::rc::Rc;

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

/// Watches one element's size, through the one ResizeObserver the page's charts share (a
/// page of 100 tiles has one observer, not 100). Dropping it stops the watch.
pub struct SizeWatch {
    id: u32,
    element: web_sys::Element,
}

type Handler = Rc<RefCell<Box<dyn FnMut()>>>;

/// The shared observer and what it watches. Made with the first watch and kept for the page's
/// life: its callback may be running when the last chart goes (a chart destroyed from its own
/// resize), and a closure must not be dropped while it runs.
struct Shared {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    watched: Vec<(u32, web_sys::Element, Handler)>,
    next: u32,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// The observer's callback: each resized element's handlers, called after the list is let go,
/// so a handler may start or stop watches (mount or destroy charts) as it runs.
fn resized(entries: js_sys::Array) {
    let targets: Vec<web_sys::Element> =
        entries.iter().filter_map(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok()).map(|e| e.target()).collect();
    let handlers: Vec<Handler> = SHARED.with(|shared| {
        let Ok(shared) = shared.try_borrow() else { return Vec::new() };
        let Some(shared) = shared.as_ref() else { return Vec::new() };
        shared.watched.iter().filter(|(_, el, _)| targets.iter().any(|t| t == el)).map(|(_, _, h)| h.clone()).collect()
    });
    for handler in handlers {
        // A handler already running (a resize inside its own drawing) is not run again.
        if let Ok(mut run) = handler.try_borrow_mut() {
            run();
        }
    }
}

impl SizeWatch {
    pub fn new(element: &web_sys::Element, handler: impl FnMut() + 'static) -> Result<Self, JsValue> {
        SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().map_err(|_| JsValue::from_str("resize watch: busy"))?;
            if shared.is_none() {
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(resized);
                let observer = ResizeObserver::new(callback.as_ref().unchecked_ref())?;
                *shared = Some(Shared { observer, _callback: callback, watched: Vec::new(), next: 0 });
            }
            let Some(shared) = shared.as_mut() else { return Err(JsValue::from_str("resize watch: none")) };
            let id = shared.next;
            shared.next = shared.next.wrapping_add(1);
            let handler: Handler = Rc::new(RefCell::new(Box::new(handler)));
            shared.watched.push((id, element.clone(), handler));
            shared.observer.observe(element);
            Ok(SizeWatch { id, element: element.clone() })
        })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        SHARED.with(|shared| {
            let Ok(mut shared) = shared.try_borrow_mut() else { return };
            let Some(shared) = shared.as_mut() else { return };
            shared.watched.retain(|(id, _, _)| *id != self.id);
            // Another chart in the same container keeps it watched.
            if !shared.watched.iter().any(|(_, el, _)| *el == self.element) {
                shared.observer.unobserve(&self.element);
            }
        });
    }
}
