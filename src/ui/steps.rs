//! A fix's steps as a numbered list, and a click path as a breadcrumb: a `nav` with an
//! ordered list (separators drawn by the stylesheet), placeholders set apart, a button
//! that copies the path as text, and the Enrollment policies path as a small switch under
//! it. Renders `engine::steps` and `engine::click_paths`.

use super::browser;
use super::state::{Action, Notice, State};
use crate::engine::click_paths::ClickPath;
use crate::engine::i18n::Lang;
use crate::engine::steps::Step;
use crate::strings::S;
use yew::prelude::*;

/// A button that copies `text` and says so in the notice line.
pub fn copy_button(
    state: &UseReducerHandle<State>,
    text: String,
    label: &'static str,
    class: &'static str,
    id: Option<String>,
) -> Html {
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| {
            let state = state.clone();
            let text = text.clone();
            yew::platform::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                state.dispatch(Action::Notice(Some(if ok { Notice::Copied } else { Notice::CopyFailed })));
            });
        })
    };
    html! { <button type="button" class={classes!("copy", class)} {id} {onclick}>{ label }</button> }
}

/// The crumbs of a path as an ordered list inside a `nav`.
fn crumbs(path: &ClickPath, lang: Lang) -> Html {
    html! {
        <nav class="breadcrumb" aria-label={S::WhereLabel.get(lang)} data-path={path.id}>
            <ol>
                { for path.crumbs(lang).map(|c| html! {
                    <li class={classes!(c.placeholder.then_some("ph"))}><span>{ c.text }</span></li>
                }) }
            </ol>
        </nav>
    }
}

/// A click path: its breadcrumb with a copy button (when `state` is given), and its
/// alternative behind a small switch.
pub fn breadcrumb(state: Option<&UseReducerHandle<State>>, path: &ClickPath, lang: Lang) -> Html {
    html! {
        <div class="click-path">
            <div class="crumbs-row">
                { crumbs(path, lang) }
                if let Some(state) = state {
                    { copy_button(state, path.breadcrumb(lang), S::CopyPath.get(lang), "copy-path", None) }
                }
            </div>
            if let Some(alt) = path.alternative {
                <details class="alt-path">
                    <summary>{ alt.heading.get(lang) }</summary>
                    { crumbs(alt.path, lang) }
                </details>
            }
        </div>
    }
}

/// One step: its sentence, and its click path under it.
pub fn step_view(state: Option<&UseReducerHandle<State>>, s: &Step, lang: Lang) -> Html {
    html! {
        <li>
            { s.text.get(lang) }
            if let Some(p) = s.path { { breadcrumb(state, p, lang) } }
        </li>
    }
}

/// Steps as a numbered list starting at `start` (1-based).
pub fn steps_view(state: Option<&UseReducerHandle<State>>, steps: &[Step], start: usize, lang: Lang) -> Html {
    html! {
        <ol class="fix-steps" start={start.to_string()}>
            { for steps.iter().map(|s| step_view(state, s, lang)) }
        </ol>
    }
}
