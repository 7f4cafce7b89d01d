//! Naming the authentication method of an ADE profile, with the fields that decided it
//! and how sure the engine is.
//!
//! - Intune `depIOSEnrollmentProfile` (Graph, SDK, IntuneCD, snake_case): the decision table
//!   of S-GRAPH-DEP-IOS — `requiresUserAuthentication` → `enableAuthenticationViaCompanyPortal`
//!   → `configurationWebUrl` → Setup Assistant (legacy).
//! - Settings-catalog enrollment policies: `ade_useraffinity` and its child
//!   `ade_authenticationmethod` (S-SC-AUTHMETHOD), see [`catalog`].
//! - The Terraform provider's flat iOS/iPadOS enrollment-policy resource: its flags, read as
//!   the `ade_authenticationmethod` values the provider sends for them (S-TF-SETTINGS-CATALOG).
//! - Apple's own profile JSON: `configuration_web_url` (S-APPLE-DEFINE-PROFILE).
//!
//! Flags that name more than one method are contradictory: Microsoft documents no
//! precedence between them (S-GRAPH-DEP-IOS). They are read in the order above only to
//! name a method at all, with low confidence and a reason that says the outcome is
//! undocumented, and listed as [`Contradiction`]s for the rule catalogue.

pub mod catalog;
mod texts;

use crate::engine::i18n::LText;
use crate::engine::input::terraform;
use crate::engine::model::{
    key, AffinityVariant, AuthMethod, Classification, Confidence, Contradiction, Evidence, FieldKey, Key, Kind, Object,
    ProfileSettings, Setting,
};

/// The classification of an ADE profile or policy (and, best effort, a macOS DEP profile);
/// `None` for every other kind.
pub fn classify(obj: &Object) -> Option<Classification> {
    classify_with(obj, None)
}

/// [`classify`], given the settings-catalog choices recognition found (see
/// [`catalog::choices`]), so that a policy's settings are walked once.
pub fn classify_with(obj: &Object, choices: Option<Vec<catalog::Choice>>) -> Option<Classification> {
    let mut c = classify_kind(obj, choices)?;
    // PowerShell's ConvertTo-Json without -Depth turns the SDK's AdditionalProperties bag
    // into a type name: the derived fields (configurationWebUrl, the VPP token, …) are lost.
    if obj.field(key!("AdditionalProperties")).is_some_and(|f| f.value.is_string()) {
        c.confidence = Confidence::Low;
        c.reason = Some(texts::flattened_bag(c.reason.as_ref()));
    }
    if obj.kind == Kind::IosEnrollmentProfile && terraform::is_flat_ios_policy(obj) {
        terraform_flat_policy(&mut c);
    }
    // Terraform's `…_json` resources hold a policy's settings as a JSON-encoded string: its
    // evidence points at the string, and the reason says so.
    if obj.kind == Kind::IosEnrollmentPolicy && !c.evidence.is_empty() && terraform::settings_encoded(obj) {
        c.reason = Some(texts::encoded_settings(c.reason.as_ref()));
    }
    Some(c)
}

fn classify_kind(obj: &Object, choices: Option<Vec<catalog::Choice>>) -> Option<Classification> {
    match obj.kind {
        Kind::IosEnrollmentProfile => Some(dep_profile(obj)),
        Kind::MacosEnrollmentProfile => {
            if obj.field(key!("settings")).is_some_and(|f| f.value.is_array()) {
                return None;
            }
            let mut c = dep_profile(obj);
            c.confidence = Confidence::Low;
            let base = c.reason.take();
            c.reason = Some(texts::macos(base.as_ref()));
            Some(c)
        }
        Kind::IosEnrollmentPolicy => Some(catalog::classify_policy(obj, choices)),
        Kind::AppleDepProfile => Some(apple_profile(obj)),
        _ => None,
    }
}

fn evidence_of(obj: &Object, keys: &[Key]) -> Vec<Evidence> {
    keys.iter().filter_map(|k| obj.field(k)).map(|f| f.evidence()).collect()
}

fn bool_setting(obj: &Object, key: impl FieldKey) -> Option<Setting<bool>> {
    let f = obj.field(key)?;
    let value = f.as_bool()?;
    Some(Setting { value, evidence: vec![f.evidence()] })
}

/// "Await final configuration": either of the two Graph booleans (S-GRAPH-DEP-IOS), or
/// Apple's `await_device_configured`. True when any of them is true.
fn await_setting(obj: &Object, keys: &[Key]) -> Option<Setting<bool>> {
    let mut found: Option<Setting<bool>> = None;
    for f in keys.iter().filter_map(|k| obj.field(k)) {
        let Some(b) = f.as_bool() else { continue };
        found = Some(match found {
            None => Setting { value: b, evidence: vec![f.evidence()] },
            Some(mut s) => {
                s.value |= b;
                s.evidence.push(f.evidence());
                s
            }
        });
    }
    found
}

fn contradiction(id: &'static str, message: LText, evidence: Vec<Evidence>) -> Contradiction {
    Contradiction { id, message, evidence }
}

