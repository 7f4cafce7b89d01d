//! What users go through: the three methods' enrollment journeys side by side under the
//! decision table (following the ticked requirements), and a pasted profile's journey in
//! its card, with steps linked to the profile's fields and to its switch plan. Renders
//! `engine::journey` as ordered lists; icons are drawn by the stylesheet.

use super::link_view;
use super::state::{Action, State};
use crate::engine::i18n::Lang;
use crate::engine::journey::{self, render, Journey, NotShown, Step};
use crate::engine::model::Object;
use crate::engine::sources;
use crate::engine::table::{Method, RequirementSet};
use crate::strings::S;
use yew::prelude::*;

/// The three methods' journeys side by side, with their figures on top. A view function:
/// three journeys cost microseconds, less than a component's machinery costs the page.
pub fn method_journeys(lang: Lang, requirements: RequirementSet) -> Html {
    html! {
        <section id="journeys" class="card journeys" aria-labelledby="journeys-heading">
            <h2 id="journeys-heading">{ S::JourneysHeading.get(lang) }</h2>
            <p class="intro">{ S::JourneysIntro.get(lang) }</p>
            <div class="journey-grid">
                { for Method::ALL.iter().map(|m| {
                    let j = journey::for_method(*m, requirements);
                    let title = m.label().get(lang);
                    journey_view(&j, html! { <h3>{ title }</h3> }, None, lang)
                }) }
            </div>
            <p class="muted journey-typical">{ render::TYPICAL_EXPLAINED.get(lang) }</p>
            <p class="muted journey-sources">
                { render::SOURCES.get(lang) }{ ": " }
                { for [&sources::LEARN_SETUP_ADE, &sources::LEARN_AUTH_METHODS, &sources::LEARN_MFA_ENROLLMENT].into_iter().map(|l| link_view(l, lang)) }
            </p>
        </section>
    }
}

/// A pasted profile's journey, in its card, folded.
pub fn profile_journey(state: &UseReducerHandle<State>, o: &Object, j: &Journey, has_plan: bool, lang: Lang) -> Html {
    let link = Link { state: state.clone(), object: o.index, input: o.input, prefix: o.pointer.clone(), has_plan };
    html! {
        <details class="journey-card" data-journey-card={o.index.to_string()}>
            <summary>{ render::HEADING.get(lang) }</summary>
            { journey_view(j, html! {}, Some(&link), lang) }
        </details>
    }
}

/// Where a pasted profile's steps link to: its input, its pointer, and its switch plan.
struct Link {
    state: UseReducerHandle<State>,
    object: usize,
    input: usize,
    prefix: String,
    has_plan: bool,
}

/// A button that selects the field in the paste area: its pointer in the profile.
fn field_button(link: &Link, pointer: &str, lang: Lang) -> Html {
    let onclick = {
        let state = link.state.clone();
        let input = link.input;
        let absolute = format!("{}{pointer}", link.prefix);
        Callback::from(move |_| state.dispatch(Action::Highlight { input, pointer: absolute.clone() }))
    };
    html! {
        <button type="button" class="evidence journey-field" {onclick} data-pointer={pointer.to_string()}
            aria-label={format!("{}: {pointer}", S::JourneyShowField.get(lang))}>
            <code>{ pointer.to_string() }</code>
        </button>
    }
}

fn step_view(s: &Step, link: Option<&Link>, lang: Lang) -> Html {
    let line = format!("{}: {}", render::actor_label(s.actor).get(lang), s.text.get(lang));
    html! {
        <li data-step={s.id.to_string()} data-actor={s.actor.id()} data-usable={s.usable_here().then_some("true")}
            data-mfa={s.mfa.then_some("true")}>
            { line }<small>{ render::markers(s, lang).join(" · ") }</small>
            if let Some(n) = s.note { <small class="step-note">{ n.text().get(lang) }</small> }
            if let Some(link) = link {
                if let Some(p) = &s.pointer { { field_button(link, p, lang) } }
                if link.has_plan && s.by_method() {
                    <a class="journey-switch" href={format!("#plan-{}-heading", link.object)}>{ S::JourneySwitch.get(lang) }</a>
                }
            }
        </li>
    }
}

/// A screen the profile does not show: its name and why, as one line.
fn not_shown_line(n: &NotShown, lang: Lang) -> String {
    let mut s = format!("{} — {}", n.name.get(lang), render::why_label(n.why, lang));
    if n.may_appear {
        s.push_str(render::list_sep(lang));
        s.push_str(render::MAY_APPEAR.get(lang));
    }
    s
}

/// One journey: its figures, its steps as an ordered list and the screens it does not show
/// (each step's sources are in the CLI's and the reports' journeys).
fn journey_view(j: &Journey, heading: Html, link: Option<&Link>, lang: Lang) -> Html {
    let figures: Vec<String> =
        render::summary_pairs(&j.summary, lang).iter().map(|(l, v)| format!("{}: {v}", l.get(lang))).collect();
    html! {
        <section class="journey" data-journey={j.id}>
            { heading }
            <p class="journey-summary">{ figures.join(" · ") }</p>
            <ol class="timeline">{ for j.steps.iter().map(|s| step_view(s, link, lang)) }</ol>
            if !j.not_shown.is_empty() {
                <details class="journey-hidden">
                    <summary>{ render::NOT_SHOWN.get(lang) }{ format!(" ({})", j.not_shown.len()) }</summary>
                    <ul>{ for j.not_shown.iter().map(|n| html! { <li data-hidden={n.id.clone()}>{ not_shown_line(n, lang) }</li> }) }</ul>
                </details>
            }
        </section>
    }
}
