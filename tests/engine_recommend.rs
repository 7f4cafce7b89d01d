//! Requirements → method: exhaustive checks over all 2^12 requirement sets, plus
//! hand-checked cases and the JSON shape the CLI report relies on.

use ade_advisor::engine::model::AuthMethod;
use ade_advisor::engine::recommend::*;
use ade_advisor::engine::table::{Method, Requirement, RequirementSet};
use serde_json::json;

use Requirement as R;

fn set(rs: &[Requirement]) -> RequirementSet {
    rs.iter().copied().collect()
}

fn all_sets() -> impl Iterator<Item = RequirementSet> {
    (0u16..(1 << Requirement::ALL.len())).map(RequirementSet::from_bits)
}

/// Brute force, straight from the table.
fn fits_brute(m: Method, reqs: RequirementSet) -> bool {
    reqs.iter().all(|r| r.row().value(m))
}

fn sat_brute(reqs: RequirementSet) -> bool {
    Method::ALL.iter().any(|m| fits_brute(*m, reqs))
}

fn subsets(s: RequirementSet) -> Vec<RequirementSet> {
    let bits = s.bits();
    let mut out = Vec::new();
    let mut sub = bits;
    loop {
        out.push(RequirementSet::from_bits(sub));
        if sub == 0 {
            break;
        }
        sub = (sub - 1) & bits;
    }
    out
}

#[test]
fn over_all_sets_the_recommended_method_fits_and_is_the_preferred_fitting_one() {
    assert_eq!(all_sets().count(), 4096);
    for reqs in all_sets() {
        let rec = recommend(reqs);
        assert_eq!(rec.requirements, reqs);
        assert_eq!(rec.methods.iter().map(|f| f.method).collect::<Vec<_>>(), Method::ALL);
        for f in &rec.methods {
            assert_eq!(f.fits, fits_brute(f.method, reqs), "{:?} {:?}", f.method, reqs);
            let unmet: RequirementSet = f.unmet.iter().map(|u| u.requirement).collect();
            let expected: RequirementSet = reqs.iter().filter(|r| !r.row().value(f.method)).collect();
            assert_eq!(unmet, expected);
            for u in &f.unmet {
                assert_eq!(u.row_source, u.requirement.row().source);
            }
        }
        match rec.recommended {
            Some(m) => {
                assert!(fits_brute(m, reqs));
                let first = [Method::SetupAssistantModern, Method::CompanyPortal, Method::SetupAssistantLegacy]
                    .into_iter()
                    .find(|m| fits_brute(*m, reqs));
                assert_eq!(Some(m), first);
                assert!(rec.conflicts.is_empty() && rec.resolutions.is_empty());
            }
            None => {
                assert!(!sat_brute(reqs));
                assert!(!rec.conflicts.is_empty());
                assert!(!rec.resolutions.is_empty());
            }
        }
    }
}

#[test]
fn over_all_sets_conflicts_are_exactly_the_minimal_unsatisfiable_subsets() {
    for reqs in all_sets() {
        let got: Vec<RequirementSet> = recommend(reqs).conflicts.iter().map(|c| c.requirements).collect();
        for c in &got {
            assert!(c.is_subset_of(reqs));
            assert!(!sat_brute(*c), "conflict {c:?} is satisfiable");
            assert!(c.len() >= 2, "no single requirement is unsatisfiable");
            for s in subsets(*c) {
                if s != *c {
                    assert!(sat_brute(s), "conflict {c:?} is not minimal: {s:?} already conflicts");
                }
            }
        }
        // Complete: every minimal unsatisfiable subset is listed, once.
        let expected: Vec<RequirementSet> =
            subsets(reqs).into_iter().filter(|s| !sat_brute(*s) && s.iter().all(|r| sat_brute(s.toggled(r)))).collect();
        assert_eq!(got.len(), expected.len(), "{reqs:?}");
        for e in expected {
            assert!(got.contains(&e));
        }
    }
}

#[test]
fn over_all_sets_resolutions_lead_to_a_fit_and_are_minimal() {
    for reqs in all_sets() {
        let rec = recommend(reqs);
        for r in &rec.resolutions {
            let drop: RequirementSet = r.drop.iter().copied().collect();
            assert!(!drop.is_empty() && drop.is_subset_of(reqs));
            let rest = RequirementSet::from_bits(reqs.bits() & !drop.bits());
            assert!(!r.then_fits.is_empty());
            for m in &r.then_fits {
                assert!(fits_brute(*m, rest));
            }
            // Minimal: keeping any dropped requirement breaks every fit.
            for d in drop.iter() {
                assert!(!sat_brute(rest.with(d)), "{reqs:?}: dropping {drop:?} is not minimal");
            }
            // It resolves every conflict.
            for c in &rec.conflicts {
                assert!(c.requirements.iter().any(|x| drop.contains(x)));
            }
        }
        // Every single drop that yields a fit is offered.
        if rec.recommended.is_none() {
            for x in reqs.iter() {
                if sat_brute(reqs.toggled(x)) {
                    assert!(rec.resolutions.iter().any(|r| r.drop == vec![x]), "{reqs:?}: drop {x:?}");
                }
            }
        }
        for c in &rec.conflicts {
            assert!(!c.resolutions.is_empty());
        }
    }
}

