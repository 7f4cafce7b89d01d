//! Criterion benchmarks of the engine's stages on a generated 1 MB Graph export:
//! `serde_json` parsing into a `Value` (the reference every other stage is compared with),
//! the engine's own JSON reader, reading and classification (`engine::read`: parse, object
//! discovery, recognition, classification), recognition (field index and kind) and classification alone, the
//! rules, the reports, and the whole `analyze`.
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
use ade_advisor::engine::input::{recognise, SourceText};
use ade_advisor::engine::json::Doc;
use ade_advisor::engine::model::{Kind, Object};
use ade_advisor::engine::report::{Format, RenderOptions, Report};
use ade_advisor::engine::rules::{self, RuleContext};
use ade_advisor::engine::{analyze, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::Value;
use std::hint::black_box;

/// Size of the benchmark input (bytes).
const SIZE: usize = 1_000_000;

fn engine(c: &mut Criterion) {
    let (text, _) = gen::graph_export(SIZE, 8);
    let inputs = [SourceText { name: "export.json", bytes: text.as_bytes() }];
    let doc = std::rc::Rc::new(Doc::parse(&text).unwrap_or_else(|e| panic!("generated export: {e:?}")));
    let items: Vec<u32> = doc.root().get("value").map(|v| v.items().map(|i| i.id()).collect()).unwrap_or_default();
    let read = ade_advisor::engine::read(&inputs);
    let analysis = analyze(&inputs, Options::default());

    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&text)).is_ok())));
    g.bench_function("json-reader", |b| b.iter(|| black_box(Doc::parse(black_box(&text)).map_or(0, |d| d.len()))));
    g.bench_function("read", |b| b.iter(|| black_box(ade_advisor::engine::read(black_box(&inputs)).objects.len())));
    g.bench_function("recognise", |b| {
        b.iter(|| {
            let mut n = 0;
            for (i, &node) in items.iter().enumerate() {
                let o = Object::from_doc(Kind::Unknown, 0, "export.json", format!("/value/{i}"), doc.clone(), node);
                n += recognise(black_box(&o)) as usize;
            }
            n
        })
    });
    g.bench_function("classify", |b| b.iter(|| read.objects.iter().filter_map(|o| classify(black_box(o))).count()));
    g.bench_function("rules", |b| b.iter(|| rules::run(&RuleContext::new(black_box(&read.objects))).len()));
    g.bench_function("report-json", |b| {
        b.iter(|| Report::new(&analysis, &inputs, Lang::En).render(Format::Json, RenderOptions::default()).len())
    });
    g.bench_function("report-sarif", |b| {
        b.iter(|| Report::new(&analysis, &inputs, Lang::En).render(Format::Sarif, RenderOptions::default()).len())
    });
    g.bench_function("report-markdown", |b| {
        b.iter(|| Report::new(&analysis, &inputs, Lang::En).render(Format::Markdown, RenderOptions::default()).len())
    });
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
