//! Component tests in a real browser (wasm-bindgen-test-runner + headless Chromium).
//! Run: `cargo test --target wasm32-unknown-unknown --test wasm_ui` (part of `make test`).
#![cfg(target_arch = "wasm32")]

use ade_advisor::engine::i18n::Lang;
use ade_advisor::ui::state::{Action, State};
use ade_advisor::ui::table::{ComparisonTable, TableProps};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

#[derive(Properties, PartialEq)]
struct Wrap {
    lang: Lang,
}

#[function_component(TableIn)]
fn table_in(p: &Wrap) -> Html {
    let lang = p.lang;
    let state = use_reducer(move || State::new(lang));
    html! { <ComparisonTable ..TableProps::from_state(&state, Vec::new()) /> }
}

#[wasm_bindgen_test]
async fn comparison_table_component_renders_ten_rows_in_japanese() {
    let root = mount_point();
    yew::Renderer::<TableIn>::with_root_and_props(root.clone(), Wrap { lang: Lang::Ja }).render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let rows = root.query_selector_all("tbody.article-rows tr").unwrap();
    assert_eq!(rows.length(), 10);
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("ポータル サイト"), "{text}");
    assert!(text.contains("いいえ"));
    assert!(!text.contains("Company Portal"), "no English method names in Japanese mode");
}

#[wasm_bindgen_test]
fn reducer_changes_language_and_keeps_identity_when_unchanged() {
    let s = Rc::new(State::new(Lang::En));
    let same = s.clone().reduce(Action::SetLang(Lang::En));
    assert!(Rc::ptr_eq(&s, &same));
    let ja = s.reduce(Action::SetLang(Lang::Ja));
    assert_eq!(ja.lang, Lang::Ja);
}

// ---- Reducer and components of the analyser ----

use ade_advisor::engine::table::Requirement;
use ade_advisor::ui::results::Results;

#[derive(Properties, PartialEq)]
struct SampleProps {
    sample: &'static str,
    lang: Lang,
}

#[function_component(Harness)]
fn harness(p: &SampleProps) -> Html {
    let (sample, lang) = (p.sample, p.lang);
    let state = use_reducer(move || {
        let s = Rc::new(State::new(lang)).reduce(Action::LoadSample(sample));
        (*s.reduce(Action::ToggleRequirement(Requirement::Mfa))).clone()
    });
    html! { <><ComparisonTable ..TableProps::from_state(&state, Vec::new()) /><Results state={state} /></> }
}

#[wasm_bindgen_test]
async fn results_and_requirements_render_engine_output_in_japanese() {
    let root = mount_point();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), SampleProps { sample: "legacy", lang: Lang::Ja })
        .render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    // One checkbox per requirement row; the obsolete iOS 13 requirement only while ticked.
    assert_eq!(
        root.query_selector_all("table.comparison tr[data-requirement] input[type=checkbox]").unwrap().length(),
        11
    );
    // MFA is ticked: legacy's column does not fit and marks the MFA row.
    let legacy = root.query_selector("th[data-method='setup-assistant-legacy']").unwrap().unwrap();
    assert_eq!(legacy.get_attribute("data-fits").as_deref(), Some("false"));
    assert!(root
        .query_selector("tr[data-requirement='mfa'] td[data-method='setup-assistant-legacy'][data-fails]")
        .unwrap()
        .is_some());
    let checked = root.query_selector("#req-mfa").unwrap().unwrap().dyn_into::<web_sys::HtmlInputElement>().unwrap();
    assert!(checked.checked());
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("セットアップ アシスタント (レガシ)"), "{text}");
    assert!(text.contains("判定結果"));
    assert!(root.query_selector(".finding[data-rule='legacy-setup-assistant']").unwrap().is_some());
    assert!(root.query_selector(".finding[data-rule='requirement-not-met']").unwrap().is_some());
}

#[wasm_bindgen_test]
fn pasted_text_reaches_wasm_as_the_same_string() {
    use ade_advisor::ui::browser::js_to_string;
    use js_sys::JsString;
    let cases = [
        String::new(),
        "{\"displayName\": \"iPad\"}".to_string(),
        // Mostly three-byte characters: the buffer has to grow.
        "店舗".repeat(5000),
        // Two-byte and four-byte characters, and text after them.
        format!("{}é😀x", "a".repeat(100)),
        "😀".repeat(3000),
    ];
    for s in &cases {
        assert_eq!(&js_to_string(&JsString::from(s.as_str())), s, "{} bytes", s.len());
    }
    // A lone surrogate (possible in a JavaScript string, not in UTF-8) becomes U+FFFD.
    let lone = JsString::from_char_code(&[0x61, 0xd800, 0x62]);
    assert_eq!(js_to_string(&lone), "a\u{fffd}b");
}

// ---- The update notice of the offline web app (docs/offline.md) ----

#[derive(Properties, PartialEq)]
struct UpdateProps {
    ready: bool,
    lang: Lang,
}

#[function_component(UpdateHarness)]
fn update_harness(p: &UpdateProps) -> Html {
    let mut s = Rc::new(State::new(p.lang));
    if p.ready {
        s = s.reduce(Action::UpdateReady);
    }
    ade_advisor::ui::update::update_view(&s)
}

#[wasm_bindgen_test]
fn the_update_notice_is_set_once_by_the_reducer() {
    let s = Rc::new(State::new(Lang::En));
    assert!(!s.update_ready);
    let ready = s.reduce(Action::UpdateReady);
    assert!(ready.update_ready);
    let again = ready.clone().reduce(Action::UpdateReady);
    assert!(Rc::ptr_eq(&ready, &again), "a second report changes nothing");
}

#[wasm_bindgen_test]
async fn the_update_notice_shows_only_when_ready_in_both_languages() {
    for (lang, text, button) in [
        (Lang::En, "A new version of this page is ready.", "Reload"),
        (Lang::Ja, "このページの新しいバージョンを使用できます。", "再読み込み"),
    ] {
        let root = mount_point();
        yew::Renderer::<UpdateHarness>::with_root_and_props(root.clone(), UpdateProps { ready: true, lang }).render();
        yew::platform::time::sleep(Duration::from_millis(50)).await;
        let notice = root.query_selector("#update-notice").unwrap().expect("the notice");
        assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
        assert_eq!(root.query_selector("#update-notice span").unwrap().unwrap().text_content().as_deref(), Some(text));
        assert_eq!(root.query_selector("#update-reload").unwrap().unwrap().text_content().as_deref(), Some(button));
    }
    let root = mount_point();
    yew::Renderer::<UpdateHarness>::with_root_and_props(root.clone(), UpdateProps { ready: false, lang: Lang::En })
        .render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert!(root.query_selector("#update-notice").unwrap().is_none());
}
