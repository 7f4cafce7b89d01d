//! Facts and readers the rules share: the Company Portal's identity, profile settings, VPP tokens and licences, the single sign-on extension.

use super::{Finding, RuleContext, RuleMeta};
use crate::engine::i18n::LText;
use crate::engine::json::Json;
use crate::engine::model::{key, AuthMethod, Key, Kind, Object, ProfileSettings};
use crate::engine::recommend::{ProfileOptions, SingleAppMode};

/// The iOS Company Portal bundle id (S-CP-IDENTITY).
pub const COMPANY_PORTAL_BUNDLE_ID: &str = "com.microsoft.CompanyPortal";
/// The iOS Company Portal App Store id (S-CP-IDENTITY).
pub const COMPANY_PORTAL_APP_STORE_ID: &str = "719171358";

/// Normalised lookup of a key in a JSON object (case- and separator-insensitive).
pub(crate) fn get_key<'v>(v: Json<'v>, key: &str) -> Option<(&'v str, Json<'v>)> {
    crate::engine::model::find_member(v, key, |_| true)
}

/// True when a string names the iOS Company Portal: the bundle id, or an App Store URL / id.
pub(crate) fn names_company_portal(s: &str) -> bool {
    let s = s.trim();
    s.eq_ignore_ascii_case(COMPANY_PORTAL_BUNDLE_ID)
        || s == COMPANY_PORTAL_APP_STORE_ID
        // `id719171358` in any case, e.g. in an App Store URL: each place the digits occur
        // (they cannot overlap themselves), with `id` (or `ID`…) just before them.
        || places(s.as_bytes(), COMPANY_PORTAL_APP_STORE_ID.as_bytes(), false).any(|at| {
            at.checked_sub(2).and_then(|from| s.as_bytes().get(from..at)).is_some_and(|w| w.eq_ignore_ascii_case(b"id"))
        })
}

/// True when an app-list item (`appListItem`, or a bare string) is the iOS Company Portal.
pub(crate) fn is_company_portal_item(item: Json<'_>) -> bool {
    match item.as_str() {
        Some(s) => names_company_portal(s),
        None => ["appId", "bundleId", "appStoreUrl"]
            .iter()
            .filter_map(|k| get_key(item, k))
            .filter_map(|(_, v)| v.as_str())
            .any(names_company_portal),
    }
}

/// True when an `ios-app` object is the iOS Company Portal (bundle id, App Store URL, or,
/// failing those, its display name).
pub(crate) fn is_company_portal_app(app: &Object) -> bool {
    if [key!("bundleId"), key!("appStoreUrl")].iter().filter_map(|k| app.str(k)).any(names_company_portal) {
        return true;
    }
    if app.str(key!("bundleId")).is_some() {
        return false;
    }
    let name = app.name().or_else(|| app.str(key!("displayName"))).unwrap_or("");
    let has = |needle: &str| places(name.as_bytes(), needle.as_bytes(), false).next().is_some();
    contains_ignore_ascii_case(name, "company portal") || has("ポータル サイト") || has("ポータルサイト")
}

/// Whether `hay` contains `needle` (ASCII), ignoring ASCII case.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    places(hay.as_bytes(), needle.as_bytes(), true).next().is_some()
}

/// Where `needle` starts in `hay` (ASCII letters in any case with `fold`), in order. The
/// needles here are a few bytes long: every place is compared, with nothing to set up per
/// call (a substring searcher's set-up costs more than the search, and the rules search
/// every app's name and URLs).
fn places<'h>(hay: &'h [u8], needle: &'h [u8], fold: bool) -> impl Iterator<Item = usize> + 'h {
    (0..(hay.len() + 1).saturating_sub(needle.len())).filter(move |&at| {
        hay.get(at..at + needle.len()).is_some_and(|w| if fold { w.eq_ignore_ascii_case(needle) } else { w == needle })
    })
}

/// Settings read by classification, if any.
pub(crate) fn settings(obj: &Object) -> Option<&ProfileSettings> {
    obj.classification.as_ref().map(|c| &c.settings)
}

