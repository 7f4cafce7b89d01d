//! The bilingual reasons and contradiction messages of the classifier.

use crate::engine::i18n::LText;

fn t(en: impl Into<std::borrow::Cow<'static, str>>, ja: impl Into<std::borrow::Cow<'static, str>>) -> LText {
    LText::new(en, ja)
}

pub fn macos(base: Option<&LText>) -> LText {
    let mut l = t(
        "This is a macOS profile; the iOS reading of its flags is applied as a hint only.",
        "これは macOS のプロファイルです。iOS 向けのフラグの読み方を参考として当てはめています。",
    );
    if let Some(b) = base {
        l.en = format!("{} {}", l.en, b.en).into();
        l.ja = format!("{}{}", l.ja, b.ja).into();
    }
    l
}

pub fn shared_aad() -> LText {
    t(
        "No user affinity with Entra ID shared device mode (userlessSharedAadModeEnabled). Documented, but the other flags of this mode have not been seen in a real export.",
        "ユーザー アフィニティなしで、Microsoft Entra ID の共有デバイス モード (userlessSharedAadModeEnabled) です。文書化されていますが、このモードのその他のフラグは実際のエクスポートで確認されていません。",
    )
}

pub fn shared_ipad() -> LText {
    t(
        "No user affinity with Shared iPad (enableSharedIPad). Documented, but the other flags of this mode have not been seen in a real export.",
        "ユーザー アフィニティなしで、共有 iPad (enableSharedIPad) です。文書化されていますが、このモードのその他のフラグは実際のエクスポートで確認されていません。",
    )
}

pub fn rua_missing() -> LText {
    t(
        "requiresUserAuthentication is missing or not true/false, so the profile is read as enrolling without user affinity.",
        "requiresUserAuthentication がないか true/false ではないため、ユーザー アフィニティなしの登録として読み取っています。",
    )
}

pub fn shared_both() -> LText {
    t(
        "Both Shared iPad and Entra ID shared device mode are switched on; a profile uses one of them.",
        "共有 iPad と Microsoft Entra ID の共有デバイス モードの両方がオンになっています。プロファイルで使うのはどちらか一方です。",
    )
}

pub fn method_flags_without_affinity() -> LText {
    t(
        "A method flag (Company Portal or modern authentication) is on although the profile enrolls without user affinity; the flag has no effect.",
        "ユーザー アフィニティなしの登録なのに、認証方法のフラグ (ポータル サイトまたは先進認証) がオンになっています。このフラグは効果がありません。",
    )
}

pub fn cp_wins_over_modern() -> LText {
    t(
        "Both the Company Portal flag and the modern-authentication flag are on. The flags are contradictory and Microsoft documents no precedence, so what devices get is undocumented; Company Portal is named only because its flag is read first.",
        "ポータル サイトのフラグと先進認証のフラグが両方オンです。矛盾しており、Microsoft は優先順位を文書化していないため、デバイスがどうなるかは不明です。ポータル サイトと表示しているのは、そのフラグを先に読んでいるからにすぎません。",
    )
}

pub fn cp_and_modern() -> LText {
    t(
        "Company Portal (enableAuthenticationViaCompanyPortal) and Setup Assistant with modern authentication (configurationWebUrl) are both on: contradictory, and the outcome is undocumented.",
        "ポータル サイト (enableAuthenticationViaCompanyPortal) と先進認証を使用したセットアップ アシスタント (configurationWebUrl) が両方オンです。矛盾しており、結果は文書化されていないため不明です。",
    )
}

pub fn cp_and_install() -> LText {
    t(
        "enableAuthenticationViaCompanyPortal (Company Portal) and requireCompanyPortalOnSetupAssistantEnrolledDevices (Setup Assistant) are both on: contradictory, and Microsoft documents no precedence, so the outcome is undocumented.",
        "enableAuthenticationViaCompanyPortal (ポータル サイト) と requireCompanyPortalOnSetupAssistantEnrolledDevices (セットアップ アシスタント) が両方オンです。矛盾しており、Microsoft は優先順位を文書化していないため、結果は不明です。",
    )
}

