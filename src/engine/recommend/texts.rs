//! The static bilingual texts of the recommendation: why a method misses a requirement,
//! what each requirement is tied to, and the advice notes. Written for this product (not
//! copied from the article or from Microsoft Learn); Japanese in です/ます style with the
//! admin center's Japanese names.

use crate::engine::click_paths;
use crate::engine::i18n::{Link, Text};
use crate::engine::model::AuthMethod;
use crate::engine::sources::{
    ARTICLE, ISSUE_CP_UPDATE, ISSUE_MC284343, LEARN_AUTH_METHODS, LEARN_GUIDE, LEARN_MFA_ENROLLMENT, LEARN_SETUP_ADE,
    LEARN_SUPPORTED_OS,
};
use crate::engine::steps::FixStep;
use crate::engine::table::{Method, Requirement};

/// Why `method` does not meet `requirement` (only for cells whose table value is "no").
/// `None` for cells that are "yes".
pub fn why_not(requirement: Requirement, method: Method) -> Option<Text> {
    use Method::*;
    use Requirement::*;
    let t = match (requirement, method) {
        (Mfa, SetupAssistantLegacy) => Text::new(
            "Legacy does sign the user in (user name and password in Setup Assistant), but without the modern-authentication web page, so there is no place for an MFA prompt or a Conditional Access check. Where MFA is enforced for the user, the legacy sign-in is reported to fail (a public issue thread, MicrosoftDocs/azure-docs #67083).",
            "レガシでもユーザーはサインインします (セットアップ アシスタントでユーザー名とパスワードを入力) が、先進認証の Web 画面を使わないため、MFA や条件付きアクセスの確認を求める場面がありません。ユーザーに MFA が強制されていると、レガシのサインインは失敗すると報告されています (公開の issue スレッド MicrosoftDocs/azure-docs #67083)。",
        ),
        (UpdateExpiredPassword, SetupAssistantLegacy) => Text::new(
            "Legacy's sign-in in Setup Assistant has no modern-authentication web page, so it cannot ask a user with an expired password to change it at the first sign-in.",
            "レガシのセットアップ アシスタントでのサインインには先進認証の Web 画面がないため、期限切れのパスワードを初回サインイン時に変更させることができません。",
        ),
        (ResetExpiredPassword, SetupAssistantLegacy) => Text::new(
            "Legacy offers no password reset during enrollment; Microsoft says this prompt is not supported when Apple's Setup Assistant does the authentication.",
            "レガシでは登録中にパスワードをリセットできません。Microsoft は、Apple のセットアップ アシスタントが認証する場合はこの案内に対応していないと説明しています。",
        ),
        (EntraRegistration, SetupAssistantLegacy) => Text::new(
            "Legacy does not register the device in Microsoft Entra ID by itself. If registration is the only thing you need from it: set \"Install Company Portal\" to Yes in the legacy profile; the registration then completes when the user signs in to Company Portal (nuance N1).",
            "レガシはそれだけではデバイスを Microsoft Entra ID に登録しません。Entra への登録だけが必要なら、レガシのプロファイルで「ポータル サイトのインストール」を「はい」にすると、ユーザーがポータル サイトにサインインした時点で Entra への登録が完了します (補足 N1)。",
        ),
        (CompanyPortalAutoInstall, SetupAssistantLegacy) => Text::new(
            "Microsoft lists automatic Company Portal installation only for the modern methods. Still, a legacy profile can push Company Portal with \"Install Company Portal\" = Yes; if that is all you need, legacy can do it (nuance N2).",
            "Microsoft はポータル サイトの自動インストールを先進認証の方法にだけ挙げています。ただしレガシのプロファイルでも「ポータル サイトのインストール」を「はい」にすれば配布できるので、これだけが目的ならレガシでも対応できます (補足 N2)。",
        ),
        (CompanyPortalVpp, SetupAssistantLegacy) => Text::new(
            "Microsoft lists installing Company Portal through VPP without Apple IDs only for the modern methods. A legacy profile can still choose a VPP token under \"Install Company Portal with VPP\"; if that is all you need, legacy can do it (nuance N2).",
            "Microsoft は VPP による Apple ID なしのポータル サイト配布を先進認証の方法にだけ挙げています。ただしレガシのプロファイルでも「VPP によるポータル サイトのインストール」でトークンを選べるので、これだけが目的ならレガシでも対応できます (補足 N2)。",
        ),
        (LockUntilCompanyPortal, SetupAssistantLegacy) => Text::new(
            "Keeping the device in single-app mode until the user signs in to Company Portal belongs to the Company Portal method. The setup guide shows the option after legacy's \"Install Company Portal\" step as well, but that combination is unverified (nuance N3).",
            "ユーザーがポータル サイトにサインインするまでシングル アプリ モードでロックする機能は、ポータル サイト方式のものです。設定手順ではレガシの「ポータル サイトのインストール」の後にも表示されますが、この組み合わせは確認されていません (補足 N3)。",
        ),
        (AppleP7mToken, CompanyPortal) => Text::new(
            "With the Company Portal method the user signs in to Microsoft Entra ID in the Company Portal app; Apple's .p7m token is not how users are authenticated.",
            "ポータル サイト方式では、ユーザーはポータル サイト アプリで Microsoft Entra ID にサインインします。Apple の .p7m トークンで認証する方法ではありません。",
        ),
        (NoEntraRegistration, CompanyPortal) => Text::new(
            "Signing in to Company Portal registers the device in Microsoft Entra ID; with this method registration is part of enrollment.",
            "ポータル サイトへのサインインでデバイスが Microsoft Entra ID に登録されます。この方法では、Entra へのデバイス登録が Intune への登録 (エンロール) の一部として行われます。",
        ),
        (UseBeforeCompanyPortal, CompanyPortal) => Text::new(
            "With the Company Portal method enrollment finishes only after the user signs in to Company Portal; Microsoft advises Setup Assistant with modern authentication when users should work on the device before Company Portal is installed. The device is held only while the method's single-app-mode option is on; with it off, users reach the home screen first (nuance N8). (This requirement comes from Microsoft's lists, not from the article's table.)",
            "ポータル サイト方式では、ユーザーがポータル サイトにサインインして初めて登録が完了します。ポータル サイトのインストール前からデバイスを使わせたい場合、Microsoft は先進認証を使用したセットアップ アシスタントを勧めています。デバイスが止められるのはこの方法のシングル アプリ モードの設定がオンの場合だけで、オフならユーザーは先にホーム画面を使えます (補足 N8)。(この条件は Microsoft の一覧にあるもので、記事の比較表にはありません。)",
        ),
        (LockUntilCompanyPortal, SetupAssistantModern) => Text::new(
            "Modern authentication signs the user in inside Setup Assistant and then lets them reach the home screen; it has no option to hold the device until Company Portal is installed.",
            "先進認証ではセットアップ アシスタントの中でサインインし、その後すぐにホーム画面を使えます。ポータル サイトのインストールまでデバイスを止めておく設定はありません。",
        ),
        (AppleP7mToken, SetupAssistantModern) => Text::new(
            "Modern authentication signs the user in to Microsoft Entra ID inside Setup Assistant instead of relying on Apple's .p7m token.",
            "先進認証では、Apple の .p7m トークンに頼らず、セットアップ アシスタントの中で Microsoft Entra ID にサインインします。",
        ),
        (NoEntraRegistration, SetupAssistantModern) => Text::new(
            "Modern authentication is built to end in Microsoft Entra registration (after the Company Portal sign-in, or with Just-in-Time registration after the first app sign-in).",
            "先進認証は、最終的に Microsoft Entra ID への登録まで進む設計です (ポータル サイトへのサインイン後、または Just-In-Time 登録なら最初のアプリへのサインイン後)。",
        ),
        _ => return None,
    };
    Some(t)
}

