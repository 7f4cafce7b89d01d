//! `await-final-configuration-off` — "Await final configuration" is off where it is
//! offered.
//!
//! S-LEARN-AWAIT-FINAL: the setting holds the end of Setup Assistant until device
//! configuration policies start installing; it is offered with Setup Assistant with modern
//! authentication, without user affinity and with Microsoft Entra shared mode (not with
//! Shared iPad). It is Yes by default on new profiles and No on profiles that existed before
//! it. Read from the two Graph booleans (S-GRAPH-DEP-IOS) or the settings-catalog children
//! (S-SC-AWAIT). Fires only when the input says No; an absent value is not guessed.
//! Severity: warning.

use super::*;
use crate::engine::model::key;
use crate::engine::model::AffinityVariant;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "await-final-configuration-off",
        default_severity: Severity::Warning,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Await final configuration is off",
            "「最終構成を待機する」がオフ",
        ),
        what: Text::new(
            "Fires on a profile that uses modern authentication, enrolls without user affinity or in Microsoft Entra shared mode, and sets Await final configuration to No.",
            "先進認証を使う、ユーザー アフィニティなしで登録する、または Microsoft Entra ID 共有モードで登録するプロファイルで、「最終構成を待機する」が「いいえ」の場合に報告します。",
        ),
        why: Text::new(
            "Without it, Setup Assistant ends and users reach the home screen before the device configuration policies (Wi-Fi, certificates, VPN, the single sign-on extension, restrictions) start installing, so the first minutes run without them. Profiles created before the setting existed have it off unless someone turned it on.",
            "この設定がないと、デバイス構成ポリシー (Wi-Fi、証明書、VPN、シングル サインオン拡張機能、制限) のインストールが始まる前にセットアップ アシスタントが終わってホーム画面が表示され、最初の数分間はそれらのポリシーなしで使われます。この設定が追加される前に作成されたプロファイルでは、だれかがオンにしない限りオフのままです。",
        ),
        fix: &[
            FixStep::new(
                "Set Await final configuration to Yes; it applies to devices that enroll afterwards.",
                "「最終構成を待機する」を「はい」にしてください。この後に登録するデバイスに適用されます。",
            )
            .at(&click_paths::ADE_PROFILE_OR_POLICY)
            .changes(key!("awaitDeviceConfiguredConfirmation")),
        ],
        links: &[LEARN_SETUP_ADE, GRAPH_DEP_IOS_PROFILE, SETTINGS_DEFINITIONS],
        sources: &["S-LEARN-AWAIT-FINAL", "S-GRAPH-DEP-IOS", "S-SC-AWAIT"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy]) {
        let Some(c) = obj.classification.as_ref() else { continue };
        let offered = match c.method {
            Some(AuthMethod::SetupAssistantModern) => true,
            Some(AuthMethod::NoUserAffinity) => c.variant != Some(AffinityVariant::SharedIpad),
            _ => false,
        };
        if !offered {
            continue;
        }
        let Some(setting) = c.settings.await_final_configuration.as_ref() else { continue };
        if setting.value {
            continue;
        }
        let pointer = setting.evidence.first().map(|e| e.pointer.to_string()).unwrap_or_default();
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            pointer,
            ltext(
                format!("Profile \"{name}\" does not await final configuration: users can start using devices before the configuration policies are installed."),
                format!("プロファイル「{name}」は最終構成を待機しません。構成ポリシーがインストールされる前にユーザーがデバイスを使い始める可能性があります。"),
            ),
        ));
    }
}
