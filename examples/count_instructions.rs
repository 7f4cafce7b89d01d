//! Runs one analysis of a file (reading, classification, rules: `engine::analyze`, as the
//! page runs it) inside a function callgrind can single out, so that instruction counts
//! per analysis are steady on a shared machine. docs/performance.md uses it to weigh each
//! speed trick (`scripts/instructions.sh` builds it at the page's opt-level and runs it).
//! It allocates with the page's allocator (dlmalloc); memory copies and comparisons still
//! run the C library's routines, which are faster than the page's.
//!
//!     cargo run --release --example gen_export -- 5 /tmp/export.json
//!     scripts/instructions.sh /tmp/export.json

#[path = "support/input_file.rs"]
mod support;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::{analyze, Analysis, Options};
use std::hint::black_box;
use support::input_file;

/// The allocator of Rust's standard library in wasm (the page's), instead of the system's.
#[global_allocator]
static ALLOCATOR: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;

/// The measured work: one analysis of `bytes`. Its result is returned (and dropped outside
/// the measurement), as the page keeps an analysis on screen until the next one.
#[inline(never)]
fn measured_analysis(bytes: &[u8]) -> Analysis {
    analyze(&[SourceText { name: "export.json", bytes: black_box(bytes) }], Options::default())
}

fn main() {
    let bytes = input_file("count_instructions");
    let analysis = black_box(measured_analysis(&bytes));
    println!("{} objects, {} findings", analysis.objects.len(), analysis.findings.len());
}
