//! The web app. State + Action + reducer in [`state`]; thin components (one file each)
//! that render engine output; [`browser`] is the only place that talks to browser APIs
//! beyond rendering. No raw HTML anywhere: every string is rendered as text.
//!
//! Compiled for `wasm32` (the page) and, with the `prerender` feature, natively: the build
//! step [`prerender`] renders the same components into the HTML of the built pages, with
//! the controls that need the app disabled until [`start`] takes the page over.

#[cfg(target_arch = "wasm32")]
pub mod bench;
pub mod browser;
pub mod checklist;
pub mod compare;
pub mod explainer;
pub mod export;
pub mod finding;
pub mod help;
pub mod input;
pub mod journey;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod recommendation;
pub mod results;
pub mod rules_ref;
pub mod state;
pub mod steps;
pub mod switch_plan;
pub mod table;
pub mod update;

use crate::engine::i18n::{Lang, Link};
use crate::engine::table::Method;
use crate::share::{decode_fragment, encode_fragment, Theme, DEBOUNCE_MS};
use crate::strings::S;
use state::{Action, Notice, State};
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// Takes over the page: reads what the visitor typed into the prerendered paste area (and
/// where the caret was), then mounts the app on `<body>`, which replaces the prerendered
/// view in the same tick. The page's language is the one it was built in (`ja/` Japanese,
/// `/` English) unless the share link names another.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    let page = browser::page_lang();
    browser::set_site_root(page);
    let typed = browser::prerendered_input(input::TEXTAREA_ID);
    let frag = decode_fragment(&browser::fragment());
    let start = State::new(frag.lang.unwrap_or(page))
        .with_requirements(frag.requirements.unwrap_or_default())
        .with_theme(browser::initial_theme())
        .with_text(typed.text);
    yew::Renderer::<App>::with_props(AppProps { start: Rc::new(start), prerendered: false, caret: typed.caret })
        .render();
}

/// How the app starts.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state of the first render: language, the share link's requirements, theme, and
    /// the text typed into the prerendered page (or any state, for the build's tests).
    pub start: Rc<State>,
    /// Rendering the page's HTML at build time: the root carries `data-prerendered` and the
    /// controls that need the app are disabled (the paste area is not).
    #[prop_or_default]
    pub prerendered: bool,
    /// The prerendered paste area's selection and focus, restored after the take-over.
    #[prop_or_default]
    pub caret: Option<browser::Caret>,
}

/// A source link: a real link only for `https://` URLs; anything else (a title cited
/// without URL) is plain text.
pub fn link_view(link: &Link, lang: Lang) -> Html {
    if link.url.starts_with("https://") {
        html! { <a href={link.url} target="_blank" rel="noopener noreferrer">{ link.title.get(lang) }</a> }
    } else {
        html! { <cite>{ link.title.get(lang) }</cite> }
    }
}

