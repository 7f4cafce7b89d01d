//! Reading inputs end to end: shapes, kinds, methods, confidence and evidence.

use ade_advisor::engine::input::{locate, SourceText};
use ade_advisor::engine::model::{AuthMethod, Confidence, Kind, Object};
use ade_advisor::engine::read;

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/tests/fixtures/input/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn read_fixture(path: &str) -> std::rc::Rc<Vec<Object>> {
    let bytes = fixture(path);
    let r = read(&[SourceText { name: path, bytes: &bytes }]);
    assert!(r.errors.is_empty(), "{path}: {:?}", r.errors);
    r.objects
}

fn pointers(o: &Object) -> Vec<String> {
    o.classification.as_ref().map(|c| c.evidence.iter().map(|e| e.pointer.to_string()).collect()).unwrap_or_default()
}

fn contradiction_ids(o: &Object) -> Vec<&'static str> {
    o.classification.as_ref().map(|c| c.contradictions.iter().map(|c| c.id).collect()).unwrap_or_default()
}

#[test]
fn graph_doc_examples_classify_as_company_portal_with_contradictions() {
    for f in [
        "samples/graph-beta-depIOSEnrollmentProfile-create-request-example.json",
        "samples/graph-beta-depIOSEnrollmentProfile-create-response-example.json",
        "samples/graph-beta-depIOSEnrollmentProfile-resource-representation.json",
    ] {
        let objs = read_fixture(f);
        assert_eq!(objs.len(), 1, "{f}");
        let o = &objs[0];
        assert_eq!(o.kind, Kind::IosEnrollmentProfile, "{f}");
        assert_eq!(o.pointer, "");
        assert_eq!(o.method(), Some(AuthMethod::CompanyPortal), "{f}");
        let c = o.classification.as_ref().unwrap();
        // Regression: the contradictory flags were read by a "documented precedence" at
        // medium confidence. Microsoft documents none: low confidence, outcome undocumented.
        assert_eq!(c.confidence, Confidence::Low, "{f}");
        let reason = c.reason.as_ref().unwrap();
        assert!(reason.en.contains("no precedence") && reason.en.contains("undocumented"), "{}", reason.en);
        assert!(!reason.en.contains("takes precedence"));
        let ids = contradiction_ids(o);
        assert!(ids.contains(&"company-portal-and-modern"), "{f}: {ids:?}");
        assert!(ids.contains(&"company-portal-and-install-flag"), "{f}: {ids:?}");
        assert!(ids.contains(&"shared-mode-with-user-affinity"), "{f}: {ids:?}");
        assert_eq!(
            pointers(o),
            ["/requiresUserAuthentication", "/enableAuthenticationViaCompanyPortal", "/configurationWebUrl"]
        );
        assert!(o.unknown_keys.is_empty(), "{f}: {:?}", o.unknown_keys);
    }
}

#[test]
fn graph_doc_list_example_unwraps_value_and_points_into_it() {
    let objs = read_fixture("samples/graph-beta-depIOSEnrollmentProfile-list-response-example.json");
    assert_eq!(objs.len(), 1);
    let o = &objs[0];
    assert_eq!(o.pointer, "/value/0");
    assert_eq!(o.location(), "samples/graph-beta-depIOSEnrollmentProfile-list-response-example.json#/value/0");
    assert_eq!(o.name(), Some("Display Name value"));
    assert_eq!(o.method(), Some(AuthMethod::CompanyPortal));
    // No configurationWebUrl in this older example: Company Portal without that conflict.
    let ids = contradiction_ids(o);
    assert!(!ids.contains(&"company-portal-and-modern"));
    assert!(ids.contains(&"company-portal-and-install-flag"));
}

