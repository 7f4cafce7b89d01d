//! Admin-center click paths: each defined once, in English and Japanese, with its sources.
//!
//! Every text of the product that tells the user where to click is built from these
//! definitions: the `*_en!`/`*_ja!` macros expand to string literals, so a rule's fix text
//! can embed a path with `concat!` at compile time (no copy at run time), and
//! [`ClickPath`] constants carry the same strings as data for the checklist, the switch
//! advice and the citation tests. A test fails when a text shows an admin-center path
//! that is not one of [`ALL`].
//!
//! Paths follow Microsoft Learn as read on 2026-12-06 (`docs/sources.md`): enrollment
//! under Devices → Device onboarding → Enrollment → Apple mobile, with Enrollment program
//! tokens under Bulk Enrollment Methods (S-LEARN-ADE-SETUP), configuration under Devices →
//! Manage devices → Configuration (S-LEARN-DEVICE-RESTRICTIONS). The Japanese wording
//! follows Learn JA, which on 2026-12-06 still names the tab [Apple] (and [一括登録方法]).

use super::i18n::Text;
use serde::Serialize;

/// Where something is changed in the Intune admin center.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ClickPath {
    /// Stable id.
    pub id: &'static str,
    pub text: Text,
    /// Ids in `docs/sources.md`.
    #[serde(skip)]
    pub sources: &'static [&'static str],
}

