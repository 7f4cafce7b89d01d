//! Classification details: contradictions, missing flags, settings-catalog edge cases,
//! Apple's profile JSON, and the bilingual texts.

use ade_advisor::engine::classify::classify;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::{AffinityVariant, AuthMethod, Classification, Confidence, Kind, Object};
use ade_advisor::engine::read;
use serde_json::{json, Value};

fn one(value: Value) -> Object {
    let text = value.to_string();
    let r = read(&[SourceText { name: "pasted", bytes: text.as_bytes() }]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.objects.len(), 1);
    r.objects[0].clone()
}

fn class(o: &Object) -> &Classification {
    o.classification.as_ref().expect("classified")
}

fn ids(c: &Classification) -> Vec<&'static str> {
    c.contradictions.iter().map(|c| c.id).collect()
}

fn profile(extra: Value) -> Value {
    let mut base = json!({
        "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
        "displayName": "p",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": false,
        "requireCompanyPortalOnSetupAssistantEnrolledDevices": false,
        "configurationWebUrl": false
    });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

fn assert_texts_complete(c: &Classification) {
    if let Some(r) = &c.reason {
        assert!(r.is_complete(), "{r:?}");
    }
    assert!(c.confidence == Confidence::High || c.reason.is_some(), "a reason whenever confidence is not high");
    for k in &c.contradictions {
        assert!(k.message.is_complete(), "{k:?}");
        assert!(!k.evidence.is_empty(), "{}", k.id);
    }
}

#[test]
fn single_app_mode_on_legacy_without_vpp_is_flagged_twice() {
    let o = one(profile(json!({"enableSingleAppEnrollmentMode": true})));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert_eq!(ids(c), ["single-app-mode-without-company-portal", "single-app-mode-without-vpp"]);
    assert_texts_complete(c);
}

#[test]
fn company_portal_with_single_app_mode_and_vpp_is_clean() {
    let o = one(profile(json!({
        "enableAuthenticationViaCompanyPortal": true,
        "enableSingleAppEnrollmentMode": true,
        "companyPortalVppTokenId": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12"
    })));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::CompanyPortal));
    assert_eq!(c.confidence, Confidence::High);
    assert!(c.contradictions.is_empty());
}

#[test]
fn company_portal_single_app_mode_with_blank_vpp_token_needs_a_token() {
    let o = one(profile(json!({
        "enableAuthenticationViaCompanyPortal": true,
        "enableSingleAppEnrollmentMode": true,
        "companyPortalVppTokenId": "  "
    })));
    let c = class(&o);
    assert_eq!(ids(c), ["single-app-mode-without-vpp"]);
    assert!(c.settings.vpp_token.is_none());
}

#[test]
fn disagreeing_await_flags_are_reported_and_either_true_counts() {
    let o = one(profile(json!({
        "configurationWebUrl": true,
        "awaitDeviceConfiguredConfirmation": false,
        "waitForDeviceConfiguredConfirmation": true
    })));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(ids(c), ["await-flags-disagree"]);
    assert_eq!(c.settings.await_final_configuration.as_ref().map(|s| s.value), Some(true));
    assert_texts_complete(c);
}

#[test]
fn method_flags_without_user_affinity_lower_confidence() {
    let o = one(profile(json!({"requiresUserAuthentication": false, "enableAuthenticationViaCompanyPortal": true})));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.confidence, Confidence::Medium);
    assert_eq!(ids(c), ["method-flags-without-user-affinity"]);
    assert_texts_complete(c);
}

#[test]
fn both_shared_modes_prefer_entra_shared_device_mode_and_are_flagged() {
    let o = one(profile(json!({
        "requiresUserAuthentication": false,
        "enableSharedIPad": true,
        "userlessSharedAadModeEnabled": true
    })));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.variant, Some(AffinityVariant::EntraSharedDeviceMode));
    assert_eq!(ids(c), ["shared-ipad-and-shared-device-mode"]);
}

