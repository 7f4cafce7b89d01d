//! Every message and help page of the CLI, in English and Japanese.

use super::command::Command;
use super::flags;
use crate::engine::i18n::{bilingual_table, Lang, Text};

bilingual_table! {
    /// A CLI message id.
    pub enum Msg {
        ErrorPrefix => ("error", "エラー"),
        NoCommand => (
            "no command given. Use one of: check, recommend, table, rules (see `ade-advisor --help`).",
            "コマンドが指定されていません。check、recommend、table、rules のいずれかを指定してください (`ade-advisor --help` を参照)。"
        ),
        UnknownCommand => (
            "unknown command `{command}`. Commands: {list}.",
            "`{command}` というコマンドはありません。使用できるコマンド: {list}。"
        ),
        UnknownOption => ("unknown option `{option}`.", "`{option}` というオプションはありません。"),
        DidYouMean => (" Did you mean `{x}`?", " `{x}` の誤りではありませんか?"),
        MissingValue => ("`{flag}` needs a value.", "`{flag}` には値が必要です。"),
        UnexpectedValue => ("`{flag}` takes no value.", "`{flag}` には値を指定できません。"),
        InvalidValue => (
            "`{value}` is not a valid value for `{flag}`. Valid values: {list}.",
            "`{value}` は `{flag}` に指定できる値ではありません。指定できる値: {list}。"
        ),
        UnknownRequirement => ("unknown requirement id `{id}`.", "`{id}` という要件 ID はありません。"),
        ValidRequirements => ("Valid requirement ids:", "指定できる要件 ID:"),
        RecommendNeedsRequire => (
            "`recommend` needs `--require ID,ID,...`.",
            "`recommend` には `--require ID,ID,...` が必要です。"
        ),
        FormatNotAvailable => (
            "`{command}` cannot print `{format}`. Formats for `{command}`: {list}.",
            "`{command}` は `{format}` 形式で出力できません。`{command}` で使える形式: {list}。"
        ),
        TooManyArguments => (
            "too many arguments for `{command}` (see `ade-advisor {command} --help`).",
            "`{command}` の引数が多すぎます (`ade-advisor {command} --help` を参照)。"
        ),
        SeeHelp => ("See `ade-advisor {command} --help`.", "`ade-advisor {command} --help` を参照してください。"),
        SeeTopHelp => ("See `ade-advisor --help`.", "`ade-advisor --help` を参照してください。"),
        CannotRead => ("cannot read {file}: {reason}", "{file} を読み取れません: {reason}"),
        NotFound => ("the file does not exist", "ファイルが存在しません"),
        PermissionDenied => ("permission denied", "アクセスが拒否されました"),
        IsDirectory => ("it is a directory, not a file", "ファイルではなくディレクトリです"),
        TooLarge => (
            "the file is larger than {max} MiB; export only the profiles you want to check.",
            "ファイルが {max} MiB を超えています。確認したいプロファイルだけをエクスポートしてください。"
        ),
        ReadingStdin => (
            "Reading JSON from standard input (finish with Ctrl-D; see `ade-advisor check --help`)...",
            "標準入力から JSON を読み取っています (Ctrl-D で終了。`ade-advisor check --help` を参照)..."
        ),
        DiffNeedsTwo => (
            "found {n} ADE profile(s) or enrollment policy(ies); `diff` compares two or more. Give the files that hold them (or one file with several).",
            "ADE プロファイルまたは登録ポリシーが {n} 個しか見つかりません。`diff` は 2 つ以上を比較します。それらを含むファイル (または複数を含む 1 つのファイル) を指定してください。"
        ),
        UnknownRule => ("unknown rule id `{id}`. Run `ade-advisor rules` for the list.", "`{id}` というルール ID はありません。一覧は `ade-advisor rules` で確認できます。"),
        RulesHeading => ("Rules", "ルール"),
        RulesHint => (
            "Run `ade-advisor rules ID` for a rule's full documentation.",
            "各ルールの詳しい説明は `ade-advisor rules ID` で表示できます。"
        ),
        TableHeading => ("Which authentication method meets which requirement", "認証方法ごとの要件への対応"),
        TableExtraHeading => (
            "Also in Microsoft's lists (not rows of the article's table)",
            "Microsoft の一覧にのみある項目 (記事の表にはない行)"
        ),
        TableNotes => ("Notes", "補足"),
        TableSource => ("Source", "出典"),
        TableRequirement => ("Requirement", "要件"),
        InvalidGlob => (
            "`--exclude {glob}` is not a valid glob: {reason}.",
            "`--exclude {glob}` はグロブ パターンとして正しくありません: {reason}。"
        ),
        NotRegularFile => (
            "not a regular file (a pipe, a socket or a device), so it was not read",
            "通常のファイルではない (パイプ、ソケット、デバイスのいずれか) ため、読み取りませんでした"
        ),
        SymlinkLoop => (
            "a symbolic link loop (it leads back to {folder}), so it was not followed",
            "シンボリック リンクがループしている ({folder} に戻る) ため、たどりませんでした"
        ),
        BrokenLink => (
            "a symbolic link whose target does not exist",
            "リンク先が存在しないシンボリック リンクです"
        ),
        FolderPermissionDenied => (
            "permission denied; nothing in it was checked",
            "アクセスが拒否されました。その中は何も確認していません"
        ),
        NoJsonFiles => (
            "{folder} holds no .json file (hidden folders and --exclude left out), so nothing in it was checked. A backup saved as YAML must be exported as JSON.",
            "{folder} には .json ファイルがありません (隠しフォルダーと --exclude の対象は除く)。その中は何も確認していません。YAML で保存したバックアップは JSON でエクスポートしてください。"
        ),
        PerFolderNeedsFolders => (
            "`--per-folder` needs folders: `{path}` is not a folder.",
            "`--per-folder` にはフォルダーを指定してください: `{path}` はフォルダーではありません。"
        ),
        NoTenants => (
            "{folder} has no subfolder: with --per-folder, each subfolder of a folder given is a tenant.",
            "{folder} にサブフォルダーがありません。--per-folder では、指定したフォルダーのサブフォルダーがそれぞれテナントになります。"
        ),
        LooseFiles => (
            "{n} .json file(s) directly in {folder} belong to no tenant and were not checked (with --per-folder, each subfolder is a tenant).",
            "{folder} の直下にある .json ファイル {n} 個はどのテナントにも属さないため、確認していません (--per-folder ではサブフォルダーがそれぞれテナントになります)。"
        ),
        NoteLabel => ("note", "注意"),
        TenantHeading => ("Tenant {tenant} ({folder})", "テナント {tenant} ({folder})"),
        TenantsHeading => ("Tenants", "テナント一覧"),
        ColTenant => ("Tenant", "テナント"),
        ColProfiles => ("ADE profiles", "ADE プロファイル"),
        ColNoAffinity => ("No affinity", "アフィニティなし"),
        ColUndetermined => ("Not determined", "判定不能"),
        ColErrors => ("Errors", "エラー"),
        ColWarnings => ("Warnings", "警告"),
        ColUnreadable => ("Unreadable", "読み取れない入力"),
        ColChecklist => ("Checklist", "チェックリスト"),
        ChecklistNotShown => ("not shown", "表示なし"),
        ChecklistAllPassed => ("all passed", "すべて問題なし"),
        ChecklistProblems => ("{n} problem(s)", "問題あり {n} 件"),
        ChecklistUnsure => ("{n} unsure", "判定不能 {n} 件"),
        ChecklistNotChecked => ("{n} not checked", "未確認 {n} 件"),
        TenantsSummary => (
            "{tenants} tenant(s): {errors} error(s), {warnings} warning(s), {unreadable} unreadable input(s).",
            "テナント {tenants} 件: エラー {errors} 件、警告 {warnings} 件、読み取れない入力 {unreadable} 件。"
        ),
    }
}

