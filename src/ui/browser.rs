//! The few browser APIs the app uses besides rendering: preferences in localStorage,
//! the browser's languages, and the document's `lang` attribute. Failures (storage
//! disabled, private mode) degrade to defaults; nothing here panics.

use crate::engine::i18n::Lang;
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "ade-advisor.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered language, else the browser's preferred languages, else English.
pub fn initial_lang() -> Lang {
    if let Some(l) = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten()).and_then(|v| Lang::parse(&v)) {
        return l;
    }
    let langs: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()
        })
        .unwrap_or_default();
    Lang::from_preferences(langs.iter().map(String::as_str))
}

/// Remembers the language and sets `<html lang>` and the title.
pub fn apply_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(crate::strings::S::AppTitle.get(lang));
    }
}

/// The value of the `<select>` that fired an event.
pub fn select_value(e: &web_sys::Event) -> Option<String> {
    let target = e.target()?;
    let select = target.dyn_into::<web_sys::HtmlSelectElement>().ok()?;
    Some(select.value())
}
