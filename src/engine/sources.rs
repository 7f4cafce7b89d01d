//! The public sources the product cites, as links the page and the reports show; each
//! carries its id in `docs/sources.md`, where its date and our summary live.
//!
//! This is the one place a source's URL is written. Texts that rely on a source cite its
//! id (`S-…`); `tests/engine_sources.rs` fails when an id is not in `docs/sources.md`.

use super::i18n::{Link, Text};

pub const LEARN_SETUP_ADE: Link = Link {
    title: Text::new(
        "Microsoft Learn: set up automated device enrollment (ADE) for iOS/iPadOS",
        "Microsoft Learn: iOS/iPadOS の自動デバイス登録 (ADE) を設定する",
    ),
    url: "https://learn.microsoft.com/intune/device-enrollment/apple/setup-automated-ios",
    source: "S-LEARN-ADE-SETUP",
};

pub const LEARN_AUTH_METHODS: Link = Link {
    title: Text::new(
        "Microsoft Learn: authentication methods for automated device enrollment",
        "Microsoft Learn: 自動デバイス登録の認証方法",
    ),
    url: "https://learn.microsoft.com/intune/device-enrollment/apple/ref-automated-authentication-methods",
    source: "S-LEARN-ADE-AUTH",
};

pub const LEARN_GUIDE: Link = Link {
    title: Text::new(
        "Microsoft Learn: iOS/iPadOS enrollment guide, ADE administrator tasks",
        "Microsoft Learn: iOS/iPadOS 登録ガイド (ADE 管理者のタスク)",
    ),
    url: "https://learn.microsoft.com/intune/device-enrollment/apple/guide-ios-ipados",
    source: "S-LEARN-IOS-GUIDE",
};

pub const LEARN_JIT: Link = Link {
    title: Text::new(
        "Microsoft Learn: set up Just-in-Time registration",
        "Microsoft Learn: Just-In-Time 登録を設定する",
    ),
    url: "https://learn.microsoft.com/intune/device-enrollment/apple/setup-just-in-time-registration",
    source: "S-LEARN-JIT",
};

pub const LEARN_SHARED_DEVICE_MODE: Link = Link {
    title: Text::new(
        "Microsoft Learn: automated device enrollment with Microsoft Entra shared device mode",
        "Microsoft Learn: Microsoft Entra の共有デバイス モードでの自動デバイス登録",
    ),
    url: "https://learn.microsoft.com/intune/device-enrollment/apple/setup-automated-shared-device-mode",
    source: "S-LEARN-SHARED-DEVICE-MODE",
};

pub const LEARN_MFA_ENROLLMENT: Link = Link {
    title: Text::new(
        "Microsoft Learn: require multifactor authentication for Intune device enrollments",
        "Microsoft Learn: Intune のデバイス登録に多要素認証を要求する",
    ),
    url: "https://learn.microsoft.com/intune/intune-service/enrollment/multi-factor-authentication",
    source: "S-LEARN-MFA-ENROLLMENT",
};

pub const LEARN_SUPPORTED_OS: Link = Link {
    title: Text::new(
        "Microsoft Learn: operating systems and browsers supported by Intune",
        "Microsoft Learn: Intune でサポートされるオペレーティング システムとブラウザー",
    ),
    url: "https://learn.microsoft.com/intune/fundamentals/ref-supported-platforms",
    source: "S-LEARN-SUPPORTED-OS",
};

pub const LEARN_DEVICE_RESTRICTIONS_IOS: Link = Link {
    title: Text::new(
        "Microsoft Learn: iOS/iPadOS device settings to allow or restrict features",
        "Microsoft Learn: iOS/iPadOS デバイスの機能を許可または制限する設定",
    ),
    url: "https://learn.microsoft.com/intune/intune-service/configuration/device-restrictions-ios",
    source: "S-LEARN-DEVICE-RESTRICTIONS",
};

