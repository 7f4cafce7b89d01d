//! What each step of an enrollment journey says, who acts, and the sources it rests on:
//! one definition per kind of step, shared by every journey and both languages.

use super::{Actor, Kind, Order};
use crate::engine::i18n::Text;

/// Flags of a step definition.
pub const SCREEN: u8 = 1;
pub const SIGN_IN: u8 = 2;
pub const WAIT: u8 = 4;
pub const USABLE: u8 = 8;
pub const REGISTERS: u8 = 16;
/// The step comes with the authentication method (a switch changes it).
pub const METHOD: u8 = 32;

/// One kind of step.
pub struct Def {
    pub id: &'static str,
    pub text: Text,
    pub actor: Actor,
    pub order: Order,
    pub flags: u8,
}

const fn d(id: &'static str, actor: Actor, order: Order, flags: u8, en: &'static str, ja: &'static str) -> Def {
    Def { id, text: Text::new(en, ja), actor, order, flags }
}

use Actor::{Admin, Device, User};
use Order::{Documented, Typical};

/// The definition of a kind of step.
pub fn def(kind: Kind) -> &'static Def {
    match kind {
        Kind::PowerOn => &POWER_ON,
        Kind::Language => &LANGUAGE,
        Kind::QuickStart => &QUICK_START,
        Kind::Wifi => &WIFI,
        Kind::RemoteManagement => &REMOTE_MANAGEMENT,
        Kind::SignInModern => &SIGN_IN_MODERN,
        Kind::SignInLegacy => &SIGN_IN_LEGACY,
        Kind::Enrolled => &ENROLLED,
        Kind::Panes => &PANES,
        Kind::PanesUnstated => &PANES_UNSTATED,
        Kind::Screen => &SCREEN_STEP,
        Kind::UnknownScreen => &UNKNOWN_SCREEN,
        Kind::AwaitFinal => &AWAIT_FINAL,
        Kind::HomeModern => &HOME_MODERN,
        Kind::HomeCompanyPortal => &HOME_COMPANY_PORTAL,
        Kind::HomeLegacy => &HOME_LEGACY,
        Kind::HomeUserless => &HOME_USERLESS,
        Kind::HomeShared => &HOME_SHARED,
        Kind::CompanyPortalVpp => &CP_VPP,
        Kind::CompanyPortalAppleId => &CP_APPLE_ID,
        Kind::CompanyPortalLock => &CP_LOCK,
        Kind::CompanyPortalOpens => &CP_OPENS,
        Kind::CompanyPortalEnroll => &CP_ENROLL,
        Kind::CompanyPortalRegister => &CP_REGISTER,
        Kind::JitSignIn => &JIT_SIGN_IN,
        Kind::SingleSignOn => &SSO,
        Kind::SharedIpadSkip => &SHARED_IPAD_SKIP,
        Kind::SharedIpadSignIn => &SHARED_IPAD_SIGN_IN,
        Kind::SharedIpadGuest => &SHARED_IPAD_GUEST,
        Kind::Authenticator => &AUTHENTICATOR,
        Kind::SharedSignIn => &SHARED_SIGN_IN,
    }
}

static POWER_ON: Def = d(
    "power-on",
    User,
    Documented,
    0,
    "Turns on the new or erased device (ADE needs one in its out-of-box state).",
    "新品またはリセットしたデバイスの電源を入れます (ADE には初期状態が必要です)。",
);
static LANGUAGE: Def =
    d("language", User, Documented, SCREEN, "Chooses language and region.", "言語と地域を選びます。");
static QUICK_START: Def = d("quick-start", User, Documented, SCREEN, "Quick Start: before Wi-Fi, so no profile hides it; its device-to-device transfer is not supported with Apple Business.",
    "クイック スタート: Wi-Fi より前なので非表示にできません。デバイス間の移行は Apple Business では使えません。");
