//! Smoke test of the browser benchmark's path (`make bench`, `benches/suite.rs`): the built
//! page exports `bench_analyze`, `bench_analyze_bytes`, `bench_stage`, `bench_release` and
//! `bench_memory_bytes` on `window.wasmBindings`, and they run. The timings themselves
//! belong to `make bench`.

use crate::support::server::Server;
use crate::support::webdriver::Driver;
use serde_json::json;

#[test]
fn bench_hooks_are_exported_and_run() {
    let server = Server::start(&crate::dist(), "/ade-advisor/");
    let d = Driver::start();
    d.goto(&server.base);
    d.wait_until("the bench hooks", |d| {
        d.exec("return typeof (window.wasmBindings || {}).bench_analyze", vec![]) == json!("function")
    });
    let profile = r##"{"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Smoke", "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true}"##;
    let n = d.exec("return window.wasmBindings.bench_analyze(arguments[0])", vec![json!(profile)]);
    assert!(n.as_u64().is_some_and(|n| n >= 1), "{n}");
    // Each stage as the benchmark calls it, its result freed between calls.
    let stages = d.exec(
        "const b = window.wasmBindings, t = arguments[0], out = [];
         for (const stage of [2, 0, 1]) { out.push(b.bench_stage(t, stage)); b.bench_release(); }
         out.push(b.bench_analyze_bytes(new TextEncoder().encode(t))); b.bench_release();
         out.push(b.bench_analyze(t)); b.bench_release(); b.bench_release();
         return out;",
        vec![json!(profile)],
    );
    let stages: Vec<u64> = stages.as_array().map(|a| a.iter().filter_map(|v| v.as_u64()).collect()).unwrap_or_default();
    assert_eq!(stages.len(), 5, "{stages:?}");
    assert_eq!(stages[0], profile.len() as u64, "stage 2 hands the text over: its length in bytes");
    assert_eq!(stages[1], 9, "stage 0 reads the JSON: the object, four keys and four values");
    assert_eq!(stages[2], 1, "stage 1 reads one object");
    assert_eq!(stages[3], n.as_u64().unwrap_or(0), "the bytes path finds what the text path finds");
    assert_eq!(stages[4], n.as_u64().unwrap_or(0), "a second analysis after a release finds the same");
    let mem = d.exec("return window.wasmBindings.bench_memory_bytes()", vec![]);
    assert!(mem.as_u64().is_some_and(|m| m >= 65536), "{mem}");
}
