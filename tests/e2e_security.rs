//! End-to-end security tests (issue 9) on the built site (`make dist`): pasted text is
//! only ever shown as text, loading fetches nothing but the site's own assets (the page
//! once each, its service worker once more for its cache) and a full session nothing at
//! all, the Content-Security-Policy is served and the page works under it (the service
//! worker too), only the language and theme are stored (and the worker's cache holds
//! only the site's files), the share link never holds pasted data, and a panic shows the
//! error box with the input kept.
//! Run with `make test-e2e` (or `make dist && cargo test --features e2e --test e2e_security`).

mod support;

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use support::server::Server;
use support::webdriver::{Driver, Element};

const EL: &str = "element-6066-11e4-a52e-4f735466cecf";
const PREFIX: &str = "/ade-advisor/";

fn dist() -> PathBuf {
    let d = std::env::var_os("ADE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(d.join("index.html").exists(), "{} has no index.html: run `make dist` first", d.display());
    d
}

fn shots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screenshots")
}

fn el(e: &Element) -> Value {
    json!({ EL: e.0 })
}

fn open(d: &Driver, url: &str) {
    d.goto(url);
    d.wait_for("#json-input");
    d.wait_for_app();
}

fn paste(d: &Driver, text: &str) {
    let e = d.wait_for("#json-input");
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new InputEvent('input', {bubbles:true}))",
        vec![el(&e), json!(text)],
    );
}

fn set_select(d: &Driver, css: &str, value: &str) {
    let e = d.wait_for(css);
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![el(&e), json!(value)],
    );
}

fn click(d: &Driver, css: &str) {
    let e = d.wait_for(css);
    d.exec("arguments[0].scrollIntoView({block:'center'})", vec![el(&e)]);
    d.click(&e);
}

fn text_of(d: &Driver, css: &str) -> String {
    d.find(css).map(|e| d.text(&e)).unwrap_or_default()
}

fn textarea_value(d: &Driver) -> String {
    d.exec("return document.getElementById('json-input').value", vec![]).as_str().unwrap_or_default().to_string()
}

/// Replaces the clipboard and download paths with recorders (no real clipboard in
/// headless Chromium, and no file written).
fn stub_clipboard_and_downloads(d: &Driver) {
    d.exec(
        "window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };\
         window.__download = null; document.addEventListener('click', e => { if (e.target.download) { window.__download = e.target.download; e.preventDefault(); } }, true);",
        vec![],
    );
}

/// Records Content-Security-Policy violations from now on.
fn watch_csp(d: &Driver) {
    d.exec(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
        vec![],
    );
}

fn csp_violations(d: &Driver) -> Value {
    d.exec("return window.__csp || []", vec![])
}

fn console_csp_messages(d: &Driver) -> Vec<String> {
    d.console().into_iter().map(|(_, m)| m).filter(|m| m.contains("Content Security Policy")).collect()
}

const XSS_SCRIPT: &str = "<script>window.__pwned = 'script'; document.title = 'pwned'</script>";
const XSS_IMG: &str = "<img src=x onerror=\"window.__pwned = 'img'; document.title = 'pwned'\">";
const XSS_LINK: &str = "javascript:window.__pwned='link';document.title='pwned'";

fn hostile_profiles() -> String {
    json!([
        {
            "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
            "displayName": XSS_SCRIPT,
            "description": XSS_IMG,
            "requiresUserAuthentication": true,
            "enableAuthenticationViaCompanyPortal": true,
            "configurationEndpointUrl": XSS_LINK,
            XSS_IMG: true
        },
        {
            "@odata.type": "#microsoft.graph.iosVppApp",
            "displayName": XSS_IMG,
            "bundleId": "com.microsoft.CompanyPortal",
            "appStoreUrl": XSS_LINK,
            "informationUrl": XSS_LINK,
            "assignments": [{"intent": "uninstall", "target": {"@odata.type": XSS_SCRIPT}}]
        },
        { "@odata.type": XSS_SCRIPT, "displayName": "<b>bold?</b>", XSS_LINK: XSS_SCRIPT }
    ])
    .to_string()
}

