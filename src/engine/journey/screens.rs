//! The Setup Assistant screens an ADE profile can show or hide, as typed data: Learn's
//! screen reference (S-LEARN-ADE-SCREENS) with Apple's skip keys (S-APPLE-SKIPKEYS), the
//! Graph booleans (S-GRAPH-DEP-IOS) and the settings-catalog ids (S-SC-SETUPASSISTANT).
//!
//! Rows are in the order the journey lists shown screens. Neither Microsoft nor Apple
//! publishes the order on the device: Learn's end-user page orders only Restore, Apple ID,
//! terms and diagnostics (S-LEARN-ENDUSER-ADE); the rest follow Learn's table, and every
//! screen step says "typical order".

use super::texts::Note;
use crate::engine::i18n::Text;

/// One Setup Assistant screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screen {
    /// Apple's skip key (`enabledSkipKeys`, `skip_setup_items`), as Apple spells it.
    pub key: &'static str,
    /// The name in Learn's screen reference (English) and in Japanese.
    pub name: Text,
    /// The Graph `depIOSEnrollmentProfile` boolean that hides it (`""`: none, newer
    /// screens exist only as skip keys).
    pub graph: &'static str,
    /// What follows `ade_setupassistant_` in the settings-catalog id (`""`: none).
    pub catalog: &'static str,
    /// The iOS/iPadOS version Learn gives for the screen (`""`: Learn gives none).
    pub ios: &'static str,
    /// The version from which the screen is no longer shown (Learn, or Apple where Learn
    /// says nothing): it does not appear on the versions Intune supports.
    pub retired: &'static str,
    /// A note on the screen, when there is one.
    pub note: Option<Note>,
}

const fn s(
    key: &'static str,
    en: &'static str,
    ja: &'static str,
    graph: &'static str,
    catalog: &'static str,
    ios: &'static str,
) -> Screen {
    Screen { key, name: Text::new(en, ja), graph, catalog, ios, retired: "", note: None }
}

const fn noted(mut screen: Screen, note: Note) -> Screen {
    screen.note = Some(note);
    screen
}

const fn retired(mut screen: Screen, version: &'static str) -> Screen {
    screen.retired = version;
    screen
}

