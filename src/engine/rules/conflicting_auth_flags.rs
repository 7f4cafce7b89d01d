//! `conflicting-auth-flags` — flags that name two authentication methods at once, or a
//! setting the profile's method does not allow (S-GRAPH-DEP-IOS).
//!
//! The method of a `depIOSEnrollmentProfile` is not one field: it is encoded by
//! `enableAuthenticationViaCompanyPortal`, `configurationWebUrl` and
//! `requireCompanyPortalOnSetupAssistantEnrolledDevices`. Microsoft documents no precedence
//! between these flags; a third-party validator rejects the Company Portal flag together
//! with the Setup Assistant one, and Microsoft Graph's own doc examples set every flag to
//! true. Classification reads the Company Portal flag first only as a reading order, lowers
//! the confidence, says the outcome is undocumented, and records each contradiction with a
//! stable id; this rule reports them. Legacy with "Install Company Portal" and single-app
//! mode is a combination Learn presents as selectable (S-LEARN-ADE-SETUP): not reported.
//! Without a classification (hand-built objects) the rule reads the raw flags itself.
//!
//! Severity: **warning**, not error. The combination is not proven to fail (the evidence
//! that it is invalid is third-party validators), and classification still names a
//! method with low confidence; but the reported method may not be what devices get,
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
            "Fires when the authentication flags of one ADE profile contradict each other — for example enableAuthenticationViaCompanyPortal and configurationWebUrl both true, or the Company Portal flag together with requireCompanyPortalOnSetupAssistantEnrolledDevices — or when single-app mode is on with Setup Assistant with modern authentication (legacy with \"Install Company Portal\" and single-app mode is a combination the admin center offers, and is not reported).",
            "1 つの ADE プロファイルの認証フラグが互いに矛盾している場合に報告します。たとえば enableAuthenticationViaCompanyPortal と configurationWebUrl が両方 true の場合、ポータル サイトのフラグと requireCompanyPortalOnSetupAssistantEnrolledDevices が同時に true の場合、または先進認証を使用したセットアップ アシスタントでシングル アプリ モードがオンの場合です (レガシで「ポータル サイトのインストール」とシングル アプリ モードを組み合わせるのは管理センターで選べる設定なので、報告しません)。",
        ),
        why: Text::new(
            "The flags contradict each other and Microsoft documents no precedence between them, so what devices get is undocumented. Such combinations typically come from a Microsoft Graph documentation example (which sets every flag to true) or a hand-edited export. The tool names one method with low confidence, but devices may enroll differently, so the rest of the report may not describe what really happens.",
            "フラグが互いに矛盾しており、Microsoft はこれらの優先順位を文書化していないため、デバイスがどう登録されるかは不明です。こうした組み合わせは多くの場合、Microsoft Graph のドキュメントの例 (すべてのフラグが true) や手で編集したエクスポートに由来します。本ツールは信頼度を下げて 1 つの方法を示しますが、実際のデバイスは違う方法で登録される可能性があり、レポートの他の内容も実態と合わないおそれがあります。",
        ),
        fix: &[
            FixStep::new(
                "Open the profile and check which authentication method the admin center really shows.",
                "プロファイルを開き、管理センターに実際に表示される認証方法を確認してください。",
            )
            .at(&click_paths::ADE_PROFILE_OR_POLICY),
            FixStep::new(
                "Save it with the method you want; Microsoft recommends Setup Assistant with modern authentication.",
                "目的の方法で保存してください。Microsoft の推奨は先進認証を使用したセットアップ アシスタントです。",
            ),
            EXPORT_AGAIN,
        ],
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
                    format!("Profile \"{name}\" sets both {} (Company Portal) and {} (Setup Assistant): contradictory, and Microsoft documents no precedence between them.", a.key, b.key),
                    format!("プロファイル「{name}」は {} (ポータル サイト) と {} (セットアップ アシスタント) の両方を true にしています。矛盾しており、Microsoft はどちらが優先されるかを文書化していません。", a.key, b.key),
                ),
            ));
        }
        // Legacy with "Install Company Portal" and single-app mode is selectable in the
        // admin center (S-LEARN-ADE-SETUP); only the modern method, or no Company Portal at
        // all, leaves single-app mode without its app.
        if let (Some(s), None, false) = (sam, cp, sa_cp.is_some() && web.is_none()) {
            out.push(Finding::new(
                meta,
                i,
                obj,
                s.pointer(),
                ltext(
                    format!("Profile \"{name}\" turns on {} (single-app mode) without the Company Portal method or legacy's \"Install Company Portal\"; Microsoft Graph documents it for the Company Portal method.", s.key),
                    format!("プロファイル「{name}」はポータル サイト方式でもレガシの「ポータル サイトのインストール」でもないのに {} (シングル アプリ モード) をオンにしています。Microsoft Graph ではポータル サイト方式の設定として文書化されています。", s.key),
                ),
            ));
        }
    }
}