static WIFI: Def = d(
    "wifi",
    User,
    Documented,
    SCREEN,
    "Connects to Wi-Fi; the enrollment profile comes from Apple Business.",
    "Wi-Fi に接続し、Apple Business から登録プロファイルを受け取ります。",
);
static REMOTE_MANAGEMENT: Def = d(
    "remote-management",
    User,
    Typical,
    SCREEN,
    "Remote Management: the organisation will configure the device (About Configuration shows the Department).",
    "リモート管理: 組織がデバイスを構成します (「構成について」に部門名が表示されます)。",
);
static SIGN_IN_MODERN: Def = d("sign-in", User, Documented, SCREEN | SIGN_IN | METHOD, "Signs in with the work account on Microsoft's page in Setup Assistant; enrollment starts. Password changes and MFA (if Conditional Access asks) happen here.",
    "セットアップ アシスタント内の Microsoft の画面で職場アカウントにサインインし、登録が始まります。パスワード変更と MFA (条件付きアクセスが要求する場合) もここです。");
static SIGN_IN_LEGACY: Def = d("sign-in", User, Typical, SCREEN | SIGN_IN | METHOD, "Signs in with user name and password in Setup Assistant: no MFA, no Conditional Access, no password change.",
    "セットアップ アシスタントでユーザー名とパスワードを入力します。MFA、条件付きアクセス、パスワード変更はありません。");
static ENROLLED: Def = d(
    "enrolled",
    Device,
    Documented,
    METHOD,
    "Enrolls in Intune with the user as primary user.",
    "ユーザーをプライマリ ユーザーとして Intune に登録されます。",
);
static PANES: Def = d(
    "screens",
    User,
    Typical,
    SCREEN,
    "Setup Assistant screens the profile shows (Apple ID, terms, passcode…); hiding them speeds setup.",
    "プロファイルで表示にした画面 (Apple ID、使用条件、パスコードなど)。非表示にすると早く終わります。",
);
static PANES_UNSTATED: Def = d(
    "screens-not-set",
    User,
    Typical,
    SCREEN,
    "Screens the profile does not set (may show):",
    "プロファイルで未設定の画面 (表示される場合あり):",
);
static SCREEN_STEP: Def = d("screen", User, Typical, SCREEN, "Screen:", "画面:");
static UNKNOWN_SCREEN: Def = d(
    "screen",
    User,
    Typical,
    SCREEN,
    "Screen set to Show, unknown to this tool:",
    "表示に設定された、このツールが認識できない画面:",
);
static AWAIT_FINAL: Def = d("await-final-configuration", Admin, Documented, SCREEN | WAIT, "Awaiting final configuration: locked while Intune installs configuration policies (not apps); no time limit, mostly under 15 minutes in tests.",
    "最終構成を待機中: Intune が構成ポリシー (アプリ以外) を入れる間ロックされます。上限はなく、テストではほぼ 15 分以内。");
static HOME_MODERN: Def = d("home-screen", User, Documented, USABLE, "Home screen: usable and enrolled, not yet registered in Entra ID: apps behind Conditional Access send the user to Company Portal.",
    "ホーム画面: 使用でき登録済みですが Entra ID には未登録で、条件付きアクセスのアプリはポータル サイトへ誘導します。");
