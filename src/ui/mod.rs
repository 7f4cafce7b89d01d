//! The web app (wasm32 only). State + Action + reducer in [`state`]; thin components
//! that render engine output; [`browser`] is the only place that talks to browser APIs
//! beyond rendering.

pub mod browser;
pub mod panic;
pub mod state;
pub mod table;

use crate::engine::i18n::Lang;
use crate::strings::S;
use state::{Action, State};
use yew::prelude::*;

/// Mounts the app on `<body>`.
pub fn start() {
    panic::install();
    yew::Renderer::<App>::new().render();
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(browser::initial_lang()));
    let lang = state.lang;

    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            browser::apply_lang(*lang);
        });
    }

    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = browser::select_value(&e).as_deref().and_then(Lang::parse) {
                state.dispatch(Action::SetLang(l));
            }
        })
    };

    html! {
        <>
        <header class="app-header">
            <div class="title">
                <h1>{ S::AppTitle.get(lang) }</h1>
                <p class="tagline">{ S::Tagline.get(lang) }</p>
            </div>
            <div class="controls">
                <label for="lang-select">{ S::LanguageLabel.get(lang) }</label>
                <select id="lang-select" onchange={on_lang}>
                    <option value="en" selected={lang == Lang::En}>{ "English" }</option>
                    <option value="ja" selected={lang == Lang::Ja}>{ "日本語" }</option>
                </select>
            </div>
        </header>
        <p class="privacy" id="privacy">{ S::Privacy.get(lang) }</p>
        <main>
            <table::ComparisonTable lang={lang} />
        </main>
        <footer><p>{ S::Footer.get(lang) }</p></footer>
        </>
    }
}
