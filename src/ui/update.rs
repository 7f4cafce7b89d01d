//! The "new version ready" notice (docs/offline.md): shown once the service worker has installed a newer deployment; its button switches to it and reloads.

use super::browser;
use crate::engine::i18n::Lang;
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpdateProps {
    pub lang: Lang,
}

#[function_component(UpdateNotice)]
pub fn update_notice(p: &UpdateProps) -> Html {
    let onclick = Callback::from(|_: MouseEvent| browser::apply_update());
    html! {
        <div class="update-notice" id="update-notice" role="status">
            <span>{ S::UpdateReady.get(p.lang) }</span>
            <button type="button" id="update-reload" {onclick}>{ S::UpdateReload.get(p.lang) }</button>
        </div>
    }
}