/// What ties a requirement to the methods that meet it; used to explain conflicts.
pub fn essence(requirement: Requirement) -> Text {
    use Requirement::*;
    match requirement {
        Wipe => Text::new("every method allows wiping", "どの方法でもワイプできます"),
        Mfa => Text::new(
            "MFA needs the modern-authentication sign-in page during enrollment; legacy signs the user in without it",
            "MFA には登録中の先進認証のサインイン画面が必要です。レガシはこの画面を使わずにサインインします",
        ),
        UpdateExpiredPassword => Text::new(
            "the expired-password prompt comes with the modern-authentication sign-in page, which legacy does not use",
            "期限切れパスワードの案内は先進認証のサインイン画面に伴うもので、レガシはこの画面を使いません",
        ),
        ResetExpiredPassword => Text::new(
            "the password reset comes with the modern-authentication sign-in page, which legacy does not use",
            "パスワードのリセットは先進認証のサインイン画面に伴うもので、レガシはこの画面を使いません",
        ),
        EntraRegistration => Text::new(
            "Entra registration comes from the modern-authentication sign-in of the two modern methods (legacy registers only through a later Company Portal sign-in)",
            "Microsoft Entra ID へのデバイス登録は、先進認証の 2 つの方法のサインインによって行われます (レガシでは後からポータル サイトにサインインした場合だけ)",
        ),
        CompanyPortalAutoInstall => Text::new(
            "Microsoft lists automatic Company Portal installation only for the two modern methods",
            "Microsoft はポータル サイトの自動インストールを先進認証の 2 つの方法にだけ挙げています",
        ),
        CompanyPortalVpp => Text::new(
            "Microsoft lists VPP installation without Apple IDs only for the two modern methods",
            "Microsoft は Apple ID なしの VPP 配布を先進認証の 2 つの方法にだけ挙げています",
        ),
        LockUntilCompanyPortal => Text::new(
            "only the Company Portal method holds the device in single-app mode until the user signs in, with its option \"Run Company Portal in Single App Mode until authentication\" on",
            "サインインまでシングル アプリ モードでロックできるのは、「認証されるまでシングル アプリ モードでポータル サイトを実行する」をオンにしたポータル サイト方式だけです",
        ),
        AppleP7mToken => Text::new(
            "the .p7m token is how the legacy method itself authenticates",
            ".p7m トークンによる認証はレガシ独自の仕組みです",
        ),
        NoEntraRegistration => Text::new(
            "only legacy keeps devices out of Microsoft Entra ID; both modern methods register them",
            "デバイスを Microsoft Entra ID に登録しないのはレガシだけで、先進認証の 2 つの方法はどちらも登録します",
        ),
        UseBeforeCompanyPortal => Text::new(
            "the Company Portal method finishes enrollment only after the Company Portal sign-in (this requirement is in Microsoft's lists, not in the article's table)",
            "ポータル サイト方式はポータル サイトへのサインイン後に登録が完了します (この条件は Microsoft の一覧にあり、記事の比較表にはありません)",
        ),
        DevicesBelowIos13 => Text::new(
            "obsolete: Intune supports only iOS/iPadOS 18 and later (15 for enrolling devices without user affinity), so this requirement is ignored",
            "廃止された条件です。Intune がサポートするのは iOS/iPadOS 18 以降 (ユーザー アフィニティなしの登録は 15 以降) のため、この条件は無視されます",
        ),
    }
}

