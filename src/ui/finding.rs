//! One finding, readable at a glance: severity, the rule's title, its location (click to
//! highlight the key in the input) and the first step of the fix with its breadcrumb; the
//! rest — what exactly was found, the other steps, why it matters and the sources — is one
//! click away. The rule id links to the in-app rules reference.

use super::state::{Action, State};
use super::steps::steps_view;
use super::{browser, link_view};
use crate::engine::rules::{self, Finding};
use crate::strings::S;
use yew::prelude::*;

/// The key a pointer ends on, unescaped (`/a~1b` → `a/b`), with its list's key before an
/// index (`/appsVisibilityList/0` → `appsVisibilityList/0`).
fn last_key(pointer: &str) -> Option<String> {
    let mut tokens = pointer.rsplit('/').filter(|_| !pointer.is_empty());
    let last = tokens.next()?;
    let key = match tokens.next() {
        Some(list) if !list.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) => format!("{list}/{last}"),
        _ => last.to_string(),
    };
    Some(key.replace("~1", "/").replace("~0", "~"))
}

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
    let title = rules::rule(f.rule).map_or(f.rule, |r| r.meta.title.get(lang));
    let location = f.location();
    let (first, rest) = f.fix.0.split_first().map_or((None, &[][..]), |(a, b)| (Some(a), b));
    let more = match rest.len() {
        0 => S::FindingDetails.get(lang).to_string(),
        n => S::MoreSteps.get(lang).replace("{n}", &n.to_string()),
    };
    html! {
        <li class={classes!("finding", f.severity.id())} data-rule={f.rule}>
            <div class="finding-head">
                <span class={classes!("sev", f.severity.id())}>{ f.severity.label().get(lang) }</span>
                <h4 class="finding-title">{ title }</h4>
                <button type="button" class="rule-link" onclick={to_rule} aria-label={format!("{} {}", S::RulesHeading.get(lang), f.rule)}>
                    <code>{ f.rule }</code>
                </button>
            </div>
            <p class="loc">
                <button type="button" class="linklike show-in-input" onclick={show} title={S::ShowInInput.get(lang)}
                    disabled={input.is_none()}>
                    <span class="muted">{ S::LocationLabel.get(lang) }{ ": " }</span>
                    <code>{ last_key(&f.pointer).unwrap_or(location) }</code>
                </button>
            </p>
            if let Some(first) = first {
                <div class="fix">{ steps_view(Some(state), std::slice::from_ref(first), 1, lang) }</div>
            }
            <details class="finding-more">
                <summary>{ more }</summary>
                <p class="finding-msg">{ f.message.get(lang) }</p>
                if !rest.is_empty() {
                    <div class="fix">{ steps_view(Some(state), rest, 2, lang) }</div>
                }
                <p><strong>{ S::WhyLabel.get(lang) }{ ": " }</strong>{ f.why.get(lang) }</p>
                <p class="source">{ S::SourceLabel.get(lang) }{ ": " }
                    { for f.links.iter().enumerate().map(|(i, l)| html! { <>{ if i > 0 { " · " } else { "" } }{ link_view(l, lang) }</> }) }
                </p>
            </details>
        </li>
    }
}
