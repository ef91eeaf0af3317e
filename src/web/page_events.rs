//! The page's own listeners, shared by every chart as the ResizeObserver is: the colour scheme
//! (dark, and forced colours) and printing (`beforeprint`, `afterprint`). A page of 100 tiles
//! listens four times, not 400 (issue 45). A chart holds a `PageWatch`; dropping it stops the
//! watch, and with the last one the page stops listening. The closure itself is kept for the
//! page's life: it may be running when the last chart goes (a chart destroyed as it rethemes),
//! and a closure must not be dropped while it runs.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

use super::theme::SCHEME_QUERIES;

/// What happened on the page.
#[derive(Clone, Copy)]
pub enum PageEvent {
    /// The reader switched to or from dark colours or forced colours.
    Scheme,
    /// The page is about to print, or has printed.
    Print { before: bool },
}

/// The window's printing events, each a `PageEvent::Print`.
const PRINTING: [&str; 2] = ["beforeprint", "afterprint"];

type Handler = Rc<RefCell<Box<dyn FnMut(PageEvent)>>>;

struct Shared {
    window: web_sys::Window,
    queries: Vec<MediaQueryList>,
    callback: Closure<dyn FnMut(web_sys::Event)>,
    handlers: Vec<(u32, Handler)>,
    next: u32,
    listening: bool,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// A query changed or the page prints: every chart's handler, run after the list is let go, so
/// a handler may start or stop watches (mount or destroy charts) as it runs.
fn happened(event: web_sys::Event) {
    let what = match event.type_().as_str() {
        "beforeprint" => PageEvent::Print { before: true },
        "afterprint" => PageEvent::Print { before: false },
        _ => PageEvent::Scheme,
    };
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
            run(what);
        }
    }
}

impl Shared {
    fn listen(&mut self, on: bool) {
        if self.listening == on {
            return;
        }
        let f = self.callback.as_ref().unchecked_ref();
        let targets = self.queries.iter().map(|query| (query.as_ref(), "change"));
        let printing = PRINTING.iter().map(|name| (self.window.as_ref(), *name));
        for (target, name) in targets.chain(printing) {
            let target: &web_sys::EventTarget = target;
            let _ = if on {
                target.add_event_listener_with_callback(name, f)
            } else {
                target.remove_event_listener_with_callback(name, f)
            };
        }
        self.listening = on;
    }
}

/// One chart's watch on the page's colour scheme and printing.
pub struct PageWatch {
    id: u32,
}

impl PageWatch {
    pub fn new(window: &web_sys::Window, handler: impl FnMut(PageEvent) + 'static) -> Result<Self, JsValue> {
        SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().map_err(|_| JsValue::from_str("page watch: busy"))?;
            let shared = match shared.as_mut() {
                Some(shared) => shared,
                None => shared.insert(Shared {
                    window: window.clone(),
                    queries: SCHEME_QUERIES.iter().filter_map(|q| window.match_media(q).ok().flatten()).collect(),
                    callback: Closure::new(happened),
                    handlers: Vec::new(),
                    next: 0,
                    listening: false,
                }),
            };
            let id = shared.next;
            shared.next = shared.next.wrapping_add(1);
            shared.handlers.push((id, Rc::new(RefCell::new(Box::new(handler)))));
            shared.listen(true);
            Ok(PageWatch { id })
        })
    }
}

impl Drop for PageWatch {
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
