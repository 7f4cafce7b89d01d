//! The command line (native only): argument parsing and file I/O around the engine.
//!
//! `ade-advisor check | recommend | table | rules | diff`, each with `--format`, `--lang`
//! and `--help`; `check` and `diff` read files, folders ([`walk`]) and stdin, and
//! `check --per-folder` checks each subfolder as a tenant ([`tenants`]). Exit codes: 0 = no
//! `error` finding; 1 = at least one `error` finding (for `recommend`: no method fits);
//! 2 = unusable input or arguments. Output errors (a closed pipe) end the program quietly;
//! nothing here panics.

mod args;
mod catalogue;
mod command;
mod flags;
mod suggest;
mod tenants;
mod texts;
mod walk;

pub use args::{Action, Args, ColorChoice, Command, Format};

use crate::engine::i18n::{LText, Lang};
use crate::engine::input::{SourceText, MAX_INPUT_BYTES};
use crate::engine::model::InputError;
use crate::engine::report::{self, recommendation_json_text, recommendation_text, RenderOptions, Report};
use crate::engine::rules::Severity;
use crate::engine::{analyze, compare, plan, recommend, Options};
use std::io::{IsTerminal, Read, Write};
use texts::{msg, Msg};

/// Exit code: no error finding.
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one error finding.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: unusable input or arguments.
pub const EXIT_USAGE: i32 = 2;

/// Runs the CLI on the process's arguments and environment; returns the exit code.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    run(&args)
}

/// Runs the CLI on `args` (without the program name).
pub fn run(args: &[String]) -> i32 {
    let env = |k: &str| std::env::var(k).ok();
    let lang = args::detect_lang(args, &env);
    match args::parse(args, lang) {
        Err(e) => {
            let see = match e.command {
                Some(c) => msg(Msg::SeeHelp, lang).replace("{command}", c.name()),
                None => msg(Msg::SeeTopHelp, lang).to_string(),
            };
            error_line(lang, &format!("{}\n{see}", e.message));
            EXIT_USAGE
        }
        Ok(Action::Version) => {
            out(&format!("{} {}\n", crate::engine::report::TOOL_NAME, crate::engine::report::TOOL_VERSION));
            EXIT_OK
        }
        Ok(Action::Help(c)) => {
            let mut page = texts::help(c, lang);
            if matches!(c, Some(Command::Recommend) | Some(Command::Check)) {
                page.push('\n');
                page.push_str(&args::valid_requirements(lang));
                page.push('\n');
            }
            out(&page);
            EXIT_OK
        }
        Ok(Action::Run(a)) => match a.command {
            Command::Check => check(&a),
            Command::Diff => diff_cmd(&a),
            Command::Recommend => recommend_cmd(&a),
            Command::Table => {
                out(&catalogue::table(a.format, a.lang));
                EXIT_OK
            }
            Command::Rules => match &a.rule {
                None => {
                    out(&catalogue::rules(a.format, a.lang));
                    EXIT_OK
                }
                Some(id) => match catalogue::rule(id, a.format, a.lang) {
                    Some(s) => {
                        out(&s);
                        EXIT_OK
                    }
                    None => {
                        let ids: Vec<&str> = crate::engine::rules::registry().iter().map(|r| r.meta.id).collect();
                        let mut m = msg(Msg::UnknownRule, a.lang).replace("{id}", id);
                        if let Some(s) = suggest::did_you_mean(id, &ids) {
                            m.push_str(&msg(Msg::DidYouMean, a.lang).replace("{x}", s));
                        }
                        error_line(a.lang, &m);
                        EXIT_USAGE
                    }
                },
            },
        },
    }
}

/// Whether terminal text gets colours.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

/// One input as read from disk or stdin.
struct Loaded {
    name: String,
    bytes: Vec<u8>,
    /// Why it could not be read: the whole message, naming the file.
    failure: Option<LText>,
}

impl Loaded {
    fn failed(name: String, failure: LText) -> Loaded {
        Loaded { name, bytes: Vec::new(), failure: Some(failure) }
    }
}

/// A file or `-` named on the command line.
fn load(path: &str) -> Loaded {
    if path == "-" {
        let mut buf = Vec::new();
        let limit = MAX_INPUT_BYTES as u64 + 1;
        let r = std::io::stdin().lock().take(limit).read_to_end(&mut buf).map(|_| buf);
        return loaded("stdin".to_string(), r);
    }
    read_file(std::path::Path::new(path), path.to_string())
}

/// A file, named `name` in the reports.
fn read_file(path: &std::path::Path, name: String) -> Loaded {
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let r = std::fs::File::open(path).and_then(|f| {
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(std::io::Error::new(std::io::ErrorKind::IsADirectory, "directory"));
        }
        let mut buf = Vec::new();
        f.take(limit).read_to_end(&mut buf).map(|_| buf)
    });
    loaded(name, r)
}

