//! `company-portal-uninstall-assignment` — an assignment uninstalls Company Portal.
//!
//! S-GRAPH-APP-ASSIGNMENT: `mobileAppAssignment.intent` ∈ `available`, `required`, `uninstall`,
//! `availableWithoutEnrollment`. An `uninstall` assignment of the Company Portal app removes
//! it from the targeted devices. The article's second checklist item.
//!
//! Reads `app-assignment` objects whose parent is the Company Portal `ios-app`, and — for
//! an app whose assignments were not split into objects — the app's own `assignments`
//! array. Assignments of an app that was not pasted are left to
//! `uninstall-assignment-unknown-app`.
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-uninstall-assignment",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "An assignment uninstalls Company Portal",
            "ポータル サイトに「アンインストール」の割り当てがある",
        ),
        what: Text::new(
            "Fires on an assignment of the Company Portal app with the intent Uninstall (intent \"uninstall\").",
            "ポータル サイト アプリの割り当てで、割り当ての種類が「アンインストール」(intent が \"uninstall\") のものを報告します。",
        ),
        why: Text::new(
            "An Uninstall assignment makes Intune remove Company Portal from every device in the targeted groups, while the ADE profile or a Required assignment puts it back — so the app comes and goes. Without Company Portal users cannot finish Entra registration or install apps.",
            "「アンインストール」の割り当てがあると、対象グループのデバイスから Intune がポータル サイトを削除し、ADE プロファイルや「必須」の割り当てがまた入れ直すため、アプリが消えたり戻ったりします。ポータル サイトがないと、ユーザーは Entra 登録の完了やアプリのインストールができません。",
        ),
        fix: &[
            FixStep::new(
                "Remove the Uninstall assignment, or exclude the ADE devices' group from it.",
                "「アンインストール」の割り当てを削除するか、ADE デバイスのグループを対象から除外してください。",
            )
            .at(&click_paths::APP_ASSIGNMENTS)
            .changes(key!("intent")),
            FixStep::new(
                "Keep Company Portal assigned as Required with device licensing.",
                "ポータル サイトはデバイス ライセンスの「必須」で割り当てたままにしてください。",
            ),
        ],
        links: &[LEARN_APPS_DEPLOY, GRAPH_MOBILE_APP_ASSIGNMENT, ARTICLE],
        sources: &["S-LEARN-APPS-DEPLOY", "S-GRAPH-APP-ASSIGNMENT", "S-ARTICLE"],
        click_path: Some(&click_paths::APP_ASSIGNMENTS),
        applies_to: &[Kind::AppAssignment, Kind::IosApp],
    },
    check,
};

pub(super) fn is_uninstall(v: Json<'_>) -> Option<(&str, Json<'_>)> {
    get_key(v, "intent").filter(|(_, i)| i.as_str().is_some_and(|s| s.eq_ignore_ascii_case("uninstall")))
}

/// The app an assignment object belongs to, when that app was pasted.
pub(super) fn parent_app<'a>(ctx: &RuleContext<'a>, obj: &Object) -> Option<&'a Object> {
    obj.parent.and_then(|p| ctx.objects.get(p)).filter(|p| p.kind == Kind::IosApp)
}

fn message(app: &str) -> LText {
    ltext(
        format!("An assignment of \"{app}\" (Company Portal) has the intent Uninstall, which removes Company Portal from the targeted devices."),
        format!("「{app}」(ポータル サイト) の割り当ての種類が「アンインストール」になっており、対象デバイスからポータル サイトが削除されます。"),
    )
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::AppAssignment]) {
        let Some(app) = parent_app(ctx, obj) else { continue };
        if !ctx.is_company_portal_app(app) {
            continue;
        }
        if let Some(f) =
            obj.field(key!("intent")).filter(|f| f.as_str().is_some_and(|s| s.eq_ignore_ascii_case("uninstall")))
        {
            out.push(Finding::new(meta, i, obj, f.pointer(), message(display_name(app))));
        }
    }
    // Apps whose assignments were not split into objects.
    for (i, app) in ctx.objects_of(&[Kind::IosApp]) {
        if !ctx.is_company_portal_app(app) || ctx.has_split_assignments(i) {
            continue;
        }
        let Some(list) = app.field(key!("assignments")) else { continue };
        for (n, a) in list.value.items().enumerate() {
            if let Some((key, _)) = is_uninstall(a) {
                let pointer = format!("{}/{n}/{}", list.pointer(), crate::engine::model::pointer_token(key));
                out.push(Finding::new(meta, i, app, pointer, message(display_name(app))));
            }
        }
    }
}
