//! One finding: severity, rule id (linking to the in-app rules reference), message (click
//! to highlight the key in the input), why, fix and sources.

use super::state::{Action, State};
use super::{browser, link_view};
use crate::engine::rules::Finding;
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
    pub finding: Finding,
    /// The input holding the finding's object.
    pub input: Option<usize>,
}

#[function_component(FindingView)]
pub fn finding_view(props: &Props) -> Html {
    let lang = props.state.lang;
    let f = &props.finding;
    let show = {
        let state = props.state.clone();
        let input = props.input;
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
                    disabled={props.input.is_none()}>
                    { f.message.get(lang) }
                </button>
            </p>
            <p class="loc"><span class="muted">{ S::LocationLabel.get(lang) }{ ": " }</span><code>{ f.location() }</code></p>
            <details class="finding-more">
                <summary>{ S::WhyLabel.get(lang) }{ " / " }{ S::FixLabel.get(lang) }</summary>
                <p><strong>{ S::WhyLabel.get(lang) }{ ": " }</strong>{ f.why.get(lang) }</p>
                <p class="fix"><strong>{ S::FixLabel.get(lang) }{ ": " }</strong>{ f.fix.get(lang) }</p>
                <p class="source">{ S::SourceLabel.get(lang) }{ ": " }
                    { for f.links.iter().enumerate().map(|(i, l)| html! { <>{ if i > 0 { " · " } else { "" } }{ link_view(l, lang) }</> }) }
                </p>
            </details>
        </li>
    }
}
