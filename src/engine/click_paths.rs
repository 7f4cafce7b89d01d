//! Admin-center click paths: each defined once, crumb by crumb, in English and Japanese,
//! with its sources.
//!
//! Every text of the product that tells the user where to click refers to one of these
//! definitions ([`ClickPath`]): a fix step names its path by reference (see
//! `engine::steps`), never by pasting it into its sentence, and the renderers draw it —
//! a breadcrumb on the page, `A › B › C` in a terminal, `A → B → C` inside prose. A crumb
//! that stands for the user's own object ("your token", "your profile") is a placeholder
//! ([`Crumb::placeholder`]), drawn apart on the page and in parentheses in text. Where the
//! same setting sits elsewhere in another kind of object — the newer Enrollment policies
//! experience, a settings catalog policy — the path carries it as its
//! [`ClickPath::alternative`], shown with the same step. A test fails when a text shows an
//! admin-center path of its own.
//!
//! Paths follow Microsoft Learn as read on 2026-12-06 (`docs/sources.md`): enrollment
//! under Devices → Device onboarding → Enrollment → Apple mobile, with Enrollment program
//! tokens under Bulk Enrollment Methods (S-LEARN-ADE-SETUP), configuration under Devices →
//! Manage devices → Configuration (S-LEARN-DEVICE-RESTRICTIONS). The Japanese wording
//! follows Learn JA, which on 2026-12-06 still names the tab [Apple] (and [一括登録方法]).

use super::i18n::{Lang, Text};
use serde::Serialize;

/// One crumb of a path: a label of the admin center, or a placeholder for the user's own
/// object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub text: Text,
    /// Stands for the user's own object (their token, profile, policy): not a label to
    /// look for.
    pub placeholder: bool,
}

impl Crumb {
    /// The crumb as text: a placeholder in parentheses.
    pub fn text(&self, lang: Lang) -> String {
        if self.placeholder {
            format!("({})", self.text.get(lang))
        } else {
            self.text.get(lang).to_string()
        }
    }
}

const fn c(en: &'static str, ja: &'static str) -> Crumb {
    Crumb { text: Text::new(en, ja), placeholder: false }
}

const fn ph(en: &'static str, ja: &'static str) -> Crumb {
    Crumb { text: Text::new(en, ja), placeholder: true }
}

/// `a` then `b`, as one array of length `N` (checked at compile time).
const fn cat<const N: usize>(a: &[Crumb], b: &[Crumb]) -> [Crumb; N] {
    assert!(a.len() + b.len() == N, "the length of a path");
    let mut out = [c("", ""); N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[i + j] = b[j];
        j += 1;
    }
    out
}

/// Where something is changed in the Intune admin center.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClickPath {
    /// Stable id.
    pub id: &'static str,
    /// The crumbs, from "Intune admin center" on.
    pub crumbs: &'static [Crumb],
    /// The same setting in another kind of object, shown as the alternative of the same
    /// step.
    pub alternative: Option<&'static Alternative>,
    /// Ids in `docs/sources.md`.
    pub sources: &'static [&'static str],
}

/// Where the same setting is in another kind of object, and what says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Alternative {
    /// Introduces it inside prose: "(in the newer Enrollment policies experience: …)".
    pub label: Text,
    /// Starts its own line in text and names the page's switch.
    pub heading: Text,
    pub path: &'static ClickPath,
}

/// The separator of a breadcrumb in text (`A › B › C`).
pub const BREADCRUMB_SEPARATOR: &str = " › ";

impl ClickPath {
    /// The crumbs joined with `sep`, placeholders in parentheses (no alternative).
    pub fn joined(&self, lang: Lang, sep: &str) -> String {
        let mut s = String::new();
        for (i, crumb) in self.crumbs.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(&crumb.text(lang));
        }
        s
    }

    /// The path as a breadcrumb line of text, `A › B › C` (no alternative): what the CLI
    /// prints under a step and what the page's copy button copies.
    pub fn breadcrumb(&self, lang: Lang) -> String {
        self.joined(lang, BREADCRUMB_SEPARATOR)
    }

    /// The path inside prose, `A → B → C`, followed by the alternative in parentheses
    /// when there is one.
    pub fn prose(&self, lang: Lang) -> String {
        let mut s = self.joined(lang, " → ");
        if let Some(alt) = self.alternative {
            s.push_str(&format!(" ({}: {})", alt.label.get(lang), alt.path.joined(lang, " → ")));
        }
        s
    }
}

impl Serialize for ClickPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("ClickPath", 2)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("text", &crate::engine::i18n::LText::new(self.prose(Lang::En), self.prose(Lang::Ja)))?;
        st.end()
    }
}

