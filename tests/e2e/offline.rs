//! End-to-end tests of the offline web app (docs/offline.md): the manifest and icons, the service worker controlling the page, the page working with the server down and the HTTP cache cleared (both languages, both pages: `/` and `ja/`), and a new deployment replacing the old cache behind the update notice.

use super::support::server::Server;
use super::support::webdriver::Driver;
use super::{console_errors, dist, open, shots};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const PREFIX: &str = "/ade-advisor/";
const EL: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The version scripts/sw.sh wrote into a built site's sw.js.
fn version_of(site: &Path) -> String {
    let sw = std::fs::read_to_string(site.join("sw.js")).expect("sw.js in the built site (make dist)");
    let at = sw.find("const V = \"").expect("the version line of sw.js") + 11;
    sw[at..at + sw[at..].find('"').unwrap()].to_string()
}

/// The name of a version's cache: the app, the scope's path, the version.
fn cache_name(version: &str) -> String {
    format!("ade-advisor {PREFIX} {version}")
}

/// Every file of a built site (`ja/index.html` too) except sw.js, as paths below it.
fn site_files(site: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(site).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() {
            out.extend(site_files(&e.path()).into_iter().map(|f| format!("{name}/{f}")));
        } else {
            out.push(name);
        }
    }
    out
}

/// Every file of a built site except sw.js, as absolute URLs under `base`.
fn site_urls(site: &Path, base: &str) -> BTreeSet<String> {
    site_files(site).into_iter().filter(|n| n != "sw.js").map(|n| format!("{base}{n}")).collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().cloned().unwrap_or_default().iter().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

fn cache_names(d: &Driver) -> Vec<String> {
    strings(
        &d.exec_async(
            "const done = arguments[arguments.length - 1]; caches.keys().then(done, () => done(null))",
            vec![],
        ),
    )
}

fn cached_urls(d: &Driver, name: &str) -> BTreeSet<String> {
    strings(&d.exec_async(
        "const done = arguments[arguments.length - 1];\
         caches.open(arguments[0]).then(c => c.keys()).then(r => done(r.map(q => q.url)), () => done(null))",
        vec![json!(name)],
    ))
    .into_iter()
    .collect()
}

/// Waits until the service worker is active and controls the page.
fn wait_controlled(d: &Driver) {
    d.wait_until("the service worker controls the page", |d| {
        d.try_exec("return !!navigator.serviceWorker.controller", vec![]) == Ok(json!(true))
    });
}

/// Loads the page, waits for the worker, and reloads: the state of a second visit.
fn second_visit(d: &Driver, server: &Server) {
    open(d, server);
    d.exec_async("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1]())", vec![]);
    open(d, server);
    wait_controlled(d);
}

fn text_of(d: &Driver, css: &str) -> String {
    d.find(css).map(|e| d.text(&e)).unwrap_or_default()
}

fn set_select(d: &Driver, css: &str, value: &str) {
    let e = d.wait_for(css);
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![json!({ EL: e.0 }), json!(value)],
    );
}

fn paste_sample(d: &Driver, file: &str) {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples").join(file)).unwrap();
    let e = d.wait_for("#json-input");
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new InputEvent('input', {bubbles:true}))",
        vec![json!({ EL: e.0 }), json!(text)],
    );
}

/// The network is down (the server answers nothing) and the browser's HTTP cache is
/// empty: whatever the page shows now comes from the service worker's cache.
fn go_offline(d: &Driver, server: &Server) {
    server.set_offline(true);
    d.cdp("Network.clearBrowserCache", json!({}));
    server.clear_requests();
    let probe = d.exec_async(
        "const done = arguments[arguments.length - 1];\
         fetch('not-in-the-site.txt', {cache: 'no-store'}).then(r => done('answered ' + r.status), () => done('failed'))",
        vec![],
    );
    assert_eq!(probe, json!("failed"), "the network is down");
}

/// Console errors, except the browser's own report that it could not fetch sw.js to
/// look for an update while the network is down.
fn page_errors(d: &Driver) -> Vec<String> {
    console_errors(d).into_iter().filter(|m| !m.contains("sw.js") && !m.contains("not-in-the-site.txt")).collect()
}

/// While offline, the only requests that reached the server were the browser's checks
/// for a newer sw.js (and the probe).
fn assert_served_from_the_cache(server: &Server) {
    let requests = server.requests();
    let allowed = [format!("{PREFIX}sw.js"), format!("{PREFIX}not-in-the-site.txt")];
    assert!(requests.iter().all(|r| allowed.contains(r)), "requests while offline: {requests:?}");
}

