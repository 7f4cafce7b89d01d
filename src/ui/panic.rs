//! What the page does when the Rust code panics: instead of a dead page, a fixed error
//! box in the page's language with the panic message and location, a "Copy details"
//! button and a "Reload" button. The rest of the page is left as it is, so whatever the
//! user pasted stays in the input box and can still be selected and copied.
//!
//! The release build aborts on panic (`panic = "abort"`): the hook runs first, then the
//! WebAssembly instance traps. The box is built with plain DOM calls (`set_text_content`,
//! never HTML) and must not panic itself. The buttons' handlers are small closures that
//! only call browser APIs; they keep working after the trap (tests/e2e_security.rs).
//!
//! For that end-to-end test, `window.wasmBindings.__ade_test_panic()` panics on purpose.
//! Nothing in the page calls it: only a script run in the page (a test, or someone typing
//! it in the developer console) can reach it, and all it does is show this box.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The id of the error box.
pub const BOX_ID: &str = "ade-panic";

/// Installs the panic hook. Called first thing in [`crate::ui::start`]. Through Yew's
/// `set_custom_panic_hook`: the renderer would otherwise replace any hook set with
/// `std::panic::set_hook` by its console-only default.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let details = format!(
            "ADE Auth Advisor {}\n{}\n{}",
            env!("CARGO_PKG_VERSION"),
            info,
            web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
        );
        web_sys::console::error_1(&JsValue::from_str(&details));
        show(&details);
    }));
}

/// Panics on purpose (see the module documentation).
#[wasm_bindgen(js_name = __ade_test_panic)]
pub fn test_panic() {
    panic!("deliberate panic requested through window.wasmBindings.__ade_test_panic()");
}

struct Texts {
    title: &'static str,
    body: &'static str,
    copy: &'static str,
    copied: &'static str,
    copy_by_hand: &'static str,
    reload: &'static str,
}

const EN: Texts = Texts {
    title: "Something went wrong",
    body: "The page hit an internal error and stopped working. What you pasted is still in the input box and was not sent anywhere. Please copy the details below into a bug report. Reloading the page clears the input, so copy your text first if you need it.",
    copy: "Copy details",
    copied: "Copied",
    copy_by_hand: "Selected: press Ctrl+C (⌘C) to copy",
    reload: "Reload",
};

const JA: Texts = Texts {
    title: "問題が発生しました",
    body: "内部エラーのため、ページが動作を停止しました。貼り付けた内容は入力欄に残っており、どこにも送信されていません。下の詳細をコピーして不具合報告に添えてください。ページを再読み込みすると入力内容は消えるため、必要であれば先にコピーしてください。",
    copy: "詳細をコピー",
    copied: "コピーしました",
    copy_by_hand: "選択しました。Ctrl+C (⌘C) でコピーしてください",
    reload: "再読み込み",
};

fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Some(e)
}

/// Shows the error box (once: a second panic leaves the first box as it is).
fn show(details: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id(BOX_ID).is_some() {
        return;
    }
    let ja = doc.document_element().and_then(|e| e.get_attribute("lang")).is_some_and(|l| l.starts_with("ja"));
    let t = if ja { &JA } else { &EN };
    let _ = build(&doc, t, details);
}

fn build(doc: &Document, t: &'static Texts, details: &str) -> Option<()> {
    let root = el(doc, "div", "panic-box", "")?;
    root.set_id(BOX_ID);
    root.set_attribute("role", "alertdialog").ok()?;
    root.set_attribute("aria-labelledby", "ade-panic-title").ok()?;
    root.set_attribute("aria-describedby", "ade-panic-body").ok()?;
    let title = el(doc, "h2", "panic-title", t.title)?;
    title.set_id("ade-panic-title");
    let body = el(doc, "p", "panic-body", t.body)?;
    body.set_id("ade-panic-body");
    let pre = el(doc, "pre", "panic-details", details)?;
    let actions = el(doc, "div", "panic-actions", "")?;
    let copy = el(doc, "button", "panic-copy", t.copy)?;
    copy.set_attribute("type", "button").ok()?;
    let reload = el(doc, "button", "panic-reload", t.reload)?;
    reload.set_attribute("type", "button").ok()?;

    let on_copy = {
        let details = details.to_string();
        let button = copy.clone();
        let pre = pre.clone();
        Closure::<dyn FnMut()>::new(move || copy_details(&details, &button, &pre, t))
    };
    copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref()).ok()?;
    on_copy.forget();
    let on_reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref()).ok()?;
    on_reload.forget();

    for child in [&title, &body, &pre, &actions] {
        root.append_child(child).ok()?;
    }
    actions.append_child(&copy).ok()?;
    actions.append_child(&reload).ok()?;
    doc.body()?.append_child(&root).ok()?;
    if let Some(b) = copy.dyn_ref::<web_sys::HtmlElement>() {
        let _ = b.focus();
    }
    Some(())
}

/// Copies through the asynchronous clipboard API; where it is missing or refused,
/// selects the details so the user can copy them by hand.
fn copy_details(details: &str, button: &Element, pre: &Element, t: &'static Texts) {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        select_by_hand(button, pre, t);
        return;
    }
    let done = {
        let button = button.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| button.set_text_content(Some(t.copied)))
    };
    let failed = {
        let (button, pre) = (button.clone(), pre.clone());
        Closure::<dyn FnMut(JsValue)>::new(move |_| select_by_hand(&button, &pre, t))
    };
    let _ = navigator.clipboard().write_text(details).then2(&done, &failed);
    done.forget();
    failed.forget();
}

fn select_by_hand(button: &Element, pre: &Element, t: &'static Texts) {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.select_all_children(pre);
    }
    button.set_text_content(Some(t.copy_by_hand));
}
