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
    pub sources: &'static [&'static str],
}

const fn d(
    id: &'static str,
    actor: Actor,
    order: Order,
    flags: u8,
    sources: &'static [&'static str],
    en: &'static str,
    ja: &'static str,
) -> Def {
    Def { id, text: Text::new(en, ja), actor, order, flags, sources }
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
    &["S-LEARN-ENDUSER-ADE", "S-LEARN-ADE-SETUP"],
    "Turns on the new or erased iPhone or iPad: only a device in its out-of-box state enrolls through ADE.",
    "新品またはリセットした iPhone / iPad の電源を入れます。ADE で登録されるのは初期状態のデバイスだけです。",
);
static LANGUAGE: Def = d(
    "language",
    User,
    Documented,
    SCREEN,
    &["S-LEARN-ENDUSER-ADE"],
    "Chooses the language and region.",
    "言語と地域を選びます。",
);
static QUICK_START: Def = d("quick-start", User, Documented, SCREEN, &["S-LEARN-BACKUP-RESTORE"],
    "Quick Start offers to transfer data from another device. It comes before Wi-Fi and before the device knows its organisation, so no profile can hide it, and Apple Business does not support that transfer: set the device up without it.",
    "クイック スタートで別のデバイスからデータを移すよう勧められます。Wi-Fi 接続より前、デバイスが組織を知る前の画面なので、プロファイルでは非表示にできません。Apple Business ではこの移行はサポートされないため、使わずに進めます。");
static WIFI: Def = d(
    "wifi",
    User,
    Documented,
    SCREEN,
    &["S-LEARN-ENDUSER-ADE", "S-LEARN-BACKUP-RESTORE"],
    "Connects to Wi-Fi: the device activates and downloads its enrollment profile from Apple Business.",
    "Wi-Fi に接続します。デバイスがアクティベートされ、Apple Business から登録プロファイルをダウンロードします。",
);
static REMOTE_MANAGEMENT: Def = d("remote-management", User, Typical, SCREEN, &["S-LEARN-BACKUP-RESTORE", "S-LEARN-ADE-SETUP"],
    "Remote Management: the organisation will configure this device. The profile's Department and Department phone appear under About Configuration and Need Help.",
    "リモート管理: 組織がこのデバイスを構成することが表示されます。プロファイルの部門名と部署の電話番号は「構成について」と「ヘルプが必要ですか」に表示されます。");
static SIGN_IN_MODERN: Def = d("sign-in", User, Documented, SCREEN | SIGN_IN | METHOD,
    &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH", "S-APPLE-WEB-AUTH", "S-LEARN-MFA-ENROLLMENT"],
    "Signs in with the work account (Microsoft Entra ID) on Microsoft's sign-in page inside Setup Assistant, which starts the enrollment. A first or expired password is changed here, and MFA is asked here when Conditional Access requires it.",
    "セットアップ アシスタントの中の Microsoft のサインイン画面で職場アカウント (Microsoft Entra ID) にサインインし、登録が始まります。初回や期限切れのパスワードはここで変更し、条件付きアクセスが要求する場合は MFA もここで求められます。");
static SIGN_IN_LEGACY: Def = d("sign-in", User, Typical, SCREEN | SIGN_IN | METHOD, &["S-LEARN-ADE-AUTH"],
    "Signs in with user name and password in Setup Assistant, without Microsoft's sign-in page: no MFA, no Conditional Access prompt, no password change.",
    "Microsoft のサインイン画面を使わず、セットアップ アシスタントでユーザー名とパスワードを入力してサインインします。MFA、条件付きアクセスの確認、パスワードの変更はありません。");
static ENROLLED: Def = d(
    "enrolled",
    Device,
    Documented,
    METHOD,
    &["S-LEARN-ADE-AUTH"],
    "The device finishes enrolling in Intune, with the user as its primary user.",
    "デバイスの Intune への登録が完了し、ユーザーがプライマリ ユーザーになります。",
);
static PANES: Def = d("screens", User, Typical, SCREEN, &["S-LEARN-ADE-SCREENS", "S-LEARN-ENDUSER-ADE", "S-LEARN-SHARED-DEVICE-MODE"],
    "The Setup Assistant screens the profile shows (Apple ID, terms and conditions, passcode and others). Each can be hidden, and every hidden screen makes setup quicker.",
    "プロファイルで表示にしたセットアップ アシスタントの画面 (Apple ID、使用条件、パスコードなど)。どれも非表示にでき、非表示にするほどセットアップが早く終わります。");
