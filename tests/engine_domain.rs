//! Domain truth: regressions for advice the product used to get wrong. Each test reads
//! every text of one kind the product shows (table, nuances, rules, recommendations) and
//! fails on the old, wrong claim.

use ade_advisor::engine::fields;
use ade_advisor::engine::i18n::LText;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::AuthMethod;
use ade_advisor::engine::recommend::{profile_fit, profile_fit_with, recommend, ProfileOptions, ALL_ADVICE};
use ade_advisor::engine::rules::{RuleStatus, REGISTRY};
use ade_advisor::engine::table::{Method, RequirementSet, EXTRA_ROWS, NUANCES, TABLE};
use ade_advisor::engine::{analyze, Options};

/// Every static and generated text: table rows, method summaries, nuances, rule docs,
/// advice notes, and the recommendation and profile-fit texts over many requirement sets.
fn all_texts() -> Vec<LText> {
    let mut out: Vec<LText> = Vec::new();
    for row in TABLE.iter().chain(EXTRA_ROWS.iter()) {
        out.push(row.label.into());
        out.push(row.help.into());
    }
    for m in Method::ALL {
        out.push(m.label().into());
        out.push(m.summary().into());
    }
    for n in NUANCES.iter() {
        out.push(n.text.into());
    }
    for r in REGISTRY.iter().filter(|r| r.meta.status != RuleStatus::Removed) {
        for t in [r.meta.title, r.meta.what, r.meta.why, r.meta.fix] {
            out.push(t.into());
        }
    }
    for a in ALL_ADVICE {
        out.push(a.text.into());
    }
    for bits in (0u16..1 << 12).step_by(5) {
        let reqs = RequirementSet::from_bits(bits);
        out.extend(recommend(reqs).texts().into_iter().cloned());
        for m in [AuthMethod::SetupAssistantLegacy, AuthMethod::CompanyPortal, AuthMethod::SetupAssistantModern] {
            let fit = profile_fit(m, reqs);
            out.push(fit.fix.clone());
            out.push(fit.note.clone());
        }
        for vpp in [false, true] {
            let options =
                ProfileOptions { install_company_portal: true, company_portal_vpp_token: vpp, ..Default::default() };
            let fit = profile_fit_with(AuthMethod::SetupAssistantLegacy, options, reqs);
            out.extend(fit.texts().into_iter().cloned());
        }
        let no_token = ProfileOptions { no_company_portal_vpp_token: true, ..Default::default() };
        for m in [AuthMethod::CompanyPortal, AuthMethod::SetupAssistantModern] {
            out.extend(profile_fit_with(m, no_token, reqs).texts().into_iter().cloned());
        }
    }
    out
}

fn assert_none_says(texts: &[LText], en: &[&str], ja: &[&str]) {
    for t in texts {
        let e = t.en.to_lowercase();
        for bad in en {
            assert!(!e.contains(&bad.to_lowercase()), "says {bad:?}: {}", t.en);
        }
        for bad in ja {
            assert!(!t.ja.contains(bad), "says {bad:?}: {}", t.ja);
        }
    }
}

/// Legacy signs the user in (user name and password in Setup Assistant); what it lacks is
/// the modern-authentication web page (S-LEARN-ADE-AUTH).
#[test]
fn no_text_says_legacy_has_no_sign_in() {
    assert_none_says(
        &all_texts(),
        &[
            "never signs the user in",
            "without a microsoft entra sign-in",
            "without entra sign-in",
            "no entra sign-in",
            "which legacy does not do",
        ],
        &[
            "サインインを行わない",
            "Entra ID へサインインせず",
            "Entra サインインに伴う",
            "サインインがないため、レガシ",
        ],
    );
    let legacy = Method::SetupAssistantLegacy.summary();
    assert!(legacy.en.contains("signs in") && legacy.en.contains("without the modern-authentication web page"));
    assert!(legacy.ja.contains("サインインします"));
}

