//! End-to-end tests of the prerendered pages and the app's take-over (docs/performance.md):
//! each page is readable without the app, the app replaces it with the same view without
//! losing what was typed or dropped, each language has its page, a share link and the
//! language switch move between them, and a first visit goes to the preferred language
//! before anything is painted. The wasm is held back by the test server so that a test can
//! act on the prerendered page before the app starts.

use super::support::server::Server;
use super::support::webdriver::{Driver, Element};
use super::{console_errors, dist, shots};
use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::rules::{registry, RuleStatus};
use ade_advisor::engine::table::{Method, EXTRA_ROWS, TABLE};
use ade_advisor::share::page_path;
use ade_advisor::strings::{PAGE_DESCRIPTION, S};
use serde_json::{json, Value};

const PREFIX: &str = "/ade-advisor/";
const EL: &str = "element-6066-11e4-a52e-4f735466cecf";

fn el(e: &Element) -> Value {
    json!({ EL: e.0 })
}

fn no_console_errors(d: &Driver) {
    let errors = console_errors(d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// Holds the app's wasm back, past the service worker's cache too.
fn hold_the_app(d: &Driver, server: &Server) {
    d.cdp("Network.enable", json!({}));
    d.cdp("Network.setBypassServiceWorker", json!({"bypass": true}));
    server.hold(".wasm");
}

/// Opens `path` below the site with the app's wasm held back: the prerendered page, as a
/// visitor sees it before the app starts.
fn open_prerendered(d: &Driver, server: &Server, path: &str) {
    hold_the_app(d, server);
    d.goto(&format!("{}{path}", server.base));
    d.wait_for("[data-prerendered] table.comparison tbody.article-rows tr");
}

/// Reloads the page with the app's wasm held back.
fn reload_prerendered(d: &Driver, server: &Server) {
    hold_the_app(d, server);
    d.exec("location.reload()", vec![]);
    d.wait_for("[data-prerendered] table.comparison tbody.article-rows tr");
}

/// Picks a language in the page's language menu, as a visitor does.
fn choose_language(d: &Driver, code: &str) {
    let select = d.wait_for("#lang-select");
    d.exec(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
        vec![el(&select), json!(code)],
    );
}

fn lang_of(d: &Driver) -> Value {
    d.exec("return document.documentElement.lang", vec![])
}

/// The view as a list: every element shown (tag, id, classes) and its texts (adjacent text
/// nodes joined: the server renderer writes `{a}{b}` as one), in document order; of a
/// closed `<details>`, its summary (the prerendered rules reference leaves out the fix and
/// sources of its closed entries). Attributes other than id and class (the marker,
/// `disabled`, `selected`) are left out.
const VIEW: &str = "const out = []; let text = '';
    const flush = () => { if (text.trim()) out.push(text.trim()); text = ''; };
    const walk = n => { for (const c of n.childNodes) {
      if (n.tagName === 'DETAILS' && !n.open && c.tagName !== 'SUMMARY') continue;
      if (c.nodeType === 1) {
        flush();
        out.push('<' + c.tagName.toLowerCase() + (c.id ? '#' + c.id : '') + [...c.classList].sort().map(x => '.' + x).join(''));
        walk(c); flush(); out.push('>');
      } else if (c.nodeType === 3) text += c.data;
    } };
    walk(document.body); flush(); return out;";

/// The controls that cannot be used (disabled), by id or name.
const DISABLED: &str = "return [...document.querySelectorAll('button, select, input, textarea')]
    .filter(e => e.disabled).map(e => e.id || e.className || e.tagName)";

fn strings(v: &Value) -> Vec<String> {
    v.as_array().cloned().unwrap_or_default().iter().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

/// Text as it appears in the HTML source.
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn each_page_is_readable_and_indexable_without_the_app() {
    for lang in Lang::ALL {
        // What `curl` of the page shows (the test server sends the built file as it is).
        let path = dist().join(page_path(lang)).join("index.html");
        let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())), "{lang:?}");
        assert!(html.contains(&format!("<title>{}</title>", html_text(S::PageTitle.get(lang)))), "{lang:?}");
        assert!(html.contains(&format!("<meta name=\"description\" content=\"{}\">", PAGE_DESCRIPTION.get(lang))));
        assert!(html.contains("<link rel=\"canonical\" href=\"./\">"), "{lang:?}");
        for hreflang in ["en", "ja", "x-default"] {
            assert!(html.contains(&format!("hreflang=\"{hreflang}\"")), "{lang:?}: {hreflang}");
        }
        assert!(!html.contains("<noscript"), "no dead end without the app");
        assert!(html.contains("data-prerendered"), "{lang:?}");
        let body = &html[html.find("<body").unwrap()..];
        assert!(body.contains(&html_text(S::TableHeading.get(lang))), "{lang:?}");
        for m in Method::ALL {
            assert!(body.contains(&html_text(m.label().get(lang))), "{lang:?}: column {}", m.id());
        }
        for row in TABLE.iter().chain(EXTRA_ROWS.iter()).filter(|r| !r.requirement.is_obsolete()) {
            assert!(body.contains(&html_text(row.label.get(lang))), "{lang:?}: row {}", row.requirement.id());
        }
        for rule in registry().iter().filter(|r| r.meta.status != RuleStatus::Removed) {
            let m = &rule.meta;
            assert!(body.contains(&format!("<code>{}</code>", m.id)), "{lang:?}: rule {}", m.id);
            for text in [m.title, m.what, m.why] {
                assert!(body.contains(&html_text(text.get(lang))), "{lang:?}: rule {}", m.id);
            }
        }
        // The default recommendation and an explanation of each row.
        assert!(body.contains(&html_text(S::RecDefaultWhy.get(lang))), "{lang:?}");
        assert!(body.contains(&html_text(TABLE[1].help.get(lang))), "{lang:?}");
        let other = match lang {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        };
        assert!(!body.contains(&html_text(S::TableHeading.get(other))), "{lang:?}: no text of the other language");
    }
}

