//! The "Compare" section: when two or more ADE profiles or policies are recognised, the
//! fields that differ (authentication fields first) with each profile's value; identical
//! fields are counted. Renders `engine::compare`.

use crate::engine::compare::Comparison;
use crate::engine::i18n::Lang;
use crate::strings::S;
use yew::prelude::*;

pub fn compare_view(c: &Comparison, lang: Lang) -> Html {
    let summary = S::CompareSummary
        .get(lang)
        .replace("{n}", &c.profiles.len().to_string())
        .replace("{d}", &c.rows.len().to_string())
        .replace("{same}", &c.identical.to_string());
    html! {
        <section id="compare" class="card" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ S::CompareHeading.get(lang) }</h2>
            <p class="intro">{ summary }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={S::CompareHeading.get(lang)}>
                <table class="compare">
                    <thead><tr>
                        <th scope="col">{ S::PlanField.get(lang) }</th>
                        { for c.profiles.iter().map(|p| html! {
                            <th scope="col" data-object={p.object.to_string()}>{ &p.name }</th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for c.rows.iter().map(|r| html! {
                            <tr data-field={r.key.clone()} class={classes!(r.auth.then_some("auth-field"))}>
                                <th scope="row">
                                    if let Some(l) = r.label { { l.get(lang) }<br /> }
                                    <code>{ &r.key }</code>
                                </th>
                                { for r.values.iter().map(|v| match v {
                                    Some(v) => html! { <td><code>{ v.clone() }</code></td> },
                                    None => html! { <td class="muted">{ S::PlanNotSet.get(lang) }</td> },
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
