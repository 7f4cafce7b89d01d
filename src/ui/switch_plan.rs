//! How to switch one profile: the target method, the fields that change (old → new, with
//! admin-center labels), the steps with their breadcrumbs, what happens to users and
//! enrolled devices (collapsed), and the same change as a Graph request and a PowerShell
//! command to review (copyable). Renders `engine::plan`.

use super::state::State;
use super::steps::{copy_button, steps_view};
use crate::engine::i18n::Lang;
use crate::engine::plan::{SwitchPlan, REVIEW_NOTE};
use crate::strings::S;
use yew::prelude::*;

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
            <div class="plan-steps">{ steps_view(Some(state), &p.steps.0, 1, lang) }</div>
            <details class="plan-more">
                <summary>{ S::PlanMore.get(lang) }</summary>
                <p class="plan-new">{ p.new_enrollments.get(lang) }</p>
                <p class="plan-enrolled">{ p.enrolled_devices.get(lang) }</p>
                if !p.notes.is_empty() {
                    <ul class="plan-notes">{ for p.notes.iter().map(|n| html! { <li>{ n.get(lang) }</li> }) }</ul>
                }
            </details>
            if let Some(g) = &p.graph {
                <details class="plan-request">
                    <summary>{ S::PlanRequest.get(lang) }</summary>
                    <p class="muted">{ REVIEW_NOTE.get(lang) }</p>
                    <pre class="plan-graph" tabindex="0"><code>{ format!("{} {}\n\n{}", g.method, g.url, g.body) }</code></pre>
                    { copy_button(state, g.body.clone(), S::PlanCopyBody.get(lang), "plan-copy-body", Some(format!("plan-{}-copy-body", p.object))) }
                    if let Some(ps) = &p.powershell {
                        <pre class="plan-powershell" tabindex="0"><code>{ ps.clone() }</code></pre>
                        { copy_button(state, ps.clone(), S::PlanCopyPowerShell.get(lang), "plan-copy-ps", Some(format!("plan-{}-copy-ps", p.object))) }
                    }
                </details>
            }
        </section>
    }
}