pub fn modern_medium() -> LText {
    t(
        "configurationWebUrl turns on sign-in inside Setup Assistant. This reading rests on one realistic payload and Apple's mechanism, not on a Microsoft statement.",
        "configurationWebUrl はセットアップ アシスタント内でのサインインを有効にします。この読み方は実際の設定例 1 件と Apple の仕組みに基づくもので、Microsoft の明言ではありません。",
    )
}

pub fn legacy_inferred(missing: bool) -> LText {
    let mut l = t(
        "Setup Assistant (legacy) is inferred from the absence of the Company Portal and modern-authentication flags.",
        "ポータル サイトと先進認証のフラグがないことから、セットアップ アシスタント (レガシ) と推定しています。",
    );
    if missing {
        l.en.to_mut().push_str(" Some of these flags are missing from the input altogether.");
        l.ja.to_mut().push_str("入力にはこれらのフラグの一部がそもそも含まれていません。");
    }
    l
}

pub fn shared_with_affinity() -> LText {
    t(
        "Shared iPad or Entra ID shared device mode is on although the profile enrolls with user affinity; these modes need enrollment without user affinity.",
        "ユーザー アフィニティありの登録なのに、共有 iPad または Microsoft Entra ID の共有デバイス モードがオンです。これらのモードはユーザー アフィニティなしの登録が前提です。",
    )
}

pub fn sam_without_cp() -> LText {
    t(
        "Single App Mode (enableSingleAppEnrollmentMode) is on with Setup Assistant with modern authentication, or without Company Portal being installed; Graph documents it for the Company Portal method (legacy with Install Company Portal also offers it).",
        "先進認証を使用したセットアップ アシスタント、またはポータル サイトをインストールしない設定で、シングル アプリ モード (enableSingleAppEnrollmentMode) がオンになっています。Graph のドキュメントではポータル サイト方式の設定とされています (レガシでも「ポータル サイトのインストール」とあわせて選べます)。",
    )
}

pub fn sam_without_vpp() -> LText {
    t(
        "Single App Mode is on but no VPP token is chosen to install Company Portal; it needs one.",
        "シングル アプリ モードがオンですが、ポータル サイトをインストールする VPP トークンが選ばれていません。VPP トークンが必要です。",
    )
}

pub fn await_disagree() -> LText {
    t(
        "awaitDeviceConfiguredConfirmation and waitForDeviceConfiguredConfirmation disagree; it is not known which one the admin center uses.",
        "awaitDeviceConfiguredConfirmation と waitForDeviceConfiguredConfirmation の値が一致しません。管理センターがどちらを使うかは確認されていません。",
    )
}

pub fn apple_web() -> LText {
    t(
        "Apple's configuration_web_url makes Setup Assistant show a web sign-in, which is what Setup Assistant with modern authentication uses; this mapping is inferred.",
        "Apple の configuration_web_url はセットアップ アシスタントに Web サインインを表示させます。先進認証を使用したセットアップ アシスタントはこの仕組みを使いますが、この対応付けは推定です。",
    )
}

pub fn apple_url() -> LText {
    t(
        "Only Apple's plain url is set, without configuration_web_url; that is how Setup Assistant (legacy) enrolls, but the mapping is inferred.",
        "configuration_web_url がなく Apple の url だけが設定されています。セットアップ アシスタント (レガシ) の登録方法に当たりますが、この対応付けは推定です。",
    )
}

pub fn apple_none() -> LText {
    t(
        "This Apple profile has neither url nor configuration_web_url, so its method cannot be told.",
        "この Apple のプロファイルには url も configuration_web_url もないため、認証方法を判定できません。",
    )
}

