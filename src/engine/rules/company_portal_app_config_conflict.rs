//! `company-portal-app-config-conflict` — an app configuration policy for Company Portal is
//! pasted alongside profiles whose devices got Company Portal's configuration from Intune.
//!
//! Learn's iOS guide gives devices already enrolled with the Company Portal method an app
//! configuration policy for Company Portal with `IntuneCompanyPortalEnrollmentAfterUDA`
//! (S-LEARN-CP-ENROLLED-DEVICES, S-LEARN-APP-CONFIG-CP). Devices enrolled with Setup
//! Assistant with modern authentication, or with a profile whose "Install Company Portal"
//! is Yes, get that configuration from Intune at enrollment, and Learn says not to send
//! them a separate one: with modern authentication it results in an error, and with
//! "Install Company Portal" = Yes it conflicts (users are asked to download a management
//! profile they already have) (S-LEARN-ADE-AUTH-APP-CONFIG).
//!
//! A policy's assignments name groups, not profiles, so the rule cannot see whether the
//! policy reaches those devices: it fires, as a warning, on each pasted policy that carries
//! the key (in its XML or its settings, S-GRAPH-IOS-APP-CONFIG) when a pasted profile
//! enrolls such devices, names those profiles and points at the key. Nothing when the
//! pasted profiles use the Company Portal method (or legacy without "Install Company
//! Portal"), or when no profile is pasted.

use super::app_configuration::{policies_with, CompanyPortalKey};
use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-app-config-conflict",
        default_severity: Severity::Warning,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "An app configuration policy for Company Portal may reach devices Intune already configured",
            "ポータル サイト用のアプリ構成ポリシーが、Intune が構成済みのデバイスに届くおそれがある",
        ),
        what: Text::new(
            "Fires on an app configuration policy for managed devices that sends IntuneCompanyPortalEnrollmentAfterUDA to Company Portal (in its XML or its settings) when a pasted ADE profile enrolls devices that get Company Portal's configuration from Intune: Setup Assistant with modern authentication, or legacy with \"Install Company Portal\" = Yes. Nothing is reported when the pasted profiles use the Company Portal method, or when no profile is pasted.",
            "ポータル サイトに IntuneCompanyPortalEnrollmentAfterUDA を送るマネージド デバイス用のアプリ構成ポリシー (XML または設定) について、貼り付けた ADE プロファイルが、ポータル サイトの構成を Intune から受け取るデバイスを登録する場合 (先進認証を使用したセットアップ アシスタント、または「ポータル サイトのインストール」が「はい」のレガシ) に報告します。貼り付けたプロファイルがポータル サイト方式の場合や、プロファイルを貼り付けていない場合は報告しません。",
        ),
        why: Text::new(
            "Intune sends Company Portal its app configuration itself when a device enrolls with Setup Assistant with modern authentication, or with a profile whose \"Install Company Portal\" is Yes. Learn says not to send such devices a separate app configuration policy for Company Portal: with modern authentication it results in an error, and with \"Install Company Portal\" = Yes it conflicts with the configuration sent at enrollment, so users are asked to sign in to Company Portal and download a management profile they already have. The policy is meant for devices enrolled with the Company Portal method, which Learn's iOS guide gives it. A pasted policy shows its groups, not which profiles' devices are in them, so this is a warning.",
            "先進認証を使用したセットアップ アシスタント、または「ポータル サイトのインストール」が「はい」のプロファイルで登録したデバイスには、ポータル サイトのアプリ構成を Intune 自身が送ります。Learn は、こうしたデバイスにポータル サイト用のアプリ構成ポリシーを別に送らないよう求めています。先進認証ではエラーになり、「ポータル サイトのインストール」が「はい」の場合は登録時に送られた構成と競合して、インストール済みの管理プロファイルのサインインとダウンロードをユーザーに求めてしまいます。このポリシーは、Learn の iOS ガイドのとおり、ポータル サイト方式で登録したデバイスのためのものです。貼り付けたポリシーから分かるのは割り当てグループで、どのプロファイルのデバイスが含まれるかは分からないため、警告としています。",
        ),
        fix: Text::new(
            concat!(
                "Assign the policy only to groups of devices enrolled with the Company Portal method (or with a legacy profile whose \"Install Company Portal\" is No), and keep the devices of the profiles named out of it, with an excluded group or an assignment filter: ",
                click_paths::app_config_assignments_en!(),
                "."
            ),
            concat!(
                "ポリシーの割り当ては、ポータル サイト方式 (または「ポータル サイトのインストール」が「いいえ」のレガシのプロファイル) で登録したデバイスのグループだけにし、名前を挙げたプロファイルのデバイスは、除外するグループか割り当てフィルターで対象から外してください: ",
                click_paths::app_config_assignments_ja!(),
                "。"
            ),
        ),
        links: &[LEARN_AUTH_METHODS, LEARN_SETUP_ADE, LEARN_APP_CONFIG_CP, LEARN_GUIDE, GRAPH_IOS_APP_CONFIG],
        sources: &[
            "S-LEARN-ADE-AUTH-APP-CONFIG",
            "S-LEARN-APP-CONFIG-CP",
            "S-LEARN-CP-ENROLLED-DEVICES",
            "S-GRAPH-IOS-APP-CONFIG",
        ],
        click_path: Some(&click_paths::APP_CONFIG_ASSIGNMENTS),
        applies_to: &[
            Kind::IosAppConfiguration,
            Kind::IosEnrollmentProfile,
            Kind::IosEnrollmentPolicy,
            Kind::AppleDepProfile,
        ],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let policies = policies_with(ctx, CompanyPortalKey::EnrollmentAfterUda);
    if policies.is_empty() {
        return;
    }
    // The profiles whose devices got Company Portal's configuration from Intune, and why.
    let configured: Vec<LText> = ctx
        .profiles()
        .filter_map(|(_, p)| {
            let name = display_name(p);
            match p.method()? {
                AuthMethod::SetupAssistantModern => Some(ltext(
                    format!("\"{name}\" (Setup Assistant with modern authentication)"),
                    format!("「{name}」(先進認証を使用したセットアップ アシスタント)"),
                )),
                AuthMethod::SetupAssistantLegacy if matches!(install_company_portal(p), Some((true, _))) => {
                    Some(ltext(
                        format!("\"{name}\" (legacy with \"Install Company Portal\" = Yes)"),
                        format!("「{name}」(「ポータル サイトのインストール」が「はい」のレガシ)"),
                    ))
                }
                _ => None,
            }
        })
        .collect();
    if configured.is_empty() {
        return;
    }
    let en: Vec<&str> = configured.iter().map(|t| t.en.as_ref()).collect();
    let ja: Vec<&str> = configured.iter().map(|t| t.ja.as_ref()).collect();
    let meta = &RULE.meta;
    for (i, obj, pointer) in policies {
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            pointer,
            ltext(
                format!(
                    "App configuration policy \"{name}\" sends IntuneCompanyPortalEnrollmentAfterUDA to Company Portal, but the devices of {} got Company Portal's configuration from Intune at enrollment: don't send them this policy.",
                    en.join(", ")
                ),
                format!(
                    "アプリ構成ポリシー「{name}」はポータル サイトに IntuneCompanyPortalEnrollmentAfterUDA を送りますが、{} のデバイスは登録時にポータル サイトの構成を Intune から受け取っています。これらのデバイスにはこのポリシーを送らないでください。",
                    ja.join("、")
                ),
            ),
        ));
    }
}
