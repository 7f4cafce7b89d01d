//! `company-portal-app-vanishes` — the profile uses the Company Portal method.
//!
//! The article's case: with the Company Portal method (and its "Run Company Portal in
//! Single App Mode until authentication" lock) the Company Portal app kept disappearing
//! from the home screen, showed "Install pending" in the admin center, came back after a
//! sync, and sometimes froze mid-use. Switching the profile to Setup Assistant with modern
//! authentication fixed it. Microsoft recommends that method (S-LEARN-ADE-AUTH) and, in MC284343,
//! asked customers to move away from the single-app-mode flow.
//!
//! Severity: warning (the symptom is reported by the article, not acknowledged by
//! Microsoft — S-ARTICLE). The message is stronger when single-app mode is on, which the
//! article names as the culprit. When the user stated "keep the device locked until
//! Company Portal is installed" as a requirement, the finding is info: the method is then
//! a deliberate choice, and the article's checklist still applies.

use super::*;
use crate::engine::table::Requirement;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-app-vanishes",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal method: the Company Portal app can vanish from devices",
            "ポータル サイト方式: ポータル サイト アプリがデバイスから消えることがある",
        ),
        what: Text::new(
            "Fires on an ADE profile whose authentication method is Company Portal. The message is stronger when \"Run Company Portal in Single App Mode until authentication\" is on.",
            "認証方法が「ポータル サイト」の ADE プロファイルで報告します。「認証されるまでシングル アプリ モードでポータル サイトを実行する」がオンの場合は、より強い表現になります。",
        ),
        why: Text::new(
            "With this method, admins have seen the Company Portal app disappear from the home screen at random times per device, whatever the iOS version; the admin center then shows it as \"Install pending\", a sync brings it back, and it can even freeze and vanish while the user is working in it. The reported cause was the Company Portal method with its single-app-mode lock. Microsoft recommends Setup Assistant with modern authentication instead.",
            "この方式では、iOS のバージョンに関係なく、デバイスごとにばらばらのタイミングでポータル サイト アプリがホーム画面から消える事例があります。その間、管理センターでは「インストールが保留中」と表示され、同期すると戻り、操作中に固まって消えることもあります。原因はポータル サイト方式 (とシングル アプリ モードのロック) と報告されています。Microsoft は先進認証を使用したセットアップ アシスタントを推奨しています。",
        ),
        fix: Text::new(
            concat!("Unless keeping the device locked until Company Portal is installed is a real requirement, change the profile's authentication method to Setup Assistant with modern authentication: ", click_paths::ade_profile_or_policy_en!(), ". Devices that are already enrolled are not affected by the change; it applies to devices that enroll (or are reset and re-enroll) afterwards. If the app still vanishes, work through the checklist (hidden apps, uninstall assignments, app age rating, Apple Books explicit content)."),
            concat!("ポータル サイトがインストールされるまでデバイスをロックする必要が本当にない限り、プロファイルの認証方法を「先進認証を使用したセットアップ アシスタント」に変更してください: ", click_paths::ade_profile_or_policy_ja!(), "。登録済みのデバイスはこの変更の影響を受けません。変更後に登録する (またはリセットして再登録する) デバイスから適用されます。それでも消える場合は、チェックリスト (非表示のアプリ、アンインストールの割り当て、アプリの年齢区分、Apple Books の成人向けコンテンツ) を確認してください。"),
        ),
        links: &[ARTICLE, LEARN_AUTH_METHODS, LEARN_SETUP_ADE, ISSUE_MC284343],
        sources: &["S-ARTICLE", "S-LEARN-ADE-SETUP", "S-LEARN-ADE-AUTH", "S-MC284343"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
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
                format!("Profile \"{name}\" uses the Company Portal method, which has been reported to make Company Portal vanish from devices."),
                format!("プロファイル「{name}」はポータル サイト方式を使用しています。この方式ではポータル サイトがデバイスから消える事例が報告されています。"),
            )
        };
        let mut f = Finding::new(meta, i, obj, method_pointer(obj, AuthMethod::CompanyPortal), message);
        if ctx.requirements_stated && ctx.requirements.contains(Requirement::LockUntilCompanyPortal) {
            f = f.with_severity(Severity::Info).with_fix(ltext(
                concat!("You stated that the device must stay locked until Company Portal is installed, which only the Company Portal method offers, so keep it — but if Company Portal vanishes, work through the checklist (hidden apps, uninstall assignments, app age rating, Apple Books explicit content), and reconsider whether the lock is needed: Setup Assistant with modern authentication is Microsoft's recommendation. Where to change it: ", click_paths::ade_profile_or_policy_en!(), ". Enrolled devices are not affected by a change."),
                concat!("ポータル サイトのインストールまでデバイスをロックする必要があるとのことなので、それができるポータル サイト方式を維持してかまいません。ただしポータル サイトが消える場合はチェックリスト (非表示のアプリ、アンインストールの割り当て、アプリの年齢区分、Apple Books の成人向けコンテンツ) を確認し、ロックが本当に必要か見直してください。Microsoft の推奨は先進認証を使用したセットアップ アシスタントです。変更場所: ", click_paths::ade_profile_or_policy_ja!(), "。登録済みのデバイスは変更の影響を受けません。"),
            ));
        }
        out.push(f);
    }
}
