//! `books-explicit-content-blocked` — "Block download of explicit sexual content in Apple
//! Books" is on.
//!
//! S-GRAPH-IOS-RESTRICTIONS: `iBooksStoreBlockErotica` = true. The article's fourth checklist item:
//! remove the setting. Microsoft does not explain why it would affect Company Portal (S-ARTICLE; no
//! Microsoft source); it is reported because the article's support case cleared it.
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "books-explicit-content-blocked",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Apple Books explicit content is blocked",
            "Apple Books の成人向けコンテンツがブロックされている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS device restrictions profile with Block download of explicit sexual content in Apple Books set to Yes (iBooksStoreBlockErotica true).",
            "iOS/iPadOS のデバイスの制限プロファイルで「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」が「はい」(iBooksStoreBlockErotica が true) の場合に報告します。",
        ),
        why: Text::new(
            "In the article's case this setting was among those removed to stop Company Portal from disappearing. Microsoft does not document a link, so treat it as something to rule out when managed apps vanish.",
            "記事の事例では、ポータル サイトが消えるのを止めるために外した設定の 1 つです。Microsoft は関連を文書化していないため、管理アプリが消えるときに原因から除外するための確認項目として扱ってください。",
        ),
        fix: &[
            FixStep::new(
                "If Company Portal or other managed apps vanish, set Block download of explicit sexual content in Apple Books back to Not configured.",
                "ポータル サイトなどの管理アプリが消える場合は、「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」を「未構成」に戻してください。",
            )
            .at(&click_paths::RESTRICTIONS_APP_STORE)
            .changes(key!("iBooksStoreBlockErotica")),
        ],
        links: &[LEARN_DEVICE_RESTRICTIONS_IOS, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, ARTICLE],
        sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-GRAPH-IOS-RESTRICTIONS", "S-ARTICLE"],
        click_path: Some(&click_paths::RESTRICTIONS_APP_STORE),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        let Some(f) = obj.field(key!("iBooksStoreBlockErotica")) else { continue };
        if f.as_bool() != Some(true) {
            continue;
        }
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            f.pointer(),
            ltext(
                format!("Device restrictions \"{name}\" block explicit sexual content in Apple Books, a setting the article removed to stop Company Portal from vanishing."),
                format!("デバイスの制限「{name}」は Apple Books の成人指定の性的コンテンツをブロックしています。記事ではポータル サイトが消えるのを止めるために外した設定です。"),
            ),
        ));
    }
}
