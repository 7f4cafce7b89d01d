//! `uninstall-assignment-unknown-app` — an uninstall assignment whose app was not pasted.
//!
//! A bare assignments list (`GET …/mobileApps/{id}/assignments`) does not say which app it
//! belongs to, except through the list's `@odata.context` URL (S-GRAPH-APP-ASSIGNMENT). If one
//! of its assignments uninstalls an app, that app could be Company Portal (the article's
//! second checklist item), so the user is asked to check — naming the app id when the
//! context gives it.
//!
//! Severity: info — nothing is known to be wrong.

use super::company_portal_uninstall_assignment::parent_app;
use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "uninstall-assignment-unknown-app",
        default_severity: Severity::Info,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Uninstall assignment of an app that was not pasted",
            "貼り付けられていないアプリへの「アンインストール」の割り当て",
        ),
        what: Text::new(
            "Fires on an assignment with the intent Uninstall when the app it belongs to was not pasted, so the tool cannot tell whether it is Company Portal.",
            "割り当ての種類が「アンインストール」で、その割り当て先のアプリが貼り付けられておらず、ポータル サイトかどうか判断できない場合に報告します。",
        ),
        why: Text::new(
            "If this assignment belongs to Company Portal, Intune removes Company Portal from the targeted devices — one of the causes to rule out when it keeps disappearing.",
            "この割り当てがポータル サイトのものであれば、Intune が対象デバイスからポータル サイトを削除します。ポータル サイトが消え続けるときに除外すべき原因の 1 つです。",
        ),
        fix: &[
            FixStep::new(
                "Check which app the assignment belongs to.",
                "この割り当てがどのアプリのものか確認してください。",
            ),
            FixStep::new(
                "If it is Company Portal, remove the Uninstall assignment.",
                "ポータル サイトであれば「アンインストール」の割り当てを削除してください。",
            )
            .at(&click_paths::APP_ASSIGNMENTS)
            .changes(key!("intent")),
            FixStep::new(
                "To let the tool check it, paste the app together with its assignments (GET …/mobileApps/{id}?$expand=assignments).",
                "本ツールで確認するには、アプリを割り当てごと貼り付けてください (GET …/mobileApps/{id}?$expand=assignments)。",
            ),
        ],
        links: &[LEARN_APPS_DEPLOY, GRAPH_MOBILE_APP_ASSIGNMENT, ARTICLE],
        sources: &["S-LEARN-APPS-DEPLOY", "S-GRAPH-APP-ASSIGNMENT"],
        click_path: Some(&click_paths::APP_ASSIGNMENTS),
        applies_to: &[Kind::AppAssignment],
    },
    check,
};

/// The app id named by an `@odata.context` such as
/// `https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps('abc')/assignments`.
pub(super) fn context_app_id(context: &str) -> Option<String> {
    let lower = context.to_ascii_lowercase();
    let start = lower.find("mobileapps(")? + "mobileapps(".len();
    let rest = &context[start..];
    let end = rest.find(')')?;
    let id = rest[..end].trim_matches(|c| c == '\'' || c == '"').trim();
    (!id.is_empty()).then(|| id.to_string())
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::AppAssignment]) {
        if parent_app(ctx, obj).is_some() {
            continue;
        }
        let Some(f) =
            obj.field(key!("intent")).filter(|f| f.as_str().is_some_and(|s| s.eq_ignore_ascii_case("uninstall")))
        else {
            continue;
        };
        let app_id = obj.app_id.clone().or_else(|| obj.str(key!("@odata.context")).and_then(context_app_id));
        let message = match app_id {
            Some(id) => ltext(
                format!("This assignment uninstalls app {id}, which was not pasted; check that it is not Company Portal."),
                format!("この割り当てはアプリ {id} をアンインストールしますが、そのアプリは貼り付けられていません。ポータル サイトでないか確認してください。"),
            ),
            None => ltext(
                "This assignment uninstalls an app that was not pasted; check that it is not Company Portal.",
                "この割り当ては貼り付けられていないアプリをアンインストールします。ポータル サイトでないか確認してください。",
            ),
        };
        out.push(Finding::new(meta, i, obj, f.pointer(), message));
    }
}