static HOME_COMPANY_PORTAL: Def = d(
    "home-screen",
    User,
    Documented,
    USABLE,
    "Home screen: usable; work apps wait for the Company Portal sign-in.",
    "ホーム画面: 使用できますが、業務アプリはポータル サイトへのサインインまで使えません。",
);
static HOME_LEGACY: Def = d(
    "home-screen",
    User,
    Documented,
    USABLE,
    "Home screen: usable and enrolled, never registered in Entra ID (no device-based Conditional Access).",
    "ホーム画面: 使用でき登録済みですが、Entra ID には登録されません (デバイス ベースの条件付きアクセスは不可)。",
);
static HOME_USERLESS: Def = d(
    "home-screen",
    User,
    Documented,
    USABLE,
    "Home screen: usable with no sign-in and no primary user (do not install Company Portal from the App Store).",
    "ホーム画面: サインインもプライマリ ユーザーもなく使用できます (App Store からポータル サイトを入れないこと)。",
);
static HOME_SHARED: Def = d(
    "home-screen",
    User,
    Typical,
    USABLE,
    "Home screen: usable; nobody signed in yet.",
    "ホーム画面: 使用できます。まだだれもサインインしていません。",
);
static CP_VPP: Def = d(
    "company-portal-install",
    Admin,
    Documented,
    WAIT | METHOD,
    "Company Portal installs as a required app (no Apple ID with a VPP token); can take a while.",
    "ポータル サイトが必須アプリとして入ります (VPP トークンなら Apple ID 不要)。時間がかかる場合があります。",
);
static CP_APPLE_ID: Def = d(
    "company-portal-install",
    User,
    Documented,
    SIGN_IN | WAIT | METHOD,
    "No VPP token: Company Portal installs only once the user signs in to the App Store with an Apple ID.",
    "VPP トークンがないため、Apple ID で App Store にサインインするまでポータル サイトはインストールされません。",
);
static CP_LOCK: Def = d(
    "company-portal-lock",
    Device,
    Documented,
    SCREEN | METHOD,
    "Single-app mode: locked in Company Portal until the user signs in.",
    "シングル アプリ モード: サインインするまでポータル サイトにロックされます。",
);
static CP_OPENS: Def = d(
    "company-portal-opens",
    Device,
    Documented,
    SCREEN | WAIT | METHOD,
    "Company Portal installs, opens and should lock the device until sign-in (can take a while).",
    "ポータル サイトが入って開き、サインインまでデバイスをロックするはずです (時間がかかる場合あり)。",
);
static CP_ENROLL: Def = d("company-portal-sign-in", User, Documented, SCREEN | SIGN_IN | REGISTERS | METHOD, "Signs in to Company Portal with the work account (password changes and MFA here): enrollment completes and the device registers in Entra ID.",
    "職場アカウントでポータル サイトにサインインします (パスワード変更と MFA もここ)。登録が完了し、デバイスが Entra ID に登録されます。");
static CP_REGISTER: Def = d(
    "company-portal-sign-in",
    User,
    Documented,
    SCREEN | SIGN_IN | REGISTERS | METHOD,
    "Signs in to Company Portal again: the device registers in Entra ID; Conditional Access and compliance apply.",
    "ポータル サイトに再度サインインすると Entra ID に登録され、条件付きアクセスとコンプライアンスが適用されます。",
);
static JIT_SIGN_IN: Def = d("jit-sign-in", User, Documented, SCREEN | SIGN_IN | REGISTERS, "Signs in to Teams or another work app with the single sign-on extension: the device registers in Entra ID there (not in Defender for Endpoint first).",
    "SSO 拡張機能を使う Teams などにサインインし、そこで Entra ID に登録されます (最初に Defender for Endpoint を開かないこと)。");
static SSO: Def = d(
    "single-sign-on",
    Device,
    Documented,
    0,
    "Single sign-on covers the other targeted apps; Company Portal stays for compliance and logs.",
    "ほかの対象アプリには SSO でサインインされます。ポータル サイトはコンプライアンスとログ用に残ります。",
);
static SHARED_IPAD_SKIP: Def = d(
    "shared-ipad-skip",
    Device,
    Documented,
    0,
    "Shared iPad skips every screen after activation.",
    "共有 iPad はアクティベーション後の画面をすべて省略します。",
);
static SHARED_IPAD_SIGN_IN: Def = d("shared-ipad-sign-in", User, Typical, SCREEN | SIGN_IN | USABLE, "Shared iPad sign-in: Managed Apple ID (federated: Entra credentials) or Guest; the first sign-in sets a passcode. No Company Portal or Conditional Access.",
    "共有 iPad のサインイン: 管理対象 Apple ID (フェデレーション時は Entra の資格情報) かゲスト。初回にパスコードを設定。ポータル サイトと条件付きアクセスは不可。");