static PANES_UNSTATED: Def = d(
    "screens-not-set",
    User,
    Typical,
    SCREEN,
    &["S-LEARN-ADE-SCREENS"],
    "Screens this profile does not set, so whether they appear is not known:",
    "このプロファイルで設定されていないため、表示されるかどうか分からない画面:",
);
static SCREEN_STEP: Def = d(
    "screen",
    User,
    Typical,
    SCREEN,
    &["S-LEARN-ADE-SCREENS", "S-APPLE-SKIPKEYS"],
    "Setup Assistant screen:",
    "セットアップ アシスタントの画面:",
);
static UNKNOWN_SCREEN: Def = d(
    "screen",
    User,
    Typical,
    SCREEN,
    &["S-SC-SETUPASSISTANT"],
    "A Setup Assistant screen this product does not know, set to Show:",
    "このツールが認識できない、表示に設定されたセットアップ アシスタントの画面:",
);
static AWAIT_FINAL: Def = d("await-final-configuration", Admin, Documented, SCREEN | WAIT, &["S-LEARN-AWAIT-FINAL"],
    "Awaiting final configuration: the device stays locked on this screen while Intune installs its device configuration policies (not apps). There is no time limit; most devices Microsoft tested were released within 15 minutes.",
    "最終構成を待機中: Intune がデバイス構成ポリシー (アプリは含みません) をインストールする間、デバイスはこの画面でロックされます。時間の上限はなく、Microsoft のテストではほとんどのデバイスが 15 分以内に解除されました。");
static HOME_MODERN: Def = d("home-screen", User, Documented, USABLE, &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH"],
    "Home screen: the device is usable and enrolled with its user, but not yet registered in Microsoft Entra ID. Entra shows it noncompliant while the Intune admin center shows it compliant, and apps protected by Conditional Access send the user to Company Portal.",
    "ホーム画面: デバイスは使用でき、ユーザーとともに登録されていますが、まだ Microsoft Entra ID には登録されていません。Entra では非準拠、Intune 管理センターでは準拠と表示され、条件付きアクセスで保護されたアプリはユーザーをポータル サイトへ誘導します。");
static HOME_COMPANY_PORTAL: Def = d("home-screen", User, Documented, USABLE, &["S-LEARN-ADE-SETUP", "S-LEARN-IOS-GUIDE"],
    "Home screen: Setup Assistant is over and the device can be used, but work apps and resources wait until the user signs in to Company Portal.",
    "ホーム画面: セットアップ アシスタントが終わり、デバイスは使用できますが、業務用のアプリやリソースはユーザーがポータル サイトにサインインするまで使えません。");
static HOME_LEGACY: Def = d("home-screen", User, Documented, USABLE, &["S-LEARN-IOS-GUIDE"],
    "Home screen: the device is usable and enrolled in Intune, but it is not registered in Microsoft Entra ID, so Conditional Access that needs a registered device cannot let it in.",
    "ホーム画面: デバイスは使用でき、Intune に登録されていますが、Microsoft Entra ID には登録されていません。登録済みのデバイスを求める条件付きアクセスは通りません。");
static HOME_USERLESS: Def = d("home-screen", User, Documented, USABLE, &["S-LEARN-IOS-GUIDE"],
    "Home screen: the device is usable without anyone signing in and has no primary user. Users have nothing to do, and must not install Company Portal from the App Store.",
    "ホーム画面: だれもサインインせずにデバイスを使用でき、プライマリ ユーザーはいません。ユーザーの操作は不要で、App Store からポータル サイトをインストールしてはいけません。");
static HOME_SHARED: Def = d(
    "home-screen",
    User,
    Typical,
    USABLE,
    &["S-LEARN-SHARED-DEVICE-MODE"],
    "Home screen: the device is usable; nobody signed in during setup.",
    "ホーム画面: デバイスを使用できます。セットアップ中にだれもサインインしていません。",
);
static CP_VPP: Def = d("company-portal-install", Admin, Documented, WAIT | METHOD, &["S-LEARN-ADE-AUTH", "S-LEARN-IOS-GUIDE"],
    "Intune installs Company Portal as a required app, without an Apple ID when the profile installs it with a VPP token. This can take a while.",
    "Intune がポータル サイトを必須アプリとしてインストールします。プロファイルで VPP トークンを使ってインストールする場合、Apple ID は不要です。時間がかかることがあります。");
static CP_APPLE_ID: Def = d("company-portal-install", User, Documented, SIGN_IN | WAIT | METHOD, &["S-LEARN-ADE-AUTH", "S-LEARN-IOS-GUIDE"],
    "No VPP token: the user must sign in to the App Store with an Apple ID (or have entered one in Setup Assistant) when Intune installs Company Portal. Until then Company Portal does not install and the device cannot register.",
    "VPP トークンがないため、Intune がポータル サイトをインストールするときに、ユーザーが Apple ID で App Store にサインインする (またはセットアップ アシスタントで入力しておく) 必要があります。それまでポータル サイトはインストールされず、デバイスを登録できません。");