/// A boolean profile setting with the pointer it was read from: classification first, the
/// raw field as a fallback (objects built without classification).
pub(crate) fn bool_setting(
    obj: &Object,
    pick: fn(&ProfileSettings) -> Option<&crate::engine::model::Setting<bool>>,
    raw_key: Key,
) -> Option<(bool, String)> {
    if let Some(s) = settings(obj).and_then(pick) {
        let pointer = s.evidence.first().map(|e| e.pointer.to_string()).unwrap_or_default();
        return Some((s.value, pointer));
    }
    if obj.classification.is_some() {
        return None;
    }
    obj.field(raw_key).and_then(|f| f.as_bool().map(|b| (b, f.pointer())))
}

/// "Install Company Portal" (`requireCompanyPortalOnSetupAssistantEnrolledDevices`, or the
/// same setting of a classified profile or policy).
pub(crate) fn install_company_portal(obj: &Object) -> Option<(bool, String)> {
    bool_setting(
        obj,
        |s| s.install_company_portal.as_ref(),
        key!("requireCompanyPortalOnSetupAssistantEnrolledDevices"),
    )
}

/// Whether the object's shape has `companyPortalVppTokenId`: the older flat
/// `depEnrollmentProfile` type and the `depEnrollmentBaseProfile` base type do not
/// (S-GRAPH-DEP-PROFILE-OLD), so an absent token says nothing there.
pub(crate) fn has_vpp_token_field(obj: &Object) -> bool {
    if obj.has(key!("companyPortalVppTokenId")) {
        return true;
    }
    let t = obj.odata_type().unwrap_or("").trim().trim_start_matches('#').to_ascii_lowercase();
    let t = t.strip_prefix("microsoft.graph.").unwrap_or(&t);
    !matches!(t, "depenrollmentprofile" | "depenrollmentbaseprofile")
}

/// What the profile's own settings add to its method's column of the table (see
/// [`ProfileOptions`]): "Install Company Portal", its VPP token, and the single-app mode
/// of a Company Portal-method profile (unknown when the input does not show it).
pub(crate) fn profile_options(obj: &Object) -> ProfileOptions {
    let vpp_token = vpp_token(obj).is_some();
    let single_app_mode = match (obj.method(), single_app_mode(obj)) {
        (Some(AuthMethod::CompanyPortal), _) if obj.kind == Kind::IosEnrollmentPolicy => SingleAppMode::NotInPolicies,
        (Some(AuthMethod::CompanyPortal), Some((on, _))) => {
            if on {
                SingleAppMode::On
            } else {
                SingleAppMode::Off
            }
        }
        (Some(AuthMethod::CompanyPortal), None) => SingleAppMode::NotShown,
        _ => SingleAppMode::ByTable,
    };
    ProfileOptions {
        single_app_mode,
        install_company_portal: matches!(install_company_portal(obj), Some((true, _))),
        company_portal_vpp_token: vpp_token,
        // Only a Graph profile whose shape has the token field says "no token" by leaving
        // it empty (enrollment policies and older shapes say nothing).
        no_company_portal_vpp_token: !vpp_token
            && obj.kind == Kind::IosEnrollmentProfile
            && has_vpp_token_field(obj)
            && installs_company_portal(obj),
    }
}

/// Whether the profile installs Company Portal during enrollment: the Company Portal method
/// and modern authentication always do (S-LEARN-ADE-AUTH), legacy when "Install Company
/// Portal" is Yes.
pub(crate) fn installs_company_portal(obj: &Object) -> bool {
    match obj.method() {
        Some(AuthMethod::CompanyPortal) | Some(AuthMethod::SetupAssistantModern) => true,
        Some(AuthMethod::SetupAssistantLegacy) => matches!(install_company_portal(obj), Some((true, _))),
        _ => false,
    }
}