#[test]
fn over_all_sets_every_text_is_complete_in_both_languages() {
    for reqs in all_sets() {
        let rec = recommend(reqs);
        for t in rec.texts() {
            assert!(t.is_complete(), "{reqs:?}: {t:?}");
        }
        for a in &rec.warnings {
            for l in &a.links {
                assert!(l.title.is_complete());
            }
        }
        for m in [
            AuthMethod::SetupAssistantLegacy,
            AuthMethod::CompanyPortal,
            AuthMethod::SetupAssistantModern,
            AuthMethod::NoUserAffinity,
        ] {
            let fit = profile_fit(m, reqs);
            for t in fit.texts() {
                assert!(t.is_complete(), "{m:?} {reqs:?}: {t:?}");
            }
            assert_eq!(fit.meets, fit.missed.is_empty());
            assert_eq!(fit.missed.len(), fit.reasons.len());
            for r in &fit.missed {
                assert!(reqs.contains(*r));
                assert!(fit.reason_for(*r).is_some());
            }
            if let Some(tm) = m.table_method() {
                assert_eq!(fit.meets, fits_brute(tm, reqs));
            }
            match fit.target {
                Some(t) => {
                    assert!(!fit.meets);
                    assert_eq!(Some(t), rec.recommended);
                    assert!(fit.fix.en.contains("Enrollment program tokens"));
                    assert!(fit.fix.ja.contains("登録プログラム トークン"));
                }
                None => assert!(fit.meets || rec.recommended.is_none()),
            }
        }
    }
}

#[test]
fn never_panics_and_is_deterministic() {
    for reqs in all_sets().step_by(37) {
        assert_eq!(recommend(reqs), recommend(reqs));
        assert_eq!(profile_fit(AuthMethod::CompanyPortal, reqs), profile_fit(AuthMethod::CompanyPortal, reqs));
    }
}

#[test]
fn empty_set_recommends_modern_as_microsofts_recommendation() {
    let rec = recommend(RequirementSet::EMPTY);
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    assert_eq!(rec.fitting().len(), 3);
    assert!(rec.why.en.contains("recommended"));
    assert!(rec.why.en.contains("2026"));
    assert!(rec.conflicts.is_empty() && rec.warnings.is_empty());
}

#[test]
fn mfa_recommends_modern() {
    let rec = recommend(set(&[R::Mfa]));
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    assert!(!rec.fit(Method::SetupAssistantLegacy).unwrap().fits);
    assert!(rec.fit(Method::CompanyPortal).unwrap().fits);
    assert!(rec.warning("mfa-needs-conditional-access").is_some());
    assert!(rec.nuances.iter().any(|n| n.id == "N4"));
}

#[test]
fn mfa_and_lock_recommend_company_portal_with_the_warnings() {
    let rec = recommend(set(&[R::Mfa, R::LockUntilCompanyPortal]));
    assert_eq!(rec.recommended, Some(Method::CompanyPortal));
    assert_eq!(rec.fitting(), [Method::CompanyPortal]);
    assert!(rec.warning("company-portal-app-vanishes").is_some());
    assert!(rec.warning("single-app-mode-mfa").is_some());
    assert!(rec.nuances.iter().any(|n| n.id == "N7"));
    assert!(rec.why.en.contains("only fit"));
    // Lock alone also makes Company Portal the only fit.
    let rec = recommend(set(&[R::LockUntilCompanyPortal]));
    assert_eq!(rec.fitting(), [Method::CompanyPortal]);
    assert!(rec.warning("company-portal-app-vanishes").is_some());
    assert!(rec.warning("single-app-mode-mfa").is_some());
}

/// S-LEARN-ADE-AUTH: Company Portal-method enrollments are blocked for users targeted by
/// account-driven User Enrollment; said wherever Company Portal is the recommendation.
#[test]
fn company_portal_comes_with_the_account_driven_user_enrollment_block() {
    const ID: &str = "company-portal-blocked-by-account-driven-user-enrollment";
    let rec = recommend(set(&[R::LockUntilCompanyPortal]));
    let advice = rec.warning(ID).expect("the block is named");
    assert!(advice.text.en.contains("account-driven Apple User Enrollment"));
    assert!(advice.text.ja.contains("アカウント駆動型の Apple ユーザー登録"));
    assert!(advice.links.iter().any(|l| l.url.contains("ref-automated-authentication-methods")));
    for other in [set(&[R::Mfa]), set(&[R::NoEntraRegistration]), set(&[R::Mfa, R::AppleP7mToken])] {
        assert_ne!(recommend(other).recommended, Some(Method::CompanyPortal));
        assert!(recommend(other).warning(ID).is_none());
    }
}

