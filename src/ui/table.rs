//! The comparison table with Microsoft's nuances as numbered footnotes.

use crate::engine::i18n::{Lang, Link};
use crate::engine::table::{nuances_for_cell, nuances_for_column, yes_no, Method, Row, EXTRA_ROWS, NUANCES, TABLE};
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub lang: Lang,
}

fn link_view(link: &Link, lang: Lang) -> Html {
    if link.url.is_empty() {
        html! { <cite>{ link.title.get(lang) }</cite> }
    } else {
        html! { <a href={link.url} target="_blank" rel="noopener noreferrer">{ link.title.get(lang) }</a> }
    }
}

fn row_view(row: &Row, lang: Lang, extra: bool) -> Html {
    let id = row.requirement.id();
    html! {
        <tr data-requirement={id} class={classes!(extra.then_some("extra-row"))}>
            <th scope="row">
                { row.label.get(lang) }
                if extra { <sup class="extra-mark" title={S::ExtraRowsNote.get(lang)}>{ "*" }</sup> }
            </th>
            { for Method::ALL.iter().map(|m| {
                let v = row.value(*m);
                let notes: Vec<&str> = nuances_for_cell(row.requirement, *m).map(|n| n.id).collect();
                html! {
                    <td class={classes!("cell", if v { "yes" } else { "no" })} data-method={m.id()}>
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
            <div class="table-scroll">
                <table class="comparison">
                    <thead>
                        <tr>
                            <th scope="col">{ S::RequirementColumn.get(lang) }</th>
                            { for Method::ALL.iter().map(|m| html! {
                                <th scope="col" data-method={m.id()} title={m.summary().get(lang)}>
                                    { m.label().get(lang) }
                                    { for nuances_for_column(*m).map(|n| html! {
                                        <sup><a class="note-ref" href={format!("#note-{}", n.id)}>{ n.id }</a></sup>
                                    }) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody class="article-rows">
                        { for TABLE.iter().map(|r| row_view(r, lang, false)) }
                    </tbody>
                    <tbody class="extra-rows">
                        { for EXTRA_ROWS.iter().map(|r| row_view(r, lang, true)) }
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
