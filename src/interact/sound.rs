//! The data as sound: a reader's series as a run of notes, higher values higher in pitch, so a
//! trend can be heard in a few seconds (Highcharts' sonification, for canvas charts). This is
//! the score only; `web::sound` plays it with Web Audio.
//!
//! - Pitch runs from 220 Hz (A3, the lowest value) to 880 Hz (A5, the highest) on a musical
//!   (logarithmic) scale, so equal steps in value sound like equal steps in pitch.
//! - A missing value is a rest: silence where the line has a gap.
//! - The target, when there is one, is a steady quieter tone under the whole run, at its own
//!   pitch on the same scale: the notes above it are above target.
//! - Benchmarks, on request, play after the reader's series in another timbre.
//! - The whole run lasts 2 to 5 seconds; a long series is heard as at most 100 notes, each the
//!   mean of its stretch of values.

/// A line to play: its name and its values in order, `None` for a gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// What a chart gives to be played: the reader's series first, then any benchmarks, and the
/// reference (a target) if there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Melody {
    pub voices: Vec<Voice>,
    /// (what it is, its value): "target", 13.0.
    pub reference: Option<(String, f64)>,
    /// What a value is, for the words said before playing: "value", "grade", "amount".
    pub what: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Note {
    /// Seconds from the start.
    pub start: f64,
    pub length: f64,
    pub frequency: f64,
    /// Which voice: 0 the reader's series, then the benchmarks (a different timbre).
    pub voice: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub notes: Vec<Note>,
    /// The reference tone's frequency, held for the whole score.
    pub reference: Option<f64>,
    /// Seconds, from the first note's start to the last note's end.
    pub duration: f64,
    /// Said when it starts: what plays, how long, and what the pitch means.
    pub words: String,
}

pub const LOW_HZ: f64 = 220.0;
pub const HIGH_HZ: f64 = 880.0;
pub const SHORTEST: f64 = 2.0;
pub const LONGEST: f64 = 5.0;
/// The most notes one voice plays; a longer series is heard as means of its stretches.
pub const MOST_NOTES: usize = 100;
/// Silence between one voice and the next.
const PAUSE: f64 = 0.4;
/// A note's natural length, before the whole is fitted into 2 to 5 seconds.
const NATURAL: f64 = 0.3;

/// At most `most` values: the mean of each stretch of `values`, a gap where a stretch has none.
pub fn reduce(values: &[Option<f64>], most: usize) -> Vec<Option<f64>> {
    if values.len() <= most || most == 0 {
        return values.to_vec();
    }
    (0..most)
        .map(|i| {
            let (from, to) = (i * values.len() / most, (i + 1) * values.len() / most);
            let present: Vec<f64> = values.get(from..to).unwrap_or(&[]).iter().flatten().copied().collect();
            (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64)
        })
        .collect()
}

/// The frequency for `value` on the scale from `low` (220 Hz) to `high` (880 Hz).
pub fn pitch(value: f64, low: f64, high: f64) -> f64 {
    let share = if high > low { ((value - low) / (high - low)).clamp(0.0, 1.0) } else { 0.5 };
    LOW_HZ * (HIGH_HZ / LOW_HZ).powf(share)
}

/// The score for a melody, or `None` when it has no value to play.
pub fn score(melody: &Melody) -> Option<Score> {
    let voices: Vec<(&str, Vec<Option<f64>>)> = melody
        .voices
        .iter()
        .map(|v| (v.name.as_str(), reduce(&v.values, MOST_NOTES)))
        .filter(|(_, values)| !values.is_empty())
        .collect();
    let all = voices
        .iter()
        .flat_map(|(_, values)| values.iter().flatten())
        .chain(melody.reference.as_ref().map(|(_, v)| v))
        .copied()
        .filter(|v| v.is_finite());
    let (low, high) =
        all.fold(None, |range: Option<(f64, f64)>, v| Some(range.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v)))))?;
    let notes: usize = voices.iter().map(|(_, values)| values.len()).sum();
    let pauses = PAUSE * voices.len().saturating_sub(1) as f64;
    // Each note as long as it naturally is, unless the whole would be shorter than 2 s or
    // longer than 5 s.
    let length = ((notes as f64 * NATURAL + pauses).clamp(SHORTEST, LONGEST) - pauses).max(0.1) / notes.max(1) as f64;
    let mut out = Vec::with_capacity(notes);
    let mut start = 0.0;
    for (voice, (_, values)) in voices.iter().enumerate() {
        for value in values {
            if let Some(v) = value.filter(|v| v.is_finite()) {
                out.push(Note { start, length, frequency: pitch(v, low, high), voice });
            }
            start += length;
        }
        start += PAUSE;
    }
    let duration = (start - PAUSE).max(0.0);
    Some(Score {
        notes: out,
        reference: melody.reference.as_ref().map(|(_, v)| pitch(*v, low, high)),
        duration,
        words: words(melody, &voices, duration),
    })
}

/// "Playing Northshire as sound: 8 values over 3 seconds, higher values higher in pitch; the
/// steady tone is the target. Then England."
fn words(melody: &Melody, voices: &[(&str, Vec<Option<f64>>)], duration: f64) -> String {
    let Some((first, values)) = voices.first() else {
        return String::new();
    };
    let what = melody.what;
    let count = melody.voices.first().map_or(values.len(), |v| v.values.len());
    let heard = if count > values.len() {
        format!("{count} {what}s as {} notes", values.len())
    } else {
        format!("{count} {what}{}", if count == 1 { "" } else { "s" })
    };
    let higher = if what == "grade" { "better" } else { "higher" };
    let mut text =
        format!("Playing {first} as sound: {heard} over {duration:.1} seconds, {higher} {what}s higher in pitch");
    if values.iter().any(Option::is_none) {
        text.push_str(", silence for a gap");
    }
    if let Some((name, _)) = &melody.reference {
        text.push_str(&format!("; the steady tone is the {name}"));
    }
    text.push('.');
    let rest: Vec<&str> = voices.iter().skip(1).map(|(name, _)| *name).collect();
    if !rest.is_empty() {
        text.push_str(&format!(" Then, in another tone, {}.", rest.join(", then ")));
    }
    text
}