#[test]
fn the_app_replaces_the_prerendered_page_with_the_same_view() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    for lang in Lang::ALL {
        open_prerendered(&d, &server, page_path(lang));
        assert_eq!(lang_of(&d), json!(lang.code()));
        let before = d.exec(VIEW, vec![]);
        // Before the app starts only the paste area works.
        let disabled = strings(&d.exec(DISABLED, vec![]));
        for id in
            ["lang-select", "theme-select", "share", "diagnose-vanishing", "file-input", "sample-select", "clear-input"]
        {
            assert!(disabled.iter().any(|x| x == id), "{id} is disabled before the app starts: {disabled:?}");
        }
        assert!(disabled.iter().any(|x| x == "req-mfa") && disabled.iter().any(|x| x == "asked-vanishing"));
        assert!(!disabled.iter().any(|x| x == "json-input"), "the paste area works: {disabled:?}");
        server.release();
        d.wait_for_app();
        let (before, after) = (strings(&before), strings(&d.exec(VIEW, vec![])));
        if let Some(i) = (0..before.len().max(after.len())).find(|i| before.get(*i) != after.get(*i)) {
            let at = |v: &[String]| v[i.saturating_sub(8)..(i + 8).min(v.len())].join(" ");
            panic!("{lang:?}: the views differ at {i}:\nprerendered: {}\napp:         {}", at(&before), at(&after));
        }
        assert!(before.len() > 500, "{lang:?}: the whole first view");
        // Once the app runs, the controls work (clearing nothing ticked stays disabled).
        assert_eq!(strings(&d.exec(DISABLED, vec![])), vec!["req-clear"], "{lang:?}");
        assert_eq!(lang_of(&d), json!(lang.code()));
    }
    no_console_errors(&d);
}

