//! Plays a score (`interact::sound`) with Web Audio: each note an oscillator with a short fade
//! in and out (no clicks), the reader's series as a sine, benchmarks as a triangle, and the
//! target as a quiet steady triangle under them. Nothing sounds before a reader asks: a context
//! is made only when they press "Play as sound" or S.

use wasm_bindgen::prelude::*;
use web_sys::{AudioContext, BaseAudioContext, OscillatorNode, OscillatorType};

use crate::interact::sound::Score;

/// How loud a note is at its peak, and the target's tone (quieter, so the notes stand out).
const NOTE_GAIN: f32 = 0.25;
const REFERENCE_GAIN: f32 = 0.06;
/// Seconds of fade at each end of a note.
const FADE: f64 = 0.01;

/// A score playing in a context of the chart's own, with what is said when it ends. Dropping
/// it stops the sound and closes the context.
pub struct Playing {
    context: AudioContext,
    end: OscillatorNode,
    _on_end: Closure<dyn FnMut()>,
    pub ended: bool,
}

impl Playing {
    /// Plays `score` now; `on_end` runs when it has finished.
    pub fn start(score: &Score, on_end: Closure<dyn FnMut()>) -> Result<Playing, JsValue> {
        let context = AudioContext::new()?;
        let end = schedule(&context, score)?;
        end.set_onended(Some(on_end.as_ref().unchecked_ref()));
        Ok(Playing { context, end, _on_end: on_end, ended: false })
    }

    /// The score finished: the context's resources go back to the browser.
    pub fn finish(&mut self) {
        self.ended = true;
        let _ = self.context.close();
    }
}

impl Drop for Playing {
    fn drop(&mut self) {
        self.end.set_onended(None);
        if !self.ended {
            let _ = self.context.close();
        }
    }
}

/// Schedules every note of `score` into `context` from a moment from now; returns a silent
/// oscillator that ends when the score does (its `onended` marks the end).
pub fn schedule(context: &BaseAudioContext, score: &Score) -> Result<OscillatorNode, JsValue> {
    let t0 = context.current_time() + 0.05;
    for note in &score.notes {
        let kind = if note.voice == 0 { OscillatorType::Sine } else { OscillatorType::Triangle };
        tone(context, kind, note.frequency, t0 + note.start, note.length, NOTE_GAIN)?;
    }
    if let Some(frequency) = score.reference {
        tone(context, OscillatorType::Triangle, frequency, t0, score.duration, REFERENCE_GAIN)?;
    }
    let end = context.create_oscillator()?;
    let silent = context.create_gain()?;
    silent.gain().set_value(0.0);
    end.connect_with_audio_node(&silent)?.connect_with_audio_node(&context.destination())?;
    end.start_with_when(t0)?;
    end.stop_with_when(t0 + score.duration)?;
    Ok(end)
}

/// One tone from `start` for `length` seconds, faded in and out.
fn tone(
    context: &BaseAudioContext,
    kind: OscillatorType,
    frequency: f64,
    start: f64,
    length: f64,
    peak: f32,
) -> Result<(), JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(kind);
    oscillator.frequency().set_value(frequency as f32);
    let gain = context.create_gain()?;
    let level = gain.gain();
    let fade = FADE.min(length / 4.0);
    level.set_value_at_time(0.0, start)?;
    level.linear_ramp_to_value_at_time(peak, start + fade)?;
    level.set_value_at_time(peak, start + length - fade)?;
    level.linear_ramp_to_value_at_time(0.0, start + length)?;
    oscillator.connect_with_audio_node(&gain)?.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(start)?;
    oscillator.stop_with_when(start + length)?;
    Ok(())
}