static CP_LOCK: Def = d("company-portal-lock", Device, Documented, SCREEN | METHOD, &["S-LEARN-ADE-SETUP"],
    "Single-app mode: right after Setup Assistant the device is locked in Company Portal; nothing else opens until the user signs in.",
    "シングル アプリ モード: セットアップ アシスタントの直後からデバイスはポータル サイトにロックされ、ユーザーがサインインするまでほかのものは開けません。");
static CP_OPENS: Def = d("company-portal-opens", Device, Documented, SCREEN | WAIT | METHOD, &["S-LEARN-IOS-GUIDE"],
    "Company Portal installs, opens by itself and should lock the device in a kiosk-style mode until the user signs in. This can take a while.",
    "ポータル サイトがインストールされて自動的に開き、ユーザーがサインインするまでデバイスをキオスクのようなモードでロックするはずです。時間がかかることがあります。");
static CP_ENROLL: Def = d("company-portal-sign-in", User, Documented, SCREEN | SIGN_IN | REGISTERS | METHOD,
    &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH", "S-LEARN-MFA-ENROLLMENT"],
    "Signs in to Company Portal with the work account: the enrollment completes with the user, passwords are changed here, MFA is asked when Conditional Access requires it, and the device registers in Microsoft Entra ID.",
    "職場アカウントでポータル サイトにサインインします。ユーザーとともに登録が完了し、パスワードの変更もここで行い、条件付きアクセスが要求する場合は MFA が求められ、デバイスが Microsoft Entra ID に登録されます。");
static CP_REGISTER: Def = d("company-portal-sign-in", User, Documented, SCREEN | SIGN_IN | REGISTERS | METHOD,
    &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-AUTH"],
    "Opens Company Portal and signs in with the work account again: the device registers in Microsoft Entra ID, and Conditional Access and compliance apply from then on.",
    "ポータル サイトを開き、もう一度職場アカウントでサインインします。デバイスが Microsoft Entra ID に登録され、以後は条件付きアクセスとコンプライアンスが適用されます。");
static JIT_SIGN_IN: Def = d("jit-sign-in", User, Documented, SCREEN | SIGN_IN | REGISTERS, &["S-LEARN-ADE-AUTH", "S-LEARN-JIT"],
    "Opens Teams or another work app that uses the single sign-on extension and signs in with the work account: the device registers in Microsoft Entra ID and compliance is checked in that app (a short spinner is expected). Microsoft Defender for Endpoint must not be the first app opened.",
    "Teams など、シングル サインオン拡張機能を使う業務アプリを開いて職場アカウントでサインインします。そのアプリの中でデバイスが Microsoft Entra ID に登録され、コンプライアンスが確認されます (短い読み込み表示が出ます)。最初に開くアプリを Microsoft Defender for Endpoint にしてはいけません。");
static SSO: Def = d("single-sign-on", Device, Documented, 0, &["S-LEARN-ADE-AUTH"],
    "The single sign-on extension signs the user in to the other targeted apps; Company Portal stays installed for compliance, sync and logs.",
    "シングル サインオン拡張機能により、対象のほかのアプリにも自動的にサインインされます。ポータル サイトはコンプライアンス、同期、ログのために残ります。");
static SHARED_IPAD_SKIP: Def = d("shared-ipad-skip", Device, Documented, 0, &["S-LEARN-ADE-SETUP", "S-LEARN-IOS-GUIDE"],
    "Shared iPad: every Setup Assistant screen after activation is skipped, whatever the profile sets.",
    "共有 iPad: アクティベーション後のセットアップ アシスタントの画面は、プロファイルの設定にかかわらずすべて省略されます。");
static SHARED_IPAD_SIGN_IN: Def = d("shared-ipad-sign-in", User, Typical, SCREEN | SIGN_IN | USABLE, &["S-LEARN-SHARED-IPAD"],
    "The Shared iPad sign-in screen: the user signs in with a Managed Apple ID (with federation, the Microsoft Entra user name and password) or taps Guest. At the first sign-in they set a passcode and the device's apps install. Company Portal, compliance and Conditional Access do not apply.",
    "共有 iPad のサインイン画面: ユーザーは管理対象 Apple ID (フェデレーションを構成していれば Microsoft Entra のユーザー名とパスワード) でサインインするか、ゲストを選びます。初回のサインインでパスコードを設定し、デバイスのアプリがインストールされます。ポータル サイト、コンプライアンス、条件付きアクセスは使えません。");
