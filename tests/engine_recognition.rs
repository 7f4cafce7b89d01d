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

/// A fixture read as a user pastes it: its text, and the analysis of that text.
fn analyse_text(path: &str) -> (String, Analysis) {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let a = analyze(&[SourceText { name: "pasted", bytes: text.as_bytes() }], Options::default());
    assert!(a.errors.is_empty(), "{:?}", a.errors);
    (text, a)
}

/// Every evidence pointer of an object, made absolute, leads in the pasted text to a key
/// (`locate`) whose value is the evidence's value, or, for settings held in a JSON-encoded
/// string, to that string, which holds the value.
fn assert_evidence_leads_to_its_value(text: &str, o: &ade_advisor::engine::model::Object) {
    let doc: Value = serde_json::from_str(text).unwrap();
    let c = o.classification.as_ref().expect("classified");
    for e in &c.evidence {
        let absolute = o.absolute_pointer(e.pointer.as_str());
        let span = ade_advisor::engine::input::locate(text, &absolute).unwrap_or_else(|| panic!("{absolute}"));
        let key = e.pointer.as_str().rsplit('/').next().unwrap();
        assert_eq!(&text[span.start..span.end], format!("\"{key}\""), "{absolute}");
        let at = doc.pointer(&absolute).unwrap_or_else(|| panic!("{absolute}"));
        let value = serde_json::to_value(&e.value).unwrap();
        match at.as_str() {
            Some(s) if at != &value => {
                assert!(s.contains(&format!("\"{}\"", value.as_str().unwrap())), "{absolute} holds {value}")
            }
            _ => assert_eq!(at, &value, "{absolute}"),
        }
    }
}

fn is_enrollment_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::IosEnrollmentProfile
            | Kind::IosEnrollmentPolicy
            | Kind::AppleDepProfile
            | Kind::MacosEnrollmentProfile
            | Kind::MacosEnrollmentPolicy
            | Kind::TvosVisionosEnrollmentPolicy
            | Kind::AppleConfiguratorProfile
    )
}

/// The deploymenttheory provider's settings-catalog resource keeps a policy's settings in a
/// nested `configuration_policy` block, in snake_case (`setting_instance`,
/// `choice_setting_value`; S-TF-SETTINGS-CATALOG). Captured with `terraform show -json`, an
/// ADE enrollment policy reads like its Graph form, with pointers into the pasted text; a
/// restrictions policy and an unrelated resource of the same state are never taken for an
/// enrollment profile. All three used to be unknown objects.
#[test]
fn a_terraform_settings_catalog_enrollment_policy_reads_like_its_graph_form() {
    use ade_advisor::engine::model::{AuthMethod, Confidence};
    let (text, a) = analyse_text("input/shapes/terraform-state-settings-catalog-policies.json");
    assert_eq!(a.objects.len(), 3);
    let o = &a.objects[0];
    assert_eq!(o.pointer, "/values/root_module/resources/0/values");
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    assert_eq!(o.name(), Some("iOS 登録ポリシー 先進認証 (Terraform)"));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = o.classification.as_ref().unwrap();
    assert_eq!((c.method, c.confidence), (Some(AuthMethod::SetupAssistantModern), Confidence::High));
    let pointers: Vec<&str> = c.evidence.iter().map(|e| e.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/configuration_policy/settings/0/setting_instance/choice_setting_value/value",
            "/configuration_policy/settings/0/setting_instance/choice_setting_value/children/0/choice_setting_value/value"
        ]
    );
    assert_evidence_leads_to_its_value(&text, o);
    // The same reading as the Graph form of the same policy.
    let graph = analyse(&[fixture("input/shapes/settings-catalog-policy-modern.json")]);
    let g = graph.objects[0].classification.as_ref().unwrap();
    assert_eq!((c.method, c.variant, c.confidence, &c.reason), (g.method, g.variant, g.confidence, &g.reason));
    assert_eq!(
        c.evidence.iter().map(|e| &e.value).collect::<Vec<_>>(),
        g.evidence.iter().map(|e| &e.value).collect::<Vec<_>>()
    );
    assert_eq!(c.settings.await_final_configuration.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
    // The same findings on both, rule for rule.
    let rules_of = |a: &Analysis, i: usize| -> Vec<&'static str> {
        a.findings.iter().filter(|f| f.object == Some(i)).map(|f| f.rule).collect()
    };
    assert_eq!(rules_of(&a, 0), rules_of(&graph, 0));
    // A settings-catalog restrictions policy (`com.apple.applicationaccess_*`, technologies
    // `["mdm"]`) and an Entra group are not enrollment profiles or policies: no method. The
    // restrictions policy is read as one, its settings in the nested block too; the group
    // stays unknown.
    for i in [1, 2] {
        let other = &a.objects[i];
        assert!(!is_enrollment_kind(other.kind), "{:?} {:?}", other.name(), other.kind);
        assert!(other.classification.is_none());
    }
    assert_eq!(a.objects[1].kind, Kind::IosDeviceRestrictions);
    assert_eq!(rules_of(&a, 1), ["company-portal-hidden", "books-explicit-content-blocked"]);
    let hidden = a.findings.iter().find(|f| f.rule == "company-portal-hidden").unwrap();
    let absolute = format!("{}{}", hidden.object_pointer, hidden.pointer);
    assert_eq!(
        absolute,
        "/values/root_module/resources/1/values/configuration_policy/settings/1/setting_instance/simple_setting_collection_value/0/value"
    );
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc.pointer(&absolute), Some(&json!("com.microsoft.CompanyPortal")));
    assert_eq!(a.objects[2].kind, Kind::Unknown);
    assert_eq!(rules_of(&a, 2), ["unknown-object"]);
}

