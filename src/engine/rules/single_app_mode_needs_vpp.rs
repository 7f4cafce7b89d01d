//! `single-app-mode-needs-vpp` — single-app mode is on but no VPP token is chosen for
//! Company Portal.
//!
//! Microsoft's setup guide (2021 → 2026) makes "Run Company Portal in Single App Mode until
//! authentication" available only when a VPP token is selected under "Install Company
//! Portal with VPP"; Graph documents `enableSingleAppEnrollmentMode` as requiring
//! `companyPortalVppTokenId` (S-GRAPH-DEP-IOS, S-LEARN-ADE-SETUP). Without the token the device is locked
//! into an app it has no licence to install silently.
//!
//! Severity: error — a documented requirement is not met.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "single-app-mode-needs-vpp",
        default_severity: Severity::Error,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Single-app mode is on without a VPP token for Company Portal",
            "VPP トークンなしでシングル アプリ モードがオンになっている",
        ),
        what: Text::new(
            "Fires on an ADE profile with \"Run Company Portal in Single App Mode until authentication\" (enableSingleAppEnrollmentMode) on and no token under \"Install Company Portal with VPP\" (companyPortalVppTokenId empty or missing).",
            "「認証されるまでシングル アプリ モードでポータル サイトを実行する」(enableSingleAppEnrollmentMode) がオンなのに、「VPP によるポータル サイトのインストール」のトークン (companyPortalVppTokenId) が空または未設定の ADE プロファイルで報告します。",
        ),
        why: Text::new(
            "Single-app mode locks the device into Company Portal until the user signs in, so Company Portal must arrive without user interaction. Microsoft only allows the option when a VPP (Apps and Books) token installs Company Portal with a device licence; without it the app cannot be pushed silently and the device can be stuck.",
            "シングル アプリ モードはユーザーがサインインするまでデバイスをポータル サイトに固定するため、ポータル サイトはユーザー操作なしで届く必要があります。Microsoft はこのオプションを、VPP (Apps and Books) トークンでポータル サイトをデバイス ライセンスでインストールする場合にだけ認めています。トークンがないとアプリを自動配布できず、デバイスが先へ進めなくなるおそれがあります。",
        ),
        fix: &[
            CHOOSE_VPP_TOKEN,
            FixStep::new(
                "Or turn single-app mode off; better, switch to Setup Assistant with modern authentication, which needs no lock.",
                "または、シングル アプリ モードをオフにしてください。ロックが不要な「先進認証を使用したセットアップ アシスタント」への変更がより適切です。",
            )
            .changes(key!("enableSingleAppEnrollmentMode")),
        ],
        links: &[LEARN_SETUP_ADE, GRAPH_DEP_IOS_PROFILE],
        sources: &["S-LEARN-ADE-SETUP", "S-GRAPH-DEP-IOS"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        let Some((true, pointer)) = single_app_mode(obj) else { continue };
        if vpp_token(obj).is_some() {
            continue;
        }
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            pointer,
            ltext(
                format!("Profile \"{name}\" runs Company Portal in single-app mode but sets no VPP token to install it."),
                format!("プロファイル「{name}」はシングル アプリ モードでポータル サイトを実行しますが、インストールに使う VPP トークンが設定されていません。"),
            ),
        ));
    }
}
