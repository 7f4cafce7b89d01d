//! End-to-end tests of "What users go through": the three methods' journeys side by side
//! under the decision table (following the ticked requirements, in both languages, at
//! 1280 and 390 px), and a pasted profile's journey in its card (its own screens, the hidden
//! ones, steps linked to the profile's fields and to the switch plan). Screenshots go to
//! screenshots/journey-*.png.

use super::shots;
use super::support::webdriver::Driver;
use super::ui::{click, load_sample, no_console_errors, paste, scroll_to, set_select, setup, text_of, wait_text};
use serde_json::json;

const MODERN: &str = include_str!("../fixtures/journey/modern.json");
const HIDE_ALL: &str = include_str!("../fixtures/journey/hide-all.json");

fn steps(d: &Driver, journey: &str) -> Vec<String> {
    d.exec(
        "return [...document.querySelectorAll(arguments[0] + ' li[data-step]')].map(li => li.dataset.step)",
        vec![json!(journey)],
    )
    .as_array()
    .cloned()
    .unwrap_or_default()
    .iter()
    .filter_map(|v| v.as_str().map(str::to_string))
    .collect()
}

/// Opens a `<details>` (whatever state the page kept it in).
fn open_details(d: &Driver, css: &str) {
    d.wait_for(css);
    d.exec("document.querySelector(arguments[0]).open = true", vec![json!(css)]);
}

fn no_sideways_scroll(d: &Driver) {
    d.wait_until("reflowed", |d| d.exec("return window.innerWidth", vec![]).as_f64().unwrap_or(0.0) <= 400.0);
    let overflow = d.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]);
    let wide = d.exec(
        "return [...document.querySelectorAll('#journeys *, .journey-card *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className)",
        vec![],
    );
    assert!(overflow.as_i64().unwrap_or(1) <= 0, "the page scrolls sideways at 390 px: {overflow} {wide}");
}

#[test]
fn journey_side_by_side_follows_the_ticked_requirements() {
    let (_s, d) = setup();
    d.set_window_size(1280, 1400);
    let ids =
        d.exec("return [...document.querySelectorAll('#journeys [data-journey]')].map(j => j.dataset.journey)", vec![]);
    assert_eq!(ids, json!(["setup-assistant-legacy", "company-portal", "setup-assistant-modern"]));
    let modern = "#journeys [data-journey='setup-assistant-modern']";
    let got = steps(&d, modern);
    for id in ["power-on", "wifi", "remote-management", "sign-in", "enrolled", "home-screen", "company-portal-sign-in"]
    {
        assert!(got.iter().any(|s| s == id), "modern has {id}: {got:?}");
    }
    assert_eq!(d.find_all(&format!("{modern} ol.timeline > li")).len(), got.len(), "one ordered list item per step");
    assert!(d.find(&format!("{modern} li[data-step='sign-in'][data-mfa]")).is_none(), "no MFA before it is ticked");
    assert!(text_of(&d, &format!("{modern} .journey-summary")).contains("Sign-ins: 2"));

    // Tick MFA: the modern sign-in shows the prompt and its caveat; lock: Company Portal locks.
    click(&d, "#req-mfa");
    d.wait_for(&format!("{modern} li[data-step='sign-in'][data-mfa='true']"));
    wait_text(&d, &format!("{modern} li[data-step='sign-in'] .step-note"), "Temporary Access Pass");
    assert!(text_of(&d, &format!("{modern} .journey-summary")).contains("MFA prompts: 1"));
    click(&d, "#req-lock-until-company-portal");
    d.wait_for("#journeys [data-journey='company-portal'] li[data-step='company-portal-lock']");
    // Keyboard: the sources are real links that take the focus.
    let link = d.find("#journeys .journey-sources a").expect("a source link");
    assert!(d.attr(&link, "href").is_some_and(|h| h.starts_with("https://")));
    scroll_to(&d, "#journeys");
    d.screenshot(&shots().join("journey-methods-1280-en.png"));

    set_select(&d, "#lang-select", "ja");
    wait_text(&d, "#journeys-heading", "認証方法ごとにユーザーが通る流れ");
    wait_text(&d, &format!("{modern} li[data-step='sign-in'] .step-note"), "一時アクセス パス");
    scroll_to(&d, "#journeys");
    d.screenshot(&shots().join("journey-methods-1280-ja.png"));

    d.set_window_size(390, 844);
    no_sideways_scroll(&d);
    scroll_to(&d, "#journeys");
    d.screenshot(&shots().join("journey-methods-390-ja.png"));
    set_select(&d, "#lang-select", "en");
    wait_text(&d, "#journeys-heading", "What users go through");
    scroll_to(&d, "#journeys");
    d.screenshot(&shots().join("journey-methods-390-en.png"));
    no_console_errors(&d);
}

