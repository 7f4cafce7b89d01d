//! The comparison table with Microsoft's nuances as numbered footnotes.

use super::link_view;
use crate::engine::i18n::Lang;
use crate::engine::table::{
    nuances_for_cell, nuances_for_column, yes_no, Method, RequirementSet, Row, EXTRA_ROWS, NUANCES, TABLE,
};
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub lang: Lang,
    /// Methods of the pasted profiles: their columns are highlighted.
    #[prop_or_default]
    pub methods: Vec<Method>,
    /// Requirements ticked: their rows are highlighted.
    #[prop_or_default]
    pub required: RequirementSet,
}

fn row_view(row: &Row, lang: Lang, extra: bool, props: &TableProps) -> Html {
    let id = row.requirement.id();
    let required = props.required.contains(row.requirement);
    html! {
        <tr data-requirement={id} class={classes!(extra.then_some("extra-row"), required.then_some("required"))}>
            <th scope="row">
                { row.label.get(lang) }
                if extra { <sup class="extra-mark" title={S::ExtraRowsNote.get(lang)}>{ "*" }</sup> }
            </th>
            { for Method::ALL.iter().map(|m| {
                let v = row.value(*m);
                let notes: Vec<&str> = nuances_for_cell(row.requirement, *m).map(|n| n.id).collect();
                html! {
                    <td class={classes!("cell", if v { "yes" } else { "no" }, props.methods.contains(m).then_some("profile-method"))} data-method={m.id()}>
                        <span class="mark" aria-hidden="true">{ if v { "✓" } else { "✕" } }</span>
                        <span class="value">{ yes_no(v, lang) }</span>
                        { for notes.iter().map(|n| html! {
                            <sup><a class="note-ref" href={format!("#note-{n}")}>{ *n }</a></sup>
                        }) }
                    </td>
                }
            }) }
        </tr>
    }
}

#[function_component(ComparisonTable)]
pub fn comparison_table(props: &TableProps) -> Html {
    let lang = props.lang;
    html! {
        <section id="comparison" class="card" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{ S::TableHeading.get(lang) }</h2>
            <p class="intro">{ S::TableIntro.get(lang) }</p>
            if !props.methods.is_empty() || !props.required.is_empty() {
                <ul class="table-legend">
                    if !props.methods.is_empty() { <li class="legend-method">{ S::TableYourMethod.get(lang) }</li> }
                    if !props.required.is_empty() { <li class="legend-required">{ S::TableRequired.get(lang) }</li> }
                </ul>
            }
            <div class="table-scroll">
                <table class="comparison">
                    <thead>
                        <tr>
                            <th scope="col">{ S::RequirementColumn.get(lang) }</th>
                            { for Method::ALL.iter().map(|m| html! {
                                <th scope="col" data-method={m.id()} title={m.summary().get(lang)}
                                    class={classes!(props.methods.contains(m).then_some("profile-method"))}>
                                    { m.label().get(lang) }
                                    { for nuances_for_column(*m).map(|n| html! {
                                        <sup><a class="note-ref" href={format!("#note-{}", n.id)}>{ n.id }</a></sup>
                                    }) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody class="article-rows">
                        { for TABLE.iter().map(|r| row_view(r, lang, false, props)) }
                    </tbody>
                    <tbody class="extra-rows">
                        { for EXTRA_ROWS.iter().map(|r| row_view(r, lang, true, props)) }
                    </tbody>
                </table>
            </div>
            <p class="extra-note"><sup>{ "*" }</sup>{ " " }{ S::ExtraRowsNote.get(lang) }</p>
            <h3>{ S::NotesHeading.get(lang) }</h3>
            <ol class="notes">
                { for NUANCES.iter().map(|n| html! {
                    <li id={format!("note-{}", n.id)}>
                        <strong>{ n.id }</strong>{ " " }{ n.text.get(lang) }{ " " }
                        <span class="source">{ S::SourceLabel.get(lang) }{ ": " }{ link_view(&n.link, lang) }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