pub fn apple_locked_unsupervised() -> LText {
    t(
        "is_mdm_removable is false but is_supervised is false; Apple allows locking the MDM profile only on supervised devices.",
        "is_mdm_removable が false ですが、is_supervised も false です。Apple では MDM プロファイルのロックは監視対象デバイスでのみ可能です。",
    )
}

const CATALOG_SOURCE_EN: &str = "Verified against Microsoft's own definition of this setting.";
const CATALOG_SOURCE_JA: &str = "Microsoft 自身の設定定義で確認済みの値です。";

pub fn catalog_no_affinity(option: &str) -> LText {
    let (en, ja) = match option {
        "2" => (
            "Microsoft Entra ID shared mode (no user affinity)",
            "Microsoft Entra ID 共有モード (ユーザー アフィニティなし)",
        ),
        "3" => ("Shared iPad (no user affinity)", "共有 iPad (ユーザー アフィニティなし)"),
        _ => ("enrollment without user affinity", "ユーザー アフィニティなしの登録"),
    };
    t(
        format!("ade_useraffinity_{option} means {en}. {CATALOG_SOURCE_EN}"),
        format!("ade_useraffinity_{option} は{ja}を表します。{CATALOG_SOURCE_JA}"),
    )
}

pub fn catalog_modern() -> LText {
    t(
        format!("ade_authenticationmethod_2 is Setup Assistant with modern authentication. {CATALOG_SOURCE_EN}"),
        format!("ade_authenticationmethod_2 は先進認証を使用したセットアップ アシスタントです。{CATALOG_SOURCE_JA}"),
    )
}

pub fn catalog_company_portal() -> LText {
    t(
        format!("ade_authenticationmethod_0 is Company Portal. {CATALOG_SOURCE_EN} Microsoft's settings definitions dropped this value in August 2025, while Learn's enrollment-policy pages (2026) still list Company Portal as a method; policies can hold it either way, and it is read as Company Portal."),
        format!("ade_authenticationmethod_0 はポータル サイトです。{CATALOG_SOURCE_JA}Microsoft の設定定義からは 2025 年 8 月にこの値がなくなりましたが、Learn の登録ポリシーのページ (2026 年) は今もポータル サイトを認証方法に挙げています。いずれにしてもポリシーがこの値を持つことはあり、ポータル サイトとして読み取ります。"),
    )
}

pub fn catalog_unknown_method(option: &str) -> LText {
    t(
        format!("ade_authenticationmethod_{option} is not a value Microsoft defines (only _2, modern authentication, and _0, Company Portal, exist; there is no legacy value), so the method is not guessed."),
        format!("ade_authenticationmethod_{option} は Microsoft が定義していない値です (存在するのは先進認証の _2 とポータル サイトの _0 だけで、レガシの値はありません)。そのため認証方法は推測しません。"),
    )
}

pub fn catalog_unknown_affinity(option: &str) -> LText {
    t(
        format!("ade_useraffinity_{option} is not a value Microsoft defines (_0, _1, _2 and _3 exist), so the method is not guessed."),
        format!("ade_useraffinity_{option} は Microsoft が定義していない値です (存在するのは _0、_1、_2、_3)。そのため認証方法は推測しません。"),
    )
}

pub fn catalog_no_method() -> LText {
    t(
        "The policy enrolls with user affinity but holds no ade_authenticationmethod setting, so its method cannot be told.",
        "ポリシーはユーザー アフィニティありの登録ですが、ade_authenticationmethod の設定がないため、認証方法を判定できません。",
    )
}

pub fn catalog_no_settings() -> LText {
    t(
        "The policy holds neither ade_useraffinity nor ade_authenticationmethod, so its method cannot be told.",
        "ポリシーには ade_useraffinity も ade_authenticationmethod もないため、認証方法を判定できません。",
    )
}

pub fn catalog_affinity_missing(base: &LText) -> LText {
    LText::new(
        format!("{} The ade_useraffinity setting it belongs under is missing.", base.en),
        format!("{}本来その上位にある ade_useraffinity の設定がありません。", base.ja),
    )
}

