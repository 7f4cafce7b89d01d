//! Switch plans and profile comparison: which profiles get a plan, what changes, the
//! request to review, what happens to enrolled devices, and which fields differ.

use ade_advisor::engine::compare::compare;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::{AuthMethod, Object};
use ade_advisor::engine::plan::{plan, plans};
use ade_advisor::engine::read;
use ade_advisor::engine::table::{Method, Requirement, RequirementSet};
use serde_json::{json, Value};

fn objects(inputs: &[Value]) -> Vec<Object> {
    let texts: Vec<String> = inputs.iter().map(|v| serde_json::to_string_pretty(v).unwrap()).collect();
    let sources: Vec<SourceText> = texts.iter().map(|t| SourceText { name: "p.json", bytes: t.as_bytes() }).collect();
    let r = read(&sources);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.objects.as_ref().clone()
}

fn company_portal() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
        "id": "54fac284-7866-43e5-860a-9c8e10fa3d7d_b4cda2e6-1f0c-4d3e-9a8b-7c6d5e4f3a2b",
        "displayName": "Sales",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": true,
        "configurationWebUrl": false,
        "enableSingleAppEnrollmentMode": true,
        "companyPortalVppTokenId": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12",
        "awaitDeviceConfiguredConfirmation": false
    })
}

fn modern() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile",
        "displayName": "Modern",
        "requiresUserAuthentication": true,
        "enableAuthenticationViaCompanyPortal": false,
        "configurationWebUrl": true,
        "awaitDeviceConfiguredConfirmation": true
    })
}

