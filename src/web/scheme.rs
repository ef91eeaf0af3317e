//! The page's one pair of colour-scheme listeners (dark, and forced colours), shared by every
//! chart as the ResizeObserver is: a page of 100 tiles listens twice, not 200 times. A chart
//! holds a `SchemeWatch`; dropping it stops the watch, and with the last one the page stops
//! listening. The closure itself is kept for the page's life: it may be running when the last
//! chart goes (a chart destroyed as it rethemes), and a closure must not be dropped while it runs.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

use super::theme::SCHEME_QUERIES;

type Handler = Rc<RefCell<Box<dyn FnMut()>>>;

struct Shared {
    queries: Vec<MediaQueryList>,
    callback: Closure<dyn FnMut(web_sys::Event)>,
    handlers: Vec<(u32, Handler)>,
    next: u32,
    listening: bool,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// A query changed: every chart's handler, run after the list is let go, so a handler may
/// start or stop watches (mount or destroy charts) as it runs.
fn changed(_: web_sys::Event) {
    let handlers: Vec<Handler> = SHARED
        .with(|shared| {
            shared
                .try_borrow()
                .ok()
                .and_then(|s| s.as_ref().map(|s| s.handlers.iter().map(|(_, h)| h.clone()).collect()))
        })
        .unwrap_or_default();
    for handler in handlers {
        if let Ok(mut run) = handler.try_borrow_mut() {
            run();
        }
    }
}

impl Shared {
    fn listen(&mut self, on: bool) {
        if self.listening == on {
            return;
        }
        for query in &self.queries {
            let f = self.callback.as_ref().unchecked_ref();
            let _ = if on {
                query.add_event_listener_with_callback("change", f)
            } else {
                query.remove_event_listener_with_callback("change", f)
            };
        }
        self.listening = on;
    }
}

/// One chart's watch on the page's colour scheme.
pub struct SchemeWatch {
    id: u32,
}

impl SchemeWatch {
    pub fn new(window: &web_sys::Window, handler: impl FnMut() + 'static) -> Result<Self, JsValue> {
        SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().map_err(|_| JsValue::from_str("scheme watch: busy"))?;
            let shared = match shared.as_mut() {
                Some(shared) => shared,
                None => shared.insert(Shared {
                    queries: SCHEME_QUERIES.iter().filter_map(|q| window.match_media(q).ok().flatten()).collect(),
                    callback: Closure::new(changed),
                    handlers: Vec::new(),
                    next: 0,
                    listening: false,
                }),
            };
            let id = shared.next;
            shared.next = shared.next.wrapping_add(1);
            shared.handlers.push((id, Rc::new(RefCell::new(Box::new(handler)))));
            shared.listen(true);
            Ok(SchemeWatch { id })
        })
    }
}

impl Drop for SchemeWatch {
    fn drop(&mut self) {
        SHARED.with(|shared| {
            let Ok(mut shared) = shared.try_borrow_mut() else { return };
            let Some(shared) = shared.as_mut() else { return };
            shared.handlers.retain(|(id, _)| *id != self.id);
            if shared.handlers.is_empty() {
                shared.listen(false);
            }
        });
    }
}