/// A message in a language.
pub fn msg(m: Msg, lang: Lang) -> &'static str {
    m.text().get(lang)
}

const TOP_EN: &str = "\
ade-advisor — choose and check the authentication method of Intune Automated Device
Enrollment (ADE) profiles for iPhone and iPad. Runs the same engine as the web page;
nothing leaves your machine.

Usage:
  ade-advisor <COMMAND> [OPTIONS]

Commands:
  check       Check enrollment profiles and related JSON (files, folders or stdin)
  recommend   Recommend a method for the requirements you state
  table       Print the comparison table of the three methods
  rules       List the rules, or show one rule's documentation
  diff        Compare ADE profiles: the fields that differ
  help        Show the help of a command

{options}

Examples:
  ade-advisor check profiles.json
  ade-advisor check backup/
  az rest --url 'https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/<id>/enrollmentProfiles' | ade-advisor check
  ade-advisor recommend --require mfa,lock-until-company-portal
  ade-advisor table --format markdown --lang ja
  ade-advisor rules company-portal-app-vanishes
  ade-advisor diff old-profile.json new-profile.json

Exit codes: 0 no error finding, 1 at least one error finding, 2 unusable input or arguments.
";

const TOP_JA: &str = "\
ade-advisor — Intune の自動デバイス登録 (ADE) で iPhone / iPad に使う認証方法を選び、
登録プロファイルを確認します。Web ページと同じエンジンで動き、データは外部に送信しません。

