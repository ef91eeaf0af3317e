//! Event listeners and observers owned by a chart. Dropping one removes it from the page, so
//! `destroy()` (or dropping the chart) leaves no listener behind. Never `Closure::forget`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, ResizeObserver};

use super::watched::{redraw_all, Watched};

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

/// A handler for one event on one element, as `Listeners` takes them (`on` makes one).
pub struct Handler {
    target: EventTarget,
    event: &'static str,
    run: RefCell<Box<dyn FnMut(Event)>>,
}

/// `handler` for `event` on `target`, for `Listeners::new`.
pub fn on(target: &EventTarget, event: &'static str, handler: impl FnMut(Event) + 'static) -> Handler {
    Handler { target: target.clone(), event, run: RefCell::new(Box::new(handler)) }
}

/// A chart's own listeners: one JavaScript function answers them all and finds the handler by
/// the event's type and the element listened on. A closure costs an allocation, a JavaScript
/// function and a finalizer's entry to make, and a page of 100 tiles made 800 (issue 45).
/// The function is `Fn`, and each handler is borrowed alone, so a handler that moves focus
/// (whose `focusout` comes back in at once) does not find the whole chart's listener busy.
/// Dropping it removes every one.
pub struct Listeners {
    callback: Closure<dyn Fn(Event)>,
    on: Vec<(EventTarget, &'static str)>,
}

impl Listeners {
    pub fn new(handlers: Vec<Handler>) -> Result<Self, JsValue> {
        let on: Vec<(EventTarget, &'static str)> = handlers.iter().map(|h| (h.target.clone(), h.event)).collect();
        let callback = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let (kind, Some(current)) = (event.type_(), event.current_target()) else { return };
            let handler = handlers.iter().find(|h| h.event == kind && h.target == current);
            // A handler already running (its own event dispatched again inside it) is not re-entered.
            if let Some(mut run) = handler.and_then(|h| h.run.try_borrow_mut().ok()) {
                run(event);
            }
        });
        let mut listeners = Listeners { callback, on: Vec::with_capacity(on.len()) };
        for (target, event) in on {
            target.add_event_listener_with_callback(event, listeners.callback.as_ref().unchecked_ref())?;
            // Only what was added is removed on drop (a failure part way leaves none behind).
            listeners.on.push((target, event));
        }
        Ok(listeners)
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (target, event) in &self.on {
            let _ = target.remove_event_listener_with_callback(event, self.callback.as_ref().unchecked_ref());
        }
    }
}

/// Watches one element's size, through the one ResizeObserver the page's charts share (a
/// page of 100 tiles has one observer, not 100). Dropping it stops the watch.
pub struct SizeWatch {
    id: u32,
    key: u32,
    element: web_sys::Element,
}

/// The shared observer and what it watches. Made with the first watch and kept for the page's
/// life: its callback may be running when the last chart goes (a chart destroyed from its own
/// resize), and a closure must not be dropped while it runs.
struct Shared {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    /// Each watched element's key, looked up by the element: the observer names elements, and a
    /// JavaScript Map finds each in one call, where comparing it with every watched element was
    /// a call a pair (a first resize of 100 tiles made 5,000 calls, of 1,000 tiles 500,000).
    keys: js_sys::Map,
    /// Each watch's id, its element's key (shared by the watches of one element) and chart.
    watched: Vec<(u32, u32, Rc<dyn Watched>)>,
    next: u32,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// The observer's callback: each resized element's charts redrawn, after the list is let go,
/// so a chart's drawing may start or stop watches (mount or destroy charts) as it runs.
fn resized(entries: js_sys::Array) {
    let charts = SHARED.with(|shared| {
        let mut charts: Vec<Rc<dyn Watched>> = Vec::new();
        let Ok(shared) = shared.try_borrow() else { return charts };
        let Some(shared) = shared.as_ref() else { return charts };
        let mut keys = Vec::with_capacity(entries.length() as usize);
        for entry in entries.iter() {
            if let Ok(entry) = entry.dyn_into::<web_sys::ResizeObserverEntry>() {
                keys.extend(shared.keys.get(&entry.target()).as_f64().map(|key| key as u32));
            }
        }
        // Numbers compared in the WebAssembly: a million pairs for 1,000 tiles is a millisecond.
        for (_, key, chart) in &shared.watched {
            if keys.contains(key) {
                charts.push(chart.clone());
            }
        }
        charts
    });
    redraw_all(&charts, false);
}

impl SizeWatch {
    /// Watches `element`, and redraws `chart` when it is resized.
    pub fn new(element: &web_sys::Element, chart: Rc<dyn Watched>) -> Result<Self, JsValue> {
        SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().map_err(|_| JsValue::from_str("resize watch: busy"))?;
            if shared.is_none() {
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(resized);
                let observer = ResizeObserver::new(callback.as_ref().unchecked_ref())?;
                let keys = js_sys::Map::new();
                *shared = Some(Shared { observer, _callback: callback, keys, watched: Vec::new(), next: 0 });
            }
            let Some(shared) = shared.as_mut() else { return Err(JsValue::from_str("resize watch: none")) };
            let id = shared.next;
            shared.next = shared.next.wrapping_add(1);
            // An element already watched (another chart in the same container) keeps its key.
            let key = match shared.keys.get(element).as_f64() {
                Some(key) => key as u32,
                None => {
                    shared.keys.set(element, &JsValue::from(id));
                    id
                }
            };
            shared.watched.push((id, key, chart));
            shared.observer.observe(element);
            Ok(SizeWatch { id, key, element: element.clone() })
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
            if !shared.watched.iter().any(|(_, key, _)| *key == self.key) {
                shared.observer.unobserve(&self.element);
                shared.keys.delete(&self.element);
            }
        });
    }
}