#[test]
fn text_pasted_before_the_app_starts_survives_the_take_over_with_its_focus() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    // A slow phone: the take-over runs with the CPU slowed 4×.
    d.cdp("Emulation.setCPUThrottlingRate", json!({"rate": 4}));
    open_prerendered(&d, &server, "");
    let area = d.wait_for("#json-input");
    d.click(&area);
    let profile =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples/modern.json"))
            .unwrap();
    // Pasted as the browser pastes (one insertion at the caret), then the caret moved.
    d.cdp("Input.insertText", json!({ "text": profile }));
    d.exec("arguments[0].setSelectionRange(5, 12)", vec![el(&area)]);
    assert_eq!(d.prop(&area, "value"), json!(profile), "the prerendered paste area takes the paste");
    server.release();
    d.wait_for_app();

    let area = d.wait_for("#json-input");
    assert_eq!(d.prop(&area, "value"), json!(profile), "the pasted text survives the take-over");
    assert_eq!(d.exec("return document.activeElement && document.activeElement.id", vec![]), json!("json-input"));
    assert_eq!(
        d.exec("return [arguments[0].selectionStart, arguments[0].selectionEnd]", vec![el(&area)]),
        json!([5, 12])
    );
    d.wait_until("the pasted profile is analysed", |d| {
        d.find("#results .method-name").is_some_and(|e| d.text(&e) == "Setup Assistant with modern authentication")
    });
    // Typing goes on where the caret was.
    d.send_keys(&area, "x");
    let value = d.prop(&area, "value");
    assert_eq!(value.as_str().map(|v| v[5..].starts_with('x')), Some(true), "{value}");
    d.cdp("Emulation.setCPUThrottlingRate", json!({"rate": 1}));
    no_console_errors(&d);
}

#[test]
fn a_file_dropped_before_the_app_starts_is_analysed_once_it_does() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open_prerendered(&d, &server, "");
    let profile =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples/legacy.json"))
            .unwrap();
    let area = d.wait_for("#json-input");
    let kept = d.exec(
        "const dt = new DataTransfer();
         dt.items.add(new File([arguments[1]], 'dropped.json', {type: 'application/json'}));
         const over = new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true});
         arguments[0].dispatchEvent(over);
         const drop = new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true});
         arguments[0].dispatchEvent(drop);
         return [over.defaultPrevented, drop.defaultPrevented, window.__adeDropped.length];",
        vec![el(&area), json!(profile)],
    );
    assert_eq!(kept, json!([true, true, 1]), "the page keeps the file instead of opening it");
    server.release();
    d.wait_for_app();
    d.wait_until("the dropped file is analysed", |d| {
        d.find("#results .method-name").is_some_and(|e| d.text(&e) == "Setup Assistant (legacy)")
    });
    let tabs = d.exec("return [...document.querySelectorAll('.input-tab .tab-name')].map(b => b.textContent)", vec![]);
    assert_eq!(tabs, json!(["dropped.json"]), "the empty paste area gave way to the file");
    assert_eq!(d.exec("return window.__adeDropped", vec![]), Value::Null, "the app collects drops itself now");
    no_console_errors(&d);
}

#[test]
fn the_japanese_page_is_japanese_before_and_after_the_take_over() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    open_prerendered(&d, &server, "ja/");
    assert_eq!(lang_of(&d), json!("ja"));
    let text = d.body_text();
    assert!(
        text.contains("認証方法ごとの対応状況") && text.contains("先進認証を使用したセットアップ アシスタント"),
        "{text}"
    );
    assert!(!text.contains("Which method meets which requirement"));
    assert!(d.exec("return document.title", vec![]).as_str().is_some_and(|t| t.starts_with("ADE 認証アドバイザー")));
    d.screenshot(&shots().join("prerendered-ja.png"));
    server.release();
    d.wait_for_app();
    assert_eq!(lang_of(&d), json!("ja"));
    assert!(d.url().ends_with(&format!("{PREFIX}ja/")), "{}", d.url());
    let text = d.body_text();
    assert!(text.contains("認証方法ごとの対応状況"), "{text}");
    // The app is the Japanese one: its own texts and the analysis speak Japanese.
    d.exec(
        "const a = document.querySelector('#json-input'); a.value = arguments[0];\
         a.dispatchEvent(new InputEvent('input', {bubbles: true}))",
        vec![json!(std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples/modern.json")
        )
        .unwrap())],
    );
    d.wait_until("analysed in Japanese", |d| {
        d.find("#results .method-name").is_some_and(|e| d.text(&e) == "先進認証を使用したセットアップ アシスタント")
    });
    no_console_errors(&d);
}