/// Why a profile enrolled without user affinity misses a requirement that needs a user.
pub fn why_not_userless(requirement: Requirement) -> Option<Text> {
    use Requirement::*;
    let t = match requirement {
        Mfa => Text::new(
            "The profile enrolls without user affinity: nobody signs in during enrollment, so there is no MFA.",
            "このプロファイルはユーザー アフィニティなしで登録するため、登録中に誰もサインインせず、MFA も行われません。",
        ),
        UpdateExpiredPassword => Text::new(
            "The profile enrolls without user affinity: nobody signs in, so nobody is asked to update an expired password.",
            "このプロファイルはユーザー アフィニティなしで登録するため、サインインがなく、期限切れパスワードの更新も求められません。",
        ),
        ResetExpiredPassword => Text::new(
            "The profile enrolls without user affinity: nobody signs in, so there is no password reset during enrollment.",
            "このプロファイルはユーザー アフィニティなしで登録するため、サインインがなく、登録中のパスワード リセットもありません。",
        ),
        EntraRegistration => Text::new(
            "The profile enrolls without user affinity: no user signs in during enrollment, so the device is not registered in Microsoft Entra ID for a user.",
            "このプロファイルはユーザー アフィニティなしで登録するため、登録中にユーザーがサインインせず、デバイスはユーザーに紐づいて Microsoft Entra ID に登録されません。",
        ),
        CompanyPortalAutoInstall => Text::new(
            "The profile's \"Install Company Portal\" option belongs to enrollment with user affinity; on userless devices Company Portal can only arrive later as a required VPP app.",
            "プロファイルの「ポータル サイトのインストール」はユーザー アフィニティありの登録の設定です。ユーザーレスのデバイスには、登録後に必須の VPP アプリとして配布するしかありません。",
        ),
        CompanyPortalVpp => Text::new(
            "The profile's \"Install Company Portal with VPP\" option belongs to enrollment with user affinity; on userless devices deploy Company Portal later as a required VPP app with device licensing.",
            "プロファイルの「VPP によるポータル サイトのインストール」はユーザー アフィニティありの登録の設定です。ユーザーレスのデバイスには、登録後にデバイス ライセンスの必須 VPP アプリとして配布します。",
        ),
        LockUntilCompanyPortal => Text::new(
            "Locking the device until the user signs in to Company Portal needs the Company Portal method, which exists only with user affinity.",
            "ポータル サイトへのサインインまでロックするにはポータル サイト方式が必要で、これはユーザー アフィニティありの場合にしか選べません。",
        ),
        AppleP7mToken => Text::new(
            "The profile enrolls without user affinity: it authenticates no user at all, with the .p7m token or otherwise.",
            "このプロファイルはユーザー アフィニティなしで登録するため、.p7m トークンを含め、ユーザーを一切認証しません。",
        ),
        _ => return None,
    };
    Some(t)
}

/// An advice note's static text and links.
pub struct AdviceText {
    pub id: &'static str,
    pub text: Text,
    pub links: &'static [Link],
    /// Ids in `docs/sources.md`.
    pub sources: &'static [&'static str],
}

