//! `company-portal-vpp-token-problem` — a profile installs Company Portal with a VPP token
//! that cannot license it, without single-app mode (with it, see
//! `single-app-mode-vpp-token-problem`).
//!
//! S-LEARN-ADE-SETUP: devices are blocked from enrolling when the VPP token chosen for
//! Company Portal has expired or has too few Company Portal licences; this holds for every
//! authentication method that installs Company Portal through "Install Company Portal with
//! VPP". The token's state is Graph's `vppToken.state` (S-GRAPH-IOS-VPP-TOKEN); the
//! licences are `usedLicenseCount` / `totalLicenseCount` of the Company Portal `iosVppApp`
//! (S-GRAPH-IOS-VPP-APP).
//!
//! Fires only when the problem is in what was pasted: the profile's token (matched by id)
//! in a state other than valid or unknown, or a Company Portal VPP app with every licence
//! used. Severity: error — enrollment is blocked.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-vpp-token-problem",
        default_severity: Severity::Error,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal is installed with a VPP token that cannot license it",
            "ポータル サイトを、ライセンスを割り当てられない VPP トークンでインストールしている",
        ),
        what: Text::new(
            "Fires on an ADE profile that installs Company Portal with a VPP token, without single-app mode, when the pasted input shows that the token is expired, invalid or managed elsewhere, or that every Company Portal licence of the VPP app is used.",
            "シングル アプリ モードなしで VPP トークンによりポータル サイトをインストールする ADE プロファイルで、貼り付けた入力からそのトークンが期限切れ・無効・別の MDM の管理下のいずれかであること、またはポータル サイトの VPP アプリのライセンスをすべて使い切っていることが分かる場合に報告します。",
        ),
        why: Text::new(
            "Microsoft's setup guide says, for enrollment profiles in general and not only for single-app mode, that devices are blocked from enrolling when the VPP token chosen for Company Portal has expired or there are not enough Company Portal licences. (Versions of the guide from 2021 said Intune then fell back to the App Store version and asked for an Apple ID; the current guide says enrollment is blocked.) Intune warns before a token expires or licences run low, but the profile itself does not show it.",
            "Microsoft のセットアップ ガイドは、シングル アプリ モードに限らず登録プロファイル全般について、ポータル サイト用に選んだ VPP トークンが期限切れの場合やポータル サイトのライセンスが足りない場合にデバイスの登録がブロックされると説明しています (2021 年版のガイドでは App Store 版に切り替えて Apple ID を求めるとされていましたが、現在のガイドでは登録がブロックされるとしています)。トークンの期限切れやライセンス不足の前に Intune から警告がありますが、プロファイル自体には表れません。",
        ),
        fix: Text::new(
            concat!(renew_vpp_token_en!(), " Then start the enrollment of the blocked devices again (reset a device that stopped in Setup Assistant)."),
            concat!(renew_vpp_token_ja!(), "その後、ブロックされたデバイスの登録をやり直してください (セットアップ アシスタントで止まったデバイスはリセットします)。"),
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
        |obj| {
            if matches!(single_app_mode(obj), Some((true, _))) || !installs_company_portal(obj) {
                return None;
            }
            Some(match obj.field(key!("companyPortalVppTokenId")) {
                Some(f) => f.pointer(),
                None => method_pointer(obj, obj.method()?),
            })
        },
        |name, token, state| ltext(
            format!("Profile \"{name}\" installs Company Portal with the VPP token \"{token}\", which is in the state \"{state}\": devices with this profile are blocked from enrolling."),
            format!("プロファイル「{name}」は VPP トークン「{token}」でポータル サイトをインストールしますが、このトークンの状態は「{state}」です。このプロファイルのデバイスは登録をブロックされます。"),
        ),
        |name, app, used, total| ltext(
            format!("Profile \"{name}\" installs Company Portal through VPP, but \"{app}\" has used {used} of its {total} licences: the next devices with this profile are blocked from enrolling."),
            format!("プロファイル「{name}」は VPP でポータル サイトをインストールしますが、「{app}」はライセンス {total} 本のうち {used} 本を使用済みです。このプロファイルの以降のデバイスは登録をブロックされます。"),
        ),
        out,
    );
}