/// The first step of both VPP token rules' fix, with the click path (English).
macro_rules! renew_vpp_token_en {
    () => {
        concat!(
            "Renew the token (download a new one from Apple Business (formerly Apple Business Manager) and upload it) or add Company Portal licences, and let the token sync: ",
            crate::engine::click_paths::vpp_tokens_en!(),
            "."
        )
    };
}
/// The same in Japanese.
macro_rules! renew_vpp_token_ja {
    () => {
        concat!(
            "トークンを更新する (Apple Business (旧称 Apple Business Manager) から新しいトークンをダウンロードしてアップロードする) か、ポータル サイトのライセンスを追加して、トークンを同期してください: ",
            crate::engine::click_paths::vpp_tokens_ja!(),
            "。"
        )
    };
}
pub(crate) use {renew_vpp_token_en, renew_vpp_token_ja};

/// Token states that cannot license apps (S-GRAPH-IOS-VPP-TOKEN).
const BAD_VPP_STATES: [&str; 4] = ["expired", "invalid", "assignedToExternalMDM", "duplicateLocationId"];

/// What the pasted input shows about VPP tokens and Company Portal licences: the tokens,
/// and every Company Portal VPP app whose licences are all used (app, used, total)
/// (S-GRAPH-IOS-VPP-TOKEN, S-GRAPH-IOS-VPP-APP).
pub(crate) struct VppPicture<'a> {
    tokens: Vec<&'a Object>,
    exhausted: Vec<(&'a Object, u64, u64)>,
}

impl<'a> VppPicture<'a> {
    pub fn of(ctx: &'a RuleContext) -> VppPicture<'a> {
        let tokens = ctx.objects_of(&[Kind::VppToken]).map(|(_, o)| o).collect();
        let exhausted = ctx
            .objects_of(&[Kind::IosApp])
            .filter(|(_, app)| ctx.is_company_portal_app(app))
            .filter_map(|(_, app)| {
                let count = |k| app.field(k).and_then(|f| f.value.as_u64());
                let (used, total) = (count(key!("usedLicenseCount"))?, count(key!("totalLicenseCount"))?);
                (used >= total).then_some((app, used, total))
            })
            .collect();
        VppPicture { tokens, exhausted }
    }

    /// Nothing pasted says anything about tokens or licences.
    fn is_empty(&self) -> bool {
        self.tokens.is_empty() && self.exhausted.is_empty()
    }

    /// The token with this id, when it was pasted in a state that cannot license apps:
    /// (its name, the state).
    fn bad_token(&self, token_id: &str) -> Option<(&'a str, &'static str)> {
        let token = self
            .tokens
            .iter()
            .find(|t| object_id(t).is_some_and(|id| id.trim().eq_ignore_ascii_case(token_id.trim())))?;
        let state = token.str(key!("state"))?;
        let bad = BAD_VPP_STATES.iter().find(|b| b.eq_ignore_ascii_case(state.trim()))?;
        Some((display_name(token), bad))
    }

    /// One finding per VPP problem of each selected profile: its token in a bad state, and
    /// every Company Portal VPP app without a free licence. `select` gives the pointer the
    /// finding names, or `None` to skip the profile; the messages get the profile's name
    /// and the token's name and state, or the app's name and its used and total licences.
    pub fn report(
        &self,
        ctx: &RuleContext,
        meta: &'static RuleMeta,
        select: impl Fn(&Object) -> Option<String>,
        token_message: impl Fn(&str, &str, &str) -> LText,
        licence_message: impl Fn(&str, &str, u64, u64) -> LText,
        out: &mut Vec<Finding>,
    ) {
        if self.is_empty() {
            return;
        }
        for (i, obj) in ctx.objects_of(&[Kind::IosEnrollmentProfile]) {
            let Some(pointer) = select(obj) else { continue };
            let Some(token_id) = vpp_token(obj) else { continue };
            let name = display_name(obj);
            if let Some((token_name, bad)) = self.bad_token(&token_id) {
                out.push(Finding::new(meta, i, obj, pointer.clone(), token_message(name, token_name, bad)));
            }
            for (app, used, total) in &self.exhausted {
                let message = licence_message(name, display_name(app), *used, *total);
                out.push(Finding::new(meta, i, obj, pointer.clone(), message));
            }
        }
    }
}

/// Single-app mode ("Run Company Portal in Single App Mode until authentication").
pub(crate) fn single_app_mode(obj: &Object) -> Option<(bool, String)> {
    bool_setting(obj, |s| s.single_app_mode.as_ref(), key!("enableSingleAppEnrollmentMode"))
}

/// The VPP token for Company Portal, when one is set.
pub(crate) fn vpp_token(obj: &Object) -> Option<String> {
    if let Some(s) = settings(obj) {
        return s.vpp_token.as_ref().map(|t| t.value.clone()).filter(|t| !t.trim().is_empty());
    }
    obj.str(key!("companyPortalVppTokenId")).map(str::to_string)
}

/// The pointer that best shows a profile's method: the flag that selects it, else the
/// classification's first evidence, else the object.
pub(crate) fn method_pointer(obj: &Object, method: AuthMethod) -> String {
    let keys: &[Key] = match method {
        AuthMethod::CompanyPortal => &[key!("enableAuthenticationViaCompanyPortal")],
        AuthMethod::SetupAssistantModern => &[key!("configurationWebUrl")],
        AuthMethod::SetupAssistantLegacy => &[key!("configurationWebUrl"), key!("requiresUserAuthentication")],
        AuthMethod::NoUserAffinity => &[key!("requiresUserAuthentication")],
    };
    for k in keys {
        if let Some(f) = obj.field(k) {
            return f.pointer();
        }
    }
    obj.classification.as_ref().and_then(|c| c.evidence.first()).map(|e| e.pointer.to_string()).unwrap_or_default()
}

/// A display name for an object in messages: its name, else its kind id.
pub(crate) fn display_name(obj: &Object) -> &str {
    obj.name()
        .or_else(|| obj.str(key!("displayName")))
        .or_else(|| obj.str(key!("profile_name")))
        .or_else(|| obj.str(key!("name")))
        .unwrap_or_else(|| obj.kind.id())
}

/// A GUID as Graph writes ids (`8-4-4-4-12` hexadecimal digits, any case).
pub(crate) fn is_guid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { *c == b'-' } else { c.is_ascii_hexdigit() })
}

