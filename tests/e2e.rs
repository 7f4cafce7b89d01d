//! End-to-end tests: the built site (`dist/`, from `make dist`) served on 127.0.0.1 under
//! a sub-path, driven in headless Chromium through ChromeDriver. Run with `make test`
//! (or `make dist && cargo test --features e2e --test e2e`).

#[path = "e2e/a11y.rs"]
mod a11y;
#[path = "e2e/bench_hooks.rs"]
mod bench_hooks;
#[path = "e2e/glance.rs"]
mod glance;
#[path = "e2e/journey.rs"]
mod journey;
#[path = "e2e/offline.rs"]
mod offline;
#[path = "e2e/prerender.rs"]
mod prerender;
mod support;
#[path = "e2e/ui.rs"]
mod ui;
#[path = "e2e/weight.rs"]
mod weight;

use std::path::PathBuf;
use support::server::Server;
use support::webdriver::Driver;

pub(crate) fn dist() -> PathBuf {
    let d = std::env::var_os("ADE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(d.join("index.html").exists(), "{} has no index.html: run `make dist` first", d.display());
    d
}

pub(crate) fn shots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screenshots")
}

/// Console entries that are errors (anything at SEVERE level).
pub(crate) fn console_errors(d: &Driver) -> Vec<String> {
    d.console().into_iter().filter(|(level, _)| level == "SEVERE").map(|(_, m)| m).collect()
}

/// Opens the site's root and waits until the app has taken over the prerendered page.
pub(crate) fn open(d: &Driver, server: &Server) {
    d.goto(&server.base);
    d.wait_for("table.comparison tbody.article-rows tr");
    d.wait_for_app();
}

#[test]
fn comparison_table_renders_from_a_sub_path_and_switches_language() {
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    open(&d, &server);

    // 10 article rows × 3 method columns with the article's values.
    let rows = d.find_all("table.comparison tbody.article-rows tr");
    assert_eq!(rows.len(), 10);
    let heads = d.find_all("table.comparison thead th[data-method]");
    assert_eq!(heads.len(), 3);
    // Headers may carry column footnotes (N6 on modern authentication).
    assert!(d.text(&heads[0]).starts_with("Setup Assistant (legacy)"), "{}", d.text(&heads[0]));
    assert!(d.text(&heads[2]).starts_with("Setup Assistant with modern authentication"), "{}", d.text(&heads[2]));
    let grid = d.exec(
        "return [...document.querySelectorAll('table.comparison tbody.article-rows tr')].map(tr => \
         [...tr.querySelectorAll('td')].map(td => td.classList.contains('yes') ? 'Y' : 'N').join(''))",
        vec![],
    );
    assert_eq!(grid, serde_json::json!(["YYY", "NYY", "NYY", "NYY", "NYY", "NYY", "NYY", "NYN", "YNN", "YNN"]));
    let lock = d.find("tr[data-requirement='lock-until-company-portal'] td[data-method='company-portal']").unwrap();
    assert!(d.text(&lock).starts_with("✓\nYes") || d.text(&lock).contains("Yes"), "{}", d.text(&lock));
    assert_eq!(d.find_all("ol.notes li").len(), 8, "N1–N8 are footnotes");
    d.screenshot(&shots().join("table-en.png"));

    // Assets were fetched relative to the sub-path.
    let reqs = server.requests();
    assert!(reqs.iter().any(|r| r.starts_with("/ade-advisor/") && r.ends_with(".wasm")), "{reqs:?}");
    assert!(reqs.iter().all(|r| r.starts_with("/ade-advisor/")), "{reqs:?}");

    // Switch to Japanese.
    let select = d.find("#lang-select").unwrap();
    d.exec(
        "arguments[0].value='ja'; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![serde_json::json!({"element-6066-11e4-a52e-4f735466cecf": select.0})],
    );
    d.wait_until("the page is Japanese", |d| d.body_text().contains("先進認証を使用したセットアップ アシスタント"));
    assert_eq!(d.exec("return document.documentElement.lang", vec![]), "ja");
    assert!(d.body_text().contains("いいえ"));
    d.screenshot(&shots().join("table-ja.png"));

    // The choice is remembered across a reload.
    open(&d, &server);
    d.wait_until("Japanese after reload", |d| d.body_text().contains("認証方法ごとの対応状況"));

    // And back to English.
    let select = d.find("#lang-select").unwrap();
    d.exec(
        "arguments[0].value='en'; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![serde_json::json!({"element-6066-11e4-a52e-4f735466cecf": select.0})],
    );
    d.wait_until("the page is English", |d| d.body_text().contains("Which method meets which requirement"));
    assert_eq!(d.exec("return document.documentElement.lang", vec![]), "en");

    let errors = console_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}
