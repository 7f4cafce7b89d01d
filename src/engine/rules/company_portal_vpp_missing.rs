//! `company-portal-vpp-missing` — Company Portal is installed at enrollment without a VPP
//! token.
//!
//! S-LEARN-ADE-SETUP, S-GRAPH-DEP-IOS: "Install Company Portal with VPP" lets Intune install Company Portal
//! with a device licence, without any Apple ID. Without a token, users must sign in with an
//! Apple ID to get it (2021 docs), and the App Store Company Portal is not compatible with
//! ADE; Microsoft's guidance is a required VPP app with device licensing (setup guide
//! 2024 → 2026; MicrosoftDocs/memdocs #2024).
//!
//! Fires only on iOS profiles whose shape has `companyPortalVppTokenId` (not the older
//! `depEnrollmentProfile` type, S-GRAPH-DEP-PROFILE-OLD) (settings-catalog policies do not model it — S-SC-AUTHMETHOD), when the
//! method pushes Company Portal (Company Portal, modern, or legacy with "Install Company
//! Portal") and single-app mode is off (`single-app-mode-needs-vpp` covers that case).
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-vpp-missing",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal is installed without a VPP token",
            "VPP トークンなしでポータル サイトをインストールしている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS enrollment profile that installs Company Portal (Company Portal method, modern authentication, or legacy with Install Company Portal) but has no token under \"Install Company Portal with VPP\" (companyPortalVppTokenId).",
            "ポータル サイトをインストールする iOS/iPadOS 登録プロファイル (ポータル サイト方式、先進認証、または「ポータル サイトのインストール」ありのレガシ) で、「VPP によるポータル サイトのインストール」のトークン (companyPortalVppTokenId) がない場合に報告します。",
        ),
        why: Text::new(
            "Without a VPP (Apps and Books) token, Company Portal cannot be installed with a device licence: users are asked for an Apple ID to get it, and the App Store version is not compatible with ADE. Microsoft's guidance is to deploy Company Portal as a required VPP app with device licensing, which is also the only way to reinstall and keep it updated on enrolled devices.",
            "VPP (Apps and Books) トークンがないと、ポータル サイトをデバイス ライセンスでインストールできません。ユーザーは入手のために Apple ID を求められ、App Store 版は ADE と互換性がありません。Microsoft は、ポータル サイトをデバイス ライセンスの VPP アプリとして「必須」で配布するよう案内しています。登録済みデバイスで再インストールや更新を行う方法もこれだけです。",
        ),
        fix: &[
            CHOOSE_VPP_TOKEN,
            FixStep::new(
                "Also assign Company Portal as a required app with device licensing.",
                "あわせてポータル サイトをデバイス ライセンスの「必須」アプリとして割り当ててください。",
            )
            .at(&click_paths::APP_ASSIGNMENTS),
        ],
        links: &[LEARN_SETUP_ADE, ISSUE_CP_REINSTALL],
        sources: &["S-LEARN-ADE-SETUP", "S-GRAPH-DEP-IOS", "S-GRAPH-DEP-PROFILE-OLD"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosEnrollmentProfile]) {
        if !has_vpp_token_field(obj) || !installs_company_portal(obj) || vpp_token(obj).is_some() {
            continue;
        }
        if matches!(single_app_mode(obj), Some((true, _))) {
            continue;
        }
        let pointer = obj.field(key!("companyPortalVppTokenId")).map(|f| f.pointer()).unwrap_or_default();
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            pointer,
            ltext(
                format!("Profile \"{name}\" installs Company Portal but sets no VPP token, so users need an Apple ID to get it."),
                format!("プロファイル「{name}」はポータル サイトをインストールしますが VPP トークンが設定されていないため、ユーザーは入手に Apple ID が必要です。"),
            ),
        ));
    }
}