/// The `id` of an object, if it has one.
pub(crate) fn object_id(obj: &Object) -> Option<&str> {
    obj.str(key!("id"))
}

/// The Microsoft Entra single sign-on app extension of a pasted device features
/// configuration (S-GRAPH-SSO-EXTENSION), as far as the rules need it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SsoExtension {
    /// The Microsoft Entra ID type (`iosAzureAdSingleSignOnExtension`, or the Authenticator
    /// extension named in a generic one).
    pub entra: bool,
    /// `configurations` has `device_registration` with a value (S-LEARN-JIT).
    pub device_registration: bool,
    /// `enableSharedDeviceMode` is true (S-LEARN-SHARED-DEVICE-MODE).
    pub shared_device_mode: bool,
}

/// The bundle id of Microsoft Authenticator's single sign-on extension.
const AUTHENTICATOR_SSO_EXTENSION: &str = "com.microsoft.azureauthenticator.ssoextension";

/// The single sign-on extensions of the pasted device features configurations (pasted as
/// the whole configuration or as the extension alone).
pub(crate) fn sso_extensions(ctx: &RuleContext) -> Vec<SsoExtension> {
    let mut out = Vec::new();
    for (_, obj) in ctx.objects_of(&[Kind::IosDeviceFeatures]) {
        let value = obj.value();
        let own_type = obj.odata_type().unwrap_or("").to_ascii_lowercase();
        let ext = if own_type.ends_with("singlesignonextension") {
            Some(value)
        } else {
            ["iosSingleSignOnExtension", "singleSignOnExtension"]
                .iter()
                .filter_map(|k| get_key(value, k))
                .map(|(_, v)| v)
                .find(|v| v.is_object())
        };
        let Some(ext) = ext else { continue };
        let ext_type = get_key(ext, "@odata.type").and_then(|(_, v)| v.as_str()).unwrap_or("").to_ascii_lowercase();
        let str_of = |k: &str| get_key(ext, k).and_then(|(_, v)| v.as_str());
        let entra = ext_type.contains("azureadsinglesignonextension")
            || str_of("extensionIdentifier")
                .is_some_and(|id| id.trim().eq_ignore_ascii_case(AUTHENTICATOR_SSO_EXTENSION));
        let device_registration = get_key(ext, "configurations").is_some_and(|(_, list)| {
            list.items().any(|pair| {
                get_key(pair, "key").and_then(|(_, k)| k.as_str()).is_some_and(|k| k.trim() == "device_registration")
                    && get_key(pair, "value").and_then(|(_, v)| v.as_str()).is_some_and(|v| !v.trim().is_empty())
            })
        });
        let shared_device_mode = get_key(ext, "enableSharedDeviceMode").and_then(|(_, v)| v.as_bool()) == Some(true);
        out.push(SsoExtension { entra, device_registration, shared_device_mode });
    }
    out
}

