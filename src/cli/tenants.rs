//! One verdict per tenant (`check --per-folder`): each subfolder of a folder given is
//! checked on its own (objects of different tenants are never joined), its report printed
//! in turn, and the document ends with the table of tenants — in text, Markdown, JSON
//! (docs/report-format.md, "Per tenant") and SARIF (one run, every result tagged with its
//! tenant). The exit code is the worst of the tenants'.

use super::args::{Args, Format};
use super::catalogue::{pad, short, width};
use super::texts::{msg, Msg};
use super::walk::{self, Excludes};
use super::{check_inputs, error_line, error_plain, load_found, out, Inputs, EXIT_USAGE};
use crate::engine::i18n::{LText, Lang};
use crate::engine::model::AuthMethod;
use crate::engine::report::{markdown_footer, md_escape, FORMAT_VERSION, TOOL_NAME, TOOL_VERSION};
use crate::engine::rules::CheckStatus;
use crate::engine::Analysis;
use serde_json::{json, Value};

/// The row of one tenant in the table (and its JSON member).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs read (files, and problems in their place).
    pub inputs: usize,
    /// ADE profiles and enrollment policies.
    pub profiles: usize,
    /// Profiles per method: legacy, Company Portal, modern, no user affinity, not determined.
    pub methods: [usize; 5],
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub input_errors: usize,
    /// The checklist's items by state (`None`: no checklist shown).
    pub checklist: Option<ChecklistCount>,
    pub exit: i32,
}

/// How many of the checklist's items are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChecklistCount {
    pub passed: usize,
    pub problem: usize,
    pub unsure: usize,
    pub not_checked: usize,
}

impl ChecklistCount {
    /// The worst state of an item: `problem`, `unsure`, `not-checked` or `passed`.
    fn state(&self) -> &'static str {
        if self.problem > 0 {
            "problem"
        } else if self.unsure > 0 {
            "unsure"
        } else if self.not_checked > 0 {
            "not-checked"
        } else {
            "passed"
        }
    }

    fn label(&self, lang: Lang) -> String {
        if self.problem + self.unsure + self.not_checked == 0 {
            return msg(Msg::ChecklistAllPassed, lang).to_string();
        }
        [
            (self.problem, Msg::ChecklistProblems),
            (self.unsure, Msg::ChecklistUnsure),
            (self.not_checked, Msg::ChecklistNotChecked),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, m)| msg(*m, lang).replace("{n}", &n.to_string()))
        .collect::<Vec<_>>()
        .join(if lang == Lang::Ja { "、" } else { ", " })
    }
}

/// The method columns, in the table's order.
const METHODS: [AuthMethod; 4] = [
    AuthMethod::SetupAssistantLegacy,
    AuthMethod::CompanyPortal,
    AuthMethod::SetupAssistantModern,
    AuthMethod::NoUserAffinity,
];

impl Summary {
    pub fn of(a: &Analysis, inputs: usize, exit: i32) -> Summary {
        let mut methods = [0; 5];
        let mut profiles = 0;
        for o in a.objects.iter().filter(|o| o.kind.is_ade_profile()) {
            profiles += 1;
            let slot = o.method().and_then(|m| METHODS.iter().position(|x| *x == m)).unwrap_or(4);
            methods[slot] += 1;
        }
        let checklist = a.checklist.as_ref().map(|c| {
            c.items.iter().fold(ChecklistCount::default(), |mut n, i| {
                match i.status {
                    CheckStatus::Passed { .. } => n.passed += 1,
                    CheckStatus::Problem { .. } => n.problem += 1,
                    CheckStatus::Unsure { .. } => n.unsure += 1,
                    CheckStatus::NotChecked => n.not_checked += 1,
                }
                n
            })
        });
        let (errors, warnings, infos) = a.counts();
        Summary { inputs, profiles, methods, errors, warnings, infos, input_errors: a.errors.len(), checklist, exit }
    }

    fn checklist_label(&self, lang: Lang) -> String {
        match &self.checklist {
            Some(c) => c.label(lang),
            None => msg(Msg::ChecklistNotShown, lang).to_string(),
        }
    }