pub const COMPANY_PORTAL_APP_VANISHES: AdviceText = AdviceText {
    id: "company-portal-app-vanishes",
    text: Text::new(
        "Reported problem with this method (one public write-up; Microsoft has not acknowledged it): on iPhones enrolled with the Company Portal method the automatically deployed Company Portal app kept disappearing (shown as \"Install pending\" in the admin center, back after a sync). The write-up blamed the single-app mode, and switching the profile to Setup Assistant with modern authentication ended it for new enrollments. With this method, leave \"Run Company Portal in Single App Mode until authentication\" off unless you need the lock; either way assign Company Portal as a required VPP app with device licensing and automatic updates, which is also the only way to give it back to devices already enrolled (or wipe and re-enroll them).",
        "この方法で報告されている問題 (公開記事 1 件。Microsoft は認めていません): ポータル サイト方式で登録した iPhone で、自動配布したポータル サイト アプリが繰り返し消えました (管理センターでは「インストールが保留中」、同期すると戻る)。記事はシングル アプリ モードが原因とし、プロファイルを先進認証を使用したセットアップ アシスタントに変えることで、新しく登録するデバイスでは解消しています。この方法を使う場合、ロックが不要なら「認証されるまでシングル アプリ モードでポータル サイトを実行する」はオフにしてください。いずれの場合も、ポータル サイトをデバイス ライセンスの必須 VPP アプリとして割り当てて自動更新を有効にしてください。登録済みのデバイスにポータル サイトを戻す方法もこれだけです (またはワイプして再登録します)。",
    ),
    links: &[ARTICLE, LEARN_SETUP_ADE, ISSUE_CP_UPDATE],
    sources: &["S-ARTICLE", "S-LEARN-ADE-SETUP", "S-ISSUE-CP-UPDATE"],
};

pub const COMPANY_PORTAL_BLOCKED_BY_USER_ENROLLMENT: AdviceText = AdviceText {
    id: "company-portal-blocked-by-account-driven-user-enrollment",
    text: Text::new(
        "Intune blocks an automated device enrollment that authenticates with Company Portal when the user is also targeted by an account-driven Apple User Enrollment profile: the user sees an error saying the account must enroll through the Company Portal website. Keep the users you enroll this way out of the groups of any account-driven User Enrollment profile, or use Setup Assistant with modern authentication, which is not blocked.",
        "ユーザーがアカウント駆動型の Apple ユーザー登録プロファイルの対象にもなっていると、Intune はポータル サイトで認証する自動デバイス登録をブロックします。ユーザーには、ポータル サイトの Web サイトから登録する必要があるというエラーが表示されます。この方法で登録するユーザーをアカウント駆動型の Apple ユーザー登録プロファイルのグループから外すか、ブロックされない「先進認証を使用したセットアップ アシスタント」を使ってください。",
    ),
    links: &[LEARN_AUTH_METHODS],
    sources: &["S-LEARN-ADE-AUTH"],
};

pub const SINGLE_APP_MODE_MFA: AdviceText = AdviceText {
    id: "single-app-mode-mfa",
    text: Text::new(
        "While the device is locked in single-app mode it shows only Company Portal, so users cannot answer an MFA prompt on the same device: they need a second device or a Temporary Access Pass (nuance N7). The lock also needs a VPP token chosen for \"Install Company Portal with VPP\".",
        "シングル アプリ モードでロックされている間はポータル サイトしか表示されないため、同じデバイスでは MFA に応答できません。別のデバイスか一時アクセス パス (TAP) が必要です (補足 N7)。また、ロックには「VPP によるポータル サイトのインストール」での VPP トークンの選択が必要です。",
    ),
    links: &[LEARN_MFA_ENROLLMENT, LEARN_SETUP_ADE],
    sources: &["S-LEARN-MFA-ENROLLMENT", "S-ISSUE-SAM-MFA", "S-LEARN-ADE-SETUP"],
};

pub const SINGLE_APP_MODE_RETIREMENT: AdviceText = AdviceText {
    id: "single-app-mode-retirement-announced",
    text: Text::new(
        "In 2021 Microsoft announced the end of support for running Company Portal in single-app mode until authentication and asked customers to move to Setup Assistant with modern authentication. The option is still documented years later, but do not build on it for the long term.",
        "Microsoft は 2021 年に、認証までポータル サイトをシングル アプリ モードで実行する方式のサポート終了を告知し、先進認証を使用したセットアップ アシスタントへの移行を求めました。その後もこの設定は文書に残っていますが、長期的に頼るのは避けてください。",
    ),
    links: &[ISSUE_MC284343],
    sources: &["S-MC284343"],
};

pub const LEGACY_DEPRECATED: AdviceText = AdviceText {
    id: "legacy-deprecated",
    text: Text::new(
        "Microsoft no longer recommends Setup Assistant (legacy) (2025) and calls it deprecated and soon to be removed (2026); the new Enrollment policies experience no longer offers it. Plan to move to Setup Assistant with modern authentication.",
        "Microsoft はセットアップ アシスタント (レガシ) を推奨しなくなり (2025 年)、非推奨で近く削除予定としています (2026 年)。新しい「登録ポリシー」の画面ではもう選べません。先進認証を使用したセットアップ アシスタントへの移行を計画してください。",
    ),
    links: &[LEARN_AUTH_METHODS, LEARN_SETUP_ADE],
    sources: &["S-LEARN-ADE-AUTH", "S-LEARN-ADE-SETUP"],
};