#[test]
fn packt_modern_auth_body_is_setup_assistant_modern_with_medium_confidence() {
    let objs = read_fixture("samples/thirdparty-packt-cookbook-ios-profile-modern-auth-body.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.method(), Some(AuthMethod::SetupAssistantModern));
    let c = o.classification.as_ref().unwrap();
    assert_eq!(c.confidence, Confidence::Medium);
    assert!(c.contradictions.is_empty(), "{:?}", c.contradictions);
    let s = &c.settings;
    assert_eq!(s.vpp_token.as_ref().map(|v| v.value.as_str()), Some("5f5a5226-27b9-45cc-8008-e4f7c9dd6c04"));
    assert_eq!(s.install_company_portal.as_ref().map(|v| v.value), Some(true));
    assert_eq!(s.single_app_mode.as_ref().map(|v| v.value), Some(false));
    assert_eq!(s.locked_enrollment.as_ref().map(|v| v.value), Some(true));
    assert_eq!(s.await_final_configuration.as_ref().map(|v| v.value), Some(true));
    assert_eq!(s.supervised.as_ref().map(|v| v.value), Some(true));
}

#[test]
fn evidence_pointers_locate_keys_in_the_text() {
    let bytes = fixture("samples/graph-beta-depIOSEnrollmentProfile-list-response-example.json");
    let text = std::str::from_utf8(&bytes).unwrap();
    let objs = read_fixture("samples/graph-beta-depIOSEnrollmentProfile-list-response-example.json");
    let o = &objs[0];
    let ev = &o.classification.as_ref().unwrap().evidence[1];
    let span = locate(text, &o.absolute_pointer(&ev.pointer)).unwrap();
    assert_eq!(&text[span.start..span.end], "\"enableAuthenticationViaCompanyPortal\"");
    assert_eq!(span.line, 10);
    assert_eq!(span.column, 7);
}

fn classification(o: &Object) -> &ade_advisor::engine::model::Classification {
    o.classification.as_ref().unwrap_or_else(|| panic!("{} has no classification", o.location()))
}

#[test]
fn graph_collection_yields_every_profile_with_its_kind_and_pointer() {
    let objs = read_fixture("shapes/graph-collection-mixed.json");
    let kinds: Vec<_> = objs.iter().map(|o| (o.index, o.kind, o.pointer.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (0, Kind::IosEnrollmentProfile, "/value/0"),
            (1, Kind::IosEnrollmentProfile, "/value/1"),
            (2, Kind::MacosEnrollmentProfile, "/value/2"),
            (3, Kind::AppleConfiguratorProfile, "/value/3"),
        ]
    );
    assert!(
        objs.iter().all(|o| o.unknown_keys.is_empty()),
        "{:?}",
        objs.iter().map(|o| &o.unknown_keys).collect::<Vec<_>>()
    );
    assert!(objs[3].classification.is_none(), "Apple Configurator profiles are not ADE");
}

#[test]
fn company_portal_profile_is_classified_with_high_confidence() {
    let objs = read_fixture("shapes/graph-collection-mixed.json");
    let o = &objs[0];
    assert_eq!(o.name(), Some("iPhone 営業部 (ポータル サイト)"));
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::CompanyPortal));
    assert_eq!(c.confidence, Confidence::High);
    assert!(c.reason.is_none());
    assert!(c.contradictions.is_empty(), "{:?}", c.contradictions);
    assert_eq!(
        pointers(o),
        ["/requiresUserAuthentication", "/enableAuthenticationViaCompanyPortal", "/configurationWebUrl"]
    );
    assert_eq!(c.evidence[1].value, serde_json::json!(true));
    assert_eq!(c.settings.single_app_mode.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.vpp_token.as_ref().map(|s| s.value.as_str()), Some("7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12"));
    assert_eq!(c.settings.install_company_portal.as_ref().map(|s| s.value), Some(false));
}

#[test]
fn legacy_profile_is_inferred_with_low_confidence_and_install_company_portal() {
    let objs = read_fixture("shapes/graph-collection-mixed.json");
    let c = classification(&objs[1]);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert_eq!(c.confidence, Confidence::Low);
    let reason = c.reason.as_ref().unwrap();
    assert!(reason.en.contains("inferred from the absence"), "{}", reason.en);
    assert!(reason.ja.contains("セットアップ アシスタント (レガシ)"));
    assert_eq!(c.settings.install_company_portal.as_ref().map(|s| s.value), Some(true));
    assert_eq!(
        pointers(&objs[1]),
        [
            "/requiresUserAuthentication",
            "/enableAuthenticationViaCompanyPortal",
            "/configurationWebUrl",
            "/requireCompanyPortalOnSetupAssistantEnrolledDevices"
        ]
    );
}

#[test]
fn macos_profile_gets_a_low_confidence_hint() {
    let objs = read_fixture("shapes/graph-collection-mixed.json");
    let c = classification(&objs[2]);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.confidence, Confidence::Low);
    assert!(c.reason.as_ref().unwrap().en.contains("macOS"));
}

