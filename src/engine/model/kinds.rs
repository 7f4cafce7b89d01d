//! What an object is (`Kind`) and how a profile authenticates (`AuthMethod`, `Classification` and its parts).

use super::{Evidence, Setting};
use crate::engine::i18n::{LText, Text};
use crate::engine::table::Method;
use serde::Serialize;

/// What a recognised object is. The id is the report's `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    IosEnrollmentProfile,
    IosEnrollmentPolicy,
    AppleDepProfile,
    MacosEnrollmentProfile,
    MacosEnrollmentPolicy,
    /// A tvOS or visionOS enrollment policy (settings catalog): outside the iOS/iPadOS advice.
    TvosVisionosEnrollmentPolicy,
    AppleConfiguratorProfile,
    IosDeviceRestrictions,
    IosApp,
    AppAssignment,
    VppToken,
    IosDeviceFeatures,
    IosAppConfiguration,
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::IosEnrollmentProfile,
        Kind::IosEnrollmentPolicy,
        Kind::AppleDepProfile,
        Kind::MacosEnrollmentProfile,
        Kind::MacosEnrollmentPolicy,
        Kind::TvosVisionosEnrollmentPolicy,
        Kind::AppleConfiguratorProfile,
        Kind::IosDeviceRestrictions,
        Kind::IosApp,
        Kind::AppAssignment,
        Kind::VppToken,
        Kind::IosDeviceFeatures,
        Kind::IosAppConfiguration,
        Kind::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::IosEnrollmentProfile => "ios-enrollment-profile",
            Kind::IosEnrollmentPolicy => "ios-enrollment-policy",
            Kind::AppleDepProfile => "apple-dep-profile",
            Kind::MacosEnrollmentProfile => "macos-enrollment-profile",
            Kind::MacosEnrollmentPolicy => "macos-enrollment-policy",
            Kind::TvosVisionosEnrollmentPolicy => "tvos-visionos-enrollment-policy",
            Kind::AppleConfiguratorProfile => "apple-configurator-profile",
            Kind::IosDeviceRestrictions => "ios-device-restrictions",
            Kind::IosApp => "ios-app",
            Kind::AppAssignment => "app-assignment",
            Kind::VppToken => "vpp-token",
            Kind::IosDeviceFeatures => "ios-device-features",
            Kind::IosAppConfiguration => "ios-app-configuration",
            Kind::Unknown => "unknown",
        }
    }

    /// ADE profiles and policies whose authentication method the engine names.
    pub fn is_ade_profile(self) -> bool {
        matches!(self, Kind::IosEnrollmentProfile | Kind::IosEnrollmentPolicy | Kind::AppleDepProfile)
    }
}

/// The authentication method a profile uses, as classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    SetupAssistantLegacy,
    CompanyPortal,
    SetupAssistantModern,
    /// Enroll without user affinity (userless); see [`Classification::variant`].
    NoUserAffinity,
}

impl AuthMethod {
    /// The method's name as the admin center shows it (the userless choice included): the
    /// one definition every report, page and plan uses.
    pub fn label(self) -> Text {
        match self.table_method() {
            Some(t) => t.label(),
            None => Text::new("Enroll without user affinity", "ユーザー アフィニティなしで登録"),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            AuthMethod::SetupAssistantLegacy => "setup-assistant-legacy",
            AuthMethod::CompanyPortal => "company-portal",
            AuthMethod::SetupAssistantModern => "setup-assistant-modern",
            AuthMethod::NoUserAffinity => "no-user-affinity",
        }
    }

    /// The comparison-table column, when the profile has user affinity.
    pub fn table_method(self) -> Option<Method> {
        match self {
            AuthMethod::SetupAssistantLegacy => Some(Method::SetupAssistantLegacy),
            AuthMethod::CompanyPortal => Some(Method::CompanyPortal),
            AuthMethod::SetupAssistantModern => Some(Method::SetupAssistantModern),
            AuthMethod::NoUserAffinity => None,
        }
    }
}

impl From<Method> for AuthMethod {
    fn from(m: Method) -> AuthMethod {
        match m {
            Method::SetupAssistantLegacy => AuthMethod::SetupAssistantLegacy,
            Method::CompanyPortal => AuthMethod::CompanyPortal,
            Method::SetupAssistantModern => AuthMethod::SetupAssistantModern,
        }
    }
}

/// Variants of enrollment without user affinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AffinityVariant {
    SharedIpad,
    EntraSharedDeviceMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// Settings of an ADE profile worth reporting besides its method. `None` = not present.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProfileSettings {
    pub install_company_portal: Option<Setting<bool>>,
    /// Id of the VPP token chosen for "Install Company Portal with VPP" (non-empty only).
    pub vpp_token: Option<Setting<String>>,
    pub single_app_mode: Option<Setting<bool>>,
    pub supervised: Option<Setting<bool>>,
    pub locked_enrollment: Option<Setting<bool>>,
    pub await_final_configuration: Option<Setting<bool>>,
    /// The profile is mandatory (`isMandatory`, Apple `is_mandatory`): the user cannot skip
    /// applying it.
    pub mandatory: Option<Setting<bool>>,
}

/// Flags in one profile that name more than one method, or a setting that its method
/// does not allow (S-GRAPH-DEP-IOS). Microsoft documents no precedence between the
/// method flags: classification still names a method, with low confidence, and the rule
/// catalogue reports these.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contradiction {
    /// Stable id, e.g. `company-portal-and-modern`.
    pub id: &'static str,
    pub message: LText,
    pub evidence: Vec<Evidence>,
}

/// How an ADE profile authenticates users, and how sure the engine is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Classification {
    /// `None` when the input does not say (e.g. a settings-catalog policy without the
    /// setting).
    pub method: Option<AuthMethod>,
    pub variant: Option<AffinityVariant>,
    pub confidence: Confidence,
    /// Plain-language reason, required whenever confidence is not high.
    pub reason: Option<LText>,
    pub evidence: Vec<Evidence>,
    pub contradictions: Vec<Contradiction>,
    pub settings: ProfileSettings,
}
