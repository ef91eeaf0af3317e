//! Work a chart does after the page's first paint of it: the visually hidden data table, which
//! a scorecard of 100 tiles would otherwise build (thousands of elements, and the layout of
//! them) before any tile could be seen. One queue serves the page: an animation frame, then a
//! task, so the jobs run once the frame with the charts in it has been painted. Dropping an
//! `AfterPaint` takes its job off the queue, so a chart destroyed first leaves nothing to run.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub struct AfterPaint {
    id: u32,
}

type Job = Box<dyn FnOnce()>;

/// The queue and its two callbacks, made with the first job and kept for the page's life (a
/// callback may be running when the last chart goes, and a closure must not be dropped then).
struct Queue {
    frame: Closure<dyn FnMut()>,
    task: Closure<dyn FnMut()>,
    jobs: Vec<(u32, Job)>,
    next: u32,
    scheduled: bool,
}

thread_local! {
    static QUEUE: RefCell<Option<Queue>> = const { RefCell::new(None) };
}

impl AfterPaint {
    /// Runs `job` after the next paint, unless the returned value is dropped first.
    pub fn new(job: impl FnOnce() + 'static) -> Result<Self, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        QUEUE.with(|queue| {
            let mut queue = queue.try_borrow_mut().map_err(|_| JsValue::from_str("after paint: busy"))?;
            let queue = queue.get_or_insert_with(|| Queue {
                frame: Closure::new(after_frame),
                task: Closure::new(run_jobs),
                jobs: Vec::new(),
                next: 0,
                scheduled: false,
            });
            let id = queue.next;
            queue.next = queue.next.wrapping_add(1);
            queue.jobs.push((id, Box::new(job)));
            if !queue.scheduled {
                window.request_animation_frame(queue.frame.as_ref().unchecked_ref())?;
                queue.scheduled = true;
            }
            Ok(AfterPaint { id })
        })
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        QUEUE.with(|queue| {
            if let Ok(mut queue) = queue.try_borrow_mut() {
                if let Some(queue) = queue.as_mut() {
                    queue.jobs.retain(|(id, _)| *id != self.id);
                }
            }
        });
    }
}

/// The frame with the charts in it is about to be painted: the jobs run in the task after it.
fn after_frame() {
    let Some(window) = web_sys::window() else { return };
    QUEUE.with(|queue| {
        if let Ok(queue) = queue.try_borrow() {
            if let Some(queue) = queue.as_ref() {
                let _ = window.set_timeout_with_callback(queue.task.as_ref().unchecked_ref());
            }
        }
    });
}

/// Takes every job off the queue, then runs them with the queue let go, so a job may add or
/// drop others (mount or destroy a chart) as it runs.
fn run_jobs() {
    let jobs = QUEUE.with(|queue| match queue.try_borrow_mut() {
        Ok(mut queue) => queue.as_mut().map(|queue| {
            queue.scheduled = false;
            std::mem::take(&mut queue.jobs)
        }),
        Err(_) => None,
    });
    for (_, job) in jobs.into_iter().flatten() {
        job();
    }
}