#[test]
fn single_graph_entity_with_context_is_setup_assistant_modern() {
    let objs = read_fixture("shapes/graph-entity-modern.json");
    assert_eq!(objs.len(), 1);
    let o = &objs[0];
    assert_eq!(o.pointer, "");
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.confidence, Confidence::Medium);
    assert!(c.reason.as_ref().unwrap().en.contains("configurationWebUrl"));
    let await_ = c.settings.await_final_configuration.as_ref().unwrap();
    assert!(await_.value);
    let await_ptrs: Vec<_> = await_.evidence.iter().map(|e| e.pointer.as_str()).collect();
    assert_eq!(await_ptrs, ["/awaitDeviceConfiguredConfirmation", "/waitForDeviceConfiguredConfirmation"]);
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.supervised.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.mandatory.as_ref().map(|s| s.value), Some(true));
}

#[test]
fn powershell_sdk_object_merges_additional_properties() {
    let objs = read_fixture("shapes/powershell-sdk-company-portal.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.name(), Some("iPhone 店舗 (ポータル サイト)"));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::CompanyPortal));
    assert_eq!(c.confidence, Confidence::High);
    assert_eq!(
        pointers(o),
        [
            "/RequiresUserAuthentication",
            "/EnableAuthenticationViaCompanyPortal",
            "/AdditionalProperties/configurationWebUrl"
        ]
    );
    let sam = c.settings.single_app_mode.as_ref().unwrap();
    assert_eq!(sam.evidence[0].pointer, "/AdditionalProperties/enableSingleAppEnrollmentMode");
}

#[test]
fn intunecd_backup_without_id_is_read_as_legacy_without_company_portal() {
    let objs = read_fixture("shapes/intunecd-legacy-no-id.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert!(o.field("id").is_none());
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert_eq!(c.confidence, Confidence::Low);
    assert_eq!(c.settings.install_company_portal.as_ref().map(|s| s.value), Some(false));
    assert!(c.settings.vpp_token.is_none(), "null VPP token is no token");
}

#[test]
fn snake_case_profile_without_type_is_shared_ipad() {
    let objs = read_fixture("shapes/terraform-snake-case-shared-ipad.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.name(), Some("共有 iPad 図書室"));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.variant, Some(ade_advisor::engine::model::AffinityVariant::SharedIpad));
    assert_eq!(c.confidence, Confidence::Medium);
    assert_eq!(pointers(o), ["/requires_user_authentication", "/enable_shared_ipad"]);
}

#[test]
fn value_holding_one_object_is_entra_shared_device_mode() {
    let objs = read_fixture("shapes/graph-value-single-object-shared-device-mode.json");
    assert_eq!(objs.len(), 1);
    let o = &objs[0];
    assert_eq!(o.pointer, "/value");
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.variant, Some(ade_advisor::engine::model::AffinityVariant::EntraSharedDeviceMode));
    assert_eq!(c.confidence, Confidence::Medium);
    assert!(c.contradictions.is_empty());
}

#[test]
fn userless_profile_is_high_confidence_and_new_fields_are_listed() {
    let objs = read_fixture("shapes/array-mixed-with-unknown.json");
    assert_eq!(objs.len(), 2);
    assert_eq!(objs[0].kind, Kind::Unknown);
    assert_eq!(objs[0].pointer, "/0");
    assert!(objs[0].classification.is_none());
    assert!(objs[0].unknown_keys.is_empty(), "unknown objects list nothing");
    let o = &objs[1];
    assert_eq!(o.pointer, "/1");
    assert_eq!(o.unknown_keys, ["someNewGraphField"]);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(c.variant, None);
    assert_eq!(c.confidence, Confidence::High);
    assert_eq!(pointers(o), ["/requiresUserAuthentication"]);
}

#[test]
fn settings_catalog_modern_policy_points_at_the_value_strings() {
    let objs = read_fixture("shapes/settings-catalog-policy-modern.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::IosEnrollmentPolicy);
    assert_eq!(o.name(), Some("iOS 登録ポリシー (先進認証)"));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.confidence, Confidence::High);
    assert!(c.reason.as_ref().unwrap().en.contains("Verified against Microsoft"));
    assert_eq!(
        pointers(o),
        [
            "/settings/0/settingInstance/choiceSettingValue/value",
            "/settings/0/settingInstance/choiceSettingValue/children/0/choiceSettingValue/value"
        ]
    );
    assert_eq!(c.evidence[1].value, serde_json::json!("ade_authenticationmethod_2"));
    let await_ = c.settings.await_final_configuration.as_ref().unwrap();
    assert!(await_.value);
    assert_eq!(
        await_.evidence[0].pointer,
        "/settings/0/settingInstance/choiceSettingValue/children/0/choiceSettingValue/children/0/choiceSettingValue/value"
    );
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
}

#[test]
fn settings_catalog_method_values_follow_microsofts_definitions() {
    let objs = read_fixture("shapes/settings-catalog-policies-list.json");
    assert_eq!(objs.len(), 3);
    // `_1` is not a value Microsoft defines: reported as unknown, never guessed.
    let unknown = classification(&objs[0]);
    assert_eq!(unknown.method, None);
    assert_eq!(unknown.confidence, Confidence::Low);
    assert!(unknown.reason.as_ref().unwrap().en.contains("not a value Microsoft defines"));
    assert!(unknown.reason.as_ref().unwrap().ja.contains("推測しません"));
    // `_0` is Company Portal (verified), not legacy.
    let cp = classification(&objs[1]);
    assert_eq!(cp.method, Some(AuthMethod::CompanyPortal));
    assert_eq!(cp.confidence, Confidence::High);
    assert!(cp.reason.as_ref().unwrap().en.contains("Verified"));
    assert_eq!(cp.settings.locked_enrollment.as_ref().map(|s| s.value), Some(false));
    let userless = classification(&objs[2]);
    assert_eq!(userless.method, Some(AuthMethod::NoUserAffinity));
    assert_eq!(userless.confidence, Confidence::High);
    assert_eq!(objs[2].pointer, "/value/2");
}

#[test]
fn apple_dep_profile_with_web_url_is_modern() {
    let objs = read_fixture("shapes/apple-dep-profile-web-auth.json");
    let o = &objs[0];
    assert_eq!(o.kind, Kind::AppleDepProfile);
    assert_eq!(o.name(), Some("Corporate iPhone"));
    assert!(o.unknown_keys.is_empty(), "{:?}", o.unknown_keys);
    let c = classification(o);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(c.confidence, Confidence::Medium);
    assert_eq!(pointers(o), ["/configuration_web_url", "/url"]);
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.locked_enrollment.as_ref().unwrap().evidence[0].pointer, "/is_mdm_removable");
    assert_eq!(c.settings.await_final_configuration.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.mandatory.as_ref().map(|s| s.value), Some(true));
}

#[test]
fn apple_dep_profile_with_plain_url_is_legacy_with_low_confidence() {
    let objs = read_fixture("shapes/apple-dep-profile-legacy-url.json");
    let c = classification(&objs[0]);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantLegacy));
    assert_eq!(c.confidence, Confidence::Low);
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(false));
}