    fn json(&self) -> Value {
        let ids = METHODS.iter().map(|m| m.id()).chain(["undetermined"]);
        let methods: serde_json::Map<String, Value> =
            ids.zip(self.methods).map(|(k, n)| (k.to_string(), json!(n))).collect();
        json!({
            "inputs": self.inputs,
            "profiles": self.profiles,
            "methods": methods,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "input_errors": self.input_errors,
            "checklist": self.checklist.map(|c| json!({
                "state": c.state(),
                "passed": c.passed,
                "problem": c.problem,
                "unsure": c.unsure,
                "not_checked": c.not_checked,
            })),
            "exit_code": self.exit,
        })
    }
}

/// One tenant, checked.
struct Tenant {
    /// The subfolder's name.
    name: String,
    /// The subfolder as reports name it (the folder given, then the name).
    folder: String,
    rendered: String,
    summary: Summary,
}

/// A problem of a folder given that belongs to no tenant (the folder itself, or a link or
/// special file directly in it): reported, never checked.
struct Stray {
    name: String,
    message: LText,
}

/// `check --per-folder`: every folder given, one tenant per subfolder.
pub fn check_per_folder(a: &Args, excludes: &Excludes) -> i32 {
    let lang = a.lang;
    if a.files.is_empty() {
        error_line(lang, &msg(Msg::PerFolderNeedsFolders, lang).replace("{path}", "-"));
        return EXIT_USAGE;
    }
    if let Some(f) = a.files.iter().find(|f| !walk::is_dir(f)) {
        error_line(lang, &msg(Msg::PerFolderNeedsFolders, lang).replace("{path}", f));
        return EXIT_USAGE;
    }
    let mut tenants = Vec::new();
    let mut strays = Vec::new();
    for root in &a.files {
        let names = walk::subfolders(root, excludes);
        let mut groups: Vec<Vec<walk::Found>> = names.iter().map(|_| Vec::new()).collect();
        let mut loose = 0;
        for f in walk::walk(root, excludes) {
            let first = f.rel.split('/').next().unwrap_or("");
            match names.iter().position(|n| n == first).filter(|_| f.rel.contains('/')) {
                Some(i) => groups[i].push(f),
                None => match &f.problem {
                    Some(reason) => {
                        let message = super::cannot_read(&f.name, reason).1;
                        strays.push(Stray { name: f.name, message });
                    }
                    None => loose += 1,
                },
            }
        }
        if loose > 0 {
            let note = msg(Msg::LooseFiles, lang)
                .replace("{n}", &loose.to_string())
                .replace("{folder}", &walk::display_name(root, ""));
            error_plain(&format!("ade-advisor: {}: {note}", msg(Msg::NoteLabel, lang)));
        }
        if names.is_empty() && strays.is_empty() {
            let text = msg(Msg::NoTenants, lang).replace("{folder}", &walk::display_name(root, ""));
            error_line(lang, &text);
            return EXIT_USAGE;
        }
        for (name, found) in names.into_iter().zip(groups) {
            let folder = walk::display_name(root, &name);
            let loaded = load_found(&folder, found);
            let checked = check_inputs(a, &loaded, Inputs { tenant: Some(&name), folders: true });
            tenants.push(Tenant { name, folder, rendered: checked.rendered, summary: checked.summary });
        }
    }
    for s in &strays {
        error_line(lang, s.message.get(lang));
    }
    let document = match a.format {
        Format::Text => text(&tenants, &strays, lang),
        Format::Markdown => markdown(&tenants, &strays, lang),
        Format::Json => json_document(&tenants, &strays, lang),
        Format::Sarif => sarif(&tenants, &strays, lang),
    };
    out(&document);
    let worst = tenants.iter().map(|t| t.summary.exit).max().unwrap_or(0);
    if strays.is_empty() {
        worst
    } else {
        EXIT_USAGE
    }
}

/// The totals of every tenant: (errors, warnings, infos, input errors).
fn totals(tenants: &[Tenant], strays: &[Stray]) -> (usize, usize, usize, usize) {
    tenants.iter().fold((0, 0, 0, strays.len()), |(e, w, i, u), t| {
        let s = &t.summary;
        (e + s.errors, w + s.warnings, i + s.infos, u + s.input_errors)
    })
}

