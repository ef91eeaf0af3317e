//! TypeScript declarations for the data shapes and options (js/types.d.ts, written from the
//! serde types in model::shapes by tests/typescript.rs), put into the generated
//! `council_charts.d.ts` so every export is typed by them. wasm-bindgen takes the
//! text out of the WebAssembly at build time: it costs the download nothing.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const DATA_SHAPES: &str = include_str!("../../js/types.d.ts");
