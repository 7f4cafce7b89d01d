//! `single-app-mode-mfa` — single-app mode and multifactor authentication.
//!
//! Nuance N7 (S-LEARN-IOS-GUIDE): while the device is locked in Company Portal single-app mode,
//! the user cannot answer an MFA prompt on that device; the second factor must be on
//! another device (Microsoft's setup guide since 2021, from MicrosoftDocs/IntuneDocs #2818).
//!
//! Whether MFA is asked is decided by Conditional Access, not by the profile (N4), so:
//! - requirements stated and `mfa` among them → **warning** (the stated need collides);
//! - no requirements stated → **warning** worded conditionally (if a Conditional Access
//!   policy requires MFA for enrollment, users need the second factor elsewhere);
//! - requirements stated without `mfa` → **info** (MFA may still be required by a tenant
//!   policy; the note stays visible but does not count as a problem).

use super::*;
use crate::engine::table::Requirement;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "single-app-mode-mfa",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Single-app mode: the MFA prompt cannot be answered on the locked device",
            "シングル アプリ モード: ロック中のデバイスでは MFA に応答できない",
        ),
        what: Text::new(
            "Fires on an ADE profile with single-app mode on. Warning when MFA is a stated requirement or no requirements were stated; info when requirements were stated without MFA.",
            "シングル アプリ モードがオンの ADE プロファイルで報告します。要件に MFA が含まれる場合や要件が未指定の場合は警告、MFA を含まない要件が指定されている場合は情報です。",
        ),
        why: Text::new(
            "While Company Portal keeps the device locked until the user signs in, the user cannot switch to an authenticator app or read a text message on that device. If a Conditional Access policy asks for multifactor authentication during enrollment, the second factor has to be answered on another device or with a Temporary Access Pass, or users get stuck.",
            "ユーザーがサインインするまでポータル サイトがデバイスをロックしている間は、そのデバイスで認証アプリに切り替えたり SMS を確認したりできません。登録時に条件付きアクセス ポリシーが多要素認証を求める場合、第 2 要素は別のデバイスか一時アクセス パス (TAP) で応答する必要があり、そうでないとユーザーが先へ進めなくなります。",
        ),
        fix: Text::new(
            concat!("Make sure every user can answer the second factor without this device: on a second device (a phone call to another phone, Microsoft Authenticator on another phone), or with a Temporary Access Pass issued for the enrollment. Phishing-resistant methods are not supported during Setup Assistant. Switching to Setup Assistant with modern authentication removes the lock but not this need: an iPhone in Setup Assistant cannot answer a prompt on itself either. Turning single-app mode off moves the Company Portal sign-in after Setup Assistant, onto a device that can already be used, yet Learn still asks for a second device or a Temporary Access Pass for every ADE device. The Conditional Access policy's target decides how often users meet the prompt: the \"Microsoft Intune Enrollment\" cloud app once, at enrollment; \"Microsoft Intune\" also at every Company Portal sign-in. Where to change the profile: ", click_paths::ade_profile_or_policy_en!(), "."),
            concat!("すべてのユーザーが、このデバイス以外で第 2 要素に応答できるようにしてください。別のデバイス (別の電話への着信、別のスマートフォンの Microsoft Authenticator) を使うか、登録用に一時アクセス パス (TAP) を発行します。フィッシング耐性のある方法はセットアップ アシスタント中はサポートされていません。「先進認証を使用したセットアップ アシスタント」に切り替えればロックはなくなりますが、この必要はなくなりません。セットアップ アシスタント中の iPhone も自分自身ではプロンプトに応答できないためです。シングル アプリ モードをオフにすると、ポータル サイトへのサインインはセットアップ アシスタントの後、すでに使えるデバイス上で行われますが、Learn はすべての ADE デバイスに別のデバイスか一時アクセス パスを求めています。MFA を求められる回数は条件付きアクセス ポリシーの対象で決まります。「Microsoft Intune Enrollment」クラウド アプリなら登録時に 1 回、「Microsoft Intune」ならポータル サイトへのサインインのたびにも求められます。プロファイルの変更場所: ", click_paths::ade_profile_or_policy_ja!(), "。"),
        ),
        links: &[LEARN_MFA_ENROLLMENT, LEARN_SETUP_ADE, ISSUE_SAM_MFA],
        sources: &["S-LEARN-MFA-ENROLLMENT", "S-ISSUE-SAM-MFA", "S-LEARN-ADE-SETUP"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        let Some((true, pointer)) = single_app_mode(obj) else { continue };
        let name = display_name(obj);
        let f = if !ctx.requirements_stated {
            Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\" locks the device in single-app mode: if MFA is required at enrollment, users must answer it on another device."),
                    format!("プロファイル「{name}」はシングル アプリ モードでデバイスをロックします。登録時に MFA が必要な場合、ユーザーは別のデバイスで応答する必要があります。"),
                ),
            )
        } else if ctx.requirements.contains(Requirement::Mfa) {
            Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("You require MFA, but profile \"{name}\" locks the device in single-app mode, so the second factor cannot be answered on it."),
                    format!("MFA が要件ですが、プロファイル「{name}」はシングル アプリ モードでデバイスをロックするため、そのデバイスでは第 2 要素に応答できません。"),
                ),
            )
        } else {
            Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\" locks the device in single-app mode; should a Conditional Access policy ask for MFA at enrollment, it must be answered on another device."),
                    format!("プロファイル「{name}」はシングル アプリ モードでデバイスをロックします。条件付きアクセス ポリシーが登録時に MFA を求める場合は、別のデバイスで応答する必要があります。"),
                ),
            )
            .with_severity(Severity::Info)
        };
        out.push(f);
    }
}
