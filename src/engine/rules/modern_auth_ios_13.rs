//! `modern-auth-ios-13` — retired. It reported on every profile using Setup Assistant with
//! modern authentication that the method needs iOS/iPadOS 13. Intune itself now supports
//! only iOS/iPadOS 18 and later, and lets devices without user affinity enroll from 15
//! (S-LEARN-SUPPORTED-OS, read 2026-12-06), so the note was true of no
//! supported device and only added noise; the id stays in the registry so that it is never
//! reused. The mechanism behind the old minimum is Apple's web-view sign-in
//! (S-APPLE-WEB-AUTH).

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "modern-auth-ios-13",
        default_severity: Severity::Info,
        since: "0.1.0",
        status: RuleStatus::Removed,
        title: Text::new(
            "Retired: modern authentication needs iOS/iPadOS 13 or later",
            "廃止: 先進認証には iOS/iPadOS 13 以降が必要",
        ),
        what: Text::new(
            "Retired: this rule no longer runs. It used to report, on every profile using Setup Assistant with modern authentication, that the method needs iOS/iPadOS 13 or later.",
            "廃止: このルールはもう実行されません。以前は、先進認証を使用したセットアップ アシスタントのすべてのプロファイルで、iOS/iPadOS 13 以降が必要であることを報告していました。",
        ),
        why: Text::new(
            "Intune itself now supports only iOS/iPadOS 18 and later (since the iOS/iPadOS 27 release in 2026), and even devices enrolled without user affinity need iOS/iPadOS 15 or later, so every device that can enroll meets modern authentication's old iOS 13 minimum; the note informed nobody.",
            "現在の Intune 自体が iOS/iPadOS 18 以降しかサポートせず (2026 年の iOS/iPadOS 27 のリリース以降)、ユーザー アフィニティなしで登録するデバイスでも iOS/iPadOS 15 以降が必要なため、登録できるデバイスはすべて先進認証の以前の条件 (iOS 13 以降) を満たしています。この通知は誰の役にも立たなくなりました。",
        ),
        fix: Text::new(
            "Nothing to do.",
            "対応は不要です。",
        ),
        links: &[LEARN_SUPPORTED_OS, LEARN_SETUP_ADE],
        sources: &["S-LEARN-SUPPORTED-OS", "S-APPLE-WEB-AUTH"],
        click_path: None,
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

/// Retired: reports nothing, even when called directly.
fn check(_ctx: &RuleContext, _out: &mut Vec<Finding>) {}
