//! `unknown-fields` — keys on a recognised object that the engine does not know.
//!
//! One info finding per object (pointer `""`), listing the keys as written
//! (`Object::unknown_keys`, filled by `input::read`), so nothing is silently ignored.
//!
//! Severity: info.

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "unknown-fields",
        default_severity: Severity::Info,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new("Fields not recognised", "認識できないフィールド"),
        what: Text::new(
            "Fires once per recognised object that has keys the tool does not know, and lists them.",
            "認識したオブジェクトに本ツールが知らないキーがある場合、オブジェクトごとに 1 回、そのキーを一覧にして報告します。",
        ),
        why: Text::new(
            "The tool ignores these keys, so a setting they hold is not checked. They may be newer Intune settings, a typo in a hand-edited export, or a tool-specific wrapper.",
            "本ツールはこれらのキーを無視するため、その設定は確認されません。新しい Intune の設定、手で編集したエクスポートの入力ミス、ツール固有のラッパーなどが考えられます。",
        ),
        fix: Text::new(
            "Check the listed keys. If one is a misspelling of a known setting, correct it; if it is a newer Intune setting, review it in the admin center yourself.",
            "一覧のキーを確認してください。既知の設定の綴り間違いであれば修正し、新しい Intune の設定であれば管理センターでご自身で確認してください。",
        ),
        links: &[GRAPH_DEP_IOS_PROFILE, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION],
        sources: &["S-GRAPH-DEP-IOS", "S-GRAPH-IOS-RESTRICTIONS", "S-SC-TEMPLATE"],
        click_path: None,
        applies_to: &[
            Kind::IosEnrollmentProfile,
            Kind::IosEnrollmentPolicy,
            Kind::AppleDepProfile,
            Kind::MacosEnrollmentProfile,
            Kind::MacosEnrollmentPolicy,
            Kind::TvosVisionosEnrollmentPolicy,
            Kind::AppleConfiguratorProfile,
            Kind::IosApp,
            Kind::AppAssignment,
            Kind::VppToken,
            Kind::IosAppConfiguration,
        ],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects.iter().enumerate() {
        if obj.kind == Kind::Unknown || obj.unknown_keys.is_empty() {
            continue;
        }
        let keys = obj.unknown_keys.join(", ");
        let n = obj.unknown_keys.len();
        out.push(Finding::new(
            meta,
            i,
            obj,
            "",
            ltext(
                format!("{n} key(s) on this {} were not recognised and not checked: {keys}.", obj.kind.id()),
                format!("この {} の {n} 個のキーは認識できず、確認していません: {keys}。", obj.kind.id()),
            ),
        ));
    }
}
