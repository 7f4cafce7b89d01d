//! Settings-catalog policies: the walk over `settings[].settingInstance` (`settingDefinitionId`
//! with `choiceSettingValue { value, children[] }`, `simpleSettingValue { value }`,
//! `simpleSettingCollectionValue [{ value }]`, nested under `groupSettingCollectionValue[].children`),
//! and the enrollment policies of the 2026 "Enrollment policies" experience read from it
//! (S-SC-AUTHMETHOD, S-SC-TEMPLATE).

use super::{contradiction, texts};
use crate::engine::input::terraform::{self, Settings};
use crate::engine::json::Json;
use crate::engine::json::Value;
use crate::engine::model::{
    find_member, key, push_item_token, push_member_tokens, push_pointer_token, AffinityVariant, AuthMethod,
    Classification, Confidence, Evidence, Key, Object, ProfileSettings, Setting,
};

/// Template id prefix of the iOS/iPadOS enrollment policy template.
pub const IOS_ENROLLMENT_TEMPLATE: &str = "27d20e9c-50c1-48f8-a44c-f37de4510051";

/// Template id prefixes of the other Apple enrollment policy templates, from Microsoft's
/// definitions (`DCv2/Templates`, S-SC-MACOS, S-SC-TVOS-VISIONOS): "Apple macOS Device
/// Enrollment Policy", "Apple TVOS Device Enrollment Policy" (platforms `tvOS`) and "Apple
/// Vision Pro Device Enrollment Policy" (platforms `visionOS`), all `enrollmentConfiguration`.
pub const MACOS_ENROLLMENT_TEMPLATE: &str = "2e29557d-70fc-405a-8082-d1e5b6be2b8c";
pub const TVOS_ENROLLMENT_TEMPLATE: &str = "46af9f2a-ea44-41f5-9a93-baeebd93776e";
pub const VISIONOS_ENROLLMENT_TEMPLATE: &str = "b974d292-62c4-4853-bdab-166cf42df51c";

/// The Apple platform an enrollment policy is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyPlatform {
    Ios,
    Macos,
    Tvos,
    Visionos,
    /// Only the settings tell, and they are shared by tvOS and visionOS
    /// (`ade_useraffinitybasic`, `ade_awaitconfiguration_basic`).
    TvosOrVisionos,
}

/// The settings only tvOS and visionOS enrollment policies use: their `ade_*` settings have
/// no platform prefix, unlike macOS's `ade_macos_*` (S-SC-TVOS-VISIONOS).
const TVOS_VISIONOS_SETTINGS: [&str; 2] = ["ade_useraffinitybasic", "ade_awaitconfiguration_basic"];

/// One value of a setting found in a policy: the option of a choice setting, the value of
/// a simple setting, or one item of a simple setting collection (a list of strings).
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// `settingDefinitionId`, lower case.
    pub definition: String,
    /// The value as written (e.g. `ade_authenticationmethod_2`, or a bundle id in a list).
    pub value: Value,
    /// Pointer (relative to the policy) of the `value`.
    pub pointer: String,
    /// Pointer (relative to the policy) of the setting instance that holds it (the object
    /// with the `settingDefinitionId`).
    pub instance: String,
}

impl Choice {
    fn evidence(&self) -> Evidence {
        Evidence { pointer: self.pointer.clone().into(), value: self.value.clone() }
    }

    /// What follows `<definition>_` in the value (`"2"` for `ade_authenticationmethod_2`).
    pub fn option(&self) -> Option<String> {
        let v = self.value.as_str()?;
        let n = self.definition.len();
        if !v.get(..n)?.eq_ignore_ascii_case(&self.definition) {
            return None;
        }
        Some(v.get(n..)?.strip_prefix('_')?.to_ascii_lowercase())
    }
}

/// A member of a JSON object by any spelling of its key, also looking inside a PowerShell
/// `AdditionalProperties` bag: the bag's key (if it came from there), the key and the value.
fn member<'a>(map: Json<'a>, key: Key) -> Option<(Option<&'a str>, &'a str, Json<'a>)> {
    if let Some((k, v)) = find_member(map, key, |_| true) {
        return Some((None, k, v));
    }
    let (bag_key, bag) = find_member(map, key!("AdditionalProperties"), |v| v.is_object())?;
    let (k, v) = find_member(bag, key, |_| true)?;
    Some((Some(bag_key), k, v))
}

/// One step of the walk: a value, the length of the path to its parent, and how to reach
/// it from there.
struct Step<'a> {
    value: Json<'a>,
    parent_len: usize,
    token: Token<'a>,
}