pub const OBSOLETE_IOS_13: AdviceText = AdviceText {
    id: "obsolete-devices-below-ios-13",
    text: Text::new(
        "\"Some devices run iOS/iPadOS older than 13\" is obsolete and was ignored: Intune itself supports only iOS/iPadOS 18 and later since the iOS/iPadOS 27 release (2026), and even devices enrolled without user affinity need iOS/iPadOS 15 or later, so such devices cannot be enrolled with any method, and the iOS 13 minimum of modern authentication no longer limits any device that can enroll (nuance N6).",
        "「iOS/iPadOS 13 未満のデバイスがある」は廃止された条件のため無視しました。現在の Intune 自体が iOS/iPadOS 27 のリリース (2026 年) 以降は iOS/iPadOS 18 以降しかサポートせず、ユーザー アフィニティなしで登録するデバイスでも iOS/iPadOS 15 以降が必要なため、そうしたデバイスはどの方法でも登録できず、先進認証の iOS 13 という条件は登録できるデバイスではもう制約になりません (補足 N6)。",
    ),
    links: &[LEARN_SUPPORTED_OS],
    sources: &["S-LEARN-SUPPORTED-OS"],
};

pub const MODERN_ENTRA_AFTER_COMPANY_PORTAL: AdviceText = AdviceText {
    id: "modern-entra-registration-after-company-portal",
    text: Text::new(
        "With modern authentication the Microsoft Entra registration completes only after the user signs in to Company Portal and taps Begin (or, with Just-in-Time registration, signs in to an app using the SSO extension). Until then the device is enrolled in Intune but not compliance-evaluated, and device-based Conditional Access blocks it (nuance N5).",
        "先進認証では、ユーザーがポータル サイトにサインインして [開始] をタップした後 (Just-In-Time 登録なら SSO 拡張機能を使うアプリにサインインした後) に Microsoft Entra ID への登録が完了します。それまでは Intune に登録済みでもコンプライアンス評価されず、デバイス ベースの条件付きアクセスでブロックされます (補足 N5)。",
    ),
    links: &[LEARN_AUTH_METHODS],
    sources: &["S-LEARN-ADE-AUTH", "S-LEARN-JIT"],
};

pub const MFA_NEEDS_CONDITIONAL_ACCESS: AdviceText = AdviceText {
    id: "mfa-needs-conditional-access",
    text: Text::new(
        "Choosing the method does not switch MFA on: users get an MFA prompt only if a Conditional Access policy requires it. Choose its target: the \"Microsoft Intune Enrollment\" cloud app prompts once, at enrollment; \"Microsoft Intune\" prompts at enrollment and again at every Company Portal sign-in. New tenants do not have the Microsoft Intune Enrollment app until an administrator creates its service principal (app ID d4ebce55-015a-49b5-a083-c84d1797ae8c) with PowerShell or Microsoft Graph. Modern authentication makes the prompt possible, but during Setup Assistant the iPhone or iPad cannot answer it on itself, so every user needs a second device or a Temporary Access Pass; phishing-resistant methods are not supported there (nuance N4).",
        "方法を選ぶだけでは MFA は有効になりません。条件付きアクセス ポリシーが要求する場合にだけ MFA が求められます。ポリシーの対象を選んでください。「Microsoft Intune Enrollment」クラウド アプリなら登録時に 1 回、「Microsoft Intune」なら登録時に加えてポータル サイトへのサインインのたびに求められます。新しいテナントには Microsoft Intune Enrollment アプリがなく、管理者が PowerShell または Microsoft Graph でそのサービス プリンシパル (アプリ ID d4ebce55-015a-49b5-a083-c84d1797ae8c) を作成する必要があります。先進認証ならこの MFA が可能になりますが、セットアップ アシスタント中の iPhone や iPad は自分自身では応答できないため、すべてのユーザーに別のデバイスか一時アクセス パス (TAP) が必要です。フィッシング耐性のある方法はそこではサポートされていません (補足 N4)。",
    ),
    links: &[LEARN_MFA_ENROLLMENT, LEARN_AUTH_METHODS],
    sources: &["S-LEARN-MFA-ENROLLMENT", "S-LEARN-ADE-AUTH"],
};

pub const LEGACY_CAN_INSTALL_COMPANY_PORTAL: AdviceText = AdviceText {
    id: "legacy-can-install-company-portal",
    text: Text::new(
        "Beyond the table: a legacy profile with \"Install Company Portal\" = Yes (optionally through VPP, without Apple IDs) still pushes Company Portal, and the device is registered in Microsoft Entra ID once the user signs in to it (nuances N1, N2). If that is what you need, legacy covers these requirements in practice, though Microsoft has deprecated it.",
        "表にない補足: レガシのプロファイルでも「ポータル サイトのインストール」を「はい」にすれば (VPP なら Apple ID なしで) ポータル サイトを配布でき、ユーザーがサインインすればデバイスは Microsoft Entra ID に登録されます (補足 N1、N2)。それで足りるなら、実際にはレガシでもこれらの条件を満たせます。ただし Microsoft はレガシを非推奨としています。",
    ),
    links: &[LEARN_GUIDE, LEARN_SETUP_ADE],
    sources: &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-SETUP"],
};