const ADE_TOKENS: [Crumb; 7] = [
    c("Intune admin center", "Intune 管理センター"),
    c("Devices", "デバイス"),
    c("Device onboarding", "デバイス オンボード"),
    c("Enrollment", "登録"),
    c("Apple mobile", "Apple"),
    c("Enrollment program tokens (under Bulk Enrollment Methods)", "登録プログラム トークン (一括登録方法)"),
    ph("your token", "該当のトークン"),
];
const ADE_PROFILE_CRUMBS: [Crumb; 11] = cat(
    &ADE_TOKENS,
    &[
        c("Profiles", "プロファイル"),
        ph("your profile", "該当のプロファイル"),
        c("Properties", "プロパティ"),
        c("Edit", "編集"),
    ],
);
const ADE_POLICY_CRUMBS: [Crumb; 11] = cat(
    &ADE_TOKENS,
    &[
        c("Enrollment policies", "登録ポリシー"),
        ph("your policy", "該当のポリシー"),
        c("Properties", "プロパティ"),
        c("Edit", "編集"),
    ],
);
const RESTRICTIONS_CRUMBS: [Crumb; 8] = [
    c("Intune admin center", "Intune 管理センター"),
    c("Devices", "デバイス"),
    c("Manage devices", "デバイスの管理"),
    c("Configuration", "構成"),
    ph("the iOS/iPadOS device restrictions profile", "iOS/iPadOS のデバイスの制限プロファイル"),
    c("Properties", "プロパティ"),
    c("Configuration settings", "構成設定"),
    c("Edit", "編集"),
];
const SHOW_HIDE_CRUMBS: [Crumb; 9] = cat(&RESTRICTIONS_CRUMBS, &[c("Show or hide apps", "アプリの表示/非表示")]);
const APP_STORE_CRUMBS: [Crumb; 9] =
    cat(&RESTRICTIONS_CRUMBS, &[c("App Store, Doc Viewing, Gaming", "App Store、ドキュメントの表示、ゲーム")]);

const ADE_SOURCES: &[&str] = &["S-LEARN-ADE-SETUP"];

/// An ADE enrollment profile's properties (the "Profiles" experience).
pub const ADE_PROFILE: ClickPath =
    ClickPath { id: "ade-profile", crumbs: &ADE_PROFILE_CRUMBS, alternative: None, sources: ADE_SOURCES };

/// An ADE enrollment policy's properties (the newer "Enrollment policies" experience).
pub const ADE_POLICY: ClickPath =
    ClickPath { id: "ade-policy", crumbs: &ADE_POLICY_CRUMBS, alternative: None, sources: ADE_SOURCES };

/// The profile path, with the Enrollment policies path as the alternative.
pub const ADE_PROFILE_OR_POLICY: ClickPath = ClickPath {
    id: "ade-profile-or-policy",
    crumbs: &ADE_PROFILE_CRUMBS,
    alternative: Some(&Alternative {
        label: Text::new("in the newer Enrollment policies experience", "新しい登録ポリシーの画面では"),
        heading: Text::new("In the newer Enrollment policies experience", "新しい登録ポリシーの画面では"),
        path: &ADE_POLICY,
    }),
    sources: ADE_SOURCES,
};

const RESTRICTION_SOURCES: &[&str] = &["S-LEARN-DEVICE-RESTRICTIONS"];

/// An iOS/iPadOS device restrictions profile's settings.
pub const RESTRICTIONS: ClickPath =
    ClickPath { id: "restrictions", crumbs: &RESTRICTIONS_CRUMBS, alternative: None, sources: RESTRICTION_SOURCES };

/// The "Show or hide apps" settings of a device restrictions profile.
pub const RESTRICTIONS_SHOW_HIDE_APPS: ClickPath = ClickPath {
    id: "restrictions-show-hide-apps",
    crumbs: &SHOW_HIDE_CRUMBS,
    alternative: None,
    sources: RESTRICTION_SOURCES,
};

/// The "App Store, Doc Viewing, Gaming" settings of a device restrictions profile.
pub const RESTRICTIONS_APP_STORE: ClickPath = ClickPath {
    id: "restrictions-app-store",
    crumbs: &APP_STORE_CRUMBS,
    alternative: None,
    sources: RESTRICTION_SOURCES,
};

const CATALOG_RESTRICTION_SOURCES: &[&str] = &["S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"];