/// Every screen of Learn's iOS/iPadOS reference (Graph's `homeButtonScreenDisabled`, a screen
/// Apple retired in iOS 15 and Learn no longer lists, is not read; its skip key shows as an
/// unknown screen).
pub static SCREENS: [Screen; 37] = [
    noted(s("TermsOfAddress", "Terms of Address", "呼びかけ方", "", "termsofaddress", "16.0"), Note::Early),
    s("Restore", "Restore (Apps & Data)", "復元 (App とデータ)", "restoreBlocked", "restore", "7.0"),
    s("Android", "Android Migration", "Android の移行", "restoreFromAndroidDisabled", "androidmigration", "9.0"),
    s("AppleID", "Apple ID", "Apple ID", "appleIdDisabled", "appleid", "7.0"),
    s("TOS", "Terms and conditions", "使用条件", "termsAndConditionsDisabled", "termsandconditions", "7.0"),
    s("Diagnostics", "Diagnostics Data", "診断データ", "diagnosticsDisabled", "diagnosticsdata", "7.0"),
    noted(s("Passcode", "Passcode", "パスコード", "passCodeDisabled", "passcode", "7.0"), Note::Passcode),
    s("Location", "Location Services", "ロケーション サービス", "locationDisabled", "locationservices", "7.0"),
    noted(
        s("Biometric", "Touch ID and Face ID", "Touch ID と Face ID", "touchIdDisabled", "touchfaceid", "8.1"),
        Note::Passcode,
    ),
    s("Payment", "Apple Pay", "Apple Pay", "applePayDisabled", "applepay", "7.0"),
    retired(s("Zoom", "Zoom", "Zoom", "zoomDisabled", "zoom", "8.3"), "17"),
    s("Siri", "Siri", "Siri", "siriDisabled", "siri", "7.0"),
    retired(s("DisplayTone", "Display Tone", "トーンの表示", "displayToneSetupDisabled", "displaytone", "9.3.2"), "15"),
    s("Privacy", "Privacy", "プライバシー", "privacyPaneDisabled", "privacy", "11.3"),
    s(
        "iMessageAndFaceTime",
        "iMessage & FaceTime",
        "iMessage と FaceTime",
        "iMessageAndFaceTimeScreenDisabled",
        "imessagefacetime",
        "9.0",
    ),
    retired(s("OnBoarding", "Onboarding", "オンボード", "onBoardingScreenDisabled", "onboarding", "11.0"), "14"),
    s("ScreenTime", "Screen Time", "画面の表示時間", "screenTimeScreenDisabled", "screentime", "12.0"),
    s("SIMSetup", "SIM Setup", "SIM のセットアップ", "simSetupScreenDisabled", "simsetup", "12.0"),
    s(
        "SoftwareUpdate",
        "Software Update",
        "ソフトウェア更新プログラム",
        "softwareUpdateScreenDisabled",
        "softwareupdate",
        "12.0",
    ),
    s("WatchMigration", "Watch Migration", "Watch の移行", "watchMigrationScreenDisabled", "watchmigration", "11.0"),
    s("Appearance", "Appearance", "外観", "appearanceScreenDisabled", "appearance", "13.0"),
    s(
        "DeviceToDeviceMigration",
        "Device to Device Migration",
        "デバイスからデバイスへの移行",
        "deviceToDeviceMigrationDisabled",
        "devicemigration",
        "",
    ),
    s("RestoreCompleted", "Restore Completed", "復元完了", "restoreCompletedScreenDisabled", "restorecompleted", ""),
    s(
        "UpdateCompleted",
        "Software Update Completed",
        "ソフトウェア更新の完了",
        "updateCompleteScreenDisabled",
        "softwareupdatecompleted",
        "",
    ),
    s("Welcome", "Get Started", "はじめに", "welcomeScreenDisabled", "getstarted", ""),
    s("Safety", "Emergency SOS", "緊急 SOS", "", "safety", "16.0"),
    s("ActionButton", "Action button", "アクションボタン", "", "actionbutton", "17.0"),
    s("Intelligence", "Intelligence", "Apple Intelligence", "", "intelligence", "18.0"),
    s("CameraButton", "Camera button", "カメラボタン", "", "camerabutton", "18.0"),
    s("WebContentFiltering", "Web content filtering", "Web コンテンツ フィルタ", "", "webcontentfiltering", "18.2"),
    s("AppStore", "App Store", "App Store", "", "appstore", "14.3"),
    s("SafetyAndHandling", "Safety and handling", "安全性と取り扱い", "", "safetyandhandling", "18.4"),
    s("Multitasking", "Multitasking", "マルチタスク", "", "multitasking", "26.0"),
    s("OSShowcase", "OS Showcase", "OS の紹介", "", "osshowcase", "26.0"),
    s(
        "AccessibilityAppearance",
        "Accessibility appearance",
        "アクセシビリティの外観",
        "",
        "accessibilityappearance",
        "17.0",
    ),
    s("LiquidGlass", "Liquid glass", "Liquid Glass", "", "liquidglass", "27.0"),
    s("DeviceFeaturesTour", "Device features tour", "デバイス機能のツアー", "", "devicefeaturestour", "27.0"),
];

/// The position in [`SCREENS`] of the screen with this skip key (any case).
pub fn by_key(key: &str) -> Option<usize> {
    let key = key.trim();
    SCREENS.iter().position(|s| s.key.eq_ignore_ascii_case(key))
}

/// The position in [`SCREENS`] of the screen with this settings-catalog suffix (after
/// `ade_setupassistant_`).
pub fn by_catalog(suffix: &str) -> Option<usize> {
    SCREENS.iter().position(|s| !s.catalog.is_empty() && s.catalog.eq_ignore_ascii_case(suffix))
}

impl Screen {
    /// The journey's step id of the screen: `screen-` and the skip key in lower case.
    pub fn step_id(&self) -> String {
        format!("screen-{}", self.key.to_ascii_lowercase())
    }

    /// Only shown before the device fetches its configuration (hiding it may not work).
    pub fn early(&self) -> bool {
        self.note == Some(Note::Early)
    }
}
