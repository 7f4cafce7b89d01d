//! Every fixed string of the web app's chrome (headings, buttons, hints), in English and
//! Japanese. Data only, compiled on every target so the completeness test runs natively.
//! Engine data (table rows, rules, messages) carry their own bilingual text.

use crate::engine::i18n::{bilingual_table, Text};

bilingual_table! {
    /// A string id of the web app.
    pub enum S {
        AppTitle => ("ADE Auth Advisor", "ADE 認証アドバイザー"),
        // The <title> of each language's page (what a search engine shows; the page keeps it
        // when the language switches). The description is PAGE_DESCRIPTION below.
        PageTitle => (
            "ADE Auth Advisor: Setup Assistant, Company Portal or modern authentication for Intune ADE",
            "ADE 認証アドバイザー: Intune の ADE で使う認証方法 (セットアップ アシスタント、ポータル サイト、先進認証) の選択と確認"
        ),
        Tagline => (
            "Choose the authentication method for iPhone and iPad automated device enrollment in Intune, and check the profiles you already have.",
            "Intune の自動デバイス登録 (ADE) で iPhone / iPad に使う認証方法を選び、既存のプロファイルを確認します。"
        ),
        Privacy => (
            "Everything runs in this page: nothing you paste is uploaded or stored. Only your language and theme choice are kept in this browser.",
            "すべてこのページの中で処理されます。貼り付けた内容はアップロードも保存もされません。言語とテーマの選択だけをこのブラウザーに保存します。"
        ),
        LanguageLabel => ("Language", "言語"),
        TableHeading => ("Which method meets which requirement", "認証方法ごとの対応状況"),
        TableIntro => (
            "Tick the rows your organisation needs: each method's column then says whether it fits and marks the rows it fails, and the recommendation beside the table updates. Numbered notes qualify a cell where Microsoft's documentation says more than yes or no.",
            "組織に必要な行にチェックを入れてください。各認証方法の列に適合するかどうかが表示され、満たさない行に印が付きます。表の横の推奨も更新されます。Microsoft のドキュメントに「はい / いいえ」だけでは表せない説明がある箇所には、番号付きの注を付けています。"
        ),
        RequirementColumn => ("Requirement", "要件"),
        NotesHeading => ("Notes", "注"),
        SourceLabel => ("Source", "出典"),
        ExtraRowsNote => (
            "Not in the original comparison table; taken from Microsoft's lists and caveats.",
            "元の比較表にはない行で、Microsoft の説明と注意事項から追加しています。"
        ),
        ThemeLabel => ("Theme", "テーマ"),
        ThemeSystem => ("Follow system", "システムに合わせる"),
        ThemeLight => ("Light", "ライト"),
        ThemeDark => ("Dark", "ダーク"),
        ShareButton => ("Copy share link", "共有リンクをコピー"),
        ShareCopied => (
            "Link copied. It holds your requirements and language only, never the pasted JSON.",
            "リンクをコピーしました。含まれるのは要件と言語だけで、貼り付けた JSON は含まれません。"
        ),
        Copied => ("Copied to the clipboard.", "クリップボードにコピーしました。"),
        PlanHeading => ("How to switch to", "切り替え先"),
        PlanField => ("Field", "フィールド"),
        PlanNow => ("Now", "現在"),
        PlanNew => ("New", "変更後"),
        PlanNotSet => ("(not set)", "(未設定)"),
        PlanMore => ("What changes for users and enrolled devices", "ユーザーと登録済みデバイスへの影響"),
        PlanRequest => ("The same change as a Graph request and a PowerShell command", "同じ変更を表す Graph の要求と PowerShell のコマンド"),
        PlanCopyBody => ("Copy the request body", "要求の本文をコピー"),
        PlanCopyPowerShell => ("Copy the PowerShell command", "PowerShell のコマンドをコピー"),
        CompareHeading => ("Compare profiles", "プロファイルの比較"),
        CompareTooMany => (
            "{n} profiles were recognised: the page compares up to {max} side by side. Paste the ones to compare, or use `ade-advisor diff`.",
            "{n} 個のプロファイルを認識しました。このページで並べて比較できるのは {max} 個までです。比較するものだけを貼り付けるか、`ade-advisor diff` を使ってください。"
        ),
        CompareSummary => (
            "{n} profiles: {d} field(s) differ (the authentication method and its fields first); {same} identical field(s) are not shown.",
            "{n} 個のプロファイル: {d} 個のフィールドが異なります (認証方法とその関連フィールドが先頭)。同じ値の {same} 個のフィールドは表示していません。"
        ),
        CopyFailed => (
            "The browser blocked the clipboard. Select the text in the preview and copy it yourself.",
            "ブラウザーがクリップボードへのアクセスをブロックしました。プレビューのテキストを選択してコピーしてください。"
        ),
        Downloaded => ("Report downloaded.", "レポートをダウンロードしました。"),
        SkipToResults => ("Skip to the verdict", "判定結果へ移動"),
        ReqExplain => ("Explain", "説明"),
        ReqClear => ("Clear all", "すべてクリア"),
        ReqVanishing => (
            "Company Portal vanishes from our devices (show the article's checklist)",
            "デバイスからポータル サイトが消える (記事のチェックリストを表示)"
        ),
        RecHeading => ("Recommendation", "推奨"),
        RecEmpty => (
            "Tick at least one requirement to see which methods fit.",
            "要件を 1 つ以上選ぶと、どの認証方法が適合するかを表示します。"
        ),
        RecRecommended => ("Recommended", "推奨"),
        // S-LEARN-ADE-SETUP, S-LEARN-ADE-AUTH (modern recommended, legacy deprecated),
        // S-SC-AUTHMETHOD (the definitions dropped Company Portal in 2025; Learn still lists it).
        RecDefault => ("Microsoft recommends", "Microsoft の推奨"),
        RecDefaultWhy => (
            "It signs users in with Microsoft Entra ID (and MFA) inside Setup Assistant; the legacy method is deprecated, and Microsoft's definitions of the new enrollment policies dropped Company Portal in 2025 (Learn still lists it).",
            "セットアップ アシスタント内で Microsoft Entra ID (と MFA) によるサインインを行います。レガシ方式は非推奨になり、新しい登録ポリシーの Microsoft の定義からは 2025 年にポータル サイトがなくなりました (Learn には今も記載があります)。"
        ),
        TableFailsRow => ("needed", "必要"),
        DiagnoseVanishing => ("Company Portal keeps disappearing?", "ポータル サイトが消えてしまう?"),
        DiagnoseVanishingHint => (
            "Paste the enrollment profile, the device restrictions and the Company Portal app with its assignments: the checklist shows what was checked.",
            "登録プロファイル、デバイスの制限、ポータル サイト アプリとその割り当てを貼り付けてください。チェックリストに確認結果が表示されます。"
        ),
        RecNoFit => ("No method meets every requirement", "すべての要件を満たす認証方法はありません"),
        Fits => ("Fits", "適合"),
        DoesNotFit => ("Doesn't fit", "適合しない"),
        ConflictsHeading => ("Requirements that conflict", "両立しない要件"),
        ResolutionsHeading => ("How to resolve", "解決方法"),
        WarningsHeading => ("Before you decide", "決める前に"),
        InputHeading => ("Check your profiles", "プロファイルを確認"),
        InputLabel => ("Profile, policy, restrictions or assignments JSON", "プロファイル、ポリシー、制限、割り当ての JSON"),
        InputPlaceholder => (
            "Paste JSON here, drop .json files anywhere on the page, or load a sample.",
            "ここに JSON を貼り付けるか、ページのどこかに .json ファイルをドロップするか、サンプルを読み込んでください。"
        ),
        AnalyseButton => ("Analyse", "分析"),
        Analysing => ("Analysing…", "分析中…"),
        LargeInput => (
            "Large input: it is not analysed while you type. Press Analyse when you are ready.",
            "大きな入力のため、入力中は分析しません。準備ができたら「分析」を押してください。"
        ),
        OpenFiles => ("Open files…", "ファイルを開く…"),
        SampleLabel => ("Load sample", "サンプルを読み込む"),
        SampleChoose => ("Choose a sample…", "サンプルを選択…"),
        ClearInputs => ("Clear", "クリア"),
        DropHere => ("Drop .json files to analyse them here, in your browser", "ここに .json ファイルをドロップすると、このブラウザーの中で分析します"),
        InputsLabel => ("Inputs", "入力"),
        RemoveInput => ("Remove", "削除"),
        PastedName => ("Pasted text", "貼り付けたテキスト"),
        HelpSummary => ("How do I get this JSON?", "この JSON の取得方法"),
        HelpGraph => (
            "Graph Explorer (sign in, choose beta, run GET). Profiles of every enrollment program token:",
            "Graph エクスプローラー (サインインして beta を選び、GET を実行)。各登録プログラム トークンのプロファイル:"
        ),
        HelpGraphPolicies => ("The new enrollment policies (settings catalog):", "新しい登録ポリシー (設定カタログ):"),
        HelpPsClassic => (
            "PowerShell (Microsoft Graph SDK), classic enrollment profiles:",
            "PowerShell (Microsoft Graph SDK)、従来の登録プロファイル:"
        ),
        HelpPsPolicies => ("PowerShell, the new enrollment policies:", "PowerShell、新しい登録ポリシー:"),
        HelpRestrictions => (
            "For the vanishing Company Portal, also paste your iOS/iPadOS device restrictions (deviceConfigurations) and the Company Portal app with its assignments (mobileApps/{id}?$expand=assignments).",
            "ポータル サイトが消える問題では、iOS/iPadOS のデバイスの制限 (deviceConfigurations) と、割り当てを含むポータル サイト アプリ (mobileApps/{id}?$expand=assignments) も貼り付けてください。"
        ),
        HelpCopy => ("Copy", "コピー"),
        ResultsHeading => ("Verdict", "判定結果"),
        ResultsEmpty => (
            "Paste or drop an ADE profile, an enrollment policy or device restrictions to see the verdict here.",
            "ADE プロファイル、登録ポリシー、デバイスの制限を貼り付けるかドロップすると、ここに判定結果が表示されます。"
        ),
        ResultsToTable => (
            "No JSON at hand? Tick what your organisation needs in the table below to see which method fits.",
            "手元に JSON がない場合は、下の表で組織に必要な要件にチェックを入れると、適合する認証方法が分かります。"
        ),
        ResultsStale => ("Results are from the previous input.", "結果は前回の入力のものです。"),
        ObjectsRecognised => ("Objects recognised", "認識したオブジェクト"),
        KindIosEnrollmentProfile => ("ADE enrollment profile (iOS/iPadOS)", "ADE 登録プロファイル (iOS/iPadOS)"),
        KindIosEnrollmentPolicy => ("Enrollment policy (settings catalog)", "登録ポリシー (設定カタログ)"),
        KindAppleDepProfile => ("Apple ADE profile (Apple's keys)", "Apple の ADE プロファイル (Apple のキー)"),
        KindMacosEnrollmentProfile => ("macOS enrollment profile", "macOS 登録プロファイル"),
        KindMacosEnrollmentPolicy => ("macOS enrollment policy (settings catalog)", "macOS 登録ポリシー (設定カタログ)"),
        KindTvosVisionosEnrollmentPolicy => (
            "tvOS or visionOS enrollment policy (settings catalog)",
            "tvOS / visionOS 登録ポリシー (設定カタログ)"
        ),
        KindAppleConfiguratorProfile => ("Apple Configurator profile", "Apple Configurator プロファイル"),
        KindIosDeviceRestrictions => ("Device restrictions (iOS/iPadOS)", "デバイスの制限 (iOS/iPadOS)"),
        KindIosApp => ("iOS/iPadOS app", "iOS/iPadOS アプリ"),
        KindAppAssignment => ("App assignment", "アプリの割り当て"),
        KindVppToken => ("Apple VPP token", "Apple VPP トークン"),
        KindIosDeviceFeatures => ("Device features (iOS/iPadOS)", "デバイスの機能 (iOS/iPadOS)"),
        KindIosAppConfiguration => ("App configuration policy (iOS/iPadOS, managed devices)", "アプリ構成ポリシー (iOS/iPadOS、マネージド デバイス)"),
        KindUnknown => ("Not recognised", "認識できないオブジェクト"),
        Unnamed => ("(no name)", "(名前なし)"),
        MethodLabel => ("Authentication method", "認証方法"),
        MethodUnknown => ("Not stated in this input", "この入力からは判断できません"),
        ConfidenceLabel => ("Confidence", "確度"),
        ConfidenceHigh => ("high", "高"),
        ConfidenceMedium => ("medium", "中"),
        ConfidenceLow => ("low", "低"),
        EvidenceLabel => ("Evidence", "根拠"),
        FitLabel => ("Against your requirements", "要件との照合"),
        FitMeets => ("Meets every requirement you ticked.", "選んだ要件をすべて満たしています。"),
        FitMisses => ("Misses", "満たしていない要件"),
        FitInPractice => ("Met in practice", "実際には満たす要件"),
        FitUnknown => ("Cannot tell from this input", "この入力からは判断できない要件"),
        FitNone => ("Tick requirements to check this profile against them.", "要件を選ぶと、このプロファイルを照合します。"),
        NoFindings => ("No findings.", "指摘はありません。"),
        WhyLabel => ("Why", "理由"),
        FixLabel => ("Fix", "対処"),
        ShowInInput => ("Show in input", "入力内で表示"),
        LocationLabel => ("Location", "場所"),
        MoreSteps => ("{n} more step(s) · what was found, why, sources", "ほかの手順 {n} 件・検出内容・理由・出典"),
        FindingDetails => ("What was found, why, sources", "検出内容・理由・出典"),
        CopyPath => ("Copy", "コピー"),
        SummaryFits => ("✓ fits your requirements", "✓ 要件に適合"),
        SummaryMisses => ("✕ misses {n} requirement(s)", "✕ 満たさない要件 {n} 件"),
        SummaryUnknown => ("? cannot tell from this input", "? この入力からは判断できません"),
        SummaryCounts => ("{e} error(s), {w} warning(s)", "エラー {e} 件、警告 {w} 件"),
        ErrorsHeading => ("Could not read the input", "入力を読み取れませんでした"),
        ChecklistHeading => ("Checklist: Company Portal vanishes", "チェックリスト: ポータル サイトが消える"),
        ChecklistIntro => (
            "The article's four checks. An item is only marked as passed when the object it needs was pasted.",
            "記事にある 4 つの確認項目です。必要なオブジェクトが貼り付けられた項目だけを「問題なし」と表示します。"
        ),
        StatusProblem => ("Problem", "問題あり"),
        StatusUnsure => ("Unsure", "判定不可"),
        StatusPassed => ("Passed", "問題なし"),
        StatusNotChecked => ("Not checked", "未確認"),
        WhereLabel => ("Where", "場所"),
        ExplainerHeading => ("Field explainer", "フィールドの説明"),
        ExplainerHint => (
            "Click a field name in the input, or an evidence field in a verdict, to see its admin-center label and meaning.",
            "入力内のフィールド名、または判定結果の根拠のフィールドをクリックすると、管理センターでの表示名と意味を表示します。"
        ),
        AdminLabel => ("Admin center", "管理センター"),
        MeaningLabel => ("Meaning", "意味"),
        ValuesLabel => ("Values", "値"),
        CloseLabel => ("Close", "閉じる"),
        RulesHeading => ("Rules reference", "ルール一覧"),
        RulesIntro => (
            "Every check the advisor runs, with what it looks at, why it matters and how to fix it.",
            "このアドバイザーが実行するすべての確認項目と、その内容、重要な理由、対処方法です。"
        ),
        RuleWhat => ("What it checks", "確認する内容"),
        TableYourMethod => ("Column: the method of your pasted profile", "列: 貼り付けたプロファイルの認証方法"),
        TableRequired => ("Rows: the requirements you ticked", "行: 選んだ要件"),
        JourneysHeading => ("What users go through, method by method", "認証方法ごとにユーザーが通る流れ"),
        JourneysIntro => (
            "From power-on to a usable device registered in Entra ID, following the rows ticked above.",
            "電源オンから Entra ID に登録されて使えるまでの流れです。上で選んだ行に合わせて変わります。"
        ),
        JourneyShowField => ("Show in the JSON", "JSON で表示"),
        JourneySwitch => ("How to switch", "切り替え方"),
        ExportHeading => ("Export", "エクスポート"),
        ExportIntro => (
            "The report covers the verdict, findings and recommendation; it is built in this page.",
            "レポートには判定結果、指摘、推奨が含まれます。このページの中で作成されます。"
        ),
        CopyMarkdown => ("Copy report as Markdown", "レポートを Markdown でコピー"),
        DownloadJson => ("Download JSON", "JSON をダウンロード"),
        PrintReport => ("Print", "印刷"),
        PreviewLabel => ("Markdown preview", "Markdown のプレビュー"),
        UpdateReady => (
            "A new version of this page is ready.",
            "このページの新しいバージョンを使用できます。"
        ),
        UpdateReload => ("Reload", "再読み込み"),
        Footer => (
            "Based on Microsoft Learn and a public write-up. Check your tenant before changing a profile: changes apply only to devices that enroll afterwards.",
            "Microsoft Learn と公開記事に基づいています。プロファイルを変更する前にテナントで確認してください。変更は、その後に登録されるデバイスにだけ反映されます。"
        ),
    }
}