macro_rules! ade_tokens_en {
    () => {
        "Intune admin center → Devices → Device onboarding → Enrollment → Apple mobile → Enrollment program tokens (under Bulk Enrollment Methods) → (your token)"
    };
}
macro_rules! ade_tokens_ja {
    () => {
        "Intune 管理センター → デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン (一括登録方法) → (該当のトークン)"
    };
}
macro_rules! ade_profile_en {
    () => {
        concat!($crate::engine::click_paths::ade_tokens_en!(), " → Profiles → (your profile) → Properties → Edit")
    };
}
macro_rules! ade_profile_ja {
    () => {
        concat!(
            $crate::engine::click_paths::ade_tokens_ja!(),
            " → プロファイル → (該当のプロファイル) → プロパティ → 編集"
        )
    };
}
macro_rules! ade_policy_en {
    () => {
        concat!(
            $crate::engine::click_paths::ade_tokens_en!(),
            " → Enrollment policies → (your policy) → Properties → Edit"
        )
    };
}
macro_rules! ade_policy_ja {
    () => {
        concat!($crate::engine::click_paths::ade_tokens_ja!(), " → 登録ポリシー → (該当のポリシー) → プロパティ → 編集")
    };
}
/// The profile path with the newer experience's path as the alternative.
macro_rules! ade_profile_or_policy_en {
    () => {
        concat!(
            $crate::engine::click_paths::ade_profile_en!(),
            " (in the newer Enrollment policies experience: ",
            $crate::engine::click_paths::ade_policy_en!(),
            ")"
        )
    };
}
macro_rules! ade_profile_or_policy_ja {
    () => {
        concat!(
            $crate::engine::click_paths::ade_profile_ja!(),
            " (新しい登録ポリシーの画面では: ",
            $crate::engine::click_paths::ade_policy_ja!(),
            ")"
        )
    };
}
macro_rules! restrictions_en {
    () => {
        "Intune admin center → Devices → Manage devices → Configuration → (the iOS/iPadOS device restrictions profile) → Properties → Configuration settings → Edit"
    };
}
macro_rules! restrictions_ja {
    () => {
        "Intune 管理センター → デバイス → デバイスの管理 → 構成 → (iOS/iPadOS のデバイスの制限プロファイル) → プロパティ → 構成設定 → 編集"
    };
}
macro_rules! restrictions_show_hide_en {
    () => {
        concat!($crate::engine::click_paths::restrictions_en!(), " → Show or hide apps")
    };
}
macro_rules! restrictions_show_hide_ja {
    () => {
        concat!($crate::engine::click_paths::restrictions_ja!(), " → アプリの表示/非表示")
    };
}
macro_rules! restrictions_app_store_en {
    () => {
        concat!($crate::engine::click_paths::restrictions_en!(), " → App Store, Doc Viewing, Gaming")
    };
}
macro_rules! restrictions_app_store_ja {
    () => {
        concat!($crate::engine::click_paths::restrictions_ja!(), " → App Store、ドキュメントの表示、ゲーム")
    };
}
/// An iOS/iPadOS restrictions policy of the settings catalog: its settings sit under the
/// "Restrictions" category (S-LEARN-SETTINGS-CATALOG, S-SC-RESTRICTIONS).
macro_rules! restrictions_catalog_en {
    () => {
        "Intune admin center → Devices → Manage devices → Configuration → (the iOS/iPadOS settings catalog policy) → Properties → Configuration settings → Edit → Restrictions"
    };
}
macro_rules! restrictions_catalog_ja {
    () => {
        "Intune 管理センター → デバイス → デバイスの管理 → 構成 → (iOS/iPadOS の設定カタログ ポリシー) → プロパティ → 構成設定 → 編集 → Restrictions"
    };
}
/// A template path, with the settings catalog's path as the alternative.
macro_rules! restrictions_or_catalog_en {
    ($($template:tt)*) => {
        concat!($($template)*, " (in a settings catalog policy: ", $crate::engine::click_paths::restrictions_catalog_en!(), ")")
    };
}
macro_rules! restrictions_or_catalog_ja {
    ($($template:tt)*) => {
        concat!($($template)*, " (設定カタログのポリシーでは: ", $crate::engine::click_paths::restrictions_catalog_ja!(), ")")
    };
}
macro_rules! restrictions_show_hide_or_catalog_en {
    () => {
        $crate::engine::click_paths::restrictions_or_catalog_en!(
            $crate::engine::click_paths::restrictions_show_hide_en!()
        )
    };
}
macro_rules! restrictions_show_hide_or_catalog_ja {
    () => {
        $crate::engine::click_paths::restrictions_or_catalog_ja!(
            $crate::engine::click_paths::restrictions_show_hide_ja!()
        )
    };
}
macro_rules! restrictions_app_store_or_catalog_en {
    () => {
        $crate::engine::click_paths::restrictions_or_catalog_en!(
            $crate::engine::click_paths::restrictions_app_store_en!()
        )
    };
}
macro_rules! restrictions_app_store_or_catalog_ja {
    () => {
        $crate::engine::click_paths::restrictions_or_catalog_ja!(
            $crate::engine::click_paths::restrictions_app_store_ja!()
        )
    };
}
macro_rules! app_assignments_en {
    () => {
        "Intune admin center → Apps → All apps → Company Portal → Properties → Assignments → Edit"
    };
}
macro_rules! app_assignments_ja {
    () => {
        "Intune 管理センター → アプリ → すべてのアプリ → ポータル サイト → プロパティ → 割り当て → 編集"
    };
}
macro_rules! authenticator_assignments_en {
    () => {
        "Intune admin center → Apps → All apps → Microsoft Authenticator → Properties → Assignments → Edit"
    };
}
macro_rules! authenticator_assignments_ja {
    () => {
        "Intune 管理センター → アプリ → すべてのアプリ → Microsoft Authenticator → プロパティ → 割り当て → 編集"
    };
}
macro_rules! vpp_tokens_en {
    () => {
        "Intune admin center → Tenant administration → Connectors and tokens → Apple VPP tokens"
    };
}
macro_rules! vpp_tokens_ja {
    () => {
        "Intune 管理センター → テナント管理 → コネクタとトークン → Apple VPP トークン"
    };
}
macro_rules! sso_extension_en {
    () => {
        "Intune admin center → Devices → Manage devices → Configuration → Create → New policy → iOS/iPadOS → Templates → Device features → Single sign-on app extension"
    };
}
macro_rules! sso_extension_ja {
    () => {
        "Intune 管理センター → デバイス → デバイスの管理 → 構成 → 作成 → 新しいポリシー → iOS/iPadOS → テンプレート → デバイスの機能 → シングル サインオン アプリ拡張機能"
    };
}
macro_rules! app_config_en {
    () => {
        "Intune admin center → Apps → Configuration → Create → Managed devices"
    };
}
macro_rules! app_config_ja {
    () => {
        "Intune 管理センター → アプリ → 構成 → 作成 → マネージド デバイス"
    };
}
macro_rules! app_config_assignments_en {
    () => {
        "Intune admin center → Apps → Configuration → (your policy) → Properties → Assignments → Edit"
    };
}
macro_rules! app_config_assignments_ja {
    () => {
        "Intune 管理センター → アプリ → 構成 → (該当のポリシー) → プロパティ → 割り当て → 編集"
    };
}

