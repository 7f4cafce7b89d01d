//! The GitHub Action's script (scripts/action.sh, run by action.yml), without network: on
//! the fixture trees with the built binary (counts, report, SARIF, job summary, fail-on,
//! per tenant), and its download path against a fake release made here — an archive laid
//! out as release.yml packs it and a SHA256SUMS file, served as file:// URLs — including
//! a tampered archive, a missing checksum and a runner without a release binary. Also
//! that action.yml hands every input to the script.
#![cfg(unix)] // bash, tar and sha256sum as a GitHub runner has them

#[path = "support/cli.rs"]
mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{scratch, stderr, stdout, BIN};

fn script() -> PathBuf {
    support::root().join("scripts/action.sh")
}

/// Runs `scripts/action.sh MODE` in the repository's root with `env`, as a Linux x64
/// runner; returns its output and what it wrote to $GITHUB_OUTPUT.
fn action(mode: &str, dir: &Path, env: &[(&str, &str)]) -> (Output, BTreeMap<String, String>) {
    let outputs = dir.join("github_output");
    let _ = std::fs::remove_file(&outputs);
    let mut cmd = support::command("bash", &support::root());
    cmd.arg(script()).arg(mode);
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("ADE_") || k.starts_with("GITHUB_")) {
        cmd.env_remove(k);
    }
    cmd.env("GITHUB_OUTPUT", &outputs)
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .env("RUNNER_TEMP", dir)
        .env("ADE_REPORT", dir.join("report"))
        .env("ADE_SARIF", dir.join("ade.sarif"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = support::finish(cmd);
    let written = std::fs::read_to_string(&outputs).unwrap_or_default();
    let map = written.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    (o, map)
}

/// The counts the script must output: `ade-advisor check --format json ARGS`'s summary and
/// exit code, as the script's output strings.
fn expected(args: &[&str]) -> BTreeMap<&'static str, String> {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let o = support::run(&all);
    let v = support::json(&o);
    let n = |k: &str| v["summary"][k].to_string();
    BTreeMap::from([
        ("errors", n("errors")),
        ("warnings", n("warnings")),
        ("infos", n("infos")),
        ("unreadable", n("input_errors")),
        ("exit-code", o.status.code().unwrap_or(-1).to_string()),
    ])
}

