//! `modern-auth-without-jit` — Setup Assistant with modern authentication, and whether
//! Just-in-Time registration is set up.
//!
//! S-LEARN-JIT, S-LEARN-ADE-AUTH: after a modern-authentication enrollment the device is
//! registered in Microsoft Entra ID (and so evaluated for compliance and Conditional Access)
//! only once the user signs in to Company Portal, unless Just-in-Time registration is set up:
//! a device features configuration with the Microsoft Entra single sign-on app extension
//! and `device_registration` in its additional configuration (S-GRAPH-SSO-EXTENSION),
//! assigned before the device enrolls, and Microsoft Authenticator as a required app.
//!
//! An enrollment profile cannot show whether that configuration exists, so:
//! - nothing pasted besides the profile → **info**: what JIT needs and what users face
//!   without it;
//! - device features configurations pasted, none with such an extension → **warning**;
//! - one has it → nothing.

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "modern-auth-without-jit",
        default_severity: Severity::Info,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Modern authentication: Just-in-Time registration not seen",
            "先進認証: Just-In-Time (JIT) 登録が確認できない",
        ),
        what: Text::new(
            "Fires on a profile that uses Setup Assistant with modern authentication. Info when nothing else was pasted (the profile cannot show it); warning when pasted device features configurations have no Microsoft Entra single sign-on extension with device_registration.",
            "「先進認証を使用したセットアップ アシスタント」を使うプロファイルで報告します。ほかに何も貼り付けていない場合は情報 (プロファイルからは分からないため)、貼り付けたデバイスの機能の構成に device_registration を持つ Microsoft Entra のシングル サインオン拡張機能がない場合は警告です。",
        ),
        why: Text::new(
            "With modern authentication the user signs in during Setup Assistant, but the device is registered in Microsoft Entra ID, and so evaluated for compliance and Conditional Access, only after the user also signs in to Company Portal. Until then apps protected by device-based Conditional Access refuse access. Just-in-Time registration moves that registration into the first app that signs in through the single sign-on extension, so users need not open Company Portal.",
            "先進認証ではユーザーはセットアップ アシスタント中にサインインしますが、デバイスが Microsoft Entra ID に登録され、コンプライアンスと条件付きアクセスの評価対象になるのは、ユーザーがポータル サイトにもサインインした後です。それまでは、デバイス ベースの条件付きアクセスで保護されたアプリにはアクセスできません。Just-In-Time (JIT) 登録を使うと、この登録はシングル サインオン拡張機能でサインインする最初のアプリで行われ、ユーザーがポータル サイトを開く必要がなくなります。",
        ),
        fix: &[
            FixStep::new(
                "Before devices enroll, create a device features configuration with a single sign-on app extension of type Microsoft Entra ID.",
                "デバイスの登録前に、種類が Microsoft Entra ID のシングル サインオン アプリ拡張機能を持つデバイスの機能の構成を作成してください。",
            )
            .at(&click_paths::SSO_EXTENSION),
            FixStep::new(
                "In its additional configuration, add the key device_registration (string) with the value {{DEVICEREGISTRATION}}.",
                "追加の構成に、キー device_registration (文字列) と値 {{DEVICEREGISTRATION}} を設定してください。",
            ),
            FixStep::new(
                "Assign it to the users or devices of the profile, and assign Microsoft Authenticator as a required app.",
                "構成をプロファイルのユーザーまたはデバイスに割り当て、Microsoft Authenticator を「必須」アプリとして割り当ててください。",
            ),
            FixStep::new(
                "Otherwise, tell users to sign in to Company Portal right after Setup Assistant.",
                "構成しない場合は、セットアップ アシスタントの直後にポータル サイトへサインインするようユーザーに案内してください。",
            ),
        ],
        links: &[LEARN_JIT, LEARN_AUTH_METHODS, GRAPH_SSO_EXTENSION],
        sources: &["S-LEARN-JIT", "S-LEARN-ADE-AUTH", "S-GRAPH-SSO-EXTENSION"],
        click_path: Some(&click_paths::SSO_EXTENSION),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::IosDeviceFeatures],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    let mut profiles = ctx
        .objects_of(&[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy])
        .filter(|(_, o)| o.method() == Some(AuthMethod::SetupAssistantModern))
        .peekable();
    if profiles.peek().is_none() {
        return;
    }
    let extensions = sso_extensions(ctx);
    if extensions.iter().any(|e| e.entra && e.device_registration) {
        return;
    }
    let features_pasted = ctx.objects_of(&[Kind::IosDeviceFeatures]).next().is_some();
    for (i, obj) in profiles {
        let name = display_name(obj);
        let pointer = method_pointer(obj, AuthMethod::SetupAssistantModern);
        let f = if features_pasted {
            Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\" uses modern authentication, and none of the pasted device features configurations has a Microsoft Entra single sign-on extension with device_registration: without Just-in-Time registration, devices are registered only after users sign in to Company Portal."),
                    format!("プロファイル「{name}」は先進認証を使いますが、貼り付けたデバイスの機能の構成には device_registration を持つ Microsoft Entra のシングル サインオン拡張機能がありません。Just-In-Time (JIT) 登録がないと、デバイスはユーザーがポータル サイトにサインインするまで Microsoft Entra ID に登録されません。"),
                ),
            )
            .with_severity(Severity::Warning)
        } else {
            Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\" uses modern authentication. Whether Just-in-Time registration is set up is not part of the profile: paste your single sign-on extension configuration to check it. Without it, devices are registered only after users sign in to Company Portal."),
                    format!("プロファイル「{name}」は先進認証を使います。Just-In-Time (JIT) 登録が構成されているかはプロファイルには含まれません。確認するにはシングル サインオン拡張機能の構成を貼り付けてください。構成がないと、デバイスはユーザーがポータル サイトにサインインするまで Microsoft Entra ID に登録されません。"),
                ),
            )
        };
        out.push(f);
    }
}
