//! Switch plans: for a pasted profile that uses Company Portal or Setup Assistant (legacy),
//! or that misses a stated requirement, the target method, the fields that change (old →
//! new, with their admin-center labels), the same change as a Graph request body and a
//! PowerShell command to review, and what happens to devices already enrolled.
//!
//! Facts: the method flags of a `depIOSEnrollmentProfile` (S-GRAPH-DEP-IOS), the update
//! request and cmdlet (S-GRAPH-DEP-IOS-UPDATE, S-PS-SDK-UPDATE), the settings-catalog values
//! (S-SC-AUTHMETHOD: enrollment policies offer only modern authentication now), and that a
//! profile change reaches only devices that enroll afterwards (S-LEARN-ADE-SETUP). The
//! sentences about new enrollments rest on S-LEARN-ADE-AUTH, S-LEARN-MFA-ENROLLMENT (a
//! second factor reachable without the device) and S-LEARN-JIT. What devices already
//! enrolled need about Company Portal's app configuration policy depends on the method they
//! enrolled with (S-LEARN-CP-ENROLLED-DEVICES, S-LEARN-APP-CONFIG-CP,
//! S-LEARN-ADE-AUTH-APP-CONFIG); a switch for the lock turns single-app mode on
//! (S-LEARN-SINGLE-APP-MODE).

use super::click_paths::{self, ClickPath};
use super::fields;
use super::i18n::{LText, Text};
use super::model::{key, AuthMethod, Key, Kind, Object};
use super::recommend::recommend;
use super::table::{Method, Requirement, RequirementSet};
use serde::Serialize;

/// One field that changes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// The key as Graph (or the settings catalog) names it.
    pub key: &'static str,
    /// Where the field is in the pasted object (relative pointer), when it is there.
    pub pointer: Option<String>,
    /// The admin-center label.
    pub label: Text,
    /// The current value as JSON text (`None` = not in the input).
    pub from: Option<String>,
    /// The new value as JSON text.
    pub to: String,
}

/// A request to review: the method and URL, and the body with only the changed fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GraphRequest {
    pub method: &'static str,
    pub url: String,
    pub body: String,
}

/// How to switch one profile to another method.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SwitchPlan {
    /// The object's index.
    pub object: usize,
    pub from: AuthMethod,
    pub to: Method,
    /// Why this target: the stated requirements, or Microsoft's recommendation.
    pub why: LText,
    pub changes: Vec<FieldChange>,
    /// For `depIOSEnrollmentProfile` shapes (Graph, SDK, IntuneCD); `None` for
    /// settings-catalog policies, which are changed in the admin center.
    pub graph: Option<GraphRequest>,
    pub powershell: Option<String>,
    pub click_path: &'static ClickPath,
    /// What new enrollments will look like.
    pub new_enrollments: LText,
    /// What to do for devices already enrolled (a profile change never reaches them), by the
    /// method they enrolled with, and for devices that enroll after a switch to modern
    /// authentication.
    pub enrolled_devices: LText,
    /// Further notes (single-app mode turned off, await final configuration, …).
    pub notes: Vec<LText>,
}

/// The label shown above the request and the command.
pub const REVIEW_NOTE: Text = Text::new(
    "Review before use: this is the same change as a Microsoft Graph request and a PowerShell command. The Intune admin center is the supported way to change a profile.",
    "使用前に確認してください: 同じ変更を Microsoft Graph の要求と PowerShell のコマンドで表したものです。プロファイルの変更は Intune 管理センターで行うのが正式な方法です。",
);

/// Plans for every profile that needs one, in object order (sorted by `object`).
pub fn plans(objects: &[Object], requirements: Option<RequirementSet>) -> Vec<SwitchPlan> {
    let target = Target::new(requirements);
    objects.iter().filter_map(|o| target.plan(o)).collect()
}

/// The plan for one object, when it is an ADE profile or policy that should switch.
pub fn plan(obj: &Object, requirements: Option<RequirementSet>) -> Option<SwitchPlan> {
    Target::new(requirements).plan(obj)
}

/// What the stated requirements recommend, worked out once for all objects.
struct Target {
    /// `None` when no requirement is stated; `Some(None)` when no method meets them all.
    recommended: Option<Option<Method>>,
    /// "Keep the device locked until Company Portal is installed" is stated: a switch to
    /// Company Portal turns single-app mode on (nuance N8).
    lock: bool,
}

