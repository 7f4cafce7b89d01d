//! The input card: paste area (analysed as you type, debounced), file picker, sample
//! menu, the list of inputs, and the "Analyse" button for very large input.

use super::browser;
use super::state::{Action, State, PASTED};
use crate::engine::fields;
use crate::samples::SAMPLES;
use crate::share::string_at;
use crate::strings::S;
use yew::prelude::*;

/// Id of the textarea (highlighting selects in it).
pub const TEXTAREA_ID: &str = "json-input";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
    /// In the build-time HTML: the controls that need the app are disabled (not the paste
    /// area).
    #[prop_or_default]
    pub prerendered: bool,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let prerendered = props.prerendered;
    let active = state.active.min(state.inputs.len() - 1);
    let doc = &state.inputs[active];

    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = browser::textarea_text(&e) {
                state.dispatch(Action::Edit(v));
            }
        })
    };
    // Clicking (or moving the caret onto) a field name opens the explainer.
    let on_caret = {
        let state = state.clone();
        let text = doc.text.clone();
        move |e: &Event| {
            let Some(at) = browser::caret_byte(e, &text) else {
                return;
            };
            if let Some(info) = string_at(&text, at).and_then(|k| fields::lookup(&k)) {
                state.dispatch(Action::Explain(Some(info.key.to_string())));
            }
        }
    };
    let onclick = {
        let on_caret = on_caret.clone();
        Callback::from(move |e: MouseEvent| on_caret(&e))
    };
    let onkeyup = Callback::from(move |e: KeyboardEvent| {
        if e.key().starts_with("Arrow") {
            on_caret(&e)
        }
    });
    let on_sample = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(v) = browser::select_value(&e) else {
                return;
            };
            if let Some(s) = SAMPLES.iter().find(|s| s.id == v) {
                state.dispatch(Action::LoadSample(s.id));
            }
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                sel.set_value("");
            }
        })
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let files = browser::picked_files(&e);
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let files = browser::read_files(files).await;
                state.dispatch(Action::AddFiles(files));
            });
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ClearInputs))
    };
    let on_analyse = {
        let state = state.clone();
        Callback::from(move |_| {
            let generation = state.generation;
            state.dispatch(Action::StartAnalysis);
            let state = state.clone();
            // Render "Analysing…" first, then run the analysis on the next tick.
            yew::platform::spawn_local(async move {
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                state.dispatch(Action::Analyse(generation));
            });
        })
    };

    let show_tabs = state.inputs.len() > 1 || doc.name != PASTED;
    html! {
        <section id="input" class="card input-card" aria-labelledby="input-heading">
            <h2 id="input-heading">{ S::InputHeading.get(lang) }</h2>
            <div class="input-tools">
                <label class="file-button">
                    <input type="file" id="file-input" accept=".json,application/json,text/plain" multiple=true
                        class="visually-hidden" onchange={on_pick} disabled={prerendered} />
                    <span>{ S::OpenFiles.get(lang) }</span>
                </label>
                <label for="sample-select" class="visually-hidden">{ S::SampleLabel.get(lang) }</label>
                <select id="sample-select" onchange={on_sample} disabled={prerendered}>
                    <option value="" selected=true>{ S::SampleLabel.get(lang) }{ "…" }</option>
                    { for SAMPLES.iter().map(|s| html! { <option value={s.id}>{ s.label.get(lang) }</option> }) }
                </select>
                <button type="button" id="clear-input" onclick={on_clear} disabled={prerendered}>{ S::ClearInputs.get(lang) }</button>
            </div>
            if show_tabs {
                <div class="input-tabs" role="group" aria-label={S::InputsLabel.get(lang)}>
                    { for state.inputs.iter().enumerate().map(|(i, d)| {
                        let select = { let state = state.clone(); Callback::from(move |_| state.dispatch(Action::SelectInput(i))) };
                        let remove = { let state = state.clone(); Callback::from(move |_| state.dispatch(Action::RemoveInput(i))) };
                        let name = if d.name == PASTED { S::PastedName.get(lang).to_string() } else { d.name.clone() };
                        html! {
                            <span class={classes!("input-tab", (i == active).then_some("active"))}>
                                <button type="button" class="tab-name" aria-pressed={(i == active).to_string()} onclick={select}>{ name.clone() }</button>
                                <button type="button" class="tab-remove" aria-label={format!("{} {}", S::RemoveInput.get(lang), name)} onclick={remove}>{ "×" }</button>
                            </span>
                        }
                    }) }
                </div>
            }
            <label for={TEXTAREA_ID} class="input-label">{ S::InputLabel.get(lang) }</label>
            <textarea id={TEXTAREA_ID} class="json" spellcheck="false" autocomplete="off" wrap="off"
                placeholder={S::InputPlaceholder.get(lang)} value={doc.text.to_string()}
                {oninput} {onclick} {onkeyup} />
            <div class="inline-errors">
            { for state.analysis.iter().flat_map(|a| a.errors.iter()).filter(|e| e.input == active).map(|e| html! {
                <p class="inline-error">
                    { "✕ " }
                    if let Some(words) = e.position_words(lang) {
                        <span class="error-place">{ words }</span>{ ": " }
                    }
                    { e.message.get(lang) }
                </p>
            }) }
            </div>
            <div class="analyse-row" aria-live="polite">
                if state.busy {
                    <span class="busy" id="analysing">{ S::Analysing.get(lang) }</span>
                } else if !state.live() {
                    <span class="muted">{ S::LargeInput.get(lang) }</span>
                }
                if !state.live() {
                    <button type="button" id="analyse" class="primary" onclick={on_analyse} disabled={prerendered || state.busy || !state.stale()}>
                        { S::AnalyseButton.get(lang) }
                    </button>
                }
            </div>
            { super::explainer::explainer(state) }
            { super::help::help(lang, prerendered) }
        </section>
    }
}
