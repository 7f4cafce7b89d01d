//! Component tests in a real browser (wasm-bindgen-test-runner + headless Chromium).
//! Run: `cargo test --target wasm32-unknown-unknown --test wasm_ui` (part of `make test`).
#![cfg(target_arch = "wasm32")]

use ade_advisor::engine::i18n::Lang;
use ade_advisor::ui::state::{Action, State};
use ade_advisor::ui::table::ComparisonTable;
use std::rc::Rc;
use std::time::Duration;
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
    html! { <ComparisonTable lang={p.lang} /> }
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