impl Target {
    fn new(requirements: Option<RequirementSet>) -> Target {
        Target {
            recommended: requirements.filter(|r| !r.is_empty()).map(|reqs| recommend(reqs).recommended),
            lock: requirements.is_some_and(|r| r.contains(Requirement::LockUntilCompanyPortal)),
        }
    }

    fn plan(&self, obj: &Object) -> Option<SwitchPlan> {
        if !matches!(obj.kind, Kind::IosEnrollmentProfile | Kind::IosEnrollmentPolicy) {
            return None;
        }
        let from = obj.method()?;
        let current = from.table_method()?;
        let (to, why) = match self.recommended {
            Some(Some(m)) => (m, texts::why_requirements(m)),
            // Without stated requirements, or when no method meets them all (switching
            // cannot fix that), only an outdated method gets Microsoft's recommendation.
            _ if current != Method::SetupAssistantModern => (Method::SetupAssistantModern, texts::why_microsoft(from)),
            _ => return None,
        };
        if to == current {
            return None;
        }
        match obj.kind {
            Kind::IosEnrollmentPolicy => policy_plan(obj, from, to, why),
            _ => Some(profile_plan(obj, from, to, why, self.lock)),
        }
    }
}

const CP: Key = Key::new("enableAuthenticationViaCompanyPortal");
const WEB: Key = Key::new("configurationWebUrl");
const SAM: Key = Key::new("enableSingleAppEnrollmentMode");
const INSTALL: Key = Key::new("requireCompanyPortalOnSetupAssistantEnrolledDevices");
const TOKEN: Key = Key::new("companyPortalVppTokenId");
/// Stands for the VPP token's id in a request to review (like the ids in its URL).
const VPP_TOKEN_PLACEHOLDER: &str = "{vppTokenId}";

fn change(obj: &Object, graph_key: &'static str, k: Key, to: bool) -> Option<FieldChange> {
    let field = obj.field(k);
    let from = field.as_ref().map(|f| super::json::to_compact(&f.value.to_value()));
    if field.as_ref().and_then(|f| f.as_bool()) == Some(to) {
        return None;
    }
    let label = fields::lookup(graph_key).map_or(Text::new(graph_key, graph_key), |f| f.label);
    Some(FieldChange { key: graph_key, pointer: field.map(|f| f.pointer()), label, from, to: to.to_string() })
}

