//! Admin-center click paths: each defined once, crumb by crumb, in English and Japanese,
//! with its sources.
//!
//! Every text of the product that tells the user where to click refers to one of these
//! definitions ([`ClickPath`]): a fix step names its path by reference (see
//! `engine::steps`), never by pasting it into its sentence, and the renderers draw it —
//! a breadcrumb on the page, `A › B › C` in a terminal, `A → B → C` inside prose. A crumb
//! that stands for the user's own object ("your token", "your profile") is a placeholder:
//! the data writes it in parentheses, the whole crumb (`(your token)`), and [`Crumb`] says
//! so; the page draws it apart, text keeps the parentheses. A path's text is its crumbs
//! joined with ` › ` (one string per language, which the page's data keeps small). Where the
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
pub struct Crumb<'a> {
    /// The label, or what the placeholder stands for (without its parentheses).
    pub text: &'a str,
    /// Stands for the user's own object (their token, profile, policy): not a label to
    /// look for.
    pub placeholder: bool,
}

/// The separator of a breadcrumb in text (`A › B › C`), and of the crumbs in the data.
pub const BREADCRUMB_SEPARATOR: &str = " › ";

/// Where something is changed in the Intune admin center.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClickPath {
    /// Stable id.
    pub id: &'static str,
    /// The crumbs from "Intune admin center" on, joined with [`BREADCRUMB_SEPARATOR`];
    /// a placeholder crumb in parentheses.
    pub text: Text,
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