/// The Intune DEP profile decision table (S-GRAPH-DEP-IOS).
fn dep_profile(obj: &Object) -> Classification {
    const RUA: Key = Key::new("requiresUserAuthentication");
    const CP: Key = Key::new("enableAuthenticationViaCompanyPortal");
    const WEB: Key = Key::new("configurationWebUrl");
    /// The Terraform provider's name for the modern-authentication choice (S-SC-TEMPLATE).
    const WEB_TF: Key = Key::new("requireSetupAssistantWithModernAuthentication");
    const INSTALL: Key = Key::new("requireCompanyPortalOnSetupAssistantEnrolledDevices");
    const SAM: Key = Key::new("enableSingleAppEnrollmentMode");
    const SHARED_AAD: Key = Key::new("userlessSharedAadModeEnabled");
    const SHARED_IPAD: Key = Key::new("enableSharedIPad");

    let rua = obj.bool(RUA);
    let cp = obj.bool(CP) == Some(true);
    let web = obj.bool(WEB) == Some(true) || obj.bool(WEB_TF) == Some(true);
    let install = obj.bool(INSTALL) == Some(true);
    let sam = obj.bool(SAM) == Some(true);
    let shared_aad = obj.bool(SHARED_AAD) == Some(true);
    let shared_ipad = obj.bool(SHARED_IPAD) == Some(true);

    let settings = ProfileSettings {
        install_company_portal: bool_setting(obj, INSTALL),
        vpp_token: obj
            .field(key!("companyPortalVppTokenId"))
            .and_then(|f| f.as_str().map(|s| Setting { value: s.to_string(), evidence: vec![f.evidence()] })),
        single_app_mode: bool_setting(obj, SAM),
        supervised: bool_setting(obj, key!("supervisedModeEnabled")),
        locked_enrollment: bool_setting(obj, key!("profileRemovalDisabled"))
            .or_else(|| bool_setting(obj, key!("lockedEnrollmentEnabled"))),
        await_final_configuration: await_setting(
            obj,
            &[
                key!("awaitDeviceConfiguredConfirmation"),
                key!("waitForDeviceConfiguredConfirmation"),
                key!("awaitFinalConfiguration"),
            ],
        ),
        mandatory: bool_setting(obj, key!("isMandatory")),
    };

    let mut contradictions = Vec::new();
    let (method, variant, mut confidence, mut reason, evidence);

    if rua != Some(true) {
        method = AuthMethod::NoUserAffinity;
        if shared_aad {
            variant = Some(AffinityVariant::EntraSharedDeviceMode);
            evidence = evidence_of(obj, &[RUA, SHARED_AAD]);
            confidence = Confidence::Medium;
            reason = Some(texts::shared_aad());
        } else if shared_ipad {
            variant = Some(AffinityVariant::SharedIpad);
            evidence = evidence_of(obj, &[RUA, SHARED_IPAD]);
            confidence = Confidence::Medium;
            reason = Some(texts::shared_ipad());
        } else {
            variant = None;
            evidence = evidence_of(obj, &[RUA]);
            confidence = Confidence::High;
            reason = None;
        }
        if rua.is_none() {
            confidence = confidence.min(Confidence::Medium);
            reason = Some(texts::rua_missing());
        }
        if shared_aad && shared_ipad {
            contradictions.push(contradiction(
                "shared-ipad-and-shared-device-mode",
                texts::shared_both(),
                evidence_of(obj, &[SHARED_IPAD, SHARED_AAD]),
            ));
        }
        if cp || web {
            confidence = confidence.min(Confidence::Medium);
            reason = Some(texts::method_flags_without_affinity());
            contradictions.push(contradiction(
                "method-flags-without-user-affinity",
                texts::method_flags_without_affinity(),
                evidence_of(obj, &[RUA, CP, WEB, WEB_TF]),
            ));
        }
    } else {
        variant = None;
        if cp {
            method = AuthMethod::CompanyPortal;
            evidence = evidence_of(obj, &[RUA, CP, WEB, WEB_TF]);
            confidence = Confidence::High;
            reason = None;
            if web {
                confidence = Confidence::Low;
                reason = Some(texts::cp_wins_over_modern());
                contradictions.push(contradiction(
                    "company-portal-and-modern",
                    texts::cp_and_modern(),
                    evidence_of(obj, &[CP, WEB, WEB_TF]),
                ));
            }
            if install {
                confidence = Confidence::Low;
                reason.get_or_insert_with(texts::cp_and_install);
                contradictions.push(contradiction(
                    "company-portal-and-install-flag",
                    texts::cp_and_install(),
                    evidence_of(obj, &[CP, INSTALL]),
                ));
            }
        } else if web {
            method = AuthMethod::SetupAssistantModern;
            evidence = evidence_of(obj, &[RUA, CP, WEB, WEB_TF]);
            confidence = Confidence::Medium;
            reason = Some(texts::modern_medium());
        } else {
            method = AuthMethod::SetupAssistantLegacy;
            evidence = evidence_of(obj, &[RUA, CP, WEB, WEB_TF, INSTALL]);
            confidence = Confidence::Low;
            reason = Some(texts::legacy_inferred(
                obj.field(CP).is_none() || (obj.field(WEB).is_none() && obj.field(WEB_TF).is_none()),
            ));
        }
        if shared_aad || shared_ipad {
            contradictions.push(contradiction(
                "shared-mode-with-user-affinity",
                texts::shared_with_affinity(),
                evidence_of(obj, &[RUA, SHARED_IPAD, SHARED_AAD]),
            ));
        }
    }

    if sam {
        // Legacy with "Install Company Portal" and single-app mode is a combination Learn
        // presents as selectable (S-LEARN-ADE-SETUP): not a contradiction.
        let legacy_with_cp = method == AuthMethod::SetupAssistantLegacy && install;
        if method != AuthMethod::CompanyPortal && !legacy_with_cp {
            contradictions.push(contradiction(
                "single-app-mode-without-company-portal",
                texts::sam_without_cp(),
                evidence_of(obj, &[SAM, CP]),
            ));
        }
        if settings.vpp_token.is_none() {
            contradictions.push(contradiction(
                "single-app-mode-without-vpp",
                texts::sam_without_vpp(),
                evidence_of(obj, &[SAM, key!("companyPortalVppTokenId")]),
            ));
        }
    }
    let awaits = [key!("awaitDeviceConfiguredConfirmation"), key!("waitForDeviceConfiguredConfirmation")]
        .map(|k| obj.field(k).and_then(|f| f.as_bool().map(|b| (b, f))));
    if let [Some((a, first)), Some((b, second))] = awaits {
        if a != b {
            contradictions.push(contradiction(
                "await-flags-disagree",
                texts::await_disagree(),
                vec![first.evidence(), second.evidence()],
            ));
        }
    }

    Classification { method: Some(method), variant, confidence, reason, evidence, contradictions, settings }
}