/// In Setup Assistant an iPhone cannot answer its own MFA prompt: a second device or a
/// Temporary Access Pass (S-LEARN-MFA-ENROLLMENT).
#[test]
fn mfa_texts_name_a_second_device_or_a_temporary_access_pass() {
    let nuance = |id: &str| NUANCES.iter().find(|n| n.id == id).unwrap().text;
    let rule = |id: &str| REGISTRY.iter().find(|r| r.meta.id == id).unwrap().meta;
    let advice = |id: &str| ALL_ADVICE.iter().find(|a| a.id == id).unwrap().text;
    for t in [
        nuance("N4"),
        nuance("N7"),
        rule("single-app-mode-mfa").fix,
        rule("single-app-mode-mfa").why,
        advice("single-app-mode-mfa"),
        advice("mfa-needs-conditional-access"),
    ] {
        assert!(t.en.contains("Temporary Access Pass") && t.en.contains("device"), "{}", t.en);
        assert!(t.ja.contains("一時アクセス パス") && t.ja.contains("別のデバイス"), "{}", t.ja);
    }
    // Switching to modern authentication makes MFA possible; it does not remove the need.
    let fix = rule("single-app-mode-mfa").fix;
    assert!(fix.en.contains("removes the lock but not this need"));
    assert!(nuance("N4").en.contains("Phishing-resistant methods are not supported"));
}

/// Microsoft documents no precedence between the method flags (S-GRAPH-DEP-IOS).
#[test]
fn no_text_claims_a_documented_precedence_or_what_the_admin_center_never_writes() {
    assert_none_says(
        &all_texts(),
        &["documented precedence", "takes precedence", "never writes", "mutually exclusive"],
        &["優先されるため", "同時には使えません", "書き込むことはなく"],
    );
}

/// The cause of the vanishing app is reported by one write-up (S-ARTICLE).
#[test]
fn the_vanishing_company_portal_is_reported_not_established() {
    let advice = ALL_ADVICE.iter().find(|a| a.id == "company-portal-app-vanishes").unwrap().text;
    assert!(advice.en.contains("Reported problem") && advice.en.contains("has not acknowledged"));
    assert!(advice.ja.contains("報告されている") && advice.ja.contains("認めていません"));
    assert!(advice.en.contains("devices already enrolled"));
}

/// Japanese labels follow Learn JA and the admin center.
#[test]
fn japanese_labels_follow_the_admin_center() {
    assert_none_says(
        &all_texts(),
        &[],
        &["VPP でポータル サイトをインストールする", "ユーザー アフィニティを使用して登録する"],
    );
    let vpp = fields::lookup("companyPortalVppTokenId").unwrap();
    assert_eq!(vpp.label.ja, "VPP によるポータル サイトのインストール");
    let install = fields::lookup("requireCompanyPortalOnSetupAssistantEnrolledDevices").unwrap();
    assert_eq!(install.label.ja, "ポータル サイトのインストール");
    let affinity = fields::lookup("ade_useraffinity").unwrap();
    assert!(affinity.values.iter().any(|(_, t)| t.ja == "ユーザー アフィニティとともに登録する"));
    let modern = Method::SetupAssistantModern;
    assert!(modern.label().ja.contains("先進認証を使用した"));
    assert!(modern.summary().ja.contains("先進認証を備えたセットアップ アシスタント"));
    // Entra registration and Intune enrollment are told apart where both appear.
    for t in all_texts() {
        assert!(!t.ja.contains("登録が登録処理"), "{}", t.ja);
    }
}

/// iOS 13 is history (S-LEARN-SUPPORTED-OS).
#[test]
fn ios_13_is_history() {
    let n6 = NUANCES.iter().find(|n| n.id == "N6").unwrap();
    assert!(n6.columns.is_empty(), "N6 no longer qualifies the whole modern column");
    assert!(n6.text.en.starts_with("History"));
    let retired = REGISTRY.iter().find(|r| r.meta.id == "modern-auth-ios-13").unwrap();
    assert_eq!(retired.meta.status, RuleStatus::Removed);
}

/// N1 (S-LEARN-IOS-GUIDE): a legacy profile with "Install Company Portal" on gets its
/// device registered in Entra ID once the user signs in to Company Portal. Its finding
/// says so; a legacy profile without Company Portal is still told it has no registration.
#[test]
fn a_legacy_profile_that_installs_company_portal_is_not_told_it_never_registers() {
    fn legacy_message(install_company_portal: bool) -> LText {
        let json = format!(
            r##"{{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","displayName":"P",
            "requiresUserAuthentication":true,"enableAuthenticationViaCompanyPortal":false,
            "configurationWebUrl":false,"requireCompanyPortalOnSetupAssistantEnrolledDevices":{install_company_portal}}}"##
        );
        let analysis = analyze(&[SourceText { name: "p.json", bytes: json.as_bytes() }], Options::default());
        let finding = analysis.findings.iter().find(|f| f.rule == "legacy-setup-assistant").expect("legacy finding");
        finding.message.clone()
    }
    let with = legacy_message(true);
    assert!(with.en.contains("only once the user signs in to the Company Portal app"), "{}", with.en);
    assert!(!with.en.contains("no MFA or Entra registration"), "{}", with.en);
    assert!(with.ja.contains("サインインした時点で初めて"), "{}", with.ja);
    let without = legacy_message(false);
    assert!(without.en.contains("no MFA or Entra registration"), "{}", without.en);
    assert!(without.ja.contains("MFA も Entra 登録もありません"), "{}", without.ja);
}

