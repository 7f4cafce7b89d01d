//! Recognition on real export shapes: objects that are not iOS ADE profiles are never read
//! as one, new kinds (VPP tokens, device features) are recognised, and rules that say a
//! field is missing fire only on shapes that have that field.

use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::Kind;
use ade_advisor::engine::{analyze, Analysis, Options};
use serde_json::{json, Value};

fn analyse(inputs: &[Value]) -> Analysis {
    let texts: Vec<String> = inputs.iter().map(|v| serde_json::to_string_pretty(v).unwrap()).collect();
    let sources: Vec<SourceText> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| SourceText { name: if i == 0 { "a.json" } else { "b.json" }, bytes: t.as_bytes() })
        .collect();
    analyze(&sources, Options::default())
}

fn rules_fired(a: &Analysis) -> Vec<&'static str> {
    a.findings.iter().map(|f| f.rule).collect()
}

/// The base-type keys an Apple Configurator profile has (and every enrollment profile).
fn bare_profile() -> Value {
    json!({
        "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "displayName": "Configurator",
        "description": "",
        "requiresUserAuthentication": true,
        "configurationEndpointUrl": "https://appleconfigurator2.manage.microsoft.com/MDMServiceConfig?id=0a1b2c3d",
        "enableAuthenticationViaCompanyPortal": true,
        "requireCompanyPortalOnSetupAssistantEnrolledDevices": false
    })
}

#[test]
fn a_bare_enrollment_profile_is_not_an_ade_company_portal_profile() {
    let a = analyse(&[bare_profile()]);
    assert_eq!(a.objects.len(), 1);
    let o = &a.objects[0];
    assert_eq!(o.kind, Kind::AppleConfiguratorProfile);
    assert!(o.classification.is_none(), "no ADE method is named for it");
    // No ADE-only rule fires; one note says why there is no verdict.
    assert_eq!(rules_fired(&a), ["outside-ios-ade-scope"]);
}

#[test]
fn the_typed_apple_configurator_profile_is_out_of_scope_too() {
    let mut v = bare_profile();
    v["@odata.type"] = json!("#microsoft.graph.enrollmentProfile");
    let a = analyse(&[v]);
    assert_eq!(a.objects[0].kind, Kind::AppleConfiguratorProfile);
    assert_eq!(rules_fired(&a), ["outside-ios-ade-scope"]);
}

#[test]
fn one_ade_only_key_makes_it_an_ios_profile() {
    let mut v = bare_profile();
    v["supervisedModeEnabled"] = json!(true);
    let a = analyse(&[v]);
    assert_eq!(a.objects[0].kind, Kind::IosEnrollmentProfile);
    assert!(a.objects[0].classification.is_some());
}

#[test]
fn macos_enrollment_policies_are_recognised_and_out_of_scope() {
    let policy = json!({
        "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
        "id": "9d8c7b6a-0000-4000-8000-000000000002",
        "name": "macOS enrollment",
        "description": "",
        "platforms": "macOS",
        "technologies": "enrollment",
        "settingCount": 1,
        "creationSource": "DepTokenId_54fac284-7866-43e5-860a-9c8e10fa3d7d",
        "roleScopeTagIds": ["0"],
        "templateReference": {"templateId": "", "templateFamily": "enrollmentConfiguration"},
        "settings": [{"id": "0", "settingInstance": {
            "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
            "settingDefinitionId": "ade_macos_useraffinity",
            "choiceSettingValue": {"value": "ade_macos_useraffinity_1", "children": []}
        }}]
    });
    let a = analyse(&[policy]);
    let o = &a.objects[0];
    assert_eq!(o.kind, Kind::MacosEnrollmentPolicy);
    assert!(o.unknown_keys.is_empty(), "standard keys are known: {:?}", o.unknown_keys);
    assert_eq!(rules_fired(&a), ["outside-ios-ade-scope"]);
    let f = &a.findings[0];
    assert!(f.message.en.contains("macOS enrollment policy") && f.message.en.contains("iOS/iPadOS ADE only"));
    assert!(f.message.ja.contains("macOS の登録ポリシー"));
}