static SHARED_IPAD_GUEST: Def = d(
    "shared-ipad-guest",
    User,
    Typical,
    SCREEN | USABLE,
    "Temporary sessions only: a guest session, erased at sign-out.",
    "一時セッションのみ: ゲスト セッションで、サインアウトすると消去されます。",
);
static AUTHENTICATOR: Def = d(
    "authenticator",
    User,
    Documented,
    SCREEN,
    "The first worker opens Authenticator to confirm shared device mode.",
    "最初の作業者が Authenticator を開き、共有デバイス モードを確認します。",
);
static SHARED_SIGN_IN: Def = d(
    "shared-sign-in",
    User,
    Typical,
    SCREEN | SIGN_IN,
    "Each worker signs in and out of an app that supports shared device mode; single sign-on covers the others.",
    "作業者は共有デバイス モード対応アプリにサインイン・サインアウトし、ほかは SSO で済みます。",
);

/// The sources of each kind of step (the CLI's and the reports'; the page cites its sources
/// once, under the journeys).
#[cfg(not(target_arch = "wasm32"))]
pub fn sources(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::PowerOn => &["S-LEARN-ENDUSER-ADE", "S-LEARN-ADE-SETUP"],
        Kind::Screen => &["S-LEARN-ADE-SCREENS", "S-APPLE-SKIPKEYS"],
        Kind::Language => &["S-LEARN-ENDUSER-ADE"],
        Kind::QuickStart => &["S-LEARN-BACKUP-RESTORE"],
        Kind::Wifi => &["S-LEARN-ENDUSER-ADE", "S-LEARN-BACKUP-RESTORE"],
        Kind::RemoteManagement => &["S-LEARN-BACKUP-RESTORE", "S-LEARN-ADE-SETUP"],
        Kind::SignInModern => &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH", "S-APPLE-WEB-AUTH", "S-LEARN-MFA-ENROLLMENT"],
        Kind::SignInLegacy => &["S-LEARN-ADE-AUTH"],
        Kind::Enrolled => &["S-LEARN-ADE-AUTH"],
        Kind::Panes => &["S-LEARN-ADE-SCREENS", "S-LEARN-ENDUSER-ADE", "S-LEARN-SHARED-DEVICE-MODE"],
        Kind::PanesUnstated => &["S-LEARN-ADE-SCREENS"],
        Kind::UnknownScreen => &["S-SC-SETUPASSISTANT"],
        Kind::AwaitFinal => &["S-LEARN-AWAIT-FINAL"],
        Kind::HomeModern => &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH"],
        Kind::HomeCompanyPortal => &["S-LEARN-ADE-SETUP", "S-LEARN-IOS-GUIDE"],
        Kind::HomeLegacy => &["S-LEARN-IOS-GUIDE"],
        Kind::HomeUserless => &["S-LEARN-IOS-GUIDE"],
        Kind::HomeShared => &["S-LEARN-SHARED-DEVICE-MODE"],
        Kind::CompanyPortalVpp => &["S-LEARN-ADE-AUTH", "S-LEARN-IOS-GUIDE"],
        Kind::CompanyPortalAppleId => &["S-LEARN-ADE-AUTH", "S-LEARN-IOS-GUIDE"],
        Kind::CompanyPortalLock => &["S-LEARN-ADE-SETUP"],
        Kind::CompanyPortalOpens => &["S-LEARN-IOS-GUIDE"],
        Kind::CompanyPortalEnroll => &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH", "S-LEARN-MFA-ENROLLMENT"],
        Kind::CompanyPortalRegister => &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH"],
        Kind::JitSignIn => &["S-LEARN-ADE-AUTH", "S-LEARN-JIT"],
        Kind::SingleSignOn => &["S-LEARN-ADE-AUTH"],
        Kind::SharedIpadSkip => &["S-LEARN-ADE-SETUP", "S-LEARN-IOS-GUIDE"],
        Kind::SharedIpadSignIn => &["S-LEARN-SHARED-IPAD"],
        Kind::SharedIpadGuest => &["S-LEARN-ADE-SETUP", "S-LEARN-SHARED-IPAD"],
        Kind::Authenticator => &["S-LEARN-SHARED-DEVICE-MODE"],
        Kind::SharedSignIn => &["S-LEARN-SHARED-DEVICE-MODE"],
    }
}