/// Every text that names Apple's portal, table rows, rule docs, advice and field help: the
/// explained fields' meanings, and the recommendation texts.
fn all_texts_and_fields() -> Vec<LText> {
    let mut out = all_texts();
    for f in fields::FIELDS {
        out.push(f.label.into());
        out.push(f.meaning.into());
        out.extend(f.values.iter().map(|(_, t)| LText::from(*t)));
    }
    out
}

/// Apple renamed Apple Business Manager to Apple Business in 2026 (S-APPLE-BUSINESS): a text
/// that names it says "Apple Business (formerly Apple Business Manager)" the first time.
#[test]
fn apple_business_is_named_with_its_former_name() {
    let mut named = 0;
    for t in all_texts_and_fields() {
        for (text, first) in [
            (&*t.en, "Apple Business (formerly Apple Business Manager)"),
            (&*t.ja, "Apple Business (旧称 Apple Business Manager)"),
        ] {
            let Some(at) = text.find("Apple Business") else { continue };
            named += 1;
            assert!(text[at..].starts_with(first), "names Apple Business without its former name first: {text}");
            let rest = &text[at + first.len()..];
            assert!(!rest.contains("Apple Business Manager"), "the old name again after the first mention: {text}");
        }
    }
    assert!(named >= 4, "the texts that name it: {named}");
}

/// Microsoft Entra shared device mode needs Microsoft Authenticator, required on All devices
/// with an assignment filter on enrollmentProfileName (S-LEARN-SHARED-DEVICE-MODE, step 5);
/// the fix used to send the admin to Company Portal's assignments.
#[test]
fn entra_shared_mode_points_to_microsoft_authenticator_not_company_portal() {
    use ade_advisor::engine::click_paths::{APP_ASSIGNMENTS, AUTHENTICATOR_ASSIGNMENTS};
    let meta = REGISTRY.iter().find(|r| r.meta.id == "entra-shared-mode-prerequisites").unwrap().meta;
    assert!(meta.fix.en.contains(AUTHENTICATOR_ASSIGNMENTS.text.en), "{}", meta.fix.en);
    assert!(meta.fix.ja.contains(AUTHENTICATOR_ASSIGNMENTS.text.ja), "{}", meta.fix.ja);
    assert!(!meta.fix.en.contains(APP_ASSIGNMENTS.text.en), "{}", meta.fix.en);
    assert!(!meta.fix.ja.contains(APP_ASSIGNMENTS.text.ja), "{}", meta.fix.ja);
    for t in [meta.fix.en, AUTHENTICATOR_ASSIGNMENTS.text.en] {
        assert!(t.contains("Microsoft Authenticator"), "{t}");
    }
    assert!(meta.fix.en.contains("Required to All devices") && meta.fix.en.contains("enrollmentProfileName"));
    assert!(meta.fix.ja.contains("すべてのデバイス") && meta.fix.ja.contains("enrollmentProfileName"));
    // The info finding on a pasted Entra shared mode policy says the same.
    let policy = r##"{"@odata.type":"#microsoft.graph.deviceManagementConfigurationPolicy","name":"Shared","platforms":"iOS",
        "technologies":"enrollment","settings":[{"id":"0","settingInstance":{"settingDefinitionId":"ade_useraffinity",
        "choiceSettingValue":{"value":"ade_useraffinity_2","children":[]}}}]}"##;
    let analysis = analyze(&[SourceText { name: "p.json", bytes: policy.as_bytes() }], Options::default());
    let f = analysis.findings.iter().find(|f| f.rule == "entra-shared-mode-prerequisites").expect("fires");
    assert!(
        f.message.en.contains("Microsoft Authenticator (VPP) assigned as Required to All devices"),
        "{}",
        f.message.en
    );
    assert!(f.message.ja.contains("enrollmentProfileName"), "{}", f.message.ja);
}