#[test]
fn a_share_link_opens_on_its_languages_page_with_its_requirements_ticked() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    // A link to the root naming Japanese goes to ja/, keeping the fragment.
    d.goto(&format!("{}#r=mfa,wipe&lang=ja", server.base));
    d.wait_for_app();
    assert_eq!(d.url(), format!("{}ja/#r=wipe,mfa&lang=ja", server.base));
    assert_eq!(lang_of(&d), json!("ja"));
    for (id, ticked) in [("req-mfa", true), ("req-wipe", true), ("req-entra-registration", false)] {
        assert_eq!(d.prop(&d.wait_for(&format!("#{id}")), "checked"), json!(ticked), "{id}");
    }
    assert!(d.find("#rec-verdict").is_some_and(|e| d.text(&e).contains("推奨")));
    // And a link to ja/ naming English goes to the root.
    d.goto("about:blank");
    d.goto(&format!("{}ja/#r=lock-until-company-portal&lang=en", server.base));
    d.wait_for_app();
    assert_eq!(d.url(), format!("{}#r=lock-until-company-portal&lang=en", server.base));
    assert_eq!(lang_of(&d), json!("en"));
    assert_eq!(d.prop(&d.wait_for("#req-lock-until-company-portal"), "checked"), json!(true));
    assert!(d.find("#rec-verdict").is_some_and(|e| d.text(&e).contains("Recommended: Company Portal")));
    no_console_errors(&d);
}

#[test]
fn the_language_switch_moves_between_the_pages_keeping_the_fragment_and_the_input() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    d.goto(&format!("{}#r=mfa&lang=en", server.base));
    d.wait_for_app();
    let area = d.wait_for("#json-input");
    d.click(&area);
    d.send_keys(&area, "{\"displayName\": \"typed\"}");
    choose_language(&d, "ja");
    d.wait_until("Japanese", |d| lang_of(d) == json!("ja"));
    assert_eq!(d.url(), format!("{}ja/#r=mfa&lang=ja", server.base));
    assert_eq!(d.prop(&d.wait_for("#json-input"), "value"), json!("{\"displayName\": \"typed\"}"), "the input stays");
    assert_eq!(d.prop(&d.wait_for("#req-mfa"), "checked"), json!(true));
    // A reload starts from the Japanese page.
    reload_prerendered(&d, &server);
    assert_eq!(lang_of(&d), json!("ja"));
    server.release();
    d.wait_for_app();
    assert_eq!(d.prop(&d.wait_for("#req-mfa"), "checked"), json!(true));
    choose_language(&d, "en");
    d.wait_until("English", |d| lang_of(d) == json!("en"));
    assert_eq!(d.url(), format!("{}#r=mfa&lang=en", server.base));
    no_console_errors(&d);
}

/// Records, in every new document, whether it painted any content: a
/// `first-contentful-paint` entry noted in sessionStorage under the page's path.
const PAINT_PROBE: &str = "new PerformanceObserver(l => { for (const e of l.getEntries())
    if (e.name === 'first-contentful-paint') sessionStorage.setItem('painted ' + location.pathname, '1'); })
  .observe({type: 'paint', buffered: true});";

