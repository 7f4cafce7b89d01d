//! Fixes as steps in every output format: the steps of findings, fits and switch plans,
//! rendered as terminal text, Markdown, JSON and SARIF in both languages, are recorded in
//! `tests/snapshots/steps/` and compared (only the parts that show steps, so that other
//! changes of a report do not churn them). `ADE_BLESS=1 cargo test --test engine_steps`
//! rewrites them.
#![cfg(not(target_arch = "wasm32"))]

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::plan::plans;
use ade_advisor::engine::report::{Format, RenderOptions, Report};
use ade_advisor::engine::table::{Requirement, RequirementSet};
use ade_advisor::engine::{analyze, Options};
use serde_json::Value;
use std::path::Path;

/// The cases: the article's (a Company Portal profile with single-app mode), a legacy
/// profile with MFA required (requirement-not-met, the fit and a plan), and restrictions
/// that hide Company Portal (a path with the settings catalog as its alternative).
const CASES: [(&str, &str, &[Requirement]); 3] = [
    ("article", "www/samples/company-portal-single-app.json", &[]),
    ("legacy-mfa", "www/samples/legacy.json", &[Requirement::Mfa]),
    ("restrictions", "www/samples/restrictions-hiding-company-portal.json", &[]),
];

fn render(file: &str, reqs: &[Requirement], format: Format, lang: Lang) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(root.join(file)).unwrap();
    let inputs = [SourceText { name: file, bytes: &bytes }];
    let requirements = (!reqs.is_empty()).then(|| reqs.iter().copied().collect::<RequirementSet>());
    let a = analyze(&inputs, Options { requirements, ..Options::default() });
    let p = plans(&a.objects, requirements);
    Report::new(&a, &inputs, lang).with_plans(&p).render(format, RenderOptions::default())
}

/// The lines of a text or Markdown report that belong to a fix or a plan's steps: a
/// "Fix:" (or "Steps:") line, then its numbered steps and the lines indented under them.
fn step_lines(report: &str) -> String {
    let starts = ["Fix:", "対処:", "- **Fix:**", "- **対処:**", "Steps:", "手順:", "| Fix |", "| 対処 |"];
    let indent = |l: &str| l.len() - l.trim_start().len();
    let numbered = |t: &str| t.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok());
    let mut out = String::new();
    // Inside a list: the indent of its numbered lines (None before the first one).
    let mut list: Option<Option<usize>> = None;
    for line in report.lines() {
        let t = line.trim_start();
        if starts.iter().any(|s| t.starts_with(s)) {
            out.push_str(line);
            out.push('\n');
            list = (!t.starts_with('|')).then_some(None);
            continue;
        }
        let Some(at) = list else { continue };
        let keep = match at {
            None if t.is_empty() => true,
            None => numbered(t),
            Some(n) => (numbered(t) && indent(line) == n) || (!t.is_empty() && indent(line) > n),
        };
        if keep {
            if at.is_none() && numbered(t) {
                list = Some(Some(indent(line)));
            }
            out.push_str(line);
            out.push('\n');
        } else {
            list = None;
            out.push('\n');
        }
    }
    out
}

/// The step-carrying parts of a JSON report: each finding's `fix` and `fix_steps`, each
/// fit's, and each plan's `steps`.
fn json_steps(report: &str) -> String {
    let v: Value = serde_json::from_str(report).unwrap();
    let mut parts = Vec::new();
    for f in v["findings"].as_array().unwrap() {
        parts.push(serde_json::json!({"rule": f["rule"], "fix": f["fix"], "fix_steps": f["fix_steps"]}));
    }
    for o in v["objects"].as_array().unwrap().iter().filter(|o| !o["fit"].is_null()) {
        parts.push(serde_json::json!({"fit": o["index"], "fix": o["fit"]["fix"], "fix_steps": o["fit"]["fix_steps"]}));
    }
    for p in v["plans"].as_array().into_iter().flatten() {
        parts.push(serde_json::json!({"plan": p["object"], "click_path": p["click_path"], "steps": p["steps"]}));
    }
    serde_json::to_string_pretty(&parts).unwrap() + "\n"
}

