//! `entra-shared-mode-prerequisites` — what a Microsoft Entra shared device mode profile
//! needs besides the profile.
//!
//! S-LEARN-SHARED-DEVICE-MODE: enrolling in Microsoft Entra ID shared mode needs Locked
//! enrollment = Yes, a device features configuration with the Microsoft Entra single
//! sign-on extension with shared device mode and device registration
//! (S-GRAPH-SSO-EXTENSION: `enableSharedDeviceMode`, `device_registration`), and Microsoft
//! Authenticator (a VPP app) assigned as required to All devices with an assignment filter
//! on `enrollmentProfileName` (Learn's step 5; Company Portal plays no part here).
//!
//! - Locked enrollment explicitly off → **warning** at that field;
//! - device features configurations pasted, none with a shared-device-mode Entra
//!   extension → **warning**;
//! - no device features configuration pasted → **info** that lists what to check.

use super::*;
use crate::engine::model::AffinityVariant;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "entra-shared-mode-prerequisites",
        default_severity: Severity::Warning,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Microsoft Entra shared mode needs more than the profile",
            "Microsoft Entra ID 共有モードにはプロファイル以外の準備が必要",
        ),
        what: Text::new(
            "Fires on a profile that enrolls in Microsoft Entra ID shared mode. Warning when Locked enrollment is off or when the pasted device features configurations have no single sign-on extension with shared device mode; info listing the prerequisites when none was pasted.",
            "Microsoft Entra ID 共有モードで登録するプロファイルで報告します。ロックされた登録がオフの場合や、貼り付けたデバイスの機能の構成に共有デバイス モードのシングル サインオン拡張機能がない場合は警告、構成が貼り付けられていない場合は前提条件を一覧にした情報です。",
        ),
        why: Text::new(
            "Shared device mode is turned on by the Microsoft Entra single sign-on extension, not by the enrollment profile: without that configuration (shared device mode and device registration) devices enroll but users do not get the shared sign-in and sign-out. Users must also not be able to remove management (Locked enrollment), and Microsoft Authenticator, bought through VPP, has to be on the device: frontline workers open it to put the device in shared device mode.",
            "共有デバイス モードを有効にするのは Microsoft Entra のシングル サインオン拡張機能であり、登録プロファイルではありません。その構成 (共有デバイス モードとデバイス登録) がないと、デバイスは登録されてもユーザーは共有のサインインとサインアウトを使えません。また、ユーザーが管理を解除できないようにし (ロックされた登録)、VPP で購入した Microsoft Authenticator をデバイスに入れておく必要があります。現場の従業員は Microsoft Authenticator を開いてデバイスを共有デバイス モードにします。",
        ),
        fix: Text::new(
            concat!("Set Locked enrollment to Yes in the profile (", click_paths::ade_profile_or_policy_en!(), "); create a device features configuration with a Microsoft Entra ID single sign-on app extension that enables shared device mode and sets device_registration = {{DEVICEREGISTRATION}} (", click_paths::sso_extension_en!(), "); and assign Microsoft Authenticator (the VPP app, not Company Portal) as Required to All devices, with an assignment filter whose rule is enrollmentProfileName Equals this profile's name (", click_paths::authenticator_assignments_en!(), "). Learn assigns the single sign-on configuration the same way."),
            concat!("プロファイルでロックされた登録を「はい」にし (", click_paths::ade_profile_or_policy_ja!(), ")、共有デバイス モードを有効にして device_registration = {{DEVICEREGISTRATION}} を設定した Microsoft Entra ID のシングル サインオン アプリ拡張機能を持つデバイスの機能の構成を作成し (", click_paths::sso_extension_ja!(), ")、Microsoft Authenticator (ポータル サイトではなく VPP 版のアプリ) を「すべてのデバイス」に「必須」で割り当て、enrollmentProfileName がこのプロファイルの名前と等しいというルールの割り当てフィルターを付けてください (", click_paths::authenticator_assignments_ja!(), ")。Learn ではシングル サインオンの構成も同じように割り当てています。"),
        ),
        links: &[LEARN_SHARED_DEVICE_MODE, GRAPH_SSO_EXTENSION],
        sources: &["S-LEARN-SHARED-DEVICE-MODE", "S-GRAPH-SSO-EXTENSION", "S-LEARN-APPS-DEPLOY"],
        click_path: Some(&click_paths::SSO_EXTENSION),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::IosDeviceFeatures],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    let features_pasted = ctx.objects_of(&[Kind::IosDeviceFeatures]).next().is_some();
    let mut extensions = None;
    for (i, obj) in ctx.objects_of(&[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy]) {
        let Some(c) = obj.classification.as_ref() else { continue };
        if c.variant != Some(AffinityVariant::EntraSharedDeviceMode) {
            continue;
        }
        let name = display_name(obj);
        if let Some(locked) = c.settings.locked_enrollment.as_ref().filter(|s| !s.value) {
            let pointer = locked.evidence.first().map(|e| e.pointer.to_string()).unwrap_or_default();
            out.push(Finding::new(
                meta,
                i,
                obj,
                pointer,
                ltext(
                    format!("Profile \"{name}\" enrolls in Microsoft Entra shared mode with Locked enrollment off: users could remove management from a shared device."),
                    format!("プロファイル「{name}」は Microsoft Entra ID 共有モードで登録しますが、ロックされた登録がオフです。ユーザーが共有デバイスの管理を解除できてしまいます。"),
                ),
            ));
        }
        if features_pasted {
            let extensions = extensions.get_or_insert_with(|| sso_extensions(ctx));
            if !extensions.iter().any(|e| e.entra && e.shared_device_mode) {
                out.push(Finding::new(
                    meta,
                    i,
                    obj,
                    "",
                    ltext(
                        format!("Profile \"{name}\" enrolls in Microsoft Entra shared mode, but none of the pasted device features configurations has a Microsoft Entra single sign-on extension with shared device mode on: the devices will not work as shared devices."),
                        format!("プロファイル「{name}」は Microsoft Entra ID 共有モードで登録しますが、貼り付けたデバイスの機能の構成には共有デバイス モードをオンにした Microsoft Entra のシングル サインオン拡張機能がありません。デバイスは共有デバイスとして動作しません。"),
                    ),
                ));
            }
        } else {
            out.push(
                Finding::new(
                    meta,
                    i,
                    obj,
                    "",
                    ltext(
                        format!("Profile \"{name}\" enrolls in Microsoft Entra shared mode. It also needs a single sign-on extension configuration with shared device mode and device registration, and Microsoft Authenticator (VPP) assigned as Required to All devices with an assignment filter on enrollmentProfileName: paste the configuration to check it."),
                        format!("プロファイル「{name}」は Microsoft Entra ID 共有モードで登録します。共有デバイス モードとデバイス登録を設定したシングル サインオン拡張機能の構成と、enrollmentProfileName の割り当てフィルターを付けて「すべてのデバイス」に「必須」で割り当てた Microsoft Authenticator (VPP) も必要です。確認するには構成を貼り付けてください。"),
                    ),
                )
                .with_severity(Severity::Info),
            );
        }
    }
}
