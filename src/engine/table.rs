//! The comparison table: which authentication method meets which requirement.
//!
//! Values follow the Japanese write-up's 10-row table, which is a faithful matrix of
//! Microsoft's "ADE administrator tasks" bullet lists (S-LEARN-IOS-GUIDE). Microsoft's text is
//! richer than yes/no; the nuances N1–N8 (S-LEARN-IOS-GUIDE, S-LEARN-ADE-SETUP) are attached to the cells they
//! qualify as footnotes and never change a value.
//!
//! Two further requirements are not rows of the article's table but appear in
//! Microsoft's lists or caveats: `use-before-company-portal` and `devices-below-ios-13`.
//! They live in [`EXTRA_ROWS`] with their own source.

use super::i18n::{Lang, Link, Text};
pub use super::sources::{ARTICLE, LEARN_AUTH_METHODS, LEARN_GUIDE, LEARN_SETUP_ADE, LEARN_SUPPORTED_OS};
use serde::Serialize;

/// The three authentication methods of an ADE profile with user affinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    SetupAssistantLegacy,
    CompanyPortal,
    SetupAssistantModern,
}

impl Method {
    /// Article (and admin-center) column order.
    pub const ALL: [Method; 3] = [Method::SetupAssistantLegacy, Method::CompanyPortal, Method::SetupAssistantModern];

    pub fn id(self) -> &'static str {
        match self {
            Method::SetupAssistantLegacy => "setup-assistant-legacy",
            Method::CompanyPortal => "company-portal",
            Method::SetupAssistantModern => "setup-assistant-modern",
        }
    }

    pub fn from_id(id: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.id() == id)
    }

    /// Column index in [`Row::values`].
    pub fn column(self) -> usize {
        match self {
            Method::SetupAssistantLegacy => 0,
            Method::CompanyPortal => 1,
            Method::SetupAssistantModern => 2,
        }
    }

    /// The name as the Intune admin center shows it.
    pub fn label(self) -> Text {
        match self {
            Method::SetupAssistantLegacy => Text::new("Setup Assistant (legacy)", "セットアップ アシスタント (レガシ)"),
            Method::CompanyPortal => Text::new("Company Portal", "ポータル サイト"),
            Method::SetupAssistantModern => {
                Text::new("Setup Assistant with modern authentication", "先進認証を使用したセットアップ アシスタント")
            }
        }
    }

    /// One line on what the method does, for headers and tooltips.
    pub fn summary(self) -> Text {
        match self {
            Method::SetupAssistantLegacy => Text::new(
                "The user signs in with user name and password in Apple's Setup Assistant, without the modern-authentication web page: no MFA, no Conditional Access prompt, no password update, and no Entra device registration by itself. Microsoft has deprecated it.",
                "ユーザーは Apple のセットアップ アシスタントでユーザー名とパスワードを入力してサインインしますが、先進認証の Web 画面は使いません。MFA、条件付きアクセスの確認、パスワードの更新はなく、それだけでは Microsoft Entra ID にデバイスが登録されません。Microsoft は非推奨としています。",
            ),
            Method::CompanyPortal => Text::new(
                "The user signs in to the Company Portal app after Setup Assistant; it can keep the device locked in single-app mode until then.",
                "セットアップ アシスタントの後、ユーザーがポータル サイト アプリにサインインします。それまでデバイスをシングル アプリ モードでロックしておくこともできます。",
            ),
            Method::SetupAssistantModern => Text::new(
                "The user signs in with Microsoft Entra ID on a web page inside Setup Assistant, where MFA and Conditional Access apply; Microsoft recommends it.",
                "セットアップ アシスタントの中の Web 画面で Microsoft Entra ID にサインインし、MFA や条件付きアクセスが適用されます。Microsoft が推奨する方法です。Learn や管理センターでは「先進認証を備えたセットアップ アシスタント」と表記されることもあります。",
            ),
        }
    }
}

/// A requirement an organisation can state. The first ten are the article's rows, in its
/// order; the last two come from Microsoft's lists and caveats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    Wipe,
    Mfa,
    UpdateExpiredPassword,
    ResetExpiredPassword,
    EntraRegistration,
    CompanyPortalAutoInstall,
    CompanyPortalVpp,
    LockUntilCompanyPortal,
    AppleP7mToken,
    NoEntraRegistration,
    UseBeforeCompanyPortal,
    DevicesBelowIos13,
}