/// SARIF: each result's plain-text fix, and the help (why and numbered steps) of the
/// rules that fired.
fn sarif_steps(report: &str) -> String {
    let v: Value = serde_json::from_str(report).unwrap();
    let run = &v["runs"][0];
    let mut out = String::new();
    let mut fired = Vec::new();
    for r in run["results"].as_array().unwrap() {
        let id = r["ruleId"].as_str().unwrap();
        out.push_str(&format!("result {id}: {}\n", r["properties"]["fix"].as_str().unwrap_or("")));
        fired.push(id.to_string());
    }
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        if fired.iter().any(|f| f == id) {
            out.push_str(&format!("rule {id} help:\n{}\n", rule["help"]["text"].as_str().unwrap()));
        }
    }
    out
}

#[test]
fn the_steps_of_every_format_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/steps");
    let bless = std::env::var("ADE_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (case, file, reqs) in CASES {
        for lang in Lang::ALL {
            for (name, format) in
                [("text", Format::Text), ("md", Format::Markdown), ("json", Format::Json), ("sarif", Format::Sarif)]
            {
                let report = render(file, reqs, format, lang);
                let want = match format {
                    Format::Json => json_steps(&report),
                    Format::Sarif => sarif_steps(&report),
                    _ => step_lines(&report),
                };
                assert!(want.lines().count() > 3, "{case} {name}: no steps found in\n{report}");
                let path = dir.join(format!("{case}.{}.{name}", lang.code()));
                if bless {
                    std::fs::create_dir_all(&dir).unwrap();
                    std::fs::write(&path, &want).unwrap();
                    continue;
                }
                let have = std::fs::read_to_string(&path).unwrap_or_default();
                if have != want {
                    stale.push(format!("{}\n--- recorded\n{have}--- now\n{want}", path.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "step snapshots differ (review, then `ADE_BLESS=1 cargo test --test engine_steps`):\n{}",
        stale.join("\n")
    );
}

/// The text report prints a step's path as `A › B › C` on its own line under the step,
/// and the alternative on the next; JSON's `fix` is the steps joined with the paths in
/// prose.
#[test]
fn paths_are_breadcrumb_lines_in_text_and_prose_in_json() {
    let text = render(CASES[0].1, &[], Format::Text, Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.trim_start().starts_with("1. For new enrollments")).expect("step 1");
    assert!(lines[at + 1].trim_start().starts_with("Intune admin center › Devices › Device onboarding › "));
    assert!(lines[at + 2]
        .trim_start()
        .starts_with("In the newer Enrollment policies experience: Intune admin center › "));
    assert!(lines[at + 3].trim_start().starts_with("2. "));
    let json: Value = serde_json::from_str(&render(CASES[0].1, &[], Format::Json, Lang::En)).unwrap();
    let f = &json["findings"][0];
    let steps = f["fix_steps"].as_array().unwrap();
    assert_eq!(steps[0]["click_path_id"], "ade-profile-or-policy");
    assert_eq!(steps[0]["field"], "/enableAuthenticationViaCompanyPortal");
    let fix = f["fix"].as_str().unwrap();
    assert!(fix.starts_with(steps[0]["text"].as_str().unwrap().trim_end_matches('.')), "{fix}");
    assert!(fix.contains(&format!(": {}.", steps[0]["click_path"].as_str().unwrap())), "{fix}");
}

/// A step can name a pasted object (the app configuration policy a Company Portal
/// profile's devices need): in a terminal its name carries no control character, as the
/// messages' names never do.
#[test]
fn a_pasted_name_in_a_step_reaches_the_terminal_without_control_characters() {
    let profile = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(CASES[0].1)).unwrap();
    let policy = r##"{"@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "displayName": "Evil\u001b[31mred\u0007",
        "targetedMobileApps": ["9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"],
        "encodedSettingXml": "<dict><key>IntuneCompanyPortalEnrollmentAfterUDA</key><dict/></dict>", "settings": []}"##;
    let inputs =
        [SourceText { name: "p.json", bytes: &profile }, SourceText { name: "c.json", bytes: policy.as_bytes() }];
    let a = analyze(&inputs, Options::default());
    let f = a.findings.iter().find(|f| f.rule == "company-portal-app-vanishes").expect("fires");
    assert!(f.fix.iter().any(|s| s.text.en.contains("Evil\u{1b}[31mred")), "the step names the pasted policy");
    for lang in Lang::ALL {
        let text = Report::new(&a, &inputs, lang).render(Format::Text, RenderOptions::default());
        assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text}");
        assert!(text.contains("Evil [31mred"), "{text}");
    }
}