fn loaded(name: String, result: std::io::Result<Vec<u8>>) -> Loaded {
    match result {
        Ok(bytes) if bytes.len() > MAX_INPUT_BYTES => {
            let max = (MAX_INPUT_BYTES / (1024 * 1024)).to_string();
            let reason = LText::new(
                msg(Msg::TooLarge, Lang::En).replace("{max}", &max),
                msg(Msg::TooLarge, Lang::Ja).replace("{max}", &max),
            );
            let (name, failure) = cannot_read(&name, &reason);
            Loaded::failed(name, failure)
        }
        Ok(bytes) => Loaded { name, bytes, failure: None },
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => Msg::NotFound.text().into(),
                std::io::ErrorKind::PermissionDenied => Msg::PermissionDenied.text().into(),
                std::io::ErrorKind::IsADirectory => Msg::IsDirectory.text().into(),
                _ => LText::new(e.to_string(), e.to_string()),
            };
            let (name, failure) = cannot_read(&name, &reason);
            Loaded::failed(name, failure)
        }
    }
}

/// `cannot read {file}: {reason}`, with the name it goes under.
fn cannot_read(name: &str, reason: &LText) -> (String, LText) {
    let text = LText::new(
        msg(Msg::CannotRead, Lang::En).replace("{file}", name).replace("{reason}", &reason.en),
        msg(Msg::CannotRead, Lang::Ja).replace("{file}", name).replace("{reason}", &reason.ja),
    );
    (name.to_string(), text)
}

/// What a folder walk found, ready for the engine: files read, problems in their place, and
/// a message when the folder holds nothing to read.
fn load_found(folder: &str, found: Vec<walk::Found>) -> Vec<Loaded> {
    if found.is_empty() {
        let shown = folder.trim_end_matches('/');
        let text = LText::new(
            msg(Msg::NoJsonFiles, Lang::En).replace("{folder}", shown),
            msg(Msg::NoJsonFiles, Lang::Ja).replace("{folder}", shown),
        );
        return vec![Loaded::failed(shown.to_string(), text)];
    }
    found
        .into_iter()
        .map(|f| match (f.path, f.problem) {
            (Some(path), None) => read_file(&path, f.name),
            (_, problem) => {
                let reason = problem.unwrap_or_else(|| Msg::NotFound.text().into());
                let (name, failure) = cannot_read(&f.name, &reason);
                Loaded::failed(name, failure)
            }
        })
        .collect()
}

/// Loads the files and folders of the command line (standard input when there are none).
fn load_all(a: &Args, excludes: &walk::Excludes) -> Vec<Loaded> {
    let files: Vec<String> = if a.files.is_empty() { vec!["-".to_string()] } else { a.files.clone() };
    if files.iter().any(|f| f == "-") && std::io::stdin().is_terminal() {
        error_plain(msg(Msg::ReadingStdin, a.lang));
    }
    let mut stdin_used = false;
    let mut out = Vec::new();
    for f in &files {
        if f == "-" && stdin_used {
            // stdin can be read once; a second `-` reads nothing.
            out.push(Loaded { name: "stdin".into(), bytes: Vec::new(), failure: None });
            continue;
        }
        stdin_used |= f == "-";
        if walk::is_dir(f) {
            out.extend(load_found(f, walk::walk(f, excludes)));
        } else {
            out.push(load(f));
        }
    }
    out
}

/// The `--exclude` globs, or the usage error they make.
fn excludes(a: &Args) -> Result<walk::Excludes, i32> {
    walk::Excludes::new(&a.excludes, a.lang).map_err(|m| {
        error_line(a.lang, &m);
        EXIT_USAGE
    })
}

fn check(a: &Args) -> i32 {
    let excludes = match excludes(a) {
        Ok(e) => e,
        Err(code) => return code,
    };
    if a.per_folder {
        return tenants::check_per_folder(a, &excludes);
    }
    let loaded = load_all(a, &excludes);
    let folders = a.files.iter().any(|f| walk::is_dir(f));
    let checked = check_inputs(a, &loaded, Inputs { tenant: None, folders });
    out(&checked.rendered);
    checked.exit
}

/// What a set of inputs is, for its report.
struct Inputs<'a> {
    /// The tenant it is (`check --per-folder`).
    tenant: Option<&'a str>,
    /// Whether a folder was walked: unrecognised objects are then counted, not listed.
    folders: bool,
}

/// One checked set of inputs (the whole command line, or one tenant's folder).
struct Checked {
    /// The report in the format asked.
    rendered: String,
    exit: i32,
    summary: tenants::Summary,
}