static SHARED_IPAD_GUEST: Def = d(
    "shared-ipad-guest",
    User,
    Typical,
    SCREEN | USABLE,
    &["S-LEARN-ADE-SETUP", "S-LEARN-SHARED-IPAD"],
    "Temporary sessions only: the user can only start a guest session, and everything in it is erased at sign-out.",
    "一時セッションのみ: ユーザーはゲスト セッションしか開始できず、サインアウトするとその内容はすべて消去されます。",
);
static AUTHENTICATOR: Def = d(
    "authenticator",
    User,
    Documented,
    SCREEN,
    &["S-LEARN-SHARED-DEVICE-MODE"],
    "The first worker opens Microsoft Authenticator once, to make sure the device is in shared device mode.",
    "最初の作業者が Microsoft Authenticator を一度開き、デバイスが共有デバイス モードになっていることを確認します。",
);
static SHARED_SIGN_IN: Def = d("shared-sign-in", User, Typical, SCREEN | SIGN_IN, &["S-LEARN-SHARED-DEVICE-MODE"],
    "Each worker signs in to an app that supports shared device mode and signs out again as needed; single sign-on limits how often they sign in.",
    "作業者はそれぞれ共有デバイス モードに対応したアプリにサインインし、必要に応じてサインアウトします。シングル サインオンにより、サインインの回数は少なく済みます。");

/// Notes a journey adds to a step, by the situation.
pub const NOTE_MFA: Text = Text::new(
    "MFA: the device cannot receive its own calls, texts or app notifications during enrollment, so users need a second device or a Temporary Access Pass. Phishing-resistant methods are not supported in Setup Assistant.",
    "MFA: 登録中のデバイスは自分あての通話、SMS、アプリの通知を受け取れないため、ユーザーには 2 台目のデバイスか一時アクセス パスが必要です。フィッシングに強い認証方法はセットアップ アシスタントではサポートされません。",
);
pub const NOTE_MFA_LOCKED: Text = Text::new(
    "MFA: it cannot be completed on the device locked in single-app mode, because the device cannot switch to another app: the second factor must be on another device (or a Temporary Access Pass).",
    "MFA: シングル アプリ モードでロックされたデバイスではほかのアプリに切り替えられないため、MFA を完了できません。2 つ目の要素は別のデバイス (または一時アクセス パス) で行う必要があります。",
);
pub const NOTE_AWAIT_DEFAULT: Text = Text::new(
    "Await final configuration is Yes by default for new profiles and No for existing ones; with No the device goes straight to the home screen.",
    "「最終構成を待機する」は新しいプロファイルでは既定で「はい」、既存のプロファイルでは「いいえ」です。「いいえ」の場合はそのままホーム画面に進みます。",
);
pub const NOTE_NO_VPP: Text = Text::new(
    "Without a VPP token users must enter an Apple ID in Setup Assistant or sign in to the App Store when asked; otherwise Company Portal never installs and the device cannot register.",
    "VPP トークンがない場合、ユーザーはセットアップ アシスタントで Apple ID を入力するか、求められたときに App Store にサインインする必要があります。そうしないとポータル サイトはインストールされず、デバイスを登録できません。",
);
pub const NOTE_JIT: Text = Text::new(
    "With Just-in-Time registration (a single sign-on extension with device registration), the first work app the user signs in to replaces this sign-in.",
    "Just-In-Time (JIT) 登録 (デバイス登録を含むシングル サインオン拡張機能) を構成すると、ユーザーが最初にサインインする業務アプリがこのサインインの代わりになります。",
);
pub const NOTE_SHARED_IPAD: Text = Text::new(
    "Shared iPad ignores the profile's Show and Hide settings.",
    "共有 iPad では、プロファイルの表示と非表示の設定は無視されます。",
);
/// Sources of the notes above, cited by the steps that carry them.
pub const NOTE_MFA_SOURCES: &[&str] = &["S-LEARN-MFA-ENROLLMENT", "S-LEARN-ADE-AUTH", "S-LEARN-ADE-SETUP"];

/// Every definition, for the completeness tests.
pub fn all() -> impl Iterator<Item = &'static Def> {
    Kind::ALL.iter().map(|k| def(*k))
}

/// Every note a step can carry, for the completeness tests.
pub const NOTES: [&Text; 6] =
    [&NOTE_MFA, &NOTE_MFA_LOCKED, &NOTE_AWAIT_DEFAULT, &NOTE_NO_VPP, &NOTE_JIT, &NOTE_SHARED_IPAD];
