//! One finding: severity, rule id (linking to the in-app rules reference), message (click
//! to highlight the key in the input), why, fix and sources.

use super::state::{Action, State};
use super::{browser, link_view};
use crate::engine::rules::Finding;
use crate::strings::S;
use yew::prelude::*;

/// A plain view function (not a component) to keep the wasm small; `input` is the input
/// holding the finding's object.
pub fn finding_view(state: &UseReducerHandle<State>, f: &Finding, input: Option<usize>) -> Html {
    let lang = state.lang;
    let show = {
        let state = state.clone();
        let pointer = f.absolute_pointer();
        Callback::from(move |_| {
            if let Some(input) = input {
                state.dispatch(Action::Highlight { input, pointer: pointer.clone() });
            }
        })
    };
    let rule_id = f.rule;
    let to_rule = Callback::from(move |_| browser::reveal(&format!("rule-{rule_id}")));
    html! {
        <li class={classes!("finding", f.severity.id())} data-rule={f.rule}>
            <div class="finding-head">
                <span class={classes!("sev", f.severity.id())}>{ f.severity.label().get(lang) }</span>
                <button type="button" class="rule-link" onclick={to_rule} aria-label={format!("{} {}", S::RulesHeading.get(lang), f.rule)}>
                    <code>{ f.rule }</code>
                </button>
            </div>
            <p class="finding-msg">
                <button type="button" class="linklike show-in-input" onclick={show} title={S::ShowInInput.get(lang)}
                    disabled={input.is_none()}>
                    { f.message.get(lang) }
                </button>
            </p>
            <p class="loc"><span class="muted">{ S::LocationLabel.get(lang) }{ ": " }</span><code>{ f.location() }</code></p>
            <p class="fix"><strong>{ S::FixLabel.get(lang) }{ ": " }</strong>{ f.fix.get(lang) }</p>
            <details class="finding-more">
                <summary>{ S::WhyLabel.get(lang) }{ " / " }{ S::SourceLabel.get(lang) }</summary>
                <p><strong>{ S::WhyLabel.get(lang) }{ ": " }</strong>{ f.why.get(lang) }</p>
                <p class="source">{ S::SourceLabel.get(lang) }{ ": " }
                    { for f.links.iter().enumerate().map(|(i, l)| html! { <>{ if i > 0 { " · " } else { "" } }{ link_view(l, lang) }</> }) }
                </p>
            </details>
        </li>
    }
}