impl Requirement {
    pub const ALL: [Requirement; 12] = [
        Requirement::Wipe,
        Requirement::Mfa,
        Requirement::UpdateExpiredPassword,
        Requirement::ResetExpiredPassword,
        Requirement::EntraRegistration,
        Requirement::CompanyPortalAutoInstall,
        Requirement::CompanyPortalVpp,
        Requirement::LockUntilCompanyPortal,
        Requirement::AppleP7mToken,
        Requirement::NoEntraRegistration,
        Requirement::UseBeforeCompanyPortal,
        Requirement::DevicesBelowIos13,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Requirement::Wipe => "wipe",
            Requirement::Mfa => "mfa",
            Requirement::UpdateExpiredPassword => "update-expired-password",
            Requirement::ResetExpiredPassword => "reset-expired-password",
            Requirement::EntraRegistration => "entra-registration",
            Requirement::CompanyPortalAutoInstall => "company-portal-auto-install",
            Requirement::CompanyPortalVpp => "company-portal-vpp",
            Requirement::LockUntilCompanyPortal => "lock-until-company-portal",
            Requirement::AppleP7mToken => "apple-p7m-token",
            Requirement::NoEntraRegistration => "no-entra-registration",
            Requirement::UseBeforeCompanyPortal => "use-before-company-portal",
            Requirement::DevicesBelowIos13 => "devices-below-ios-13",
        }
    }

    pub fn from_id(id: &str) -> Option<Requirement> {
        Requirement::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Position in [`Requirement::ALL`] (also the bit in [`RequirementSet`]).
    pub fn index(self) -> usize {
        Requirement::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }

    /// The row that defines this requirement (article table or extra rows).
    pub fn row(self) -> &'static Row {
        TABLE.iter().chain(EXTRA_ROWS.iter()).find(|r| r.requirement == self).unwrap_or(&TABLE[0])
    }

    /// True for a requirement that no longer occurs: it stays parseable (old share links,
    /// `--require`) but is ignored by the recommendation and by profile fits, and the page
    /// offers it only while it is ticked. `devices-below-ios-13`: Intune supports only
    /// iOS/iPadOS 18 and later since the iOS/iPadOS 27 release, and lets devices without user
    /// affinity enroll from 15 (S-LEARN-SUPPORTED-OS, read 2026-12-06).
    pub fn is_obsolete(self) -> bool {
        matches!(self, Requirement::DevicesBelowIos13)
    }

    /// True for the article's ten rows.
    pub fn in_article_table(self) -> bool {
        self.index() < TABLE.len()
    }
}

/// A set of requirements (a bit per [`Requirement`]). Ordered and cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct RequirementSet(u16);

impl RequirementSet {
    pub const EMPTY: RequirementSet = RequirementSet(0);

    pub fn from_bits(bits: u16) -> RequirementSet {
        RequirementSet(bits & ((1 << Requirement::ALL.len()) - 1))
    }

    pub fn bits(self) -> u16 {
        self.0
    }

    pub fn contains(self, r: Requirement) -> bool {
        self.0 & (1 << r.index()) != 0
    }

    pub fn insert(&mut self, r: Requirement) {
        self.0 |= 1 << r.index();
    }

    pub fn remove(&mut self, r: Requirement) {
        self.0 &= !(1 << r.index());
    }

    pub fn with(mut self, r: Requirement) -> RequirementSet {
        self.insert(r);
        self
    }

