//! `conflicting-auth-flags` — flags that name two authentication methods at once, or a
//! setting the profile's method does not allow (S-GRAPH-DEP-IOS).
//!
//! The method of a `depIOSEnrollmentProfile` is not one field: it is encoded by
//! `enableAuthenticationViaCompanyPortal`, `configurationWebUrl` and
//! `requireCompanyPortalOnSetupAssistantEnrolledDevices`. The admin center writes only one
//! combination per method; Terraform's validators reject the Company Portal flag together
//! with the Setup Assistant one, and Microsoft Graph's own doc examples set every flag to
//! true. Classification applies the documented precedence (Company Portal, then modern,
//! then legacy) and records each contradiction with a stable id; this rule reports them.
//! Without a classification (hand-built objects) the rule reads the raw flags itself.
//!
//! Severity: **warning**, not error. The combination is not proven to fail (the evidence
//! that it is invalid is third-party validators), and classification still names the
//! method the precedence implies; but the reported method may not be what devices get,
//! so the admin must confirm it in the admin center before trusting the rest of the report.
//! Contradictions that another rule explains better (single-app mode without a VPP token)
//! are left to that rule; contradictions that are not about the method (the two "await"
//! flags, Shared iPad vs shared device mode, …) go to `contradictory-settings`.

use super::*;
use crate::engine::model::Evidence;

/// Contradiction ids (from classification) about the authentication method; this rule
/// reports them. Every other contradiction goes to `contradictory-settings`, except those
/// in [`COVERED_ELSEWHERE`].
pub(super) const METHOD_IDS: &[&str] = &[
    "company-portal-and-modern",
    "company-portal-and-install-flag",
    "method-flags-without-user-affinity",
    "single-app-mode-without-company-portal",
    "authentication-method-without-user-affinity",
];

/// Contradiction ids reported by a more specific rule instead
/// (`single-app-mode-needs-vpp`).
pub(super) const COVERED_ELSEWHERE: &[&str] = &["single-app-mode-without-vpp"];

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "conflicting-auth-flags",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "The profile's flags name more than one authentication method",
            "プロファイルのフラグが複数の認証方法を示している",
        ),
        what: Text::new(
            "Fires when the authentication flags of one ADE profile contradict each other — for example enableAuthenticationViaCompanyPortal and configurationWebUrl both true, or the Company Portal flag together with requireCompanyPortalOnSetupAssistantEnrolledDevices — or when single-app mode is on with a method other than Company Portal.",
            "1 つの ADE プロファイルの認証フラグが互いに矛盾している場合に報告します。たとえば enableAuthenticationViaCompanyPortal と configurationWebUrl が両方 true の場合、ポータル サイトのフラグと requireCompanyPortalOnSetupAssistantEnrolledDevices が同時に true の場合、またはポータル サイト以外の方法でシングル アプリ モードがオンの場合です。",
        ),
        why: Text::new(
            "The admin center never writes such a combination; it usually comes from a Microsoft Graph documentation example (which sets every flag to true) or a hand-edited export. The tool reports the method the documented precedence implies, but devices may enroll differently, so the rest of the report may not describe what really happens.",
            "管理センターがこのような組み合わせを書き込むことはなく、多くは Microsoft Graph のドキュメントの例 (すべてのフラグが true) や手で編集したエクスポートに由来します。本ツールは文書化された優先順位に従って方法を判定しますが、実際のデバイスは違う方法で登録される可能性があり、レポートの他の内容も実態と合わないおそれがあります。",
        ),
        fix: Text::new(
            concat!("Open the profile in the admin center and check which authentication method it really shows: ", click_paths::ade_profile_or_policy_en!(), ". Save it with the method you want (Microsoft recommends Setup Assistant with modern authentication), export it again and paste the fresh JSON."),
            concat!("管理センターでプロファイルを開き、実際に表示される認証方法を確認してください: ", click_paths::ade_profile_or_policy_ja!(), "。目的の方法 (Microsoft の推奨は先進認証を使用したセットアップ アシスタント) で保存し、改めてエクスポートした JSON を貼り付けてください。"),
        ),
        links: &[GRAPH_DEP_IOS_PROFILE, LEARN_SETUP_ADE, LEARN_AUTH_METHODS],
        sources: &["S-GRAPH-DEP-IOS", "S-LEARN-ADE-SETUP"],
        click_path: Some(&click_paths::ADE_PROFILE_OR_POLICY),
        applies_to: &[Kind::IosEnrollmentProfile, Kind::IosEnrollmentPolicy, Kind::AppleDepProfile],
    },
    check,
};

fn first_pointer(evidence: &[Evidence]) -> String {
    evidence.first().map(|e| e.pointer.to_string()).unwrap_or_default()
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.profiles() {
        if let Some(c) = &obj.classification {
            for k in c.contradictions.iter().filter(|k| METHOD_IDS.contains(&k.id)) {
                let name = display_name(obj);
                let message = ltext(
                    format!("Profile \"{name}\": {} ({})", k.message.en, k.id),
                    format!("プロファイル「{name}」: {} ({})", k.message.ja, k.id),
                );
                out.push(Finding::new(meta, i, obj, first_pointer(&k.evidence), message));
            }
            continue;
        }
        // No classification: read the raw flags.
        let name = display_name(obj);
        let flag = |k: &str| obj.field(k).filter(|f| f.as_bool() == Some(true));
        let cp = flag("enableAuthenticationViaCompanyPortal");
        let web = flag("configurationWebUrl");
        let sa_cp = flag("requireCompanyPortalOnSetupAssistantEnrolledDevices");
        let sam = flag("enableSingleAppEnrollmentMode");
        if let (Some(a), Some(b)) = (cp, web) {
            out.push(Finding::new(
                meta,
                i,
                obj,
                a.pointer(),
                ltext(
                    format!("Profile \"{name}\" sets both {} (Company Portal) and {} (Setup Assistant with modern authentication).", a.key, b.key),
                    format!("プロファイル「{name}」は {} (ポータル サイト) と {} (先進認証を使用したセットアップ アシスタント) の両方を true にしています。", a.key, b.key),
                ),
            ));
        }
        if let (Some(a), Some(b)) = (cp, sa_cp) {
            out.push(Finding::new(
                meta,
                i,
                obj,
                b.pointer(),
                ltext(
                    format!("Profile \"{name}\" sets both {} (Company Portal) and {} (Setup Assistant), which are mutually exclusive.", a.key, b.key),
                    format!("プロファイル「{name}」は {} (ポータル サイト) と {} (セットアップ アシスタント) の両方を true にしていますが、この 2 つは同時に使えません。", a.key, b.key),
                ),
            ));
        }
        if let (Some(s), None) = (sam, cp) {
            out.push(Finding::new(
                meta,
                i,
                obj,
                s.pointer(),
                ltext(
                    format!("Profile \"{name}\" turns on {} (single-app mode) without the Company Portal method, which Microsoft Graph requires for it.", s.key),
                    format!("プロファイル「{name}」はポータル サイト方式ではないのに {} (シングル アプリ モード) をオンにしています。Microsoft Graph ではポータル サイト方式が条件です。", s.key),
                ),
            ));
        }
    }
}
