//! `unknown-object` — an object the engine did not recognise.
//!
//! So that nothing pasted is silently ignored, every `Kind::Unknown` object gets an info
//! finding naming its `@odata.type` when it has one.
//!
//! Severity: info.

use super::*;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "unknown-object",
        default_severity: Severity::Info,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new("Object not recognised", "認識できないオブジェクト"),
        what: Text::new(
            "Fires on every pasted object the tool does not recognise as an ADE profile or policy, an iOS/iPadOS device restrictions profile, an iOS app or an app assignment.",
            "ADE プロファイル・ポリシー、iOS/iPadOS のデバイスの制限プロファイル、iOS アプリ、アプリの割り当てのいずれとも認識できなかった貼り付けオブジェクトごとに報告します。",
        ),
        why: Text::new(
            "The tool did not check this object, so a problem in it would go unnoticed. It may be another kind of Intune object, or an export whose shape the tool does not know yet.",
            "本ツールはこのオブジェクトを確認していないため、含まれる問題は見逃されます。別の種類の Intune オブジェクトか、本ツールがまだ知らない形式のエクスポートの可能性があります。",
        ),
        fix: &[
            FixStep::new(
                "Paste the object as Microsoft Graph returns it, keeping its @odata.type (for an ADE profile: GET /beta/deviceManagement/depOnboardingSettings/{id}/enrollmentProfiles/{id}).",
                "Microsoft Graph が返す形のまま、@odata.type を残して貼り付けてください (ADE プロファイルなら GET /beta/deviceManagement/depOnboardingSettings/{id}/enrollmentProfiles/{id})。",
            ),
            FixStep::new(
                "If it is not related to ADE, you can ignore this note.",
                "ADE に関係ないオブジェクトであれば、この情報は無視してかまいません。",
            ),
        ],
        links: &[GRAPH_DEP_IOS_PROFILE, LEARN_SETUP_ADE],
        sources: &["S-GRAPH-DEP-IOS", "S-LEARN-ADE-SETUP"],
        click_path: None,
        applies_to: &[Kind::Unknown],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::Unknown]) {
        let message = match obj.odata_type() {
            Some(t) => ltext(
                format!("This object ({t}) was not recognised, so it was not checked."),
                format!("このオブジェクト ({t}) は認識できなかったため、確認していません。"),
            ),
            None => ltext(
                "This object was not recognised, so it was not checked.",
                "このオブジェクトは認識できなかったため、確認していません。",
            ),
        };
        out.push(Finding::new(meta, i, obj, "", message));
    }
}