pub(crate) use {
    ade_policy_en, ade_policy_ja, ade_profile_en, ade_profile_ja, ade_profile_or_policy_en, ade_profile_or_policy_ja,
    ade_tokens_en, ade_tokens_ja, app_assignments_en, app_assignments_ja, app_config_assignments_en,
    app_config_assignments_ja, app_config_en, app_config_ja, authenticator_assignments_en,
    authenticator_assignments_ja, restrictions_app_store_en, restrictions_app_store_ja, restrictions_en,
    restrictions_ja, restrictions_show_hide_en, restrictions_show_hide_ja, sso_extension_en, sso_extension_ja,
    vpp_tokens_en, vpp_tokens_ja,
};
pub(crate) use {
    restrictions_app_store_or_catalog_en, restrictions_app_store_or_catalog_ja, restrictions_catalog_en,
    restrictions_catalog_ja, restrictions_or_catalog_en, restrictions_or_catalog_ja,
    restrictions_show_hide_or_catalog_en, restrictions_show_hide_or_catalog_ja,
};

const ADE_SOURCES: &[&str] = &["S-LEARN-ADE-SETUP"];

/// An ADE enrollment profile's properties (the "Profiles" experience).
pub const ADE_PROFILE: ClickPath =
    ClickPath { id: "ade-profile", text: Text::new(ade_profile_en!(), ade_profile_ja!()), sources: ADE_SOURCES };

/// An ADE enrollment policy's properties (the newer "Enrollment policies" experience).
pub const ADE_POLICY: ClickPath =
    ClickPath { id: "ade-policy", text: Text::new(ade_policy_en!(), ade_policy_ja!()), sources: ADE_SOURCES };

/// The profile path, with the Enrollment policies path as the alternative.
pub const ADE_PROFILE_OR_POLICY: ClickPath = ClickPath {
    id: "ade-profile-or-policy",
    text: Text::new(ade_profile_or_policy_en!(), ade_profile_or_policy_ja!()),
    sources: ADE_SOURCES,
};

const RESTRICTION_SOURCES: &[&str] = &["S-LEARN-DEVICE-RESTRICTIONS"];

/// An iOS/iPadOS device restrictions profile's settings.
pub const RESTRICTIONS: ClickPath = ClickPath {
    id: "restrictions",
    text: Text::new(restrictions_en!(), restrictions_ja!()),
    sources: RESTRICTION_SOURCES,
};

/// The "Show or hide apps" settings of a device restrictions profile.
pub const RESTRICTIONS_SHOW_HIDE_APPS: ClickPath = ClickPath {
    id: "restrictions-show-hide-apps",
    text: Text::new(restrictions_show_hide_en!(), restrictions_show_hide_ja!()),
    sources: RESTRICTION_SOURCES,
};

/// The "App Store, Doc Viewing, Gaming" settings of a device restrictions profile.
pub const RESTRICTIONS_APP_STORE: ClickPath = ClickPath {
    id: "restrictions-app-store",
    text: Text::new(restrictions_app_store_en!(), restrictions_app_store_ja!()),
    sources: RESTRICTION_SOURCES,
};

const CATALOG_RESTRICTION_SOURCES: &[&str] = &["S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"];

/// An iOS/iPadOS restrictions policy of the settings catalog ("Restrictions" category).
pub const RESTRICTIONS_CATALOG: ClickPath = ClickPath {
    id: "restrictions-catalog",
    text: Text::new(restrictions_catalog_en!(), restrictions_catalog_ja!()),
    sources: CATALOG_RESTRICTION_SOURCES,
};

