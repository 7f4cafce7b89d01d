//! `single-app-mode-vpp-token-problem` — single-app mode with a VPP token that cannot
//! license Company Portal.
//!
//! S-LEARN-ADE-SETUP: with "Run Company Portal in Single App Mode until authentication", the
//! device waits locked until Company Portal is installed with a device licence from the VPP
//! token; an expired token or too few Company Portal licences block enrollment and leave
//! the device stuck in Setup Assistant. The token's state is Graph's `vppToken.state`
//! (S-GRAPH-IOS-VPP-TOKEN); the licences are `usedLicenseCount` / `totalLicenseCount` of
//! the Company Portal `iosVppApp` (S-GRAPH-IOS-VPP-APP).
//!
//! Fires only when the problem is in what was pasted: the profile's token (matched by id)
//! with a state other than valid or unknown, or a Company Portal VPP app with every licence
//! used. Severity: error.

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "single-app-mode-vpp-token-problem",
        default_severity: Severity::Error,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Single-app mode depends on a VPP token that cannot license Company Portal",
            "シングル アプリ モードが、ポータル サイトにライセンスを割り当てられない VPP トークンに依存している",
        ),
        what: Text::new(
            "Fires on an ADE profile with single-app mode on when the pasted input shows that its VPP token is expired, invalid or managed elsewhere, or that every Company Portal licence of the VPP app is used.",
            "シングル アプリ モードがオンの ADE プロファイルで、貼り付けた入力から VPP トークンが期限切れ・無効・別の MDM の管理下のいずれかであること、またはポータル サイトの VPP アプリのライセンスをすべて使い切っていることが分かる場合に報告します。",
        ),
        why: Text::new(
            "In single-app mode the device stays locked until Company Portal is installed with a device licence from the profile's VPP token. When the token has expired or no licence is left, Company Portal is not installed, enrollment is blocked and devices stay stuck in Setup Assistant.",
            "シングル アプリ モードでは、プロファイルの VPP トークンからデバイス ライセンスでポータル サイトがインストールされるまでデバイスはロックされたままです。トークンが期限切れだったりライセンスが残っていなかったりするとポータル サイトがインストールされず、登録がブロックされ、デバイスはセットアップ アシスタントで止まったままになります。",
        ),
        fix: Text::new(
            concat!(renew_vpp_token_en!(), " Devices already stuck do not recover by themselves: wipe them and enroll them again once the token is valid."),
            concat!(renew_vpp_token_ja!(), "すでに止まっているデバイスは自然には回復しません。トークンが有効になってから、ワイプして登録し直してください。"),
        ),
        links: &[LEARN_SETUP_ADE, LEARN_VPP, GRAPH_VPP_TOKEN, GRAPH_IOS_VPP_APP],
        sources: &["S-LEARN-ADE-SETUP", "S-LEARN-VPP", "S-GRAPH-IOS-VPP-TOKEN", "S-GRAPH-IOS-VPP-APP", "S-APPLE-BUSINESS"],
        click_path: Some(&click_paths::VPP_TOKENS),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::VppToken, Kind::IosApp],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    VppPicture::of(ctx).report(
        ctx,
        &RULE.meta,
        |obj| match single_app_mode(obj) {
            Some((true, pointer)) => Some(pointer),
            _ => None,
        },
        |name, token, state| ltext(
            format!("Profile \"{name}\" locks devices in single-app mode, but its VPP token \"{token}\" is in the state \"{state}\": Company Portal cannot be installed, so enrollment stops in Setup Assistant."),
            format!("プロファイル「{name}」はシングル アプリ モードでデバイスをロックしますが、その VPP トークン「{token}」の状態は「{state}」です。ポータル サイトをインストールできないため、登録はセットアップ アシスタントで止まります。"),
        ),
        |name, app, used, total| ltext(
            format!("Profile \"{name}\" locks devices in single-app mode, but \"{app}\" has used {used} of its {total} VPP licences: the next devices cannot get Company Portal and stop in Setup Assistant."),
            format!("プロファイル「{name}」はシングル アプリ モードでデバイスをロックしますが、「{app}」は VPP ライセンス {total} 本のうち {used} 本を使用済みです。以降のデバイスはポータル サイトを入手できず、セットアップ アシスタントで止まります。"),
        ),
        out,
    );
}