/// Nothing ran: the global flag and the title are unchanged, no element was created
/// from the input, and there is no `javascript:` link.
fn assert_nothing_ran(d: &Driver, title: &Value) {
    assert_eq!(d.exec("return window.__pwned", vec![]), json!(false), "a payload ran");
    assert_eq!(&d.exec("return document.title", vec![]), title);
    let injected = d.exec(
        "return document.querySelectorAll('body script, body img, body b, [onerror], a[href^=\"javascript:\" i], iframe, object, embed').length",
        vec![],
    );
    assert_eq!(injected, json!(0), "markup from the input became elements");
}

#[test]
fn hostile_names_are_shown_literally_and_nothing_runs() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open(&d, &server.base);
    d.exec("window.__pwned = false", vec![]);
    let title = d.exec("return document.title", vec![]);
    stub_clipboard_and_downloads(&d);

    paste(&d, &hostile_profiles());
    d.wait_until("the hostile input is analysed", |d| d.find_all("#results .object-card").len() >= 2);
    // Give any handler a chance to fire.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_nothing_ran(&d, &title);
    let body = d.body_text();
    assert!(body.contains(XSS_SCRIPT), "the <script> name is shown as text");
    assert!(body.contains("<img src=x onerror="), "the <img onerror> name is shown as text");
    assert!(body.contains("<b>bold?</b>"), "markup is shown as text");
    // Links the page builds never carry anything but https:// URLs.
    let hrefs = d.exec("return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))", vec![]);
    for h in hrefs.as_array().cloned().unwrap_or_default() {
        let h = h.as_str().unwrap_or_default().to_string();
        assert!(h.starts_with("https://") || h.starts_with('#') || h.starts_with("./"), "unexpected link {h}");
    }

    // Exporting and switching the language render the same strings again.
    click(&d, "#copy-markdown");
    d.wait_until("markdown copied", |d| d.exec("return window.__copied", vec![]).is_string());
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese", |d| d.exec("return document.documentElement.lang", vec![]) == json!("ja"));
    assert!(d.body_text().contains(XSS_SCRIPT));
    assert_nothing_ran(&d, &d.exec("return document.title", vec![]));
    assert_ne!(d.exec("return document.title", vec![]), json!("pwned"));

    // In a broken input, the excerpt under the error is text too; a hostile file name as well.
    paste(&d, &format!("{{\"displayName\": \"{}\" \"x\": 1}}", XSS_IMG.replace('"', "'")));
    d.wait_for("#parse-errors");
    d.exec(
        "const dt = new DataTransfer();\
         dt.items.add(new File(['{}'], arguments[0], {type: 'application/json'}));\
         const target = document.querySelector('.app');\
         target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));\
         target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
        vec![json!(format!("{XSS_IMG}.json"))],
    );
    d.wait_until("the dropped file's tab", |d| text_of(d, ".input-tabs").contains("<img src=x"));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(text_of(&d, "#parse-errors").contains("<img src=x onerror="), "{}", text_of(&d, "#parse-errors"));
    assert_eq!(d.exec("return window.__pwned", vec![]), json!(false));
    assert_eq!(d.exec("return document.querySelectorAll('body img, [onerror]').length", vec![]), json!(0));
    d.screenshot(&shots().join("security-xss.png"));
    assert!(console_csp_messages(&d).is_empty(), "{:?}", console_csp_messages(&d));
}

/// Every file the build produced, as the server sees its path (index.html as the prefix;
/// `ja/index.html`, the Japanese page, which only the service worker fetches here).
fn site_assets() -> BTreeSet<String> {
    let mut assets: BTreeSet<String> = std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "index.html" {
                PREFIX.to_string()
            } else {
                format!("{PREFIX}{name}")
            }
        })
        .collect();
    assert!(dist().join("ja/index.html").is_file(), "the Japanese page is built");
    assets.insert(format!("{PREFIX}ja/index.html"));
    assets
}

/// Waits until the service worker has cached the site and is active (docs/offline.md).
fn wait_for_the_worker(d: &Driver) {
    let state = d.exec_async(
        "const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(r => done(r.active.scriptURL))",
        vec![],
    );
    assert!(state.as_str().unwrap_or_default().ends_with(&format!("{PREFIX}sw.js")), "{state}");
}