fn profile_plan(obj: &Object, from: AuthMethod, to: Method, why: LText, lock: bool) -> SwitchPlan {
    let (cp, web) = match to {
        Method::CompanyPortal => (true, false),
        Method::SetupAssistantModern => (false, true),
        Method::SetupAssistantLegacy => (false, false),
    };
    let sam_on = obj.bool(SAM) == Some(true);
    let mut changes: Vec<FieldChange> =
        [change(obj, "enableAuthenticationViaCompanyPortal", CP, cp), change(obj, "configurationWebUrl", WEB, web)]
            .into_iter()
            .flatten()
            .collect();
    let mut notes = Vec::new();
    // "Install Company Portal": on with modern authentication (Company Portal becomes a
    // required app with that method, S-LEARN-ADE-AUTH; Intune sends its app configuration
    // when the setting is Yes, S-LEARN-ADE-SETUP; real modern payloads carry it), off with
    // the Company Portal method (both on is contradictory, `conflicting-auth-flags`); a
    // switch to legacy keeps the profile's choice.
    match to {
        Method::SetupAssistantModern => {
            if let Some(c) = change(obj, "requireCompanyPortalOnSetupAssistantEnrolledDevices", INSTALL, true) {
                changes.push(c);
                notes.push(texts::install_company_portal_on());
            }
        }
        Method::CompanyPortal if obj.bool(INSTALL) == Some(true) => {
            changes.extend(change(obj, "requireCompanyPortalOnSetupAssistantEnrolledDevices", INSTALL, false));
            notes.push(texts::install_company_portal_off());
        }
        _ => {}
    }
    if to != Method::CompanyPortal && sam_on {
        changes.extend(change(obj, "enableSingleAppEnrollmentMode", SAM, false));
        notes.push(texts::single_app_mode_off());
    }
    // The lock is the Company Portal method's single-app mode, which needs a VPP token
    // (nuance N8, S-LEARN-SINGLE-APP-MODE, S-GRAPH-DEP-IOS).
    if to == Method::CompanyPortal && lock {
        changes.extend(change(obj, "enableSingleAppEnrollmentMode", SAM, true));
        notes.push(texts::single_app_mode_on());
        if super::rules::vpp_token(obj).is_none() {
            let field = obj.field(TOKEN);
            let label = fields::lookup("companyPortalVppTokenId")
                .map_or(Text::new("companyPortalVppTokenId", "companyPortalVppTokenId"), |f| f.label);
            changes.push(FieldChange {
                key: "companyPortalVppTokenId",
                pointer: field.as_ref().map(|f| f.pointer()),
                label,
                from: field.map(|f| super::json::to_compact(&f.value.to_value())),
                to: format!("\"{VPP_TOKEN_PLACEHOLDER}\""),
            });
            notes.push(texts::choose_vpp_token(VPP_TOKEN_PLACEHOLDER));
        }
    }
    if to == Method::SetupAssistantModern {
        let awaits = [key!("awaitDeviceConfiguredConfirmation"), key!("waitForDeviceConfiguredConfirmation")]
            .iter()
            .any(|k| obj.bool(k) == Some(true));
        if !awaits {
            notes.push(texts::await_final_configuration());
        }
    }
    let (token, profile) = ids(obj);
    let mut body = String::from("{\n  \"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\"");
    let mut ps = String::from("$body = @{\n    \"@odata.type\" = \"#microsoft.graph.depIOSEnrollmentProfile\"\n");
    for c in &changes {
        body.push_str(&format!(",\n  \"{}\": {}", c.key, c.to));
        // PowerShell writes Booleans as `$true`/`$false` and strings as they are.
        let sigil = if c.to.starts_with('"') { "" } else { "$" };
        ps.push_str(&format!("    {} = {sigil}{}\n", c.key, c.to));
    }
    body.push_str("\n}");
    ps.push_str(&format!(
        "}}\nUpdate-MgBetaDeviceManagementDepOnboardingSettingEnrollmentProfile -DepOnboardingSettingId \"{token}\" -EnrollmentProfileId \"{profile}\" -BodyParameter $body"
    ));
    let url = format!(
        "https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/{token}/enrollmentProfiles/{profile}"
    );
    SwitchPlan {
        object: obj.index,
        from,
        to,
        why,
        changes,
        graph: Some(GraphRequest { method: "PATCH", url, body }),
        powershell: Some(ps),
        click_path: &click_paths::ADE_PROFILE,
        new_enrollments: texts::new_enrollments(to),
        enrolled_devices: texts::enrolled_devices(from, obj.bool(INSTALL) == Some(true), to),
        notes,
    }
}

/// The enrollment program token id and the profile id for the request: Intune writes a
/// profile's id as `<token id>_<profile id>`; placeholders where the input has none.
fn ids(obj: &Object) -> (String, String) {
    let id = obj.str(key!("id")).map(str::trim).filter(|s| !s.is_empty());
    match id {
        Some(id) => match id.split_once('_') {
            Some((token, _)) if !token.is_empty() => (token.to_string(), id.to_string()),
            _ => ("{depOnboardingSettingId}".to_string(), id.to_string()),
        },
        None => ("{depOnboardingSettingId}".to_string(), "{enrollmentProfileId}".to_string()),
    }
}

fn policy_plan(obj: &Object, from: AuthMethod, to: Method, why: LText) -> Option<SwitchPlan> {
    // Enrollment policies offer Setup Assistant with modern authentication only.
    if to != Method::SetupAssistantModern {
        return None;
    }
    let choice =
        super::classify::catalog::choices(obj).into_iter().find(|c| c.definition == "ade_authenticationmethod");
    let label = fields::lookup("ade_authenticationmethod")
        .map_or(Text::new("ade_authenticationmethod", "ade_authenticationmethod"), |f| f.label);
    let changes = vec![FieldChange {
        key: "ade_authenticationmethod",
        pointer: choice.as_ref().map(|c| c.pointer.clone()),
        label,
        from: choice.as_ref().map(|c| super::json::to_compact(&c.value)),
        to: "\"ade_authenticationmethod_2\"".to_string(),
    }];
    Some(SwitchPlan {
        object: obj.index,
        from,
        to,
        why,
        changes,
        graph: None,
        powershell: None,
        click_path: &click_paths::ADE_POLICY,
        new_enrollments: texts::new_enrollments(to),
        enrolled_devices: texts::enrolled_devices(from, false, to),
        notes: vec![texts::policy_in_admin_center()],
    })
}

mod render;
mod texts;

pub use render::{md_cell, plans_json, plans_markdown, plans_text};
