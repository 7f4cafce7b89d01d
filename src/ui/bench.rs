//! Hooks for the browser benchmark (`make bench`, `benches/suite.rs`): the engine called
//! from JavaScript through `window.wasmBindings`, and the size of the wasm memory. Two
//! tiny functions; the page itself never calls them.

use crate::engine::input::SourceText;
use crate::engine::{analyze, Options};
use wasm_bindgen::prelude::*;

/// Analyses `text` as one pasted input, as the page does (the text reaches wasm as a
/// paste does, through [`crate::ui::browser::js_to_string`]), and returns the number of
/// objects plus findings (so the work cannot be optimised away).
#[wasm_bindgen]
pub fn bench_analyze(text: &js_sys::JsString) -> u32 {
    let text = crate::ui::browser::js_to_string(text);
    let a = analyze(&[SourceText { name: "pasted", bytes: text.as_bytes() }], Options::default());
    u32::try_from(a.objects.len() + a.findings.len()).unwrap_or(u32::MAX)
}

/// [`bench_analyze`] on bytes, as a dropped file reaches the page: copied into wasm
/// memory without any text encoding.
#[wasm_bindgen]
pub fn bench_analyze_bytes(bytes: &[u8]) -> u32 {
    let a = analyze(&[SourceText { name: "dropped.json", bytes }], Options::default());
    u32::try_from(a.objects.len() + a.findings.len()).unwrap_or(u32::MAX)
}

/// One stage of the pipeline on `text`, for the benchmark's breakdown: `2` only receives
/// the text (encoded as UTF-8 into wasm memory, as a paste is), `0` also
/// parses the JSON, `1` also reads the objects (recognition, field index,
/// classification). Returns a count so the work cannot be optimised away.
#[wasm_bindgen]
pub fn bench_stage(text: &js_sys::JsString, stage: u32) -> u32 {
    let text = crate::ui::browser::js_to_string(text);
    let text = text.as_str();
    let n = match stage {
        0 => crate::engine::json::Doc::parse(text).map(|d| d.len()).unwrap_or(0),
        1 => crate::engine::input::read(&[SourceText { name: "pasted", bytes: text.as_bytes() }]).objects.len(),
        _ => text.len(),
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Bytes of wasm linear memory. Memory only grows, so after a run this is its peak.
#[wasm_bindgen]
pub fn bench_memory_bytes() -> u32 {
    let pages = core::arch::wasm32::memory_size(0);
    u32::try_from(pages.saturating_mul(65536)).unwrap_or(u32::MAX)
}