#[test]
fn no_entra_registration_recommends_legacy_and_says_it_is_deprecated() {
    let rec = recommend(set(&[R::NoEntraRegistration]));
    assert_eq!(rec.recommended, Some(Method::SetupAssistantLegacy));
    assert!(rec.warning("legacy-deprecated").is_some());
    let modern = rec.fit(Method::SetupAssistantModern).unwrap();
    assert_eq!(modern.unmet_ids(), ["no-entra-registration"]);
}

#[test]
fn mfa_and_p7m_conflict_with_drops() {
    let rec = recommend(set(&[R::Mfa, R::AppleP7mToken]));
    assert_eq!(rec.recommended, None);
    assert_eq!(rec.conflicts.len(), 1);
    assert_eq!(rec.conflicts[0].requirements, set(&[R::Mfa, R::AppleP7mToken]));
    let drops: Vec<(Vec<Requirement>, Vec<Method>)> =
        rec.resolutions.iter().map(|r| (r.drop.clone(), r.then_fits.clone())).collect();
    assert_eq!(
        drops,
        [
            (vec![R::Mfa], vec![Method::SetupAssistantLegacy]),
            (vec![R::AppleP7mToken], vec![Method::SetupAssistantModern, Method::CompanyPortal]),
        ]
    );
    assert!(rec.conflicts[0].why.en.contains("legacy"));
}

#[test]
fn entra_and_no_entra_contradict() {
    let rec = recommend(set(&[R::EntraRegistration, R::NoEntraRegistration]));
    assert_eq!(rec.recommended, None);
    assert_eq!(rec.conflicts[0].requirements, set(&[R::EntraRegistration, R::NoEntraRegistration]));
    assert!(rec.conflicts[0].why.en.contains("contradict"));
    assert!(rec.warning("legacy-can-install-company-portal").is_none());
}

/// Regression: "some devices run iOS older than 13" used to exclude modern authentication
/// and even make a three-way conflict. Intune supports only iOS/iPadOS 18 and later (15 without user affinity)
/// (S-LEARN-SUPPORTED-OS): the requirement is obsolete and steers nothing.
#[test]
fn the_obsolete_ios_13_requirement_creates_no_conflict() {
    let s = set(&[R::Mfa, R::UseBeforeCompanyPortal, R::DevicesBelowIos13]);
    let rec = recommend(s);
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    assert!(rec.conflicts.is_empty());
    assert_eq!(rec.requirements, s, "the stated set is kept for share links");
    let a = rec.warning("obsolete-devices-below-ios-13").expect("says it was ignored");
    assert!(a.text.en.contains("obsolete") && a.text.en.contains("18"));
    assert!(a.text.ja.contains("廃止"));
}

#[test]
fn legacy_nuances_n1_n2_are_attached() {
    let rec = recommend(set(&[R::CompanyPortalAutoInstall, R::AppleP7mToken]));
    assert_eq!(rec.recommended, None);
    assert!(rec.warning("legacy-can-install-company-portal").is_some());
    assert!(rec.nuances.iter().any(|n| n.id == "N2"));
    let legacy = rec.fit(Method::SetupAssistantLegacy).unwrap();
    assert_eq!(legacy.unmet[0].nuances.iter().map(|n| n.id).collect::<Vec<_>>(), ["N2"]);
    assert!(legacy.unmet[0].reason.en.contains("N2"));

    let rec = recommend(set(&[R::EntraRegistration, R::AppleP7mToken]));
    assert!(rec.warning("legacy-can-install-company-portal").is_some());
    assert!(rec.nuances.iter().any(|n| n.id == "N1"));
}

#[test]
fn devices_below_ios_13_is_obsolete_and_every_method_meets_it() {
    assert!(R::DevicesBelowIos13.is_obsolete());
    assert!(Requirement::ALL.iter().filter(|r| r.is_obsolete()).count() == 1);
    let rec = recommend(set(&[R::DevicesBelowIos13, R::Mfa]));
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    assert!(rec.fit(Method::SetupAssistantModern).unwrap().fits);
    assert!(rec.warning("modern-needs-ios-13").is_none());
    assert!(rec.nuances.iter().any(|n| n.id == "N6"));
    assert!(R::DevicesBelowIos13.row().label.en.contains("obsolete"));
}

#[test]
fn use_before_company_portal_is_marked_as_microsoft_only() {
    let rec = recommend(set(&[R::UseBeforeCompanyPortal]));
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    let cp = rec.fit(Method::CompanyPortal).unwrap();
    assert_eq!(cp.unmet[0].row_source, ade_advisor::engine::table::RowSource::MicrosoftOnly);
    assert!(cp.unmet[0].reason.en.contains("Microsoft's lists"));
}