enum Token<'a> {
    Root,
    Item(usize),
    Key(&'a str),
}

/// Every setting value under the policy's settings (choices, simple values and the items
/// of simple collections), in document order, wherever its shape keeps them
/// ([`terraform::settings`]). Settings held in a JSON-encoded string cannot be pointed
/// into: their values (and instances) point at the string.
pub fn choices(obj: &Object) -> Vec<Choice> {
    match terraform::settings(obj) {
        Some(Settings::InText { value, pointer }) => walk(value, pointer),
        Some(Settings::Encoded { doc, pointer }) => {
            let mut out = walk(doc.root(), String::new());
            for c in &mut out {
                c.pointer.clone_from(&pointer);
                c.instance.clone_from(&pointer);
            }
            out
        }
        None => Vec::new(),
    }
}

/// The setting values under `settings` (at `path`), in document order. Walks with an
/// explicit stack and one path buffer.
fn walk(settings: Json<'_>, mut path: String) -> Vec<Choice> {
    let mut out = Vec::new();
    let base = path.len();
    let mut stack = vec![Step { value: settings, parent_len: base, token: Token::Root }];
    while let Some(step) = stack.pop() {
        path.truncate(step.parent_len);
        match step.token {
            Token::Root => {}
            Token::Item(i) => push_item_token(&mut path, i),
            Token::Key(k) => {
                path.push('/');
                push_pointer_token(&mut path, k);
            }
        }
        let value = step.value;
        let here = path.len();
        // Nested values go on the stack in reverse, so that they come off it in document
        // order.
        let first = stack.len();
        if value.is_array() {
            for (i, item) in value.items().enumerate().filter(|(_, v)| v.is_object() || v.is_array()) {
                stack.push(Step { value: item, parent_len: here, token: Token::Item(i) });
            }
            stack.get_mut(first..).unwrap_or_default().reverse();
            continue;
        }
        if !value.is_object() {
            continue;
        }
        if let Some(def) = member(value, key!("settingDefinitionId")).and_then(|(_, _, v)| v.as_str()) {
            push_values(value, def, &path, &mut out);
        }
        for (k, v) in value.members().filter(|(_, v)| v.is_object() || v.is_array()) {
            stack.push(Step { value: v, parent_len: here, token: Token::Key(k) });
        }
        stack.get_mut(first..).unwrap_or_default().reverse();
    }
    out
}

/// The values of one setting instance (at `path`, with the definition `def`): a choice's
/// option, a simple value, or every item of a simple collection. Values that are objects
/// or arrays are not setting values and are left out.
fn push_values(instance: Json<'_>, def: &str, path: &str, out: &mut Vec<Choice>) {
    let scalar = |v: &Json<'_>| !v.is_object() && !v.is_array();
    let definition = def.to_ascii_lowercase();
    let mut push = |value: Json<'_>, pointer: String| {
        out.push(Choice {
            definition: definition.clone(),
            value: value.to_value(),
            pointer,
            instance: path.to_string(),
        })
    };
    // A choice or a simple value: `{ value }` under the instance.
    for holder in [key!("choiceSettingValue"), key!("simpleSettingValue")] {
        let Some((hbag, hkey, h)) = member(instance, holder).filter(|(_, _, h)| h.is_object()) else { continue };
        if let Some((vbag, vkey, v)) = member(h, key!("value")).filter(|(_, _, v)| scalar(v)) {
            let mut pointer = path.to_string();
            push_member_tokens(&mut pointer, hbag, hkey);
            push_member_tokens(&mut pointer, vbag, vkey);
            push(v, pointer);
        }
        return;
    }
    // A simple collection: `[{ value }, …]`.
    let Some((lbag, lkey, list)) =
        member(instance, key!("simpleSettingCollectionValue")).filter(|(_, _, l)| l.is_array())
    else {
        return;
    };
    for (i, item) in list.items().enumerate().filter(|(_, item)| item.is_object()) {
        if let Some((vbag, vkey, v)) = member(item, key!("value")).filter(|(_, _, v)| scalar(v)) {
            let mut pointer = path.to_string();
            push_member_tokens(&mut pointer, lbag, lkey);
            push_item_token(&mut pointer, i);
            push_member_tokens(&mut pointer, vbag, vkey);
            push(v, pointer);
        }
    }
}

/// The platform of a policy's Apple enrollment template (`templateReference.templateId`),
/// `None` when it is not one of them.
pub fn template_platform(obj: &Object) -> Option<PolicyPlatform> {
    let t = obj.field(key!("templateReference")).filter(|t| t.value.is_object())?;
    template_id_platform(member(t.value, key!("templateId")).and_then(|(_, _, v)| v.as_str())?)
}

