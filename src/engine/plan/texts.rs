//! The sentences of a switch plan, in English and Japanese.

use crate::engine::i18n::LText;
use crate::engine::model::AuthMethod;
use crate::engine::steps::{FixStep, Step, Steps};
use crate::engine::table::Method;

pub fn why_requirements(m: Method) -> LText {
    LText::new(
        format!("{} is the method that meets your stated requirements.", m.label().en),
        format!("{}が、指定した要件を満たす方法です。", m.label().ja),
    )
}

pub fn why_microsoft(from: AuthMethod) -> LText {
    match from {
        AuthMethod::SetupAssistantLegacy => LText::new(
            "Microsoft recommends Setup Assistant with modern authentication, and its 2026 documentation calls Setup Assistant (legacy) deprecated.",
            "Microsoft は「先進認証を使用したセットアップ アシスタント」を推奨しており、2026 年のドキュメントでは「セットアップ アシスタント (レガシ)」を非推奨としています。",
        ),
        _ => LText::new(
            "Microsoft recommends Setup Assistant with modern authentication; its settings definitions of the new enrollment policies dropped the Company Portal value in 2025 (Learn's 2026 enrollment-policy pages still list Company Portal), and Intune blocks Company Portal-method enrollments of users who are also targeted by an account-driven User Enrollment profile.",
            "Microsoft は「先進認証を使用したセットアップ アシスタント」を推奨しています。新しい登録ポリシーの設定定義からは 2025 年にポータル サイトの値がなくなり (Learn の 2026 年の登録ポリシーのページには今も記載があります)、アカウント駆動型の Apple ユーザー登録プロファイルの対象にもなっているユーザーのポータル サイト方式の登録は Intune がブロックします。",
        ),
    }
}

pub fn single_app_mode_off() -> LText {
    LText::new(
        "Single-app mode (\"Run Company Portal in Single App Mode until authentication\") belongs to the Company Portal method, so it is turned off.",
        "シングル アプリ モード (「認証されるまでシングル アプリ モードでポータル サイトを実行する」) はポータル サイト方式の設定のため、オフにします。",
    )
}

pub fn single_app_mode_on() -> LText {
    LText::new(
        "The lock you require is the Company Portal method's option \"Run Company Portal in Single App Mode until authentication\", not the method itself (nuance N8), so it is turned on. While the device is locked it shows only Company Portal: users answer an MFA prompt on a second device or use a Temporary Access Pass (nuance N7).",
        "求めているロックはポータル サイト方式そのものではなく、その設定「認証されるまでシングル アプリ モードでポータル サイトを実行する」によるものなので (補足 N8)、オンにします。ロック中のデバイスにはポータル サイトしか表示されないため、ユーザーは MFA に別のデバイスで応答するか一時アクセス パス (TAP) を使います (補足 N7)。",
    )
}

pub fn choose_vpp_token(placeholder: &str) -> LText {
    LText::new(
        format!("Single-app mode needs a VPP token with enough Company Portal licences under \"Install Company Portal with VPP\", and this profile has none: choose one in the admin center, or replace {placeholder} with its id."),
        format!("シングル アプリ モードには、「VPP によるポータル サイトのインストール」でポータル サイトのライセンスが足りている VPP トークンが必要ですが、このプロファイルにはありません。管理センターで選ぶか、{placeholder} をそのトークンの ID に置き換えてください。"),
    )
}

pub fn install_company_portal_on() -> LText {
    LText::new(
        "\"Install Company Portal\" is set to Yes, as profiles with modern authentication carry it: with this method Company Portal becomes a required app on the device (Intune sends its app configuration itself), and users finish Microsoft Entra registration in it unless Just-in-Time registration is set up.",
        "先進認証のプロファイルが持つ値に合わせて「ポータル サイトのインストール」を「はい」にします。この方法ではポータル サイトがデバイスの必須アプリになり (アプリ構成は Intune が自動で送ります)、Just-In-Time 登録を構成していない場合、ユーザーはそこで Microsoft Entra ID への登録を完了します。",
    )
}

pub fn install_company_portal_off() -> LText {
    LText::new(
        "\"Install Company Portal\" belongs to the Setup Assistant methods; together with the Company Portal method it contradicts the method flag, so it is turned off (the Company Portal method installs the app itself).",
        "「ポータル サイトのインストール」はセットアップ アシスタント方式の設定です。ポータル サイト方式と同時にオンだと認証方法のフラグと矛盾するため、オフにします (ポータル サイト方式ではアプリは方式自体がインストールします)。",
    )
}

pub fn await_final_configuration() -> LText {
    LText::new(
        "Consider setting Await final configuration to Yes at the same time, so that users reach the home screen only once the configuration policies are installing.",
        "同時に「最終構成を待機する」を「はい」にすることも検討してください。構成ポリシーのインストールが始まってからホーム画面が表示されるようになります。",
    )
}

