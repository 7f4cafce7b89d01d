//! `app-ratings-restricted` — apps are limited by age rating.
//!
//! S-GRAPH-IOS-RESTRICTIONS: `mediaContentRatingApps` (Ratings region → Apps) other than `allAllowed`
//! blocks apps above an age rating (`allBlocked`, `agesAbove4` … `agesAbove17`). The
//! article's third checklist item: set Apps to "Allow all apps". Why a rating limit would
//! hide Company Portal is not documented by Microsoft (S-ARTICLE; no Microsoft source); the
//! article's support case found it among the settings to clear.
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "app-ratings-restricted",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Apps are restricted by age rating",
            "アプリが年齢区分で制限されている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS device restrictions profile whose Ratings region → Apps setting (mediaContentRatingApps) is anything other than Allow all apps (allAllowed).",
            "iOS/iPadOS のデバイスの制限プロファイルで、年齢区分の地域 → アプリ (mediaContentRatingApps) が「すべてのアプリを許可する」(allAllowed) 以外の場合に報告します。",
        ),
        why: Text::new(
            "An app age limit hides every app rated above the limit from the device, including apps Intune installs. It is one of the settings checked when Company Portal kept disappearing in the article's case, and it can make other managed apps vanish too.",
            "アプリの年齢制限を設定すると、Intune が配布したものも含め、制限を超える区分のアプリはすべてデバイスで表示されなくなります。記事の事例でポータル サイトが消え続けたときに確認した設定の 1 つで、他の管理アプリが消える原因にもなります。",
        ),
        fix: &[
            FixStep::new(
                "Set Apps to Allow all apps, unless an age limit is really needed.",
                "年齢制限が本当に必要でなければ、アプリを「すべてのアプリを許可する」にしてください。",
            )
            .at(&click_paths::RESTRICTIONS_RATINGS_APPS)
            .changes(key!("mediaContentRatingApps")),
        ],
        links: &[LEARN_DEVICE_RESTRICTIONS_IOS, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, ARTICLE],
        sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-GRAPH-IOS-RESTRICTIONS", "S-ARTICLE"],
        click_path: Some(&click_paths::RESTRICTIONS_RATINGS_APPS),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        let Some(f) = obj.field(key!("mediaContentRatingApps")) else { continue };
        let Some(value) = f.as_str() else { continue };
        if value.eq_ignore_ascii_case("allAllowed") {
            continue;
        }
        let name = display_name(obj);
        out.push(Finding::new(
            meta,
            i,
            obj,
            f.pointer(),
            ltext(
                format!("Device restrictions \"{name}\" limit apps by age rating ({value}) instead of allowing all apps."),
                format!("デバイスの制限「{name}」はアプリを年齢区分で制限しています ({value})。「すべてのアプリを許可する」になっていません。"),
            ),
        ));
    }
}
