//! The live recommendation for the requirements ticked in the decision table: every
//! method, fits or not and why, conflicts and how to resolve them, warnings and
//! Microsoft's nuances.

use super::state::Action;
use super::table::TableProps;
use super::{browser, link_view};
use crate::engine::i18n::Lang;
use crate::engine::recommend::Recommendation;
use crate::engine::table::Method;
use crate::strings::S;
use yew::prelude::*;

/// The recommendation beside the decision table: the verdict for the ticked rows, every
/// method's fit with the failing requirements, conflicts, what to drop, warnings and
/// nuances; with nothing ticked, Microsoft's recommended method and an invitation to tick.
/// Part of the decision table's view (it takes the table's props: the same inputs).
pub fn recommendation_panel(props: &TableProps) -> Html {
    let prerendered = props.prerendered;
    let lang = props.lang;
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::SetRequirements(Default::default())))
    };
    let vanishing = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(on) = browser::checkbox_checked(&e) {
                dispatch.dispatch(Action::SetAskedVanishing(on));
            }
        })
    };
    html! {
        <aside id="recommendation" class="recommendation" aria-live="polite" aria-labelledby="rec-heading">
            <h3 id="rec-heading">{ S::RecHeading.get(lang) }</h3>
            { match &props.recommendation {
                None => html! {
                    <>
                    <p class="verdict default" id="rec-default">
                        <strong>{ S::RecDefault.get(lang) }{ ": " }{ Method::SetupAssistantModern.label().get(lang) }</strong>
                        <br />
                        { S::RecDefaultWhy.get(lang) }
                    </p>
                    <p class="muted">{ S::RecEmpty.get(lang) }</p>
                    </>
                },
                Some(rec) => recommendation_view(rec, lang),
            } }
            <div class="req-actions">
                <button type="button" id="req-clear" onclick={clear} disabled={prerendered || props.requirements.is_empty()}>
                    { S::ReqClear.get(lang) }
                </button>
            </div>
            <label class="vanishing">
                <input type="checkbox" id="asked-vanishing" checked={props.asked_vanishing} onchange={vanishing} disabled={prerendered} />
                { " " }{ S::ReqVanishing.get(lang) }
            </label>
        </aside>
    }
}

pub fn recommendation_view(rec: &Recommendation, lang: Lang) -> Html {
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