/// Analyses `loaded` together, reports its input errors on stderr and renders the report.
fn check_inputs(a: &Args, loaded: &[Loaded], what: Inputs<'_>) -> Checked {
    let inputs: Vec<SourceText<'_>> = loaded.iter().map(|l| SourceText { name: &l.name, bytes: &l.bytes }).collect();
    let mut analysis =
        analyze(&inputs, Options { requirements: a.requirements, asked_about_vanishing_app: a.checklist });
    replace_read_failures(&mut analysis.errors, loaded);
    let lang = a.lang;
    report_input_errors(&analysis.errors, loaded, lang);
    let plans = if a.plan { plan::plans(&analysis.objects, a.requirements) } else { Vec::new() };
    let mut report = Report::new(&analysis, &inputs, lang);
    if a.plan {
        report = report.with_plans(&plans);
    }
    if let Some(t) = what.tenant {
        report = report.with_tenant(t);
    }
    if what.folders {
        report = report.with_unrecognised_counted();
    }
    let options = RenderOptions { min_severity: a.min_severity, color: use_color(a.color) };
    let format = match a.format {
        Format::Text => report::Format::Text,
        Format::Json => report::Format::Json,
        Format::Markdown => report::Format::Markdown,
        Format::Sarif => report::Format::Sarif,
    };
    let rendered = report.render(format, options);
    let exit = if !analysis.errors.is_empty() {
        EXIT_USAGE
    } else if analysis.findings.iter().any(|f| f.severity == Severity::Error) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    Checked { rendered, exit, summary: tenants::Summary::of(&analysis, loaded.len(), exit) }
}

/// Files that could not be read were given to the engine as empty inputs (so input
/// indices match the command line): replaces the engine's "empty" error by the reason,
/// and sorts the errors by input.
fn replace_read_failures(errors: &mut Vec<InputError>, loaded: &[Loaded]) {
    for (i, l) in loaded.iter().enumerate() {
        if let Some(message) = &l.failure {
            errors.retain(|e| e.input != i);
            errors.push(InputError {
                input: i,
                source: l.name.clone(),
                line: None,
                column: None,
                offset: None,
                excerpt: None,
                caret: None,
                message: message.clone(),
            });
        }
    }
    errors.sort_by_key(|e| e.input);
}

/// Prints each input error on stderr: `file:line:column: message` and the excerpt.
fn report_input_errors(errors: &[InputError], loaded: &[Loaded], lang: Lang) {
    for e in errors {
        let place = match (e.line, e.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}: ", e.source),
            _ if l_is_read_failure(loaded, e.input) => String::new(),
            _ => format!("{}: ", e.source),
        };
        let mut text = format!("{place}{}", e.message.get(lang));
        if let (Some(ex), Some(c)) = (&e.excerpt, &e.caret) {
            text.push_str(&format!("\n    {ex}\n    {c}"));
        }
        error_line(lang, &text);
    }
}

/// `diff`: the fields that differ between the ADE profiles of the inputs.
fn diff_cmd(a: &Args) -> i32 {
    let excludes = match excludes(a) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let loaded = load_all(a, &excludes);
    let inputs: Vec<SourceText<'_>> = loaded.iter().map(|l| SourceText { name: &l.name, bytes: &l.bytes }).collect();
    let read = crate::engine::read(&inputs);
    let mut errors = read.errors;
    replace_read_failures(&mut errors, &loaded);
    report_input_errors(&errors, &loaded, a.lang);
    let Some(c) = compare::compare(&read.objects) else {
        let n = read.objects.iter().filter(|o| o.kind.is_ade_profile()).count();
        error_line(a.lang, &msg(Msg::DiffNeedsTwo, a.lang).replace("{n}", &n.to_string()));
        return EXIT_USAGE;
    };
    let rendered = match a.format {
        Format::Json => {
            let mut w = crate::engine::json::Writer::new();
            compare::comparison_json(&mut w, &c, a.lang);
            format!("{}\n", w.finish())
        }
        Format::Markdown => compare::comparison_markdown(&c, a.lang),
        _ => compare::comparison_text(&c, a.lang),
    };
    out(&rendered);
    if errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_USAGE
    }
}

fn l_is_read_failure(loaded: &[Loaded], input: usize) -> bool {
    loaded.get(input).is_some_and(|l| l.failure.is_some())
}

fn recommend_cmd(a: &Args) -> i32 {
    let Some(reqs) = a.requirements else {
        return EXIT_USAGE;
    };
    let r = recommend::recommend(reqs);
    let rendered = match a.format {
        Format::Json => format!("{}\n", recommendation_json_text(&r, a.lang)),
        Format::Markdown => {
            // The Markdown report of an analysis without inputs is the recommendation.
            let analysis = crate::engine::analyze_objects(
                Default::default(),
                Vec::new(),
                Options { requirements: Some(reqs), asked_about_vanishing_app: false },
            );
            Report::new(&analysis, &[], a.lang).recommendation_markdown()
        }
        _ => recommendation_text(&r, a.lang, use_color(a.color)),
    };
    out(&rendered);
    if r.recommended.is_some() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}

fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

/// Writes to stdout; a write error (closed pipe) is ignored: the program then ends with
/// the exit code it computed, printing nothing more.
fn out(s: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush());
}

/// `ade-advisor: error: …` on stderr (errors writing stderr are ignored).
fn error_line(lang: Lang, text: &str) {
    error_plain(&format!("ade-advisor: {}: {text}", msg(Msg::ErrorPrefix, lang)));
}

fn error_plain(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}