pub const LEARN_APPS_DEPLOY: Link = Link {
    title: Text::new(
        "Microsoft Learn: assign apps to groups with Microsoft Intune",
        "Microsoft Learn: Microsoft Intune でアプリをグループに割り当てる",
    ),
    url: "https://learn.microsoft.com/intune/app-management/deployment/assign-groups",
    source: "S-LEARN-APPS-DEPLOY",
};

pub const LEARN_VPP: Link = Link {
    title: Text::new(
        "Microsoft Learn: manage Apple volume-purchased apps with Intune",
        "Microsoft Learn: Intune で Apple の一括購入アプリを管理する",
    ),
    url: "https://learn.microsoft.com/intune/app-management/deployment/manage-vpp-apple",
    source: "S-LEARN-VPP",
};

pub const GRAPH_DEP_IOS_PROFILE: Link = Link {
    title: Text::new(
        "Microsoft Graph (beta): depIOSEnrollmentProfile resource type",
        "Microsoft Graph (beta): depIOSEnrollmentProfile リソースの種類",
    ),
    url:
        "https://learn.microsoft.com/graph/api/resources/intune-enrollment-depiosenrollmentprofile?view=graph-rest-beta",
    source: "S-GRAPH-DEP-IOS",
};

pub const GRAPH_ENROLLMENT_PROFILE: Link = Link {
    title: Text::new(
        "Microsoft Graph (beta): enrollmentProfile resource type",
        "Microsoft Graph (beta): enrollmentProfile リソースの種類",
    ),
    url: "https://learn.microsoft.com/graph/api/resources/intune-enrollment-enrollmentprofile?view=graph-rest-beta",
    source: "S-GRAPH-ENROLLMENT-PROFILE",
};

pub const GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION: Link = Link {
    title: Text::new(
        "Microsoft Graph: iosGeneralDeviceConfiguration resource type",
        "Microsoft Graph: iosGeneralDeviceConfiguration リソースの種類",
    ),
    url: "https://learn.microsoft.com/graph/api/resources/intune-deviceconfig-iosgeneraldeviceconfiguration",
    source: "S-GRAPH-IOS-RESTRICTIONS",
};

pub const GRAPH_MOBILE_APP_ASSIGNMENT: Link = Link {
    title: Text::new(
        "Microsoft Graph: mobileAppAssignment resource type",
        "Microsoft Graph: mobileAppAssignment リソースの種類",
    ),
    url: "https://learn.microsoft.com/graph/api/resources/intune-apps-mobileappassignment",
    source: "S-GRAPH-APP-ASSIGNMENT",
};

pub const GRAPH_IOS_VPP_APP: Link = Link {
    title: Text::new("Microsoft Graph: iosVppApp resource type", "Microsoft Graph: iosVppApp リソースの種類"),
    url: "https://learn.microsoft.com/graph/api/resources/intune-apps-iosvppapp",
    source: "S-GRAPH-IOS-VPP-APP",
};

pub const GRAPH_VPP_TOKEN: Link = Link {
    title: Text::new("Microsoft Graph: vppToken resource type", "Microsoft Graph: vppToken リソースの種類"),
    url: "https://learn.microsoft.com/graph/api/resources/intune-onboarding-vpptoken",
    source: "S-GRAPH-IOS-VPP-TOKEN",
};

pub const GRAPH_SSO_EXTENSION: Link = Link {
    title: Text::new(
        "Microsoft Graph: iosAzureAdSingleSignOnExtension resource type",
        "Microsoft Graph: iosAzureAdSingleSignOnExtension リソースの種類",
    ),
    url: "https://learn.microsoft.com/graph/api/resources/intune-deviceconfig-iosazureadsinglesignonextension",
    source: "S-GRAPH-SSO-EXTENSION",
};

/// Microsoft's settings definitions, as mirrored by a public change-tracking repository.
pub const SETTINGS_DEFINITIONS: Link = Link {
    title: Text::new(
        "Microsoft's settings-catalog definitions (ade_authenticationmethod, ade_useraffinity), public mirror",
        "Microsoft の設定カタログ定義 (ade_authenticationmethod、ade_useraffinity) の公開ミラー",
    ),
    url: "https://github.com/pl4nty/intune-change-tracking",
    source: "S-SC-AUTHMETHOD",
};

