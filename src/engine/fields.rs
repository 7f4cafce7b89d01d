//! The field explainer: for the profile, policy, restriction and assignment fields that
//! matter to the authentication method and to the vanishing Company Portal, the label the
//! Intune admin center shows (EN/JA), what the field means, and its values
//! (S-GRAPH-DEP-IOS, S-SC-AUTHMETHOD, S-GRAPH-IOS-RESTRICTIONS, S-SC-RESTRICTIONS,
//! S-GRAPH-APP-ASSIGNMENT). Settings-catalog restrictions keep the names the settings catalog
//! shows (Microsoft's definitions name them in English only), with a Japanese note.
//!
//! Lookup is case- and separator-insensitive like the rest of the engine, and accepts a
//! settings-catalog value (`ade_authenticationmethod_2`,
//! `com.apple.applicationaccess_ratingappsjp_12`) for its setting.

use super::i18n::Text;
use super::model::normalize_key;

/// One explained field.
#[derive(Clone, Copy, Debug)]
pub struct FieldInfo {
    /// The key as Graph (or the settings catalog) writes it.
    pub key: &'static str,
    /// The admin-center label.
    pub label: Text,
    pub meaning: Text,
    /// Known values and what they mean (empty for booleans explained in `meaning`).
    pub values: &'static [(&'static str, Text)],
}

const fn f(key: &'static str, label: Text, meaning: Text) -> FieldInfo {
    FieldInfo { key, label, meaning, values: &[] }
}

const fn t(en: &'static str, ja: &'static str) -> Text {
    Text::new(en, ja)
}

/// What "Rating Apps - <region>" means (S-SC-RESTRICTIONS, S-LEARN-RATING-EXEMPTION).
const RATING_APPS_MEANING: Text = t(
    "The settings catalog's age limit for apps in this region: None lets no app run (every app disappears, Company Portal included), an age hides the apps rated above it, All allows every app. Apps in Rating Apps Exempted Bundle IDs bypass an age limit.",
    "この地域での、設定カタログのアプリの年齢制限です。None ではどのアプリも実行できず (ポータル サイトを含むすべてのアプリが消えます)、年齢を選ぶとそれを超える区分のアプリが非表示になり、All ではすべてのアプリを許可します。Rating Apps Exempted Bundle IDs に含めたアプリは年齢制限の対象外になります。",
);

/// "Rating Apps - <region>": the region code in the setting id, the region's name, and the
/// option number of "All" (S-SC-RESTRICTIONS).
macro_rules! rating_apps {
    ($code:literal, $region:literal, $all:literal) => {
        FieldInfo {
            key: concat!("com.apple.applicationaccess_ratingapps", $code),
            label: t(
                concat!("Rating Apps - ", $region, " (settings catalog)"),
                concat!("Rating Apps - ", $region, " (設定カタログ)"),
            ),
            meaning: RATING_APPS_MEANING,
            values: &[
                (
                    concat!("com.apple.applicationaccess_ratingapps", $code, "_0"),
                    t(
                        "None: Don't allow apps (no app can run)",
                        "None: アプリを許可しない (どのアプリも実行できません)",
                    ),
                ),
                (
                    concat!("com.apple.applicationaccess_ratingapps", $code, "_", $all),
                    t("All: allow all apps", "All: すべてのアプリを許可する"),
                ),
            ],
        }
    };
}

