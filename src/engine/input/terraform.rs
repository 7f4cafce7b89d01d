//! Terraform's shapes of Intune policies (S-TF-SETTINGS-CATALOG): where a settings-catalog
//! resource keeps its settings, and which Apple platform one of the provider's flat
//! enrollment-policy resources is for. The wrappers of `terraform show -json` and state
//! files are unwrapped by discovery ([`super::discover`]).

use crate::engine::classify::catalog::{self, PolicyPlatform};
use crate::engine::json::{Doc, Json};
use crate::engine::model::{find_member, key, push_pointer_token, Kind, Object};

/// Where a settings-catalog policy keeps its settings.
pub enum Settings<'a> {
    /// Written out in the text: Graph's `settings` (also IntuneCD's and the PowerShell
    /// SDK's), or the `settings` list of Terraform's nested `configuration_policy` block.
    /// `pointer` (relative to the object) leads to it.
    InText { value: Json<'a>, pointer: String },
    /// Terraform's `settings` attribute holding Graph's settings as a JSON-encoded string
    /// (`{"settings": [...]}`, the provider's `…_json` resources), parsed on its own. A JSON
    /// pointer cannot lead into a string: `pointer` leads to the string itself.
    Encoded { doc: Doc, pointer: String },
}

/// The settings of a settings-catalog policy, in any shape we accept; `None` when the
/// object has none (or a `settings` string that is not a JSON array or object).
pub fn settings(obj: &Object) -> Option<Settings<'_>> {
    let field = obj.field(key!("settings"));
    if let Some(f) = field.filter(|f| f.value.is_array() || f.value.is_object()) {
        return Some(Settings::InText { value: f.value, pointer: f.pointer() });
    }
    if let Some(block) = obj.field(key!("configurationPolicy")).filter(|f| f.value.is_object()) {
        if let Some((k, value)) = find_member(block.value, key!("settings"), |v| v.is_array() || v.is_object()) {
            let mut pointer = block.pointer();
            pointer.push('/');
            push_pointer_token(&mut pointer, k);
            return Some(Settings::InText { value, pointer });
        }
    }
    let f = field?;
    let doc = Doc::parse(f.value.as_str()?).ok()?;
    let root = doc.root();
    (root.is_array() || root.is_object()).then(|| Settings::Encoded { pointer: f.pointer(), doc })
}

/// Whether the object's settings are a JSON-encoded string (see [`Settings::Encoded`]).
pub fn settings_encoded(obj: &Object) -> bool {
    obj.field(key!("settings")).is_some_and(|f| f.value.is_string())
        && matches!(settings(obj), Some(Settings::Encoded { .. }))
}

/// Whether the object could be a settings-catalog policy: it has `settings` or Terraform's
/// `configuration_policy` block.
pub fn has_settings(obj: &Object) -> bool {
    obj.has(key!("settings")) || obj.has(key!("configurationPolicy"))
}

/// Whether the object is the provider's flat iOS/iPadOS enrollment-policy resource
/// (`…_ios_ipados_device_enrollment_policy`): its `require_setup_assistant_with_modern_authentication`
/// attribute, present in every state and plan of it, is named nowhere else.
pub fn is_flat_ios_policy(obj: &Object) -> bool {
    obj.has(key!("requireSetupAssistantWithModernAuthentication"))
}

/// The kind of one of the provider's flat enrollment-policy resources that is not for
/// iOS/iPadOS. These resources hold a policy's choices as flags, not settings; their
/// computed `template_id` (in the state, and in plans of resources that exist) names the
/// template, and the visionOS resource planned before it exists still differs by its
/// `user_affinity` flag (the others say `requires_user_authentication`). `None` for the
/// iOS/iPadOS resource, which the profile flags classify, and for anything else.
pub fn flat_policy_kind(obj: &Object) -> Option<Kind> {
    if has_settings(obj) {
        return None;
    }
    let platform = match obj.str(key!("templateId")) {
        Some(id) => catalog::template_id_platform(id)?,
        None if obj.has(key!("userAffinity")) && !obj.has(key!("requiresUserAuthentication")) => {
            PolicyPlatform::TvosOrVisionos
        }
        None => return None,
    };
    match platform {
        PolicyPlatform::Ios => None,
        PolicyPlatform::Macos => Some(Kind::MacosEnrollmentProfile),
        PolicyPlatform::Tvos | PolicyPlatform::Visionos | PolicyPlatform::TvosOrVisionos => {
            Some(Kind::TvosVisionosEnrollmentPolicy)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(v: serde_json::Value) -> Option<(bool, String)> {
        let o = Object::new(Kind::Unknown, 0, "p", "", v);
        settings(&o).map(|s| match s {
            Settings::InText { pointer, .. } => (false, pointer),
            Settings::Encoded { pointer, .. } => (true, pointer),
        })
    }

    #[test]
    fn settings_are_found_in_every_shape_graphs_first() {
        assert_eq!(at(json!({"settings": []})), Some((false, "/settings".into())));
        assert_eq!(
            at(json!({"configuration_policy": {"settings": [{"id": "0"}]}})),
            Some((false, "/configuration_policy/settings".into()))
        );
        assert_eq!(at(json!({"settings": "{\"settings\": []}"})), Some((true, "/settings".into())));
        assert_eq!(at(json!({"settings": "[]"})), Some((true, "/settings".into())));
        // Graph's list wins over the nested block; the nested block over a string.
        assert_eq!(
            at(json!({"settings": [], "configuration_policy": {"settings": []}})),
            Some((false, "/settings".into()))
        );
        assert_eq!(
            at(json!({"settings": "[]", "configuration_policy": {"settings": []}})),
            Some((false, "/configuration_policy/settings".into()))
        );
        // Text that is not a JSON array or object, and a block without settings: none.
        for v in [
            json!({"settings": "ade_useraffinity_1"}),
            json!({"settings": "{\"settings\": ["}),
            json!({"settings": "7"}),
            json!({"settings": null}),
            json!({"configuration_policy": null}),
            json!({"configuration_policy": {"settings": null}}),
        ] {
            assert_eq!(at(v.clone()), None, "{v}");
        }
    }
}
