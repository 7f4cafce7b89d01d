//! Hooks for the browser benchmark (`make bench`, `benches/suite.rs`): the page's analysis
//! called from JavaScript through `window.wasmBindings`, its stages, and the size of the
//! wasm memory. Small exports; the page itself never calls them.

use crate::engine::i18n::Lang;
use crate::ui::state::{Action, State};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::Reducible;

thread_local! {
    /// The result of the last measured call, kept as the page keeps an analysis on screen
    /// and freed by [`bench_release`] outside the timing. (`JSON.parse`'s result, the
    /// reference, is likewise freed later by the garbage collector.)
    static KEPT: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Keeps `result` until [`bench_release`].
fn keep(result: impl Any) {
    KEPT.with(|k| k.borrow_mut().replace(Box::new(result)));
}

/// Frees the result of the last measured call (the benchmark calls it between timings).
#[wasm_bindgen]
pub fn bench_release() {
    // Taken out first, so that the borrow ends before the (large) value is dropped.
    let kept = KEPT.with(|k| k.borrow_mut().take());
    drop(kept);
}

/// Analyses `text` as the page analyses a large paste: the text reaches wasm as a paste
/// does ([`crate::ui::browser::js_to_string`]), then the page's own reducer takes the
/// edit and the "Analyse" click ([`Action::Edit`], [`Action::Analyse`]): reading, merging
/// the inputs, rules. Rendering is not included. Returns the number of objects plus
/// findings (so the work cannot be optimised away).
#[wasm_bindgen]
pub fn bench_analyze(text: &js_sys::JsString) -> u32 {
    let text = crate::ui::browser::js_to_string(text);
    analyse_and_keep(Rc::new(State::new(Lang::En)).reduce(Action::Edit(text)))
}

/// [`bench_analyze`] on bytes, as a dropped file reaches the page ([`Action::AddFiles`]):
/// copied into wasm memory without any text encoding.
#[wasm_bindgen]
pub fn bench_analyze_bytes(bytes: &[u8]) -> u32 {
    analyse_and_keep(
        Rc::new(State::new(Lang::En)).reduce(Action::AddFiles(vec![("dropped.json".into(), bytes.to_vec())])),
    )
}

/// The "Analyse" click on a state holding the input, as the page's reducer takes it; the
/// state is kept until [`bench_release`]. Returns the number of objects plus findings.
fn analyse_and_keep(s: Rc<State>) -> u32 {
    let generation = s.generation;
    let s = s.reduce(Action::Analyse(generation));
    let n = s.analysis.as_ref().map_or(0, |a| a.objects.len() + a.findings.len());
    keep(s);
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One stage of the pipeline on `text`, for the benchmark's breakdown, each as the page
/// runs it: `2` only receives the text (encoded as UTF-8 into wasm memory, as a paste
/// is), `0` also parses the JSON, `1` also reads the objects (recognition, field index,
/// classification). Returns a count so the work cannot be optimised away; the result is
/// kept until [`bench_release`].
#[wasm_bindgen]
pub fn bench_stage(text: &js_sys::JsString, stage: u32) -> u32 {
    let text = Rc::new(crate::ui::browser::js_to_string(text));
    let n = match stage {
        0 => {
            let doc = crate::engine::json::Doc::parse_shared(Rc::clone(&text));
            let n = doc.as_ref().map_or(0, |d| d.len());
            keep((text, doc));
            n
        }
        1 => {
            let read = crate::engine::classified(crate::engine::input::read_text("pasted", &text));
            let n = read.objects.len();
            keep((text, read));
            n
        }
        _ => {
            let n = text.len();
            keep(text);
            n
        }
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Bytes of wasm linear memory. Memory only grows, so after a run this is its peak.
#[wasm_bindgen]
pub fn bench_memory_bytes() -> u32 {
    let pages = core::arch::wasm32::memory_size(0);
    u32::try_from(pages.saturating_mul(65536)).unwrap_or(u32::MAX)
}
