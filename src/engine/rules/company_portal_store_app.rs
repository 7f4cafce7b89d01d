//! `company-portal-store-app` — Company Portal is deployed as an App Store app, not a VPP
//! app.
//!
//! S-LEARN-ADE-SETUP, S-ISSUE-CP-REINSTALL: the App Store Company Portal is not compatible with ADE; Microsoft's
//! setup guide (2024 → 2026) says to deploy Company Portal as a **required VPP app with
//! device licensing** (and turn on automatic app updates on the token) — the only way to
//! give enrolled ADE devices Company Portal and keep it updated (MicrosoftDocs/memdocs
//! #2024, #2936). Fires on an `ios-app` that is Company Portal with `@odata.type`
//! `#microsoft.graph.iosStoreApp`.
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-store-app",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal is deployed from the App Store instead of VPP",
            "ポータル サイトを VPP ではなく App Store アプリとして配布している",
        ),
        what: Text::new(
            "Fires on a Company Portal app object of type iosStoreApp (an App Store app) rather than iosVppApp.",
            "ポータル サイトのアプリ オブジェクトが iosVppApp ではなく iosStoreApp (App Store アプリ) の場合に報告します。",
        ),
        why: Text::new(
            "Microsoft states that the App Store Company Portal is not compatible with ADE devices. Deploying it as a VPP app with device licensing is the only way to install it on enrolled devices without an Apple ID, reinstall it if it is removed, and keep it updated.",
            "Microsoft は、App Store 版のポータル サイトは ADE デバイスと互換性がないとしています。デバイス ライセンスの VPP アプリとして配布することが、Apple ID なしで登録済みデバイスにインストールし、削除されたときに再インストールし、更新し続ける唯一の方法です。",
        ),
        fix: Text::new(
            concat!("Buy Company Portal (free) under Apps and Books in Apple Business (formerly Apple Business Manager), sync the VPP token in Intune, and assign the VPP Company Portal as Required with device licensing; turn on automatic app updates on the token. Then remove the App Store app's assignments: ", click_paths::app_assignments_en!(), "."),
            concat!("Apple Business (旧称 Apple Business Manager) の「App とブック」でポータル サイト (無料) を入手し、Intune で VPP トークンを同期して、VPP 版ポータル サイトをデバイス ライセンスの「必須」で割り当ててください。トークンのアプリの自動更新もオンにします。そのうえで App Store 版の割り当てを削除します: ", click_paths::app_assignments_ja!(), "。"),
        ),
        links: &[LEARN_SETUP_ADE, ISSUE_CP_REINSTALL],
        sources: &["S-LEARN-ADE-SETUP", "S-ISSUE-CP-REINSTALL", "S-CP-IDENTITY", "S-APPLE-BUSINESS"],
        click_path: Some(&click_paths::APP_ASSIGNMENTS),
        applies_to: &[Kind::IosApp],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosApp]) {
        let Some(t) = obj.field(key!("@odata.type")) else { continue };
        let Some(ty) = t.as_str() else { continue };
        if !ty.to_ascii_lowercase().ends_with("iosstoreapp") || !ctx.is_company_portal_app(obj) {
            continue;
        }
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            t.pointer(),
            ltext(
                format!("\"{name}\" is an App Store app; on ADE devices Company Portal should be a VPP app with device licensing."),
                format!("「{name}」は App Store アプリです。ADE デバイスではポータル サイトをデバイス ライセンスの VPP アプリにする必要があります。"),
            ),
        ));
    }
}