/// The platform of an Apple enrollment template id, `None` for any other id.
pub fn template_id_platform(id: &str) -> Option<PolicyPlatform> {
    let id = id.to_ascii_lowercase();
    [
        (IOS_ENROLLMENT_TEMPLATE, PolicyPlatform::Ios),
        (MACOS_ENROLLMENT_TEMPLATE, PolicyPlatform::Macos),
        (TVOS_ENROLLMENT_TEMPLATE, PolicyPlatform::Tvos),
        (VISIONOS_ENROLLMENT_TEMPLATE, PolicyPlatform::Visionos),
    ]
    .into_iter()
    .find(|(prefix, _)| id.starts_with(prefix))
    .map(|(_, p)| p)
}

/// The one Apple platform a policy's `platforms` names (`iOS`, `macOS`, `tvOS`,
/// `visionOS`; Graph writes a flags enum, so a list is read too). `None` when it names none
/// of them or more than one.
fn declared_platform(obj: &Object) -> Option<PolicyPlatform> {
    let platforms = obj.str(key!("platforms"))?;
    let mut found = None;
    for token in platforms.split(|c: char| c == ',' || c.is_whitespace()).filter(|t| !t.is_empty()) {
        let p = match token.to_ascii_lowercase().as_str() {
            "ios" => PolicyPlatform::Ios,
            "macos" => PolicyPlatform::Macos,
            "tvos" => PolicyPlatform::Tvos,
            "visionos" => PolicyPlatform::Visionos,
            _ => continue,
        };
        if found.is_some_and(|f| f != p) {
            return None;
        }
        found = Some(p);
    }
    found
}

/// Which Apple platform an enrollment policy is for: `ade_macos_*` settings make it macOS
/// (S-SC-MACOS); otherwise `platforms`, then the template id, then the tvOS/visionOS-only
/// settings tell; iOS/iPadOS when nothing else does (its settings have no prefix either).
pub fn policy_platform(obj: &Object, choices: &[Choice]) -> PolicyPlatform {
    if choices.iter().any(|c| c.definition.starts_with("ade_macos_")) {
        return PolicyPlatform::Macos;
    }
    if let Some(p) = declared_platform(obj).or_else(|| template_platform(obj)) {
        return p;
    }
    if choices.iter().any(|c| TVOS_VISIONOS_SETTINGS.contains(&c.definition.as_str())) {
        return PolicyPlatform::TvosOrVisionos;
    }
    PolicyPlatform::Ios
}

/// The prefix of Apple's Restrictions payload settings in the settings catalog
/// (S-SC-RESTRICTIONS).
pub const RESTRICTIONS_PREFIX: &str = "com.apple.applicationaccess_";

/// Whether a settings-catalog policy is an iOS/iPadOS restrictions policy: it sets
/// settings of Apple's Restrictions payload (`com.apple.applicationaccess_*`), and its
/// `platforms` and `technologies`, when present, say iOS and MDM (Graph writes a flags enum
/// as text, `"mdm,enrollment"`; Terraform's settings-catalog resources a list,
/// S-TF-SETTINGS-CATALOG). macOS policies use the same settings (S-SC-RESTRICTIONS) and are
/// left out.
pub fn is_ios_restrictions(obj: &Object, choices: &[Choice]) -> bool {
    let names = |s: &str, word: &str| s.to_ascii_lowercase().split(',').any(|p| p.trim() == word);
    let says = |k: Key, word: &str| match obj.field(k) {
        Some(f) if f.value.is_array() => f.value.items().filter_map(|v| v.as_str()).any(|s| names(s, word)),
        Some(f) => f.as_str().is_some_and(|s| names(s, word)),
        None => true,
    };
    choices.iter().any(|c| c.definition.starts_with(RESTRICTIONS_PREFIX))
        && says(key!("platforms"), "ios")
        && says(key!("technologies"), "mdm")
}

fn find<'a>(choices: &'a [Choice], definition: &str) -> Option<&'a Choice> {
    choices.iter().find(|c| c.definition == definition)
}

fn flag(choices: &[Choice], definition: &str) -> Option<Setting<bool>> {
    let c = find(choices, definition)?;
    let value = match c.option()?.as_str() {
        "1" | "true" => true,
        "0" | "false" => false,
        _ => return None,
    };
    Some(Setting { value, evidence: vec![c.evidence()] })
}

