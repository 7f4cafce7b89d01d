//! End-to-end tests of findings that read at a glance (issue 27): the article's case fits
//! in two screens with its summary line, the input stays in view beside the verdict on a
//! laptop, a finding's location highlights its line, breadcrumbs wrap on a phone without
//! overflowing, and their copy button copies the path as text (EN and JA). Screenshots of
//! the cards go to screenshots/ (git-ignored).

use super::support::server::Server;
use super::support::webdriver::{Driver, Element};
use super::{console_errors, dist, open, shots};
use serde_json::{json, Value};

fn el(e: &Element) -> Value {
    json!({ "element-6066-11e4-a52e-4f735466cecf": e.0 })
}

fn setup(width: u32, height: u32) -> (Server, Driver) {
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    d.set_window_size(width, height);
    open(&d, &server);
    d.exec("document.documentElement.style.scrollBehavior='auto'", vec![]);
    (server, d)
}

fn set_select(d: &Driver, css: &str, value: &str) {
    let e = d.wait_for(css);
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![el(&e), json!(value)],
    );
}

/// The article's case: a Company Portal profile with single-app mode (www/samples).
fn load_articles_case(d: &Driver) {
    set_select(d, "#sample-select", "company-portal");
    d.wait_until("the article's case is analysed", |d| {
        d.find_all("#results .finding .finding-title").len() >= 2 && d.find("#profile-summary li").is_some()
    });
}

fn num(v: impl std::borrow::Borrow<Value>) -> f64 {
    v.borrow().as_f64().unwrap_or(f64::NAN)
}

/// Whether the element's box meets the viewport.
fn in_view(d: &Driver, css: &str) -> bool {
    d.exec(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); \
         return r.bottom > 0 && r.top < window.innerHeight && r.height > 0",
        vec![json!(css)],
    ) == json!(true)
}