/// A caveat a step carries, by the situation or the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// MFA during enrollment (S-LEARN-MFA-ENROLLMENT, S-LEARN-ADE-AUTH).
    Mfa,
    /// MFA on a device locked in single-app mode (S-LEARN-ADE-SETUP).
    MfaLocked,
    /// Await final configuration's defaults (S-LEARN-AWAIT-FINAL).
    AwaitDefault,
    /// Company Portal without a VPP token (S-LEARN-ADE-AUTH).
    NoVpp,
    /// Just-in-Time registration (S-LEARN-JIT).
    Jit,
    /// Shared iPad ignores Show and Hide (S-LEARN-ADE-SCREENS).
    SharedIpad,
    /// Passcode and Touch ID / Face ID (S-LEARN-ADE-SCREENS, Limitations).
    Passcode,
    /// Terms of Address, shown before the configuration arrives (S-APPLE-SKIPKEYS).
    Early,
}

impl Note {
    pub const ALL: [Note; 8] = [
        Note::Mfa,
        Note::MfaLocked,
        Note::AwaitDefault,
        Note::NoVpp,
        Note::Jit,
        Note::SharedIpad,
        Note::Passcode,
        Note::Early,
    ];

    pub fn text(self) -> Text {
        match self {
            Note::Mfa => Text::new(
                "No calls, texts or notifications reach the device yet: users need a second device or a Temporary Access Pass (phishing-resistant methods unsupported).",
                "まだ通話・SMS・通知が届かないため、2 台目のデバイスか一時アクセス パスが必要です (フィッシング耐性のある方法は不可)。",
            ),
            Note::MfaLocked => Text::new(
                "MFA cannot be completed on the locked device: the second factor must be on another device (or a Temporary Access Pass).",
                "ロック中のデバイスでは MFA を完了できません。2 つ目の要素は別のデバイス (または一時アクセス パス) で行います。",
            ),
            Note::AwaitDefault => Text::new(
                "Yes by default for new profiles, No for existing ones.",
                "新しいプロファイルでは既定で「はい」、既存のプロファイルでは「いいえ」です。",
            ),
            Note::NoVpp => Text::new(
                "Without a VPP token users must sign in with an Apple ID, or Company Portal never installs.",
                "VPP トークンがない場合、Apple ID でサインインしないとポータル サイトはインストールされません。",
            ),
            Note::Jit => Text::new(
                "With Just-in-Time registration the first work app's sign-in replaces this one.",
                "Just-In-Time (JIT) 登録を使うと、最初の業務アプリへのサインインがこれに代わります。",
            ),
            Note::SharedIpad => Text::new(
                "The profile's Show and Hide settings do not apply.",
                "プロファイルの表示と非表示の設定は適用されません。",
            ),
            Note::Passcode => Text::new(
                "Does not work correctly on iOS 14.5 and later (Learn): hide it and require a passcode by policy.",
                "iOS 14.5 以降では正しく動作しません (Learn)。非表示にし、パスコードはポリシーで要求してください。",
            ),
            Note::Early => Text::new(
                "Shown before the configuration arrives: hiding it may not work (Apple).",
                "構成の受信前に表示されるため、非表示が効かない場合があります (Apple)。",
            ),
        }
    }

    /// The sources the note adds to its step's.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Note::Mfa => &["S-LEARN-MFA-ENROLLMENT", "S-LEARN-ADE-AUTH"],
            Note::MfaLocked => &["S-LEARN-MFA-ENROLLMENT", "S-LEARN-ADE-SETUP"],
            Note::AwaitDefault => &["S-LEARN-AWAIT-FINAL"],
            Note::NoVpp => &["S-LEARN-ADE-AUTH"],
            Note::Jit => &["S-LEARN-JIT"],
            Note::SharedIpad | Note::Passcode => &["S-LEARN-ADE-SCREENS"],
            Note::Early => &["S-APPLE-SKIPKEYS"],
        }
    }
}

/// Every definition, for the completeness tests.
pub fn all() -> impl Iterator<Item = &'static Def> {
    Kind::ALL.iter().map(|k| def(*k))
}