/// The classification of a settings-catalog enrollment policy, from its [`choices`]
/// (passed in when recognition already walked them).
///
/// The option values are verified against Microsoft's own setting definitions
/// (S-SC-AUTHMETHOD, S-SC-USERAFFINITY, S-SC-AWAIT): `ade_authenticationmethod_2` is Setup
/// Assistant with modern authentication, `_0` is Company Portal (dropped from the
/// definitions in August 2025 while Learn's 2026 enrollment-policy pages still list it);
/// there is no `_1` and no legacy option. `ade_useraffinity` `_1` is with user affinity,
/// `_0` without, `_2` Microsoft Entra ID shared mode, `_3` Shared iPad. Any other value is
/// reported as unknown, never guessed.
pub(super) fn classify_policy(obj: &Object, choices: Option<Vec<Choice>>) -> Classification {
    let choices = choices.unwrap_or_else(|| self::choices(obj));
    let ua = find(&choices, "ade_useraffinity");
    let am = find(&choices, "ade_authenticationmethod");
    let ua_opt = ua.and_then(Choice::option);
    let am_opt = am.and_then(Choice::option);
    // "Await final configuration" sits under the modern-authentication choice, or under
    // the without-affinity and Entra shared mode choices.
    let await_final = match ua_opt.as_deref() {
        Some("0") | Some("2") => flag(&choices, "ade_useraffinity_awaitfinalconfiguration"),
        _ => flag(&choices, "ade_modernauth_awaitfinalconfiguration"),
    };
    let settings = ProfileSettings {
        locked_enrollment: flag(&choices, "ade_lockedenrollment"),
        await_final_configuration: await_final,
        ..ProfileSettings::default()
    };
    let evidence: Vec<Evidence> = [ua, am].into_iter().flatten().map(Choice::evidence).collect();
    let mut contradictions = Vec::new();
    let mut variant = None;

    let (method, mut confidence, mut reason) = match ua_opt.as_deref() {
        Some(opt @ ("0" | "2" | "3")) => {
            if let Some(am) = am {
                contradictions.push(contradiction(
                    "authentication-method-without-user-affinity",
                    texts::catalog_method_without_affinity(opt),
                    [ua, Some(am)].into_iter().flatten().map(Choice::evidence).collect(),
                ));
            }
            variant = match opt {
                "2" => Some(AffinityVariant::EntraSharedDeviceMode),
                "3" => Some(AffinityVariant::SharedIpad),
                _ => None,
            };
            (Some(AuthMethod::NoUserAffinity), Confidence::High, texts::catalog_no_affinity(opt))
        }
        Some("1") | None => match am_opt.as_deref() {
            Some("2") => (Some(AuthMethod::SetupAssistantModern), Confidence::High, texts::catalog_modern()),
            Some("0") => (Some(AuthMethod::CompanyPortal), Confidence::High, texts::catalog_company_portal()),
            Some(other) => (None, Confidence::Low, texts::catalog_unknown_method(other)),
            None if ua.is_some() => (None, Confidence::Low, texts::catalog_no_method()),
            None => (None, Confidence::Low, texts::catalog_no_settings()),
        },
        Some(other) => (None, Confidence::Low, texts::catalog_unknown_affinity(other)),
    };
    if ua.is_none() && am.is_some() {
        confidence = Confidence::Low;
        reason = texts::catalog_affinity_missing(&reason);
    }
    Classification { method, variant, confidence, reason: Some(reason), evidence, contradictions, settings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(definition: &str, value: Value) -> Choice {
        Choice { definition: definition.into(), value, pointer: String::new(), instance: String::new() }
    }

    #[test]
    fn an_option_is_what_follows_the_definition_in_any_case() {
        let d = "ade_authenticationmethod";
        let s = |v: &str| Value::String(v.into());
        assert_eq!(choice(d, s("ade_authenticationmethod_2")).option().as_deref(), Some("2"));
        assert_eq!(choice(d, s("ADE_AuthenticationMethod_True")).option().as_deref(), Some("true"));
        assert_eq!(choice(d, s("ade_authenticationmethod_")).option().as_deref(), Some(""));
        assert_eq!(choice(d, s("ade_authenticationmethod2")).option(), None, "no separator");
        assert_eq!(choice(d, s("ade_useraffinity_1")).option(), None, "another setting");
        assert_eq!(choice(d, s("ade_auth")).option(), None, "shorter than the definition");
        assert_eq!(choice(d, s("adé_authenticationmethod_1")).option(), None, "é is not e");
        assert_eq!(choice(d, Value::Bool(true)).option(), None, "not a string");
    }
}