/// The provider's `…_json` resources hold a policy's settings as a JSON-encoded string
/// (`settings = jsonencode({settings = [...]})`, stated back as Graph's JSON): the settings
/// are read from inside the string and classify the policy as they would in Graph's form;
/// the evidence points at the string, since no pointer leads into one, and the reason says
/// so in both languages.
#[test]
fn settings_in_a_json_encoded_terraform_string_are_read_and_the_pointer_is_the_strings() {
    use ade_advisor::engine::model::{AuthMethod, Confidence};
    let (text, a) = analyse_text("input/shapes/terraform-state-settings-catalog-json-string.json");
    assert_eq!(a.objects.len(), 1);
    let o = &a.objects[0];
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = o.classification.as_ref().unwrap();
    assert_eq!((c.method, c.confidence), (Some(AuthMethod::CompanyPortal), Confidence::High));
    assert!(c.evidence.iter().all(|e| e.pointer.as_str() == "/settings"), "{:?}", c.evidence);
    let values: Vec<Value> = c.evidence.iter().map(|e| serde_json::to_value(&e.value).unwrap()).collect();
    assert_eq!(values, [json!("ade_useraffinity_1"), json!("ade_authenticationmethod_0")]);
    assert_eq!(
        c.settings.locked_enrollment.as_ref().map(|s| (s.value, s.evidence[0].pointer.as_str())),
        Some((false, "/settings"))
    );
    assert_evidence_leads_to_its_value(&text, o);
    let reason = c.reason.as_ref().unwrap();
    assert!(reason.en.contains("ade_authenticationmethod_0 is Company Portal"), "{}", reason.en);
    assert!(
        reason.en.contains("JSON-encoded string") && reason.en.contains("points at the string itself"),
        "{}",
        reason.en
    );
    assert!(reason.ja.contains("JSON エンコードされた文字列") && reason.ja.contains("文字列そのもの"), "{}", reason.ja);
    // The decoded settings, pasted as Graph's form, read the same, without the note.
    let values = &serde_json::from_str::<Value>(&text).unwrap()["values"]["root_module"]["resources"][0]["values"];
    let mut graph: Value = serde_json::from_str(values["settings"].as_str().unwrap()).unwrap();
    graph["name"] = values["name"].clone();
    graph["platforms"] = json!("iOS");
    let g = analyse(&[graph]);
    let gc = g.objects[0].classification.as_ref().unwrap();
    assert_eq!((gc.method, gc.confidence), (c.method, c.confidence));
    assert!(!gc.reason.as_ref().unwrap().en.contains("JSON-encoded"));
    // A `settings` string that holds no JSON is no policy.
    let mut broken: Value = serde_json::from_str(&text).unwrap();
    broken["values"]["root_module"]["resources"][0]["values"]["settings"] = json!("{\"settings\": [");
    assert!(!is_enrollment_kind(analyse(&[broken]).objects[0].kind));
}