fn no_console_errors(d: &Driver) {
    let errors = console_errors(d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// 1280×800: a one-line summary per profile, every finding's title within the first two
/// screens of the verdict, the input in view while the verdict scrolls, and a location
/// click that selects the key in the input without moving the verdict away.
#[test]
fn the_articles_case_reads_at_a_glance_on_a_laptop() {
    let (_s, d) = setup(1280, 800);
    load_articles_case(&d);
    // The summary line: method, and the errors and warnings of the profile.
    let line = d.text(&d.find("#profile-summary li").unwrap());
    assert!(line.contains("Company Portal") && line.contains("0 error(s), 2 warning(s)"), "{line}");
    assert_eq!(d.find_all("#profile-summary li").len(), 1);
    // Every title within two screens of the verdict's top.
    let h = num(d.exec("return window.innerHeight", vec![]));
    let offsets = d.exec(
        "const top = document.querySelector('#results').getBoundingClientRect().top; \
         return [...document.querySelectorAll('#results .finding-title')].map(t => t.getBoundingClientRect().top - top)",
        vec![],
    );
    let offsets: Vec<f64> = offsets.as_array().unwrap().iter().map(|v| num(v.clone())).collect();
    assert_eq!(offsets.len(), 2, "{offsets:?}");
    assert!(offsets.iter().all(|o| *o < 2.0 * h), "titles at {offsets:?}, two screens are {}", 2.0 * h);
    // The first step and its breadcrumb are visible without opening anything.
    let first = d.find("#results .finding .fix-steps > li .breadcrumb").expect("a breadcrumb under the first step");
    assert!(num(d.exec("return arguments[0].getBoundingClientRect().height", vec![el(&first)])) > 0.0);
    d.exec("window.scrollTo(0, 0)", vec![]);
    d.screenshot(&shots().join("glance-1280-en.png"));

    // Scroll the verdict: the input stays in view beside it.
    let last = d.find_all("#results .finding").pop().unwrap();
    d.exec("arguments[0].scrollIntoView({block:'start'})", vec![el(&last)]);
    d.wait_until("the page scrolled", |d| num(d.exec("return window.scrollY", vec![])) > 200.0);
    assert!(in_view(&d, "#json-input"), "the input left the screen while the verdict scrolled");
    assert_eq!(d.exec("return getComputedStyle(document.querySelector('#input')).position", vec![]), json!("sticky"));

    // A location click selects the key in the input; the finding stays on screen.
    let loc = "#results .finding[data-rule='single-app-mode-mfa'] .show-in-input";
    let button = d.wait_for(loc);
    d.exec("arguments[0].scrollIntoView({block:'center'})", vec![el(&button)]);
    let before = num(d.exec("return window.scrollY", vec![]));
    d.click(&button);
    d.wait_until("the key is selected", |d| {
        d.exec(
            "const t = document.getElementById('json-input'); \
             return document.activeElement === t ? t.value.substring(t.selectionStart, t.selectionEnd) : ''",
            vec![],
        )
        .as_str()
        .unwrap_or_default()
        .contains("enableSingleAppEnrollmentMode")
    });
    assert!(in_view(&d, "#json-input"));
    assert!(in_view(&d, loc), "the clicked finding left the screen");
    // The line is scrolled into the textarea's view.
    let line_visible = d.exec(
        "const t = document.getElementById('json-input'); \
         const line = t.value.substring(0, t.selectionStart).split('\\n').length - 1; \
         const y = line * 20 - t.scrollTop; return y >= 0 && y < t.clientHeight",
        vec![],
    );
    assert_eq!(line_visible, json!(true));
    assert!((num(d.exec("return window.scrollY", vec![])) - before).abs() < 1.0, "the page jumped");
    d.screenshot(&shots().join("glance-1280-highlight.png"));

    // The README's pictures: the verdict's cards beside the input, its line highlighted.
    let readme = |d: &Driver, file: &str| {
        d.exec(
            "window.scrollTo(0, document.querySelector('#results').getBoundingClientRect().top + window.scrollY + 150)",
            vec![],
        );
        let first = d.find("#results .finding .show-in-input").unwrap();
        d.click(&first);
        d.wait_until("the key is selected", |d| {
            d.exec("return document.getElementById('json-input').selectionEnd > 0", vec![]) == json!(true)
        });
        d.screenshot(&shots().join(file));
    };
    readme(&d, "readme-en.png");

    // Japanese: the same cards.
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese cards", |d| d.find("#profile-summary li").is_some_and(|l| d.text(&l).contains("警告 2 件")));
    d.exec("window.scrollTo(0, 0)", vec![]);
    d.screenshot(&shots().join("glance-1280-ja.png"));
    readme(&d, "readme-ja.png");
    no_console_errors(&d);
}

/// 390 px: breadcrumbs wrap inside their card (nothing overflows, the page never scrolls
/// sideways), placeholders are set apart, and the copy button copies the path as text.
#[test]
fn breadcrumbs_wrap_on_a_phone_and_copy_the_path() {
    let (_s, d) = setup(390, 844);
    load_articles_case(&d);
    // Open everything, the alternative paths and the other steps included.
    d.exec("document.querySelectorAll('#results details').forEach(x => x.open = true)", vec![]);
    let crumbs = d.find_all("#results nav.breadcrumb");
    assert!(crumbs.len() >= 3, "{}", crumbs.len());
    let overflow = d.exec(
        "return [...document.querySelectorAll('#results nav.breadcrumb')].filter(n => \
           n.scrollWidth > n.clientWidth + 1 || n.getBoundingClientRect().right > window.innerWidth).length",
        vec![],
    );
    assert_eq!(overflow, json!(0), "breadcrumbs overflow at 390 px");
    let page = d.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]);
    assert!(num(&page) <= 0.0, "the page scrolls sideways by {page}px");
    // A breadcrumb is a nav with an ordered list; separators come from the stylesheet.
    let sep = d.exec(
        "return getComputedStyle(document.querySelector('#results nav.breadcrumb li + li'), '::before').content",
        vec![],
    );
    assert_eq!(sep, json!("\"›\""));
    assert!(d.find("#results nav.breadcrumb > ol > li").is_some());
    // Placeholders are set apart.
    let ph = d.find("#results nav.breadcrumb li.ph").expect("a placeholder");
    assert_eq!(d.text(&ph), "your token");
    assert_eq!(d.exec("return getComputedStyle(arguments[0]).fontStyle", vec![el(&ph)]), json!("italic"));
    d.exec("window.scrollTo(0, document.querySelector('#results .finding').getBoundingClientRect().top + window.scrollY - 8)", vec![]);
    d.screenshot(&shots().join("glance-390-en.png"));

    // Copy: the path as text, placeholders in parentheses.
    d.exec(
        "window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); }",
        vec![],
    );
    let copy = d.find("#results .finding .copy-path").unwrap();
    d.exec("arguments[0].scrollIntoView({block:'center'})", vec![el(&copy)]);
    d.click(&copy);
    d.wait_until("copied", |d| d.exec("return window.__copied", vec![]).is_string());
    let copied = d.exec("return window.__copied", vec![]);
    let copied = copied.as_str().unwrap();
    assert!(
        copied.starts_with("Intune admin center › Devices › Device onboarding › Enrollment › Apple mobile"),
        "{copied}"
    );
    assert!(copied.contains("› (your token) › Profiles › (your profile) › Properties › Edit"), "{copied}");
    d.wait_until("the notice says so", |d| d.find("#notice").is_some_and(|n| d.text(&n).contains("Copied")));

    // Japanese.
    set_select(&d, "#lang-select", "ja");
    d.wait_until("Japanese placeholders", |d| {
        d.find("#results nav.breadcrumb li.ph").is_some_and(|p| d.text(&p) == "該当のトークン")
    });
    d.exec("document.querySelectorAll('#results details').forEach(x => x.open = true)", vec![]);
    let overflow = d.exec(
        "return [...document.querySelectorAll('#results nav.breadcrumb')].filter(n => n.scrollWidth > n.clientWidth + 1).length",
        vec![],
    );
    assert_eq!(overflow, json!(0), "Japanese breadcrumbs overflow at 390 px");
    let copy = d.find("#results .finding .copy-path").unwrap();
    d.exec("window.__copied = null; arguments[0].scrollIntoView({block:'center'})", vec![el(&copy)]);
    d.click(&copy);
    d.wait_until("copied", |d| d.exec("return window.__copied", vec![]).is_string());
    let copied = d.exec("return window.__copied", vec![]);
    assert!(copied.as_str().unwrap().starts_with("Intune 管理センター › デバイス"), "{copied}");
    d.exec("window.scrollTo(0, document.querySelector('#results .finding').getBoundingClientRect().top + window.scrollY - 8)", vec![]);
    d.screenshot(&shots().join("glance-390-ja.png"));
    no_console_errors(&d);
}

/// Broken JSON says where in words on the page: "line 5, column 3" (「5 行 3 列」).
#[test]
fn json_errors_read_line_and_column_in_words() {
    let (_s, d) = setup(1280, 800);
    set_select(&d, "#sample-select", "broken");
    d.wait_until("the error", |d| {
        d.find("#parse-errors .error-pos").is_some_and(|e| d.text(&e) == "broken.json, line 5, column 3")
    });
    assert!(d.find("#input .inline-error").is_some_and(|e| d.text(&e).contains("line 5, column 3")));
    set_select(&d, "#lang-select", "ja");
    d.wait_until("the error in Japanese", |d| {
        d.find("#parse-errors .error-pos").is_some_and(|e| d.text(&e) == "broken.json、5 行 3 列")
    });
    assert!(d.find("#input .inline-error").is_some_and(|e| d.text(&e).contains("5 行 3 列")));
    no_console_errors(&d);
}
