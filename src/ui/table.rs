//! The decision table: the article's comparison table (plus Microsoft's extra rows and the
//! nuance footnotes) with a checkbox in each requirement's row. Ticking rows marks, in each
//! method's column, whether it fits and which ticked rows it fails; the recommendation sits
//! beside the table. The only list of requirements on the page.

use super::link_view;
use super::recommendation::recommendation_panel;
use super::state::{Action, State};
use crate::engine::i18n::Lang;
use crate::engine::recommend::Recommendation;
use crate::engine::table::{
    nuances_for_cell, nuances_for_column, yes_no, Method, RequirementSet, Row, EXTRA_ROWS, NUANCES, TABLE,
};
use crate::strings::S;
use std::rc::Rc;
use yew::prelude::*;

/// What the decision table shows: the ticked rows, the engine's verdict for them, and the
/// pasted profiles' methods (not the inputs: typing in the paste area leaves it alone).
#[derive(Properties)]
pub struct TableProps {
    pub lang: Lang,
    pub requirements: RequirementSet,
    pub recommendation: Option<Rc<Recommendation>>,
    pub asked_vanishing: bool,
    /// Methods of the pasted profiles: their columns are highlighted.
    #[prop_or_default]
    pub methods: Vec<Method>,
    pub dispatch: UseReducerDispatcher<State>,
    /// In the build-time HTML: the checkboxes and buttons are disabled until the app starts.
    #[prop_or_default]
    pub prerendered: bool,
}

/// The verdict is compared by identity: the reducer makes a new one only when the ticked
/// rows change.
impl PartialEq for TableProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.requirements == other.requirements
            && super::same_rc(&self.recommendation, &other.recommendation)
            && self.asked_vanishing == other.asked_vanishing
            && self.methods == other.methods
            && self.dispatch == other.dispatch
            && self.prerendered == other.prerendered
    }
}

impl TableProps {
    /// The table's props from the page's state (the methods of the pasted profiles apart).
    pub fn from_state(state: &UseReducerHandle<State>, methods: Vec<Method>) -> TableProps {
        TableProps {
            lang: state.lang,
            requirements: state.requirements,
            recommendation: state.recommendation.clone(),
            asked_vanishing: state.asked_vanishing,
            methods,
            dispatch: state.dispatcher(),
            prerendered: false,
        }
    }
}

fn row_view(props: &TableProps, row: &Row, extra: bool) -> Html {
    let lang = props.lang;
    let methods = &props.methods;
    let r = row.requirement;
    let id = r.id();
    let required = props.requirements.contains(r);
    let input_id = format!("req-{id}");
    let help_id = format!("req-help-{id}");
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ToggleRequirement(r)))
    };
    html! {
        <tr data-requirement={id} class={classes!(extra.then_some("extra-row"), required.then_some("required"))}>
            <th scope="row" class="req">
                <input type="checkbox" id={input_id.clone()} checked={required} {onchange} aria-describedby={help_id.clone()} disabled={props.prerendered} />
                <label for={input_id}>
                    { row.label.get(lang) }
                    if extra { <sup class="extra-mark" title={S::ExtraRowsNote.get(lang)}>{ "*" }</sup> }
                </label>
                <details class="req-explain">
                    <summary aria-label={format!("{}: {}", S::ReqExplain.get(lang), row.label.get(lang))} title={S::ReqExplain.get(lang)}>{ "?" }</summary>
                    <p id={help_id} class="req-help">
                        { row.help.get(lang) }{ " " }
                        <span class="source">{ S::SourceLabel.get(lang) }{ ": " }{ link_view(&row.link, lang) }</span>
                    </p>
                </details>
            </th>
            { for Method::ALL.iter().map(|m| {
                let v = row.value(*m);
                // The engine's verdict (the same as the recommendation beside the table).
                let fails = props
                    .recommendation
                    .as_ref()
                    .and_then(|rec| rec.fit(*m))
                    .is_some_and(|f| f.unmet.iter().any(|u| u.requirement == r));
                let notes: Vec<&str> = nuances_for_cell(r, *m).map(|n| n.id).collect();
                html! {
                    <td class={classes!("cell", if v { "yes" } else { "no" }, methods.contains(m).then_some("profile-method"), fails.then_some("fails"))}
                        data-method={m.id()} data-fails={fails.then_some("true")}>
                        <span class="mark" aria-hidden="true">{ if v { "✓" } else { "✕" } }</span>
                        <span class="value">{ yes_no(v, lang) }</span>
                        if fails { <span class="fail-note">{ S::TableFailsRow.get(lang) }</span> }
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
    let required = props.requirements;
    let shown = |r: &&Row| !r.requirement.is_obsolete() || required.contains(r.requirement);
    html! {
        <section id="comparison" class="card decide" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{ S::TableHeading.get(lang) }</h2>
            <p class="intro">{ S::TableIntro.get(lang) }</p>
            if !props.methods.is_empty() {
                <ul class="table-legend">
                    <li class="legend-method">{ S::TableYourMethod.get(lang) }</li>
                </ul>
            }
            <div class="decide-grid">
                <div class="table-scroll" tabindex="0" role="region" aria-label={S::TableHeading.get(lang)}>
                    <table class="comparison">
                        <caption class="visually-hidden">{ S::TableHeading.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ S::RequirementColumn.get(lang) }</th>
                                { for Method::ALL.iter().map(|m| {
                                    let fit = props.recommendation.as_ref().and_then(|rec| rec.fit(*m)).map(|f| f.fits);
                                    html! {
                                        <th scope="col" data-method={m.id()} title={m.summary().get(lang)}
                                            data-fits={fit.map(|f| f.to_string())}
                                            class={classes!(props.methods.contains(m).then_some("profile-method"), fit.map(|f| if f { "fits" } else { "no-fit" }))}>
                                            { m.label().get(lang) }
                                            { for nuances_for_column(*m).map(|n| html! {
                                                <sup><a class="note-ref" href={format!("#note-{}", n.id)}>{ n.id }</a></sup>
                                            }) }
                                            if let Some(f) = fit {
                                                <span class="fit-badge">{ if f { "✓ " } else { "✕ " } }{ if f { S::Fits.get(lang) } else { S::DoesNotFit.get(lang) } }</span>
                                            }
                                        </th>
                                    }
                                }) }
                            </tr>
                        </thead>
                        <tbody class="article-rows">
                            { for TABLE.iter().filter(shown).map(|r| row_view(props, r, false)) }
                        </tbody>
                        <tbody class="extra-rows">
                            { for EXTRA_ROWS.iter().filter(shown).map(|r| row_view(props, r, true)) }
                        </tbody>
                    </table>
                </div>
                { recommendation_panel(props) }
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
