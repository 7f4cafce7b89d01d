//! How to switch one profile: the target method, the fields that change (old → new, with
//! admin-center labels), where to click, the same change as a Graph request and a
//! PowerShell command to review (copyable), and what happens to enrolled devices. Renders
//! `engine::plan`.

use super::browser;
use super::state::{Action, Notice, State};
use crate::engine::i18n::Lang;
use crate::engine::plan::{SwitchPlan, REVIEW_NOTE};
use crate::strings::S;
use yew::prelude::*;

fn copy_button(state: &UseReducerHandle<State>, text: String, label: S, lang: Lang, id: String) -> Html {
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| {
            let state = state.clone();
            let text = text.clone();
            yew::platform::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                state.dispatch(Action::Notice(Some(if ok { Notice::Copied } else { Notice::CopyFailed })));
            });
        })
    };
    html! { <button type="button" class="copy" {id} {onclick}>{ label.get(lang) }</button> }
}

/// The plan block under a profile's card.
pub fn switch_plan_view(state: &UseReducerHandle<State>, p: &SwitchPlan, lang: Lang) -> Html {
    let heading_id = format!("plan-{}-heading", p.object);
    html! {
        <section class="switch-plan" data-switch-plan={p.to.id()} aria-labelledby={heading_id.clone()}>
            <h4 id={heading_id}>{ S::PlanHeading.get(lang) }{ ": " }{ p.to.label().get(lang) }</h4>
            <p class="plan-why">{ p.why.get(lang) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={S::PlanHeading.get(lang)}>
                <table class="plan-changes">
                    <thead><tr>
                        <th scope="col">{ S::PlanField.get(lang) }</th>
                        <th scope="col">{ S::PlanNow.get(lang) }</th>
                        <th scope="col">{ S::PlanNew.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for p.changes.iter().map(|c| html! {
                            <tr data-field={c.key}>
                                <th scope="row">{ c.label.get(lang) }<br /><code>{ c.key }</code></th>
                                <td class="plan-from"><code>{ c.from.clone().unwrap_or_else(|| S::PlanNotSet.get(lang).to_string()) }</code></td>
                                <td class="plan-to"><code>{ &c.to }</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="plan-where"><strong>{ S::PlanWhere.get(lang) }{ ": " }</strong>{ p.click_path.text.get(lang) }</p>
            <p class="plan-enrolled"><strong>{ S::PlanEnrolled.get(lang) }</strong>{ " " }{ p.enrolled_devices.get(lang) }</p>
            <p class="plan-new">{ p.new_enrollments.get(lang) }</p>
            if !p.notes.is_empty() {
                <ul class="plan-notes">{ for p.notes.iter().map(|n| html! { <li>{ n.get(lang) }</li> }) }</ul>
            }
            if let Some(g) = &p.graph {
                <details class="plan-request">
                    <summary>{ S::PlanRequest.get(lang) }</summary>
                    <p class="muted">{ REVIEW_NOTE.get(lang) }</p>
                    <pre class="plan-graph" tabindex="0"><code>{ format!("{} {}\n\n{}", g.method, g.url, g.body) }</code></pre>
                    { copy_button(state, g.body.clone(), S::PlanCopyBody, lang, format!("plan-{}-copy-body", p.object)) }
                    if let Some(ps) = &p.powershell {
                        <pre class="plan-powershell" tabindex="0"><code>{ ps.clone() }</code></pre>
                        { copy_button(state, ps.clone(), S::PlanCopyPowerShell, lang, format!("plan-{}-copy-ps", p.object)) }
                    }
                </details>
            }
        </section>
    }
}