pub const LEGACY_COMPANY_PORTAL_REGISTERS: Text = Text::new(
    " Note: once users sign in to that Company Portal the device is registered in Microsoft Entra ID, which clashes with \"Do not register devices in Microsoft Entra ID\".",
    " なお、そのポータル サイトにユーザーがサインインするとデバイスは Microsoft Entra ID に登録されるため、「デバイスを Microsoft Entra ID に登録しない」とは両立しません。",
);

pub const MODERN_NO_EXTRA_CP_APP_CONFIG: AdviceText = AdviceText {
    id: "modern-no-separate-company-portal-app-config",
    text: Text::new(
        "With modern authentication and \"Install Company Portal\" = Yes, Intune sends Company Portal's app configuration itself. Do not also assign an app configuration policy for Company Portal, or users are asked to sign in again.",
        "先進認証で「ポータル サイトのインストール」を「はい」にすると、ポータル サイトのアプリ構成は Intune が自動で送ります。別途ポータル サイト用のアプリ構成ポリシーを割り当てると、ユーザーに再度サインインが求められます。",
    ),
    links: &[LEARN_SETUP_ADE],
    sources: &["S-LEARN-ADE-SETUP"],
};

/// Why a legacy profile meets `requirement` in practice through its own "Install Company
/// Portal" settings although the table says "no" (nuances N1, N2); `None` for the others.
pub fn legacy_in_practice(requirement: Requirement) -> Option<Text> {
    let t = match requirement {
        Requirement::EntraRegistration => Text::new(
            "This legacy profile installs Company Portal, so the device is registered in Microsoft Entra ID once the user signs in to it (nuance N1).",
            "このレガシのプロファイルはポータル サイトをインストールするので、ユーザーがサインインした時点でデバイスは Microsoft Entra ID に登録されます (補足 N1)。",
        ),
        Requirement::CompanyPortalAutoInstall => Text::new(
            "This legacy profile has \"Install Company Portal\" = Yes, so Company Portal is pushed during enrollment (nuance N2).",
            "このレガシのプロファイルは「ポータル サイトのインストール」が「はい」なので、登録中にポータル サイトが配布されます (補足 N2)。",
        ),
        Requirement::CompanyPortalVpp => Text::new(
            "This legacy profile installs Company Portal with a VPP token, so no Apple ID is needed (nuance N2).",
            "このレガシのプロファイルは VPP トークンでポータル サイトをインストールするので、Apple ID は不要です (補足 N2)。",
        ),
        _ => return None,
    };
    Some(t)
}

/// Why a profile that installs Company Portal without a VPP token misses "Install Company
/// Portal with VPP, without users' Apple IDs" although its method's column says "yes".
pub const NO_VPP_TOKEN: Text = Text::new(
    "This profile chooses no VPP token under \"Install Company Portal with VPP\": users must enter an Apple ID in Setup Assistant or when Intune installs Company Portal.",
    "このプロファイルは「VPP によるポータル サイトのインストール」で VPP トークンを選んでいないため、ユーザーはセットアップ アシスタントで、または Intune がポータル サイトをインストールするときに Apple ID を入力する必要があります。",
);

/// Why a legacy profile that installs Company Portal misses "Do not register devices in
/// Microsoft Entra ID" although the table says "yes" (nuance N1).
pub const LEGACY_INSTALLS_COMPANY_PORTAL_REGISTERS: Text = Text::new(
    "This legacy profile installs Company Portal: once users sign in to it, the device is registered in Microsoft Entra ID (nuance N1).",
    "このレガシのプロファイルはポータル サイトをインストールします。ユーザーがサインインするとデバイスは Microsoft Entra ID に登録されます (補足 N1)。",
);

/// Devices already enrolled keep the old method: the first step for them after a change.
pub const ENROLLED_KEEP: FixStep = FixStep::new(
    "Devices already enrolled keep the old behaviour until they are wiped and enroll again.",
    "登録済みのデバイスは、ワイプして再登録するまで以前の動作のままです。",
);

/// Enrolled devices without Company Portal: a required, device-licensed VPP assignment.
pub const ENROLLED_COMPANY_PORTAL: FixStep = FixStep::new(
    "Give enrolled devices that lack Company Portal a required VPP assignment with device licensing and automatic updates.",
    "ポータル サイトがない登録済みデバイスには、デバイス ライセンスの「必須」VPP アプリとして自動更新付きで割り当ててください。",
)
.at(&click_paths::APP_ASSIGNMENTS);