/// A plan (`terraform show -json plan.out`) holds the policy in `planned_values` (computed
/// attributes left out), and again in `resource_changes[].change.after` and in
/// `configuration`: it is read once, from `planned_values`.
#[test]
fn a_terraform_plan_is_read_once_from_its_planned_values() {
    use ade_advisor::engine::model::AuthMethod;
    let (text, a) = analyse_text("input/shapes/terraform-plan-settings-catalog-policy.json");
    assert_eq!(a.objects.len(), 1);
    let o = &a.objects[0];
    assert_eq!(o.pointer, "/planned_values/root_module/resources/0/values");
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    assert_eq!(o.method(), Some(AuthMethod::SetupAssistantModern));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    assert_evidence_leads_to_its_value(&text, o);
}

/// A state file itself (`terraform.tfstate`, `terraform state pull`) keeps each resource's
/// attributes under `resources[].instances[].attributes`, modules' resources in the same
/// list: both shapes of settings are read there too.
#[test]
fn a_terraform_state_file_is_read_through_its_instances() {
    use ade_advisor::engine::model::AuthMethod;
    let (text, a) = analyse_text("input/shapes/terraform-tfstate-settings-catalog-policies.json");
    let found: Vec<(&str, Kind, Option<AuthMethod>)> =
        a.objects.iter().map(|o| (o.pointer.as_str(), o.kind, o.method())).collect();
    assert_eq!(
        found,
        [
            ("/resources/0/instances/0/attributes", Kind::IosEnrollmentPolicy, Some(AuthMethod::SetupAssistantModern)),
            ("/resources/1/instances/0/attributes", Kind::IosEnrollmentPolicy, Some(AuthMethod::CompanyPortal)),
        ]
    );
    for o in a.objects.iter() {
        assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
        assert_evidence_leads_to_its_value(&text, o);
    }
}

/// The provider's flat enrollment-policy resources (iOS/iPadOS, macOS, visionOS) hold a
/// policy's choices as flags, with all their attributes in a state. Each keeps its
/// platform: the visionOS one (`user_affinity`, template `b974d292-…`) used to be read as
/// an iOS/iPadOS profile without user affinity, and all three listed a score of attributes
/// as unknown.
#[test]
fn the_terraform_flat_enrollment_resources_keep_their_platform_and_known_attributes() {
    use ade_advisor::engine::model::AuthMethod;
    let (_, a) = analyse_text("input/shapes/terraform-state-flat-enrollment-policies.json");
    let kinds: Vec<Kind> = a.objects.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, [Kind::IosEnrollmentProfile, Kind::MacosEnrollmentProfile, Kind::TvosVisionosEnrollmentPolicy]);
    for o in a.objects.iter() {
        assert!(o.unknown_keys.is_empty(), "{:?}: {:?}", o.name(), o.unknown_keys);
    }
    assert_eq!(a.objects[0].method(), Some(AuthMethod::SetupAssistantModern));
    let vision = &a.objects[2];
    assert!(vision.classification.is_none());
    let f = a.findings.iter().find(|f| f.object == Some(2) && f.rule == "outside-ios-ade-scope").unwrap();
    assert!(f.message.en.contains("a visionOS enrollment policy"), "{}", f.message.en);
    // Planned before it exists, the visionOS resource has no template id or platform yet:
    // its `user_affinity` flag still tells it from the iOS/iPadOS resource.
    let mut planned = serde_json::to_value(
        &fixture("input/shapes/terraform-state-flat-enrollment-policies.json")["values"]["root_module"]["resources"][2]
            ["values"],
    )
    .unwrap();
    for k in ["template_id", "template_family", "platforms", "technologies", "id", "settings_count"] {
        planned.as_object_mut().unwrap().remove(k);
    }
    assert_eq!(analyse(&[planned]).objects[0].kind, Kind::TvosVisionosEnrollmentPolicy);
}

