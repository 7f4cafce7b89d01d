//! The CLI's one flag table: the parser looks flags up here, and every help page's options
//! section is printed from it, so the two cannot drift.

use super::command::{Command, Format};
use crate::engine::i18n::{Lang, Text};

/// One flag.
#[derive(Clone, Copy, Debug)]
pub struct Flag {
    /// Without the dashes.
    pub long: &'static str,
    /// Other spellings of `long` (not shown in help).
    pub aliases: &'static [&'static str],
    pub short: Option<char>,
    /// The value's placeholder, when the flag takes one.
    pub value: Option<Text>,
    /// The commands that read it; empty = every command.
    pub commands: &'static [Command],
    /// One line (or a few); `{formats}` is replaced by the command's formats.
    pub help: Text,
}

/// Every flag, in the order help lists them.
pub static FLAGS: &[Flag] = &[
    Flag {
        long: "require",
        aliases: &[],
        short: Some('r'),
        value: Some(Text::new("ID,ID,...", "ID,ID,...")),
        commands: &[Command::Check, Command::Recommend],
        help: Text::new(
            "Requirements, comma-separated, may be repeated (ids:\n`ade-advisor recommend --help`); check adds the\nrecommendation and `requirement-not-met` findings.",
            "要件 (カンマ区切り、複数回指定可。ID は\n`ade-advisor recommend --help`)。check では推奨と\n`requirement-not-met` の指摘が加わります。",
        ),
    },
    Flag {
        long: "min-severity",
        aliases: &[],
        short: None,
        value: Some(Text::new("LEVEL", "重大度")),
        commands: &[Command::Check],
        help: Text::new(
            "Print only findings of this severity or higher:\nerror, warning or info (default info = all); the\nexit code is not affected.",
            "この重大度以上の指摘だけを表示します: error、\nwarning、info (既定は info = すべて)。終了コードは\n変わりません。",
        ),
    },
    Flag {
        long: "checklist",
        aliases: &[],
        short: None,
        value: None,
        commands: &[Command::Check],
        help: Text::new(
            "Always show the article's checklist for a Company\nPortal app that vanishes (shown anyway when a\nprofile uses the Company Portal method).",
            "ポータル サイト アプリが消える問題の記事の\nチェックリストを常に表示します (ポータル サイト方式の\nプロファイルがあれば指定しなくても表示されます)。",
        ),
    },
    Flag {
        long: "plan",
        aliases: &[],
        short: None,
        value: None,
        commands: &[Command::Check],
        help: Text::new(
            "Add how to switch each profile that uses Company\nPortal or legacy, or misses a requirement: the\nfields that change, a Graph request and a PowerShell\ncommand to review, what to do for enrolled devices.",
            "ポータル サイトまたはレガシを使う、あるいは要件を\n満たさないプロファイルごとに切り替え方を加えます:\n変わるフィールド、確認用の Graph 要求と PowerShell\nコマンド、登録済みのデバイスへの対応。",
        ),
    },
    Flag {
        long: "exclude",
        aliases: &[],
        short: None,
        value: Some(Text::new("GLOB", "GLOB")),
        commands: &[Command::Check, Command::Diff],
        help: Text::new(
            "Leave out files and folders of the folders given\nthat match GLOB (may be repeated): without a `/` it\nmatches a name at any depth (`--exclude 'Windows*'`),\nwith one the path inside the folder given\n(`--exclude 'Enrollment Profiles/Windows/**'`).",
            "指定したフォルダー内で GLOB に一致するファイルと\nフォルダーを除外します (複数回指定可)。`/` を含まない\nパターンはどの階層の名前にも一致し\n(`--exclude 'Windows*'`)、含むパターンは指定した\nフォルダーからのパスに一致します\n(`--exclude 'Enrollment Profiles/Windows/**'`)。",
        ),
    },
    Flag {
        long: "per-folder",
        aliases: &[],
        short: None,
        value: None,
        commands: &[Command::Check],
        help: Text::new(
            "Each subfolder of a folder given is a separate\ntenant, checked on its own; the report ends with a\ntable of the tenants, and the exit code is the worst\nof them.",
            "指定したフォルダーのサブフォルダーをそれぞれ別の\nテナントとして個別に確認します。レポートの最後に\nテナントの一覧表が付き、終了コードは全テナントの\nうち最も悪いものになります。",
        ),
    },
    Flag {
        long: "format",
        aliases: &[],
        short: Some('f'),
        value: Some(Text::new("FORMAT", "形式")),
        commands: &[],
        help: Text::new("Output format: {formats} (default text)", "出力形式: {formats} (既定は text)"),
    },
    Flag {
        long: "lang",
        aliases: &[],
        short: None,
        value: Some(Text::new("en|ja", "en|ja")),
        commands: &[],
        help: Text::new(
            "Language of the output (default: LC_ALL,\nLC_MESSAGES or LANG, else en)",
            "出力の言語 (既定: LC_ALL、LC_MESSAGES、LANG、\nなければ en)",
        ),
    },
    Flag {
        long: "color",
        aliases: &["colour"],
        short: None,
        value: Some(Text::new("WHEN", "条件")),
        commands: &[],
        help: Text::new(
            "auto (colour only on a terminal), always or\nnever; NO_COLOR turns colour off",
            "auto (端末のときだけ色を付けます)、always、\nnever。NO_COLOR が設定されていれば色を付けません",
        ),
    },
    Flag {
        long: "no-color",
        aliases: &["no-colour"],
        short: None,
        value: None,
        commands: &[],
        help: Text::new("Same as --color never", "--color never と同じ"),
    },
    Flag {
        long: "help",
        aliases: &[],
        short: Some('h'),
        value: None,
        commands: &[],
        help: Text::new("Show help", "ヘルプを表示します"),
    },
    Flag {
        long: "version",
        aliases: &[],
        short: Some('V'),
        value: None,
        commands: &[],
        help: Text::new("Show the version", "バージョンを表示します"),
    },
];