/// The table's header and rows, as plain cells (the "not determined" column only when a
/// tenant has such a profile).
fn table(tenants: &[Tenant], lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let undetermined = tenants.iter().any(|t| t.summary.methods[4] > 0);
    let mut header = vec![msg(Msg::ColTenant, lang).to_string(), msg(Msg::ColProfiles, lang).to_string()];
    for m in METHODS {
        header.push(match m.table_method() {
            Some(t) => short(t).get(lang).to_string(),
            None => msg(Msg::ColNoAffinity, lang).to_string(),
        });
    }
    if undetermined {
        header.push(msg(Msg::ColUndetermined, lang).to_string());
    }
    for c in [Msg::ColErrors, Msg::ColWarnings, Msg::ColUnreadable, Msg::ColChecklist] {
        header.push(msg(c, lang).to_string());
    }
    let rows = tenants
        .iter()
        .map(|t| {
            let s = &t.summary;
            let mut row = vec![t.name.clone(), s.profiles.to_string()];
            let shown = if undetermined { 5 } else { 4 };
            row.extend(s.methods.iter().take(shown).map(usize::to_string));
            row.extend([s.errors, s.warnings, s.input_errors].iter().map(usize::to_string));
            row.push(s.checklist_label(lang));
            row
        })
        .collect();
    (header, rows)
}

fn totals_line(tenants: &[Tenant], strays: &[Stray], lang: Lang) -> String {
    let (errors, warnings, _, unreadable) = totals(tenants, strays);
    msg(Msg::TenantsSummary, lang)
        .replace("{tenants}", &tenants.len().to_string())
        .replace("{errors}", &errors.to_string())
        .replace("{warnings}", &warnings.to_string())
        .replace("{unreadable}", &unreadable.to_string())
}

fn text(tenants: &[Tenant], strays: &[Stray], lang: Lang) -> String {
    let mut out = String::new();
    for t in tenants {
        let heading =
            msg(Msg::TenantHeading, lang).replace("{tenant}", &clean(&t.name)).replace("{folder}", &clean(&t.folder));
        out.push_str(&format!("{heading}\n{}\n{}\n\n", "=".repeat(width(&heading)), t.rendered.trim_end()));
    }
    let (header, rows) = table(tenants, lang);
    let rows: Vec<Vec<String>> = rows.into_iter().map(|r| r.iter().map(|c| clean(c)).collect()).collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| width(&r[i])).chain([width(&header[i])]).max().unwrap_or(0))
        .collect();
    let last = header.len() - 1;
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 || i == last {
                    pad(c, widths[i])
                } else {
                    format!("{}{c}", " ".repeat(widths[i].saturating_sub(width(c))))
                }
            })
            .collect();
        format!("{}\n", parts.join("  ").trim_end())
    };
    out.push_str(&format!("{}\n\n", msg(Msg::TenantsHeading, lang)));
    out.push_str(&line(&header));
    out.push_str(&format!("{}\n", "-".repeat(widths.iter().sum::<usize>() + 2 * last)));
    for r in &rows {
        out.push_str(&line(r));
    }
    for s in strays {
        out.push_str(&format!("{}\n", clean(s.message.get(lang))));
    }
    out.push_str(&format!("\n{}\n", totals_line(tenants, strays, lang)));
    out
}

fn markdown(tenants: &[Tenant], strays: &[Stray], lang: Lang) -> String {
    let mut out = String::new();
    for t in tenants {
        out.push_str(&t.rendered);
        out.push('\n');
    }
    let (header, rows) = table(tenants, lang);
    out.push_str(&format!("# {}\n\n", msg(Msg::TenantsHeading, lang)));
    // Only the tenant's name comes from the input; the other cells are the tool's own.
    let cells = |r: &[String]| {
        let shown: Vec<String> =
            r.iter().enumerate().map(|(i, c)| if i == 0 { md_escape(c) } else { c.clone() }).collect();
        format!("| {} |\n", shown.join(" | "))
    };
    out.push_str(&cells(&header));
    let align: Vec<&str> =
        (0..header.len()).map(|i| if i == 0 || i == header.len() - 1 { "---" } else { "---:" }).collect();
    out.push_str(&format!("|{}|\n", align.join("|")));
    for r in &rows {
        out.push_str(&cells(r));
    }
    out.push('\n');
    for s in strays {
        out.push_str(&format!("- {}\n", md_escape(s.message.get(lang))));
    }
    if !strays.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!("{}\n\n", totals_line(tenants, strays, lang)));
    out.push_str(&markdown_footer(lang));
    out
}