#[test]
fn a_company_portal_profile_gets_a_plan_to_modern_authentication() {
    let objs = objects(&[company_portal()]);
    let p = plan(&objs[0], None).expect("a plan");
    assert_eq!(p.from, AuthMethod::CompanyPortal);
    assert_eq!(p.to, Method::SetupAssistantModern);
    assert!(p.why.en.contains("account-driven User Enrollment"), "{}", p.why.en);
    let changes: Vec<(&str, Option<&str>, &str)> =
        p.changes.iter().map(|c| (c.key, c.from.as_deref(), c.to.as_str())).collect();
    assert_eq!(
        changes,
        [
            ("enableAuthenticationViaCompanyPortal", Some("true"), "false"),
            ("configurationWebUrl", Some("false"), "true"),
            ("requireCompanyPortalOnSetupAssistantEnrolledDevices", None, "true"),
            ("enableSingleAppEnrollmentMode", Some("true"), "false"),
        ]
    );
    assert_eq!(p.changes[0].pointer.as_deref(), Some("/enableAuthenticationViaCompanyPortal"));
    assert_eq!(p.changes[0].label.en, "Authentication method: Company Portal");
    // The request carries only the changed fields, addressed by token and profile id.
    let g = p.graph.as_ref().unwrap();
    assert_eq!(g.method, "PATCH");
    assert!(g.url.ends_with(
        "/depOnboardingSettings/54fac284-7866-43e5-860a-9c8e10fa3d7d/enrollmentProfiles/54fac284-7866-43e5-860a-9c8e10fa3d7d_b4cda2e6-1f0c-4d3e-9a8b-7c6d5e4f3a2b"
    ));
    let body: Value = serde_json::from_str(&g.body).expect("the body is JSON");
    assert_eq!(
        body,
        json!({"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "enableAuthenticationViaCompanyPortal": false, "configurationWebUrl": true, "requireCompanyPortalOnSetupAssistantEnrolledDevices": true, "enableSingleAppEnrollmentMode": false})
    );
    let ps = p.powershell.as_deref().unwrap();
    assert!(ps.contains("Update-MgBetaDeviceManagementDepOnboardingSettingEnrollmentProfile"));
    assert!(ps.contains("configurationWebUrl = $true"));
    // Enrolled devices are not touched by the change; the plan says what to do for them.
    assert!(p.enrolled_devices.en.contains("never reaches them") && p.enrolled_devices.en.contains("device licensing"));
    assert!(p.enrolled_devices.ja.contains("ワイプ"));
    assert!(p.notes.iter().any(|n| n.en.contains("Await final configuration")));
    assert!(p.notes.iter().any(|n| n.en.contains("\"Install Company Portal\" is set to Yes")));
}

/// Every switch between the three methods, from profiles with and without "Install
/// Company Portal": the profile with the plan's changes applied is read as the target
/// method, and the product's own rules find no contradiction in it.
#[test]
fn applying_a_plan_gives_a_consistent_profile_of_the_target_method() {
    use ade_advisor::engine::{analyze, Options};
    let legacy = |install: bool| {
        let mut v = company_portal();
        v["enableAuthenticationViaCompanyPortal"] = json!(false);
        v["enableSingleAppEnrollmentMode"] = json!(false);
        v["requireCompanyPortalOnSetupAssistantEnrolledDevices"] = json!(install);
        v
    };
    let mut modern_with_cp = modern();
    modern_with_cp["requireCompanyPortalOnSetupAssistantEnrolledDevices"] = json!(true);
    let reqs = |r: &[Requirement]| -> RequirementSet { r.iter().copied().collect() };
    let targets = [
        (Method::SetupAssistantModern, reqs(&[Requirement::UseBeforeCompanyPortal, Requirement::Mfa])),
        (Method::CompanyPortal, reqs(&[Requirement::LockUntilCompanyPortal])),
        (Method::SetupAssistantLegacy, reqs(&[Requirement::AppleP7mToken])),
    ];
    let mut checked = 0;
    for profile in [company_portal(), legacy(false), legacy(true), modern(), modern_with_cp] {
        for (target, reqs) in targets {
            let objs = objects(std::slice::from_ref(&profile));
            let Some(p) = plan(&objs[0], Some(reqs)) else { continue };
            assert_eq!(p.to, target);
            let mut after = profile.clone();
            for c in &p.changes {
                after[c.key] = serde_json::from_str(&c.to).unwrap();
            }
            let text = serde_json::to_string(&after).unwrap();
            let options = Options { requirements: Some(reqs), ..Options::default() };
            let a = analyze(&[SourceText { name: "after.json", bytes: text.as_bytes() }], options);
            // The profile the plan produces meets what was asked (the lock is single-app
            // mode with a VPP token, nuance N8).
            let fit = a.fit_for(0).expect("a fit");
            assert!(fit.meets, "{profile} → {target:?}: {:?} {:?} in {after}", fit.missed, fit.unknown);
            let method = a.objects[0].method().and_then(|m| m.table_method());
            assert_eq!(method, Some(target), "{profile} → {target:?}: {after}");
            let contradictions: Vec<&str> = a
                .findings
                .iter()
                .map(|f| f.rule)
                .filter(|r| matches!(*r, "conflicting-auth-flags" | "contradictory-settings"))
                .collect();
            assert!(contradictions.is_empty(), "{profile} → {target:?}: {contradictions:?} in {after}");
            if target == Method::SetupAssistantModern {
                assert_eq!(after["requireCompanyPortalOnSetupAssistantEnrolledDevices"], json!(true), "{after}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} switches checked");
}

/// Issue 24 §2: the lock is the Company Portal method's single-app mode, which needs a VPP
/// token (S-LEARN-ADE-SETUP, nuance N8). A switch to Company Portal for the lock turned
/// neither on: the switched profile still let users in before Company Portal.
#[test]
fn a_switch_to_company_portal_for_the_lock_turns_single_app_mode_on_with_a_vpp_token() {
    let lock: RequirementSet = [Requirement::LockUntilCompanyPortal].into_iter().collect();
    let objs = objects(&[modern()]);
    let p = plan(&objs[0], Some(lock)).expect("modern must switch to meet the lock");
    assert_eq!(p.to, Method::CompanyPortal);
    let changes: Vec<(&str, Option<&str>, &str)> =
        p.changes.iter().map(|c| (c.key, c.from.as_deref(), c.to.as_str())).collect();
    assert_eq!(
        changes,
        [
            ("enableAuthenticationViaCompanyPortal", Some("false"), "true"),
            ("configurationWebUrl", Some("true"), "false"),
            ("enableSingleAppEnrollmentMode", None, "true"),
            ("companyPortalVppTokenId", None, "\"{vppTokenId}\""),
        ]
    );
    let body: Value = serde_json::from_str(&p.graph.as_ref().unwrap().body).expect("the body is JSON");
    assert_eq!(body["enableSingleAppEnrollmentMode"], json!(true));
    assert_eq!(body["companyPortalVppTokenId"], json!("{vppTokenId}"));
    let ps = p.powershell.as_deref().unwrap();
    assert!(ps.contains("enableSingleAppEnrollmentMode = $true"), "{ps}");
    assert!(ps.contains("companyPortalVppTokenId = \"{vppTokenId}\""), "{ps}");
    let notes: Vec<&str> = p.notes.iter().map(|n| n.en.as_ref()).collect();
    assert!(
        notes.iter().any(|n| n.contains("Run Company Portal in Single App Mode until authentication")),
        "{notes:?}"
    );
    assert!(notes.iter().any(|n| n.contains("needs a VPP token") && n.contains("{vppTokenId}")), "{notes:?}");
    assert!(p.notes.iter().all(|n| n.is_complete()));

    // A legacy profile that already has a token keeps it; only single-app mode changes.
    let mut legacy = company_portal();
    legacy["enableAuthenticationViaCompanyPortal"] = json!(false);
    legacy["enableSingleAppEnrollmentMode"] = json!(false);
    let objs = objects(&[legacy]);
    let p = plan(&objs[0], Some(lock)).expect("legacy must switch to meet the lock");
    let keys: Vec<&str> = p.changes.iter().map(|c| c.key).collect();
    assert_eq!(keys, ["enableAuthenticationViaCompanyPortal", "enableSingleAppEnrollmentMode"]);
    assert_eq!(p.changes[1].from.as_deref(), Some("false"));
    assert_eq!(p.changes[1].pointer.as_deref(), Some("/enableSingleAppEnrollmentMode"));
}

#[test]
fn a_modern_profile_needs_no_plan_unless_the_requirements_want_another_method() {
    let objs = objects(&[modern()]);
    assert!(plan(&objs[0], None).is_none());
    let reqs: RequirementSet = [Requirement::Mfa].into_iter().collect();
    assert!(plan(&objs[0], Some(reqs)).is_none(), "modern meets MFA");
}

#[test]
fn stated_requirements_choose_the_target() {
    let objs = objects(&[company_portal()]);
    let lock: RequirementSet = [Requirement::LockUntilCompanyPortal].into_iter().collect();
    // Only Company Portal locks the device until Company Portal is installed: no switch.
    assert!(plan(&objs[0], Some(lock)).is_none());
    let mut legacy = company_portal();
    legacy["enableAuthenticationViaCompanyPortal"] = json!(false);
    legacy["enableSingleAppEnrollmentMode"] = json!(false);
    let objs = objects(&[legacy]);
    let p = plan(&objs[0], Some(lock)).expect("legacy must switch to meet the lock");
    assert_eq!(p.to, Method::CompanyPortal);
    assert!(p.why.en.contains("stated requirements"));
}

#[test]
fn a_settings_catalog_policy_changes_its_setting_in_the_admin_center() {
    let policy = json!({
        "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
        "name": "policy",
        "platforms": "iOS",
        "technologies": "enrollment",
        "templateReference": {"templateId": "27d20e9c-50c1-48f8-a44c-f37de4510051_1"},
        "settings": [{"settingInstance": {
            "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
            "settingDefinitionId": "ade_useraffinity",
            "choiceSettingValue": {"value": "ade_useraffinity_1", "children": [{
                "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
                "settingDefinitionId": "ade_authenticationmethod",
                "choiceSettingValue": {"value": "ade_authenticationmethod_0", "children": []}
            }]}
        }}]
    });
    let objs = objects(&[policy]);
    let p = plan(&objs[0], None).expect("a plan");
    assert_eq!(p.to, Method::SetupAssistantModern);
    assert_eq!(p.changes.len(), 1);
    assert_eq!(p.changes[0].from.as_deref(), Some("\"ade_authenticationmethod_0\""));
    assert_eq!(p.changes[0].to, "\"ade_authenticationmethod_2\"");
    assert!(p.graph.is_none() && p.powershell.is_none());
    assert_eq!(p.click_path.id, "ade-policy");
}

#[test]
fn objects_that_are_not_profiles_get_no_plan() {
    let objs = objects(&[
        json!({"@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "appsVisibilityListType": "none"}),
    ]);
    assert!(plans(&objs, None).is_empty());
}

#[test]
fn comparing_profiles_lists_what_differs_method_first() {
    let objs = objects(&[company_portal(), modern()]);
    let c = compare(&objs).expect("two profiles");
    assert_eq!(c.profiles.len(), 2);
    let keys: Vec<&str> = c.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys[0], "method");
    assert_eq!(
        c.rows[0].values,
        [Some("\"company-portal\"".to_string()), Some("\"setup-assistant-modern\"".to_string())]
    );
    assert!(keys.contains(&"configurationWebUrl") && keys.contains(&"companyPortalVppTokenId"));
    // Ids and names are not compared; equal fields are counted, not listed.
    assert!(!keys.contains(&"id") && !keys.contains(&"displayName"));
    assert!(!keys.contains(&"requiresUserAuthentication"));
    assert!(c.identical >= 1);
    // Authentication rows come before the others.
    let first_other = c.rows.iter().position(|r| !r.auth).unwrap_or(c.rows.len());
    assert!(c.rows[first_other..].iter().all(|r| !r.auth));
    let vpp = c.rows.iter().find(|r| r.key == "companyPortalVppTokenId").unwrap();
    assert_eq!(vpp.values[1], None, "absent in the modern profile");
    assert_eq!(vpp.label.map(|l| l.ja), Some("VPP によるポータル サイトのインストール"));
}

#[test]
fn one_profile_is_nothing_to_compare() {
    assert!(compare(&objects(&[modern()])).is_none());
}

/// Issue 24 §3: what devices already enrolled need depends on the method they enrolled
/// with. Learn's iOS guide adds an app configuration policy for Company Portal
/// (IntuneCompanyPortalEnrollmentAfterUDA) for devices enrolled with the Company Portal
/// method (S-LEARN-CP-ENROLLED-DEVICES); the authentication-methods page says not to send it
/// to devices enrolled with modern authentication (S-LEARN-ADE-AUTH-APP-CONFIG). The plans
/// said neither.
#[test]
fn the_enrolled_devices_advice_follows_the_method_they_enrolled_with() {
    use ade_advisor::engine::click_paths::APP_CONFIG;
    // Company Portal → modern: the policy for the old devices, none for the new ones.
    let objs = objects(&[company_portal()]);
    let p = plan(&objs[0], None).expect("a plan");
    let e = &p.enrolled_devices;
    assert!(e.en.contains("IntuneCompanyPortalEnrollmentAfterUDA") && e.en.contains(APP_CONFIG.text.en), "{}", e.en);
    assert!(e.en.contains("same device group as the enrollment profile"), "{}", e.en);
    assert!(e.en.contains("Devices that enroll after the switch to modern authentication"), "{}", e.en);
    assert!(e.ja.contains("IntuneCompanyPortalEnrollmentAfterUDA") && e.ja.contains(APP_CONFIG.text.ja), "{}", e.ja);
    assert!(e.ja.contains("割り当てグループから外して"), "{}", e.ja);

    // Modern → Company Portal (for the lock): the devices enrolled with modern
    // authentication must not get the policy.
    let lock: RequirementSet = [Requirement::LockUntilCompanyPortal].into_iter().collect();
    let objs = objects(&[modern()]);
    let p = plan(&objs[0], Some(lock)).expect("a plan");
    let e = &p.enrolled_devices;
    assert!(e.en.contains("do not assign them an app configuration policy for Company Portal"), "{}", e.en);
    assert!(e.en.contains("results in an error"), "{}", e.en);
    assert!(!e.en.contains("after the switch to modern"), "{}", e.en);

    // Legacy: with "Install Company Portal" = Yes Intune configured it (don't add one);
    // without, the policy is how those devices get registered.
    let legacy = |install: bool| {
        let mut v = company_portal();
        v["enableAuthenticationViaCompanyPortal"] = json!(false);
        v["enableSingleAppEnrollmentMode"] = json!(false);
        v["requireCompanyPortalOnSetupAssistantEnrolledDevices"] = json!(install);
        v
    };
    let objs = objects(&[legacy(true)]);
    let e = plan(&objs[0], None).expect("a plan").enrolled_devices;
    assert!(e.en.contains("do not assign them an app configuration policy for Company Portal as well"), "{}", e.en);
    assert!(e.en.contains("conflicts"), "{}", e.en);
    let objs = objects(&[legacy(false)]);
    let e = plan(&objs[0], None).expect("a plan").enrolled_devices;
    assert!(
        e.en.contains("assign Company Portal (required, device-licensed) and an app configuration policy"),
        "{}",
        e.en
    );
    assert!(e.en.contains(APP_CONFIG.text.en));
    assert!(e.is_complete());
}