#[test]
fn app_with_expanded_assignments_emits_child_assignments() {
    let objs = read_fixture("shapes/ios-vpp-app-with-assignments.json");
    assert_eq!(objs.len(), 3);
    let app = &objs[0];
    assert_eq!(app.kind, Kind::IosApp);
    assert!(app.unknown_keys.is_empty(), "{:?}", app.unknown_keys);
    for (i, a) in objs[1..].iter().enumerate() {
        assert_eq!(a.kind, Kind::AppAssignment);
        assert_eq!(a.parent, Some(0));
        assert_eq!(a.index, i + 1);
        assert_eq!(a.pointer, format!("/assignments/{i}"));
        assert_eq!(a.app_id.as_deref(), Some("5c1b3f2e-8a7d-4e6f-9b0a-1c2d3e4f5a6b"));
        assert!(a.unknown_keys.is_empty(), "{:?}", a.unknown_keys);
    }
    assert_eq!(objs[2].str("intent"), Some("uninstall"));
}

#[test]
fn bare_assignment_list_keeps_the_app_id_from_the_context() {
    let objs = read_fixture("shapes/app-assignments-list.json");
    assert_eq!(objs.len(), 1);
    let a = &objs[0];
    assert_eq!(a.kind, Kind::AppAssignment);
    assert_eq!(a.parent, None);
    assert_eq!(a.pointer, "/value/0");
    assert_eq!(a.app_id.as_deref(), Some("5c1b3f2e-8a7d-4e6f-9b0a-1c2d3e4f5a6b"));
}

