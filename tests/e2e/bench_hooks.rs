//! Smoke test of the browser benchmark's path (`make bench`, `benches/suite.rs`): the built
//! page exports `bench_analyze` and `bench_memory_bytes` on `window.wasmBindings`, and
//! they run. The timings themselves belong to `make bench`.

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
    let mem = d.exec("return window.wasmBindings.bench_memory_bytes()", vec![]);
    assert!(mem.as_u64().is_some_and(|m| m >= 65536), "{mem}");
}