/// What devices already enrolled with a method need about Company Portal's app
/// configuration policy, which depends on that method (a profile change never reaches
/// them): Learn's iOS guide adds one for devices enrolled with the Company Portal method
/// (S-LEARN-CP-ENROLLED-DEVICES), the Company Portal page gives its keys (with and
/// without user affinity, S-LEARN-APP-CONFIG-CP), and it must not reach devices enrolled
/// with modern authentication or with "Install Company Portal" = Yes, which Intune
/// configured itself (S-LEARN-ADE-AUTH-APP-CONFIG). `install_company_portal`: the
/// profile's "Install Company Portal" is Yes. As steps, the policy's place referenced.
pub fn enrolled_app_config(method: AuthMethod, install_company_portal: bool) -> &'static [FixStep] {
    match method {
        AuthMethod::CompanyPortal => ENROLLED_COMPANY_PORTAL_METHOD,
        AuthMethod::SetupAssistantModern => ENROLLED_MODERN,
        AuthMethod::SetupAssistantLegacy if install_company_portal => ENROLLED_LEGACY_WITH_COMPANY_PORTAL,
        AuthMethod::SetupAssistantLegacy => ENROLLED_LEGACY,
        AuthMethod::NoUserAffinity => ENROLLED_USERLESS,
    }
}

const ENROLLED_COMPANY_PORTAL_METHOD: &[FixStep] = &[
            FixStep::new(
                "For devices enrolled with the Company Portal method, Learn's iOS guide adds an app configuration policy for Company Portal (XML key IntuneCompanyPortalEnrollmentAfterUDA).",
                "ポータル サイト方式で登録したデバイスには、Learn の iOS ガイドに従って、ポータル サイト用のアプリ構成ポリシー (XML のキー IntuneCompanyPortalEnrollmentAfterUDA) を作成してください。",
            )
            .at(&click_paths::APP_CONFIG),
            FixStep::new(
                "Assign it to the same device group as the enrollment profile.",
                "そのポリシーは登録プロファイルと同じデバイス グループに割り当ててください。",
            ),
];
const ENROLLED_MODERN: &[FixStep] = &[FixStep::new(
            "Devices enrolled with Setup Assistant with modern authentication got Company Portal's app configuration from Intune: do not assign them an app configuration policy for Company Portal (Learn: it results in an error).",
            "先進認証で登録したデバイスには、ポータル サイト用のアプリ構成ポリシーを割り当てないでください (構成は Intune が送っており、Learn によるとエラーになります)。",
        )];
const ENROLLED_LEGACY_WITH_COMPANY_PORTAL: &[FixStep] = &[
            FixStep::new(
                "Devices enrolled with this legacy profile got Company Portal's app configuration from Intune, because \"Install Company Portal\" is Yes.",
                "このレガシのプロファイルで登録したデバイスには、「ポータル サイトのインストール」が「はい」のため、Intune がポータル サイトのアプリ構成を送っています。",
            ),
            FixStep::new(
                "Do not assign them an app configuration policy for Company Portal as well: Learn says the two conflict, and users are asked to download a management profile they already have.",
                "ポータル サイト用のアプリ構成ポリシーを重ねて割り当てないでください。Learn によると競合し、インストール済みの管理プロファイルのダウンロードを求められます。",
            ),
];
const ENROLLED_LEGACY: &[FixStep] = &[
            FixStep::new(
                "Devices enrolled with a legacy profile whose \"Install Company Portal\" is No got no Company Portal at enrollment.",
                "「ポータル サイトのインストール」が「いいえ」のレガシのプロファイルで登録したデバイスには、登録時にポータル サイトが入っていません。",
            ),
            FixStep::new(
                "To have them registered in Microsoft Entra ID, assign Company Portal (required, device-licensed) and an app configuration policy for Company Portal (XML key IntuneCompanyPortalEnrollmentAfterUDA) to the same device group.",
                "Entra ID に登録させるには、ポータル サイト (デバイス ライセンスの必須アプリ) と、そのアプリ構成ポリシー (キー IntuneCompanyPortalEnrollmentAfterUDA) を同じデバイス グループに割り当ててください。",
            )
            .at(&click_paths::APP_CONFIG),
            FixStep::new(
                "Then users sign in to Company Portal.",
                "その後、ユーザーにポータル サイトへサインインしてもらいます。",
            ),
];
const ENROLLED_USERLESS: &[FixStep] = &[
            FixStep::new(
                "Devices enrolled without user affinity get a primary user only through an app configuration policy for Company Portal with the key IntuneUDAUserlessDevice.",
                "ユーザー アフィニティなしで登録したデバイスにプライマリ ユーザーを設定できるのは、キー IntuneUDAUserlessDevice を持つポータル サイト用のアプリ構成ポリシーだけです。",
            )
            .at(&click_paths::APP_CONFIG),
            FixStep::new(
                "The first user to sign in to Company Portal becomes the primary user, once; assign the policy only to those devices.",
                "最初にポータル サイトへサインインしたユーザーが 1 回限りプライマリ ユーザーになります。このポリシーはこれらのデバイスだけに割り当ててください。",
            ),
];