pub fn policy_in_admin_center() -> LText {
    LText::new(
        "Enrollment policies are settings-catalog policies: change the setting in the admin center (the Graph form of a policy update replaces all of its settings).",
        "登録ポリシーは設定カタログのポリシーです。設定は管理センターで変更してください (Graph でポリシーを更新するとすべての設定が置き換えられます)。",
    )
}

pub fn new_enrollments(to: Method) -> LText {
    match to {
        Method::SetupAssistantModern => LText::new(
            "New enrollments: users sign in with their Microsoft Entra account in a web page inside Setup Assistant (with MFA when Conditional Access asks for it; the second factor must be reachable without the device, e.g. a Temporary Access Pass). Company Portal is installed afterwards; users sign in to it once to finish Microsoft Entra registration, unless Just-in-Time registration is set up.",
            "新しい登録: ユーザーはセットアップ アシスタント内の Web ページで Microsoft Entra アカウントにサインインします (条件付きアクセスが求める場合は MFA も。第 2 要素はそのデバイス以外で応答できる必要があり、たとえば一時アクセス パスを使います)。ポータル サイトはその後にインストールされ、Just-In-Time 登録を構成していない場合は、ユーザーが一度サインインすると Microsoft Entra ID への登録が完了します。",
        ),
        Method::CompanyPortal => LText::new(
            "New enrollments: Setup Assistant finishes without a sign-in; users then sign in in the Company Portal app, which registers the device in Microsoft Entra ID.",
            "新しい登録: セットアップ アシスタントはサインインなしで終わり、ユーザーはその後ポータル サイト アプリでサインインします。これでデバイスが Microsoft Entra ID に登録されます。",
        ),
        Method::SetupAssistantLegacy => LText::new(
            "New enrollments: users sign in with user name and password in Setup Assistant, without MFA; the device is registered in Microsoft Entra ID only if the profile installs Company Portal and the user signs in to it.",
            "新しい登録: ユーザーはセットアップ アシスタントでユーザー名とパスワードでサインインします。MFA はありません。Microsoft Entra ID へのデバイス登録は、プロファイルがポータル サイトをインストールし、ユーザーがそれにサインインした場合にだけ行われます。",
        ),
    }
}

/// What happens to devices already enrolled: a profile change never reaches them. What
/// they need is in the plan's steps ([`enrolled_steps`]).
pub fn enrolled_devices() -> LText {
    LText::new(
        "Devices already enrolled: a profile change never reaches them; they keep the method they enrolled with until they are wiped and enroll again.",
        "登録済みのデバイス: プロファイルの変更は登録済みのデバイスには届かず、ワイプして登録し直すまで登録時の方式のままです。",
    )
}

/// The steps for devices already enrolled: Company Portal as a required, device-licensed
/// app; by the method they enrolled with, an app configuration policy for Company Portal
/// or none (`recommend::enrolled_app_config`); after a switch to modern authentication,
/// new devices out of that policy; and the wipe that moves a device to the new method.
pub fn enrolled_steps(from: AuthMethod, install_company_portal: bool, to: Method) -> Steps {
    let mut steps = Steps::of(&[crate::engine::recommend::ENROLLED_COMPANY_PORTAL]);
    steps.0.extend(Steps::of(crate::engine::recommend::enrolled_app_config(from, install_company_portal)).0);
    if to == Method::SetupAssistantModern && from != AuthMethod::SetupAssistantModern {
        steps.push(Step::of(&crate::engine::recommend::NEW_MODERN_DEVICES_NO_APP_CONFIG));
    }
    steps.push(Step::of(&WIPE_TO_MOVE));
    steps
}

/// The plan's first step: the method (the table lists every field that changes).
pub fn change_method(to: Method) -> LText {
    LText::new(
        format!(
            "Change the authentication method to {}, then save; the table lists every field that changes.",
            to.label().en
        ),
        format!("認証方法を{}に変更して保存してください。変わるフィールドは表のとおりです。", method_ja(to)),
    )
}

/// The enrollment policy's one setting.
pub fn change_policy_method(to: Method) -> LText {
    LText::new(
        format!("Set the authentication method to {}, then save.", to.label().en),
        format!("認証方法を{}にして保存してください。", method_ja(to)),
    )
}

/// The last step for devices already enrolled: only a wipe moves one to the new method.
const WIPE_TO_MOVE: FixStep = FixStep::new(
    "To move an enrolled device to the new method, wipe it and enroll it again.",
    "登録済みのデバイスを新しい方式に移すには、ワイプして登録し直してください。",
);

/// The label of a method inside a Japanese sentence, in brackets.
fn method_ja(m: Method) -> String {
    format!("「{}」", m.label().ja)
}
