//! Comparing profiles: for two or more recognised ADE profiles or policies (in one input or
//! across inputs), the fields whose values differ, with their admin-center labels and each
//! profile's value; the authentication method and the fields that decide or go with it
//! first; identical fields counted, not listed.
//!
//! Fields are matched by normalised key (any spelling), settings-catalog choices by
//! their setting id. Identity and bookkeeping fields (`id`, dates, `@odata.*`, the
//! enrollment endpoint URL that embeds the id) are left out: they always differ.

use super::classify::catalog;
use super::fields;
use super::i18n::Text;
use super::json::to_compact;
use super::model::{normalize_key, Object};
use serde::Serialize;

mod render;
pub use render::{comparison_json, comparison_markdown, comparison_text};

/// One compared profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Compared {
    /// The object's index.
    pub object: usize,
    pub name: String,
    /// `source#pointer`.
    pub location: String,
}

/// One row: a field and each profile's value (JSON text; `None` = not in that profile).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// The key as written in the first profile that has it (the setting id for a
    /// settings-catalog choice; `method` for the classified method).
    pub key: String,
    /// The admin-center label, when the field explainer knows the field.
    pub label: Option<Text>,
    /// Whether the field decides the authentication method or goes with it.
    pub auth: bool,
    pub values: Vec<Option<String>>,
}

/// The comparison of several profiles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub profiles: Vec<Compared>,
    /// Rows whose values differ: authentication rows first, then in the order the
    /// fields first appear.
    pub rows: Vec<Row>,
    /// How many compared fields have the same value everywhere.
    pub identical: usize,
}

/// Fields that decide the authentication method or change what it does.
const AUTH_KEYS: &[&str] = &[
    "method",
    "requiresUserAuthentication",
    "enableAuthenticationViaCompanyPortal",
    "configurationWebUrl",
    "requireSetupAssistantWithModernAuthentication",
    "requireCompanyPortalOnSetupAssistantEnrolledDevices",
    "companyPortalVppTokenId",
    "enableSingleAppEnrollmentMode",
    "awaitDeviceConfiguredConfirmation",
    "waitForDeviceConfiguredConfirmation",
    "userlessSharedAadModeEnabled",
    "enableSharedIPad",
    "profileRemovalDisabled",
    "ade_useraffinity",
    "ade_authenticationmethod",
    "ade_modernauth_awaitfinalconfiguration",
    "ade_useraffinity_awaitfinalconfiguration",
    "ade_lockedenrollment",
];

/// Fields that identify or date an object (the name heads its column): they always
/// differ and say nothing.
const IGNORED: &[&str] = &[
    "id",
    "displayName",
    "name",
    "createdDateTime",
    "lastModifiedDateTime",
    "version",
    "configurationEndpointUrl",
    "settings",
    "settingCount",
    // Terraform's settings-catalog resources: the nested settings block, the count.
    "configurationPolicy",
    "settingsCount",
    "creationSource",
    "AdditionalProperties",
];

fn is_auth(key: &str) -> bool {
    let n = normalize_key(key);
    AUTH_KEYS.iter().any(|k| normalize_key(k) == n)
}

/// The fields of one profile as (key as written, normalised key, value as JSON text).
fn entries(obj: &Object) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let method = obj.method().map_or("null".to_string(), |m| format!("\"{}\"", m.id()));
    out.push(("method".to_string(), "method".to_string(), method));
    for f in obj.fields() {
        let n = normalize_key(f.key);
        if f.key.starts_with('@') || IGNORED.iter().any(|k| normalize_key(k) == n) {
            continue;
        }
        out.push((f.key.to_string(), n, to_compact(&f.value.to_value())));
    }
    for c in catalog::choices(obj) {
        let n = normalize_key(&c.definition);
        out.push((c.definition.clone(), n, to_compact(&c.value)));
    }
    out
}

/// The comparison of the ADE profiles and policies among `objects`; `None` when fewer
/// than two.
pub fn compare(objects: &[Object]) -> Option<Comparison> {
    let profiles: Vec<&Object> = objects.iter().filter(|o| o.kind.is_ade_profile()).collect();
    if profiles.len() < 2 {
        return None;
    }
    let per: Vec<Vec<(String, String, String)>> = profiles.iter().map(|o| entries(o)).collect();
    // Keys in first-appearance order.
    let mut keys: Vec<(String, String)> = Vec::new();
    for e in &per {
        for (written, norm, _) in e {
            if !keys.iter().any(|(_, n)| n == norm) {
                keys.push((written.clone(), norm.clone()));
            }
        }
    }
    let mut rows = Vec::new();
    let mut identical = 0;
    for (written, norm) in keys {
        let values: Vec<Option<String>> =
            per.iter().map(|e| e.iter().find(|(_, n, _)| *n == norm).map(|(_, _, v)| v.clone())).collect();
        if values.iter().all(|v| *v == values[0]) {
            identical += 1;
            continue;
        }
        let label = if written == "method" {
            Some(Text::new("Authentication method (as classified)", "認証方法 (判定結果)"))
        } else {
            fields::lookup(&written).map(|f| f.label)
        };
        rows.push(Row { auth: is_auth(&written), key: written, label, values });
    }
    // Stable: authentication rows first, each group in appearance order.
    let (mut auth, other): (Vec<Row>, Vec<Row>) = rows.into_iter().partition(|r| r.auth);
    auth.extend(other);
    let compared = profiles
        .iter()
        .map(|o| Compared { object: o.index, name: super::rules::display_name(o).to_string(), location: o.location() })
        .collect();
    Some(Comparison { profiles: compared, rows: auth, identical })
}