/// The `<meta name="description">` of each language's page. Written into the HTML at
/// build time only (src/ui/prerender.rs), so it is not in the page's wasm.
pub const PAGE_DESCRIPTION: Text = Text::new(
    "Compare the three authentication methods of Intune automated device enrollment (ADE) for iPhone and iPad (Setup Assistant (legacy), Company Portal, Setup Assistant with modern authentication) requirement by requirement, and check your enrollment profile JSON. Runs entirely in your browser.",
    "iPhone / iPad 向けの Intune 自動デバイス登録 (ADE) の 3 つの認証方法 (セットアップ アシスタント (レガシ)、ポータル サイト、先進認証を使用したセットアップ アシスタント) を要件ごとに比較し、登録プロファイルの JSON を確認します。すべてブラウザーの中で処理されます。",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_string_exists_in_both_languages() {
        for s in S::ALL {
            assert!(s.text().is_complete(), "{s:?} has an empty side");
        }
    }

    #[test]
    fn the_page_description_exists_in_both_languages() {
        assert!(PAGE_DESCRIPTION.is_complete());
        assert_ne!(PAGE_DESCRIPTION.en, PAGE_DESCRIPTION.ja);
    }

    #[test]
    fn japanese_strings_are_not_english_copies() {
        for s in S::ALL {
            let t = s.text();
            if t.en.chars().count() > 20 {
                assert_ne!(t.en, t.ja, "{s:?} is not translated");
            }
        }
    }
}
