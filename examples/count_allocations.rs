//! Counts heap allocations (and reallocations) per stage of the engine on one input: the
//! JSON reader, reading and classification (`engine::read`: recognition, field index,
//! classification), classification and
//! recognition again on their own, every rule, and the rest of the pipeline. Allocation
//! dominates the page's time in wasm, so this is how docs/performance.md counts them.
//!
//!     cargo run --release --example gen_export -- 5 /tmp/export.json
//!     cargo run --release --example count_allocations -- /tmp/export.json

#[path = "support/input_file.rs"]
mod support;
use ade_advisor::engine::classify::classify;
use ade_advisor::engine::input::{recognise, SourceText};
use ade_advisor::engine::json::Doc;
use ade_advisor::engine::read;
use ade_advisor::engine::rules::{registry, run_rule, RuleContext};
use ade_advisor::engine::{analyze_objects, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use support::input_file;

/// The system allocator, counting calls.
struct Counting;

static CALLS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        CALLS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations made by `f`, and its result.
fn count<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = CALLS.load(Relaxed);
    let out = f();
    (CALLS.load(Relaxed) - before, out)
}

fn main() {
    let bytes = input_file("count_allocations");
    let input = [SourceText { name: "export.json", bytes: &bytes }];
    let text = String::from_utf8_lossy(&bytes);
    let (n, _) = count(|| Doc::parse(&text).map(|d| d.len()));
    println!("JSON reader: {n} allocations");
    let (n, r) = count(|| read(&input));
    println!("reading: {n} allocations for {} objects", r.objects.len());
    let (n, k) = count(|| r.objects.iter().filter_map(classify).count());
    println!("  of which classification: {n} allocations for {k} classified objects");
    let (n, _) = count(|| r.objects.iter().map(recognise).count());
    println!("  of which recognition: {n} allocations");
    let ctx = RuleContext::new(&r.objects);
    for rule in registry() {
        let (n, f) = count(|| run_rule(rule, &ctx));
        println!("rule {:40} {n:7} allocations, {:5} findings", rule.meta.id, f.len());
    }
    let (objects, errors) = (r.objects.clone(), r.errors.clone());
    let (n, a) = count(move || analyze_objects(objects, errors, Options::default()));
    println!("rules, checklist and the rest (analyze_objects): {n} allocations, {} findings", a.findings.len());
}