#[test]
fn a_full_session_fetches_only_the_sites_own_assets_and_nothing_after_loading() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open(&d, &server.base);

    // Loading: the page fetches its files once each, and its service worker fetches
    // every file of the site once for its cache (docs/offline.md): each file at most
    // twice, the page itself (the prefix) once, sw.js once, nothing else.
    wait_for_the_worker(&d);
    let requests = server.requests();
    let mut assets = site_assets();
    assets.insert(format!("{PREFIX}index.html"));
    for r in &requests {
        assert!(assets.contains(r), "{r} is not one of the site's files {assets:?}");
        let n = requests.iter().filter(|x| *x == r).count();
        assert!(n <= 2, "{r} was fetched {n} times: {requests:?}");
    }
    for once in [PREFIX.to_string(), format!("{PREFIX}sw.js")] {
        assert_eq!(requests.iter().filter(|r| **r == once).count(), 1, "{once}: {requests:?}");
    }
    for needed in &assets {
        assert!(requests.contains(needed), "{needed} not fetched: {requests:?}");
    }
    server.clear_requests();

    stub_clipboard_and_downloads(&d);
    d.exec("window.__blob = null; const orig = URL.createObjectURL; URL.createObjectURL = b => { window.__blob = b.size; return orig(b); };", vec![]);

    // Load a sample, paste, analyse, tick requirements, export, switch language and
    // theme, share.
    set_select(&d, "#sample-select", "company-portal");
    d.wait_until("sample analysed", |d| text_of(d, "#results .method-name") == "Company Portal");
    paste(&d, &hostile_profiles());
    d.wait_until("pasted text analysed", |d| d.find_all("#results .object-card").len() >= 2);
    click(&d, "#req-mfa");
    click(&d, "#copy-markdown");
    d.wait_until("markdown copied", |d| d.exec("return window.__copied", vec![]).is_string());
    click(&d, "#download-json");
    d.wait_until("json offered", |d| d.exec("return window.__blob", vec![]).is_number());
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese", |d| d.exec("return document.documentElement.lang", vec![]) == json!("ja"));
    set_select(&d, "#theme-select", "dark");
    click(&d, "#share");
    set_select(&d, "#lang-select", "en");
    d.wait_until("English", |d| d.exec("return document.documentElement.lang", vec![]) == json!("en"));
    std::thread::sleep(std::time::Duration::from_millis(500));

    // The session: not a single request.
    let requests = server.requests();
    assert!(requests.is_empty(), "requests after loading: {requests:?}");
    // The browser's own record agrees: every resource came from this origin and prefix.
    let entries = d.exec("return performance.getEntriesByType('resource').map(e => e.name)", vec![]);
    let entries: Vec<String> =
        entries.as_array().cloned().unwrap_or_default().iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    assert!(!entries.is_empty());
    for e in &entries {
        assert!(e.starts_with(&server.base), "resource from elsewhere: {e}");
    }
}

/// The policy of a built page's `<meta http-equiv>` (`index.html` or `ja/index.html`).
/// The release build minifies the HTML, so attributes may come in any order and without
/// quotes where none are needed.
fn meta_policy(page: &str) -> String {
    let html = std::fs::read_to_string(dist().join(page)).unwrap();
    let tag = html
        .split('<')
        .find(|t| {
            t.starts_with("meta ")
                && (t.contains("http-equiv=\"Content-Security-Policy\"")
                    || t.contains("http-equiv=Content-Security-Policy"))
        })
        .expect("CSP meta tag in dist/index.html");
    let content = &tag[tag.find("content=").expect("content attribute of the CSP meta tag") + 8..];
    match content.chars().next() {
        Some(q @ ('"' | '\'')) => content[1..content[1..].find(q).unwrap() + 1].to_string(),
        _ => content[..content.find(|c: char| c.is_whitespace() || c == '>').unwrap()].to_string(),
    }
}

