//! `requirement-not-met` — the profile's method does not meet a requirement the user
//! stated in the recommender.
//!
//! Values come from the comparison table (S-LEARN-IOS-GUIDE; the article's table mirrors
//! Microsoft's "ADE administrator tasks" lists). Fires only when requirements were stated
//! (`RuleContext::requirements_stated`). The check is `recommend::profile_fit_with`, which
//! also covers profiles without user affinity (nothing that needs a signed-in user is
//! met), a legacy profile's own "Install Company Portal" settings (N1, N2: what they
//! reach in practice is met; "Do not register devices in Microsoft Entra ID" is not) and a
//! Company Portal profile's single-app mode (N8: off, it does not keep the device locked;
//! not shown, the fit says it cannot tell and this rule stays silent on it). One
//! finding per profile, naming every missed requirement; its "why" gives the reason per
//! requirement and its "fix" names the method to switch to (or the setting to change), the
//! click path and that enrolled devices are unaffected.
//!
//! Severity: error — the profile does not do what the organisation said it needs.

use super::*;
use crate::engine::model::key;
use crate::engine::recommend::{profile_fit_with, ENROLLED_COMPANY_PORTAL, ENROLLED_KEEP};
use crate::engine::table::Requirement;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "requirement-not-met",
        default_severity: Severity::Error,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "The profile's authentication method does not meet a stated requirement",
            "プロファイルの認証方法が指定した要件を満たしていない",
        ),
        what: Text::new(
            "When you state requirements, fires on each ADE profile whose authentication method does not meet one or more of them, according to the comparison table.",
            "要件を指定した場合、比較表に照らして 1 つ以上の要件を満たさない認証方法の ADE プロファイルごとに報告します。",
        ),
        why: Text::new(
            "The profile will not give you what you said you need — for example no MFA or no Microsoft Entra registration with Setup Assistant (legacy), or no lock until Company Portal is installed with modern authentication.",
            "必要だと指定した機能がこのプロファイルでは得られません。たとえばセットアップ アシスタント (レガシ) では MFA も Microsoft Entra 登録もなく、先進認証ではポータル サイトのインストールまでのロックがありません。",
        ),
        fix: &[
            FixStep::new(
                "Change the authentication method to one that meets all your requirements (the recommender shows which), or revisit the requirement.",
                "すべての要件を満たす認証方法 (推奨ツールに表示されます) に変更するか、要件を見直してください。",
            )
            .at(&click_paths::ADE_PROFILE_OR_POLICY),
            ENROLLED_KEEP,
            ENROLLED_COMPANY_PORTAL,
        ],
        links: &[LEARN_GUIDE, LEARN_AUTH_METHODS, ARTICLE],
        sources: &["S-LEARN-IOS-GUIDE", "S-ARTICLE"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn label(m: AuthMethod) -> Text {
    match m.table_method() {
        Some(t) => t.label(),
        None => Text::new("enrollment without user affinity", "ユーザー アフィニティなしの登録"),
    }
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    if !ctx.requirements_stated || ctx.requirements.is_empty() {
        return;
    }
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        let Some(auth) = obj.method() else { continue };
        let fit = profile_fit_with(auth, profile_options(obj), ctx.requirements);
        if fit.meets || fit.missed.is_empty() {
            continue;
        }
        let name = display_name(obj);
        let current = label(auth);
        let en: Vec<&str> = fit.missed.iter().map(|r| r.row().label.en).collect();
        let ja: Vec<&str> = fit.missed.iter().map(|r| r.row().label.ja).collect();
        let message = ltext(
            format!("Profile \"{name}\" uses {}, which does not meet: {}.", current.en, en.join("; ")),
            format!(
                "プロファイル「{name}」は{}{}を使用しており、次の要件を満たしません: {}。",
                current.ja,
                // The admin center's spacing: `(レガシ) を`.
                if current.ja.ends_with(')') { " " } else { "" },
                ja.join("、")
            ),
        );
        let why = ltext(
            fit.reasons.iter().map(|m| m.reason.en.as_ref()).collect::<Vec<_>>().join(" "),
            fit.reasons.iter().map(|m| m.reason.ja.as_ref()).collect::<Vec<_>>().join(""),
        );
        // When only the profile's own settings miss (the method itself fits), point at the
        // setting to change rather than at the method: the VPP token, or "Install Company
        // Portal".
        let keeps_method = fit.target.is_some() && fit.target == auth.table_method();
        let sam = single_app_mode(obj);
        let setting = if fit.missed.contains(&Requirement::LockUntilCompanyPortal) && !matches!(sam, Some((true, _))) {
            // Single-app mode is off (nuance N8).
            sam.map(|(_, p)| p)
        } else if fit.missed.contains(&Requirement::CompanyPortalVpp)
            || fit.missed.contains(&Requirement::LockUntilCompanyPortal)
        {
            // No VPP token (for Company Portal, or for single-app mode).
            obj.field(key!("companyPortalVppTokenId")).map(|f| f.pointer())
        } else {
            install_company_portal(obj).filter(|(on, _)| *on).map(|(_, p)| p)
        };
        let pointer = match setting {
            Some(p) if keeps_method => p,
            _ => method_pointer(obj, auth),
        };
        // The change, then what devices already enrolled need (by the method they enrolled
        // with); the step that changes something changes the field the finding points at.
        let mut fix = fit.fix;
        fix.0.extend(fit.enrolled.0);
        if let Some(first) = fix.0.iter_mut().find(|s| s.path.is_some()).filter(|_| !pointer.is_empty()) {
            first.field = Some(StepField::Pointer(pointer.clone()));
        }
        let mut f = Finding::new(meta, i, obj, pointer, message);
        if why.is_complete() {
            f = f.with_why(why);
        }
        if fix.is_complete() {
            f = f.with_fix(fix);
        }
        out.push(f);
    }
}