#[test]
fn json_shape_matches_the_cli_report() {
    let rec = recommend(set(&[R::Mfa]));
    let v = serde_json::to_value(&rec).unwrap();
    assert_eq!(v["requirements"], json!(["mfa"]));
    assert_eq!(v["recommended"], json!("setup-assistant-modern"));
    assert_eq!(v["methods"][0]["method"], json!("setup-assistant-legacy"));
    assert_eq!(v["methods"][0]["fits"], json!(false));
    assert_eq!(v["methods"][0]["unmet"], json!(["mfa"]));
    assert_eq!(v["methods"][0]["reasons"][0]["requirement"], json!("mfa"));
    assert_eq!(v["methods"][2]["unmet"], json!([]));
    assert_eq!(v["conflicts"], json!([]));

    let rec = recommend(set(&[R::Mfa, R::AppleP7mToken]));
    let v = serde_json::to_value(&rec).unwrap();
    assert_eq!(v["recommended"], json!(null));
    assert_eq!(v["conflicts"][0]["requirements"], json!(["mfa", "apple-p7m-token"]));
    assert!(v["conflicts"][0]["why"]["en"].is_string());
    assert!(v["conflicts"][0]["why"]["ja"].is_string());
    assert_eq!(v["conflicts"][0]["resolutions"][0]["drop"], json!(["mfa"]));
    assert_eq!(v["conflicts"][0]["resolutions"][0]["then_fits"], json!(["setup-assistant-legacy"]));
}

#[test]
fn profile_fit_names_misses_target_and_click_path() {
    let fit = profile_fit(AuthMethod::SetupAssistantLegacy, set(&[R::Mfa, R::Wipe]));
    assert!(!fit.meets);
    assert_eq!(fit.missed, [R::Mfa]);
    assert_eq!(fit.target, Some(Method::SetupAssistantModern));
    assert!(fit.fix.en.contains(click_path().en));
    assert!(fit.fix.ja.contains(click_path().ja));
    assert!(fit.fix.en.contains("Enrollment policies"));
    assert!(fit.note.en.contains("already enrolled"));
    assert!(fit.note.ja.contains("登録済み"));

    let ok = profile_fit(AuthMethod::SetupAssistantModern, set(&[R::Mfa]));
    assert!(ok.meets && ok.target.is_none() && ok.missed.is_empty());

    // A Company Portal profile meets MFA, but modern is preferred: say so, no finding.
    let cp = profile_fit(AuthMethod::CompanyPortal, set(&[R::Mfa]));
    assert!(cp.meets && cp.target.is_none());
    assert!(cp.fix.en.contains("Setup Assistant with modern authentication"));

    // No method fits: no target, the fix explains the conflict.
    let none = profile_fit(AuthMethod::CompanyPortal, set(&[R::Mfa, R::AppleP7mToken]));
    assert_eq!(none.missed, [R::AppleP7mToken]);
    assert_eq!(none.target, None);
    assert!(none.fix.en.contains("Drop"));

    // Legacy missing only what "Install Company Portal" reaches: the fix names that alternative.
    let alt = profile_fit(AuthMethod::SetupAssistantLegacy, set(&[R::EntraRegistration]));
    assert_eq!(alt.target, Some(Method::SetupAssistantModern));
    assert!(alt.fix.en.contains("N1, N2"));
    assert!(!fit.fix.en.contains("N1, N2"));
}

#[test]
fn userless_profiles_miss_what_needs_a_user() {
    let fit = profile_fit(
        AuthMethod::NoUserAffinity,
        set(&[R::Wipe, R::Mfa, R::EntraRegistration, R::NoEntraRegistration, R::DevicesBelowIos13]),
    );
    assert_eq!(fit.missed, [R::Mfa, R::EntraRegistration]);
    assert_eq!(fit.target, None, "entra + no-entra: nothing fits");

    let fit = profile_fit(AuthMethod::NoUserAffinity, set(&[R::Mfa, R::ResetExpiredPassword]));
    assert_eq!(fit.target, Some(Method::SetupAssistantModern));
    assert!(fit.fix.en.contains("authenticates nobody"));
    assert!(fit.fix.en.contains("create a new profile"));
    assert!(profile_fit(AuthMethod::NoUserAffinity, set(&[R::Wipe, R::UseBeforeCompanyPortal])).meets);
    assert_eq!(
        userless_column(),
        set(&[R::Wipe, R::NoEntraRegistration, R::UseBeforeCompanyPortal, R::DevicesBelowIos13])
    );
}

#[test]
fn click_path_is_bilingual() {
    let p = click_path();
    assert!(p.en.starts_with(
        "Intune admin center → Devices → Device onboarding → Enrollment → Apple mobile → Enrollment program tokens"
    ));
    assert!(p
        .ja
        .starts_with("Intune 管理センター → デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン"));
    assert!(p.ja.contains("プロパティ → 編集"));
}

#[test]
fn a_modern_profile_meets_the_obsolete_ios_13_requirement() {
    let rec = recommend(set(&[R::DevicesBelowIos13]));
    assert_eq!(rec.recommended, Some(Method::SetupAssistantModern));
    let fit = profile_fit(AuthMethod::SetupAssistantModern, set(&[R::DevicesBelowIos13]));
    assert!(fit.meets);
    assert!(fit.missed.is_empty());
}