#[test]
fn vpp_tokens_are_recognised_with_and_without_their_type() {
    let token = json!({
        "id": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12",
        "organizationName": "Contoso",
        "vppTokenAccountType": "business",
        "appleId": "vpp@contoso.example",
        "expirationDateTime": "2026-10-01T00:00:00Z",
        "state": "expired"
    });
    let mut typed = token.clone();
    typed["@odata.type"] = json!("#microsoft.graph.vppToken");
    for v in [token, typed] {
        let a = analyse(&[v]);
        assert_eq!(a.objects[0].kind, Kind::VppToken);
        assert!(a.objects[0].unknown_keys.is_empty());
        assert!(a.findings.is_empty(), "a token alone is not a problem: {:?}", rules_fired(&a));
    }
}

#[test]
fn device_features_configurations_with_an_sso_extension_are_recognised() {
    let features = json!({
        "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
        "displayName": "SSO",
        "iosSingleSignOnExtension": {
            "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            "enableSharedDeviceMode": false,
            "configurations": []
        }
    });
    let a = analyse(std::slice::from_ref(&features));
    assert_eq!(a.objects[0].kind, Kind::IosDeviceFeatures);
    // The extension pasted alone, without the configuration around it.
    let a = analyse(&[features["iosSingleSignOnExtension"].clone()]);
    assert_eq!(a.objects[0].kind, Kind::IosDeviceFeatures);
}

#[test]
fn the_older_dep_profile_type_is_not_told_it_lacks_a_vpp_token() {
    // `depEnrollmentProfile` has no `companyPortalVppTokenId` at all.
    let old = json!({
        "@odata.type": "#microsoft.graph.depEnrollmentProfile",
        "displayName": "old",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": true,
        "configurationWebUrl": false,
        "supervisedModeEnabled": true
    });
    let a = analyse(std::slice::from_ref(&old));
    assert_eq!(a.objects[0].kind, Kind::IosEnrollmentProfile);
    assert!(!rules_fired(&a).contains(&"company-portal-vpp-missing"), "{:?}", rules_fired(&a));
    // The same settings on the iOS type, where the field exists, do fire.
    let mut ios = old;
    ios["@odata.type"] = json!("#microsoft.graph.depIOSEnrollmentProfile");
    let a = analyse(&[ios]);
    assert!(rules_fired(&a).contains(&"company-portal-vpp-missing"));
}

#[test]
fn graph_documentation_examples_are_marked_as_examples() {
    let example = json!({
        "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
        "displayName": "Display Name value",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": true,
        "configurationWebUrl": false,
        "companyPortalVppTokenId": "Company Portal Vpp Token Id value",
        "iTunesPairingMode": "allow"
    });
    let a = analyse(&[example]);
    let f = a.findings.iter().find(|f| f.rule == "placeholder-values").expect("placeholder-values fires");
    assert_eq!(f.pointer, "/companyPortalVppTokenId");
    assert!(f.message.en.contains("not a VPP token id"));
}