#[test]
fn missing_user_affinity_flag_is_read_as_userless_with_a_reason() {
    let o = one(json!({"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "x"}));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.confidence, Confidence::Medium);
    assert!(c.reason.as_ref().unwrap().en.contains("requiresUserAuthentication"));
    assert!(c.evidence.is_empty());
    assert_texts_complete(c);
}

#[test]
fn untyped_snippet_with_auth_flags_is_an_ios_profile() {
    let o = one(json!({"requiresUserAuthentication": true, "configurationWebUrl": true}));
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.method(), Some(AuthMethod::SetupAssistantModern));
    let c = class(&o);
    assert!(c.contradictions.is_empty());
}

#[test]
fn legacy_reason_mentions_missing_flags() {
    let o = one(json!({"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "requiresUserAuthentication": true}));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert!(c.reason.as_ref().unwrap().en.contains("missing"));
    assert_eq!(c.evidence.len(), 1);
}

fn choice(def: &str, value: &str, children: Value) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
        "settingDefinitionId": def,
        "choiceSettingValue": {"value": value, "children": children}
    })
}

fn policy(settings: Value) -> Value {
    json!({"@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy", "name": "pol", "platforms": "iOS", "settings": settings})
}

#[test]
fn userless_policy_with_an_authentication_method_is_flagged() {
    let o = one(policy(json!([{"settingInstance": choice(
        "ade_useraffinity",
        "ade_useraffinity_0",
        json!([choice("ade_authenticationmethod", "ade_authenticationmethod_2", json!([]))])
    )}])));
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(ids(c), ["authentication-method-without-user-affinity"]);
    assert_texts_complete(c);
}

#[test]
fn policy_method_without_user_affinity_setting_is_low() {
    let o = one(policy(
        json!([{"settingInstance": choice("ade_authenticationmethod", "ade_authenticationmethod_2", json!([]))}]),
    ));
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.confidence, Confidence::Low);
    assert!(c.reason.as_ref().unwrap().en.contains("ade_useraffinity setting"));
    assert_eq!(c.evidence[0].pointer, "/settings/0/settingInstance/choiceSettingValue/value");
}

#[test]
fn policy_without_method_or_with_unknown_value_names_no_method() {
    let o = one(policy(json!([{"settingInstance": choice("ade_useraffinity", "ade_useraffinity_1", json!([]))}])));
    let c = class(&o);
    assert_eq!(c.method, None);
    assert_eq!(c.confidence, Confidence::Low);
    assert!(c.reason.as_ref().unwrap().en.contains("ade_authenticationmethod"));

    let o = one(policy(json!([{"settingInstance": choice(
        "ade_useraffinity",
        "ade_useraffinity_1",
        json!([choice("ade_authenticationmethod", "ade_authenticationmethod_7", json!([]))])
    )}])));
    assert_eq!(class(&o).method, None);
    assert_texts_complete(class(&o));
}

/// Regression: `_0` was read as legacy and `_1` as Company Portal, from the order of the
/// options. Microsoft's setting definitions say `_0` is Company Portal and `_1` does not
/// exist (S-SC-AUTHMETHOD).
#[test]
fn policy_method_values_are_the_ones_microsoft_defines() {
    let with_method = |value: &str| {
        one(policy(json!([{"settingInstance": choice(
            "ade_useraffinity",
            "ade_useraffinity_1",
            json!([choice("ade_authenticationmethod", value, json!([]))])
        )}])))
    };
    let cp = with_method("ade_authenticationmethod_0");
    assert_eq!(class(&cp).method, Some(AuthMethod::CompanyPortal));
    assert_eq!(class(&cp).confidence, Confidence::High);
    let modern = with_method("ade_authenticationmethod_2");
    assert_eq!(class(&modern).method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(class(&modern).confidence, Confidence::High);
    let one_value = with_method("ade_authenticationmethod_1");
    let c = class(&one_value);
    assert_eq!(c.method, None, "there is no _1: never guessed");
    assert_eq!(c.confidence, Confidence::Low);
    assert!(c.reason.as_ref().unwrap().en.contains("no legacy value"));
    assert_texts_complete(c);
}

#[test]
fn policy_shared_modes_are_userless_variants_with_their_await_setting() {
    let userless = |affinity: &str, await_value: &str| {
        one(policy(json!([{"settingInstance": choice(
            "ade_useraffinity",
            affinity,
            json!([choice("ade_useraffinity_awaitfinalconfiguration", await_value, json!([]))])
        )}])))
    };
    let shared = userless("ade_useraffinity_2", "ade_useraffinity_awaitfinalconfiguration_0");
    let c = class(&shared);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.variant, Some(AffinityVariant::EntraSharedDeviceMode));
    assert_eq!(c.settings.await_final_configuration.as_ref().map(|s| s.value), Some(false));
    let plain = userless("ade_useraffinity_0", "ade_useraffinity_awaitfinalconfiguration_1");
    assert_eq!(class(&plain).variant, None);
    assert_eq!(class(&plain).settings.await_final_configuration.as_ref().map(|s| s.value), Some(true));
    let ipad = one(policy(json!([{"settingInstance": choice("ade_useraffinity", "ade_useraffinity_3", json!([]))}])));
    assert_eq!(class(&ipad).variant, Some(AffinityVariant::SharedIpad));
    let odd = one(policy(json!([{"settingInstance": choice("ade_useraffinity", "ade_useraffinity_9", json!([]))}])));
    assert_eq!(class(&odd).method, None);
    assert!(class(&odd).reason.as_ref().unwrap().en.contains("not a value Microsoft defines"));
}

#[test]
fn untyped_policy_is_recognised_by_its_ade_settings() {
    let mut p =
        policy(json!([{"settingInstance": choice("ade_lockedenrollment", "ade_lockedenrollment_1", json!([]))}]));
    p.as_object_mut().unwrap().remove("@odata.type");
    let o = one(p);
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    let c = class(&o);
    assert_eq!(c.method, None);
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
}

#[test]
fn template_alone_identifies_a_policy() {
    let o = one(json!({
        "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
        "name": "empty",
        "templateReference": {"templateId": "27d20e9c-50c1-48f8-a44c-f37de4510051_1"},
        "settings": []
    }));
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    assert!(class(&o).reason.as_ref().unwrap().en.contains("neither"));
}

#[test]
fn other_configuration_policies_are_unknown() {
    let o = one(policy(json!([{"settingInstance": choice("com.apple.wifi.managed_ssid", "x_1", json!([]))}])));
    assert_eq!(o.kind, Kind::Unknown);
    assert!(o.classification.is_none());
}

#[test]
fn macos_enrollment_policy_is_not_read_as_ios() {
    let o = one(json!({
        "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
        "name": "mac",
        "platforms": "macOS",
        "settings": [{"settingInstance": choice("ade_macos_authenticationmethod", "ade_macos_authenticationmethod_2", json!([]))}]
    }));
    assert_eq!(o.kind, Kind::MacosEnrollmentPolicy);
    assert!(o.classification.is_none());
    // Its standard keys are those of any configuration policy, not unknown ones.
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
}

#[test]
fn powershell_shaped_policy_settings_point_into_additional_properties() {
    let o = one(json!({
        "Name": "ps",
        "Platforms": "iOS",
        "Settings": [{"SettingInstance": {
            "SettingDefinitionId": "ade_useraffinity",
            "AdditionalProperties": {"choiceSettingValue": {"value": "ade_useraffinity_1", "children": [
                {"settingDefinitionId": "ade_authenticationmethod", "choiceSettingValue": {"value": "ade_authenticationmethod_2", "children": []}}
            ]}}
        }}]
    }));
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.evidence[0].pointer, "/Settings/0/SettingInstance/AdditionalProperties/choiceSettingValue/value");
}

