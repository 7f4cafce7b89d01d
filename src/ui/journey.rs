//! What users go through: the three methods' enrollment journeys side by side under the
//! decision table (following the ticked requirements), and a pasted profile's journey in
//! its card, with steps linked to the profile's fields and to its switch plan. Renders
//! `engine::journey` as ordered lists; icons are drawn by the stylesheet.

use super::link_view;
use super::state::{Action, State};
use crate::engine::fields;
use crate::engine::i18n::Lang;
use crate::engine::journey::{self, render, Journey, NotShown, Step};
use crate::engine::model::Object;
use crate::engine::sources;
use crate::engine::table::{Method, RequirementSet};
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodJourneysProps {
    pub lang: Lang,
    pub requirements: RequirementSet,
}

/// The three methods' journeys side by side, with their figures on top.
#[function_component(MethodJourneys)]
pub fn method_journeys(props: &MethodJourneysProps) -> Html {
    let lang = props.lang;
    html! {
        <section id="journeys" class="card journeys" aria-labelledby="journeys-heading">
            <h2 id="journeys-heading">{ S::JourneysHeading.get(lang) }</h2>
            <p class="intro">{ S::JourneysIntro.get(lang) }</p>
            <div class="journey-grid">
                { for Method::ALL.iter().map(|m| {
                    let j = journey::for_method(*m, props.requirements);
                    let title = j.title().get(lang);
                    journey_view(&j, html! { <h3 id={format!("journey-{}", j.id)}>{ title }</h3> }, None, lang)
                }) }
            </div>
            <p class="muted journey-typical">{ render::TYPICAL_EXPLAINED.get(lang) }</p>
        </section>
    }
}

/// A pasted profile's journey, in its card: folded under its figures.
pub fn profile_journey(state: &UseReducerHandle<State>, o: &Object, j: &Journey, has_plan: bool, lang: Lang) -> Html {
    let figures = format!(
        "{}: {} · {}: {} · {}: {}",
        render::SCREENS.get(lang),
        j.summary.screens,
        render::SIGN_INS.get(lang),
        j.summary.sign_ins,
        render::USABLE_AT.get(lang),
        j.summary.usable_at.map_or_else(|| "-".to_string(), |n| render::STEP_N.get(lang).replace("{n}", &n.to_string())),
    );
    let link = Link { state: state.clone(), object: o.index, input: o.input, prefix: o.pointer.clone(), has_plan };
    html! {
        <details class="journey-card" data-journey-card={o.index.to_string()}>
            <summary><strong>{ render::HEADING.get(lang) }</strong>{ " — " }<span class="muted">{ figures }</span></summary>
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

/// The last token of a pointer that names the field (`appleIdDisabled`,
/// `enabledSkipKeys/3`, `choiceSettingValue/value`).
fn field_name(pointer: &str) -> String {
    let mut tokens = pointer.rsplit('/');
    let last = tokens.next().unwrap_or_default();
    let name = if last == "value" || last.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}/{last}", tokens.next().unwrap_or_default())
    } else {
        last.to_string()
    };
    name.replace("~1", "/").replace("~0", "~")
}

fn field_button(link: &Link, pointer: &str, lang: Lang) -> Html {
    let name = field_name(pointer);
    let onclick = {
        let state = link.state.clone();
        let input = link.input;
        let absolute = format!("{}{pointer}", link.prefix);
        let explain = fields::lookup(&name).map(|f| f.key.to_string());
        Callback::from(move |_| {
            state.dispatch(Action::Explain(explain.clone()));
            state.dispatch(Action::Highlight { input, pointer: absolute.clone() });
        })
    };
    html! {
        <button type="button" class="evidence journey-field" {onclick} data-pointer={pointer.to_string()}
            aria-label={format!("{}: {name}", S::JourneyShowField.get(lang))}>
            <code>{ name }</code>
        </button>
    }
}

fn step_view(s: &Step, link: Option<&Link>, lang: Lang) -> Html {
    let marks = render::markers(s, lang);
    html! {
        <li data-step={s.id.to_string()} class={classes!("step", format!("actor-{}", s.actor.id()), s.sign_in().then_some("sign-in"), s.mfa.then_some("mfa"), s.wait().then_some("wait"), s.usable_here().then_some("usable"), s.registers().then_some("registers"))}
            data-mfa={s.mfa.then_some("true")} data-sign-in={s.sign_in().then_some("true")}>
            <span class="step-icon" aria-hidden="true"></span>
            <div class="step-body">
                <p class="step-text"><span class="step-actor">{ render::actor_label(s.actor).get(lang) }{ ": " }</span>{ s.text.get(lang) }</p>
                if !marks.is_empty() {
                    <p class="step-marks">{ for marks.iter().map(|m| html! { <span class="mark">{ m.as_str() }</span> }) }</p>
                }
                if let Some(n) = &s.note { <p class="step-note">{ n.get(lang) }</p> }
                if let Some(link) = link {
                    if let Some(p) = &s.pointer { { field_button(link, p, lang) } }
                    if link.has_plan && s.by_method() {
                        { " " }<a class="journey-switch" href={format!("#plan-{}-heading", link.object)}>{ S::JourneySwitch.get(lang) }</a>
                    }
                }
            </div>
        </li>
    }
}

fn not_shown_view(n: &NotShown, link: Option<&Link>, lang: Lang) -> Html {
    html! {
        <li data-hidden={n.id.clone()} class={classes!(n.may_appear.then_some("may-appear"))}>
            { n.name.get(lang) }{ " — " }{ render::why_label(n.why, lang) }
            if n.may_appear { { ", " }{ render::MAY_APPEAR.get(lang) } }
            if let (Some(link), Some(p)) = (link, &n.pointer) { { " " }{ field_button(link, p, lang) } }
        </li>
    }
}

/// One journey: its figures, its steps as an ordered list, the screens it does not show,
/// and its sources.
fn journey_view(j: &Journey, heading: Html, link: Option<&Link>, lang: Lang) -> Html {
    let sep = render::list_sep(lang);
    let ids = j.sources();
    html! {
        <section class="journey" data-journey={j.id} data-object={j.object.map(|o| o.to_string())}>
            { heading }
            <dl class="journey-summary">
                { for render::summary_pairs(&j.summary, lang).iter().map(|(label, value)| html! {
                    <div><dt>{ label.get(lang) }</dt><dd>{ value.as_str() }</dd></div>
                }) }
            </dl>
            if let Some(n) = &j.note { <p class="journey-note">{ n.get(lang) }</p> }
            <ol class="timeline">{ for j.steps.iter().map(|s| step_view(s, link, lang)) }</ol>
            if !j.not_shown.is_empty() {
                <details class="journey-hidden">
                    <summary>{ render::NOT_SHOWN.get(lang) }{ format!(" ({})", j.not_shown.len()) }</summary>
                    <ul>{ for j.not_shown.iter().map(|n| not_shown_view(n, link, lang)) }</ul>
                </details>
            }
            <p class="journey-sources muted">
                { render::SOURCES.get(lang) }{ ": " }
                { for ids.iter().enumerate().map(|(i, id)| html! {
                    <>
                        if i > 0 { { sep } }
                        { match sources::link(id) { Some(l) => link_view(l, lang), None => html! { { *id } } } }
                    </>
                }) }
            </p>
        </section>
    }
}
