//! Argument parsing with `lexopt` (tokens only: `--flag=value`, `-fvalue`, `--`), driven by
//! the flag table in [`super::flags`]; every message is bilingual ([`super::texts`]).

pub use super::command::{ColorChoice, Command, Format};
use super::flags::{self, Flag};
use super::suggest::did_you_mean;
use super::texts::{msg, Msg};
use crate::engine::i18n::Lang;
use crate::engine::rules::Severity;
use crate::engine::table::{Requirement, RequirementSet};

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
    /// Files and folders (`-` = stdin). Empty = stdin.
    pub files: Vec<String>,
    /// `--exclude GLOB`, in order (folders only).
    pub excludes: Vec<String>,
    /// `check --per-folder`: each subfolder of a folder given is a tenant.
    pub per_folder: bool,
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
    let mut excludes: Vec<String> = Vec::new();
    let mut per_folder = false;
    let mut positional: Vec<String> = Vec::new();
    let mut help = false;
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return Err(err(lexopt_message(&e, lang), command)),
        };
        let (flag, shown): (&Flag, String) = match arg {
            lexopt::Arg::Value(v) => {
                let v = v.to_string_lossy().into_owned();
                if command.is_none() {
                    if v == "help" && !help {
                        help = true;
                        continue;
                    }
                    match Command::ALL.into_iter().find(|c| c.name() == v) {
                        Some(c) => command = Some(c),
                        None => return Err(err(unknown_command(&v, lang), None)),
                    }
                    continue;
                }
                positional.push(v);
                continue;
            }
            lexopt::Arg::Long(name) => match flags::long(name) {
                Some(f) => (f, format!("--{name}")),
                None => {
                    let shown = format!("--{name}");
                    let mut m = msg(Msg::UnknownOption, lang).replace("{option}", &shown);
                    let known = flags::spellings();
                    let known: Vec<&str> = known.iter().map(String::as_str).collect();
                    if let Some(s) = did_you_mean(&shown, &known) {
                        m.push_str(&msg(Msg::DidYouMean, lang).replace("{x}", s));
                    }
                    return Err(err(m, command));
                }
            },
            lexopt::Arg::Short(c) => match flags::short(c) {
                Some(f) => (f, format!("-{c}")),
                None => return Err(err(msg(Msg::UnknownOption, lang).replace("{option}", &format!("-{c}")), command)),
            },
        };
        let value = match flag.value {
            Some(_) => match parser.value() {
                Ok(v) => Some(v.to_string_lossy().into_owned()),
                Err(_) => return Err(err(msg(Msg::MissingValue, lang).replace("{flag}", &shown), command)),
            },
            None => None,
        };
        let v = value.unwrap_or_default();
        let choice = |choices: &[&str]| err(invalid_choice(&shown, &v, choices, lang), command);
        match flag.long {
            "help" => help = true,
            "version" => return Ok(Action::Version),
            // Read before parsing (`detect_lang`); checked here.
            "lang" => {
                if Lang::parse(&v).is_none() {
                    return Err(choice(&["en", "ja"]));
                }
            }
            "format" => {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                format = Some(Format::parse(&v).ok_or_else(|| choice(&names))?);
            }
            "color" => {
                color = match v.as_str() {
                    "auto" => ColorChoice::Auto,
                    "always" => ColorChoice::Always,
                    "never" => ColorChoice::Never,
                    _ => return Err(choice(&["auto", "always", "never"])),
                };
            }
            "no-color" => color = ColorChoice::Never,
            "require" => {
                let set = requirements.get_or_insert(RequirementSet::EMPTY);
                for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match Requirement::from_id(&id.to_ascii_lowercase()) {
                        Some(r) => set.insert(r),
                        None => return Err(err(unknown_requirement(id, lang), command)),
                    }
                }
            }
            "min-severity" => {
                min_severity = Severity::ALL
                    .into_iter()
                    .find(|s| s.id() == v || (v == "note" && *s == Severity::Info))
                    .ok_or_else(|| choice(&["error", "warning", "info"]))?;
            }
            "checklist" => checklist = true,
            "plan" => plan = true,
            "exclude" => excludes.push(v),
            "per-folder" => per_folder = true,
            // Every flag of the table is handled above (a test checks it).
            _ => return Err(err(msg(Msg::UnknownOption, lang).replace("{option}", &shown), command)),
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
        Command::Check | Command::Table | Command::Diff => {}
        Command::Recommend => {
            if requirements.is_none() {
                return Err(err(
                    format!("{}\n{}", msg(Msg::RecommendNeedsRequire, lang), valid_requirements(lang)),
                    Some(command),
                ));
            }
        }
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
        excludes,
        per_folder,
        rule,
    }))
}

/// A tokenizer error in the user's language.
fn lexopt_message(e: &lexopt::Error, lang: Lang) -> String {
    match e {
        lexopt::Error::UnexpectedValue { option, .. } => msg(Msg::UnexpectedValue, lang).replace("{flag}", option),
        lexopt::Error::MissingValue { option: Some(o) } => msg(Msg::MissingValue, lang).replace("{flag}", o),
        other => msg(Msg::UnknownOption, lang).replace("{option}", &other.to_string()),
    }
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
    fn every_flag_of_the_table_is_parsed() {
        for f in flags::FLAGS.iter().filter(|f| !matches!(f.long, "help" | "version")) {
            let value = match f.long {
                "require" => Some("mfa"),
                "min-severity" => Some("warning"),
                "format" => Some("json"),
                "lang" => Some("ja"),
                "color" => Some("never"),
                _ => f.value.map(|_| "x"),
            };
            let mut args = vec!["check".to_string(), format!("--{}", f.long)];
            args.extend(value.map(str::to_string));
            assert!(matches!(parse(&args, Lang::En), Ok(Action::Run(_))), "--{}", f.long);
            if let Some(c) = f.short {
                let mut args = vec!["check".to_string(), format!("-{c}")];
                args.extend(value.map(str::to_string));
                assert!(matches!(parse(&args, Lang::En), Ok(Action::Run(_))), "-{c}");
            }
        }
        let e = p(&["check", "--plan=yes"]).unwrap_err();
        assert!(e.message.contains("--plan"), "{}", e.message);
        let e = p(&["check", "--formt", "json"]).unwrap_err();
        assert!(e.message.contains("--format"), "{}", e.message);
        let e = p(&["check", "--format"]).unwrap_err();
        assert!(e.message.contains("needs a value"), "{}", e.message);
        assert!(
            matches!(p(&["check", "-fjson", "--", "--not-a-flag.json"]), Ok(Action::Run(a)) if a.files == ["--not-a-flag.json"] && a.format == Format::Json)
        );
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