#[test]
fn the_manifest_makes_the_site_installable_and_the_worker_controls_it_after_a_reload() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    second_visit(&d, &server);
    let script = d.exec("return navigator.serviceWorker.controller.scriptURL", vec![]);
    assert_eq!(script, json!(format!("{}sw.js", server.base)));

    // One cache, of this version, holding every built file.
    let name = cache_name(&version_of(&dist()));
    assert_eq!(cache_names(&d), vec![name.clone()]);
    assert_eq!(cached_urls(&d, &name), site_urls(&dist(), &server.base));

    // The manifest: relative start URL and scope, icons that load at their sizes.
    let manifest = d.exec_async(
        "const done = arguments[arguments.length - 1];\
         fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(done, e => done(String(e)))",
        vec![],
    );
    assert_eq!(manifest["name"], json!("ADE Auth Advisor"));
    assert_eq!(manifest["start_url"], json!("./"));
    assert_eq!(manifest["scope"], json!("./"));
    assert_eq!(manifest["display"], json!("standalone"));
    assert_eq!(manifest["theme_color"], json!("#0b5cad"));
    assert_eq!(manifest["background_color"], json!("#f7f8fa"));
    let sizes = d.exec_async(
        "const done = arguments[arguments.length - 1];\
         Promise.all(arguments[0].map(i => new Promise(ok => { const im = new Image();\
           im.onload = () => ok(i.sizes + ' ' + (i.sizes === 'any' ? 'any' : im.naturalWidth + 'x' + im.naturalHeight));\
           im.onerror = () => ok(i.sizes + ' failed'); im.src = i.src; }))).then(done)",
        vec![manifest["icons"].clone()],
    );
    assert_eq!(sizes, json!(["any any", "192x192 192x192", "512x512 512x512"]));
    for icon in ["icon.svg", "icon-192.png", "icon-512.png"] {
        let bytes = std::fs::metadata(dist().join(icon)).unwrap().len();
        assert!(bytes <= 4096, "{icon} is {bytes} bytes: keep the icons tiny");
    }
    assert!(d.find("#update-notice").is_none(), "no update notice on a first install");
    let errors = console_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[test]
fn with_the_network_down_and_the_http_cache_cleared_a_reload_still_analyses_a_pasted_profile() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    second_visit(&d, &server);
    go_offline(&d, &server);

    open(&d, &server);
    paste_sample(&d, "modern.json");
    d.wait_until("the pasted profile is analysed", |d| {
        text_of(d, "#results .method-name") == "Setup Assistant with modern authentication"
    });
    assert!(!d.find_all("#results .finding").is_empty() || d.find("#results .object-card").is_some());
    // The tab's navigation and every file came from the worker's cache.
    let entries = d.exec("return performance.getEntriesByType('resource').map(e => e.name)", vec![]);
    assert!(strings(&entries).iter().any(|e| e.ends_with(".wasm")), "{entries}");
    assert_served_from_the_cache(&server);
    d.screenshot(&shots().join("offline-analysis.png"));
    let errors = page_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[test]
fn both_languages_work_offline_once_each_was_loaded() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    second_visit(&d, &server);
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese", |d| d.body_text().contains("認証方法ごとの対応状況"));
    set_select(&d, "#lang-select", "en");
    d.wait_until("English", |d| d.body_text().contains("Which method meets which requirement"));
    go_offline(&d, &server);

    open(&d, &server);
    d.wait_until("English offline", |d| d.body_text().contains("Which method meets which requirement"));
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese offline", |d| d.body_text().contains("認証方法ごとの対応状況"));
    // A reload offline keeps Japanese (the root sends the visitor to ja/, from the
    // cache), and the analysis speaks it.
    open(&d, &server);
    d.wait_until("Japanese after an offline reload", |d| {
        d.exec("return document.documentElement.lang", vec![]) == json!("ja")
    });
    assert_eq!(d.url(), format!("{}ja/", server.base));
    paste_sample(&d, "modern.json");
    d.wait_until("analysed in Japanese", |d| text_of(d, "#results .method-name").contains("先進認証"));
    set_select(&d, "#lang-select", "en");
    d.wait_until("English again", |d| {
        text_of(d, "#results .method-name") == "Setup Assistant with modern authentication"
    });
    assert_served_from_the_cache(&server);
    let errors = page_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[test]
fn both_prerendered_pages_open_offline_after_a_visit_of_the_root() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    // Only the English page was ever visited: the worker cached the Japanese one too.
    second_visit(&d, &server);
    go_offline(&d, &server);
    // The root first: once ja/ ran, the language it stored sends a visit of the root there.
    for (path, lang, heading) in
        [("", "en", "Which method meets which requirement"), ("ja/", "ja", "認証方法ごとの対応状況")]
    {
        d.goto("about:blank");
        d.goto(&format!("{}{path}", server.base));
        d.wait_for_app();
        assert_eq!(d.url(), format!("{}{path}", server.base));
        assert_eq!(d.exec("return document.documentElement.lang", vec![]), json!(lang));
        assert!(d.body_text().contains(heading), "{path}: {}", d.body_text());
        paste_sample(&d, "legacy.json");
        d.wait_until("analysed offline", |d| !text_of(d, "#results .method-name").is_empty());
    }
    assert_served_from_the_cache(&server);
    let errors = page_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// A copy of dist/ that a test may redeploy; removed afterwards.