/// Microsoft's settings-catalog definitions of Apple's Restrictions payload, same mirror.
pub const SC_RESTRICTIONS_DEFINITIONS: Link = Link {
    title: Text::new(
        "Microsoft's settings-catalog definitions of Restrictions (com.apple.applicationaccess_*), public mirror",
        "Microsoft の設定カタログ定義 (Restrictions、com.apple.applicationaccess_*) の公開ミラー",
    ),
    url: "https://github.com/pl4nty/intune-change-tracking",
    source: "S-SC-RESTRICTIONS",
};

pub const LEARN_SETTINGS_CATALOG: Link = Link {
    title: Text::new(
        "Microsoft Learn: use the Intune settings catalog to configure settings",
        "Microsoft Learn: Intune の設定カタログを使用して設定を構成する",
    ),
    url: "https://learn.microsoft.com/intune/device-configuration/settings-catalog/",
    source: "S-LEARN-SETTINGS-CATALOG",
};

/// What's new in Intune (service release 2601): Rating Apps Exempted Bundle IDs.
pub const LEARN_RATING_EXEMPTION: Link = Link {
    title: Text::new(
        "Microsoft Learn: what's new in Intune, Rating Apps Exempted Bundle IDs (service release 2601)",
        "Microsoft Learn: Intune の新機能、Rating Apps Exempted Bundle IDs (サービス リリース 2601)",
    ),
    url: "https://learn.microsoft.com/intune/whats-new/",
    source: "S-LEARN-RATING-EXEMPTION",
};

pub const APPLE_RESTRICTIONS: Link = Link {
    title: Text::new(
        "Apple Developer: the Restrictions payload (ratingApps, ratingAppsExemptedBundleIDs)",
        "Apple Developer: 制限ペイロード (ratingApps、ratingAppsExemptedBundleIDs)",
    ),
    url: "https://developer.apple.com/documentation/devicemanagement/restrictions",
    source: "S-APPLE-RESTRICTIONS",
};

/// MicrosoftDocs/IntuneDocs #2818: MFA cannot be completed on a device locked in single-app mode.
pub const ISSUE_SAM_MFA: Link = Link {
    title: Text::new(
        "MicrosoftDocs/IntuneDocs #2818: MFA on a device locked in Company Portal single-app mode",
        "MicrosoftDocs/IntuneDocs #2818: ポータル サイトのシングル アプリ モードでロック中のデバイスでの MFA",
    ),
    url: "https://github.com/MicrosoftDocs/IntuneDocs/issues/2818",
    source: "S-ISSUE-SAM-MFA",
};

/// MicrosoftDocs/memdocs #2089: quotes MC284343 (move from Company Portal single-app mode to
/// Setup Assistant with modern authentication).
pub const ISSUE_MC284343: Link = Link {
    title: Text::new(
        "MicrosoftDocs/memdocs #2089: message center MC284343 (October 2021) on Company Portal single-app mode",
        "MicrosoftDocs/memdocs #2089: メッセージ センター MC284343 (2021 年 10 月、ポータル サイトのシングル アプリ モード)",
    ),
    url: "https://github.com/MicrosoftDocs/memdocs/issues/2089",
    source: "S-MC284343",
};

/// MicrosoftDocs/azure-docs #67083: legacy enrollment reported to fail sign-in when MFA is
/// enforced for the user (a report, not a Microsoft statement).
pub const ISSUE_LEGACY_MFA: Link = Link {
    title: Text::new(
        "MicrosoftDocs/azure-docs #67083: legacy Setup Assistant sign-in reported to fail with enforced MFA",
        "MicrosoftDocs/azure-docs #67083: MFA を強制するとレガシのセットアップ アシスタントでサインインできないという報告",
    ),
    url: "https://github.com/MicrosoftDocs/azure-docs/issues/67083",
    source: "S-ISSUE-LEGACY-MFA",
};