#[test]
fn journey_of_a_pasted_profile_links_its_steps_to_the_fields() {
    let (_s, d) = setup();
    d.set_window_size(1280, 1400);
    d.exec("document.documentElement.style.scrollBehavior='auto'", vec![]);
    paste(&d, MODERN);
    let card = "#results .object-card[data-index='0']";
    let journey = format!("{card} [data-journey='setup-assistant-modern']");
    d.wait_for(&format!("{card} details.journey-card"));
    click(&d, &format!("{card} details.journey-card > summary"));
    assert_eq!(
        d.exec(&format!("return document.querySelector(\"{card} details.journey-card\").open"), vec![]),
        json!(true),
        "the summary opens it"
    );
    let got = steps(&d, &journey);
    let screens: Vec<&String> = got.iter().filter(|s| s.starts_with("screen-")).collect();
    assert_eq!(
        screens,
        ["screen-termsofaddress", "screen-appleid", "screen-tos", "screen-simsetup", "screen-devicefeaturestour"]
    );
    assert!(text_of(&d, &format!("{journey} .journey-hidden")).contains("Not shown (33)"), "hidden screens are listed");
    // The Apple ID step points at its field: clicking selects it in the paste area.
    click(&d, &format!("{journey} li[data-step='screen-appleid'] button.journey-field"));
    d.wait_until("the field is selected", |d| {
        d.exec(
            "const t = document.getElementById('json-input'); return t.value.substring(t.selectionStart, t.selectionEnd)",
            vec![],
        )
        .as_str()
        .unwrap_or_default()
        .contains("appleIdDisabled")
    });
    scroll_to(&d, &format!("{card} details.journey-card"));
    d.screenshot(&shots().join("journey-profile-1280-en.png"));

    // A skip key the product does not know is listed by its name.
    paste(&d, HIDE_ALL);
    d.wait_until("the new profile is analysed", |d| text_of(d, &format!("{card} h3")).contains("every screen hidden"));
    open_details(&d, &format!("{card} details.journey-card"));
    open_details(&d, &format!("{journey} details.journey-hidden"));
    wait_text(
        &d,
        &format!("{journey} li[data-hidden='screen-futurescreen2027']"),
        "FutureScreen2027 — hidden (unknown screen)",
    );

    // A profile that should switch: the method's steps link to its plan.
    load_sample(&d, "company-portal");
    d.wait_until("analysed", |d| text_of(d, "#results .method-name") == "Company Portal");
    open_details(&d, &format!("{card} details.journey-card"));
    let switch = d.wait_for(&format!(
        "{card} [data-journey='company-portal'] li[data-step='company-portal-sign-in'] a.journey-switch"
    ));
    let href = d.attr(&switch, "href").unwrap_or_default();
    assert!(href.ends_with("#plan-0-heading"), "{href}");
    assert!(d.find("#plan-0-heading").is_some(), "the plan it links to is on the page");
    set_select(&d, "#lang-select", "ja");
    wait_text(&d, &format!("{card} details.journey-card > summary"), "ユーザーに表示される内容");
    scroll_to(&d, &format!("{card} details.journey-card"));
    d.screenshot(&shots().join("journey-profile-1280-ja.png"));
    d.set_window_size(390, 844);
    no_sideways_scroll(&d);
    scroll_to(&d, &format!("{card} details.journey-card"));
    d.screenshot(&shots().join("journey-profile-390-ja.png"));
    let e = d.wait_for(&format!("{card} details.journey-card"));
    assert_eq!(d.prop(&e, "open"), json!(true));
    no_console_errors(&d);
}