impl Flag {
    /// Whether `command` reads the flag (`None` = the top level: flags of every command).
    pub fn applies_to(&self, command: Option<Command>) -> bool {
        match command {
            None => self.commands.is_empty(),
            Some(c) => self.commands.is_empty() || self.commands.contains(&c),
        }
    }

    /// Whether `name` (without dashes) is this flag.
    pub fn is_long(&self, name: &str) -> bool {
        self.long == name || self.aliases.contains(&name)
    }
}

/// The flag with this long name (or alias), without dashes.
pub fn long(name: &str) -> Option<&'static Flag> {
    FLAGS.iter().find(|f| f.is_long(name))
}

/// The flag with this short letter.
pub fn short(c: char) -> Option<&'static Flag> {
    FLAGS.iter().find(|f| f.short == Some(c))
}

/// Every spelling the parser accepts, for "did you mean".
pub fn spellings() -> Vec<String> {
    FLAGS
        .iter()
        .flat_map(|f| std::iter::once(f.long).chain(f.aliases.iter().copied()))
        .map(|l| format!("--{l}"))
        .collect()
}

/// The display width of a string in a terminal (CJK characters take two cells).
fn width(s: &str) -> usize {
    super::catalogue::width(s)
}

/// The options section of a help page: its heading and one entry per flag the command
/// reads, aligned, in `lang`.
pub fn options_help(command: Option<Command>, lang: Lang) -> String {
    let heading = match command {
        None => Text::new("Options for every command:", "すべてのコマンドで使えるオプション:"),
        Some(_) => Text::new("Options:", "オプション:"),
    };
    let formats: Vec<&str> = match command {
        Some(c) => c.formats().iter().map(|f| f.name()).collect(),
        None => Format::ALL.iter().map(|f| f.name()).collect(),
    };
    let entries: Vec<(String, String)> = FLAGS
        .iter()
        .filter(|f| f.applies_to(command))
        .map(|f| {
            let short = f.short.map_or_else(|| "    ".to_string(), |c| format!("-{c}, "));
            let value = f.value.map(|v| format!(" <{}>", v.get(lang))).unwrap_or_default();
            (format!("{short}--{}{value}", f.long), f.help.get(lang).replace("{formats}", &formats.join(", ")))
        })
        .collect();
    let col = entries.iter().map(|(left, _)| width(left)).max().unwrap_or(0) + 3;
    let mut out = format!("{}\n", heading.get(lang));
    for (left, help) in entries {
        let mut lines = help.lines();
        let pad = col - width(&left);
        out.push_str(&format!("  {left}{}{}\n", " ".repeat(pad), lines.next().unwrap_or("")));
        for l in lines {
            out.push_str(&format!("  {}{l}\n", " ".repeat(col)));
        }
    }
    out.pop();
    out
}