#[test]
fn the_content_security_policy_is_strict_and_the_page_works_under_it() {
    let policy = meta_policy("index.html");
    // One policy for the site: both pages carry it, with the hashes of both pages' inline
    // scripts (the theme and language script, each page's module loader).
    assert_eq!(meta_policy("ja/index.html"), policy);
    for page in ["index.html", "ja/index.html"] {
        let html = std::fs::read_to_string(dist().join(page)).unwrap();
        let inline = html.split("<script").skip(1).filter(|t| !t[..t.find('>').unwrap_or(0)].contains("src=")).count();
        assert!(inline >= 2, "{page}: the early script and the loader");
    }
    let directive = |name: &str| -> String {
        policy
            .split(';')
            .map(str::trim)
            .find(|d| d.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no {name} in {policy}"))
            .to_string()
    };
    assert_eq!(directive("default-src"), "default-src 'self'");
    let script = directive("script-src");
    assert!(script.starts_with("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{script}");
    assert_eq!(directive("style-src"), "style-src 'self'");
    assert_eq!(directive("connect-src"), "connect-src 'self'");
    assert_eq!(directive("object-src"), "object-src 'none'");
    assert_eq!(directive("base-uri"), "base-uri 'self'");
    assert_eq!(directive("form-action"), "form-action 'none'");
    assert_eq!(directive("img-src"), "img-src 'self'");
    assert_eq!(directive("manifest-src"), "manifest-src 'self'");
    assert_eq!(directive("frame-src"), "frame-src 'none'");
    // The service worker (docs/offline.md): its script from this origin only, and one
    // Trusted Types policy, which yields its URL and nothing else.
    assert_eq!(directive("worker-src"), "worker-src 'self'");
    assert_eq!(directive("require-trusted-types-for"), "require-trusted-types-for 'script'");
    assert_eq!(directive("trusted-types"), "trusted-types ade-advisor-sw");
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"), "{policy}");
    assert!(!policy.contains("TRUNK-INLINE-SCRIPTS"), "scripts/csp.sh did not run: {policy}");
    for page in ["index.html", "ja/index.html"] {
        let html = std::fs::read_to_string(dist().join(page)).unwrap();
        assert!(!html.contains(" style="), "no inline style attributes in {page}");
    }

    // Served with the meta tag only, and again with the header a host would send.
    let header = format!("{policy}; frame-ancestors 'none'");
    for headers in [vec![], vec![("Content-Security-Policy", header.as_str()), ("X-Content-Type-Options", "nosniff")]] {
        let server = Server::start_with_headers(&dist(), PREFIX, &headers);
        let d = Driver::start();
        open(&d, &server.base);
        watch_csp(&d);
        stub_clipboard_and_downloads(&d);
        set_select(&d, "#sample-select", "restrictions");
        d.wait_until("sample analysed", |d| d.find_all("#results .finding").len() >= 3);
        click(&d, "#results .finding .show-in-input");
        set_select(&d, "#theme-select", "dark");
        set_select(&d, "#lang-select", "ja");
        d.wait_until("Japanese", |d| d.exec("return document.documentElement.lang", vec![]) == json!("ja"));
        click(&d, "#copy-markdown");
        d.wait_until("markdown copied", |d| d.exec("return window.__copied", vec![]).is_string());
        assert_eq!(csp_violations(&d), json!([]), "CSP violations with headers {headers:?}");
        let console: Vec<(String, String)> = d.console();
        let bad: Vec<&(String, String)> =
            console.iter().filter(|(l, m)| l == "SEVERE" || m.contains("Content Security Policy")).collect();
        assert!(bad.is_empty(), "console: {bad:?}");
        assert_eq!(d.exec("return document.querySelectorAll('[style]').length", vec![]), json!(0), "style attributes");

        // The worker registered under this policy; anything else that needs a script URL
        // or a policy is refused.
        wait_for_the_worker(&d);
        let refused = d.exec_async(
            "const done = arguments[arguments.length - 1]; const out = [];\
             const why = e => e.name + (/Trusted/.test(String(e.message)) ? ' (Trusted Types)' : ': ' + e.message);\
             try { trustedTypes.createPolicy('ade-advisor-sw', {createScriptURL: u => u}); out.push('second policy created'); } catch (e) { out.push(why(e)); }\
             try { trustedTypes.createPolicy('other', {createScriptURL: u => u}); out.push('other policy created'); } catch (e) { out.push(why(e)); }\
             try { navigator.serviceWorker.register('./other.js').then(() => done([...out, 'registered']), e => done([...out, why(e)])); }\
             catch (e) { done([...out, why(e)]); }",
            vec![],
        );
        assert_eq!(
            refused,
            json!(["TypeError (Trusted Types)", "TypeError (Trusted Types)", "TypeError (Trusted Types)"]),
            "with headers {headers:?}"
        );

        // The Japanese page starts under the same policy (its loader's hash is in it).
        let _ = d.console();
        d.goto("about:blank");
        open(&d, &format!("{}ja/", server.base));
        assert_eq!(d.exec("return document.documentElement.lang", vec![]), json!("ja"));
        let console: Vec<(String, String)> = d.console();
        let bad: Vec<&(String, String)> =
            console.iter().filter(|(l, m)| l == "SEVERE" || m.contains("Content Security Policy")).collect();
        assert!(bad.is_empty(), "console on ja/: {bad:?}");
    }
}

#[test]
fn only_language_and_theme_are_stored_and_the_share_link_holds_no_input() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open(&d, &server.base);
    stub_clipboard_and_downloads(&d);
    let marker = "Secret-Profile-7f3a9c";
    paste(
        &d,
        &json!({"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": marker,
                "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true,
                "companyPortalVppTokenId": "tok-7f3a9c"})
        .to_string(),
    );
    d.wait_until("analysed", |d| d.body_text().contains(marker));
    click(&d, "#req-mfa");
    set_select(&d, "#theme-select", "dark");
    set_select(&d, "#lang-select", "ja");
    click(&d, "#share");
    d.wait_until("link copied", |d| d.exec("return window.__copied", vec![]).is_string());
    let link = d.exec("return window.__copied", vec![]).as_str().unwrap_or_default().to_string();
    for (what, s) in [("share link", link.clone()), ("address", d.url())] {
        assert!(!s.contains(marker) && !s.contains("7f3a9c") && !s.contains("odata"), "{what} holds input: {s}");
        assert!(!s.contains('?'), "{what} has a query: {s}");
    }
    assert!(link.contains("r=mfa"), "{link}");

    let stored = d.exec(
        "const o = {}; for (const k of Object.keys(localStorage)) o[k] = localStorage.getItem(k);\
         return {local: o, session: Object.keys(sessionStorage), cookie: document.cookie};",
        vec![],
    );
    let keys: BTreeSet<&str> = stored["local"].as_object().unwrap().keys().map(String::as_str).collect();
    assert!(keys.is_subset(&BTreeSet::from(["ade-advisor.lang", "ade-advisor.theme"])), "{stored}");
    assert_eq!(stored["local"]["ade-advisor.lang"], json!("ja"));
    assert_eq!(stored["local"]["ade-advisor.theme"], json!("dark"));
    assert_eq!(stored["session"], json!([]));
    assert_eq!(stored["cookie"], json!(""));
    // No IndexedDB; Cache Storage holds the service worker's one cache, which holds the
    // site's own files and nothing else: no entry carries the pasted text.
    wait_for_the_worker(&d);
    let stores = d.exec_async(
        "const done = arguments[arguments.length - 1];\
         Promise.all([indexedDB.databases(), caches.keys().then(names => Promise.all(names.map(n =>\
           caches.open(n).then(c => c.keys().then(reqs => Promise.all(reqs.map(q => c.match(q).then(r => r.text())\
             .then(t => [new URL(q.url).pathname, t.includes(arguments[0])])))))\
           .then(entries => [n, entries])))) ])\
         .then(([i, c]) => done({idb: i.length, caches: c}), e => done(String(e)))",
        vec![json!(marker)],
    );
    assert_eq!(stores["idb"], json!(0), "no IndexedDB: {stores}");
    let caches = stores["caches"].as_array().cloned().unwrap_or_default();
    assert_eq!(caches.len(), 1, "one cache: {stores}");
    assert!(caches[0][0].as_str().unwrap_or_default().starts_with(&format!("ade-advisor {PREFIX} ")), "{stores}");
    let cached: BTreeSet<String> = caches[0][1]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|e| {
            assert_eq!(e[1], json!(false), "a cached file holds the pasted text: {e}");
            e[0].as_str().unwrap_or_default().to_string()
        })
        .collect();
    let mut files = site_assets();
    files.remove(PREFIX);
    files.remove(&format!("{PREFIX}sw.js"));
    files.insert(format!("{PREFIX}index.html"));
    assert_eq!(cached, files, "the cache holds exactly the site's files");

    // A reload keeps the language and theme, not the input.
    open(&d, &server.base);
    d.wait_until("Japanese after reload", |d| d.exec("return document.documentElement.lang", vec![]) == json!("ja"));
    assert_eq!(textarea_value(&d), "");
    assert!(!d.body_text().contains(marker));
}

