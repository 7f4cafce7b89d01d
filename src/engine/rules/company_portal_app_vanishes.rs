//! `company-portal-app-vanishes` — the profile uses the Company Portal method.
//!
//! The article's case: with the Company Portal method (and its "Run Company Portal in
//! Single App Mode until authentication" lock) the Company Portal app kept disappearing
//! from the home screen, showed "Install pending" in the admin center, came back after a
//! sync, and sometimes froze mid-use. Switching the profile to Setup Assistant with modern
//! authentication fixed it. Microsoft recommends that method (S-LEARN-ADE-AUTH) and, in MC284343,
//! asked customers to move away from the single-app-mode flow. The fix covers both sides:
//! new enrollments (switch the method) and devices already enrolled, which a profile change
//! never reaches (required, device-licensed VPP Company Portal with automatic updates, or
//! wipe and re-enroll; S-LEARN-ADE-SETUP, S-ISSUE-CP-UPDATE), plus, for devices enrolled
//! with this method, the app configuration policy for Company Portal Learn's iOS guide adds
//! (S-LEARN-CP-ENROLLED-DEVICES, S-LEARN-APP-CONFIG-CP), which devices enrolled after a
//! switch to modern authentication must not get (S-LEARN-ADE-AUTH-APP-CONFIG). When such a
//! policy is pasted (S-GRAPH-IOS-APP-CONFIG), the fix names it.
//!
//! Severity: warning (the symptom is reported by the article, not acknowledged by
//! Microsoft — S-ARTICLE). The message is stronger when single-app mode is on, which the
//! article names as the culprit. When the user stated "keep the device locked until
//! Company Portal is installed" as a requirement, the finding is info: the method is then
//! a deliberate choice, and the article's checklist still applies.

