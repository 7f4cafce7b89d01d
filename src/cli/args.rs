//! Argument parsing, by hand: every message and every help page exists in English and
//! Japanese, which an off-the-shelf parser would not give us.

use super::suggest::did_you_mean;
use super::texts::{msg, Msg};
use crate::engine::i18n::Lang;
use crate::engine::rules::Severity;
use crate::engine::table::{Requirement, RequirementSet};

/// The subcommands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Check,
    Recommend,
    Table,
    Rules,
    Diff,
}

impl Command {
    pub const ALL: [Command; 5] = [Command::Check, Command::Recommend, Command::Table, Command::Rules, Command::Diff];

    pub fn name(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Recommend => "recommend",
            Command::Table => "table",
            Command::Rules => "rules",
            Command::Diff => "diff",
        }
    }

    /// Formats the command can print.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Command::Check => &[Format::Text, Format::Json, Format::Markdown, Format::Sarif],
            Command::Recommend | Command::Table | Command::Rules | Command::Diff => {
                &[Format::Text, Format::Json, Format::Markdown]
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Sarif,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Text, Format::Json, Format::Markdown, Format::Sarif];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Sarif => "sarif",
        }
    }

    fn parse(s: &str) -> Option<Format> {
        match s {
            "md" => Some(Format::Markdown),
            _ => Format::ALL.into_iter().find(|f| f.name() == s),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Print the help of a command (`None` = the top-level help).
    Help(Option<Command>),
    Version,
    Run(Args),
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub command: Command,
    pub lang: Lang,
    pub format: Format,
    pub color: ColorChoice,
    /// `None` = `--require` not given.
    pub requirements: Option<RequirementSet>,
    pub min_severity: Severity,
    pub checklist: bool,
    /// `check --plan`: add how to switch each profile that should.
    pub plan: bool,
    /// Files (`-` = stdin). Empty = stdin.
    pub files: Vec<String>,
    /// `rules ID`.
    pub rule: Option<String>,
}

/// A usage error: the message is already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct UsageError {
    pub message: String,
    /// The command whose help to point at.
    pub command: Option<Command>,
}

