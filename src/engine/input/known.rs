//! The keys the engine knows for each kind of object, so that a field it has never seen
//! (a new Graph property, a typo, an unexpected export format) is listed instead of being
//! silently ignored. Keys are compared after [`normalize_key`](crate::engine::keys::normalize_key),
//! so one entry covers camelCase, PascalCase and snake_case spellings.

use crate::engine::keys::{norm_hash, KeySet};
use crate::engine::model::{Kind, Object};
use std::sync::OnceLock;

/// Which keys are expected on objects of one kind.
#[derive(Clone, Copy, Debug)]
pub enum KnownKeys {
    /// Every key the engine expects; any other key is reported.
    Listed(&'static [&'static [&'static str]]),
    /// Objects with hundreds of properties of which the engine reads only a few (device
    /// restrictions); unknown keys are not reported for them.
    Open,
}

/// Metadata Graph, the PowerShell SDK and export tools add to any entity.
pub const METADATA: &[&str] = &[
    "@odata.context",
    "@odata.type",
    "@odata.etag",
    "@odata.id",
    "@odata.editLink",
    "@odata.nextLink",
    "id",
    "displayName",
    "description",
    "createdDateTime",
    "lastModifiedDateTime",
    "version",
    "roleScopeTagIds",
    "assignments",
    "isAssigned",
    "supportsScopeTags",
];

/// `enrollmentProfile` (S-GRAPH-ENROLLMENT-PROFILE).
pub const ENROLLMENT_PROFILE: &[&str] = &[
    "requiresUserAuthentication",
    "configurationEndpointUrl",
    "enableAuthenticationViaCompanyPortal",
    "requireCompanyPortalOnSetupAssistantEnrolledDevices",
];

/// `depEnrollmentBaseProfile` (S-GRAPH-DEP-IOS).
pub const DEP_BASE_PROFILE: &[&str] = &[
    "isDefault",
    "supervisedModeEnabled",
    "supportDepartment",
    "supportPhoneNumber",
    "isMandatory",
    "profileRemovalDisabled",
    "deviceNameTemplate",
    "configurationWebUrl",
    "enabledSkipKeys",
    "enrollmentTimeAzureAdGroupIds",
    "waitForDeviceConfiguredConfirmation",
    "locationDisabled",
    "restoreBlocked",
    "appleIdDisabled",
    "termsAndConditionsDisabled",
    "touchIdDisabled",
    "applePayDisabled",
    "siriDisabled",
    "diagnosticsDisabled",
    "displayToneSetupDisabled",
    "privacyPaneDisabled",
    "screenTimeScreenDisabled",
    "passCodeDisabled",
    "zoomDisabled",
];

/// `depIOSEnrollmentProfile` only (S-GRAPH-DEP-IOS).
pub const IOS_PROFILE: &[&str] = &[
    "iTunesPairingMode",
    "managementCertificates",
    "restoreFromAndroidDisabled",
    "awaitDeviceConfiguredConfirmation",
    "sharedIPadMaximumUserCount",
    "enableSharedIPad",
    "companyPortalVppTokenId",
    "enableSingleAppEnrollmentMode",
    "homeButtonScreenDisabled",
    "iMessageAndFaceTimeScreenDisabled",
    "onBoardingScreenDisabled",
    "simSetupScreenDisabled",
    "softwareUpdateScreenDisabled",
    "watchMigrationScreenDisabled",
    "appearanceScreenDisabled",
    "expressLanguageScreenDisabled",
    "preferredLanguageScreenDisabled",
    "deviceToDeviceMigrationDisabled",
    "welcomeScreenDisabled",
    "restoreCompletedScreenDisabled",
    "updateCompleteScreenDisabled",
    "forceTemporarySession",
    "temporarySessionTimeoutInSeconds",
    "userSessionTimeoutInSeconds",
    "passcodeLockGracePeriodInSeconds",
    "carrierActivationUrl",
    "userlessSharedAadModeEnabled",
];

/// Attributes of the Terraform provider's enrollment-policy resources (iOS/iPadOS, macOS and
/// visionOS, which hold a policy's choices as flags) and settings-catalog resources that
/// have no Graph counterpart of the same name (S-SC-TEMPLATE, S-TF-SETTINGS-CATALOG;
/// `terraform show -json` and state files).
pub const TERRAFORM: &[&str] = &[
    "requireSetupAssistantWithModernAuthentication",
    "awaitFinalConfiguration",
    "lockedEnrollmentEnabled",
    "depOnboardingSettingsId",
    "isDefaultPolicyAssignment",
    "deviceSecurityGroup",
    "timeouts",
    // The policy underneath, as the flat resources show it.
    "name",
    "platforms",
    "technologies",
    "templateId",
    "templateFamily",
    "settingsCount",
    "cellularDataActivationUrl",
    "userAffinity",
    "awaitDeviceConfigured",
    "adminAccount",
    // Setup Assistant panes named otherwise than in Graph, or not in Graph's profiles.
    "locationServicesDisabled",
    "restoreDisabled",
    "iMessageAndFaceTimeDisabled",
    "softwareUpdateCompletedScreenDisabled",
    "getStartedScreenDisabled",
    "actionButtonScreenDisabled",
    "safetyScreenDisabled",
    "termsOfAddressScreenDisabled",
    "appleIntelligenceDisabled",
    "lockdownModeDisabled",
    "appStoreDisabled",
    "cameraButtonScreenDisabled",
    "multitaskingScreenDisabled",
    "osShowcaseScreenDisabled",
    "safetyAndHandlingScreenDisabled",
    "webContentFilteringDisabled",
    "tipsScreenDisabled",
    // The settings-catalog resources: the nested block and the `…_json` resources' type.
    "configurationPolicy",
    "settingsCatalogTemplateType",
];

/// Graph's names of panes and support fields that the provider's flat resources use on
/// other platforms too (macOS, visionOS).
pub const TERRAFORM_SHARED: &[&str] = &[
    "supportDepartment",
    "supportPhoneNumber",
    "appleIdDisabled",
    "applePayDisabled",
    "diagnosticsDisabled",
    "passCodeDisabled",
    "privacyPaneDisabled",
    "screenTimeScreenDisabled",
    "siriDisabled",
    "softwareUpdateScreenDisabled",
    "termsAndConditionsDisabled",
    "touchIdDisabled",
];

/// Keys that only iOS profiles carry; they identify an iOS profile without `@odata.type`.
pub const IOS_ONLY_MARKERS: &[&str] = &[
    "enableSharedIPad",
    "iTunesPairingMode",
    "companyPortalVppTokenId",
    "enableSingleAppEnrollmentMode",
    "sharedIPadMaximumUserCount",
    "userlessSharedAadModeEnabled",
    "awaitDeviceConfiguredConfirmation",
    "requireSetupAssistantWithModernAuthentication",
];

/// `depMacOSEnrollmentProfile` only. The engine reads macOS profiles for their method only;
/// this list holds the account and pane fields Graph documents for them.
pub const MACOS_PROFILE: &[&str] = &[
    "registrationDisabled",
    "fileVaultDisabled",
    "iCloudDiagnosticsDisabled",
    "passCodeDisabled",
    "zoomDisabled",
    "iCloudStorageDisabled",
    "chooseYourLockScreenDisabled",
    "accessibilityScreenDisabled",
    "autoUnlockWithWatchDisabled",
    "skipPrimarySetupAccountCreation",
    "setPrimarySetupAccountAsRegularUser",
    "dontAutoPopulatePrimaryAccountInfo",
    "primaryAccountFullName",
    "primaryAccountUserName",
    "enableRestrictEditing",
    "adminAccountUserName",
    "adminAccountFullName",
    "adminAccountPassword",
    "hideAdminAccount",
    "requestRequiresNetworkTether",
    "autoAdvanceSetupEnabled",
    "depProfileAdminAccountPasswordRotationSetting",
];

/// Keys that identify a macOS profile without `@odata.type`.
pub const MACOS_ONLY_MARKERS: &[&str] = &[
    "fileVaultDisabled",
    "registrationDisabled",
    "iCloudDiagnosticsDisabled",
    "primaryAccountUserName",
    "adminAccountUserName",
    "skipPrimarySetupAccountCreation",
];

/// Settings-catalog `deviceManagementConfigurationPolicy`.
pub const CONFIGURATION_POLICY: &[&str] = &[
    "name",
    "platforms",
    "technologies",
    "templateReference",
    "settings",
    "settingCount",
    "creationSource",
    "priorityMetaData",
    "isDefault",
];

/// Apple's own ADE profile (Device Assignment API, S-APPLE-DEFINE-PROFILE).
pub const APPLE_DEP_PROFILE: &[&str] = &[
    "profile_name",
    "profile_uuid",
    "url",
    "configuration_web_url",
    "allow_pairing",
    "is_supervised",
    "is_multi_user",
    "is_mandatory",
    "is_mdm_removable",
    "await_device_configured",
    "auto_advance_setup",
    "skip_setup_items",
    "department",
    "support_phone_number",
    "support_email_address",
    "org_magic",
    "anchor_certs",
    "supervising_host_certs",
    "language",
    "region",
    "devices",
    "do_not_use_profile_from_backup",
    "is_return_to_service",
];

/// `mobileApp` base and the iOS app types (S-GRAPH-IOS-VPP-APP).
pub const IOS_APP: &[&str] = &[
    "publisher",
    "largeIcon",
    "isFeatured",
    "privacyInformationUrl",
    "informationUrl",
    "owner",
    "developer",
    "notes",
    "publishingState",
    "uploadState",
    "dependentAppCount",
    "supersedingAppCount",
    "supersededAppCount",
    "categories",
    "relationships",
    "usedLicenseCount",
    "totalLicenseCount",
    "releaseDateTime",
    "appStoreUrl",
    "licensingType",
    "applicableDeviceType",
    "vppTokenOrganizationName",
    "vppTokenAccountType",
    "vppTokenAppleId",
    "vppTokenId",
    "vppTokenDisplayName",
    "bundleId",
    "minimumSupportedOperatingSystem",
    "revokeLicenseActionResults",
    "assignedLicenses",
    "appStoreTrackId",
];

/// `mobileAppAssignment` (S-GRAPH-APP-ASSIGNMENT).
pub const APP_ASSIGNMENT: &[&str] = &["intent", "target", "settings", "source", "sourceId"];

/// `vppToken` (S-GRAPH-IOS-VPP-TOKEN).
pub const VPP_TOKEN: &[&str] = &[
    "organizationName",
    "vppTokenAccountType",
    "appleId",
    "expirationDateTime",
    "lastSyncDateTime",
    "token",
    "state",
    "tokenActionResults",
    "lastSyncStatus",
    "automaticallyUpdateApps",
    "countryOrRegion",
    "dataSharingConsentGranted",
    "locationName",
    "claimTokenManagementFromExternalMdm",
];

/// `iosMobileAppConfiguration` and its base `managedDeviceMobileAppConfiguration`
/// (S-GRAPH-IOS-APP-CONFIG); `timeouts` from Terraform.
pub const IOS_APP_CONFIGURATION: &[&str] = &[
    "targetedMobileApps",
    "encodedSettingXml",
    "settings",
    "deviceStatuses",
    "userStatuses",
    "deviceStatusSummary",
    "userStatusSummary",
    "timeouts",
];

/// The known keys of a kind (`None` for `unknown` objects: nothing is expected).
pub fn known_keys(kind: Kind) -> Option<KnownKeys> {
    Some(match kind {
        Kind::IosEnrollmentProfile => {
            KnownKeys::Listed(&[METADATA, ENROLLMENT_PROFILE, DEP_BASE_PROFILE, IOS_PROFILE, TERRAFORM])
        }
        Kind::MacosEnrollmentProfile => KnownKeys::Listed(&[
            METADATA,
            ENROLLMENT_PROFILE,
            DEP_BASE_PROFILE,
            MACOS_PROFILE,
            TERRAFORM,
            TERRAFORM_SHARED,
        ]),
        Kind::AppleConfiguratorProfile => KnownKeys::Listed(&[METADATA, ENROLLMENT_PROFILE]),
        Kind::IosEnrollmentPolicy | Kind::MacosEnrollmentPolicy | Kind::TvosVisionosEnrollmentPolicy => {
            KnownKeys::Listed(&[METADATA, CONFIGURATION_POLICY, TERRAFORM, TERRAFORM_SHARED])
        }
        Kind::VppToken => KnownKeys::Listed(&[METADATA, VPP_TOKEN]),
        // A device features configuration has dozens of properties; the engine reads only
        // its single sign-on app extension.
        Kind::IosDeviceFeatures => KnownKeys::Open,
        Kind::AppleDepProfile => KnownKeys::Listed(&[APPLE_DEP_PROFILE]),
        Kind::IosApp => KnownKeys::Listed(&[METADATA, IOS_APP]),
        Kind::AppAssignment => KnownKeys::Listed(&[METADATA, APP_ASSIGNMENT]),
        Kind::IosAppConfiguration => KnownKeys::Listed(&[METADATA, IOS_APP_CONFIGURATION]),
        Kind::IosDeviceRestrictions => KnownKeys::Open,
        Kind::Unknown => return None,
    })
}

/// Whether `key` (any spelling) is known for `kind`. Any `@odata.*` annotation is known.
pub fn is_known(kind: Kind, key: &str) -> bool {
    match known_keys(kind) {
        None | Some(KnownKeys::Open) => true,
        Some(KnownKeys::Listed(_)) => in_set(known_set(kind), key, norm_hash(key)),
    }
}

/// The keys of a recognised object that are not known for its kind, as written.
pub fn unknown_keys(obj: &Object) -> Vec<String> {
    if !matches!(known_keys(obj.kind), Some(KnownKeys::Listed(_))) {
        return Vec::new();
    }
    let set = known_set(obj.kind);
    obj.keys_hashed().filter(|(key, hash)| !in_set(set, key, *hash)).map(|(key, _)| key.to_string()).collect()
}

fn in_set(set: &KeySet, key: &str, hash: u32) -> bool {
    set.contains(key, hash) || key.as_bytes().contains(&b'@') && (key.starts_with('@') || key.contains("@odata."))
}

/// The known keys of a kind with a list (empty for the others); built once.
fn known_set(kind: Kind) -> &'static KeySet {
    static SETS: OnceLock<Vec<(Kind, KeySet)>> = OnceLock::new();
    static EMPTY: OnceLock<KeySet> = OnceLock::new();
    SETS.get_or_init(|| {
        Kind::ALL
            .iter()
            .filter_map(|&k| match known_keys(k) {
                Some(KnownKeys::Listed(lists)) => Some((k, KeySet::new(lists.iter().flat_map(|l| l.iter()).copied()))),
                _ => None,
            })
            .collect()
    })
    .iter()
    .find(|(k, _)| *k == kind)
    .map(|(_, keys)| keys)
    .unwrap_or_else(|| EMPTY.get_or_init(KeySet::default))
}

/// Whether the object has any of `markers` (any spelling).
pub fn has_any(obj: &Object, markers: &[&str]) -> bool {
    markers.iter().any(|m| obj.has(m))
}