/// After a switch to modern authentication, devices that enroll afterwards must stay out
/// of the app configuration policy for Company Portal that devices enrolled before may
/// need (S-LEARN-ADE-AUTH-APP-CONFIG).
pub const NEW_MODERN_DEVICES_NO_APP_CONFIG: FixStep = FixStep::new(
    "Devices that enroll after the switch to modern authentication get Company Portal's app configuration from Intune: keep them out of the groups of any app configuration policy for Company Portal (Learn: it results in an error).",
    "先進認証への変更後に登録するデバイスは、ポータル サイト用のアプリ構成ポリシーの割り当てグループから外してください (Learn によるとエラーになります)。",
);

/// Every advice note, for the citation and completeness tests.
pub const ALL_ADVICE: [&AdviceText; 10] = [
    &COMPANY_PORTAL_APP_VANISHES,
    &COMPANY_PORTAL_BLOCKED_BY_USER_ENROLLMENT,
    &SINGLE_APP_MODE_MFA,
    &SINGLE_APP_MODE_RETIREMENT,
    &LEGACY_DEPRECATED,
    &OBSOLETE_IOS_13,
    &MODERN_ENTRA_AFTER_COMPANY_PORTAL,
    &MFA_NEEDS_CONDITIONAL_ACCESS,
    &LEGACY_CAN_INSTALL_COMPANY_PORTAL,
    &MODERN_NO_EXTRA_CP_APP_CONFIG,
];

/// Why a Company Portal profile with single-app mode off misses "Keep the device locked
/// until Company Portal is installed" although the column says "yes" (nuance N8).
pub const SINGLE_APP_MODE_OFF_NO_LOCK: Text = Text::new(
    "This profile has \"Run Company Portal in Single App Mode until authentication\" off: the Company Portal method keeps the device locked only with that option (nuance N8), so users reach the home screen before Company Portal is installed.",
    "このプロファイルは「認証されるまでシングル アプリ モードでポータル サイトを実行する」がオフです。ポータル サイト方式でデバイスがロックされるのはこの設定がオンの場合だけなので (補足 N8)、ユーザーはポータル サイトのインストール前にホーム画面を使えます。",
);

/// Why a Company Portal profile with single-app mode off meets "Let users use the device
/// before Company Portal is installed" although the column says "no" (nuance N8).
pub const SINGLE_APP_MODE_OFF_USE_BEFORE: Text = Text::new(
    "This profile has \"Run Company Portal in Single App Mode until authentication\" off, so users reach the home screen right after Setup Assistant, before Company Portal is installed; enrollment finishes when they sign in to it (nuance N8).",
    "このプロファイルは「認証されるまでシングル アプリ モードでポータル サイトを実行する」がオフなので、ユーザーはセットアップ アシスタントの直後、ポータル サイトのインストール前からホーム画面を使えます。登録はポータル サイトにサインインした時点で完了します (補足 N8)。",
);

/// Why a Company Portal profile with single-app mode on but no VPP token misses the lock.
pub const SINGLE_APP_MODE_WITHOUT_TOKEN: Text = Text::new(
    "This profile turns single-app mode on but chooses no VPP token under \"Install Company Portal with VPP\": Microsoft offers the lock only with a token, so it cannot be relied on (nuance N8).",
    "このプロファイルはシングル アプリ モードをオンにしていますが、「VPP によるポータル サイトのインストール」で VPP トークンを選んでいません。Microsoft はトークンがある場合にだけロックを提供しているため、ロックは当てにできません (補足 N8)。",
);

/// Why a Company Portal profile whose input does not show single-app mode cannot be
/// checked against the lock (or against using the device before Company Portal).
pub const SINGLE_APP_MODE_NOT_SHOWN: Text = Text::new(
    "The pasted profile does not show \"Run Company Portal in Single App Mode until authentication\" (enableSingleAppEnrollmentMode), and with the Company Portal method the device stays locked until Company Portal is installed only when that option is on (nuance N8): this input cannot tell.",
    "貼り付けたプロファイルには「認証されるまでシングル アプリ モードでポータル サイトを実行する」(enableSingleAppEnrollmentMode) がありません。ポータル サイト方式でポータル サイトのインストールまでデバイスがロックされるのはこの設定がオンの場合だけなので (補足 N8)、この入力からは判断できません。",
);

/// The same for an enrollment policy (settings catalog) that uses the Company Portal method.
pub const SINGLE_APP_MODE_NOT_IN_POLICIES: Text = Text::new(
    "This enrollment policy uses the Company Portal method, but Microsoft's setting definitions for enrollment policies have no single-app-mode setting, so the policy cannot show whether the device stays locked until Company Portal is installed (nuance N8).",
    "この登録ポリシーはポータル サイト方式を使っていますが、登録ポリシーの Microsoft の設定定義にはシングル アプリ モードの設定がありません。そのため、ポータル サイトのインストールまでデバイスがロックされるかはポリシーからは分かりません (補足 N8)。",
);