#[test]
fn a_panic_shows_the_error_box_and_keeps_the_input() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open(&d, &server.base);
    let typed = "{\"displayName\": \"typed before the panic\"";
    let area = d.wait_for("#json-input");
    d.send_keys(&area, typed);
    d.wait_until("typed", |d| textarea_value(d) == typed);
    d.exec("setTimeout(() => window.wasmBindings.__ade_test_panic(), 0)", vec![]);
    let panel = d.wait_for("#ade-panic");
    assert_eq!(d.attr(&panel, "role").as_deref(), Some("alertdialog"));
    assert!(text_of(&d, "#ade-panic .panic-title").contains("Something went wrong"));
    let details = text_of(&d, "#ade-panic .panic-details");
    assert!(details.contains("deliberate panic requested"), "{details}");
    assert!(details.contains("src/ui/panic.rs:"), "the location is shown: {details}");
    assert_eq!(textarea_value(&d), typed, "the input is kept");
    assert!(d.find("#ade-panic .panic-reload").is_some());
    d.screenshot(&shots().join("panic-box.png"));

    // The buttons still work after the WebAssembly trap.
    d.exec("window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); }", vec![]);
    click(&d, "#ade-panic .panic-copy");
    d.wait_until("details copied", |d| d.exec("return window.__copied", vec![]).is_string());
    assert!(d.exec("return window.__copied", vec![]).as_str().unwrap_or_default().contains("deliberate panic"));
    d.wait_until("copied label", |d| text_of(d, "#ade-panic .panic-copy") == "Copied");
    // Refused clipboard: the details are selected for copying by hand.
    d.exec("navigator.clipboard.writeText = t => Promise.reject(new Error('denied'))", vec![]);
    click(&d, "#ade-panic .panic-copy");
    d.wait_until("selected by hand", |d| text_of(d, "#ade-panic .panic-copy").contains("Ctrl+C"));
    assert!(d.exec("return String(getSelection())", vec![]).as_str().unwrap_or_default().contains("deliberate panic"));
    let panics: Vec<String> =
        d.console().into_iter().map(|(_, m)| m).filter(|m| m.contains("deliberate panic")).collect();
    assert!(!panics.is_empty(), "the panic is logged to the console too");

    // In Japanese (a fresh page: the trapped one is left behind).
    d.goto("about:blank");
    open(&d, &format!("{}#r=&lang=ja", server.base));
    d.wait_until("Japanese", |d| d.exec("return document.documentElement.lang", vec![]) == json!("ja"));
    paste(&d, "日本語の入力");
    d.exec("setTimeout(() => window.wasmBindings.__ade_test_panic(), 0)", vec![]);
    d.wait_for("#ade-panic");
    assert_eq!(text_of(&d, "#ade-panic .panic-title"), "問題が発生しました");
    assert_eq!(text_of(&d, "#ade-panic .panic-copy"), "詳細をコピー");
    assert_eq!(textarea_value(&d), "日本語の入力");
    d.screenshot(&shots().join("panic-box-ja.png"));
}