/// Every explained field.
pub static FIELDS: &[FieldInfo] = &[
    f(
        "requiresUserAuthentication",
        t("User affinity", "ユーザー アフィニティ"),
        t(
            "true = Enroll with user affinity (a user signs in and the device is theirs); false = Enroll without user affinity (no authentication method applies).",
            "true は「ユーザー アフィニティとともに登録する」(ユーザーがサインインし、そのユーザーのデバイスになります)、false は「ユーザー アフィニティなしで登録する」です (認証方法は使われません)。",
        ),
    ),
    f(
        "enableAuthenticationViaCompanyPortal",
        t("Authentication method: Company Portal", "認証方法: ポータル サイト"),
        t(
            "true = users authenticate in the Company Portal app after Setup Assistant. Graph's own description says the opposite; every export and tool treats true as Company Portal.",
            "true の場合、セットアップ アシスタントの後にポータル サイト アプリで認証します。Graph の説明文は逆の意味に読めますが、実際のエクスポートやツールはすべて true をポータル サイトとして扱っています。",
        ),
    ),
    f(
        "configurationWebUrl",
        t("Authentication method: Setup Assistant with modern authentication", "認証方法: 先進認証を使用したセットアップ アシスタント"),
        t(
            "A Boolean despite its name. true = Setup Assistant shows a Microsoft Entra sign-in web view (iOS/iPadOS 13 or later). With user affinity and neither this nor the Company Portal flag, the profile uses Setup Assistant (legacy).",
            "名前に反して真偽値です。true の場合、セットアップ アシスタントに Microsoft Entra のサインイン画面が表示されます (iOS/iPadOS 13 以降)。ユーザー アフィニティありで、これもポータル サイトのフラグも false なら、セットアップ アシスタント (レガシ) です。",
        ),
    ),
    f(
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        t("Install Company Portal", "ポータル サイトのインストール"),
        t(
            "true = Intune installs Company Portal on devices that authenticated in Setup Assistant (legacy or modern authentication).",
            "true の場合、セットアップ アシスタント (レガシまたは先進認証) で認証したデバイスに Intune がポータル サイトをインストールします。",
        ),
    ),
    f(
        "companyPortalVppTokenId",
        t("Install Company Portal with VPP", "VPP によるポータル サイトのインストール"),
        t(
            "The Apps and Books (VPP) token used to install Company Portal with device licensing, so no Apple ID is needed. Empty = no token. Enrollment is blocked when the token has expired or has no free licenses.",
            "デバイス ライセンスでポータル サイトをインストールするための Apps and Books (VPP) トークンです。Apple ID は不要になります。空ならトークンなしです。トークンの期限切れやライセンス不足では登録がブロックされます。",
        ),
    ),
    f(
        "enableSingleAppEnrollmentMode",
        t("Run Company Portal in Single App Mode until authentication", "認証されるまでシングル アプリ モードでポータル サイトを実行する"),
        t(
            "true = the device stays locked in Company Portal until the user signs in. Needs a VPP token and iOS/iPadOS 11.3.1 or later; MFA must then be answered on another device.",
            "true の場合、ユーザーがサインインするまでデバイスはポータル サイトにロックされます。VPP トークンと iOS/iPadOS 11.3.1 以降が必要で、MFA には別のデバイスで応答する必要があります。",
        ),
    ),
    f(
        "supervisedModeEnabled",
        t("Supervised", "監視"),
        t(
            "Supervised devices accept more restrictions (for example Hidden apps lists). iOS/iPadOS 13 and later are always supervised through ADE.",
            "監視下のデバイスには、より多くの制限 (「非表示のアプリ」の一覧など) を適用できます。ADE で登録した iOS/iPadOS 13 以降は常に監視下になります。",
        ),
    ),
    f(
        "profileRemovalDisabled",
        t("Locked enrollment", "ロックされた登録"),
        t(
            "true = users cannot remove the management profile from Settings.",
            "true の場合、ユーザーは設定アプリから管理プロファイルを削除できません。",
        ),
    ),
    f(
        "awaitDeviceConfiguredConfirmation",
        t("Await final configuration", "最終構成を待機する"),
        t(
            "true = Setup Assistant does not finish until device configuration policies start installing. For modern authentication, userless and Entra shared mode profiles. Read together with waitForDeviceConfiguredConfirmation.",
            "true の場合、デバイス構成ポリシーのインストールが始まるまでセットアップ アシスタントが完了しません。先進認証、ユーザー アフィニティなし、Entra 共有モードのプロファイルで使えます。waitForDeviceConfiguredConfirmation と合わせて確認してください。",
        ),
    ),
    f(
        "waitForDeviceConfiguredConfirmation",
        t("Await final configuration", "最終構成を待機する"),
        t(
            "The same setting under its inherited name; exports can contain both keys. When they disagree it is unclear which one Intune honours.",
            "同じ設定の継承元での名前です。エクスポートには両方のキーが含まれることがあり、値が食い違う場合に Intune がどちらを使うかは明確ではありません。",
        ),
    ),
    f(
        "isMandatory",
        t("Mandatory profile", "必須のプロファイル"),
        t(
            "true = the user cannot skip applying the management profile. Not a separate toggle in the iOS profile pages.",
            "true の場合、ユーザーは管理プロファイルの適用をスキップできません。iOS のプロファイル画面には個別の設定項目はありません。",
        ),
    ),
    f(
        "enableSharedIPad",
        t("Shared iPad", "共有 iPad"),
        t(
            "true = Apple's multi-user Shared iPad mode. Needs enrollment without user affinity, supervision and iPadOS 13.4 or later.",
            "true の場合、Apple の複数ユーザー向け共有 iPad モードになります。ユーザー アフィニティなしの登録、監視モード、iPadOS 13.4 以降が必要です。",
        ),
    ),
    f(
        "sharedIPadMaximumUserCount",
        t("Maximum cached users", "キャッシュされたユーザーの最大数"),
        t("How many users a Shared iPad keeps locally.", "共有 iPad がローカルに保持するユーザー数です。"),
    ),
    f(
        "userlessSharedAadModeEnabled",
        t("Enroll with Microsoft Entra ID shared mode", "Microsoft Entra ID 共有モードで登録する"),
        t(
            "true = the device is enrolled without user affinity for Entra shared device mode (frontline workers sign in and out of apps). Different from Shared iPad.",
            "true の場合、Entra の共有デバイス モード (現場の従業員がアプリにサインイン / サインアウトして共用する) 向けに、ユーザー アフィニティなしで登録します。共有 iPad とは別の機能です。",
        ),
    ),
    f(
        "deviceNameTemplate",
        t("Device name template", "デバイス名のテンプレート"),
        t(
            "Name given to devices at enrollment, up to 63 characters, with {{SERIAL}} and {{DEVICETYPE}}. The only profile setting that also reaches already enrolled devices.",
            "登録時にデバイスに付ける名前で、63 文字以内、{{SERIAL}} と {{DEVICETYPE}} を使えます。登録済みのデバイスにも反映される唯一のプロファイル設定です。",
        ),
    ),
    f(
        "enabledSkipKeys",
        t("Setup Assistant screens (Hide)", "セットアップ アシスタントの画面 (非表示)"),
        t(
            "Apple skip keys of the Setup Assistant panes set to Hide (for example Location, Siri, Privacy).",
            "「非表示」にしたセットアップ アシスタントの画面を表す Apple のスキップ キーです (Location、Siri、Privacy など)。",
        ),
    ),
    FieldInfo {
        key: "iTunesPairingMode",
        label: t("Sync with computers", "コンピューターと同期する"),
        meaning: t("Whether the device can pair with a computer (Finder / iTunes).", "デバイスがコンピューター (Finder / iTunes) とペアリングできるかどうかです。"),
        values: &[
            ("disallow", t("Deny all", "すべて拒否")),
            ("allow", t("Allow all", "すべて許可")),
            ("requiresCertificate", t("Allow Apple Configurator by certificate", "証明書による Apple Configurator の許可")),
        ],
    },
    f(
        "isDefault",
        t("Default profile", "既定のプロファイル"),
        t(
            "true = new devices synced from Apple Business (formerly Apple Business Manager) get this profile unless another one is assigned.",
            "true の場合、Apple Business (旧称 Apple Business Manager) から同期された新しいデバイスには、別のプロファイルを割り当てない限りこのプロファイルが使われます。",
        ),
    ),
    FieldInfo {
        key: "appsVisibilityListType",
        label: t("Show or hide apps → Type of apps list", "アプリの表示/非表示 → アプリ一覧の種類"),
        meaning: t(
            "How the apps list is used on supervised devices. With Visible apps, every app not in the list is hidden — including Company Portal if it is missing.",
            "監視下のデバイスでアプリの一覧をどう使うかを決めます。「表示するアプリ」では一覧にないアプリはすべて非表示になり、一覧にないポータル サイトも隠れます。",
        ),
        values: &[
            ("none", t("Not configured", "未構成")),
            ("appsInListCompliant", t("Visible apps", "表示するアプリ")),
            ("appsNotInListCompliant", t("Hidden apps", "非表示のアプリ")),
        ],
    },
    f(
        "appsVisibilityList",
        t("Show or hide apps → Apps list", "アプリの表示/非表示 → アプリの一覧"),
        t(
            "The apps the list type applies to; Company Portal is com.microsoft.CompanyPortal (App Store id 719171358).",
            "アプリ一覧の種類を適用するアプリです。ポータル サイトは com.microsoft.CompanyPortal (App Store の ID 719171358) です。",
        ),
    ),
    FieldInfo {
        key: "mediaContentRatingApps",
        label: t("Ratings region → Apps", "年齢区分の地域 → アプリ"),
        meaning: t(
            "Which apps may run by age rating. The article's fix for a vanishing Company Portal sets it back to Allow all apps.",
            "年齢区分によって実行できるアプリを決めます。記事では、ポータル サイトが消える問題の対処として「すべてのアプリを許可する」に戻しています。",
        ),
        values: &[
            ("allAllowed", t("Allow all apps", "すべてのアプリを許可する")),
            ("allBlocked", t("Don't allow apps", "アプリを許可しない")),
            ("agesAbove4", t("4+", "4+")),
            ("agesAbove9", t("9+", "9+")),
            ("agesAbove12", t("12+", "12+")),
            ("agesAbove17", t("17+", "17+")),
        ],
    },
    f(
        "iBooksStoreBlockErotica",
        t("Block download of explicit sexual content in Apple Books", "Apple Books で成人指定の性的コンテンツのダウンロードをブロックする"),
        t(
            "true = explicit books cannot be downloaded. The article removed this setting to stop Company Portal from vanishing; why it matters is not documented.",
            "true の場合、成人指定の書籍をダウンロードできません。記事ではポータル サイトが消える問題を止めるためにこの設定を外しています。影響する理由は文書化されていません。",
        ),
    ),
    f(
        "com.apple.applicationaccess_blockedappbundleids",
        t("Blocked App Bundle IDs (settings catalog)", "Blocked App Bundle IDs (設定カタログ)"),
        t(
            "The settings catalog's list of apps that cannot be shown or launched (supervised devices). If it holds com.microsoft.CompanyPortal, Company Portal is hidden.",
            "設定カタログで、表示も起動もできないアプリの一覧です (監視対象のデバイス)。com.microsoft.CompanyPortal を含むと、ポータル サイトは非表示になります。",
        ),
    ),
    f(
        "com.apple.applicationaccess_allowlistedappbundleids",
        t("Allow Listed App Bundle IDs (settings catalog)", "Allow Listed App Bundle IDs (設定カタログ)"),
        t(
            "The settings catalog's list of the only apps that can be shown or launched (supervised devices). Without com.microsoft.CompanyPortal in it, Company Portal is hidden.",
            "設定カタログで、表示や起動を許可するアプリだけの一覧です (監視対象のデバイス)。com.microsoft.CompanyPortal を含まないと、ポータル サイトは非表示になります。",
        ),
    ),
    f(
        "com.apple.applicationaccess_ratingappsexemptedbundleids",
        t("Rating Apps Exempted Bundle IDs (settings catalog)", "Rating Apps Exempted Bundle IDs (設定カタログ)"),
        t(
            "Apps that bypass the age limit of Rating Apps (iOS/iPadOS 26.1 and later). Adding com.microsoft.CompanyPortal keeps Company Portal under an age limit; the template profile has no such list.",
            "Rating Apps の年齢制限の対象外にするアプリです (iOS/iPadOS 26.1 以降)。com.microsoft.CompanyPortal を追加すると、年齢制限があってもポータル サイトは対象外になります。テンプレートのプロファイルにはこの一覧がありません。",
        ),
    ),
    FieldInfo {
        key: "com.apple.applicationaccess_ratingregion",
        label: t("Rating Region (settings catalog)", "Rating Region (設定カタログ)"),
        meaning: t(
            "Whose age ratings the Rating Apps setting under it uses.",
            "その下の Rating Apps 設定が、どの地域の年齢区分を使うかを決めます。",
        ),
        values: &[
            ("com.apple.applicationaccess_ratingregion_0", t("United States", "米国")),
            ("com.apple.applicationaccess_ratingregion_1", t("Australia", "オーストラリア")),
            ("com.apple.applicationaccess_ratingregion_2", t("Canada", "カナダ")),
            ("com.apple.applicationaccess_ratingregion_3", t("Germany", "ドイツ")),
            ("com.apple.applicationaccess_ratingregion_4", t("France", "フランス")),
            ("com.apple.applicationaccess_ratingregion_5", t("Ireland", "アイルランド")),
            ("com.apple.applicationaccess_ratingregion_6", t("Japan", "日本")),
            ("com.apple.applicationaccess_ratingregion_7", t("New Zealand", "ニュージーランド")),
            ("com.apple.applicationaccess_ratingregion_8", t("Great Britain", "英国")),
        ],
    },
    rating_apps!("au", "Australia", "22"),
    rating_apps!("ca", "Canada", "22"),
    rating_apps!("de", "Germany", "22"),
    rating_apps!("fr", "France", "22"),
    rating_apps!("gb", "Great Britain", "22"),
    rating_apps!("ie", "Ireland", "22"),
    rating_apps!("jp", "Japan", "22"),
    rating_apps!("nz", "New Zealand", "22"),
    rating_apps!("us", "United States", "5"),
    FieldInfo {
        key: "com.apple.applicationaccess_allowbookstoreerotica",
        label: t("Allow Bookstore Erotica (settings catalog)", "Allow Bookstore Erotica (設定カタログ)"),
        meaning: t(
            "False blocks explicit books in Apple Books, like the template's Block download of explicit sexual content in Apple Books. The article removed that setting to stop Company Portal from vanishing; why it matters is not documented.",
            "False にすると Apple Books の成人向けの書籍をブロックします (テンプレートの「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」と同じ)。記事ではポータル サイトが消える問題を止めるためにこの設定を外しています。影響する理由は文書化されていません。",
        ),
        values: &[
            ("com.apple.applicationaccess_allowbookstoreerotica_false", t("False: explicit books blocked", "False: 成人向けの書籍をブロック")),
            ("com.apple.applicationaccess_allowbookstoreerotica_true", t("True: allowed", "True: 許可")),
        ],
    },
    FieldInfo {
        key: "com.apple.applicationaccess_allowbookstore",
        label: t("Allow Bookstore (settings catalog)", "Allow Bookstore (設定カタログ)"),
        meaning: t(
            "False removes the Book Store from Apple Books (supervised devices).",
            "False にすると Apple Books からブック ストアがなくなります (監視対象のデバイス)。",
        ),
        values: &[
            ("com.apple.applicationaccess_allowbookstore_false", t("False: Book Store removed", "False: ブック ストアなし")),
            ("com.apple.applicationaccess_allowbookstore_true", t("True: allowed", "True: 許可")),
        ],
    },
    FieldInfo {
        key: "intent",
        label: t("Assignment type", "割り当ての種類"),
        meaning: t(
            "What an app assignment does for its group. An Uninstall assignment of Company Portal removes it from the devices.",
            "アプリの割り当てがグループに対して行う操作です。ポータル サイトに「アンインストール」の割り当てがあると、デバイスから削除されます。",
        ),
        values: &[
            ("required", t("Required", "必須")),
            ("available", t("Available for enrolled devices", "登録済みデバイスで使用可能")),
            ("uninstall", t("Uninstall", "アンインストール")),
            ("availableWithoutEnrollment", t("Available with or without enrollment", "登録の有無にかかわらず使用可能")),
        ],
    },
    f(
        "useDeviceLicensing",
        t("License type: device licensing", "ライセンスの種類: デバイス ライセンス"),
        t(
            "true = the VPP app is licensed to the device, not to the user's Apple ID. Microsoft recommends a required, device-licensed Company Portal for ADE devices.",
            "true の場合、VPP アプリのライセンスはユーザーの Apple ID ではなくデバイスに割り当てられます。ADE デバイスには、デバイス ライセンスで「必須」のポータル サイトが推奨されています。",
        ),
    ),
    FieldInfo {
        key: "ade_useraffinity",
        label: t("User affinity (enrollment policy)", "ユーザー アフィニティ (登録ポリシー)"),
        meaning: t("The settings-catalog setting of the new Enrollment policies that chooses user affinity.", "新しい「登録ポリシー」で、ユーザー アフィニティを選ぶ設定カタログの設定です。"),
        values: &[
            ("ade_useraffinity_0", t("Enroll without user affinity", "ユーザー アフィニティなしで登録する")),
            ("ade_useraffinity_1", t("Enroll with user affinity", "ユーザー アフィニティとともに登録する")),
            ("ade_useraffinity_2", t("Enroll with Microsoft Entra ID shared mode", "Microsoft Entra ID 共有モードで登録する")),
            ("ade_useraffinity_3", t("Enroll with Shared iPad", "共有 iPad で登録する")),
        ],
    },
    FieldInfo {
        key: "ade_authenticationmethod",
        label: t("Authentication method (enrollment policy)", "認証方法 (登録ポリシー)"),
        meaning: t(
            "The settings-catalog setting that chooses the method (values verified in Microsoft's setting definitions). There is no legacy value: Setup Assistant (legacy) cannot be chosen in an enrollment policy.",
            "認証方法を選ぶ設定カタログの設定です (値は Microsoft の設定定義で確認済み)。レガシの値はなく、登録ポリシーではセットアップ アシスタント (レガシ) を選べません。",
        ),
        values: &[
            ("ade_authenticationmethod_0", t(
                "Company Portal (gone from Microsoft's settings definitions since August 2025; Learn's 2026 enrollment-policy pages still list it)",
                "ポータル サイト (2025 年 8 月に Microsoft の設定定義からなくなりましたが、Learn の 2026 年の登録ポリシーのページには今も記載があります)",
            )),
            ("ade_authenticationmethod_2", t("Setup Assistant with modern authentication", "先進認証を使用したセットアップ アシスタント")),
        ],
    },
    FieldInfo {
        key: "ade_modernauth_awaitfinalconfiguration",
        label: t("Await final configuration (enrollment policy)", "最終構成を待機する (登録ポリシー)"),
        meaning: t("A child of the modern-authentication choice in the new Enrollment policies.", "新しい登録ポリシーで、先進認証の選択の下にある設定です。"),
        values: &[
            ("ade_modernauth_awaitfinalconfiguration_0", t("No", "いいえ")),
            ("ade_modernauth_awaitfinalconfiguration_1", t("Yes", "はい")),
        ],
    },
    FieldInfo {
        key: "ade_useraffinity_awaitfinalconfiguration",
        label: t("Await final configuration (enrollment policy, no user affinity)", "最終構成を待機する (登録ポリシー、ユーザー アフィニティなし)"),
        meaning: t(
            "A child of the without-affinity and Microsoft Entra ID shared mode choices in the new Enrollment policies.",
            "新しい登録ポリシーで、ユーザー アフィニティなしと Microsoft Entra ID 共有モードの選択の下にある設定です。",
        ),
        values: &[
            ("ade_useraffinity_awaitfinalconfiguration_0", t("No", "いいえ")),
            ("ade_useraffinity_awaitfinalconfiguration_1", t("Yes", "はい")),
        ],
    },
    FieldInfo {
        key: "ade_lockedenrollment",
        label: t("Locked enrollment (enrollment policy)", "ロックされた登録 (登録ポリシー)"),
        meaning: t("Whether users can remove the management profile, in the new Enrollment policies.", "新しい登録ポリシーで、ユーザーが管理プロファイルを削除できるかどうかです。"),
        values: &[
            ("ade_lockedenrollment_0", t("No", "いいえ")),
            ("ade_lockedenrollment_1", t("Yes", "はい")),
        ],
    },
];