#[test]
fn finding_messages_exist_for_every_missed_requirement() {
    for reqs in all_sets().step_by(7) {
        for m in [
            AuthMethod::SetupAssistantLegacy,
            AuthMethod::CompanyPortal,
            AuthMethod::SetupAssistantModern,
            AuthMethod::NoUserAffinity,
        ] {
            let fit = profile_fit(m, reqs);
            for r in Requirement::ALL {
                let msg = fit.message_for(r);
                assert_eq!(msg.is_some(), fit.missed.contains(&r));
                if let Some(msg) = msg {
                    assert!(msg.is_complete());
                    assert!(msg.en.contains(r.row().label.en));
                    assert!(msg.ja.contains(r.row().label.ja));
                }
            }
        }
    }
}

/// A legacy profile's own "Install Company Portal" settings (nuances N1, N2).
fn legacy_with(company_portal: bool, vpp_token: bool, reqs: &[R]) -> ProfileFit {
    let options = ProfileOptions {
        install_company_portal: company_portal,
        company_portal_vpp_token: vpp_token,
        ..Default::default()
    };
    profile_fit_with(AuthMethod::SetupAssistantLegacy, options, set(reqs))
}

#[test]
fn a_legacy_profile_that_installs_company_portal_meets_registration_and_installation_in_practice() {
    let fit =
        legacy_with(true, true, &[R::Wipe, R::EntraRegistration, R::CompanyPortalAutoInstall, R::CompanyPortalVpp]);
    assert!(fit.meets, "{:?}", fit.missed);
    assert!(fit.missed.is_empty() && fit.reasons.is_empty() && fit.target.is_none());
    let met: Vec<R> = fit.in_practice.iter().map(|p| p.requirement).collect();
    assert_eq!(met, [R::EntraRegistration, R::CompanyPortalAutoInstall, R::CompanyPortalVpp]);
    assert!(fit.in_practice.iter().all(|p| p.reason.is_complete() && !p.nuances.is_empty()));
    assert!(fit.in_practice[0].reason.en.contains("N1"));
    // Nothing to change, but legacy is deprecated: the fix says both.
    assert!(fit.fix.en.starts_with("Nothing to change"), "{}", fit.fix.en);
    assert!(fit.fix.en.contains("deprecated") && fit.fix.en.contains(click_path().en));
    assert!(fit.fix.en.contains("Setup Assistant with modern authentication meets them"), "{}", fit.fix.en);
    assert!(fit.fix.ja.contains("非推奨") && fit.fix.ja.contains(click_path().ja));

    // With the .p7m token stated too, only this profile meets them all: no switch offered.
    let only = legacy_with(true, false, &[R::EntraRegistration, R::AppleP7mToken]);
    assert!(only.meets && only.target.is_none());
    assert!(only.fix.en.contains("no other method meets all of them"), "{}", only.fix.en);
    assert!(only.fix.en.contains("(nuance N1)") && only.fix.ja.contains("補足 N1)"), "{}", only.fix.en);
    assert!(fit.fix.en.contains("(nuances N1, N2)"), "{}", fit.fix.en);
    let install = legacy_with(true, false, &[R::CompanyPortalAutoInstall]);
    assert!(install.fix.en.contains("(nuance N2)") && install.fix.ja.contains("補足 N2)"), "{}", install.fix.en);
    assert!(!only.fix.en.contains("To switch"), "{}", only.fix.en);
}

#[test]
fn a_legacy_profile_without_a_vpp_token_still_misses_installation_without_apple_ids() {
    let fit = legacy_with(true, false, &[R::EntraRegistration, R::CompanyPortalVpp]);
    assert!(!fit.meets);
    assert_eq!(fit.missed, [R::CompanyPortalVpp]);
    assert_eq!(fit.in_practice.len(), 1);
    assert_eq!(fit.target, Some(Method::SetupAssistantModern));
    // The alternative is the missing token, not "Install Company Portal" (already Yes).
    assert!(fit.fix.en.contains("choose a VPP token"), "{}", fit.fix.en);
    assert!(!fit.fix.en.contains("set \"Install Company Portal\" to Yes"), "{}", fit.fix.en);
}

#[test]
fn a_legacy_profile_that_installs_company_portal_misses_keeping_devices_out_of_entra() {
    let fit = legacy_with(true, false, &[R::NoEntraRegistration, R::AppleP7mToken]);
    assert!(!fit.meets);
    assert_eq!(fit.missed, [R::NoEntraRegistration]);
    assert!(fit.reasons[0].reason.en.contains("installs Company Portal"));
    assert_eq!(fit.reasons[0].nuances.iter().map(|n| n.id).collect::<Vec<_>>(), ["N1"]);
    // Legacy is still the method that fits: keep it, turn Company Portal off.
    assert_eq!(fit.target, Some(Method::SetupAssistantLegacy));
    assert!(fit.fix.en.starts_with("Keep Setup Assistant (legacy) but set \"Install Company Portal\" to No"));
    assert!(fit.fix.ja.contains("「ポータル サイトのインストール」を「いいえ」"));
    assert!(!fit.fix.en.contains("Change the authentication method"));
    assert!(fit.message_for(R::NoEntraRegistration).is_some_and(|m| m.is_complete()));
}

