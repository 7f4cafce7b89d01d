//! Criterion benchmarks of the engine's stages on a generated 1 MB Graph export:
//! JSON parsing (the reference every other stage is compared with), reading (parse,
//! object discovery, recognition, classification), recognition and classification alone,
//! the rules, the reports, and the whole `analyze`.
//!
//!     cargo bench --bench engine                       # all of them
//!     cargo bench --bench engine -- 'engine/rules'     # one
//!
//! `make bench` runs them with short measurement times and prints each stage's time as a
//! ratio to `engine/parse`, measured in the same run.

#[path = "support/gen.rs"]
mod gen;

use ade_advisor::engine::classify::classify;
use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::input::{self, recognise, SourceText};
use ade_advisor::engine::model::{Kind, Object};
use ade_advisor::engine::report::Report;
use ade_advisor::engine::rules::{self, RuleContext};
use ade_advisor::engine::{analyze, Options};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use serde_json::Value;
use std::hint::black_box;

/// Size of the benchmark input (bytes).
const SIZE: usize = 1_000_000;

fn engine(c: &mut Criterion) {
    let (text, _) = gen::graph_export(SIZE, 8);
    let inputs = [SourceText { name: "export.json", bytes: text.as_bytes() }];
    let root: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let items: Vec<Value> = root.get("value").and_then(Value::as_array).cloned().unwrap_or_default();
    let read = input::read(&inputs);
    let analysis = analyze(&inputs, Options::default());

    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&text)).is_ok())));
    g.bench_function("read", |b| b.iter(|| black_box(input::read(black_box(&inputs)).objects.len())));
    g.bench_function("recognise", |b| {
        b.iter_batched(
            || items.clone(),
            |items| {
                let mut n = 0;
                for (i, v) in items.into_iter().enumerate() {
                    let o = Object::new(Kind::Unknown, 0, "export.json", format!("/value/{i}"), v);
                    n += recognise(&o) as usize;
                }
                n
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("classify", |b| {
        b.iter(|| read.objects.iter().filter_map(|o| classify(black_box(o))).count())
    });
    g.bench_function("rules", |b| b.iter(|| rules::run(&RuleContext::new(black_box(&read.objects))).len()));
    g.bench_function("report-json", |b| {
        b.iter(|| serde_json::to_string(&Report::new(&analysis, &inputs, Lang::En).to_json()).map_or(0, |s| s.len()))
    });
    g.bench_function("report-sarif", |b| {
        b.iter(|| serde_json::to_string(&Report::new(&analysis, &inputs, Lang::En).to_sarif()).map_or(0, |s| s.len()))
    });
    g.bench_function("report-markdown", |b| b.iter(|| Report::new(&analysis, &inputs, Lang::En).to_markdown().len()));
    g.bench_function("analyze", |b| b.iter(|| analyze(black_box(&inputs), Options::default()).findings.len()));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2)).without_plots();
    targets = engine
}
criterion_main!(benches);
