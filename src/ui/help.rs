//! "How do I get this JSON?": Graph Explorer requests and PowerShell one-liners for the
//! classic enrollment profiles and the new enrollment policies.

use super::browser;
use crate::engine::i18n::Lang;
use crate::strings::S;
use yew::prelude::*;

pub const GRAPH_EXPLORER: &str = "https://developer.microsoft.com/graph/graph-explorer";

const GRAPH_PROFILES: &str =
    "GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/{tokenId}/enrollmentProfiles";
const GRAPH_TOKENS: &str = "GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings";
const GRAPH_POLICIES: &str =
    "GET https://graph.microsoft.com/beta/deviceManagement/configurationPolicies?$filter=technologies has 'enrollment'&$expand=settings";
const PS_CLASSIC: &str = "Connect-MgGraph -Scopes DeviceManagementServiceConfig.Read.All; (Get-MgBetaDeviceManagementDepOnboardingSetting).Id | % { Invoke-MgGraphRequest -Uri \"beta/deviceManagement/depOnboardingSettings/$_/enrollmentProfiles\" -OutputType Json | Set-Content \"ade-profiles-$_.json\" }";
const PS_POLICIES: &str = "Connect-MgGraph -Scopes DeviceManagementConfiguration.Read.All; Invoke-MgGraphRequest -Uri \"beta/deviceManagement/configurationPolicies?`$filter=technologies has 'enrollment'&`$expand=settings\" -OutputType Json | Set-Content ade-policies.json";

fn snippet(id: &'static str, code: &'static str, lang: Lang, prerendered: bool) -> Html {
    let copy = Callback::from(move |_| {
        yew::platform::spawn_local(async move {
            browser::copy_text(code).await;
        })
    });
    html! {
        <div class="snippet">
            <pre><code id={id}>{ code }</code></pre>
            <button type="button" class="copy-snippet" aria-describedby={id} onclick={copy} disabled={prerendered}>{ S::HelpCopy.get(lang) }</button>
        </div>
    }
}

/// The help; `prerendered`: its copy buttons are disabled until the app starts.
pub fn help(lang: Lang, prerendered: bool) -> Html {
    html! {
        <details class="help" id="help">
            <summary>{ S::HelpSummary.get(lang) }</summary>
            <p>
                <a href={GRAPH_EXPLORER} target="_blank" rel="noopener noreferrer">{ "Graph Explorer" }</a>
                { " — " }{ S::HelpGraph.get(lang) }
            </p>
            { snippet("help-graph-tokens", GRAPH_TOKENS, lang, prerendered) }
            { snippet("help-graph-profiles", GRAPH_PROFILES, lang, prerendered) }
            <p>{ S::HelpGraphPolicies.get(lang) }</p>
            { snippet("help-graph-policies", GRAPH_POLICIES, lang, prerendered) }
            <p>{ S::HelpPsClassic.get(lang) }</p>
            { snippet("help-ps-classic", PS_CLASSIC, lang, prerendered) }
            <p>{ S::HelpPsPolicies.get(lang) }</p>
            { snippet("help-ps-policies", PS_POLICIES, lang, prerendered) }
            <p>{ S::HelpRestrictions.get(lang) }</p>
        </details>
    }
}
