//! `modern-auth-ios-13` — Setup Assistant with modern authentication needs iOS/iPadOS 13.
//!
//! Nuance N6 (S-LEARN-SUPPORTED-OS, S-APPLE-WEB-AUTH): the method relies on Apple's `configuration_web_url`
//! web-view authentication, available from iOS/iPadOS 13.0; Microsoft's setup guide says
//! older devices fall back to the legacy flow (all versions since 2021).
//!
//! Severity: info — nothing is wrong with the profile; it is a fact to keep in mind when
//! old devices are in the fleet. (When "some devices run iOS older than 13" is a stated
//! requirement, `requirement-not-met` reports the mismatch as an error.)

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "modern-auth-ios-13",
        default_severity: Severity::Info,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Modern authentication needs iOS/iPadOS 13 or later",
            "先進認証には iOS/iPadOS 13 以降が必要",
        ),
        what: Text::new(
            "Fires on an ADE profile whose authentication method is Setup Assistant with modern authentication.",
            "認証方法が「先進認証を使用したセットアップ アシスタント」の ADE プロファイルで報告します。",
        ),
        why: Text::new(
            "Modern authentication inside Setup Assistant uses a web sign-in page that Apple added in iOS/iPadOS 13. Devices on an older version fall back to the legacy Setup Assistant flow: no MFA and no Entra registration during setup.",
            "セットアップ アシスタント内の先進認証は、Apple が iOS/iPadOS 13 で追加した Web サインイン画面を使います。それより古いバージョンのデバイスはレガシのセットアップ アシスタントの流れになり、セットアップ中の MFA や Entra 登録は行われません。",
        ),
        fix: Text::new(
            "Nothing to change if every device runs iOS/iPadOS 13 or later. Otherwise update the old devices before enrolling them, or plan for them to enroll the legacy way.",
            "すべてのデバイスが iOS/iPadOS 13 以降なら変更は不要です。古いデバイスがある場合は、登録前に OS を更新するか、レガシの方法で登録されることを前提に計画してください。",
        ),
        links: &[LEARN_SETUP_ADE, LEARN_AUTH_METHODS],
        sources: &["S-LEARN-SUPPORTED-OS", "S-APPLE-WEB-AUTH"],
        click_path: None,
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        if obj.method() != Some(AuthMethod::SetupAssistantModern) {
            continue;
        }
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            method_pointer(obj, AuthMethod::SetupAssistantModern),
            ltext(
                format!("Profile \"{name}\" uses modern authentication, which needs iOS/iPadOS 13 or later; older devices enroll the legacy way."),
                format!("プロファイル「{name}」は先進認証を使用しています。iOS/iPadOS 13 以降が必要で、古いデバイスはレガシの方法で登録されます。"),
            ),
        ));
    }
}