    pub fn toggled(mut self, r: Requirement) -> RequirementSet {
        if self.contains(r) {
            self.remove(r)
        } else {
            self.insert(r)
        }
        self
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Members in [`Requirement::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Requirement> {
        Requirement::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    pub fn is_subset_of(self, other: RequirementSet) -> bool {
        self.0 & !other.0 == 0
    }
}

impl FromIterator<Requirement> for RequirementSet {
    fn from_iter<I: IntoIterator<Item = Requirement>>(iter: I) -> Self {
        let mut s = RequirementSet::EMPTY;
        for r in iter {
            s.insert(r);
        }
        s
    }
}

impl Serialize for RequirementSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(Requirement::id))
    }
}

/// Where a row's values come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowSource {
    /// The article's table, which mirrors Microsoft's "ADE administrator tasks" lists.
    ArticleTable,
    /// Microsoft's lists or caveats only; not a row of the article's table.
    MicrosoftOnly,
}

/// One requirement row: label, explanation and the yes/no value per method.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Row {
    pub requirement: Requirement,
    /// Short label, as a table row or a checkbox.
    pub label: Text,
    /// One or two sentences for the "?" explanation.
    pub help: Text,
    /// Values in [`Method::ALL`] order: legacy, Company Portal, modern.
    pub values: [bool; 3],
    pub source: RowSource,
    pub link: Link,
}

impl Row {
    pub fn value(&self, m: Method) -> bool {
        self.values[m.column()]
    }
}

const Y: bool = true;
const N: bool = false;

/// The article's ten rows, in its order.
pub static TABLE: [Row; 10] = [
    Row {
        requirement: Requirement::Wipe,
        label: Text::new("Wipe the device", "デバイスをワイプできる"),
        help: Text::new(
            "Corporate devices can be wiped remotely. Every method allows it.",
            "会社のデバイスをリモートでワイプ (初期化) できること。どの方法でも可能です。",
        ),
        values: [Y, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::Mfa,
        label: Text::new("Multifactor authentication (MFA)", "多要素認証 (MFA) を使う"),
        help: Text::new(
            "Users prove their identity with a second factor when they enroll. Only the modern methods support it, and during Setup Assistant the second factor must come from another device or a Temporary Access Pass.",
            "登録時に第 2 要素でも本人確認を行うこと。先進認証の方法だけが対応しており、セットアップ アシスタント中の第 2 要素は別のデバイスか一時アクセス パス (TAP) で受ける必要があります。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::UpdateExpiredPassword,
        label: Text::new(
            "Prompt to update an expired password at first sign-in",
            "初回サインイン時に期限切れパスワードの更新を促す",
        ),
        help: Text::new(
            "A user whose password has expired is asked to change it the first time they sign in.",
            "パスワードの期限が切れているユーザーに、最初のサインインで変更を求めること。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::ResetExpiredPassword,
        label: Text::new(
            "Prompt to reset an expired password during enrollment",
            "登録中に期限切れパスワードのリセットを促す",
        ),
        help: Text::new(
            "A user whose password has expired can reset it while enrolling instead of getting stuck.",
            "パスワードの期限が切れていても、登録の途中でリセットして先へ進めること。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::EntraRegistration,
        label: Text::new(
            "Register devices in Microsoft Entra ID",
            "デバイスを Microsoft Entra ID に登録する",
        ),
        help: Text::new(
            "Devices get an Entra ID identity, which Conditional Access and compliance need.",
            "デバイスに Entra ID の ID を持たせること。条件付きアクセスやコンプライアンスに必要です。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::CompanyPortalAutoInstall,
        label: Text::new(
            "Install Company Portal automatically during enrollment",
            "登録時にポータル サイト アプリを自動インストールする",
        ),
        help: Text::new(
            "Intune pushes the Company Portal app while the device enrolls; users do not fetch it themselves.",
            "登録の途中で Intune がポータル サイト アプリを配布し、ユーザーが自分で入手する必要がないこと。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::CompanyPortalVpp,
        label: Text::new(
            "Install Company Portal with VPP, without users' Apple IDs",
            "VPP でポータル サイトを Apple ID なしでインストールする",
        ),
        help: Text::new(
            "Company Portal comes from your Apps and Books (VPP) licences, so nobody needs an Apple ID.",
            "ポータル サイトを Apps and Books (VPP) のライセンスで配布し、Apple ID を不要にすること。",
        ),
        values: [N, Y, Y],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::LockUntilCompanyPortal,
        label: Text::new(
            "Keep the device locked until Company Portal is installed",
            "ポータル サイトのインストールまでデバイスをロックする",
        ),
        help: Text::new(
            "The device runs only Company Portal (single-app mode) until the user has signed in to it.",
            "ユーザーがポータル サイトにサインインするまで、デバイスではポータル サイトしか使えない (シングル アプリ モード) こと。",
        ),
        values: [N, Y, N],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::AppleP7mToken,
        label: Text::new(
            "Authenticate users with the Apple .p7m token",
            "Apple の .p7m トークンでユーザーを認証する",
        ),
        help: Text::new(
            "Setup Assistant authenticates the user with the Apple .p7m token of Apple Business (formerly Apple Business Manager) (Learn's wording): the user name and password are entered in Setup Assistant, without the modern-authentication web page.",
            "Apple Business (旧称 Apple Business Manager) の .p7m トークンでセットアップ アシスタントがユーザーを認証すること (Learn の表現)。ユーザー名とパスワードはセットアップ アシスタントで入力し、先進認証の Web 画面は使いません。",
        ),
        values: [Y, N, N],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
    Row {
        requirement: Requirement::NoEntraRegistration,
        label: Text::new(
            "Do not register devices in Microsoft Entra ID",
            "デバイスを Microsoft Entra ID に登録しない",
        ),
        help: Text::new(
            "Devices must stay out of Entra ID, for example because nothing relies on Conditional Access.",
            "条件付きアクセスを使わないなどの理由で、デバイスを Entra ID に登録しないこと。",
        ),
        values: [Y, N, N],
        source: RowSource::ArticleTable,
        link: LEARN_GUIDE,
    },
];

/// Requirements that are not rows of the article's table.
pub static EXTRA_ROWS: [Row; 2] = [
    Row {
        requirement: Requirement::UseBeforeCompanyPortal,
        label: Text::new(
            "Let users use the device before Company Portal is installed",
            "ポータル サイトのインストール前からデバイスを使わせる",
        ),
        help: Text::new(
            "Users reach the home screen right after Setup Assistant, even if Company Portal has not arrived yet. Microsoft lists this only for Setup Assistant with modern authentication; legacy also leaves the device usable because it never waits for Company Portal (our reading, not a Microsoft statement).",
            "ポータル サイトが届く前でも、セットアップ アシスタントの直後からホーム画面を使えること。Microsoft はこれを先進認証を使用したセットアップ アシスタントにだけ挙げています。レガシもポータル サイトを待たないので使えると当ツールは判断しています (Microsoft の記載ではありません)。",
        ),
        values: [Y, N, Y],
        source: RowSource::MicrosoftOnly,
        link: LEARN_AUTH_METHODS,
    },
    Row {
        requirement: Requirement::DevicesBelowIos13,
        label: Text::new(
            "Some devices run iOS/iPadOS older than 13 (obsolete)",
            "iOS/iPadOS 13 未満のデバイスがある (廃止された条件)",
        ),
        help: Text::new(
            "History, not a live choice: modern authentication needed iOS/iPadOS 13.0 or later, but Intune itself now supports only iOS/iPadOS 18 and later (since the iOS/iPadOS 27 release in 2026), and even devices enrolled without user affinity need iOS/iPadOS 15 or later to enroll, so such devices cannot be enrolled at all. Kept so that old links still open; the recommendation ignores it.",
            "過去の条件で、現在は選択肢ではありません。先進認証には iOS/iPadOS 13.0 以降が必要でしたが、現在の Intune 自体が iOS/iPadOS 18 以降しかサポートせず (2026 年の iOS/iPadOS 27 のリリース以降)、ユーザー アフィニティなしで登録するデバイスでも iOS/iPadOS 15 以降でなければ登録できないため、そうしたデバイスはそもそも登録できません。古いリンクを開けるように残していますが、推奨には影響しません。",
        ),
        values: [Y, Y, Y],
        source: RowSource::MicrosoftOnly,
        link: LEARN_SUPPORTED_OS,
    },
];

/// Microsoft's nuances that a yes/no cell simplifies (S-LEARN-IOS-GUIDE).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Nuance {
    /// `N1` … `N8`.
    pub id: &'static str,
    /// The cells it qualifies: (row, method). `None` as method qualifies the whole row.
    pub cells: &'static [(Requirement, Option<Method>)],
    /// Methods whose whole column it qualifies.
    pub columns: &'static [Method],
    pub text: Text,
    pub link: Link,
    /// Ids in `docs/sources.md`.
    #[serde(skip)]
    pub sources: &'static [&'static str],
}

pub static NUANCES: [Nuance; 8] = [
    Nuance {
        id: "N1",
        cells: &[(Requirement::EntraRegistration, Some(Method::SetupAssistantLegacy)), (Requirement::NoEntraRegistration, Some(Method::SetupAssistantLegacy))],
        columns: &[],
        text: Text::new(
            "Legacy does not register the device by itself, but with \"Install Company Portal\" set to Yes the registration completes once the user signs in to Company Portal; Microsoft even suggests installing it with legacy.",
            "レガシ自体はデバイスを Microsoft Entra ID に登録しませんが、「ポータル サイトのインストール」を「はい」にすると、ユーザーがポータル サイトにサインインした時点で Entra への登録が完了します。Microsoft もレガシでのインストールを勧めています。",
        ),
        link: LEARN_GUIDE,
        sources: &["S-LEARN-IOS-GUIDE", "S-LEARN-ADE-SETUP"],
    },
    Nuance {
        id: "N2",
        cells: &[(Requirement::CompanyPortalAutoInstall, Some(Method::SetupAssistantLegacy)), (Requirement::CompanyPortalVpp, Some(Method::SetupAssistantLegacy))],
        columns: &[],
        text: Text::new(
            "A legacy profile can still push Company Portal (through VPP, without an Apple ID); the \"no\" reflects Microsoft's bullet list, not the profile's options.",
            "レガシのプロファイルでもポータル サイトを (VPP 経由なら Apple ID なしで) 配布できます。「いいえ」は Microsoft の箇条書きに従った値で、プロファイルの設定項目を表したものではありません。",
        ),
        link: LEARN_SETUP_ADE,
        sources: &["S-LEARN-ADE-SETUP"],
    },
    Nuance {
        id: "N3",
        cells: &[(Requirement::LockUntilCompanyPortal, Some(Method::SetupAssistantLegacy))],
        columns: &[],
        text: Text::new(
            "The setup guide places \"Run Company Portal in Single App Mode until authentication\" after the legacy \"Install Company Portal\" step, while Graph ties it to the Company Portal method. A lock with legacy is possible per the UI documentation but unverified.",
            "設定手順では「認証されるまでシングル アプリ モードでポータル サイトを実行する」がレガシの「ポータル サイトのインストール」の後に書かれていますが、Graph ではポータル サイト方式が条件です。レガシでのロックは UI の文書上は可能ですが、確認されていません。",
        ),
        link: LEARN_SETUP_ADE,
        sources: &["S-LEARN-ADE-SETUP", "S-GRAPH-DEP-IOS"],
    },
    Nuance {
        id: "N4",
        cells: &[(Requirement::Mfa, Some(Method::SetupAssistantModern)), (Requirement::Mfa, Some(Method::CompanyPortal))],
        columns: &[],
        text: Text::new(
            "MFA happens only if a Conditional Access policy requires it, and its target decides how often: the \"Microsoft Intune Enrollment\" cloud app prompts once, at enrollment; \"Microsoft Intune\" prompts at enrollment and at every Company Portal sign-in (new tenants must first create the Intune Enrollment app). The device cannot answer a prompt on itself while Setup Assistant runs (modern authentication) or while single-app mode locks it in Company Portal (Company Portal method): there the constraint is strict, and users need a second device or a Temporary Access Pass. With the Company Portal method and single-app mode off, the sign-in happens in Company Portal after Setup Assistant, on a device that can already be used, but Learn still asks for a second device or a Temporary Access Pass for every ADE device. Phishing-resistant methods are not supported in Setup Assistant.",
            "MFA が求められるのは条件付きアクセス ポリシーが要求する場合だけで、その対象によって回数が変わります。「Microsoft Intune Enrollment」クラウド アプリを対象にすると登録時に 1 回、「Microsoft Intune」を対象にすると登録時とポータル サイトへのサインインのたびに求められます (新しいテナントでは先に Intune Enrollment アプリを作成する必要があります)。セットアップ アシスタントの実行中 (先進認証) や、シングル アプリ モードでポータル サイトにロックされている間 (ポータル サイト方式) は、そのデバイス自身では応答できません。この場合の制約は厳格で、ユーザーには別のデバイスか一時アクセス パス (TAP) が必要です。ポータル サイト方式でシングル アプリ モードがオフなら、サインインはセットアップ アシスタントの後、すでに使えるデバイス上のポータル サイトで行われますが、Learn はすべての ADE デバイスに別のデバイスか一時アクセス パスを求めています。フィッシング耐性のある方法はセットアップ アシスタントではサポートされていません。",
        ),
        link: LEARN_AUTH_METHODS,
        sources: &["S-LEARN-MFA-ENROLLMENT", "S-LEARN-ADE-AUTH"],
    },
    Nuance {
        id: "N5",
        cells: &[(Requirement::EntraRegistration, Some(Method::SetupAssistantModern))],
        columns: &[],
        text: Text::new(
            "With modern authentication the Entra registration completes only after the user signs in to Company Portal and taps Begin (or, with Just-in-Time registration, signs in to an app with the SSO extension). Until then device-based Conditional Access blocks the device.",
            "先進認証では、ユーザーがポータル サイトにサインインして [開始] をタップした後 (Just-In-Time 登録なら SSO 拡張機能を使うアプリへのサインイン後) に Entra の登録が完了します。それまではデバイス ベースの条件付きアクセスでブロックされます。",
        ),
        link: LEARN_AUTH_METHODS,
        sources: &["S-LEARN-ADE-AUTH", "S-LEARN-JIT"],
    },
    Nuance {
        id: "N6",
        cells: &[(Requirement::DevicesBelowIos13, Some(Method::SetupAssistantModern))],
        columns: &[],
        text: Text::new(
            "History: modern authentication relies on a web sign-in Apple added in iOS/iPadOS 13, and older devices fell back to the legacy flow. Intune now supports iOS/iPadOS 18 and later (devices without user affinity may enroll from 15), so this no longer limits any device that can enroll.",
            "過去の補足: 先進認証は Apple が iOS/iPadOS 13 で追加した Web サインインを使い、それより古いデバイスはレガシの流れになっていました。現在の Intune がサポートするのは iOS/iPadOS 18 以降 (ユーザー アフィニティなしのデバイスは 15 以降から登録可能) なので、登録できるデバイスではもう制約になりません。",
        ),
        link: LEARN_SUPPORTED_OS,
        sources: &["S-LEARN-SUPPORTED-OS", "S-LEARN-ADE-SETUP", "S-APPLE-WEB-AUTH"],
    },
    Nuance {
        id: "N7",
        cells: &[(Requirement::LockUntilCompanyPortal, Some(Method::CompanyPortal))],
        columns: &[],
        text: Text::new(
            "While the device is locked in single-app mode it shows only Company Portal, so the user cannot answer an MFA prompt on it: they need a second device or a Temporary Access Pass.",
            "シングル アプリ モードでロックされている間はポータル サイトしか表示されないため、そのデバイスでは MFA に応答できません。別のデバイスか一時アクセス パス (TAP) が必要です。",
        ),
        link: LEARN_SETUP_ADE,
        sources: &["S-LEARN-MFA-ENROLLMENT", "S-ISSUE-SAM-MFA"],
    },
    Nuance {
        id: "N8",
        cells: &[(Requirement::LockUntilCompanyPortal, Some(Method::CompanyPortal)), (Requirement::UseBeforeCompanyPortal, Some(Method::CompanyPortal))],
        columns: &[],
        text: Text::new(
            "The lock is an option of the Company Portal method, not the method itself: \"Run Company Portal in Single App Mode until authentication\" (Graph enableSingleAppEnrollmentMode), offered only when a VPP token is chosen under \"Install Company Portal with VPP\". With it off, users reach the home screen after Setup Assistant and sign in to Company Portal once it is installed. Microsoft's setting definitions for enrollment policies (settings catalog) have no such setting.",
            "ロックはポータル サイト方式そのものではなく、その設定「認証されるまでシングル アプリ モードでポータル サイトを実行する」(Graph の enableSingleAppEnrollmentMode) によるもので、「VPP によるポータル サイトのインストール」で VPP トークンを選んだ場合にだけ使えます。オフの場合、ユーザーはセットアップ アシスタントの後にホーム画面を使え、ポータル サイトがインストールされてからサインインします。登録ポリシー (設定カタログ) の Microsoft の設定定義には、この設定がありません。",
        ),
        link: LEARN_SETUP_ADE,
        sources: &["S-LEARN-SINGLE-APP-MODE", "S-GRAPH-DEP-IOS", "S-SC-NO-SINGLE-APP-MODE"],
    },
];

/// Nuances that qualify one cell (including whole-row and whole-column ones).
pub fn nuances_for(requirement: Requirement, method: Method) -> impl Iterator<Item = &'static Nuance> {
    NUANCES.iter().filter(move |n| {
        n.columns.contains(&method) || n.cells.iter().any(|(r, m)| *r == requirement && m.is_none_or(|m| m == method))
    })
}

/// Nuances written on one cell only (whole-column ones are shown on the header instead).
pub fn nuances_for_cell(requirement: Requirement, method: Method) -> impl Iterator<Item = &'static Nuance> {
    NUANCES.iter().filter(move |n| {
        !n.columns.contains(&method) && n.cells.iter().any(|(r, m)| *r == requirement && m.is_none_or(|m| m == method))
    })
}

/// Nuances that qualify a whole column (shown under the method's header).
pub fn nuances_for_column(method: Method) -> impl Iterator<Item = &'static Nuance> {
    NUANCES.iter().filter(move |n| n.columns.contains(&method))
}

/// The yes/no word in a language.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::En) => "Yes",
        (false, Lang::En) => "No",
        (true, Lang::Ja) => "はい",
        (false, Lang::Ja) => "いいえ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_table_has_its_ten_rows_in_order_with_its_values() {
        let ids: Vec<_> = TABLE.iter().map(|r| r.requirement.id()).collect();
        assert_eq!(
            ids,
            [
                "wipe",
                "mfa",
                "update-expired-password",
                "reset-expired-password",
                "entra-registration",
                "company-portal-auto-install",
                "company-portal-vpp",
                "lock-until-company-portal",
                "apple-p7m-token",
                "no-entra-registration"
            ]
        );
        let grid: Vec<[bool; 3]> = TABLE.iter().map(|r| r.values).collect();
        assert_eq!(
            grid,
            [
                [Y, Y, Y],
                [N, Y, Y],
                [N, Y, Y],
                [N, Y, Y],
                [N, Y, Y],
                [N, Y, Y],
                [N, Y, Y],
                [N, Y, N],
                [Y, N, N],
                [Y, N, N]
            ]
        );
        assert!(TABLE.iter().all(|r| r.source == RowSource::ArticleTable));
        assert!(EXTRA_ROWS.iter().all(|r| r.source == RowSource::MicrosoftOnly));
    }

    #[test]
    fn ids_round_trip_and_every_requirement_has_one_row() {
        for m in Method::ALL {
            assert_eq!(Method::from_id(m.id()), Some(m));
        }
        for r in Requirement::ALL {
            assert_eq!(Requirement::from_id(r.id()), Some(r));
            assert_eq!(r.row().requirement, r);
        }
        assert_eq!(Requirement::from_id("MFA"), None);
    }

    #[test]
    fn every_label_help_and_link_title_exists_in_both_languages() {
        for row in TABLE.iter().chain(EXTRA_ROWS.iter()) {
            assert!(row.label.is_complete(), "label of {}", row.requirement.id());
            assert!(row.help.is_complete(), "help of {}", row.requirement.id());
            assert!(row.link.title.is_complete());
            assert!(row.link.url.starts_with("https://"));
        }
        for m in Method::ALL {
            assert!(m.label().is_complete() && m.summary().is_complete());
        }
        for n in NUANCES.iter() {
            assert!(n.text.is_complete(), "nuance {}", n.id);
            assert!(n.link.url.starts_with("https://"));
        }
    }

    #[test]
    fn nuances_qualify_cells_without_changing_values() {
        let n1: Vec<_> =
            nuances_for(Requirement::EntraRegistration, Method::SetupAssistantLegacy).map(|n| n.id).collect();
        assert_eq!(n1, ["N1"]);
        assert!(!Requirement::EntraRegistration.row().value(Method::SetupAssistantLegacy));
        // N6 is history now: it no longer qualifies the whole modern column.
        let modern_wipe: Vec<_> = nuances_for(Requirement::Wipe, Method::SetupAssistantModern).map(|n| n.id).collect();
        assert!(modern_wipe.is_empty(), "{modern_wipe:?}");
        let ids: Vec<_> = NUANCES.iter().map(|n| n.id).collect();
        assert_eq!(ids, ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"]);
    }

    #[test]
    fn requirement_sets_behave_like_sets() {
        let s: RequirementSet = [Requirement::Mfa, Requirement::Wipe].into_iter().collect();
        assert_eq!(s.iter().collect::<Vec<_>>(), [Requirement::Wipe, Requirement::Mfa]);
        assert_eq!(s.len(), 2);
        assert!(s.toggled(Requirement::Mfa).is_subset_of(s));
        assert_eq!(RequirementSet::from_bits(u16::MAX).len(), 12);
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"["wipe","mfa"]"#);
    }
}