fn painted(d: &Driver, path: &str) -> bool {
    d.exec("return sessionStorage.getItem('painted ' + arguments[0])", vec![json!(path)]) == json!("1")
}

#[test]
fn a_first_visit_goes_to_the_preferred_language_before_anything_is_painted() {
    let server = Server::start(&dist(), PREFIX);
    // A browser that prefers Japanese, no language stored.
    let d = Driver::start_in("ja", "ja,en-US;q=0.8");
    d.cdp("Page.enable", json!({}));
    d.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": PAINT_PROBE }));
    d.goto(&server.base);
    d.wait_for_app();
    assert_eq!(d.url(), format!("{}ja/", server.base));
    assert_eq!(lang_of(&d), json!("ja"));
    d.wait_until("the Japanese page painted", |d| painted(d, &format!("{PREFIX}ja/")));
    assert!(!painted(&d, PREFIX), "the English page was never painted");
    // Once the visitor picks English, the root stays English.
    choose_language(&d, "en");
    d.wait_until("English", |d| lang_of(d) == json!("en"));
    d.goto(&server.base);
    d.wait_for_app();
    assert_eq!(d.url(), server.base);
    assert_eq!(lang_of(&d), json!("en"));
    drop(d);

    // An English browser with Japanese stored from an earlier visit.
    let d = Driver::start();
    d.cdp("Page.enable", json!({}));
    d.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": PAINT_PROBE }));
    d.goto(&server.base);
    d.wait_for_app();
    assert_eq!(d.url(), server.base, "English by default");
    d.exec("localStorage.setItem('ade-advisor.lang', 'ja'); sessionStorage.clear()", vec![]);
    d.goto(&server.base);
    d.wait_for_app();
    assert_eq!(d.url(), format!("{}ja/", server.base));
    d.wait_until("the Japanese page painted", |d| painted(d, &format!("{PREFIX}ja/")));
    assert!(!painted(&d, PREFIX), "the English page was never painted");
    // The Japanese page itself never sends a visitor away.
    d.exec("localStorage.setItem('ade-advisor.lang', 'en')", vec![]);
    d.goto(&format!("{}ja/", server.base));
    d.wait_for_app();
    assert_eq!(lang_of(&d), json!("ja"));
    no_console_errors(&d);
}

#[test]
fn a_stored_theme_applies_before_the_first_paint() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    super::open(&d, &server);
    d.exec("localStorage.setItem('ade-advisor.theme', 'dark')", vec![]);
    open_prerendered(&d, &server, "");
    assert_eq!(d.exec("return document.documentElement.dataset.theme", vec![]), json!("dark"));
    let background = d.exec("return getComputedStyle(document.body).backgroundColor", vec![]);
    server.release();
    d.wait_for_app();
    assert_eq!(d.exec("return document.documentElement.dataset.theme", vec![]), json!("dark"));
    assert_eq!(d.exec("return getComputedStyle(document.body).backgroundColor", vec![]), background);
    assert_eq!(d.prop(&d.wait_for("#theme-select"), "value"), json!("dark"));
    no_console_errors(&d);
}

#[test]
fn screenshots_of_the_prerendered_pages() {
    let server = Server::start(&dist(), PREFIX);
    let d = Driver::start();
    for (width, height) in [(1280, 900), (390, 844)] {
        d.set_window_size(width, height);
        for lang in Lang::ALL {
            // (Naming the language: the one stored by the last visit would send the root
            // to ja/.)
            open_prerendered(&d, &server, &format!("{}#lang={}", page_path(lang), lang.code()));
            assert_eq!(lang_of(&d), json!(lang.code()));
            d.screenshot(&shots().join(format!("prerendered-{}-{width}.png", lang.code())));
            d.screenshot_full(&shots().join(format!("prerendered-{}-{width}-full.png", lang.code())));
            server.release();
            d.wait_for_app();
            d.screenshot(&shots().join(format!("taken-over-{}-{width}.png", lang.code())));
            d.goto("about:blank");
        }
    }
}