fn json_document(tenants: &[Tenant], strays: &[Stray], lang: Lang) -> String {
    let (errors, warnings, infos, input_errors) = totals(tenants, strays);
    let exit = tenants.iter().map(|t| t.summary.exit).max().unwrap_or(0);
    let exit = if strays.is_empty() { exit } else { EXIT_USAGE };
    let list: Vec<Value> = tenants
        .iter()
        .map(|t| {
            let mut v = json!({"tenant": t.name, "folder": t.folder});
            if let (Some(map), Value::Object(s)) = (v.as_object_mut(), t.summary.json()) {
                map.extend(s);
                map.insert("report".into(), serde_json::from_str(&t.rendered).unwrap_or(Value::Null));
            }
            v
        })
        .collect();
    let v = json!({
        "tool": {"name": TOOL_NAME, "version": TOOL_VERSION},
        "format_version": FORMAT_VERSION,
        "lang": lang.code(),
        "summary": {
            "tenants": tenants.len(),
            "profiles": tenants.iter().map(|t| t.summary.profiles).sum::<usize>(),
            "errors": errors,
            "warnings": warnings,
            "infos": infos,
            "input_errors": input_errors,
            "exit_code": exit,
        },
        "tenants": list,
        "errors": strays.iter().map(|s| json!({"source": s.name, "message": s.message.get(lang)})).collect::<Vec<_>>(),
    });
    super::pretty(&v)
}

/// One SARIF log: the first tenant's run with every other tenant's results and
/// notifications added, each result tagged with `properties.tenant`.
fn sarif(tenants: &[Tenant], strays: &[Stray], lang: Lang) -> String {
    let mut merged: Option<Value> = None;
    for t in tenants {
        let Ok(mut log) = serde_json::from_str::<Value>(&t.rendered) else { continue };
        let run = &mut log["runs"][0];
        if let Some(results) = run["results"].as_array_mut() {
            for r in results {
                r["properties"]["tenant"] = json!(t.name);
            }
        }
        match merged.as_mut() {
            None => merged = Some(log),
            Some(m) => {
                let into = &mut m["runs"][0];
                let more = std::mem::take(&mut run["results"]);
                extend(&mut into["results"], more);
                let notes = std::mem::take(&mut run["invocations"][0]["toolExecutionNotifications"]);
                extend(&mut into["invocations"][0]["toolExecutionNotifications"], notes);
                let ok = into["invocations"][0]["executionSuccessful"].as_bool().unwrap_or(true)
                    && run["invocations"][0]["executionSuccessful"].as_bool().unwrap_or(true);
                into["invocations"][0]["executionSuccessful"] = json!(ok);
            }
        }
    }
    let mut log = merged.unwrap_or(Value::Null);
    if !strays.is_empty() && log.is_object() {
        let run = &mut log["runs"][0];
        let index = crate::engine::rules::registry().len();
        for s in strays {
            let location = json!({"physicalLocation": {"artifactLocation": {"uri": s.name}}});
            let message = json!({"text": s.message.get(lang)});
            extend(
                &mut run["results"],
                json!([{
                    "ruleId": crate::engine::report::INPUT_ERROR_RULE,
                    "ruleIndex": index,
                    "level": "error",
                    "message": message,
                    "locations": [location],
                }]),
            );
            extend(
                &mut run["invocations"][0]["toolExecutionNotifications"],
                json!([{"level": "error", "message": message, "locations": [location], "descriptor": {"id": crate::engine::report::INPUT_ERROR_RULE}}]),
            );
        }
        run["invocations"][0]["executionSuccessful"] = json!(false);
    }
    super::pretty(&log)
}

/// Appends array `more` to array `into`.
fn extend(into: &mut Value, more: Value) {
    if let (Some(a), Value::Array(b)) = (into.as_array_mut(), more) {
        a.extend(b);
    }
}

/// Control characters out of names for a terminal.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_cell_names_the_worst_states_first() {
        let c = ChecklistCount { passed: 1, problem: 2, unsure: 0, not_checked: 1 };
        assert_eq!(c.state(), "problem");
        assert_eq!(c.label(Lang::En), "2 problem(s), 1 not checked");
        assert_eq!(c.label(Lang::Ja), "問題あり 2 件、未確認 1 件");
        let all = ChecklistCount { passed: 4, ..ChecklistCount::default() };
        assert_eq!(all.state(), "passed");
        assert_eq!(all.label(Lang::En), "all passed");
    }

    #[test]
    fn every_method_has_a_column() {
        assert_eq!(METHODS.len() + 1, Summary::default().methods.len());
    }
}