/// An iOS/iPadOS restrictions policy of the settings catalog: its settings sit under the
/// "Restrictions" category (S-LEARN-SETTINGS-CATALOG, S-SC-RESTRICTIONS).
pub const RESTRICTIONS_CATALOG: ClickPath = ClickPath {
    id: "restrictions-catalog",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Devices", "デバイス"),
        c("Manage devices", "デバイスの管理"),
        c("Configuration", "構成"),
        ph("the iOS/iPadOS settings catalog policy", "iOS/iPadOS の設定カタログ ポリシー"),
        c("Properties", "プロパティ"),
        c("Configuration settings", "構成設定"),
        c("Edit", "編集"),
        c("Restrictions", "Restrictions"),
    ],
    alternative: None,
    sources: CATALOG_RESTRICTION_SOURCES,
};

/// A template's settings in a settings catalog policy.
const IN_CATALOG: Alternative = Alternative {
    label: Text::new("in a settings catalog policy", "設定カタログのポリシーでは"),
    heading: Text::new("In a settings catalog policy", "設定カタログのポリシーでは"),
    path: &RESTRICTIONS_CATALOG,
};

/// "Show or hide apps" of a template profile, with the settings catalog's path as the
/// alternative.
pub const RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG: ClickPath = ClickPath {
    id: "restrictions-show-hide-apps-or-catalog",
    crumbs: &SHOW_HIDE_CRUMBS,
    alternative: Some(&IN_CATALOG),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// "App Store, Doc Viewing, Gaming" of a template profile, with the settings catalog's
/// path as the alternative.
pub const RESTRICTIONS_APP_STORE_OR_CATALOG: ClickPath = ClickPath {
    id: "restrictions-app-store-or-catalog",
    crumbs: &APP_STORE_CRUMBS,
    alternative: Some(&IN_CATALOG),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// The Company Portal app's assignments.
pub const APP_ASSIGNMENTS: ClickPath = ClickPath {
    id: "company-portal-assignments",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Apps", "アプリ"),
        c("All apps", "すべてのアプリ"),
        c("Company Portal", "ポータル サイト"),
        c("Properties", "プロパティ"),
        c("Assignments", "割り当て"),
        c("Edit", "編集"),
    ],
    alternative: None,
    sources: &["S-LEARN-APPS-DEPLOY"],
};

/// Microsoft Authenticator's assignments (Microsoft Entra shared device mode: required, all
/// devices, with an assignment filter on `enrollmentProfileName`).
pub const AUTHENTICATOR_ASSIGNMENTS: ClickPath = ClickPath {
    id: "authenticator-assignments",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Apps", "アプリ"),
        c("All apps", "すべてのアプリ"),
        c("Microsoft Authenticator", "Microsoft Authenticator"),
        c("Properties", "プロパティ"),
        c("Assignments", "割り当て"),
        c("Edit", "編集"),
    ],
    alternative: None,
    sources: &["S-LEARN-SHARED-DEVICE-MODE", "S-LEARN-APPS-DEPLOY"],
};

/// The Apple VPP (Apps and Books) tokens.
pub const VPP_TOKENS: ClickPath = ClickPath {
    id: "vpp-tokens",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Tenant administration", "テナント管理"),
        c("Connectors and tokens", "コネクタとトークン"),
        c("Apple VPP tokens", "Apple VPP トークン"),
    ],
    alternative: None,
    sources: &["S-LEARN-VPP"],
};

/// A new single sign-on app extension device configuration (Just-in-Time registration,
/// shared device mode).
pub const SSO_EXTENSION: ClickPath = ClickPath {
    id: "sso-extension",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Devices", "デバイス"),
        c("Manage devices", "デバイスの管理"),
        c("Configuration", "構成"),
        c("Create", "作成"),
        c("New policy", "新しいポリシー"),
        c("iOS/iPadOS", "iOS/iPadOS"),
        c("Templates", "テンプレート"),
        c("Device features", "デバイスの機能"),
        c("Single sign-on app extension", "シングル サインオン アプリ拡張機能"),
    ],
    alternative: None,
    sources: &["S-LEARN-JIT"],
};

/// A new app configuration policy for managed devices (for Company Portal: the XML keys
/// of S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG: ClickPath = ClickPath {
    id: "app-configuration",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Apps", "アプリ"),
        c("Configuration", "構成"),
        c("Create", "作成"),
        c("Managed devices", "マネージド デバイス"),
    ],
    alternative: None,
    sources: &["S-LEARN-APP-CONFIG-CP"],
};

/// The assignments of an existing app configuration policy (groups to include or exclude,
/// assignment filters: S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG_ASSIGNMENTS: ClickPath = ClickPath {
    id: "app-configuration-assignments",
    crumbs: &[
        c("Intune admin center", "Intune 管理センター"),
        c("Apps", "アプリ"),
        c("Configuration", "構成"),
        ph("your policy", "該当のポリシー"),
        c("Properties", "プロパティ"),
        c("Assignments", "割り当て"),
        c("Edit", "編集"),
    ],
    alternative: None,
    sources: &["S-LEARN-APP-CONFIG-CP"],
};