/// Both absent, or the same shared value (props that hold the engine's results compare them
/// by identity: a deep comparison would cost code and time for no change).
pub(crate) fn same_rc<T>(a: &Option<std::rc::Rc<T>>, b: &Option<std::rc::Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn notice_text(n: Notice) -> S {
    match n {
        Notice::Copied => S::Copied,
        Notice::CopyFailed => S::CopyFailed,
        Notice::LinkCopied => S::ShareCopied,
        Notice::Downloaded => S::Downloaded,
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let start = props.start.clone();
        use_reducer(move || (*start).clone())
    };
    let lang = state.lang;
    let prerendered = props.prerendered;
    let dragging = use_state(|| false);

    // Language: <html lang>, title, remembered.
    use_effect_with(lang, |lang| browser::apply_lang(*lang));
    // Theme override: <html data-theme>, remembered.
    use_effect_with(state.theme, |t| browser::apply_theme(*t));
    // The address follows the language (the page of that language: `/` or `ja/`) and,
    // once there is something to share, the requirements (the fragment).
    use_effect_with((state.requirements, lang), |(reqs, lang)| {
        let share = !reqs.is_empty() || decode_fragment(&browser::fragment()).requirements.is_some();
        browser::show_address(*lang, share.then(|| encode_fragment(*reqs, *lang)).as_deref());
    });
    // Once: the take-over's end (the paste area's caret and focus as the visitor left them
    // in the prerendered page, and the files dropped on it), the service worker (offline
    // use, docs/offline.md; a newer deployment, once installed, shows the update notice),
    // and a share link pasted into the address bar of an open page.
    {
        let state = state.clone();
        let caret = props.caret;
        use_effect_with((), move |_| {
            if let Some(c) = caret {
                browser::restore_caret(input::TEXTAREA_ID, c);
            }
            let early = browser::take_early_drops();
            if !early.is_empty() {
                let state = state.clone();
                yew::platform::spawn_local(async move {
                    let files = browser::read_files(early).await;
                    state.dispatch(Action::AddFiles(files));
                });
            }
            let updated = state.clone();
            browser::register_service_worker(move || updated.dispatch(Action::UpdateReady));
            let listener = browser::on_hash_change(move |frag| {
                let f = decode_fragment(&frag);
                if let Some(reqs) = f.requirements {
                    state.dispatch(Action::SetRequirements(reqs));
                }
                if let Some(l) = f.lang {
                    state.dispatch(Action::SetLang(l));
                }
            });
            move || drop(listener)
        });
    }
    // Debounced analysis while typing (small inputs only).
    {
        let state = state.clone();
        use_effect_with(state.generation, move |generation| {
            if state.live() && state.stale() {
                let generation = *generation;
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(Duration::from_millis(DEBOUNCE_MS)).await;
                    state.dispatch(Action::Analyse(generation));
                });
            }
        });
    }
    // Highlight requests: select in the textarea once it shows the right input.
    {
        let state = state.clone();
        use_effect_with(state.highlight, move |h| {
            if let Some(h) = h {
                if let Some(doc) = state.inputs.get(h.input) {
                    browser::select_in_textarea(input::TEXTAREA_ID, &doc.text, h.start, h.end);
                }
            }
        });
    }
    // Notices fade after a few seconds.
    {
        let state = state.clone();
        use_effect_with(state.notice, move |n| {
            if n.is_some() {
                let n = *n;
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(Duration::from_secs(6)).await;
                    if state.notice == n {
                        state.dispatch(Action::Notice(None));
                    }
                });
            }
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
    let on_theme = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(t) = browser::select_value(&e).as_deref().and_then(Theme::parse) {
                state.dispatch(Action::SetTheme(t));
            }
        })
    };
    // The article's scenario: ask for the checklist and go to the paste area.
    let on_diagnose = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetAskedVanishing(true));
            browser::reveal(input::TEXTAREA_ID);
        })
    };
    let on_share = {
        let state = state.clone();
        Callback::from(move |_| {
            let frag = encode_fragment(state.requirements, state.lang);
            browser::replace_fragment(&frag);
            let url = browser::url_with_fragment(&frag);
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let ok = browser::copy_text(&url).await;
                state.dispatch(Action::Notice(Some(if ok { Notice::LinkCopied } else { Notice::CopyFailed })));
            });
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if browser::drag_has_files(&e) {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving the window (no related target) ends the drag state.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let state = state.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = browser::dropped_files(&e);
            if files.is_empty() {
                return;
            }
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let files = browser::read_files(files).await;
                state.dispatch(Action::AddFiles(files));
            });
        })
    };

    let methods: Vec<Method> = state
        .analysis
        .as_ref()
        .map(|a| {
            let mut v: Vec<Method> = a
                .objects
                .iter()
                .filter(|o| o.kind.is_ade_profile())
                .filter_map(|o| o.method().and_then(|m| m.table_method()))
                .collect();
            v.dedup();
            v
        })
        .unwrap_or_default();

    html! {
        <div class={classes!("app", (*dragging).then_some("dragging"))} data-prerendered={prerendered.then_some("")}
            {ondragover} {ondragleave} {ondrop}>
        <a class="skip-link" href="#results">{ S::SkipToResults.get(lang) }</a>
        <header class="app-header">
            <div class="title">
                <h1>{ S::AppTitle.get(lang) }</h1>
                <p class="tagline">{ S::Tagline.get(lang) }</p>
            </div>
            <div class="controls">
                <label for="lang-select">{ S::LanguageLabel.get(lang) }</label>
                <select id="lang-select" onchange={on_lang} disabled={prerendered}>
                    <option value="en" selected={lang == Lang::En}>{ "English" }</option>
                    <option value="ja" selected={lang == Lang::Ja}>{ "日本語" }</option>
                </select>
                <label for="theme-select">{ S::ThemeLabel.get(lang) }</label>
                <select id="theme-select" onchange={on_theme} disabled={prerendered}>
                    { for Theme::ALL.iter().map(|t| html! {
                        <option value={t.code()} selected={state.theme == *t}>{ match t {
                            Theme::System => S::ThemeSystem.get(lang),
                            Theme::Light => S::ThemeLight.get(lang),
                            Theme::Dark => S::ThemeDark.get(lang),
                        } }</option>
                    }) }
                </select>
                <button type="button" id="share" onclick={on_share} disabled={prerendered}>{ S::ShareButton.get(lang) }</button>
            </div>
        </header>
        <p class="privacy" id="privacy">{ S::Privacy.get(lang) }</p>
        { update::update_view(&state) }
        <p class="notice" id="notice" role="status" aria-live="polite">
            { state.notice.map(|n| notice_text(n).get(lang)).unwrap_or_default() }
        </p>
        <main>
            <p class="diagnose no-print">
                <button type="button" id="diagnose-vanishing" class="linklike" onclick={on_diagnose} disabled={prerendered}>
                    { S::DiagnoseVanishing.get(lang) }
                </button>
                if state.asked_vanishing { { " " }<span class="muted" id="diagnose-hint">{ S::DiagnoseVanishingHint.get(lang) }</span> }
            </p>
            <div class="workspace">
                <input::InputPanel state={state.clone()} {prerendered} />
                <div class="verdict-column">
                    { results::parse_errors(&state) }
                    <results::Results state={state.clone()} />
                </div>
            </div>
            { checklist::checklist_view(&state) }
            <table::ComparisonTable ..table::TableProps { prerendered, ..table::TableProps::from_state(&state, methods) } />
            { journey::method_journeys(lang, state.requirements) }
            <export::Export state={state.clone()} />
            <rules_ref::RulesReference lang={lang} {prerendered} />
        </main>
        <footer><p>{ S::Footer.get(lang) }</p></footer>
        if *dragging {
            <div class="drop-overlay" aria-hidden="true"><p>{ S::DropHere.get(lang) }</p></div>
        }
        </div>
    }
}
