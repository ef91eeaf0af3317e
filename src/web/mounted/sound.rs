//! The chart as sound, on request: what "Play as sound" and `sonify()` play, and stopping it.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

use super::Mounted;
use crate::interact::sound::score;
use crate::web::sound::{schedule, Playing};

impl Mounted {
    /// Plays the data as sound, or stops it if it is playing (a second press). `into` is a
    /// context of the caller's (an `OfflineAudioContext` to render, in tests) to schedule the
    /// notes in instead of playing them now. Returns the length in seconds, 0 when stopped or
    /// when there is nothing to play. `me` lets the end of the sound reach the chart.
    pub fn sonify(
        &mut self,
        me: Weak<RefCell<Mounted>>,
        benchmarks: bool,
        into: Option<web_sys::BaseAudioContext>,
    ) -> Result<f64, JsValue> {
        if self.sound.as_ref().is_some_and(|s| !s.ended) && into.is_none() {
            self.stop_sound();
            self.say("Sound stopped.")?;
            return Ok(0.0);
        }
        let Some(score) = self.chart.melody(self.shown, benchmarks).as_ref().and_then(score) else {
            self.say("This chart has no values to play as sound.")?;
            return Ok(0.0);
        };
        match into {
            Some(context) => {
                schedule(&context, &score)?;
            }
            None => {
                let on_end = Closure::new(move || {
                    if let Some(rc) = me.upgrade() {
                        if let Ok(mut m) = rc.try_borrow_mut() {
                            if let Some(sound) = m.sound.as_mut() {
                                sound.finish();
                            }
                            m.dom.show_playing(false);
                            let _ = m.say("Finished playing.");
                        }
                    }
                });
                self.sound = Some(Playing::start(&score, on_end)?);
                self.dom.show_playing(true);
            }
        }
        self.say(&score.words)?;
        Ok(score.duration)
    }

    /// Stops the sound, if it is playing; says whether it was.
    pub fn stop_sound(&mut self) -> bool {
        let playing = self.sound.take().is_some();
        if playing {
            self.dom.show_playing(false);
        }
        playing
    }
}
