//! The requirements panel: the 12 requirements as checkboxes with a "?" explanation
//! each, and the live recommendation (every method, fits or not and why, conflicts and
//! how to resolve them, warnings and Microsoft's nuances).

use super::state::{Action, State};
use super::{browser, link_view};
use crate::engine::i18n::Lang;
use crate::engine::recommend::Recommendation;
use crate::engine::table::Requirement;
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

#[function_component(RequirementsPanel)]
pub fn requirements_panel(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetRequirements(Default::default())))
    };
    let vanishing = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(on) = browser::checkbox_checked(&e) {
                state.dispatch(Action::SetAskedVanishing(on));
            }
        })
    };
    html! {
        <section id="requirements" class="card requirements" aria-labelledby="req-heading">
            <h2 id="req-heading">{ S::ReqHeading.get(lang) }</h2>
            <p class="intro">{ S::ReqIntro.get(lang) }</p>
            if let Some(rec) = &state.recommendation {
                <p class={classes!("rec-summary", if rec.recommended.is_some() { "ok" } else { "bad" })} id="rec-summary">
                    <button type="button" class="linklike" onclick={Callback::from(|_| browser::reveal("recommendation"))}>{ match rec.recommended {
                        Some(m) => format!("→ {}: {}", S::RecRecommended.get(lang), m.label().get(lang)),
                        None => format!("→ {}", S::RecNoFit.get(lang)),
                    } }</button>
                </p>
            }
            <fieldset>
                <legend class="visually-hidden">{ S::ReqHeading.get(lang) }</legend>
                <ul class="req-list">
                    { for Requirement::ALL
                        .iter()
                        .filter(|r| !r.is_obsolete() || state.requirements.contains(**r))
                        .map(|r| requirement_item(state, *r, lang)) }
                </ul>
            </fieldset>
            <p class="extra-note"><sup>{ "*" }</sup>{ " " }{ S::ExtraRowsNote.get(lang) }</p>
            <div id="recommendation" class="recommendation" aria-live="polite">
                <h3>{ S::RecHeading.get(lang) }</h3>
                { match &state.recommendation {
                    None => html! { <p class="muted">{ S::RecEmpty.get(lang) }</p> },
                    Some(rec) => recommendation_view(rec, lang),
                } }
            </div>
            <div class="req-actions">
                <button type="button" id="req-clear" onclick={clear} disabled={state.requirements.is_empty()}>
                    { S::ReqClear.get(lang) }
                </button>
            </div>
            <label class="vanishing">
                <input type="checkbox" id="asked-vanishing" checked={state.asked_vanishing} onchange={vanishing} />
                { " " }{ S::ReqVanishing.get(lang) }
            </label>
        </section>
    }
}

fn requirement_item(state: &UseReducerHandle<State>, r: Requirement, lang: Lang) -> Html {
    let row = r.row();
    let id = format!("req-{}", r.id());
    let help_id = format!("req-help-{}", r.id());
    let onchange = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleRequirement(r)))
    };
    let extra = !r.in_article_table();
    html! {
        <li class="req" data-requirement={r.id()}>
            <details>
                <summary aria-label={format!("{}: {}", S::ReqExplain.get(lang), row.label.get(lang))} title={S::ReqExplain.get(lang)}>{ "?" }</summary>
                <p id={help_id.clone()} class="req-help">
                    { row.help.get(lang) }{ " " }
                    <span class="source">{ S::SourceLabel.get(lang) }{ ": " }{ link_view(&row.link, lang) }</span>
                </p>
            </details>
            <input type="checkbox" id={id.clone()} checked={state.requirements.contains(r)} {onchange}
                aria-describedby={help_id} />
            <label for={id}>
                { row.label.get(lang) }
                if extra { <sup class="extra-mark">{ "*" }</sup> }
            </label>
        </li>
    }
}

fn recommendation_view(rec: &Recommendation, lang: Lang) -> Html {
    html! {
        <>
        <p class={classes!("verdict", if rec.recommended.is_some() { "ok" } else { "bad" })} id="rec-verdict">
            <strong>
                { match rec.recommended {
                    Some(m) => format!("{}: {}", S::RecRecommended.get(lang), m.label().get(lang)),
                    None => S::RecNoFit.get(lang).to_string(),
                } }
            </strong>
            <br />
            { rec.why.get(lang) }
        </p>
        <ul class="method-fits">
            { for rec.methods.iter().map(|f| html! {
                <li class={classes!("method-fit", if f.fits { "fits" } else { "no-fit" })} data-method={f.method.id()}>
                    <span class="badge">{ if f.fits { S::Fits.get(lang) } else { S::DoesNotFit.get(lang) } }</span>
                    { " " }<strong>{ f.method.label().get(lang) }</strong>
                    if !f.unmet.is_empty() {
                        <ul class="reasons">
                            { for f.unmet.iter().map(|u| html! {
                                <li>
                                    <span class="req-name">{ u.requirement.row().label.get(lang) }</span>{ ": " }
                                    { u.reason.get(lang) }
                                    { for u.nuances.iter().map(|n| html! {
                                        <sup><a class="note-ref" href={format!("#note-{}", n.id)}>{ n.id }</a></sup>
                                    }) }
                                </li>
                            }) }
                        </ul>
                    }
                </li>
            }) }
        </ul>
        if !rec.conflicts.is_empty() {
            <h4>{ S::ConflictsHeading.get(lang) }</h4>
            <ul class="conflicts">
                { for rec.conflicts.iter().map(|c| html! {
                    <li>
                        <strong>{ c.requirements.iter().map(|r| r.row().label.get(lang)).collect::<Vec<_>>().join(" + ") }</strong>
                        { " — " }{ c.why.get(lang) }
                    </li>
                }) }
            </ul>
        }
        if !rec.resolutions.is_empty() {
            <h4>{ S::ResolutionsHeading.get(lang) }</h4>
            <ul class="resolutions">
                { for rec.resolutions.iter().map(|r| html! { <li>{ r.text.get(lang) }</li> }) }
            </ul>
        }
        if !rec.warnings.is_empty() {
            <h4>{ S::WarningsHeading.get(lang) }</h4>
            <ul class="warnings">
                { for rec.warnings.iter().map(|a| html! {
                    <li data-advice={a.id}>
                        { a.text.get(lang) }
                        { for a.links.iter().map(|l| html! { <>{ " " }<span class="source">{ link_view(l, lang) }</span></> }) }
                    </li>
                }) }
            </ul>
        }
        if !rec.nuances.is_empty() {
            <h4>{ S::NotesHeading.get(lang) }</h4>
            <ul class="nuances">
                { for rec.nuances.iter().map(|n| html! {
                    <li><strong>{ n.id }</strong>{ " " }{ n.text.get(lang) }</li>
                }) }
            </ul>
        }
        </>
    }
}