使い方:
  ade-advisor <コマンド> [オプション]

コマンド:
  check       登録プロファイルなどの JSON を確認します (ファイル、フォルダー、標準入力)
  recommend   指定した要件に合う認証方法を推奨します
  table       3 つの認証方法の比較表を表示します
  rules       ルールの一覧、または 1 つのルールの説明を表示します
  diff        ADE プロファイルを比較し、異なるフィールドを表示します
  help        コマンドのヘルプを表示します

{options}

例:
  ade-advisor check profiles.json
  ade-advisor check backup/
  az rest --url 'https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/<id>/enrollmentProfiles' | ade-advisor check
  ade-advisor recommend --require mfa,lock-until-company-portal
  ade-advisor table --format markdown --lang ja
  ade-advisor rules company-portal-app-vanishes
  ade-advisor diff old-profile.json new-profile.json

終了コード: 0 エラーの指摘なし、1 エラーの指摘が 1 件以上、2 入力または引数を使用できない。
";

const CHECK_EN: &str = "\
ade-advisor check — check ADE enrollment profiles and related JSON

Reads every file (standard input when no file is given, or for `-`) and every `*.json`
file in the folders given (a backup tree such as IntuneCD's: walked in name order, hidden
files and folders left out), recognises every object in them (Graph REST, PowerShell SDK,
IntuneCD, Terraform, settings-catalog policies, Apple's DEP profile JSON), names each
profile's authentication method with its evidence, and runs every rule on all of them
together. Files that cannot be read are reported on stderr; the others are still checked
and printed. Reports name a folder's files by the folder as given and their path inside
it. With --per-folder, each subfolder is a tenant of its own.

Usage:
  ade-advisor check [OPTIONS] [FILE|FOLDER ...]

{options}

Examples:
  ade-advisor check profiles.json restrictions.json
  ade-advisor check --require mfa,entra-registration profiles.json
  Get-MgBetaDeviceManagementDepOnboardingSettingEnrollmentProfile -DepOnboardingSettingId $id | ConvertTo-Json -Depth 10 | ade-advisor check -
  ade-advisor check --format sarif profiles.json > ade.sarif
  ade-advisor check --format markdown --lang ja profiles.json > comment.md
  ade-advisor check --plan --require mfa profiles.json
  ade-advisor check --exclude 'Enrollment Profiles/Windows/**' backup/
  ade-advisor check --per-folder --format markdown customers/ > tenants.md

Exit codes: 0 no error finding, 1 at least one error finding (requirement-not-met
included), 2 a file could not be read or is not JSON, or the arguments are wrong
(with --per-folder: the worst of the tenants).
";

const CHECK_JA: &str = "\
ade-advisor check — ADE 登録プロファイルなどの JSON を確認します

指定したファイル (ファイルの指定がない場合や `-` の場合は標準入力) と、指定したフォルダー
(IntuneCD などのバックアップ。名前順にたどり、隠しファイルと隠しフォルダーは除外) 内の
`*.json` ファイルを読み込み、含まれるオブジェクトをすべて認識し (Graph REST、PowerShell SDK、
IntuneCD、Terraform、設定カタログのポリシー、Apple の DEP プロファイル JSON)、各プロファイルの
認証方法を根拠とともに示し、すべてのルールをまとめて実行します。読み取れないファイルは
標準エラー出力に報告し、残りのファイルは引き続き確認して出力します。フォルダー内のファイルは、
指定したフォルダーとその中のパスで示します。--per-folder を指定すると、サブフォルダーを
それぞれ 1 つのテナントとして扱います。

使い方:
  ade-advisor check [オプション] [ファイル|フォルダー ...]

{options}

例:
  ade-advisor check profiles.json restrictions.json
  ade-advisor check --require mfa,entra-registration profiles.json
  Get-MgBetaDeviceManagementDepOnboardingSettingEnrollmentProfile -DepOnboardingSettingId $id | ConvertTo-Json -Depth 10 | ade-advisor check -
  ade-advisor check --format sarif profiles.json > ade.sarif
  ade-advisor check --format markdown --lang ja profiles.json > comment.md
  ade-advisor check --plan --require mfa profiles.json
  ade-advisor check --exclude 'Enrollment Profiles/Windows/**' backup/
  ade-advisor check --per-folder --format markdown customers/ > tenants.md

終了コード: 0 エラーの指摘なし、1 エラーの指摘が 1 件以上 (requirement-not-met を含む)、
2 ファイルを読み取れない・JSON ではない、または引数が正しくない (--per-folder では
全テナントのうち最も悪いもの)。
";

const RECOMMEND_EN: &str = "\
ade-advisor recommend — recommend an authentication method for your requirements

Says which methods meet every stated requirement, which one to use and why, and, when
none fits, which requirements conflict and what to drop. Requirements you do not state
are \"don't care\".

Usage:
  ade-advisor recommend --require <ID,ID,...> [OPTIONS]

{options}

Examples:
  ade-advisor recommend --require mfa
  ade-advisor recommend --require mfa,lock-until-company-portal --format json
  ade-advisor recommend --require apple-p7m-token,mfa --lang ja

Exit codes: 0 a method meets every requirement, 1 no method does, 2 wrong arguments.
";

const RECOMMEND_JA: &str = "\
ade-advisor recommend — 要件に合う認証方法を推奨します

指定したすべての要件を満たす方法、使うべき方法とその理由を示します。どの方法も合わない
場合は、両立しない要件と、どれを外せばよいかを示します。指定しなかった要件は「問わない」
として扱います。

使い方:
  ade-advisor recommend --require <ID,ID,...> [オプション]

{options}

例:
  ade-advisor recommend --require mfa
  ade-advisor recommend --require mfa,lock-until-company-portal --format json
  ade-advisor recommend --require apple-p7m-token,mfa --lang ja

終了コード: 0 すべての要件を満たす方法がある、1 そのような方法がない、2 引数が正しくない。
";

const TABLE_EN: &str = "\
ade-advisor table — the comparison table of the three authentication methods

Prints which method meets which requirement (the article's ten rows and two rows that
appear only in Microsoft's lists), with Microsoft's nuances as numbered notes.

Usage:
  ade-advisor table [OPTIONS]

{options}

Examples:
  ade-advisor table
  ade-advisor table --format markdown --lang ja > table.ja.md
";

const TABLE_JA: &str = "\
ade-advisor table — 3 つの認証方法の比較表

どの方法がどの要件を満たすか (記事の表の 10 行と、Microsoft の一覧にのみある 2 行) を、
Microsoft の文書上の補足を番号付きの注記として添えて表示します。

使い方:
  ade-advisor table [オプション]

{options}

例:
  ade-advisor table
  ade-advisor table --format markdown --lang ja > table.ja.md
";

const RULES_EN: &str = "\
ade-advisor rules — the rule catalogue

Without an id: every rule with its id, severity and title. With an id: what the rule
checks, why it matters, how to fix it, and its sources.

Usage:
  ade-advisor rules [ID] [OPTIONS]

{options}

Examples:
  ade-advisor rules
  ade-advisor rules single-app-mode-mfa --lang ja
  ade-advisor rules --format markdown > rules.md

Exit codes: 0 done, 2 unknown rule id.
";

const RULES_JA: &str = "\
ade-advisor rules — ルールの一覧

ID を指定しない場合は、すべてのルールの ID・重大度・タイトルを表示します。ID を指定すると、
そのルールが確認する内容、重要な理由、対処方法、出典を表示します。

使い方:
  ade-advisor rules [ID] [オプション]

{options}

例:
  ade-advisor rules
  ade-advisor rules single-app-mode-mfa --lang ja
  ade-advisor rules --format markdown > rules.md

終了コード: 0 完了、2 ルール ID が存在しない。
";

/// The help page of a command (`None` = top level).
const DIFF_EN: &str = "\
ade-advisor diff — compare ADE enrollment profiles and policies

Reads every file (standard input for `-`) and every `*.json` file in the folders given,
recognises the iOS/iPadOS ADE profiles and enrollment policies in them (two or more, in
one file or across files) and lists the
fields whose values differ, with the admin-center label and each profile's value. The
authentication method and the fields that decide it come first; identical fields are
counted, not listed; ids and dates are left out.

Usage:
  ade-advisor diff [OPTIONS] FILE|FOLDER [FILE|FOLDER ...]

{options}

Examples:
  ade-advisor diff old-profile.json new-profile.json
  ade-advisor diff --format markdown --lang ja profiles.json > diff.md

Exit codes: 0 compared, 2 fewer than two profiles, a file could not be read or is not
JSON, or the arguments are wrong.
";

const DIFF_JA: &str = "\
ade-advisor diff — ADE 登録プロファイルと登録ポリシーを比較します

指定したファイル (`-` は標準入力) と指定したフォルダー内の `*.json` ファイルを読み込み、
含まれる iOS/iPadOS の ADE プロファイルと登録ポリシー (1 つのファイルでも複数のファイルにまたがっても、2 つ以上) を認識して、値が
異なるフィールドを管理センターの表示名と各プロファイルの値とともに表示します。認証方法と
それを決めるフィールドが先に並びます。同じ値のフィールドは数だけを示し、ID と日時は
比較しません。

使い方:
  ade-advisor diff [オプション] ファイル|フォルダー [ファイル|フォルダー ...]

{options}

例:
  ade-advisor diff old-profile.json new-profile.json
  ade-advisor diff --format markdown --lang ja profiles.json > diff.md

終了コード: 0 比較した、2 プロファイルが 2 つ未満、ファイルを読み取れない・JSON ではない、
または引数が正しくない。
";

/// A help page: its text with the options section printed from the flag table.
pub fn help(command: Option<Command>, lang: Lang) -> String {
    let t = match command {
        None => Text::new(TOP_EN, TOP_JA),
        Some(Command::Check) => Text::new(CHECK_EN, CHECK_JA),
        Some(Command::Recommend) => Text::new(RECOMMEND_EN, RECOMMEND_JA),
        Some(Command::Table) => Text::new(TABLE_EN, TABLE_JA),
        Some(Command::Rules) => Text::new(RULES_EN, RULES_JA),
        Some(Command::Diff) => Text::new(DIFF_EN, DIFF_JA),
    };
    t.get(lang).replace("{options}", &flags::options_help(command, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_and_help_page_is_bilingual() {
        for m in Msg::ALL {
            assert!(m.text().is_complete(), "{m:?}");
        }
        let commands = Command::ALL.into_iter().map(Some);
        for c in std::iter::once(None).chain(commands) {
            for lang in Lang::ALL {
                let h = help(c, lang);
                assert!(h.contains("ade-advisor"));
                assert!(h.contains("--lang"));
                assert!(h.contains("--format"));
            }
        }
    }
}