/// Every click path, for the tests and the reference.
pub const ALL: [&ClickPath; 15] = [
    &ADE_PROFILE,
    &ADE_POLICY,
    &ADE_PROFILE_OR_POLICY,
    &RESTRICTIONS,
    &RESTRICTIONS_SHOW_HIDE_APPS,
    &RESTRICTIONS_APP_STORE,
    &RESTRICTIONS_CATALOG,
    &RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG,
    &RESTRICTIONS_APP_STORE_OR_CATALOG,
    &APP_ASSIGNMENTS,
    &AUTHENTICATOR_ASSIGNMENTS,
    &VPP_TOKENS,
    &SSO_EXTENSION,
    &APP_CONFIG,
    &APP_CONFIG_ASSIGNMENTS,
];

/// Looks a path up by id.
pub fn by_id(id: &str) -> Option<&'static ClickPath> {
    ALL.iter().copied().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_is_complete_cited_and_has_a_unique_id() {
        for (i, p) in ALL.iter().enumerate() {
            assert!(!p.crumbs.is_empty(), "{}", p.id);
            assert!(p.crumbs.iter().all(|c| c.text.is_complete()), "{}: an empty crumb", p.id);
            assert!(!p.sources.is_empty(), "{} cites no source", p.id);
            assert_eq!(p.crumbs[0].text, Text::new("Intune admin center", "Intune 管理センター"), "{}", p.id);
            assert!(ALL[..i].iter().all(|q| q.id != p.id), "duplicate id {}", p.id);
            assert_eq!(by_id(p.id), Some(*p));
        }
    }

    #[test]
    fn enrollment_paths_go_through_device_onboarding() {
        for p in [ADE_PROFILE, ADE_POLICY, ADE_PROFILE_OR_POLICY] {
            assert!(p.prose(Lang::En).contains(
                "Devices → Device onboarding → Enrollment → Apple mobile → Enrollment program tokens (under Bulk Enrollment Methods)"
            ));
            // Learn JA still shows the tab as [Apple] (2026-12-06).
            assert!(p
                .prose(Lang::Ja)
                .contains("デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン (一括登録方法)"));
        }
        assert!(ADE_PROFILE_OR_POLICY.prose(Lang::En).contains(&ADE_POLICY.prose(Lang::En)));
        assert!(RESTRICTIONS.prose(Lang::En).contains("Devices → Manage devices → Configuration"));
    }

    #[test]
    fn placeholders_are_marked_and_shown_in_parentheses() {
        let placeholders: Vec<&str> = ADE_PROFILE.crumbs.iter().filter(|c| c.placeholder).map(|c| c.text.en).collect();
        assert_eq!(placeholders, ["your token", "your profile"]);
        assert_eq!(
            ADE_PROFILE.breadcrumb(Lang::En),
            "Intune admin center › Devices › Device onboarding › Enrollment › Apple mobile › Enrollment program tokens (under Bulk Enrollment Methods) › (your token) › Profiles › (your profile) › Properties › Edit"
        );
        // The prose form is the one the fix texts embedded before the paths became data.
        assert_eq!(
            ADE_PROFILE_OR_POLICY.prose(Lang::Ja),
            "Intune 管理センター → デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン (一括登録方法) → (該当のトークン) → プロファイル → (該当のプロファイル) → プロパティ → 編集 (新しい登録ポリシーの画面では: Intune 管理センター → デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン (一括登録方法) → (該当のトークン) → 登録ポリシー → (該当のポリシー) → プロパティ → 編集)"
        );
    }

    #[test]
    fn restriction_paths_name_the_settings_catalog_as_the_alternative() {
        assert!(RESTRICTIONS_CATALOG.prose(Lang::En).contains("Devices → Manage devices → Configuration"));
        assert!(RESTRICTIONS_CATALOG.prose(Lang::En).ends_with("→ Edit → Restrictions"));
        for (or, template) in [
            (RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG, RESTRICTIONS_SHOW_HIDE_APPS),
            (RESTRICTIONS_APP_STORE_OR_CATALOG, RESTRICTIONS_APP_STORE),
        ] {
            for lang in Lang::ALL {
                let (or, template, catalog) = (or.prose(lang), template.prose(lang), RESTRICTIONS_CATALOG.prose(lang));
                assert!(or.starts_with(&template) && or.contains(&catalog), "{or}");
            }
        }
        assert!(RESTRICTIONS_APP_STORE_OR_CATALOG
            .prose(Lang::Ja)
            .contains(" (設定カタログのポリシーでは: Intune 管理センター →"));
    }
}