struct Site(PathBuf);

impl Site {
    fn copy_of(from: &Path) -> Site {
        let to = std::env::temp_dir().join(format!("ade-e2e-site-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&to);
        for f in site_files(from) {
            let dest = to.join(&f);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(from.join(&f), dest).unwrap();
        }
        Site(to)
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// True when the page is the second deployment (it carries the marker comment).
fn is_redeployed(d: &Driver) -> bool {
    d.try_exec(
        "return [...document.childNodes, ...document.documentElement.childNodes, ...(document.body ? document.body.childNodes : [])]\
         .some(n => n.nodeType === 8 && n.data.includes('second deployment'))",
        vec![],
    ) == Ok(json!(true))
}

#[test]
fn a_new_deployment_replaces_the_old_cache_after_the_update_notice() {
    let site = Site::copy_of(&dist());
    let server = Server::start(&site.0, PREFIX);
    let d = Driver::start();
    second_visit(&d, &server);
    let old = version_of(&site.0);
    assert_eq!(cache_names(&d), vec![cache_name(&old)]);

    // Deploy changed pages; scripts/sw.sh gives the site a new worker version.
    for page in ["index.html", "ja/index.html"] {
        let index = site.0.join(page);
        let html = std::fs::read_to_string(&index).unwrap();
        std::fs::write(&index, format!("{html}<!-- second deployment -->\n")).unwrap();
    }
    let sw = std::process::Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/sw.sh"))
        .arg(&site.0)
        .output()
        .expect("bash scripts/sw.sh");
    assert!(sw.status.success(), "scripts/sw.sh: {}", String::from_utf8_lossy(&sw.stderr));
    let new = version_of(&site.0);
    assert_ne!(new, old);

    // The next visit is still the old version, whole, from the old cache; the browser
    // installs the new one beside it and the page says so.
    open(&d, &server);
    d.wait_for("#update-notice");
    assert!(!is_redeployed(&d), "the old version keeps running until the reload");
    assert_eq!(text_of(&d, "#update-notice span"), "A new version of this page is ready.");
    assert_eq!(text_of(&d, "#update-reload"), "Reload");
    let mut names = cache_names(&d);
    names.sort();
    let mut both = vec![cache_name(&old), cache_name(&new)];
    both.sort();
    assert_eq!(names, both, "the new version is cached beside the old one until it takes over");
    assert_eq!(cached_urls(&d, &cache_name(&new)), site_urls(&site.0, &server.base));
    set_select(&d, "#lang-select", "ja");
    d.wait_until("the notice in Japanese", |d| {
        text_of(d, "#update-notice span") == "このページの新しいバージョンを使用できます。"
    });
    assert_eq!(text_of(&d, "#update-reload"), "再読み込み");
    d.screenshot(&shots().join("update-notice-ja.png"));

    // Reload: the new worker takes over, the old cache is gone, the page is the new one.
    let button = d.wait_for("#update-reload");
    d.click(&button);
    d.wait_until("the new version runs", is_redeployed);
    d.wait_for("#json-input");
    d.wait_until("only the new cache is left", |d| cache_names(d) == vec![cache_name(&new)]);
    assert!(d.find("#update-notice").is_none(), "no notice once the new version runs");
    let errors = console_errors(&d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[test]
fn without_a_worker_script_the_page_works_online_and_fails_quietly() {
    // A host that serves no sw.js (or a browser that refuses the worker): registration
    // fails, the page works as before and reports nothing but the missing file.
    let site = Site::copy_of(&dist());
    std::fs::remove_file(site.0.join("sw.js")).unwrap();
    let server = Server::start(&site.0, PREFIX);
    let d = Driver::start();
    open(&d, &server);
    d.wait_until("the registration was tried", |_| server.requests().contains(&format!("{PREFIX}sw.js")));
    paste_sample(&d, "modern.json");
    d.wait_until("the pasted profile is analysed", |d| {
        text_of(d, "#results .method-name") == "Setup Assistant with modern authentication"
    });
    assert_eq!(d.exec("return navigator.serviceWorker.controller", vec![]), Value::Null);
    assert!(cache_names(&d).is_empty());
    let errors: Vec<String> = console_errors(&d)
        .into_iter()
        .filter(|m| m.contains("Uncaught") || !(m.contains("sw.js") || m.contains("fetching the script")))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");
}