/// The provider's flat iOS/iPadOS enrollment-policy resource holds an enrollment policy's
/// choices as the profile flags, and sends them to Intune as `ade_authenticationmethod`
/// values of its own choosing (S-TF-SETTINGS-CATALOG): the modern-authentication flag as
/// `_2`, Setup Assistant with modern authentication in Microsoft's definition; the Company
/// Portal flag as `_1`, which Microsoft does not define; neither flag as `_0`, meant as
/// legacy, which Microsoft names Company Portal (S-SC-AUTHMETHOD; enrollment policies have
/// no legacy value). The method is what Intune gets; the evidence stays the flags.
fn terraform_flat_policy(c: &mut Classification) {
    if !c.contradictions.is_empty() {
        return;
    }
    match c.method {
        Some(AuthMethod::SetupAssistantModern) => {
            c.confidence = Confidence::High;
            c.reason = Some(texts::terraform_flat_modern());
        }
        Some(AuthMethod::CompanyPortal) => {
            c.method = None;
            c.confidence = Confidence::Low;
            c.reason = Some(texts::terraform_flat_company_portal());
        }
        Some(AuthMethod::SetupAssistantLegacy) => {
            c.method = Some(AuthMethod::CompanyPortal);
            c.confidence = Confidence::Medium;
            c.reason = Some(texts::terraform_flat_no_method());
        }
        _ => {}
    }
}

/// Apple's own ADE profile JSON (S-APPLE-DEFINE-PROFILE).
fn apple_profile(obj: &Object) -> Classification {
    const WEB: Key = Key::new("configuration_web_url");
    const URL: Key = Key::new("url");
    let web = obj.str(WEB).is_some();
    let url = obj.str(URL).is_some();
    let (method, confidence, reason) = if web {
        (Some(AuthMethod::SetupAssistantModern), Confidence::Medium, texts::apple_web())
    } else if url {
        (Some(AuthMethod::SetupAssistantLegacy), Confidence::Low, texts::apple_url())
    } else {
        (None, Confidence::Low, texts::apple_none())
    };
    let removable = obj.field(key!("is_mdm_removable")).and_then(|f| f.as_bool().map(|b| (b, f.evidence())));
    let settings = ProfileSettings {
        supervised: bool_setting(obj, key!("is_supervised")),
        locked_enrollment: removable.clone().map(|(b, e)| Setting { value: !b, evidence: vec![e] }),
        await_final_configuration: await_setting(obj, &[key!("await_device_configured")]),
        mandatory: bool_setting(obj, key!("is_mandatory")),
        ..ProfileSettings::default()
    };
    let mut contradictions = Vec::new();
    if removable.as_ref().is_some_and(|r| !r.0) && obj.bool(key!("is_supervised")) == Some(false) {
        contradictions.push(contradiction(
            "locked-enrollment-without-supervision",
            texts::apple_locked_unsupervised(),
            evidence_of(obj, &[key!("is_mdm_removable"), key!("is_supervised")]),
        ));
    }
    Classification {
        method,
        variant: None,
        confidence,
        reason: Some(reason),
        evidence: evidence_of(obj, &[WEB, URL]),
        contradictions,
        settings,
    }
}
