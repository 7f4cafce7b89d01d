//! `contradictory-settings` — settings in one profile that contradict each other but are
//! not about the authentication method.
//!
//! Classification records every contradiction it sees with a stable id (S-GRAPH-DEP-IOS):
//! e.g. `await-flags-disagree` (`awaitDeviceConfiguredConfirmation` vs
//! `waitForDeviceConfiguredConfirmation`), `shared-ipad-and-shared-device-mode`,
//! `shared-mode-with-user-affinity`, `locked-enrollment-without-supervision` (Apple JSON).
//! Method contradictions go to `conflicting-auth-flags` and single-app mode without a VPP
//! token to `single-app-mode-needs-vpp`; this rule reports the rest, so that no
//! contradiction — including ones added to classification later — is silently dropped.
//!
//! Severity: warning — the profile may not behave as the admin expects.

use super::conflicting_auth_flags::{COVERED_ELSEWHERE, METHOD_IDS};
use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "contradictory-settings",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Settings in the profile contradict each other",
            "プロファイルの設定が互いに矛盾している",
        ),
        what: Text::new(
            "Fires on an ADE profile whose settings (other than the authentication method) contradict each other — for example the two \"await final configuration\" flags disagree, or Shared iPad and Entra ID shared device mode are both on.",
            "認証方法以外の設定が互いに矛盾している ADE プロファイルで報告します。たとえば「最終構成を待機する」の 2 つのフラグの値が違う場合や、共有 iPad と Microsoft Entra ID の共有デバイス モードが両方オンの場合です。",
        ),
        why: Text::new(
            "The admin center does not normally write such combinations, so the export was probably edited or comes from an example. The device may behave differently from what one of the settings suggests.",
            "管理センターが通常このような組み合わせを書き込むことはないため、エクスポートが編集されたか例から来た可能性があります。デバイスはどちらかの設定が示すのとは違う動きをするおそれがあります。",
        ),
        fix: &[
            FixStep::new(
                "Open the profile, check the settings this finding names and save the values you want.",
                "プロファイルを開き、この指摘が示す設定を確認して目的の値で保存してください。",
            )
            .at(&click_paths::ADE_PROFILE_OR_POLICY),
            EXPORT_AGAIN,
        ],
        links: &[GRAPH_DEP_IOS_PROFILE, LEARN_SETUP_ADE],
        sources: &["S-GRAPH-DEP-IOS", "S-LEARN-ADE-SETUP", "S-SC-AUTHMETHOD"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        let Some(c) = &obj.classification else { continue };
        for k in c.contradictions.iter().filter(|k| !METHOD_IDS.contains(&k.id) && !COVERED_ELSEWHERE.contains(&k.id)) {
            let name = display_name(obj);
            let pointer = k.evidence.first().map(|e| e.pointer.to_string()).unwrap_or_default();
            out.push(Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\": {} ({})", k.message.en, k.id),
                    format!("プロファイル「{name}」: {} ({})", k.message.ja, k.id),
                ),
            ));
        }
    }
}
