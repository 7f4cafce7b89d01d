//! The `ade-advisor` binary, run as a user would: every format, exit codes, stdin, broken
//! files next to good ones, typos, SARIF structure, stable JSON keys, Markdown escaping.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, processes and files

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};
use support::{json, stderr, stdout, BIN};

const DIR: &str = "tests/fixtures/cli";

fn run(args: &[&str]) -> Output {
    run_stdin(args, None)
}

fn run_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = support::command(BIN, &support::root());
    cmd.args(args).stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    {
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).expect("write stdin");
        }
    }
    child.wait_with_output().expect("the binary finishes")
}

fn fixture(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn text_check_of_a_good_profile_exits_0_without_colour_when_piped() {
    let o = run(&["check", &fixture("company-portal.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.contains("Sales iPhones"));
    assert!(s.contains("company-portal-app-vanishes"));
    assert!(s.contains("Company Portal"));
    assert!(!s.contains('\x1b'), "no colour on a pipe");
    let coloured = run(&["check", "--color", "always", &fixture("company-portal.json")]);
    assert!(stdout(&coloured).contains('\x1b'));
}

#[test]
fn an_error_finding_exits_1() {
    let o = run(&["check", &fixture("single-app-mode-no-vpp.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("single-app-mode-needs-vpp"));
}

#[test]
fn requirement_not_met_is_an_error_and_adds_the_recommendation() {
    let o =
        run(&["check", "--require", "use-before-company-portal", "--format", "json", &fixture("company-portal.json")]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "requirement-not-met" && f["severity"] == "error"));
    assert_eq!(v["recommendation"]["requirements"], serde_json::json!(["use-before-company-portal"]));
    assert_eq!(v["recommendation"]["recommended"], "setup-assistant-modern");
}

#[test]
fn a_broken_file_next_to_a_good_one_exits_2_and_both_are_reported() {
    let o = run(&["check", "--format", "json", &fixture("broken.json"), &fixture("company-portal.json")]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("tests/fixtures/cli/broken.json:4:38"), "{err}");
    let v = json(&o);
    assert_eq!(v["objects"].as_array().unwrap().len(), 1, "the good file is still analysed");
    assert_eq!(v["objects"][0]["name"], "Sales iPhones");
    assert_eq!(v["errors"][0]["source"], "tests/fixtures/cli/broken.json");
    assert_eq!(v["errors"][0]["line"], 4);
    assert_eq!(v["errors"][0]["column"], 38);

    let missing = run(&["check", "--format", "json", "no-such-file.json", &fixture("company-portal.json")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such-file.json"));
    assert_eq!(json(&missing)["objects"][0]["name"], "Sales iPhones");
}

#[test]
fn stdin_is_read_without_files_and_for_dash() {
    let text = std::fs::read(fixture("company-portal.json")).unwrap();
    for args in [vec!["check", "--format", "json"], vec!["check", "-", "--format", "json"]] {
        let o = run_stdin(&args, Some(&text));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["objects"][0]["source"], "stdin#");
        assert_eq!(v["findings"][0]["line"], 6);
    }
    let empty = run_stdin(&["check"], Some(b""));
    assert_eq!(empty.status.code(), Some(2));
}

#[test]
fn a_typo_in_require_exits_2_with_a_suggestion_and_the_valid_ids() {
    for cmd in ["check", "recommend"] {
        let o = run(&[cmd, "--require", "mfa,entra-registraton", &fixture("company-portal.json")]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains("Did you mean `entra-registration`?"), "{err}");
        assert!(err.contains("lock-until-company-portal"), "lists the valid ids: {err}");
        assert!(stdout(&o).is_empty());
    }
    let ja = run(&["recommend", "--require", "mfaa", "--lang", "ja"]);
    assert!(stderr(&ja).contains("`mfa` の誤りではありませんか?"));
}

#[test]
fn json_keys_are_stable() {
    let o = run(&[
        "check",
        "--format",
        "json",
        "--require",
        "mfa",
        &fixture("company-portal.json"),
        &fixture("broken.json"),
    ]);
    let v = json(&o);
    assert_eq!(v["tool"]["name"], "ade-advisor");
    assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
    let obj = &v["objects"][0];
    for k in ["index", "source", "kind", "name", "method", "confidence", "evidence"] {
        assert!(obj.get(k).is_some(), "objects[].{k}");
    }
    assert_eq!(obj["index"], 0);
    assert_eq!(obj["kind"], "ios-enrollment-profile");
    assert_eq!(obj["method"], "company-portal");
    assert_eq!(obj["confidence"], "high");
    assert!(obj["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["pointer"] == "/enableAuthenticationViaCompanyPortal" && e["value"] == true));
    let f = &v["findings"][0];
    for k in ["rule", "severity", "object", "pointer", "message", "fix", "links"] {
        assert!(f.get(k).is_some(), "findings[].{k}");
    }
    assert!(f["links"].as_array().unwrap().iter().all(|l| l.is_string()));
    let e = &v["errors"][0];
    for k in ["source", "line", "column", "message"] {
        assert!(e.get(k).is_some(), "errors[].{k}");
    }
    let r = &v["recommendation"];
    for k in ["requirements", "recommended", "methods", "conflicts"] {
        assert!(r.get(k).is_some(), "recommendation.{k}");
    }
    for k in ["method", "fits", "unmet"] {
        assert!(r["methods"][0].get(k).is_some(), "recommendation.methods[].{k}");
    }
    let without = json(&run(&["check", "--format", "json", &fixture("company-portal.json")]));
    assert!(without.get("recommendation").is_none(), "no recommendation without --require");
}

#[test]
fn sarif_is_structurally_valid() {
    let o = run(&["check", "--format", "sarif", &fixture("single-app-mode-no-vpp.json"), &fixture("broken.json")]);
    assert_eq!(o.status.code(), Some(2));
    let v = json(&o);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif"));
    let run0 = &v["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "ade-advisor");
    assert!(driver["version"].is_string());
    assert!(driver["informationUri"].as_str().unwrap().starts_with("https://"));
    let rules = driver["rules"].as_array().unwrap();
    for id in ["company-portal-app-vanishes", "requirement-not-met", "single-app-mode-needs-vpp"] {
        assert!(rules.iter().any(|r| r["id"] == id), "{id}");
    }
    for r in rules {
        assert!(r["id"].is_string());
        assert!(r["shortDescription"]["text"].is_string());
        assert!(r["fullDescription"]["text"].is_string());
        assert!(r["help"]["text"].is_string());
    }
    assert!(rules
        .iter()
        .filter(|r| r["id"] != "invalid-input")
        .all(|r| r["helpUri"].as_str().is_some_and(|u| u.starts_with("https://"))));
    let results = run0["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        assert!(r["ruleId"].is_string());
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()), "{r}");
        assert!(r["message"]["text"].is_string());
        let phys = &r["locations"][0]["physicalLocation"];
        assert!(phys["artifactLocation"]["uri"].is_string());
        if let Some(i) = r["ruleIndex"].as_u64() {
            assert_eq!(rules[i as usize]["id"], r["ruleId"]);
        }
    }
    let vpp = results.iter().find(|r| r["ruleId"] == "single-app-mode-needs-vpp").unwrap();
    assert_eq!(vpp["level"], "error");
    let region = &vpp["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 7, "line of enableSingleAppEnrollmentMode in the fixture");
    assert_eq!(region["startColumn"], 3);
    assert_eq!(
        vpp["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/fixtures/cli/single-app-mode-no-vpp.json"
    );
    let broken = results.iter().find(|r| r["ruleId"] == "invalid-input").unwrap();
    assert_eq!(broken["locations"][0]["physicalLocation"]["region"]["startLine"], 4);
    assert_eq!(run0["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn markdown_escapes_a_malicious_name() {
    let o = run(&["check", "--format", "markdown", &fixture("malicious-name.json")]);
    assert_eq!(o.status.code(), Some(0));
    let md = stdout(&o);
    assert!(md.contains("# ADE Auth Advisor report"));
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.contains("](javascript"), "{md}");
    assert!(!md.contains("[x]("), "{md}");
    assert!(md.contains("\\<script\\>"));
    assert!(md.contains("\\[x\\]\\(javascript\\:alert\\(1\\)\\)"));
    assert!(md.contains("\\*bold\\*"));
    assert!(md.contains("\\`code\\`"));
}

#[test]
fn markdown_has_the_consultant_sections() {
    let o = run(&[
        "check",
        "--format",
        "markdown",
        "--require",
        "mfa",
        &fixture("company-portal.json"),
        &fixture("broken.json"),
    ]);
    let md = stdout(&o);
    for s in [
        "## Recommendation",
        "## Object 0: Sales iPhones",
        "company-portal-app-vanishes",
        "Checklist",
        "broken.json:4:38",
        "```",
    ] {
        assert!(md.contains(s), "missing {s}: {md}");
    }
    let ja = stdout(&run(&["check", "--format", "markdown", "--lang", "ja", &fixture("company-portal.json")]));
    assert!(ja.contains("# ADE 認証アドバイザー レポート"));
}

#[test]
fn min_severity_filters_printed_findings_only() {
    let all = json(&run(&["check", "--format", "json", &fixture("company-portal.json")]));
    assert!(all["findings"].as_array().unwrap().iter().any(|f| f["severity"] == "info"));
    let o = run(&["check", "--format", "json", "--min-severity", "warning", &fixture("company-portal.json")]);
    let v = json(&o);
    assert!(v["findings"].as_array().unwrap().iter().all(|f| f["severity"] != "info"));
    assert_eq!(v["summary"]["infos"], all["summary"]["infos"], "the summary still counts everything");
    let e = run(&["check", "--min-severity", "error", &fixture("single-app-mode-no-vpp.json")]);
    assert_eq!(e.status.code(), Some(1));
}

#[test]
fn recommend_prints_the_recommendation_alone() {
    let o = run(&["recommend", "--require", "mfa"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Setup Assistant with modern authentication"));
    let v = json(&run(&["recommend", "--require", "mfa", "--format", "json"]));
    assert_eq!(v["recommended"], "setup-assistant-modern");
    let conflict = run(&["recommend", "--require", "mfa,apple-p7m-token", "--format", "json"]);
    assert_eq!(conflict.status.code(), Some(1), "no method fits");
    assert_eq!(json(&conflict)["recommended"], Value::Null);
    let missing = run(&["recommend"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn table_prints_both_languages_with_notes() {
    let en = run(&["table"]);
    assert_eq!(en.status.code(), Some(0));
    let s = stdout(&en);
    assert!(s.contains("Multifactor authentication (MFA)") && s.contains("[N1]") && s.contains("[N7]"));
    let ja = stdout(&run(&["table", "--lang", "ja", "--format", "markdown"]));
    assert!(ja.contains("| 要件 |") && ja.contains("いいえ [N1]"));
    let j = json(&run(&["table", "--format", "json"]));
    assert_eq!(j["rows"].as_array().unwrap().len(), 12);
    assert_eq!(run(&["table", "--format", "sarif"]).status.code(), Some(2));
}

#[test]
fn rules_lists_the_catalogue_and_documents_one_rule() {
    let o = run(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("single-app-mode-mfa"));
    let one = run(&["rules", "single-app-mode-mfa", "--lang", "ja"]);
    assert!(stdout(&one).contains("対処方法"));
    let j = json(&run(&["rules", "--format", "json"]));
    assert!(j.as_array().unwrap().len() >= 18);
    let typo = run(&["rules", "single-app-mode-mf"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("single-app-mode-mfa"));
}

#[test]
fn help_version_and_bad_arguments() {
    for cmd in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["recommend", "--help"],
        vec!["table", "--help"],
        vec!["rules", "--help"],
        vec!["help", "check"],
    ] {
        let o = run(&cmd);
        assert_eq!(o.status.code(), Some(0), "{cmd:?}");
        assert!(stdout(&o).contains("ade-advisor"), "{cmd:?}");
        assert!(stdout(&o).contains("ade-advisor ") || stdout(&o).contains("Example"), "{cmd:?}");
    }
    assert!(stdout(&run(&["check", "--help", "--lang", "ja"])).contains("使い方"));
    let v = run(&["--version"]);
    assert_eq!(stdout(&v).trim(), format!("ade-advisor {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(run(&[]).status.code(), Some(2));
    let o = run(&["chek"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`check`"));
    assert_eq!(run(&["check", "--formt", "json"]).status.code(), Some(2));
    let ja = run(&["check", "--format", "xml", "--lang", "ja"]);
    assert!(stderr(&ja).contains("指定できる値"));
}

#[test]
fn lang_defaults_to_the_environment() {
    let o = Command::new(BIN)
        .args(["rules"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("ルール"));
}

#[test]
fn a_closed_stdout_does_not_panic() {
    let mut child = Command::new(BIN)
        .args(["table", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn check_plan_shows_how_to_switch_in_every_format() {
    let o = run(&["check", "--plan", "--color", "never", &fixture("company-portal.json")]);
    let text = stdout(&o);
    assert!(text.contains("How to switch"), "{text}");
    assert!(text.contains("enableAuthenticationViaCompanyPortal (Authentication method: Company Portal): true → false"));
    assert!(text.contains("PATCH https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/"));
    let o = run(&["check", "--plan", "--format", "json", &fixture("company-portal.json")]);
    let v = json(&o);
    let plan = &v["plans"][0];
    assert_eq!(plan["from"], "company-portal");
    assert_eq!(plan["to"], "setup-assistant-modern");
    assert_eq!(plan["changes"][1]["key"], "configurationWebUrl");
    assert_eq!(plan["graph"]["method"], "PATCH");
    let o = run(&["check", "--plan", "--format", "markdown", "--lang", "ja", &fixture("company-portal.json")]);
    let md = stdout(&o);
    assert!(md.contains("## 切り替え方") && md.contains("```http") && md.contains("```powershell"), "{md}");
    // Without --plan the outputs do not change.
    let o = run(&["check", "--format", "json", &fixture("company-portal.json")]);
    assert!(json(&o).get("plans").is_none());
}

#[test]
fn diff_compares_profiles_across_files() {
    let o = run(&["diff", &fixture("company-portal.json"), &fixture("modern.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Compare profiles") && text.contains("configurationWebUrl"), "{text}");
    let o = run(&["diff", "--format", "json", &fixture("company-portal.json"), &fixture("modern.json")]);
    let v = json(&o);
    assert_eq!(v["rows"][0]["key"], "method");
    assert_eq!(v["profiles"].as_array().map(Vec::len), Some(2));
    let o = run(&[
        "diff",
        "--format",
        "markdown",
        "--lang",
        "ja",
        &fixture("company-portal.json"),
        &fixture("modern.json"),
    ]);
    assert!(stdout(&o).contains("| フィールド | Sales iPhones | Modern iPhones |"));
    // One profile is not enough: a clear message and exit code 2.
    let o = run(&["diff", &fixture("modern.json")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("compares two or more"), "{}", stderr(&o));
    let o = run(&["diff", "--format", "sarif", &fixture("modern.json")]);
    assert_eq!(o.status.code(), Some(2), "SARIF is for check only");
}

/// Every help page, in both languages, is recorded in `tests/snapshots/help/` and compared:
/// a flag added to the table shows in review. `ADE_BLESS=1 cargo test --test cli` rewrites.
#[test]
fn help_pages_match_their_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/help");
    let bless = std::env::var("ADE_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for command in ["", "check", "recommend", "table", "rules", "diff"] {
        for lang in ["en", "ja"] {
            let mut args: Vec<&str> = if command.is_empty() { vec![] } else { vec![command] };
            args.extend(["--help", "--lang", lang]);
            let o = run(&args);
            assert_eq!(o.status.code(), Some(0));
            let name = format!("{}.{lang}.txt", if command.is_empty() { "ade-advisor" } else { command });
            let path = dir.join(&name);
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, stdout(&o)).unwrap();
            } else if std::fs::read_to_string(&path).unwrap_or_default() != stdout(&o) {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "help pages changed: {stale:?} (review, then `ADE_BLESS=1 cargo test --test cli`)");
}

/// docs/report-format.md, `fit.in_practice`: a legacy profile that installs Company Portal
/// meets registration in practice (N1); the JSON lists it there and not as missed, and the
/// text report says so.
#[test]
fn a_legacy_profile_with_company_portal_reports_what_it_meets_in_practice() {
    let file = "tests/fixtures/rules/requirement-not-met/passes-legacy-installs-company-portal.json";
    let text = std::fs::read_to_string(file).unwrap();
    let wrapper: Value = serde_json::from_str(&text).unwrap();
    let profile = serde_json::to_string(&wrapper["inputs"][0]).unwrap();
    let args = ["check", "--format", "json", "--require", "entra-registration", "-"];
    let o = run_stdin(&args, Some(profile.as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fit = &json(&o)["objects"][0]["fit"];
    assert_eq!(fit["meets"], true);
    assert_eq!(fit["missed"], serde_json::json!([]));
    assert_eq!(fit["in_practice"][0]["requirement"], "entra-registration");
    assert!(fit["in_practice"][0]["reason"].as_str().unwrap().contains("N1"));
    let o = run_stdin(&["check", "--require", "entra-registration", "-"], Some(profile.as_bytes()));
    assert!(stdout(&o).contains("Met in practice: Register devices in Microsoft Entra ID"), "{}", stdout(&o));
}

/// docs/report-format.md, `fit.unknown` (issue 24 §2): a Company Portal profile whose paste
/// does not show single-app mode neither meets nor misses the lock; the JSON lists it under
/// `unknown`, the text report says it cannot tell and what to check. With single-app mode
/// off the lock is missed, pointing at the setting.
#[test]
fn a_company_portal_profile_reports_the_lock_by_its_single_app_mode() {
    let input = |name: &str| {
        let path = format!("tests/fixtures/rules/requirement-not-met/{name}");
        let wrapper: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        serde_json::to_string(&wrapper["inputs"][0]).unwrap()
    };
    let partial = input("passes-lock-single-app-mode-not-shown.json");
    let args = ["check", "--format", "json", "--require", "lock-until-company-portal", "-"];
    let o = run_stdin(&args, Some(partial.as_bytes()));
    let report = json(&o);
    let fit = &report["objects"][0]["fit"];
    assert_eq!(fit["meets"], false);
    assert_eq!(fit["missed"], serde_json::json!([]));
    assert_eq!(fit["unknown"][0]["requirement"], "lock-until-company-portal");
    assert!(fit["unknown"][0]["reason"].as_str().unwrap().contains("enableSingleAppEnrollmentMode"));
    assert_eq!(fit["target"], Value::Null);
    let rules: Vec<&str> = report["findings"].as_array().unwrap().iter().filter_map(|f| f["rule"].as_str()).collect();
    assert!(!rules.contains(&"requirement-not-met"), "{rules:?}");
    let o = run_stdin(&["check", "--require", "lock-until-company-portal", "-"], Some(partial.as_bytes()));
    let s = stdout(&o);
    assert!(s.contains("Cannot tell from this input: Keep the device locked until Company Portal is installed"), "{s}");
    assert!(
        s.contains("Fix: Check \"Run Company Portal in Single App Mode until authentication\" in the profile"),
        "{s}"
    );
    assert!(!s.contains("Meets the stated requirements."), "{s}");

    let off = input("fires-lock-with-single-app-mode-off.json");
    let o = run_stdin(&args, Some(off.as_bytes()));
    let report = json(&o);
    assert_eq!(report["objects"][0]["fit"]["missed"], serde_json::json!(["lock-until-company-portal"]));
    assert_eq!(report["objects"][0]["fit"]["unknown"], serde_json::json!([]));
    let finding = report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "requirement-not-met").unwrap();
    assert_eq!(finding["pointer"], "/enableSingleAppEnrollmentMode");
}