/// Joins the EN and JA text of parts.
pub(crate) fn ltext(
    en: impl Into<std::borrow::Cow<'static, str>>,
    ja: impl Into<std::borrow::Cow<'static, str>>,
) -> LText {
    LText::new(en, ja)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_finds_every_occurrence_as_a_substring_search_does() {
        let hays = [
            "",
            "a",
            "aaaa",
            "abcabcab",
            "xx Company Portal xx company portal",
            "ポータル サイト と ポータルサイト",
            "id719171358id719171358",
        ];
        let needles = [
            "",
            "a",
            "aa",
            "abc",
            "cab",
            "company portal",
            "ポータル",
            "サイト",
            "719171358",
            "longer than the haystack itself",
        ];
        for hay in hays {
            for needle in needles {
                let expected: Vec<usize> =
                    (0..=hay.len()).filter(|&at| hay.as_bytes()[at..].starts_with(needle.as_bytes())).collect();
                assert_eq!(
                    places(hay.as_bytes(), needle.as_bytes(), false).collect::<Vec<_>>(),
                    expected,
                    "{needle:?} in {hay:?}"
                );
            }
        }
        assert_eq!(places(b"My COMPANY Portal", b"company portal", true).collect::<Vec<_>>(), [3]);
        assert!(contains_ignore_ascii_case("Intune Company PORTAL", "company portal"));
        assert!(!contains_ignore_ascii_case("Company-Portal", "company portal"));
    }

    #[test]
    fn company_portal_identity_matches_bundle_id_and_store_id_only() {
        assert!(names_company_portal("com.microsoft.CompanyPortal"));
        assert!(names_company_portal("id719171358"), "at the very start");
        assert!(!names_company_portal("d719171358"));
        assert!(names_company_portal("COM.MICROSOFT.COMPANYPORTAL"));
        assert!(names_company_portal("https://apps.apple.com/us/app/intune-company-portal/id719171358"));
        assert!(names_company_portal("719171358"));
        assert!(names_company_portal("https://apps.apple.com/app/ID719171358?mt=8"));
        assert!(names_company_portal("x719171358 id719171358"), "a later match counts");
        assert!(!names_company_portal("https://apps.apple.com/app/x719171358"));
        assert!(!names_company_portal("d719171358"), "the id needs its `id` prefix inside a longer text");
        assert!(!names_company_portal("com.microsoft.CompanyPortalMac"));
        assert!(!names_company_portal("com.microsoft.Office.Outlook"));
        let doc = crate::engine::json::Doc::parse(
            r#"[{"AppId": "com.microsoft.CompanyPortal"}, 42, "com.microsoft.companyportal"]"#,
        )
        .unwrap();
        let items: Vec<_> = doc.root().items().collect();
        assert!(is_company_portal_item(items[0]));
        assert!(!is_company_portal_item(items[1]));
        assert!(is_company_portal_item(items[2]));
    }
}
