//! The article's checklist for a vanishing Company Portal: what the pasted restrictions
//! and assignments show (problem / unsure / passed) and what was not checked.

use super::state::{Action, State};
use crate::engine::rules::{CheckStatus, Checklist};
use crate::strings::S;
use yew::prelude::*;

fn status(s: &CheckStatus) -> (&'static str, S, &'static str) {
    match s {
        CheckStatus::Problem { .. } => ("problem", S::StatusProblem, "✕"),
        CheckStatus::Unsure { .. } => ("unsure", S::StatusUnsure, "?"),
        CheckStatus::Passed { .. } => ("passed", S::StatusPassed, "✓"),
        CheckStatus::NotChecked => ("not-checked", S::StatusNotChecked, "–"),
    }
}

pub fn checklist_view(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let Some(a) = &state.analysis else {
        return html! {};
    };
    let Some(list): Option<&Checklist> = a.checklist.as_ref() else {
        return html! {};
    };
    html! {
        <section id="checklist" class="card checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ S::ChecklistHeading.get(lang) }</h2>
            <p class="intro">{ S::ChecklistIntro.get(lang) }</p>
            <ul class="check-items">
                { for list.items.iter().map(|item| {
                    let (class, label, mark) = status(&item.status);
                    let findings: Vec<usize> = match &item.status {
                        CheckStatus::Problem { findings } | CheckStatus::Unsure { findings } => findings.clone(),
                        _ => Vec::new(),
                    };
                    html! {
                        <li class={classes!("check-item", class)} data-check={item.id} data-status={class}>
                            <span class="check-mark" aria-hidden="true">{ mark }</span>
                            <div>
                                <p><span class="status-label">{ label.get(lang) }</span>{ " " }<strong>{ item.label.get(lang) }</strong></p>
                                <p class="muted">{ item.hint.get(lang) }</p>
                                { for item.read_text().map(|read| {
                                    let ids = item.read.iter().map(|f| f.id()).collect::<Vec<_>>().join(" ");
                                    html! { <p class="check-read muted" data-read={ids}>{ read.get(lang).to_string() }</p> }
                                }) }
                                { for findings.iter().filter_map(|i| a.findings.get(*i)).map(|f| {
                                    let go = {
                                        let state = state.clone();
                                        let input = f.object.and_then(|o| a.objects.get(o)).map(|o| o.input);
                                        let pointer = f.absolute_pointer();
                                        Callback::from(move |_| if let Some(input) = input {
                                            state.dispatch(Action::Highlight { input, pointer: pointer.clone() });
                                        })
                                    };
                                    html! { <p><button type="button" class="linklike" onclick={go}>{ f.message.get(lang) }</button></p> }
                                }) }
                                <p class="click-path"><span class="muted">{ S::WhereLabel.get(lang) }{ ": " }</span>{ item.click_path.get(lang) }</p>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
