//! The in-app rules reference: every rule of the registry with what it checks, why it
//! matters, how to fix it and its sources. Finding rule ids open their entry here. The
//! prerendered pages hold each rule's id, title, severity, what it checks and why it
//! matters; the fix and the sources come with the app (the entries are closed, so the page
//! looks the same; this keeps each page under its 16 KB, docs/performance.md).

use super::link_view;
use super::steps::steps_view;
use crate::engine::i18n::Lang;
use crate::engine::rules::{registry, RuleStatus};
use crate::engine::steps::Steps;
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// In the build-time HTML: each entry without its fix and sources.
    #[prop_or_default]
    pub prerendered: bool,
}

#[function_component(RulesReference)]
pub fn rules_reference(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <section id="rules" class="card rules no-print" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{ S::RulesHeading.get(lang) }</h2>
            <p class="intro">{ S::RulesIntro.get(lang) }</p>
            { for registry().iter().filter(|r| r.meta.status != RuleStatus::Removed).map(|r| {
                let m = &r.meta;
                html! {
                    <details class="rule" id={format!("rule-{}", m.id)} tabindex="-1">
                        <summary>
                            <code>{ m.id }</code>{ " — " }{ m.title.get(lang) }
                            { " " }<span class={classes!("sev", m.default_severity.id())}>{ m.default_severity.label().get(lang) }</span>
                        </summary>
                        <dl>
                            <dt>{ S::RuleWhat.get(lang) }</dt><dd>{ m.what.get(lang) }</dd>
                            <dt>{ S::WhyLabel.get(lang) }</dt><dd>{ m.why.get(lang) }</dd>
                            if !props.prerendered {
                                <dt>{ S::FixLabel.get(lang) }</dt><dd>{ steps_view(None, &Steps::of(m.fix).0, 1, lang) }</dd>
                                <dt>{ S::SourceLabel.get(lang) }</dt>
                                <dd><ul>{ for m.links.iter().map(|l| html! { <li>{ link_view(l, lang) }</li> }) }</ul></dd>
                            }
                        </dl>
                    </details>
                }
            }) }
        </section>
    }
}