#[test]
fn without_company_portal_or_for_other_methods_the_options_change_nothing() {
    let reqs = set(&[R::EntraRegistration, R::NoEntraRegistration, R::CompanyPortalVpp]);
    for m in [AuthMethod::SetupAssistantLegacy, AuthMethod::CompanyPortal, AuthMethod::SetupAssistantModern] {
        assert_eq!(profile_fit_with(m, ProfileOptions::default(), reqs), profile_fit(m, reqs));
    }
    let both = ProfileOptions { install_company_portal: true, company_portal_vpp_token: true, ..Default::default() };
    for m in [AuthMethod::CompanyPortal, AuthMethod::SetupAssistantModern, AuthMethod::NoUserAffinity] {
        for reqs in all_sets().step_by(11) {
            assert_eq!(profile_fit_with(m, both, reqs), profile_fit(m, reqs), "{m:?}");
        }
    }
    // Without "Install Company Portal" a legacy profile is still offered that setting.
    let plain = legacy_with(false, false, &[R::EntraRegistration]);
    assert_eq!(plain.missed, [R::EntraRegistration]);
    assert!(plain.in_practice.is_empty());
    assert!(plain.fix.en.contains("set \"Install Company Portal\" to Yes"));
}

/// S-LEARN-ADE-AUTH: without a VPP token users need an Apple ID to get Company Portal, so
/// a profile that shows no token misses "without users' Apple IDs" whatever its method.
#[test]
fn a_profile_without_a_vpp_token_misses_installation_without_apple_ids() {
    let no_token = ProfileOptions { no_company_portal_vpp_token: true, ..Default::default() };
    let fit = profile_fit_with(AuthMethod::SetupAssistantModern, no_token, set(&[R::Mfa, R::CompanyPortalVpp]));
    assert!(!fit.meets);
    assert_eq!(fit.missed, [R::CompanyPortalVpp]);
    assert!(fit.reasons[0].reason.en.contains("Apple ID"), "{}", fit.reasons[0].reason.en);
    // The method is right: keep it and choose a token.
    assert_eq!(fit.target, Some(Method::SetupAssistantModern));
    assert!(
        fit.fix.en.starts_with("Keep Setup Assistant with modern authentication and choose a VPP token"),
        "{}",
        fit.fix.en
    );
    assert!(fit.fix.ja.contains("VPP トークンを選んでください"), "{}", fit.fix.ja);
    assert!(!fit.fix.en.contains("Change the authentication method"), "{}", fit.fix.en);

    // A Company Portal profile that must also let users in before Company Portal arrives:
    // switch to modern authentication, and choose the token too.
    let cp =
        profile_fit_with(AuthMethod::CompanyPortal, no_token, set(&[R::CompanyPortalVpp, R::UseBeforeCompanyPortal]));
    assert_eq!(cp.missed, [R::CompanyPortalVpp, R::UseBeforeCompanyPortal]);
    assert_eq!(cp.target, Some(Method::SetupAssistantModern));
    assert!(cp.fix.en.contains("Change the authentication method from Company Portal"), "{}", cp.fix.en);
    assert!(cp.fix.en.contains("Choose a VPP token"), "{}", cp.fix.en);

    // With a token, or when the profile says nothing about one, the column decides.
    let with_token = ProfileOptions { company_portal_vpp_token: true, ..Default::default() };
    assert!(profile_fit_with(AuthMethod::SetupAssistantModern, with_token, set(&[R::CompanyPortalVpp])).meets);
    assert!(profile_fit(AuthMethod::SetupAssistantModern, set(&[R::CompanyPortalVpp])).meets);
}

/// A Company Portal profile with the given single-app mode and VPP token.
fn company_portal_with(sam: SingleAppMode, vpp_token: bool, reqs: &[R]) -> ProfileFit {
    let options = ProfileOptions {
        company_portal_vpp_token: vpp_token,
        no_company_portal_vpp_token: !vpp_token,
        single_app_mode: sam,
        ..Default::default()
    };
    profile_fit_with(AuthMethod::CompanyPortal, options, set(reqs))
}