/// The language: `--lang` if given anywhere (even if the rest is wrong), else the
/// environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set decides), else English.
pub fn detect_lang(args: &[String], env: &dyn Fn(&str) -> Option<String>) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--lang" { it.next().cloned() } else { a.strip_prefix("--lang=").map(str::to_string) };
        if let Some(l) = value.as_deref().and_then(Lang::parse) {
            return l;
        }
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.trim().is_empty()))
        .and_then(|v| Lang::parse(&v))
        .unwrap_or(Lang::En)
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String], lang: Lang) -> Result<Action, UsageError> {
    let err = |message: String, command: Option<Command>| UsageError { message, command };
    let mut command: Option<Command> = None;
    let mut format: Option<Format> = None;
    let mut color = ColorChoice::Auto;
    let mut requirements: Option<RequirementSet> = None;
    let mut min_severity = Severity::Info;
    let mut checklist = false;
    let mut plan = false;
    let mut positional: Vec<String> = Vec::new();
    let mut help = false;
    let mut only_positional = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if only_positional || arg == "-" || !arg.starts_with('-') {
            if command.is_none() && !only_positional {
                if arg == "help" {
                    help = true;
                    continue;
                }
                match Command::ALL.into_iter().find(|c| c.name() == arg) {
                    Some(c) => {
                        command = Some(c);
                        continue;
                    }
                    None if help => return Err(err(unknown_command(arg, lang), None)),
                    None => return Err(err(unknown_command(arg, lang), None)),
                }
            }
            positional.push(arg.clone());
            continue;
        }
        if arg == "--" {
            only_positional = true;
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |flag: &str| -> Result<String, UsageError> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            match args.get(i) {
                Some(v) => {
                    i += 1;
                    Ok(v.clone())
                }
                None => Err(err(msg(Msg::MissingValue, lang).replace("{flag}", flag), command)),
            }
        };
        match name {
            "-h" | "--help" => help = true,
            "-V" | "--version" => return Ok(Action::Version),
            "--lang" => {
                let v = value("--lang")?;
                if Lang::parse(&v).is_none() {
                    return Err(err(invalid_choice("--lang", &v, &["en", "ja"], lang), command));
                }
            }
            "-f" | "--format" => {
                let v = value("--format")?;
                format = Some(Format::parse(&v).ok_or_else(|| {
                    let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                    err(invalid_choice("--format", &v, &names, lang), command)
                })?);
            }
            "--color" | "--colour" => {
                let v = value("--color")?;
                color = match v.as_str() {
                    "auto" => ColorChoice::Auto,
                    "always" => ColorChoice::Always,
                    "never" => ColorChoice::Never,
                    _ => return Err(err(invalid_choice("--color", &v, &["auto", "always", "never"], lang), command)),
                };
            }
            "--no-color" => color = ColorChoice::Never,
            "-r" | "--require" => {
                let v = value("--require")?;
                let set = requirements.get_or_insert(RequirementSet::EMPTY);
                for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match Requirement::from_id(&id.to_ascii_lowercase()) {
                        Some(r) => set.insert(r),
                        None => return Err(err(unknown_requirement(id, lang), command)),
                    }
                }
            }
            "--min-severity" => {
                let v = value("--min-severity")?;
                min_severity = Severity::ALL
                    .into_iter()
                    .find(|s| s.id() == v || (v == "note" && *s == Severity::Info))
                    .ok_or_else(|| {
                        err(invalid_choice("--min-severity", &v, &["error", "warning", "info"], lang), command)
                    })?;
            }
            "--checklist" => checklist = true,
            "--plan" => plan = true,
            _ => {
                let known = [
                    "--help",
                    "--version",
                    "--lang",
                    "--format",
                    "--color",
                    "--no-color",
                    "--require",
                    "--min-severity",
                    "--checklist",
                    "--plan",
                ];
                let mut m = msg(Msg::UnknownOption, lang).replace("{option}", name);
                if let Some(s) = did_you_mean(name, &known) {
                    m.push_str(&msg(Msg::DidYouMean, lang).replace("{x}", s));
                }
                return Err(err(m, command));
            }
        }
    }
    if help {
        return Ok(Action::Help(command));
    }
    let Some(command) = command else {
        return Err(err(msg(Msg::NoCommand, lang).to_string(), None));
    };
    let format = format.unwrap_or(Format::Text);
    if !command.formats().contains(&format) {
        let names: Vec<&str> = command.formats().iter().map(|f| f.name()).collect();
        return Err(err(
            msg(Msg::FormatNotAvailable, lang)
                .replace("{format}", format.name())
                .replace("{command}", command.name())
                .replace("{list}", &names.join(", ")),
            Some(command),
        ));
    }
    let mut rule = None;
    match command {
        Command::Check => {}
        Command::Recommend => {
            if requirements.is_none() {
                return Err(err(
                    format!("{}\n{}", msg(Msg::RecommendNeedsRequire, lang), valid_requirements(lang)),
                    Some(command),
                ));
            }
        }
        Command::Table | Command::Diff => {}
        Command::Rules => {
            if positional.len() > 1 {
                return Err(err(msg(Msg::TooManyArguments, lang).replace("{command}", command.name()), Some(command)));
            }
            rule = positional.pop();
        }
    }
    if !matches!(command, Command::Check | Command::Diff) && !positional.is_empty() {
        return Err(err(msg(Msg::TooManyArguments, lang).replace("{command}", command.name()), Some(command)));
    }
    Ok(Action::Run(Args {
        command,
        lang,
        format,
        color,
        requirements,
        min_severity,
        checklist,
        plan,
        files: positional,
        rule,
    }))
}

