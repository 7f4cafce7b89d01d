//! `ade-advisor journey` and `check --journey`, run as a user would: method journeys
//! following `--require`, profile journeys of files and stdin, every format, both
//! languages, the JSON contract (docs/report-format.md, `journey`) and the exit codes.
#![cfg(not(target_arch = "wasm32"))] // native only: processes and files

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use support::{json, run_stdin as run, stdout};

const MODERN: &str = "tests/fixtures/cli/modern.json";
const JOURNEYS: &str = "tests/fixtures/journey";

fn step<'a>(journey: &'a Value, id: &str) -> &'a Value {
    journey["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap_or_else(|| panic!("no step {id}"))
}

#[test]
fn the_three_methods_follow_the_requirements() {
    let o = run(&["journey", "--method", "all", "--require", "mfa", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    let ids: Vec<&str> =
        v["journeys"].as_array().unwrap().iter().map(|j| j["journey"]["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["setup-assistant-legacy", "company-portal", "setup-assistant-modern"]);
    let modern = &v["journeys"][2]["journey"];
    let sign_in = step(modern, "sign-in");
    assert_eq!(sign_in["sign_in"], true);
    assert_eq!(sign_in["mfa"], true);
    assert!(sign_in["note"].as_str().unwrap().contains("Temporary Access Pass"));
    assert_eq!(modern["summary"]["mfa_prompts"], 1);
    assert_eq!(v["journeys"][0]["journey"]["summary"]["registered"], "no");
    // Without MFA stated, nobody is asked for it.
    let o = run(&["journey", "--method", "setup-assistant-modern", "--format", "json"], None);
    assert!(step(&json(&o)["journeys"][0]["journey"], "sign-in").get("mfa").is_none());
}

#[test]
fn a_profile_file_gets_its_own_journey_in_text_and_japanese() {
    let file = format!("{JOURNEYS}/hide-all.json");
    let o = run(&["journey", &file], None);
    assert_eq!(o.status.code(), Some(0));
    let s = stdout(&o);
    assert!(s.contains("\"iPhone (every screen hidden)\""), "{s}");
    assert!(s.contains("FutureScreen2027 (hidden (unknown screen))"), "{s}");
    assert!(s.contains("typical order"));
    let o = run(&["journey", "--lang", "ja", &file], None);
    let s = stdout(&o);
    assert!(s.contains("FutureScreen2027 (非表示 (不明な画面))"), "{s}");
    assert!(s.contains("職場アカウント"));
    let o = run(&["journey", "--format", "markdown", &file], None);
    assert!(stdout(&o).starts_with("## What your users will see\n"));
}

#[test]
fn stdin_and_a_sso_extension_in_another_file() {
    let text = std::fs::read(MODERN).unwrap();
    let o = run(&["journey", "--format", "json"], Some(&text));
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["journeys"][0]["name"], "Modern iPhones");
    assert_eq!(v["journeys"][0]["source"], "stdin#");
    assert_eq!(v["journeys"][0]["journey"]["jit"], false);
    let o = run(&["journey", "--format", "json", MODERN, "tests/fixtures/cli/sso-extension.json"], None);
    let v = json(&o);
    assert_eq!(v["journeys"].as_array().unwrap().len(), 1, "one profile, the extension has no journey");
    let j = &v["journeys"][0]["journey"];
    assert_eq!(j["jit"], true);
    assert_eq!(step(j, "jit-sign-in")["registers"], true);
}

#[test]
fn check_adds_the_journey_only_when_asked() {
    let o = run(&["check", "--format", "json", MODERN], None);
    assert!(json(&o)["objects"][0].get("journey").is_none(), "the report is unchanged without --journey");
    let o = run(&["check", "--journey", "--format", "json", MODERN], None);
    assert_eq!(o.status.code(), Some(0));
    let j = &json(&o)["objects"][0]["journey"];
    assert_eq!(j["id"], "setup-assistant-modern");
    // No VPP token in a depIOSEnrollmentProfile: Company Portal asks for an Apple ID.
    assert_eq!(j["summary"]["sign_ins"], 3);
    assert_eq!(step(j, "company-portal-install")["sign_in"], true);
    assert!(j["steps"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"].is_string() && s["text"].is_string() && s["sources"].is_array()));
    let o = run(&["check", "--journey", "--format", "markdown", MODERN], None);
    assert!(stdout(&o).contains("## What your users will see"));
    let o = run(&["check", "--journey", "--lang", "ja", MODERN], None);
    assert!(stdout(&o).contains("ユーザーに表示される内容"));
}

#[test]
fn wrong_uses_exit_2_with_a_message() {
    let o = run(&["journey", "--method", "portal"], None);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("company-portal") && err.contains("all"), "{err}");
    let o = run(&["journey", "--method", "all", MODERN], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["journey"], Some(br##"{"@odata.type": "#microsoft.graph.iosVppApp", "bundleId": "x"}"##));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no ADE profile"));
    let o = run(&["journey", "--format", "sarif", "--method", "all"], None);
    assert_eq!(o.status.code(), Some(2), "SARIF is for check only");
}