/// The provider's flat iOS/iPadOS enrollment-policy resource sends its flags to Intune as
/// `ade_authenticationmethod` values of its own choosing (S-TF-SETTINGS-CATALOG): the
/// modern-authentication flag as `_2` (Setup Assistant with modern authentication in
/// Microsoft's definition), the Company Portal flag as `_1` (not defined by Microsoft) and
/// neither flag as `_0` (Company Portal for Microsoft, legacy for the provider). The method
/// is read as what Intune gets, with the flags as evidence; it used to be read as if the
/// flags were a Graph profile's (Company Portal, and Setup Assistant (legacy), which an
/// enrollment policy cannot hold).
#[test]
fn the_terraform_ios_resource_is_read_as_what_the_provider_sends_to_intune() {
    use ade_advisor::engine::model::{AuthMethod, Confidence};
    let resource = fixture("input/shapes/terraform-state-flat-enrollment-policies.json")["values"]["root_module"]
        ["resources"][0]["values"]
        .clone();
    let with = |cp: bool, modern: bool| {
        let mut v = resource.clone();
        v["enable_authentication_via_company_portal"] = json!(cp);
        v["require_setup_assistant_with_modern_authentication"] = json!(modern);
        v["await_final_configuration"] = json!(modern);
        let a = analyse(&[v]);
        let o = &a.objects[0];
        assert_eq!(o.kind, Kind::IosEnrollmentProfile);
        let c = o.classification.clone().unwrap();
        let fields: Vec<String> = c.evidence.iter().map(|e| e.pointer.as_str().to_string()).collect();
        assert_eq!(fields[1], "/enable_authentication_via_company_portal");
        (c, rules_fired(&a))
    };
    let (modern, _) = with(false, true);
    assert_eq!((modern.method, modern.confidence), (Some(AuthMethod::SetupAssistantModern), Confidence::High));
    assert!(modern.reason.as_ref().unwrap().en.contains("ade_authenticationmethod_2"));
    let (cp, fired) = with(true, false);
    assert_eq!((cp.method, cp.confidence), (None, Confidence::Low));
    let reason = cp.reason.as_ref().unwrap();
    assert!(reason.en.contains("ade_authenticationmethod_1") && reason.en.contains("not guessed"), "{}", reason.en);
    assert!(reason.ja.contains("ade_authenticationmethod_1") && reason.ja.contains("推測しません"), "{}", reason.ja);
    assert!(!fired.contains(&"company-portal-app-vanishes"), "{fired:?}");
    let (neither, fired) = with(false, false);
    assert_eq!((neither.method, neither.confidence), (Some(AuthMethod::CompanyPortal), Confidence::Medium));
    let reason = neither.reason.as_ref().unwrap();
    assert!(reason.en.contains("ade_authenticationmethod_0") && reason.en.contains("no legacy value"), "{}", reason.en);
    assert!(reason.ja.contains("レガシの値はありません"), "{}", reason.ja);
    assert!(!fired.contains(&"legacy-setup-assistant"), "{fired:?}");
    // Without user affinity the flags are not sent at all: unchanged.
    let mut userless = resource.clone();
    userless["requires_user_authentication"] = json!(false);
    userless["require_setup_assistant_with_modern_authentication"] = json!(false);
    userless["await_final_configuration"] = json!(false);
    let a = analyse(&[userless]);
    assert_eq!(a.objects[0].method(), Some(AuthMethod::NoUserAffinity));
    // The same flags in a Graph profile (or snake_case without the provider's attribute)
    // keep the Graph reading.
    let graph = json!({
        "requires_user_authentication": true,
        "enable_authentication_via_company_portal": false,
        "configuration_web_url": false,
        "supervised_mode_enabled": true
    });
    assert_eq!(analyse(&[graph]).objects[0].method(), Some(AuthMethod::SetupAssistantLegacy));
}