/// "Show or hide apps" of a template profile, with the settings catalog's path as the
/// alternative.
pub const RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG: ClickPath = ClickPath {
    id: "restrictions-show-hide-apps-or-catalog",
    text: Text::new(restrictions_show_hide_or_catalog_en!(), restrictions_show_hide_or_catalog_ja!()),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// "App Store, Doc Viewing, Gaming" of a template profile, with the settings catalog's
/// path as the alternative.
pub const RESTRICTIONS_APP_STORE_OR_CATALOG: ClickPath = ClickPath {
    id: "restrictions-app-store-or-catalog",
    text: Text::new(restrictions_app_store_or_catalog_en!(), restrictions_app_store_or_catalog_ja!()),
    sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-LEARN-SETTINGS-CATALOG", "S-SC-RESTRICTIONS"],
};

/// The Company Portal app's assignments.
pub const APP_ASSIGNMENTS: ClickPath = ClickPath {
    id: "company-portal-assignments",
    text: Text::new(app_assignments_en!(), app_assignments_ja!()),
    sources: &["S-LEARN-APPS-DEPLOY"],
};

/// Microsoft Authenticator's assignments (Microsoft Entra shared device mode: required, all
/// devices, with an assignment filter on `enrollmentProfileName`).
pub const AUTHENTICATOR_ASSIGNMENTS: ClickPath = ClickPath {
    id: "authenticator-assignments",
    text: Text::new(authenticator_assignments_en!(), authenticator_assignments_ja!()),
    sources: &["S-LEARN-SHARED-DEVICE-MODE", "S-LEARN-APPS-DEPLOY"],
};

/// The Apple VPP (Apps and Books) tokens.
pub const VPP_TOKENS: ClickPath =
    ClickPath { id: "vpp-tokens", text: Text::new(vpp_tokens_en!(), vpp_tokens_ja!()), sources: &["S-LEARN-VPP"] };

/// A new single sign-on app extension device configuration (Just-in-Time registration,
/// shared device mode).
pub const SSO_EXTENSION: ClickPath = ClickPath {
    id: "sso-extension",
    text: Text::new(sso_extension_en!(), sso_extension_ja!()),
    sources: &["S-LEARN-JIT"],
};

/// A new app configuration policy for managed devices (for Company Portal: the XML keys
/// of S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG: ClickPath = ClickPath {
    id: "app-configuration",
    text: Text::new(app_config_en!(), app_config_ja!()),
    sources: &["S-LEARN-APP-CONFIG-CP"],
};

/// The assignments of an existing app configuration policy (groups to include or exclude,
/// assignment filters: S-LEARN-APP-CONFIG-CP).
pub const APP_CONFIG_ASSIGNMENTS: ClickPath = ClickPath {
    id: "app-configuration-assignments",
    text: Text::new(app_config_assignments_en!(), app_config_assignments_ja!()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_is_complete_cited_and_has_a_unique_id() {
        for (i, p) in ALL.iter().enumerate() {
            assert!(p.text.is_complete(), "{}", p.id);
            assert!(!p.sources.is_empty(), "{} cites no source", p.id);
            assert!(p.text.en.starts_with("Intune admin center → "), "{}", p.id);
            assert!(p.text.ja.starts_with("Intune 管理センター → "), "{}", p.id);
            assert_eq!(p.text.en.matches(" → ").count(), p.text.ja.matches(" → ").count(), "{}: steps differ", p.id);
            assert!(ALL[..i].iter().all(|q| q.id != p.id), "duplicate id {}", p.id);
        }
    }

    #[test]
    fn enrollment_paths_go_through_device_onboarding() {
        for p in [ADE_PROFILE, ADE_POLICY, ADE_PROFILE_OR_POLICY] {
            assert!(p.text.en.contains(
                "Devices → Device onboarding → Enrollment → Apple mobile → Enrollment program tokens (under Bulk Enrollment Methods)"
            ));
            // Learn JA still shows the tab as [Apple] (2026-12-06).
            assert!(p
                .text
                .ja
                .contains("デバイス → デバイス オンボード → 登録 → Apple → 登録プログラム トークン (一括登録方法)"));
        }
        assert!(ADE_PROFILE_OR_POLICY.text.en.contains(ADE_POLICY.text.en));
        assert!(RESTRICTIONS.text.en.contains("Devices → Manage devices → Configuration"));
    }

    #[test]
    fn restriction_paths_name_the_settings_catalog_as_the_alternative() {
        assert!(RESTRICTIONS_CATALOG.text.en.contains("Devices → Manage devices → Configuration"));
        assert!(RESTRICTIONS_CATALOG.text.en.ends_with("→ Edit → Restrictions"));
        for (or, template) in [
            (RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG, RESTRICTIONS_SHOW_HIDE_APPS),
            (RESTRICTIONS_APP_STORE_OR_CATALOG, RESTRICTIONS_APP_STORE),
        ] {
            assert!(or.text.en.starts_with(template.text.en) && or.text.en.contains(RESTRICTIONS_CATALOG.text.en));
            assert!(or.text.ja.starts_with(template.text.ja) && or.text.ja.contains(RESTRICTIONS_CATALOG.text.ja));
        }
    }
}