#[test]
fn dropped_files_that_are_not_utf8_text_get_clear_messages() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open(&d, &server.base);
    // A Latin-1 file (é as the single byte 0xE9), a PNG and a UTF-16 export.
    d.exec(
        "const latin1 = new Uint8Array([...new TextEncoder().encode('{\\n  \"displayName\": \"Caf'), 0xE9, 0x22, 0x0A, 0x7D]);\
         const png = new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);\
         const utf16 = new Uint8Array([0xFF, 0xFE, ...[...'{\"a\": 1}'].flatMap(c => [c.charCodeAt(0), 0])]);\
         const dt = new DataTransfer();\
         dt.items.add(new File([latin1], 'latin1.json'));\
         dt.items.add(new File([png], 'screenshot.png'));\
         dt.items.add(new File([utf16], 'ps5-export.json'));\
         const target = document.querySelector('.app');\
         target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));\
         target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
        vec![],
    );
    d.wait_until("three messages", |d| {
        let t = text_of(d, "#parse-errors");
        t.contains("not UTF-8") && t.contains("binary file (a PNG image)") && t.contains("UTF-16")
    });
    let errors = text_of(&d, "#parse-errors");
    assert!(errors.contains("latin1.json, line 2, column 22"), "{errors}");
    assert!(errors.contains("offset 23"), "{errors}");
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese messages", |d| text_of(d, "#parse-errors").contains("バイナリ ファイル (PNG 画像)"));
    assert!(text_of(&d, "#parse-errors").contains("オフセット 23"));
    d.screenshot(&shots().join("dropped-binary.png"));
    let severe: Vec<String> = d.console().into_iter().filter(|(l, _)| l == "SEVERE").map(|(_, m)| m).collect();
    assert!(severe.is_empty(), "{severe:?}");
}
