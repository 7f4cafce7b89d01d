//! `legacy-setup-assistant` — the profile uses Setup Assistant (legacy).
//!
//! Microsoft's lists: legacy authenticates with Apple's `.p7m` token, offers no modern
//! authentication (no MFA, no password update/reset prompts) and does not register the
//! device in Microsoft Entra ID by itself (S-LEARN-IOS-GUIDE, S-LEARN-ADE-AUTH; N1: installing
//! Company Portal and signing in to it completes registration). Dated statements
//! (S-LEARN-ADE-AUTH, S-LEARN-ADE-SETUP): 2025-06-09 "avoid legacy; use Setup Assistant with modern authentication for all
//! user-affinity scenarios"; 2026 docs "Setup Assistant (legacy) is deprecated and will be
//! removed soon", and the new Enrollment policies picker no longer offers it.
//!
//! With MFA enforced for the user, the legacy sign-in is *reported* to fail
//! (S-ISSUE-LEGACY-MFA, a public issue thread). MC284343 is not cited here: it announced
//! the end of Company Portal's single-app-mode flow, not anything about legacy.
//!
//! Severity: warning — enrollment still works today, but the method is deprecated and
//! lacks the security features most organisations need.

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "legacy-setup-assistant",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Setup Assistant (legacy) is deprecated and has no MFA or Entra device registration of its own",
            "セットアップ アシスタント (レガシ) は非推奨で、MFA も、それ自体による Entra へのデバイス登録もない",
        ),
        what: Text::new(
            "Fires on an ADE profile whose authentication method is Setup Assistant (legacy).",
            "認証方法が「セットアップ アシスタント (レガシ)」の ADE プロファイルで報告します。",
        ),
        why: Text::new(
            "Legacy still signs the user in (user name and password in Setup Assistant), but without the modern-authentication web page: no multifactor authentication, no Conditional Access prompt, no prompts to update or reset an expired password, and no Microsoft Entra device registration unless Company Portal is installed and signed in to later, so device-based Conditional Access cannot rely on it. Where MFA is enforced for the user, the legacy sign-in is reported to fail (a public issue thread, MicrosoftDocs/azure-docs #67083; not a Microsoft statement). Microsoft's enrollment guide has recommended the modern methods over it since 2021, labelled it \"no longer recommended\" in 2025, and its 2026 documentation calls it deprecated and due to be removed; the new Enrollment policies picker no longer offers it.",
            "レガシでもユーザーはサインインします (セットアップ アシスタントでユーザー名とパスワードを入力) が、先進認証の Web 画面は使いません。そのため多要素認証も、条件付きアクセスの確認も、期限切れパスワードの更新・リセットの案内もなく、後からポータル サイトをインストールしてサインインしない限り Microsoft Entra ID にデバイスが登録されないので、デバイス ベースの条件付きアクセスに頼れません。ユーザーに MFA が強制されていると、レガシのサインインは失敗すると報告されています (公開の issue スレッド MicrosoftDocs/azure-docs #67083。Microsoft の説明ではありません)。Microsoft の登録ガイドは 2021 年から先進認証の方法を勧めており、2025 年に「推奨されなくなった」とし、2026 年のドキュメントでは非推奨で近く削除予定としています。新しい登録ポリシーの選択肢にはもう表示されません。",
        ),
        fix: Text::new(
            concat!("Change the authentication method to Setup Assistant with modern authentication: ", click_paths::ade_profile_or_policy_en!(), ". Enrolled devices keep their enrollment; the new method applies to devices that enroll (or are reset and re-enroll) afterwards."),
            concat!("認証方法を「先進認証を使用したセットアップ アシスタント」に変更してください: ", click_paths::ade_profile_or_policy_ja!(), "。登録済みのデバイスはそのままで、変更後に登録する (またはリセットして再登録する) デバイスから新しい方法になります。"),
        ),
        links: &[LEARN_AUTH_METHODS, LEARN_GUIDE, LEARN_SETUP_ADE, ISSUE_LEGACY_MFA],
        sources: &["S-LEARN-ADE-AUTH", "S-LEARN-IOS-GUIDE", "S-LEARN-ADE-SETUP", "S-ISSUE-LEGACY-MFA"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        if obj.method() != Some(AuthMethod::SetupAssistantLegacy) {
            continue;
        }
        let name = display_name(obj);
        // N1: with "Install Company Portal" on, signing in to Company Portal later completes
        // the Entra registration; the message must not deny it to such a profile.
        let message = if matches!(install_company_portal(obj), Some((true, _))) {
            ltext(
                format!("Profile \"{name}\" uses Setup Assistant (legacy), which Microsoft has deprecated and which offers no MFA; the device is registered in Entra ID only once the user signs in to the Company Portal app this profile installs."),
                format!("プロファイル「{name}」はセットアップ アシスタント (レガシ) を使用しています。Microsoft が非推奨としている方法で、MFA はありません。Entra ID へのデバイス登録は、このプロファイルがインストールするポータル サイト アプリにユーザーがサインインした時点で初めて行われます。"),
            )
        } else {
            ltext(
                format!("Profile \"{name}\" uses Setup Assistant (legacy), which Microsoft has deprecated and which offers no MFA or Entra registration."),
                format!("プロファイル「{name}」はセットアップ アシスタント (レガシ) を使用しています。Microsoft が非推奨としている方法で、MFA も Entra 登録もありません。"),
            )
        };
        out.push(Finding::new(meta, i, obj, method_pointer(obj, AuthMethod::SetupAssistantLegacy), message));
    }
}