fn unknown_command(name: &str, lang: Lang) -> String {
    let names: Vec<&str> = Command::ALL.iter().map(|c| c.name()).collect();
    let mut m = msg(Msg::UnknownCommand, lang).replace("{command}", name).replace("{list}", &names.join(", "));
    if let Some(s) = did_you_mean(name, &names) {
        m.push_str(&msg(Msg::DidYouMean, lang).replace("{x}", s));
    }
    m
}

fn invalid_choice(flag: &str, value: &str, choices: &[&str], lang: Lang) -> String {
    let mut m = msg(Msg::InvalidValue, lang)
        .replace("{flag}", flag)
        .replace("{value}", value)
        .replace("{list}", &choices.join(", "));
    if let Some(s) = did_you_mean(value, choices) {
        m.push_str(&msg(Msg::DidYouMean, lang).replace("{x}", s));
    }
    m
}

/// "Unknown requirement" with the closest ids and the full list.
pub fn unknown_requirement(id: &str, lang: Lang) -> String {
    let ids: Vec<&str> = Requirement::ALL.iter().map(|r| r.id()).collect();
    let mut m = msg(Msg::UnknownRequirement, lang).replace("{id}", id);
    if let Some(s) = did_you_mean(&id.to_ascii_lowercase(), &ids) {
        m.push_str(&msg(Msg::DidYouMean, lang).replace("{x}", s));
    }
    m.push('\n');
    m.push_str(&valid_requirements(lang));
    m
}

/// The list of requirement ids with their labels.
pub fn valid_requirements(lang: Lang) -> String {
    let mut m = msg(Msg::ValidRequirements, lang).to_string();
    let width = Requirement::ALL.iter().map(|r| r.id().len()).max().unwrap_or(0);
    for r in Requirement::ALL {
        m.push_str(&format!("\n  {:width$}  {}", r.id(), r.row().label.get(lang)));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Action, UsageError> {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        parse(&v, Lang::En)
    }

    #[test]
    fn check_with_everything() {
        let Ok(Action::Run(a)) =
            p(&["check", "a.json", "-", "--require", "mfa,wipe", "--format=sarif", "--min-severity", "warning"])
        else {
            panic!("parse failed")
        };
        assert_eq!(a.command, Command::Check);
        assert_eq!(a.files, ["a.json", "-"]);
        assert_eq!(a.format, Format::Sarif);
        assert_eq!(a.min_severity, Severity::Warning);
        assert_eq!(a.requirements.map(|r| r.len()), Some(2));
    }

    #[test]
    fn typos_get_suggestions() {
        let e = p(&["check", "--require", "mfaa"]).unwrap_err();
        assert!(e.message.contains("mfa"), "{}", e.message);
        assert!(e.message.contains("entra-registration"));
        let e = p(&["chek"]).unwrap_err();
        assert!(e.message.contains("check"));
        let e = p(&["table", "--format", "sarif"]).unwrap_err();
        assert!(e.message.contains("text, json, markdown"));
        assert!(p(&["recommend"]).is_err());
    }

    #[test]
    fn help_and_version() {
        assert_eq!(p(&["--help"]), Ok(Action::Help(None)));
        assert_eq!(p(&["check", "--help"]), Ok(Action::Help(Some(Command::Check))));
        assert_eq!(p(&["help", "rules"]), Ok(Action::Help(Some(Command::Rules))));
        assert_eq!(p(&["--version"]), Ok(Action::Version));
    }

    #[test]
    fn lang_comes_from_flag_then_environment() {
        let args = vec!["check".to_string(), "--lang".to_string(), "ja".to_string()];
        assert_eq!(detect_lang(&args, &|_| None), Lang::Ja);
        assert_eq!(detect_lang(&[], &|k| (k == "LANG").then(|| "ja_JP.UTF-8".to_string())), Lang::Ja);
        assert_eq!(detect_lang(&[], &|k| (k == "LC_ALL").then(|| "C".to_string()).or(Some("ja_JP".into()))), Lang::En);
        assert_eq!(detect_lang(&[], &|_| None), Lang::En);
    }
}