impl ClickPath {
    /// The crumbs in order.
    pub fn crumbs(&self, lang: Lang) -> impl Iterator<Item = Crumb<'static>> {
        self.text.get(lang).split(BREADCRUMB_SEPARATOR).map(|c| {
            match c.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
                Some(inner) => Crumb { text: inner, placeholder: true },
                None => Crumb { text: c, placeholder: false },
            }
        })
    }

    /// The path as a breadcrumb line of text, `A › B › C` (no alternative): what the CLI
    /// prints under a step and what the page's copy button copies.
    pub fn breadcrumb(&self, lang: Lang) -> String {
        self.text.get(lang).to_string()
    }

    /// The path inside prose, `A → B → C`, followed by the alternative in parentheses
    /// when there is one.
    pub fn prose(&self, lang: Lang) -> String {
        let arrows = |p: &ClickPath| p.text.get(lang).replace(BREADCRUMB_SEPARATOR, " → ");
        let mut s = arrows(self);
        if let Some(alt) = self.alternative {
            s.push_str(&format!(" ({}: {})", alt.label.get(lang), arrows(alt.path)));
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

/// The crumbs of a path in one language, joined with the separator at compile time: `path!("A",
/// "B", "(your token)")`. Shared prefixes are macros of their own, so that each crumb is
/// written once.
macro_rules! path {
    ($first:expr $(, $rest:expr)* $(,)?) => {
        concat!($first $(, " › ", $rest)*)
    };
}
macro_rules! ade_tokens {
    (en) => {
        path!(
            "Intune admin center",
            "Devices",
            "Device onboarding",
            "Enrollment",
            "Apple mobile",
            "Enrollment program tokens (under Bulk Enrollment Methods)",
            "(your token)"
        )
    };
    (ja) => {
        path!(
            "Intune 管理センター",
            "デバイス",
            "デバイス オンボード",
            "登録",
            "Apple",
            "登録プログラム トークン (一括登録方法)",
            "(該当のトークン)"
        )
    };
}
macro_rules! restrictions {
    (en) => {
        path!(
            "Intune admin center",
            "Devices",
            "Manage devices",
            "Configuration",
            "(the iOS/iPadOS device restrictions profile)",
            "Properties",
            "Configuration settings",
            "Edit"
        )
    };
    (ja) => {
        path!(
            "Intune 管理センター",
            "デバイス",
            "デバイスの管理",
            "構成",
            "(iOS/iPadOS のデバイスの制限プロファイル)",
            "プロパティ",
            "構成設定",
            "編集"
        )
    };
}

const ADE_SOURCES: &[&str] = &["S-LEARN-ADE-SETUP"];

/// An ADE enrollment profile's properties (the "Profiles" experience).
pub const ADE_PROFILE: ClickPath = ClickPath {
    id: "ade-profile",
    text: Text::new(
        path!(ade_tokens!(en), "Profiles", "(your profile)", "Properties", "Edit"),
        path!(ade_tokens!(ja), "プロファイル", "(該当のプロファイル)", "プロパティ", "編集"),
    ),
    alternative: None,
    sources: ADE_SOURCES,
};

/// An ADE enrollment policy's properties (the newer "Enrollment policies" experience).
pub const ADE_POLICY: ClickPath = ClickPath {
    id: "ade-policy",
    text: Text::new(
        path!(ade_tokens!(en), "Enrollment policies", "(your policy)", "Properties", "Edit"),
        path!(ade_tokens!(ja), "登録ポリシー", "(該当のポリシー)", "プロパティ", "編集"),
    ),
    alternative: None,
    sources: ADE_SOURCES,
};

/// The profile path, with the Enrollment policies path as the alternative.
pub const ADE_PROFILE_OR_POLICY: ClickPath = ClickPath {
    id: "ade-profile-or-policy",
    text: ADE_PROFILE.text,
    alternative: Some(&Alternative {
        label: Text::new("in the newer Enrollment policies experience", "新しい登録ポリシーの画面では"),
        heading: Text::new("In the newer Enrollment policies experience", "新しい登録ポリシーの画面では"),
        path: &ADE_POLICY,
    }),
    sources: ADE_SOURCES,
};

const RESTRICTION_SOURCES: &[&str] = &["S-LEARN-DEVICE-RESTRICTIONS"];

/// An iOS/iPadOS device restrictions profile's settings.
pub const RESTRICTIONS: ClickPath = ClickPath {
    id: "restrictions",
    text: Text::new(restrictions!(en), restrictions!(ja)),
    alternative: None,
    sources: RESTRICTION_SOURCES,
};

/// The "Show or hide apps" settings of a device restrictions profile.
pub const RESTRICTIONS_SHOW_HIDE_APPS: ClickPath =
    ClickPath { id: "restrictions-show-hide-apps", text: SHOW_HIDE, alternative: None, sources: RESTRICTION_SOURCES };
const SHOW_HIDE: Text =
    Text::new(path!(restrictions!(en), "Show or hide apps"), path!(restrictions!(ja), "アプリの表示/非表示"));

/// The "App Store, Doc Viewing, Gaming" settings of a device restrictions profile.
pub const RESTRICTIONS_APP_STORE: ClickPath =
    ClickPath { id: "restrictions-app-store", text: APP_STORE, alternative: None, sources: RESTRICTION_SOURCES };
const APP_STORE: Text = Text::new(
    path!(restrictions!(en), "App Store, Doc Viewing, Gaming"),
    path!(restrictions!(ja), "App Store、ドキュメントの表示、ゲーム"),
);

const CATALOG_RESTRICTION_SOURCES: &[&str] = &["S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"];

/// An iOS/iPadOS restrictions policy of the settings catalog: its settings sit under the
/// "Restrictions" category (S-LEARN-SETTINGS-CATALOG, S-SC-RESTRICTIONS).
pub const RESTRICTIONS_CATALOG: ClickPath = ClickPath {
    id: "restrictions-catalog",
    text: Text::new(
        path!(
            "Intune admin center",
            "Devices",
            "Manage devices",
            "Configuration",
            "(the iOS/iPadOS settings catalog policy)",
            "Properties",
            "Configuration settings",
            "Edit",
            "Restrictions"
        ),
        path!(
            "Intune 管理センター",
            "デバイス",
            "デバイスの管理",
            "構成",
            "(iOS/iPadOS の設定カタログ ポリシー)",
            "プロパティ",
            "構成設定",
            "編集",
            "Restrictions"
        ),
    ),
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
    text: SHOW_HIDE,
    alternative: Some(&IN_CATALOG),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// "App Store, Doc Viewing, Gaming" of a template profile, with the settings catalog's
/// path as the alternative.
pub const RESTRICTIONS_APP_STORE_OR_CATALOG: ClickPath = ClickPath {
    id: "restrictions-app-store-or-catalog",
    text: APP_STORE,
    alternative: Some(&IN_CATALOG),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// The Company Portal app's assignments.
pub const APP_ASSIGNMENTS: ClickPath = ClickPath {
    id: "company-portal-assignments",
    text: Text::new(
        path!("Intune admin center", "Apps", "All apps", "Company Portal", "Properties", "Assignments", "Edit"),
        path!("Intune 管理センター", "アプリ", "すべてのアプリ", "ポータル サイト", "プロパティ", "割り当て", "編集"),
    ),
    alternative: None,
    sources: &["S-LEARN-APPS-DEPLOY"],
};

/// Microsoft Authenticator's assignments (Microsoft Entra shared device mode: required, all
/// devices, with an assignment filter on `enrollmentProfileName`).
pub const AUTHENTICATOR_ASSIGNMENTS: ClickPath = ClickPath {
    id: "authenticator-assignments",
    text: Text::new(
        path!(
            "Intune admin center",
            "Apps",
            "All apps",
            "Microsoft Authenticator",
            "Properties",
            "Assignments",
            "Edit"
        ),
        path!(
            "Intune 管理センター",
            "アプリ",
            "すべてのアプリ",
            "Microsoft Authenticator",
            "プロパティ",
            "割り当て",
            "編集"
        ),
    ),
    alternative: None,
    sources: &["S-LEARN-SHARED-DEVICE-MODE", "S-LEARN-APPS-DEPLOY"],
};

/// The Apple VPP (Apps and Books) tokens.
pub const VPP_TOKENS: ClickPath = ClickPath {
    id: "vpp-tokens",
    text: Text::new(
        path!("Intune admin center", "Tenant administration", "Connectors and tokens", "Apple VPP tokens"),
        path!("Intune 管理センター", "テナント管理", "コネクタとトークン", "Apple VPP トークン"),
    ),
    alternative: None,
    sources: &["S-LEARN-VPP"],
};

/// A new single sign-on app extension device configuration (Just-in-Time registration,
/// shared device mode).
pub const SSO_EXTENSION: ClickPath = ClickPath {
    id: "sso-extension",
    text: Text::new(
        path!(
            "Intune admin center",
            "Devices",
            "Manage devices",
            "Configuration",
            "Create",
            "New policy",
            "iOS/iPadOS",
            "Templates",
            "Device features",
            "Single sign-on app extension"
        ),
        path!(
            "Intune 管理センター",
            "デバイス",
            "デバイスの管理",
            "構成",
            "作成",
            "新しいポリシー",
            "iOS/iPadOS",
            "テンプレート",
            "デバイスの機能",
            "シングル サインオン アプリ拡張機能"
        ),
    ),
    alternative: None,
    sources: &["S-LEARN-JIT"],
};

/// A new app configuration policy for managed devices (for Company Portal: the XML keys
/// of S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG: ClickPath = ClickPath {
    id: "app-configuration",
    text: Text::new(
        path!("Intune admin center", "Apps", "Configuration", "Create", "Managed devices"),
        path!("Intune 管理センター", "アプリ", "構成", "作成", "マネージド デバイス"),
    ),
    alternative: None,
    sources: &["S-LEARN-APP-CONFIG-CP"],
};

/// The assignments of an existing app configuration policy (groups to include or exclude,
/// assignment filters: S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG_ASSIGNMENTS: ClickPath = ClickPath {
    id: "app-configuration-assignments",
    text: Text::new(
        path!("Intune admin center", "Apps", "Configuration", "(your policy)", "Properties", "Assignments", "Edit"),
        path!("Intune 管理センター", "アプリ", "構成", "(該当のポリシー)", "プロパティ", "割り当て", "編集"),
    ),
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
            assert!(p.text.is_complete(), "{}", p.id);
            assert!(!p.sources.is_empty(), "{} cites no source", p.id);
            for lang in Lang::ALL {
                let crumbs: Vec<Crumb> = p.crumbs(lang).collect();
                assert_eq!(
                    crumbs[0].text,
                    Text::new("Intune admin center", "Intune 管理センター").get(lang),
                    "{}",
                    p.id
                );
                // A placeholder is a whole crumb in parentheses; a label never starts with one.
                for c in &crumbs {
                    assert!(!c.text.trim().is_empty(), "{}: an empty crumb", p.id);
                    assert!(!c.text.starts_with('('), "{}: {:?}", p.id, c.text);
                }
                assert_eq!(crumbs.len(), p.crumbs(Lang::En).count(), "{}: the languages' crumbs differ", p.id);
                let marked: Vec<bool> = crumbs.iter().map(|c| c.placeholder).collect();
                assert_eq!(marked, p.crumbs(Lang::En).map(|c| c.placeholder).collect::<Vec<_>>(), "{}", p.id);
            }
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
        let placeholders: Vec<&str> = ADE_PROFILE.crumbs(Lang::En).filter(|c| c.placeholder).map(|c| c.text).collect();
        assert_eq!(placeholders, ["your token", "your profile"]);
        let ja: Vec<&str> = ADE_PROFILE.crumbs(Lang::Ja).filter(|c| c.placeholder).map(|c| c.text).collect();
        assert_eq!(ja, ["該当のトークン", "該当のプロファイル"]);
        // A label with a parenthesis inside is no placeholder.
        assert!(ADE_PROFILE
            .crumbs(Lang::En)
            .any(|c| !c.placeholder && c.text.ends_with("(under Bulk Enrollment Methods)")));
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