#[test]
fn shared_samples_of_other_kinds_are_recognised() {
    let cases = [
        ("samples/graph-v1-iosGeneralDeviceConfiguration-excerpt.json", Kind::IosDeviceRestrictions),
        ("samples/graph-v1-iosStoreApp-representation-excerpt.json", Kind::IosApp),
        ("samples/graph-v1-iosVppApp-representation.json", Kind::IosApp),
        ("samples/graph-v1-mobileAppAssignment-representation.json", Kind::AppAssignment),
        ("samples/graph-v1-iosVppAppAssignmentSettings-representation.json", Kind::Unknown),
    ];
    for (f, kind) in cases {
        let objs = read_fixture(f);
        assert_eq!(objs.len(), 1, "{f}");
        assert_eq!(objs[0].kind, kind, "{f}");
        assert!(objs[0].classification.is_none(), "{f}");
        assert!(objs[0].unknown_keys.is_empty(), "{f}: {:?}", objs[0].unknown_keys);
    }
}

#[test]
fn several_inputs_keep_their_source_and_continue_after_an_error() {
    let a = fixture("shapes/graph-entity-modern.json");
    let b = fixture("broken/missing-comma.json");
    let c = fixture("shapes/apple-dep-profile-legacy-url.json");
    let r = read(&[
        SourceText { name: "a.json", bytes: &a },
        SourceText { name: "b.json", bytes: &b },
        SourceText { name: "pasted", bytes: &c },
    ]);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].input, 1);
    assert_eq!(r.errors[0].source, "b.json");
    let srcs: Vec<_> = r.objects.iter().map(|o| (o.index, o.input, &*o.source)).collect();
    assert_eq!(srcs, [(0, 0, "a.json"), (1, 2, "pasted")]);
}

#[test]
fn terraform_show_json_resources_are_read_by_their_flags() {
    let objs = read_fixture("shapes/terraform-show-json.json");
    assert_eq!(objs.len(), 2);
    let modern = &objs[0];
    assert_eq!(modern.pointer, "/values/root_module/resources/0/values");
    assert_eq!(modern.kind, Kind::IosEnrollmentProfile);
    assert_eq!(modern.name(), Some("iOS 先進認証 (Terraform)"));
    assert!(modern.unknown_keys.is_empty(), "{:?}", modern.unknown_keys);
    let c = classification(modern);
    assert_eq!(c.method, Some(AuthMethod::SetupAssistantModern));
    assert_eq!(
        pointers(modern),
        [
            "/requires_user_authentication",
            "/enable_authentication_via_company_portal",
            "/require_setup_assistant_with_modern_authentication"
        ]
    );
    assert_eq!(c.settings.await_final_configuration.as_ref().map(|s| s.value), Some(true));
    assert_eq!(c.settings.locked_enrollment.as_ref().map(|s| s.value), Some(true));
    let cp = &objs[1];
    assert_eq!(cp.pointer, "/values/root_module/child_modules/0/resources/0/values");
    // The provider sends its Company Portal flag as ade_authenticationmethod_1, which
    // Microsoft does not define: no method is guessed (see engine_recognition.rs).
    assert_eq!(cp.method(), None);
    assert_eq!(pointers(cp)[1], "/enable_authentication_via_company_portal");
}

#[test]
fn large_collection_is_read_completely() {
    let one = String::from_utf8(fixture("shapes/intunecd-legacy-no-id.json")).unwrap();
    let items = vec![one.trim(); 2000].join(",\n");
    let text = format!("{{\"@odata.context\": \"x\", \"value\": [{items}]}}");
    let r = read(&[SourceText { name: "big.json", bytes: text.as_bytes() }]);
    assert!(r.errors.is_empty());
    assert_eq!(r.objects.len(), 2000);
    assert_eq!(r.objects[1999].pointer, "/value/1999");
    assert!(r.objects.iter().all(|o| o.method() == Some(AuthMethod::SetupAssistantLegacy)));
    let span = locate(&text, "/value/1999/requiresUserAuthentication").unwrap();
    assert_eq!(&text[span.start..span.end], "\"requiresUserAuthentication\"");
}