/// The explanation of a key (any spelling) or of a settings-catalog id or value.
pub fn lookup(key_or_value: &str) -> Option<&'static FieldInfo> {
    let norm = normalize_key(key_or_value);
    if norm.is_empty() {
        return None;
    }
    let by_key = |norm: &str| FIELDS.iter().find(|f| normalize_key(f.key) == norm);
    by_key(&norm)
        .or_else(|| {
            FIELDS.iter().find(|f| {
                f.values
                    .iter()
                    .any(|(v, _)| (v.starts_with("ade_") || v.starts_with(RESTRICTIONS)) && normalize_key(v) == norm)
            })
        })
        .or_else(|| {
            // Another option of a restriction setting (`…_ratingappsjp_12`): its setting.
            let s = key_or_value.trim();
            let (setting, _) = s.rsplit_once('_')?;
            let prefix = s.get(..RESTRICTIONS.len())?;
            (prefix.eq_ignore_ascii_case(RESTRICTIONS) && setting.len() > RESTRICTIONS.len())
                .then(|| by_key(&normalize_key(setting)))?
        })
}

/// The prefix of the settings catalog's Restrictions settings.
const RESTRICTIONS: &str = "com.apple.applicationaccess_";

impl FieldInfo {
    /// The meaning of one value, when the field lists its values.
    pub fn value(&self, v: &str) -> Option<Text> {
        self.values.iter().find(|(k, _)| k.eq_ignore_ascii_case(v)).map(|(_, t)| *t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_explained_in_both_languages() {
        assert!(FIELDS.len() >= 25, "{} fields", FIELDS.len());
        for f in FIELDS {
            assert!(f.label.is_complete() && f.meaning.is_complete(), "{}", f.key);
            assert_ne!(f.meaning.en, f.meaning.ja, "{}", f.key);
            for (v, t) in f.values {
                assert!(t.is_complete(), "{} = {v}", f.key);
            }
        }
    }

    #[test]
    fn keys_are_unique_and_found_by_any_spelling() {
        for (i, f) in FIELDS.iter().enumerate() {
            assert!(FIELDS[..i].iter().all(|g| normalize_key(g.key) != normalize_key(f.key)), "{} twice", f.key);
            assert_eq!(lookup(f.key).map(|x| x.key), Some(f.key));
        }
        assert_eq!(
            lookup("EnableAuthenticationViaCompanyPortal").map(|f| f.key),
            Some("enableAuthenticationViaCompanyPortal")
        );
        assert_eq!(lookup("ade_authenticationmethod_2").map(|f| f.key), Some("ade_authenticationmethod"));
        let jp = "com.apple.applicationaccess_ratingappsjp";
        assert_eq!(lookup("com.apple.applicationaccess_ratingappsjp_0").map(|f| f.key), Some(jp));
        assert_eq!(
            lookup("com.apple.applicationaccess_ratingappsjp_12").map(|f| f.key),
            Some(jp),
            "an unlisted option"
        );
        assert_eq!(
            lookup("com.apple.applicationaccess_ratingappsus_5")
                .and_then(|f| f.value("com.apple.applicationaccess_ratingappsus_5"))
                .map(|t| t.en),
            Some("All: allow all apps")
        );
        assert_eq!(lookup("com.apple.applicationaccess_").map(|f| f.key), None);
        assert_eq!(lookup("com.apple.applicationaccess_allowcamera_false").map(|f| f.key), None);
        assert_eq!(lookup("displayName").map(|f| f.key), None);
        assert_eq!(lookup("").map(|f| f.key), None);
        assert_eq!(
            lookup("appsVisibilityListType").and_then(|f| f.value("appsNotInListCompliant")).map(|t| t.en),
            Some("Hidden apps")
        );
    }

    #[test]
    fn the_fields_the_engine_reads_are_explained() {
        for k in [
            "requiresUserAuthentication",
            "enableAuthenticationViaCompanyPortal",
            "configurationWebUrl",
            "companyPortalVppTokenId",
            "enableSingleAppEnrollmentMode",
            "supervisedModeEnabled",
            "profileRemovalDisabled",
            "awaitDeviceConfiguredConfirmation",
            "waitForDeviceConfiguredConfirmation",
            "enableSharedIPad",
            "userlessSharedAadModeEnabled",
            "appsVisibilityListType",
            "appsVisibilityList",
            "mediaContentRatingApps",
            "iBooksStoreBlockErotica",
            "intent",
            "com.apple.applicationaccess_blockedappbundleids",
            "com.apple.applicationaccess_allowlistedappbundleids",
            "com.apple.applicationaccess_ratingappsexemptedbundleids",
            "com.apple.applicationaccess_ratingappsjp",
            "com.apple.applicationaccess_ratingappsus",
            "com.apple.applicationaccess_allowbookstoreerotica",
            "com.apple.applicationaccess_allowbookstore",
        ] {
            assert!(lookup(k).is_some(), "{k}");
        }
    }
}