/// Intune supports iOS/iPadOS 18 and later since the iOS/iPadOS 27 release; devices
/// without user affinity may enroll from 15 (S-LEARN-SUPPORTED-OS, read 2026-12-06). The
/// texts used to say 16.
#[test]
fn supported_versions_follow_learn_2026() {
    let texts = all_texts();
    assert_none_says(&texts, &["16 and later", "only iOS/iPadOS 16", "17 and later"], &["16 以降", "17 以降"]);
    let below_13 = EXTRA_ROWS.iter().find(|r| r.requirement.id() == "devices-below-ios-13").unwrap();
    let retired = REGISTRY.iter().find(|r| r.meta.id == "modern-auth-ios-13").unwrap().meta;
    let n6 = NUANCES.iter().find(|n| n.id == "N6").unwrap().text;
    let obsolete = ALL_ADVICE.iter().find(|a| a.id == "obsolete-devices-below-ios-13").unwrap().text;
    for t in [below_13.help, retired.why, n6, obsolete] {
        assert!(t.en.contains("iOS/iPadOS 18 and later") && t.en.contains("15"), "{}", t.en);
        assert!(t.ja.contains("iOS/iPadOS 18 以降") && t.ja.contains("15"), "{}", t.ja);
    }
}

/// `ade_authenticationmethod_0` left Microsoft's settings definitions in 2025 while Learn's
/// 2026 enrollment-policy pages still list Company Portal (S-SC-AUTHMETHOD,
/// S-LEARN-ADE-SETUP): the texts say both, and `_0` is still read as Company Portal. They
/// used to say only that new policies "no longer offer" it.
#[test]
fn company_portal_in_enrollment_policies_is_told_with_both_sources() {
    let policy = r##"{"@odata.type":"#microsoft.graph.deviceManagementConfigurationPolicy","name":"CP","platforms":"iOS",
        "technologies":"enrollment","settings":[{"id":"0","settingInstance":{"settingDefinitionId":"ade_useraffinity",
        "choiceSettingValue":{"value":"ade_useraffinity_1","children":[{"settingDefinitionId":"ade_authenticationmethod",
        "choiceSettingValue":{"value":"ade_authenticationmethod_0","children":[]}}]}}}]}"##;
    let analysis = analyze(&[SourceText { name: "p.json", bytes: policy.as_bytes() }], Options::default());
    let o = &analysis.objects[0];
    assert_eq!(o.method(), Some(AuthMethod::CompanyPortal));
    let reason = o.classification.as_ref().unwrap().reason.clone().unwrap();
    let value = fields::lookup("ade_authenticationmethod").unwrap().value("ade_authenticationmethod_0").unwrap();
    for (en, ja) in [(&*reason.en, &*reason.ja), (value.en, value.ja)] {
        assert!(en.contains("definitions") && en.contains("2025") && en.contains("Learn"), "{en}");
        assert!(ja.contains("設定定義") && ja.contains("2025") && ja.contains("Learn"), "{ja}");
    }
    assert_none_says(&all_texts(), &["no longer offer company portal", "offered until mid-2025"], &["2025 年半ばまで"]);
}

/// MFA at enrollment (S-LEARN-MFA-ENROLLMENT): the Conditional Access target decides how
/// often users are prompted, the Intune Enrollment app must be created in new tenants, and
/// on the Company Portal column the same-device constraint is strict with single-app mode
/// (and with modern authentication). The texts named none of this.
#[test]
fn mfa_texts_name_the_conditional_access_target_and_when_the_device_cannot_answer() {
    let n4 = NUANCES.iter().find(|n| n.id == "N4").unwrap();
    assert!(n4.cells.contains(&(ade_advisor::engine::table::Requirement::Mfa, Some(Method::CompanyPortal))));
    let advice = ALL_ADVICE.iter().find(|a| a.id == "mfa-needs-conditional-access").unwrap().text;
    let sam = REGISTRY.iter().find(|r| r.meta.id == "single-app-mode-mfa").unwrap().meta.fix;
    for t in [n4.text, advice, sam] {
        assert!(
            t.en.contains("\"Microsoft Intune Enrollment\" cloud app") && t.en.contains("\"Microsoft Intune\""),
            "{}",
            t.en
        );
        assert!(t.en.contains("every Company Portal sign-in"), "{}", t.en);
        assert!(
            t.ja.contains("「Microsoft Intune Enrollment」クラウド アプリ") && t.ja.contains("「Microsoft Intune」"),
            "{}",
            t.ja
        );
    }
    assert!(advice.en.contains("d4ebce55-015a-49b5-a083-c84d1797ae8c") && advice.en.contains("New tenants"));
    assert!(advice.ja.contains("d4ebce55-015a-49b5-a083-c84d1797ae8c") && advice.ja.contains("新しいテナント"));
    assert!(
        n4.text.en.contains("single-app mode locks it") && n4.text.en.contains("the constraint is strict"),
        "{}",
        n4.text.en
    );
    assert!(n4.text.ja.contains("シングル アプリ モード") && n4.text.ja.contains("制約は厳格"), "{}", n4.text.ja);
}