#[test]
fn nesting_just_under_the_parser_limit_is_walked_without_trouble() {
    let depth = 120;
    let text = format!(
        "{}{{\"requiresUserAuthentication\": false, \"supervisedModeEnabled\": true}}{}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let r = read(&[SourceText { name: "deep.json", bytes: text.as_bytes() }]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.objects.len(), 1);
    assert_eq!(r.objects[0].pointer, "/0".repeat(depth));
    assert_eq!(r.objects[0].method(), Some(AuthMethod::NoUserAffinity));
    assert!(locate(&text, &r.objects[0].pointer).is_some());
}

/// An editor reads and classifies each input on its own and joins them: the result must be
/// the same as reading all inputs together (numbers of inputs, objects and parents
/// included).
#[test]
fn inputs_read_one_by_one_and_merged_equal_one_read() {
    use ade_advisor::engine::classified;
    use ade_advisor::engine::input::{merge, read_input};
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts: Vec<(String, Vec<u8>)> = Vec::new();
    for dir in
        ["www/samples", "tests/fixtures/input/samples", "tests/fixtures/input/shapes", "tests/fixtures/input/broken"]
    {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for p in paths {
            texts.push((p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()));
        }
    }
    assert!(texts.len() > 10);
    let sources: Vec<SourceText<'_>> = texts.iter().map(|(n, b)| SourceText { name: n, bytes: b }).collect();
    let whole = read(&sources);
    let parts: Vec<_> = sources.iter().map(|s| classified(read_input(s))).collect();
    let merged = merge(&parts.iter().collect::<Vec<_>>());
    assert_eq!(format!("{:?}", merged.errors), format!("{:?}", whole.errors));
    assert_eq!(merged.objects.len(), whole.objects.len());
    assert!(whole.objects.iter().any(|o| o.parent.is_some()), "the samples include apps with assignments");
    for (m, w) in merged.objects.iter().zip(whole.objects.iter()) {
        assert_eq!(
            (m.index, m.input, m.parent, &m.pointer, &m.source, m.kind),
            (w.index, w.input, w.parent, &w.pointer, &w.source, w.kind)
        );
        assert_eq!(m.classification, w.classification);
        assert_eq!(m.unknown_keys, w.unknown_keys);
    }
    // A single input is already numbered as input 0: merging it shares its objects.
    let one = merge(&[&parts[0]]);
    assert!(std::rc::Rc::ptr_eq(&one.objects, &parts[0].objects), "one input is shared, not copied");
    assert_eq!(format!("{:?}", one.errors), format!("{:?}", parts[0].errors));
}

#[test]
fn an_editor_text_is_read_as_bytes_are_without_a_copy() {
    use ade_advisor::engine::classified;
    use ade_advisor::engine::input::{read_input, read_text};
    use std::rc::Rc;
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts: Vec<(String, String)> = Vec::new();
    for dir in
        ["www/samples", "tests/fixtures/input/samples", "tests/fixtures/input/shapes", "tests/fixtures/input/broken"]
    {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = String::from_utf8(std::fs::read(&p).unwrap()) {
                texts.push((p.file_name().unwrap().to_string_lossy().into_owned(), t));
            }
        }
    }
    texts.push(("bom.json".into(), "\u{feff}{\"requiresUserAuthentication\": false}".into()));
    texts.push(("bom-broken.json".into(), "\u{feff}{\"a\": }".into()));
    texts.push(("blank.json".into(), " \n ".into()));
    assert!(texts.len() > 10);
    for (name, text) in &texts {
        let shared = Rc::new(text.clone());
        let a = classified(read_text(name, &shared));
        let b = classified(read_input(&SourceText { name, bytes: text.as_bytes() }));
        assert_eq!(format!("{:?}", a.errors), format!("{:?}", b.errors), "{name}");
        assert_eq!(a.objects.len(), b.objects.len(), "{name}");
        for (x, y) in a.objects.iter().zip(b.objects.iter()) {
            assert_eq!(
                (&x.pointer, x.kind, x.name(), &x.unknown_keys),
                (&y.pointer, y.kind, y.name(), &y.unknown_keys),
                "{name}"
            );
            assert_eq!(x.classification, y.classification, "{name}");
        }
        if let Some(o) = a.objects.first() {
            let kept = o.doc().text().as_ptr() == shared.as_ptr();
            assert_eq!(
                kept,
                !text.starts_with('\u{feff}'),
                "{name}: the text is kept unless it starts with a byte-order mark"
            );
        }
    }
}