pub fn catalog_method_without_affinity(option: &str) -> LText {
    t(
        format!("The policy enrolls without user affinity (ade_useraffinity_{option}) but also holds an authentication method."),
        format!("ポリシーはユーザー アフィニティなし (ade_useraffinity_{option}) の登録ですが、認証方法の設定も含まれています。"),
    )
}

pub fn flattened_bag(base: Option<&LText>) -> LText {
    let mut l = t(
        "AdditionalProperties holds text instead of an object: PowerShell's ConvertTo-Json cut it off, so flags such as configurationWebUrl are missing. Export again with ConvertTo-Json -Depth 10.",
        "AdditionalProperties がオブジェクトではなく文字列になっています。PowerShell の ConvertTo-Json が途中で打ち切ったため、configurationWebUrl などのフラグが失われています。ConvertTo-Json -Depth 10 でエクスポートし直してください。",
    );
    if let Some(b) = base {
        l.en = format!("{} {}", l.en, b.en).into();
        l.ja = format!("{}{}", l.ja, b.ja).into();
    }
    l
}

pub fn encoded_settings(base: Option<&LText>) -> LText {
    let note = t(
        "Terraform holds this policy's settings as a JSON-encoded string (its settings attribute). They were read from inside the string, but a JSON pointer cannot lead into a string: the evidence points at the string itself.",
        "Terraform はこのポリシーの設定を JSON エンコードされた文字列 (settings 属性) として保持しています。設定は文字列の中から読み取りましたが、JSON ポインターは文字列の中を指せないため、根拠は文字列そのものを指しています。",
    );
    match base {
        Some(b) => LText::new(format!("{} {}", b.en, note.en), format!("{}{}", b.ja, note.ja)),
        None => note,
    }
}

pub fn terraform_flat_modern() -> LText {
    t(
        format!("The Terraform provider sends require_setup_assistant_with_modern_authentication to Intune as ade_authenticationmethod_2, Setup Assistant with modern authentication. {CATALOG_SOURCE_EN}"),
        format!("Terraform プロバイダーは require_setup_assistant_with_modern_authentication を ade_authenticationmethod_2 (先進認証を使用したセットアップ アシスタント) として Intune に送ります。{CATALOG_SOURCE_JA}"),
    )
}

pub fn terraform_flat_company_portal() -> LText {
    t(
        "The Terraform provider sends enable_authentication_via_company_portal to Intune as ade_authenticationmethod_1, a value its own code calls inferred and Microsoft's definitions do not have (Company Portal is _0), so the method is not guessed. Check the policy in the Intune admin center, or paste its Graph form.",
        "Terraform プロバイダーは enable_authentication_via_company_portal を ade_authenticationmethod_1 として Intune に送ります。この値はプロバイダー自身のコードが推測としているもので、Microsoft の設定定義にはありません (ポータル サイトは _0)。そのため認証方法は推測しません。Intune 管理センターでポリシーを確認するか、Graph の形で貼り付けてください。",
    )
}

pub fn terraform_flat_no_method() -> LText {
    t(
        "Neither method flag is on: the Terraform provider then sends ade_authenticationmethod_0, which it means as Setup Assistant (legacy) but Microsoft's definitions name Company Portal; enrollment policies have no legacy value. Read as Company Portal; check the policy in the Intune admin center, or paste its Graph form.",
        "認証方法のフラグがどちらもオフです。この場合 Terraform プロバイダーは ade_authenticationmethod_0 を送ります。プロバイダーはセットアップ アシスタント (レガシ) のつもりですが、Microsoft の設定定義ではポータル サイトで、登録ポリシーにレガシの値はありません。ポータル サイトとして読み取ります。Intune 管理センターでポリシーを確認するか、Graph の形で貼り付けてください。",
    )
}