fn fixture(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// tvOS and visionOS enrollment policies use `ade_*` settings without a platform prefix
/// (S-SC-TVOS-VISIONOS): their `platforms`, template id or tvOS/visionOS-only settings tell
/// them from iOS/iPadOS, and they are outside the advice like macOS. They used to be read
/// as iOS/iPadOS policies whose method could not be told.
#[test]
fn tvos_and_visionos_enrollment_policies_are_recognised_and_out_of_scope() {
    for (path, platform, ja) in [
        ("rules/outside-ios-ade-scope/fires-tvos-policy.json", "a tvOS enrollment policy", "tvOS の登録ポリシー"),
        (
            "rules/outside-ios-ade-scope/fires-visionos-policy-intunecd.json",
            "a visionOS enrollment policy",
            "visionOS の登録ポリシー",
        ),
    ] {
        let a = analyse(&[fixture(path)]);
        let o = &a.objects[0];
        assert_eq!(o.kind, Kind::TvosVisionosEnrollmentPolicy, "{path}");
        assert!(o.classification.is_none(), "no iOS method is named for it");
        assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
        assert_eq!(rules_fired(&a), ["outside-ios-ade-scope"], "{path}");
        assert!(a.findings[0].message.en.contains(platform), "{}", a.findings[0].message.en);
        assert!(a.findings[0].message.ja.contains(ja), "{}", a.findings[0].message.ja);
    }
    // Without `platforms` or a template, the tvOS/visionOS-only settings still tell.
    let mut bare = fixture("rules/outside-ios-ade-scope/fires-tvos-policy.json");
    let map = bare.as_object_mut().unwrap();
    map.remove("platforms");
    map.remove("templateReference");
    let a = analyse(&[bare]);
    assert_eq!(a.objects[0].kind, Kind::TvosVisionosEnrollmentPolicy);
    assert!(a.findings[0].message.en.contains("a tvOS or visionOS enrollment policy"));
    // The template id alone tells too, and an iOS/iPadOS policy is still one.
    let mut by_template = fixture("rules/outside-ios-ade-scope/fires-visionos-policy-intunecd.json");
    by_template.as_object_mut().unwrap().remove("platforms");
    by_template["settings"] = json!([]);
    assert_eq!(analyse(&[by_template]).objects[0].kind, Kind::TvosVisionosEnrollmentPolicy);
    let ios = fixture("input/shapes/settings-catalog-policy-modern.json");
    assert_eq!(analyse(&[ios]).objects[0].kind, Kind::IosEnrollmentPolicy);
}

/// An IntuneCD backup of a real ADE profile carries an `appleconfigurator2.manage…` address
/// in `configurationEndpointUrl`: Intune gives ADE profiles that host too. The ADE type and
/// keys decide, never the URL; a base `enrollmentProfile` type with ADE keys used to be read
/// as an Apple Configurator profile.
#[test]
fn an_appleconfigurator2_address_never_makes_an_ade_profile_an_apple_configurator_one() {
    let backup = fixture("input/shapes/intunecd-modern-appleconfigurator2-url.json");
    assert!(backup["configurationEndpointUrl"].as_str().unwrap().starts_with("https://appleconfigurator2.manage"));
    let mut untyped = backup.clone();
    untyped.as_object_mut().unwrap().remove("@odata.type");
    let mut base_typed = backup.clone();
    base_typed["@odata.type"] = json!("#microsoft.graph.enrollmentProfile");
    for v in [backup, untyped, base_typed] {
        let a = analyse(std::slice::from_ref(&v));
        let o = &a.objects[0];
        assert_eq!(o.kind, Kind::IosEnrollmentProfile, "{:?}", v.get("@odata.type"));
        assert_eq!(o.method(), Some(ade_advisor::engine::model::AuthMethod::SetupAssistantModern));
        assert!(!rules_fired(&a).contains(&"outside-ios-ade-scope"), "{:?}", rules_fired(&a));
    }
    // The base keys alone stay an Apple Configurator profile, whatever the address.
    let mut other_host = bare_profile();
    other_host["configurationEndpointUrl"] =
        json!("https://manage.microsoft.com/EnrollmentServer/Discovery.svc/iOS/ESProxy?id=0a1b2c3d");
    for v in [bare_profile(), other_host] {
        assert_eq!(analyse(&[v]).objects[0].kind, Kind::AppleConfiguratorProfile);
    }
}

/// Settings-catalog enrollment policies that set only user affinity (Shared iPad, Microsoft
/// Entra shared mode, a kiosk without affinity), as an IntuneCD backup holds them (no
/// `@odata.type`, Shared iPad's integer children): each reads as enrollment without user
/// affinity with its variant, and no authentication-method rule fires on them.
#[test]
fn userless_enrollment_policies_read_as_no_user_affinity_with_their_variant() {
    use ade_advisor::engine::model::{AffinityVariant, AuthMethod, Confidence};
    let a = analyse(&[fixture("input/shapes/settings-catalog-userless-policies-intunecd.json")]);
    let expected = [Some(AffinityVariant::SharedIpad), Some(AffinityVariant::EntraSharedDeviceMode), None];
    assert_eq!(a.objects.len(), expected.len());
    for (o, variant) in a.objects.iter().zip(expected) {
        assert_eq!(o.kind, Kind::IosEnrollmentPolicy, "{:?}", o.name());
        let c = o.classification.as_ref().unwrap();
        assert_eq!((c.method, c.variant, c.confidence), (Some(AuthMethod::NoUserAffinity), variant, Confidence::High));
        assert!(c.contradictions.is_empty(), "{:?}", c.contradictions);
        assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    }
    // Only the Entra shared mode prerequisites note: no method, single-app mode, Company
    // Portal or await-final-configuration finding.
    assert_eq!(rules_fired(&a), ["entra-shared-mode-prerequisites"]);
}