fn read(p: impl AsRef<Path>) -> String {
    std::fs::read_to_string(p.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", p.as_ref().display()))
}

#[test]
fn the_script_checks_a_backup_folder_and_writes_counts_report_sarif_and_summary() {
    let dir = scratch("action-backup");
    let summary = dir.join("step_summary.md");
    let (o, out) = action(
        "run",
        &dir,
        &[
            ("ADE_BINARY", BIN),
            ("ADE_PATH", "tests/fixtures/backup"),
            ("GITHUB_STEP_SUMMARY", summary.to_str().unwrap()),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (k, v) in expected(&["tests/fixtures/backup"]) {
        assert_eq!(out[k], v, "{k}");
    }
    assert_eq!(out["failed"], (out["exit-code"] != "0").to_string(), "fail-on error");
    assert_eq!(out["binary"], BIN);
    let report = read(&out["report"]);
    assert!(report.starts_with("# ADE Auth Advisor report\n"), "Markdown by default: {report}");
    assert!(report.contains("tests/fixtures/backup/Enrollment Profiles/Apple/Sales iPhones.json"));
    assert!(stdout(&o).contains("# ADE Auth Advisor report"), "the report is in the log");
    let sarif: serde_json::Value = serde_json::from_str(&read(&out["sarif"])).unwrap();
    let uris = support::sarif_uris(&sarif);
    assert!(uris.contains(&"tests/fixtures/backup/Enrollment%20Profiles/Apple/Sales%20iPhones.json"), "{uris:?}");
    assert!(read(&summary).starts_with("# ADE Auth Advisor report"));

    // The profiles alone: warnings, no error. fail-on error passes, warning fails, and the
    // fail step says why.
    let profiles = "tests/fixtures/backup/Enrollment Profiles";
    let counts = expected(&[profiles]);
    assert!(counts["errors"] == "0" && counts["warnings"] != "0", "{counts:?}");
    let (_, out) = action("run", &dir, &[("ADE_BINARY", BIN), ("ADE_PATH", profiles)]);
    assert_eq!(out["failed"], "false");
    let (o, out) = action("run", &dir, &[("ADE_BINARY", BIN), ("ADE_PATH", profiles), ("ADE_FAIL_ON", "warning")]);
    assert_eq!(o.status.code(), Some(0), "the run itself succeeds: {}", stderr(&o));
    assert_eq!(out["failed"], "true");
    assert_eq!(out["warnings"], counts["warnings"]);
    let (o, _) = action("fail", &dir, &[("ADE_EXIT_CODE", "0"), ("ADE_WARNINGS", "3"), ("ADE_REPORT_FILE", "r.md")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("::error::ade-advisor: 3 warning(s) (fail-on: warning); see the report (r.md)."));
}

#[test]
fn the_script_passes_every_option_and_fails_on_the_worst_tenant() {
    let dir = scratch("action-tenants");
    let env = [
        ("ADE_BINARY", BIN),
        ("ADE_PATH", "tests/fixtures/tenants\n"),
        ("ADE_PER_FOLDER", "true"),
        ("ADE_FORMAT", "text"),
        ("ADE_LANG", "ja"),
        ("ADE_EXCLUDE", "Applications\n*/Device Configurations/*"),
        ("ADE_REQUIRE", "mfa"),
        ("ADE_MIN_SEVERITY", "warning"),
        ("ADE_SARIF", ""),
    ];
    let (o, out) = action("run", &dir, &env);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(out["exit-code"], "1", "{out:?}");
    assert_eq!(out["failed"], "true", "fail-on error by default");
    assert_eq!(out["sarif"], "", "no SARIF asked");
    assert!(!dir.join("ade.sarif").exists());
    let report = read(&out["report"]);
    assert!(report.contains("テナント一覧"), "Japanese text: {report}");
    assert!(report.contains("推奨"), "--require mfa adds the recommendation: {report}");
    assert!(!report.contains("iOS restrictions"), "the excluded folders: {report}");
    assert!(!report.contains("[modern-auth-without-jit]"), "an info finding, below --min-severity: {report}");
    assert!(report.contains("[single-app-mode-needs-vpp]"), "{report}");
    // requirement-not-met is an error for legacy profiles: contoso's Training iPads.
    let errors: usize = out["errors"].parse().unwrap();
    assert!(errors >= 2, "{out:?}");
    let (_, never) = action(
        "run",
        &dir,
        &[
            ("ADE_BINARY", BIN),
            ("ADE_PATH", "tests/fixtures/tenants"),
            ("ADE_PER_FOLDER", "true"),
            ("ADE_FAIL_ON", "never"),
        ],
    );
    assert_eq!(never["failed"], "false");
    assert_eq!(never["exit-code"], "1");
    let (o, out) = action(
        "run",
        &dir,
        &[
            ("ADE_BINARY", BIN),
            ("ADE_PATH", "tests/fixtures/tenants"),
            ("ADE_PER_FOLDER", "true"),
            ("ADE_FORMAT", "json"),
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&read(&out["report"])).unwrap();
    assert_eq!(v["summary"]["tenants"], 2);
    let counts = expected(&["--per-folder", "tests/fixtures/tenants"]);
    assert_eq!(out["errors"], counts["errors"]);
    assert_eq!(out["exit-code"], "1", "fabrikam's single-app-mode-needs-vpp");
    // Wrong inputs stop the step with a clear message.
    let (o, _) = action("run", &dir, &[("ADE_BINARY", BIN), ("ADE_FORMAT", "html")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("format 'html' is not one of markdown, text, json, sarif"));
    let (o, _) = action("run", &dir, &[("ADE_BINARY", BIN), ("ADE_FAIL_ON", "sometimes")]);
    assert!(stderr(&o).contains("fail-on 'sometimes' is not one of error, warning, never"));
}

/// A fake release of `tag` for Linux x64 under `dir/download/<tag>/`, as release.yml packs
/// it (the built binary in `ade-advisor-<tag>-<target>/`), with its SHA256SUMS; and the
/// API's answer for the latest release under `dir/api/`.
fn fake_release(dir: &Path, tag: &str) -> PathBuf {
    let target = "x86_64-unknown-linux-gnu";
    let name = format!("ade-advisor-{tag}-{target}");
    let stage = dir.join("stage").join(&name);
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::copy(BIN, stage.join("ade-advisor")).unwrap();
    std::fs::write(stage.join("README.md"), "readme").unwrap();
    let release = dir.join("download").join(tag);
    std::fs::create_dir_all(&release).unwrap();
    let ok = Command::new("tar")
        .arg("-czf")
        .arg(release.join(format!("{name}.tar.gz")))
        .arg("-C")
        .arg(dir.join("stage"))
        .arg(&name)
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::write(release.join("ade-advisor-v0-other.zip"), "other").unwrap();
    // As release.yml writes it: `sha256sum -- * > SHA256SUMS` in the release folder.
    let sums = Command::new("sh").arg("-c").arg("sha256sum -- * > SHA256SUMS").current_dir(&release).status().unwrap();
    assert!(sums.success());
    let api = dir.join("api/repos/owner/ade/releases");
    std::fs::create_dir_all(&api).unwrap();
    std::fs::write(
        api.join("latest"),
        format!("{{\n  \"url\": \"x\",\n  \"tag_name\": \"{tag}\",\n  \"name\": \"{tag}\"\n}}\n"),
    )
    .unwrap();
    release.join(format!("{name}.tar.gz"))
}

/// Whether `curl` runs here (the script downloads with it; GitHub's runners have it). The
/// download tests say so and stop where it does not.
fn curl_missing() -> bool {
    let missing = Command::new("curl").arg("--version").output().map(|o| !o.status.success()).unwrap_or(true);
    if missing {
        eprintln!("note: curl is missing, so the download path of scripts/action.sh is not tested here");
    }
    missing
}

fn url(p: &Path) -> String {
    format!("file://{}", p.display())
}

#[test]
fn the_script_downloads_the_release_binary_checks_it_and_uses_it() {
    if curl_missing() {
        return;
    }
    let dir = scratch("action-download");
    fake_release(&dir, "v9.9.9");
    let (download, api) = (url(&dir.join("download")), url(&dir.join("api")));
    let base = [("ADE_REPOSITORY", "owner/ade"), ("ADE_RELEASE_URL", download.as_str()), ("ADE_API_URL", api.as_str())];
    for version in ["v9.9.9", "latest"] {
        let mut env = base.to_vec();
        env.extend([("ADE_VERSION", version), ("ADE_PATH", "tests/fixtures/backup")]);
        let (o, out) = action("run", &dir, &env);
        assert_eq!(o.status.code(), Some(0), "{version}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("downloading ade-advisor-v9.9.9-x86_64-unknown-linux-gnu.tar.gz (owner/ade v9.9.9)"),
            "{err}"
        );
        assert!(err.contains("matches SHA256SUMS"), "{err}");
        assert!(out["binary"].ends_with("/ade-advisor-v9.9.9-x86_64-unknown-linux-gnu/ade-advisor"), "{out:?}");
        assert!(out["binary"].starts_with(dir.to_str().unwrap()), "unpacked under RUNNER_TEMP");
        assert_eq!(out["warnings"], expected(&["tests/fixtures/backup"])["warnings"]);
    }
}

#[test]
fn the_script_refuses_a_download_that_does_not_match_sha256sums() {
    if curl_missing() {
        return;
    }
    let dir = scratch("action-tampered");
    let archive = fake_release(&dir, "v9.9.9");
    let (download, api) = (url(&dir.join("download")), url(&dir.join("api")));
    let env = [
        ("ADE_REPOSITORY", "owner/ade"),
        ("ADE_RELEASE_URL", download.as_str()),
        ("ADE_API_URL", api.as_str()),
        ("ADE_VERSION", "v9.9.9"),
    ];
    let mut bytes = std::fs::read(&archive).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(&archive, &bytes).unwrap();
    let (o, out) = action("run", &dir, &env);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("ade-advisor-v9.9.9-x86_64-unknown-linux-gnu.tar.gz does not match SHA256SUMS"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("ade-advisor 0."), "the binary never ran");
    assert!(out.is_empty(), "no outputs: {out:?}");

    // SHA256SUMS without the archive's line.
    let sums = dir.join("download/v9.9.9/SHA256SUMS");
    let kept: String = read(&sums).lines().filter(|l| !l.contains("linux")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&sums, kept).unwrap();
    let (o, _) = action("run", &dir, &env);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("SHA256SUMS of v9.9.9 lists no ade-advisor-v9.9.9-x86_64-unknown-linux-gnu.tar.gz"));

    // A release that does not exist.
    let mut missing = env.to_vec();
    missing.retain(|(k, _)| *k != "ADE_VERSION");
    missing.push(("ADE_VERSION", "v0.0.0"));
    let (o, _) = action("run", &dir, &missing);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot download file://"), "{}", stderr(&o));
}

#[test]
fn the_script_names_the_runners_it_has_no_binary_for() {
    let dir = scratch("action-no-binary");
    let mut cmd = support::command("bash", &support::root());
    cmd.arg(script())
        .arg("install")
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "ARM64")
        .env("ADE_REPOSITORY", "owner/ade")
        .env("RUNNER_TEMP", &dir);
    let o = support::finish(cmd);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no release binary for Linux/ARM64"), "{}", stderr(&o));
    let (o, _) = action("run", &dir, &[("ADE_REPOSITORY", "")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("set the 'repository' input"), "{}", stderr(&o));
}

#[test]
fn action_yml_hands_every_input_to_the_script() {
    let yml = read(support::root().join("action.yml"));
    let script = read(script());
    let inputs_section = &yml[yml.find("\ninputs:\n").unwrap()..yml.find("\noutputs:\n").unwrap()];
    let inputs: Vec<&str> = inputs_section
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   ") && l.ends_with(':'))
        .map(|l| l.trim().trim_end_matches(':'))
        .collect();
    assert!(inputs.len() >= 15, "{inputs:?}");
    for input in inputs.iter().filter(|i| **i != "upload-sarif") {
        let mapped =
            yml.lines().find(|l| l.contains(&format!("${{{{ inputs.{input} ")) && l.trim_start().starts_with("ADE_"));
        let Some(line) = mapped else { panic!("input {input} is not handed to the script") };
        let var = line.trim().split(':').next().unwrap();
        let read_by_script = script.contains(&format!("${{{var}")) || script.contains(&format!("\"${var}"));
        assert!(read_by_script, "{var} is not read by scripts/action.sh");
    }
    assert!(yml.contains("if: inputs.upload-sarif == 'true'"));
    for output in ["errors", "warnings", "infos", "unreadable", "exit-code", "failed", "report", "sarif"] {
        assert!(yml.contains(&format!("value: ${{{{ steps.check.outputs.{output} }}}}")), "output {output}");
        assert!(script.contains(&format!("output {output} ")), "the script writes {output}");
    }
    // The release asset names are those release.yml builds.
    let release = read(support::root().join(".github/workflows/release.yml"));
    for target in ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-apple-darwin", "x86_64-pc-windows-msvc"]
    {
        assert!(release.contains(target) && script.contains(target), "{target}");
    }
    assert!(release.contains("name=\"ade-advisor-$GITHUB_REF_NAME-$TARGET\""));
    assert!(script.contains("asset=\"ade-advisor-$tag-$target.tar.gz\""));
    assert!(release.contains("sha256sum -- * > SHA256SUMS"));
}
