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

/// Issue 24 §5: an app configuration policy for Company Portal is its own kind in every
/// shape we accept (Graph, a Graph collection, the PowerShell SDK's base type, an IntuneCD
/// backup, `terraform show -json`); before, it was an unknown object. Android's app
/// configuration (packageId, payloadJson) is not read as iOS.
#[test]
fn app_configuration_policies_are_recognised_in_every_shape() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules/company-portal-app-config-conflict");
    for (file, pointer) in [
        ("fires.json", ""),
        ("fires-intunecd-legacy-installs-company-portal.json", ""),
        ("fires-powershell-sdk-xml.json", ""),
        ("fires-terraform.json", "/values/root_module/resources/0/values"),
        ("passes-userless-key.json", ""),
    ] {
        let wrapper: Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{file}")).unwrap()).unwrap();
        let a = analyse(&[wrapper["inputs"][0].clone()]);
        assert_eq!(a.objects.len(), 1, "{file}");
        let o = &a.objects[0];
        assert_eq!(o.kind, Kind::IosAppConfiguration, "{file}");
        assert_eq!(o.kind.id(), "ios-app-configuration");
        assert_eq!(o.pointer, pointer, "{file}");
        assert!(o.unknown_keys.is_empty(), "{file}: {:?}", o.unknown_keys);
        assert!(rules_fired(&a).is_empty(), "{file}: {:?}", rules_fired(&a));
    }
    let collection = json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileAppConfigurations",
        "value": [
            {"@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "id": "a", "displayName": "CP", "targetedMobileApps": ["x"], "encodedSettingXml": null, "settings": []},
            {"@odata.type": "#microsoft.graph.androidManagedStoreAppConfiguration", "id": "b", "displayName": "Android", "targetedMobileApps": ["y"], "packageId": "app:com.microsoft.windowsintune.companyportal", "payloadJson": "e30="}
        ]
    });
    let a = analyse(&[collection]);
    assert_eq!(a.objects[0].kind, Kind::IosAppConfiguration);
    assert_ne!(a.objects[1].kind, Kind::IosAppConfiguration);
    let untyped = json!({"displayName": "Android", "targetedMobileApps": ["y"], "packageId": "app:x", "payloadJson": "e30=", "settings": []});
    assert_ne!(analyse(&[untyped]).objects[0].kind, Kind::IosAppConfiguration);
}
