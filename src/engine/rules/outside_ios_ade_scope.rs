//! `outside-ios-ade-scope` — recognised objects that are not iOS/iPadOS automated device
//! enrollment: macOS enrollment profiles and policies, tvOS and visionOS enrollment
//! policies, and Apple Configurator profiles.
//!
//! S-SC-MACOS: macOS enrollment policies use their own `ade_macos_*` settings.
//! S-SC-TVOS-VISIONOS: tvOS and visionOS enrollment policies use `ade_*` settings without a
//! platform prefix (`ade_useraffinitybasic`, shared `ade_lockedenrollment`); their
//! `platforms`, template id or those settings tell them from iOS/iPadOS policies, and user
//! affinity is not supported on them.
//! S-GRAPH-ENROLLMENT-PROFILE: the base `enrollmentProfile` type is what Apple Configurator
//! profiles use; an object with only its keys is not an ADE profile. The advisor's
//! methods, fit and ADE rules are about iOS/iPadOS ADE, so these objects get one info
//! finding that says so instead of a verdict that would not apply. Severity: info.

use super::*;
use crate::engine::classify::catalog::{self, PolicyPlatform};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "outside-ios-ade-scope",
        default_severity: Severity::Info,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Not an iOS/iPadOS ADE profile",
            "iOS/iPadOS の ADE プロファイルではない",
        ),
        what: Text::new(
            "Fires once on each macOS enrollment profile or policy, each tvOS or visionOS enrollment policy and each Apple Configurator profile (including an enrollment profile that has only the fields every profile type shares).",
            "macOS の登録プロファイルまたは登録ポリシー、tvOS または visionOS の登録ポリシー、および Apple Configurator プロファイル (すべてのプロファイルの種類に共通のフィールドしかない登録プロファイルを含む) ごとに 1 回報告します。",
        ),
        why: Text::new(
            "The advisor checks iOS/iPadOS automated device enrollment: its methods, requirements and rules do not describe macOS, tvOS or visionOS enrollment or Apple Configurator enrollment (tvOS and visionOS enroll without user affinity, so no authentication method applies), so it gives no verdict on these objects rather than a wrong one.",
            "本ツールが確認するのは iOS/iPadOS の自動デバイス登録 (ADE) です。その認証方法、要件、ルールは macOS、tvOS、visionOS の登録や Apple Configurator による登録には当てはまらないため (tvOS と visionOS はユーザー アフィニティなしで登録するので認証方法もありません)、誤った判定を出す代わりに、これらのオブジェクトには判定を出しません。",
        ),
        fix: Text::new(
            concat!("Nothing to change here. To check an iOS/iPadOS ADE profile, paste it (with its @odata.type, or with all its fields as exported); iOS/iPadOS ADE profiles are under ", click_paths::ade_profile_en!(), "."),
            concat!("ここで変更するものはありません。iOS/iPadOS の ADE プロファイルを確認するには、そのプロファイルを (@odata.type 付きで、またはエクスポートしたすべてのフィールドとともに) 貼り付けてください。iOS/iPadOS の ADE プロファイルの場所: ", click_paths::ade_profile_ja!(), "。"),
        ),
        links: &[GRAPH_ENROLLMENT_PROFILE, SETTINGS_DEFINITIONS],
        sources: &["S-GRAPH-ENROLLMENT-PROFILE", "S-SC-MACOS", "S-SC-TVOS-VISIONOS"],
        click_path: Some(&click_paths::ADE_PROFILE),
        applies_to: &[
            Kind::MacosEnrollmentProfile,
            Kind::MacosEnrollmentPolicy,
            Kind::TvosVisionosEnrollmentPolicy,
            Kind::AppleConfiguratorProfile,
        ],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(meta.applies_to) {
        let name = display_name(obj);
        let message = match obj.kind {
            Kind::MacosEnrollmentPolicy | Kind::MacosEnrollmentProfile => ltext(
                format!("\"{name}\" is a macOS enrollment {}: this advisor checks iOS/iPadOS ADE only, so it gives no verdict on it.", if obj.kind == Kind::MacosEnrollmentPolicy { "policy" } else { "profile" }),
                format!("「{name}」は macOS の登録{}です。本ツールが確認するのは iOS/iPadOS の ADE だけなので、判定は出しません。", if obj.kind == Kind::MacosEnrollmentPolicy { "ポリシー" } else { "プロファイル" }),
            ),
            Kind::TvosVisionosEnrollmentPolicy => {
                let (en, ja) = match catalog::policy_platform(obj, &catalog::choices(obj)) {
                    PolicyPlatform::Tvos => ("a tvOS", "tvOS"),
                    PolicyPlatform::Visionos => ("a visionOS", "visionOS"),
                    _ => ("a tvOS or visionOS", "tvOS または visionOS"),
                };
                ltext(
                    format!("\"{name}\" is {en} enrollment policy: this advisor checks iOS/iPadOS ADE only, so it gives no verdict on it. tvOS and visionOS policies use ade_* settings without a platform prefix and enroll without user affinity."),
                    format!("「{name}」は {ja} の登録ポリシーです。本ツールが確認するのは iOS/iPadOS の ADE だけなので、判定は出しません。tvOS と visionOS のポリシーはプラットフォーム名の付かない ade_* の設定を使い、ユーザー アフィニティなしで登録します。"),
                )
            }
            _ => ltext(
                format!("\"{name}\" has only the fields that every enrollment profile shares, as an Apple Configurator profile does: it is not treated as an ADE profile, and the ADE checks do not run on it."),
                format!("「{name}」には、Apple Configurator プロファイルと同じく、すべての登録プロファイルに共通のフィールドしかありません。ADE プロファイルとしては扱わず、ADE の確認は行いません。"),
            ),
        };
        out.push(Finding::new(meta, i, obj, "", message));
    }
}