/// Issue 24 §2 (S-LEARN-ADE-SETUP, nuance N8): the lock is the option "Run Company Portal
/// in Single App Mode until authentication", not the method. A Company Portal profile with
/// it off was said to keep the device locked and to miss "let users use the device before
/// Company Portal is installed".
#[test]
fn a_company_portal_profile_with_single_app_mode_off_does_not_keep_the_device_locked() {
    let fit = company_portal_with(SingleAppMode::Off, true, &[R::Mfa, R::LockUntilCompanyPortal]);
    assert!(!fit.meets);
    assert_eq!(fit.missed, [R::LockUntilCompanyPortal]);
    let why = &fit.reasons[0];
    assert!(why.reason.en.contains("Single App Mode until authentication") && why.reason.en.contains("off"));
    assert!(why.reason.ja.contains("オフ"));
    assert!(why.nuances.iter().any(|n| n.id == "N8"), "{:?}", why.nuances);
    // Company Portal is still the method for the lock: keep it, turn the option on.
    assert_eq!(fit.target, Some(Method::CompanyPortal));
    assert!(
        fit.fix.en.starts_with(
            "Keep Company Portal and set \"Run Company Portal in Single App Mode until authentication\" to Yes, with a VPP token"
        ),
        "{}",
        fit.fix.en
    );
    assert!(fit.fix.ja.contains("「はい」") && fit.fix.ja.contains("VPP トークン"), "{}", fit.fix.ja);
    assert!(!fit.fix.en.contains("Change the authentication method"), "{}", fit.fix.en);
    assert!(fit.message_for(R::LockUntilCompanyPortal).is_some_and(|m| m.is_complete()));

    // …and it does let users in before Company Portal arrives.
    let fit = company_portal_with(SingleAppMode::Off, true, &[R::Mfa, R::UseBeforeCompanyPortal]);
    assert!(fit.meets, "{:?}", fit.missed);
    assert_eq!(fit.in_practice.iter().map(|p| p.requirement).collect::<Vec<_>>(), [R::UseBeforeCompanyPortal]);
    assert!(fit.in_practice[0].reason.en.contains("home screen"), "{}", fit.in_practice[0].reason.en);
    assert!(
        fit.fix.en.starts_with("Nothing to change: Company Portal meets every stated requirement"),
        "{}",
        fit.fix.en
    );
    assert!(fit.fix.en.contains("single-app mode off (nuance N8)"), "{}", fit.fix.en);
    assert!(fit.fix.en.contains("Setup Assistant with modern authentication meets them"), "{}", fit.fix.en);
    assert!(!fit.fix.en.contains("legacy"), "{}", fit.fix.en);
    assert!(fit.texts().iter().all(|t| t.is_complete()));
}

#[test]
fn single_app_mode_keeps_the_device_locked_only_with_a_vpp_token() {
    let on = company_portal_with(SingleAppMode::On, true, &[R::LockUntilCompanyPortal, R::CompanyPortalVpp]);
    assert!(on.meets && on.unknown.is_empty() && on.in_practice.is_empty());
    // On, but no token: Microsoft offers the lock only with one (single-app-mode-needs-vpp).
    let no_token = company_portal_with(SingleAppMode::On, false, &[R::LockUntilCompanyPortal]);
    assert_eq!(no_token.missed, [R::LockUntilCompanyPortal]);
    assert!(no_token.reasons[0].reason.en.contains("VPP token"), "{}", no_token.reasons[0].reason.en);
    assert_eq!(no_token.target, Some(Method::CompanyPortal));
    assert!(no_token.fix.en.contains("with a VPP token chosen"), "{}", no_token.fix.en);
    // With single-app mode on, users wait for Company Portal, as the column says.
    let before = company_portal_with(SingleAppMode::On, true, &[R::UseBeforeCompanyPortal]);
    assert_eq!(before.missed, [R::UseBeforeCompanyPortal]);
}

