//! The "new version ready" notice (docs/offline.md): shown once the service worker has installed a newer deployment; its button switches to it and reloads.

use super::browser;
use super::state::State;
use crate::strings::S;
use yew::prelude::*;

/// The notice, or nothing while no newer version waits.
pub fn update_view(state: &State) -> Html {
    if !state.update_ready {
        return html! {};
    }
    let lang = state.lang;
    let onclick = Callback::from(|_: MouseEvent| browser::apply_update());
    html! {
        <div class="update-notice" id="update-notice" role="status">
            <span>{ S::UpdateReady.get(lang) }</span>
            <button type="button" id="update-reload" {onclick}>{ S::UpdateReload.get(lang) }</button>
        </div>
    }
}
