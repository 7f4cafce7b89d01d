//! Reading inputs end to end: shapes, kinds, methods, confidence and evidence.

use ade_advisor::engine::input::{locate, read, SourceText};
use ade_advisor::engine::model::{AuthMethod, Confidence, Kind, Object};

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/tests/fixtures/input/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn read_fixture(path: &str) -> Vec<Object> {
    let bytes = fixture(path);
    let r = read(&[SourceText { name: path, bytes: &bytes }]);
    assert!(r.errors.is_empty(), "{path}: {:?}", r.errors);
    r.objects
}

fn pointers(o: &Object) -> Vec<String> {
    o.classification.as_ref().map(|c| c.evidence.iter().map(|e| e.pointer.clone()).collect()).unwrap_or_default()
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
        assert_eq!(c.confidence, Confidence::Medium, "{f}");
        assert!(c.reason.is_some());
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
    assert_eq!(o.name.as_deref(), Some("Display Name value"));
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