use super::app_configuration::{policies_with, CompanyPortalKey};
use super::*;
use crate::engine::table::Requirement;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-app-vanishes",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal method: the Company Portal app has been reported to vanish from devices",
            "ポータル サイト方式: ポータル サイト アプリがデバイスから消える事例が報告されている",
        ),
        what: Text::new(
            "Fires on an ADE profile whose authentication method is Company Portal. The message is stronger when \"Run Company Portal in Single App Mode until authentication\" is on.",
            "認証方法が「ポータル サイト」の ADE プロファイルで報告します。「認証されるまでシングル アプリ モードでポータル サイトを実行する」がオンの場合は、より強い表現になります。",
        ),
        why: Text::new(
            "A public write-up reports that with this method the Company Portal app disappeared from the home screen at random times per device, whatever the iOS version; the admin center then showed it as \"Install pending\", a sync brought it back, and it could even freeze and vanish while the user was working in it. The write-up blamed the Company Portal method with its single-app-mode lock, and switching to Setup Assistant with modern authentication ended it. Microsoft has not acknowledged this cause; it does recommend Setup Assistant with modern authentication.",
            "公開されている記事では、この方式で iOS のバージョンに関係なく、デバイスごとにばらばらのタイミングでポータル サイト アプリがホーム画面から消えたと報告されています。その間、管理センターでは「インストールが保留中」と表示され、同期すると戻り、操作中に固まって消えることもありました。記事はポータル サイト方式 (とシングル アプリ モードのロック) が原因とし、先進認証を使用したセットアップ アシスタントに切り替えて解消しています。Microsoft はこの原因を認めていませんが、先進認証を使用したセットアップ アシスタントを推奨しています。",
        ),
        fix: Text::new(
            concat!("For new enrollments: unless keeping the device locked until Company Portal is installed is a real requirement, change the profile's authentication method to Setup Assistant with modern authentication: ", click_paths::ade_profile_or_policy_en!(), ". For devices already enrolled: a profile change never reaches them, so assign Company Portal as a Required app with device licensing and turn on automatic app updates for its VPP token (", click_paths::app_assignments_en!(), "), and, as Learn's iOS guide advises for devices enrolled with this method, an app configuration policy for Company Portal (XML key IntuneCompanyPortalEnrollmentAfterUDA) assigned to the same device group as the enrollment profile (", click_paths::app_config_en!(), "); if that does not bring it back, wipe the device and enroll it again. Devices that enroll after a switch to modern authentication must stay out of that policy: Learn says sending it to them results in an error. If the app still vanishes, work through the checklist (hidden apps, uninstall assignments, app age rating, Apple Books explicit content)."),
            concat!("新しく登録するデバイス: ポータル サイトがインストールされるまでデバイスをロックする必要が本当にない限り、プロファイルの認証方法を「先進認証を使用したセットアップ アシスタント」に変更してください: ", click_paths::ade_profile_or_policy_ja!(), "。登録済みのデバイス: プロファイルの変更は反映されないため、ポータル サイトをデバイス ライセンスの「必須」アプリとして割り当て、その VPP トークンでアプリの自動更新をオンにしてください (", click_paths::app_assignments_ja!(), ")。あわせて、この方式で登録したデバイスについて Learn の iOS ガイドが勧めるとおり、ポータル サイト用のアプリ構成ポリシー (XML のキー IntuneCompanyPortalEnrollmentAfterUDA) を登録プロファイルと同じデバイス グループに割り当ててください (", click_paths::app_config_ja!(), ")。それでも戻らない場合は、デバイスをワイプして再登録してください。先進認証への変更後に登録するデバイスは、このポリシーの対象から外してください。Learn によると、先進認証で登録したデバイスに送るとエラーになります。それでも消える場合は、チェックリスト (非表示のアプリ、アンインストールの割り当て、アプリの年齢区分、Apple Books の成人向けコンテンツ) を確認してください。"),
        ),
        links: &[ARTICLE, LEARN_AUTH_METHODS, LEARN_SETUP_ADE, LEARN_GUIDE, LEARN_APP_CONFIG_CP, ISSUE_CP_UPDATE, ISSUE_MC284343],
        sources: &[
            "S-ARTICLE",
            "S-LEARN-ADE-SETUP",
            "S-LEARN-ADE-AUTH",
            "S-LEARN-CP-ENROLLED-DEVICES",
            "S-LEARN-ADE-AUTH-APP-CONFIG",
            "S-LEARN-APP-CONFIG-CP",
            "S-ISSUE-CP-UPDATE",
            "S-MC284343",
        ],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile, Kind::IosAppConfiguration],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    // A pasted app configuration policy for Company Portal is the one the fix asks for.
    let policies = policies_with(ctx, CompanyPortalKey::EnrollmentAfterUda);
    let names: Vec<&str> = policies.iter().map(|(_, p, _)| display_name(p)).collect();
    for (i, obj) in ctx.profiles() {
        if obj.method() != Some(AuthMethod::CompanyPortal) {
            continue;
        }
        let name = display_name(obj);
        let sam = matches!(single_app_mode(obj), Some((true, _)));
        let message = if sam {
            ltext(
                format!("Profile \"{name}\" uses the Company Portal method with single-app mode on — the combination behind reports of Company Portal vanishing from devices and showing \"Install pending\"."),
                format!("プロファイル「{name}」はポータル サイト方式でシングル アプリ モードがオンです。ポータル サイトがデバイスから消えて「インストールが保留中」になる事例が報告されている組み合わせです。"),
            )
        } else {
            ltext(
                format!("Profile \"{name}\" uses the Company Portal method, with which Company Portal has been reported to vanish from devices (a reported case, not a cause Microsoft has acknowledged)."),
                format!("プロファイル「{name}」はポータル サイト方式を使用しています。この方式ではポータル サイトがデバイスから消える事例が報告されています (報告された事例であり、Microsoft が認めた原因ではありません)。"),
            )
        };
        let mut f = Finding::new(meta, i, obj, method_pointer(obj, AuthMethod::CompanyPortal), message);
        if ctx.requirements_stated && ctx.requirements.contains(Requirement::LockUntilCompanyPortal) {
            f = f.with_severity(Severity::Info).with_fix(ltext(
                concat!("You stated that the device must stay locked until Company Portal is installed, which only the Company Portal method offers, through its option \"Run Company Portal in Single App Mode until authentication\" (on, with a VPP token), so keep both. If Company Portal vanishes, work through the checklist (hidden apps, uninstall assignments, app age rating, Apple Books explicit content), make sure Company Portal is assigned as a Required app with device licensing and automatic updates (", click_paths::app_assignments_en!(), ") and, for devices already enrolled with this method, that an app configuration policy for Company Portal (XML key IntuneCompanyPortalEnrollmentAfterUDA) is assigned to the same device group, as Learn's iOS guide advises (", click_paths::app_config_en!(), "), and reconsider whether the lock is needed: Setup Assistant with modern authentication is Microsoft's recommendation. Where to change the method: ", click_paths::ade_profile_or_policy_en!(), ". A profile change reaches only devices that enroll afterwards; enrolled devices keep the old method until they are wiped and enroll again."),
                concat!("ポータル サイトのインストールまでデバイスをロックする必要があるとのことなので、それができるポータル サイト方式と、その設定「認証されるまでシングル アプリ モードでポータル サイトを実行する」(オン、VPP トークンあり) を維持してかまいません。ポータル サイトが消える場合は、チェックリスト (非表示のアプリ、アンインストールの割り当て、アプリの年齢区分、Apple Books の成人向けコンテンツ) を確認し、ポータル サイトがデバイス ライセンスの「必須」アプリとして自動更新付きで割り当てられているか (", click_paths::app_assignments_ja!(), ")、この方式で登録済みのデバイスには Learn の iOS ガイドのとおりポータル サイト用のアプリ構成ポリシー (XML のキー IntuneCompanyPortalEnrollmentAfterUDA) が同じデバイス グループに割り当てられているか確かめ (", click_paths::app_config_ja!(), ")、ロックが本当に必要か見直してください。Microsoft の推奨は先進認証を使用したセットアップ アシスタントです。認証方法の変更場所: ", click_paths::ade_profile_or_policy_ja!(), "。プロファイルの変更はその後に登録するデバイスにだけ反映され、登録済みのデバイスはワイプして再登録するまで以前の方法のままです。"),
            ));
        }
        if !names.is_empty() {
            let (en, ja) = (names.join("\", \""), names.join("」「"));
            f.fix.en.to_mut().push_str(&format!(
                " The pasted app configuration policy \"{en}\" carries IntuneCompanyPortalEnrollmentAfterUDA: assign it to the device group of this profile."
            ));
            f.fix.ja.to_mut().push_str(&format!(
                "貼り付けたアプリ構成ポリシー「{ja}」が IntuneCompanyPortalEnrollmentAfterUDA を持っています。このプロファイルのデバイス グループに割り当ててください。"
            ));
        }
        out.push(f);
    }
}