/// Legacy with enforced MFA is *reported* to fail sign-in (S-ISSUE-LEGACY-MFA); MC284343 is
/// cited only for what it announced, the end of Company Portal's single-app-mode flow
/// (S-MC284343), never against legacy. The legacy rule used to cite it.
#[test]
fn legacy_mfa_failure_is_reported_and_mc284343_is_about_single_app_mode() {
    let legacy = REGISTRY.iter().find(|r| r.meta.id == "legacy-setup-assistant").unwrap().meta;
    assert!(legacy.sources.contains(&"S-ISSUE-LEGACY-MFA") && !legacy.sources.contains(&"S-MC284343"));
    assert!(legacy.links.iter().any(|l| l.url.ends_with("azure-docs/issues/67083")));
    // Why legacy misses MFA, as the recommendation shows it.
    let reqs = RequirementSet::EMPTY.with(ade_advisor::engine::table::Requirement::Mfa);
    let rec = recommend(reqs);
    let texts = rec.texts();
    let why_not_mfa =
        texts.iter().find(|t| t.en.contains("no place for an MFA prompt")).expect("why legacy misses MFA");
    for t in [LText::from(legacy.why), (*why_not_mfa).clone()] {
        assert!(t.en.contains("reported to fail") && t.en.contains("#67083"), "{}", t.en);
        assert!(t.ja.contains("報告されています") && t.ja.contains("#67083"), "{}", t.ja);
    }
    for t in all_texts() {
        if t.en.contains("MC284343") {
            assert!(t.en.contains("single-app mode"), "MC284343 cited beyond what it announced: {}", t.en);
        }
        if t.ja.contains("MC284343") {
            assert!(t.ja.contains("シングル アプリ モード"), "{}", t.ja);
        }
    }
    assert!(!legacy.why.en.contains("MC284343") && !legacy.why.ja.contains("MC284343"));
}

/// Japanese labels per Learn JA (2026-12-06): they used to read キャッシュされるユーザーの最大数,
/// コンピューターとの同期, 証明書による Apple Configurator を許可, 監視下 and アカウント主導.
#[test]
fn japanese_labels_follow_learn_ja_2026() {
    let label = |k: &str| fields::lookup(k).unwrap().label.ja;
    assert_eq!(label("sharedIPadMaximumUserCount"), "キャッシュされたユーザーの最大数");
    assert_eq!(label("iTunesPairingMode"), "コンピューターと同期する");
    assert_eq!(label("supervisedModeEnabled"), "監視");
    let pairing = fields::lookup("iTunesPairingMode").unwrap();
    assert_eq!(pairing.value("requiresCertificate").unwrap().ja, "証明書による Apple Configurator の許可");
    let blocked =
        ALL_ADVICE.iter().find(|a| a.id == "company-portal-blocked-by-account-driven-user-enrollment").unwrap();
    assert!(blocked.text.ja.contains("アカウント駆動型の Apple ユーザー登録"), "{}", blocked.text.ja);
    assert_none_says(
        &all_texts_and_fields(),
        &[],
        &["アカウント主導", "キャッシュされるユーザー", "コンピューターとの同期"],
    );
}

/// Learn pages that moved in 2026 are linked at their current addresses (read 2026-12-06).
#[test]
fn moved_learn_pages_use_their_2026_addresses() {
    use ade_advisor::engine::sources::{LEARN_APPS_DEPLOY, LEARN_SUPPORTED_OS, LEARN_VPP};
    assert_eq!(LEARN_VPP.url, "https://learn.microsoft.com/intune/app-management/deployment/manage-vpp-apple");
    assert_eq!(LEARN_APPS_DEPLOY.url, "https://learn.microsoft.com/intune/app-management/deployment/assign-groups");
    assert_eq!(LEARN_SUPPORTED_OS.url, "https://learn.microsoft.com/intune/fundamentals/ref-supported-platforms");
}
