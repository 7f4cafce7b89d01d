//! The field explainer: the admin-center label (EN and JA) and meaning of the field the
//! user clicked in the input or in a verdict's evidence (data: `engine::fields`).

use super::state::{Action, State};
use crate::engine::fields;
use crate::engine::i18n::Lang;
use crate::strings::S;
use yew::prelude::*;

pub fn explainer(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let info = state.explain.as_deref().and_then(fields::lookup);
    let close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Explain(None)))
    };
    html! {
        <aside id="explainer" class="explainer" aria-labelledby="explainer-heading" aria-live="polite">
            <h3 id="explainer-heading">{ S::ExplainerHeading.get(lang) }</h3>
            { match info {
                None => html! { <p class="muted">{ S::ExplainerHint.get(lang) }</p> },
                Some(f) => html! {
                    <div class="field-info" data-field={f.key}>
                        <p><code class="field-key">{ f.key }</code></p>
                        <dl>
                            <dt>{ S::AdminLabel.get(lang) }</dt>
                            <dd>
                                <span lang="en">{ f.label.get(Lang::En) }</span>
                                <br />
                                <span lang="ja">{ f.label.get(Lang::Ja) }</span>
                            </dd>
                            <dt>{ S::MeaningLabel.get(lang) }</dt>
                            <dd>{ f.meaning.get(lang) }</dd>
                            if !f.values.is_empty() {
                                <dt>{ S::ValuesLabel.get(lang) }</dt>
                                <dd><ul class="values">{ for f.values.iter().map(|(v, t)| html! {
                                    <li><code>{ *v }</code>{ " — " }{ t.get(lang) }</li>
                                }) }</ul></dd>
                            }
                        </dl>
                        <button type="button" class="close" onclick={close}>{ S::CloseLabel.get(lang) }</button>
                    </div>
                },
            } }
        </aside>
    }
}