#[test]
fn apple_profile_locked_but_unsupervised_is_flagged() {
    let o = one(
        json!({"profile_name": "x", "url": "https://mdm.example.com/e", "is_mdm_removable": false, "is_supervised": false}),
    );
    assert_eq!(o.kind, Kind::AppleDepProfile);
    let c = class(&o);
    assert_eq!(ids(c), ["locked-enrollment-without-supervision"]);
    assert_texts_complete(c);
}

#[test]
fn apple_profile_without_urls_names_no_method() {
    let o = one(json!({"profile_name": "x", "configuration_web_url": "", "skip_setup_items": []}));
    assert_eq!(o.kind, Kind::AppleDepProfile);
    let c = class(&o);
    assert_eq!(c.method, None);
    assert_eq!(c.confidence, Confidence::Low);
}

#[test]
fn classify_ignores_kinds_that_are_not_profiles() {
    for kind in
        [Kind::AppleConfiguratorProfile, Kind::IosApp, Kind::AppAssignment, Kind::IosDeviceRestrictions, Kind::Unknown]
    {
        let o = Object::new(kind, 0, "p", "", profile(json!({})));
        assert!(classify(&o).is_none(), "{kind:?}");
    }
}

#[test]
fn japanese_texts_use_microsoft_names() {
    let o = one(profile(json!({"enableAuthenticationViaCompanyPortal": true, "configurationWebUrl": true})));
    let c = class(&o);
    let ja = &c.contradictions[0].message.ja;
    assert!(ja.contains("ポータル サイト") && ja.contains("先進認証を使用したセットアップ アシスタント"), "{ja}");
    assert!(ja.ends_with("です。") || ja.ends_with("ます。"), "{ja}");
}

#[test]
fn shallow_convertto_json_output_lowers_confidence_and_says_why() {
    let o = one(json!({
        "Id": "x",
        "DisplayName": "ps",
        "RequiresUserAuthentication": true,
        "EnableAuthenticationViaCompanyPortal": false,
        "AdditionalProperties": "System.Collections.Generic.Dictionary`2[System.String,System.Object]"
    }));
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.unknown_keys, ["AdditionalProperties"]);
    let c = class(&o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert_eq!(c.confidence, Confidence::Low);
    assert!(c.reason.as_ref().unwrap().en.contains("-Depth"));
    assert_texts_complete(c);
}

/// Regression: legacy with "Install Company Portal" and single-app mode was reported as a
/// contradiction; Learn presents the combination as selectable (S-LEARN-ADE-SETUP).
#[test]
fn legacy_with_install_company_portal_and_single_app_mode_is_not_a_conflict() {
    let base = json!({
        "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
        "displayName": "legacy + CP + lock",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": false,
        "configurationWebUrl": false,
        "requireCompanyPortalOnSetupAssistantEnrolledDevices": true,
        "companyPortalVppTokenId": "1d5b0a3e-5e38-4a53-9f0c-6c4f6b0f2c11",
        "enableSingleAppEnrollmentMode": true
    });
    let o = one(base.clone());
    assert_eq!(o.method(), Some(AuthMethod::SetupAssistantLegacy));
    assert!(ids(class(&o)).is_empty(), "{:?}", ids(class(&o)));
    // With modern authentication the same lock is still reported.
    let mut modern = base;
    modern["configurationWebUrl"] = json!(true);
    let o = one(modern);
    assert_eq!(ids(class(&o)), ["single-app-mode-without-company-portal"]);
}