/// MicrosoftDocs/memdocs #2024: a removed VPP Company Portal cannot come back from the App Store.
pub const ISSUE_CP_REINSTALL: Link = Link {
    title: Text::new(
        "MicrosoftDocs/memdocs #2024: getting Company Portal back on ADE devices",
        "MicrosoftDocs/memdocs #2024: ADE デバイスにポータル サイトを戻す方法",
    ),
    url: "https://github.com/MicrosoftDocs/memdocs/issues/2024",
    source: "S-ISSUE-CP-REINSTALL",
};

/// MicrosoftDocs/memdocs #2936: Company Portal installed at ADE enrollment is updated only
/// when it is also assigned as a required app with device licensing.
pub const ISSUE_CP_UPDATE: Link = Link {
    title: Text::new(
        "MicrosoftDocs/memdocs #2936: updating the Company Portal installed during ADE",
        "MicrosoftDocs/memdocs #2936: ADE で導入したポータル サイトの更新",
    ),
    url: "https://github.com/MicrosoftDocs/memdocs/issues/2936",
    source: "S-ISSUE-CP-UPDATE",
};

/// The Japanese write-up the product grew from (cited by title; it is a blog post).
pub const ARTICLE: Link = Link {
    title: Text::new(
        "Write-up (Japanese): \"iPhoneにIntuneで自動配布したアプリが突然消えるのを解消した話\"",
        "記事: 「iPhoneにIntuneで自動配布したアプリが突然消えるのを解消した話」",
    ),
    url: "",
    source: "S-ARTICLE",
};

/// Configuring Company Portal for ADE devices with an app configuration policy.
pub const LEARN_APP_CONFIG_CP: Link = Link {
    title: Text::new(
        "Microsoft Learn: app configuration policies for managed iOS/iPadOS devices (Company Portal on ADE devices)",
        "Microsoft Learn: 管理対象の iOS/iPadOS デバイス用アプリ構成ポリシー (ADE デバイスのポータル サイト)",
    ),
    url: "https://learn.microsoft.com/intune/app-management/configuration/configure-managed-ios",
    source: "S-LEARN-APP-CONFIG-CP",
};

/// The Graph type of an app configuration policy for managed iOS/iPadOS devices.
pub const GRAPH_IOS_APP_CONFIG: Link = Link {
    title: Text::new(
        "Microsoft Graph: iosMobileAppConfiguration resource type",
        "Microsoft Graph: iosMobileAppConfiguration リソースの種類",
    ),
    url: "https://learn.microsoft.com/graph/api/resources/intune-apps-iosmobileappconfiguration?view=graph-rest-beta",
    source: "S-GRAPH-IOS-APP-CONFIG",
};

/// Every link, for the citation tests.
pub const ALL: [&Link; 30] = [
    &LEARN_SETUP_ADE,
    &LEARN_AUTH_METHODS,
    &LEARN_GUIDE,
    &LEARN_JIT,
    &LEARN_SHARED_DEVICE_MODE,
    &LEARN_MFA_ENROLLMENT,
    &LEARN_SUPPORTED_OS,
    &LEARN_DEVICE_RESTRICTIONS_IOS,
    &LEARN_APPS_DEPLOY,
    &LEARN_VPP,
    &GRAPH_DEP_IOS_PROFILE,
    &GRAPH_ENROLLMENT_PROFILE,
    &GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION,
    &GRAPH_MOBILE_APP_ASSIGNMENT,
    &GRAPH_IOS_VPP_APP,
    &GRAPH_VPP_TOKEN,
    &GRAPH_SSO_EXTENSION,
    &SETTINGS_DEFINITIONS,
    &SC_RESTRICTIONS_DEFINITIONS,
    &LEARN_SETTINGS_CATALOG,
    &LEARN_RATING_EXEMPTION,
    &APPLE_RESTRICTIONS,
    &ISSUE_SAM_MFA,
    &ISSUE_MC284343,
    &ISSUE_LEGACY_MFA,
    &ISSUE_CP_REINSTALL,
    &ISSUE_CP_UPDATE,
    &ARTICLE,
    &LEARN_APP_CONFIG_CP,
    &GRAPH_IOS_APP_CONFIG,
];