/// Where the input does not show single-app mode (a partial paste, an enrollment policy),
/// the fit says it cannot tell instead of reading the column as if the lock were on.
#[test]
fn an_unknown_single_app_mode_leaves_the_lock_undecided() {
    let fit = company_portal_with(SingleAppMode::NotShown, true, &[R::Mfa, R::LockUntilCompanyPortal]);
    assert!(!fit.meets, "nothing says the device is locked");
    assert!(fit.missed.is_empty() && fit.reasons.is_empty(), "nor that it is not: {:?}", fit.missed);
    assert_eq!(fit.unknown.iter().map(|u| u.requirement).collect::<Vec<_>>(), [R::LockUntilCompanyPortal]);
    assert!(fit.unknown[0].reason.en.contains("enableSingleAppEnrollmentMode"), "{}", fit.unknown[0].reason.en);
    assert!(fit.unknown[0].nuances.iter().any(|n| n.id == "N8"));
    assert_eq!(fit.target, None, "no switch for what is unknown");
    assert!(fit
        .fix
        .en
        .starts_with("Check \"Run Company Portal in Single App Mode until authentication\" in the profile"));
    assert!(fit.fix.en.contains(click_path().en), "{}", fit.fix.en);
    assert!(fit.fix.en.contains("must be Yes, with a VPP token"), "{}", fit.fix.en);
    assert!(fit.fix.ja.contains(click_path().ja));
    assert!(fit.message_for(R::LockUntilCompanyPortal).is_none());
    assert!(fit.texts().iter().all(|t| t.is_complete()));

    let before = company_portal_with(SingleAppMode::NotShown, true, &[R::UseBeforeCompanyPortal]);
    assert!(before.missed.is_empty() && before.in_practice.is_empty());
    assert_eq!(before.unknown.len(), 1);
    assert!(before.fix.en.contains("it must be No"), "{}", before.fix.en);

    // Enrollment policies: Microsoft's setting definitions have no such setting.
    let policy = company_portal_with(SingleAppMode::NotInPolicies, true, &[R::LockUntilCompanyPortal]);
    assert_eq!(policy.unknown.len(), 1);
    assert!(policy.unknown[0].reason.en.contains("setting definitions"), "{}", policy.unknown[0].reason.en);
    assert!(policy.fix.en.contains("Profiles page"), "{}", policy.fix.en);

    // Other methods and the table-only fit ignore single-app mode.
    let by_table = company_portal_with(SingleAppMode::ByTable, true, &[R::LockUntilCompanyPortal]);
    assert!(by_table.meets);
    for sam in [SingleAppMode::Off, SingleAppMode::NotShown] {
        let options = ProfileOptions { single_app_mode: sam, ..Default::default() };
        let reqs = set(&[R::LockUntilCompanyPortal, R::UseBeforeCompanyPortal, R::Mfa]);
        for m in [AuthMethod::SetupAssistantLegacy, AuthMethod::SetupAssistantModern, AuthMethod::NoUserAffinity] {
            assert_eq!(profile_fit_with(m, options, reqs), profile_fit(m, reqs), "{m:?}");
        }
    }
}

/// The recommendation and the switch say what the fit checks: the lock is single-app mode
/// with a VPP token (nuance N8).
#[test]
fn recommending_company_portal_for_the_lock_says_to_turn_single_app_mode_on() {
    let rec = recommend(set(&[R::LockUntilCompanyPortal]));
    assert_eq!(rec.recommended, Some(Method::CompanyPortal));
    assert!(rec
        .why
        .en
        .contains("Run Company Portal in Single App Mode until authentication\": turn it on, with a VPP token"));
    assert!(rec.why.ja.contains("オンにし") && rec.why.ja.contains("VPP トークン"), "{}", rec.why.ja);
    assert!(rec.nuances.iter().any(|n| n.id == "N8"));
    let legacy = profile_fit(AuthMethod::SetupAssistantLegacy, set(&[R::LockUntilCompanyPortal]));
    assert_eq!(legacy.target, Some(Method::CompanyPortal));
    assert!(legacy
        .fix
        .en
        .contains("only with its option \"Run Company Portal in Single App Mode until authentication\" set to Yes"));
    // The cells carry the nuance; the values stay the table's.
    use ade_advisor::engine::table::nuances_for_cell;
    for r in [R::LockUntilCompanyPortal, R::UseBeforeCompanyPortal] {
        assert!(nuances_for_cell(r, Method::CompanyPortal).any(|n| n.id == "N8"), "{r:?}");
        assert!(nuances_for_cell(r, Method::SetupAssistantModern).all(|n| n.id != "N8"));
    }
    assert!(R::LockUntilCompanyPortal.row().value(Method::CompanyPortal));
    assert!(!R::UseBeforeCompanyPortal.row().value(Method::CompanyPortal));
}

/// Issue 24 §3: the fit's note on enrolled devices says what they need about Company
/// Portal's app configuration policy by the profile's method, and that devices enrolled
/// after a switch to modern authentication must not get it.
#[test]
fn the_note_on_enrolled_devices_depends_on_the_method() {
    let reqs = set(&[R::Mfa, R::UseBeforeCompanyPortal]);
    let cp = profile_fit(AuthMethod::CompanyPortal, reqs);
    assert_eq!(cp.target, Some(Method::SetupAssistantModern));
    assert!(
        cp.note.en.contains("Learn's iOS guide adds") && cp.note.en.contains("IntuneCompanyPortalEnrollmentAfterUDA")
    );
    assert!(cp.note.en.contains("keep them out of the groups"), "{}", cp.note.en);
    let modern = profile_fit(AuthMethod::SetupAssistantModern, set(&[R::LockUntilCompanyPortal]));
    assert!(modern.note.en.contains("do not assign them an app configuration policy"), "{}", modern.note.en);
    assert!(!modern.note.en.contains("keep them out"), "{}", modern.note.en);
    let legacy = legacy_with(true, true, &[R::Mfa]);
    assert!(legacy.note.en.contains("\"Install Company Portal\" is Yes"), "{}", legacy.note.en);
    let userless = profile_fit(AuthMethod::NoUserAffinity, set(&[R::Mfa]));
    assert!(userless.note.en.contains("IntuneUDAUserlessDevice"), "{}", userless.note.en);
    for f in [cp, modern, legacy, userless] {
        assert!(f.note.is_complete());
    }
}
