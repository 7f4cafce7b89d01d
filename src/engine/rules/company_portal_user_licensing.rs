//! `company-portal-user-licensing` — Company Portal is assigned with user licensing.
//!
//! S-LEARN-ADE-SETUP, S-GRAPH-APP-ASSIGNMENT, S-ISSUE-CP-UPDATE: Microsoft's setup guide (2024 → 2026) says to deploy Company
//! Portal on ADE devices as a **required VPP app with device licensing**; MicrosoftDocs/
//! memdocs #2936 (2022) shows that Company Portal installed during ADE cannot be updated
//! unless it is also assigned that way. A VPP assignment's settings
//! (`#microsoft.graph.iosVppAppAssignmentSettings`) carry `useDeviceLicensing`; `false`
//! means user licensing, which needs the user's Apple ID.
//!
//! Fires on an assignment of the Company Portal app (other than Uninstall, which
//! `company-portal-uninstall-assignment` reports) whose `settings.useDeviceLicensing` is
//! false. Pointer: `/settings/useDeviceLicensing`.
//!
//! Severity: warning.

use super::company_portal_uninstall_assignment::parent_app;
use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-user-licensing",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Company Portal is assigned with user licensing instead of device licensing",
            "ポータル サイトをデバイス ライセンスではなくユーザー ライセンスで割り当てている",
        ),
        what: Text::new(
            "Fires on an assignment of the Company Portal VPP app whose license type is user licensing (settings.useDeviceLicensing false).",
            "ポータル サイトの VPP アプリの割り当てで、ライセンスの種類がユーザー ライセンス (settings.useDeviceLicensing が false) のものを報告します。",
        ),
        why: Text::new(
            "On ADE devices Microsoft expects Company Portal to be a required VPP app with device licensing. With user licensing the user needs an Apple ID to receive it, and Company Portal installed during enrollment may not be updated or reinstalled by Intune.",
            "ADE デバイスでは、ポータル サイトをデバイス ライセンスの「必須」VPP アプリにすることが Microsoft の前提です。ユーザー ライセンスでは受け取るのに Apple ID が必要で、登録時にインストールされたポータル サイトを Intune が更新・再インストールできないことがあります。",
        ),
        fix: &[
            FixStep::new(
                "Change the assignment's license type to Device licensing and make it Required for the ADE devices.",
                "割り当てのライセンスの種類を「デバイス ライセンス」にし、ADE デバイスに「必須」で割り当ててください。",
            )
            .at(&click_paths::APP_ASSIGNMENTS),
            FixStep::new(
                "Also turn on automatic app updates on the VPP token.",
                "VPP トークンのアプリの自動更新もオンにしてください。",
            ),
        ],
        links: &[LEARN_SETUP_ADE, ISSUE_CP_UPDATE, GRAPH_MOBILE_APP_ASSIGNMENT],
        sources: &["S-LEARN-ADE-SETUP", "S-ISSUE-CP-UPDATE", "S-GRAPH-APP-ASSIGNMENT"],
        click_path: Some(&click_paths::APP_ASSIGNMENTS),
        applies_to: &[Kind::AppAssignment, Kind::IosApp],
    },
    check,
};

/// The pointer (relative to `base`) of a `settings.useDeviceLicensing: false` in an
/// assignment that is not an uninstall.
fn user_licensing(assignment: Json<'_>) -> Option<String> {
    if super::company_portal_uninstall_assignment::is_uninstall(assignment).is_some() {
        return None;
    }
    let (skey, settings) = get_key(assignment, "settings")?;
    let (lkey, lic) = get_key(settings, "useDeviceLicensing")?;
    (lic.as_bool() == Some(false)).then(|| {
        format!("/{}/{}", crate::engine::model::pointer_token(skey), crate::engine::model::pointer_token(lkey))
    })
}

fn message(app: &str) -> LText {
    ltext(
        format!("\"{app}\" (Company Portal) is assigned with user licensing; on ADE devices it should use device licensing."),
        format!("「{app}」(ポータル サイト) がユーザー ライセンスで割り当てられています。ADE デバイスではデバイス ライセンスにする必要があります。"),
    )
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::AppAssignment]) {
        let Some(app) = parent_app(ctx, obj).filter(|a| ctx.is_company_portal_app(a)) else { continue };
        if let Some(pointer) = user_licensing(obj.value()) {
            if obj.value().pointer(&pointer).is_some() {
                out.push(Finding::new(meta, i, obj, pointer, message(display_name(app))));
            }
        }
    }
    for (i, app) in ctx.objects_of(&[Kind::IosApp]) {
        if !ctx.is_company_portal_app(app) || ctx.has_split_assignments(i) {
            continue;
        }
        let Some(list) = app.field(key!("assignments")) else { continue };
        for (n, a) in list.value.items().enumerate() {
            if let Some(p) = user_licensing(a) {
                out.push(Finding::new(meta, i, app, format!("{}/{n}{p}", list.pointer()), message(display_name(app))));
            }
        }
    }
}
