//! `ade-advisor check` and `diff` on folders, as admins keep their backups: an IntuneCD-like
//! tree (tests/fixtures/backup) walked in name order with hidden entries, other files and
//! `--exclude` globs left out, files named from the folder given in every format, links
//! that loop or lead nowhere, pipes and unreadable files reported without stopping the run;
//! and `check --per-folder` on two tenants (tests/fixtures/tenants), never joined, with
//! their table in every format and language and the worst exit code.
#![cfg(unix)] // symbolic links, pipes and permissions as Unix has them

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use std::path::Path;
use support::{copy_tree, json, run, run_in, scratch, stderr, stdout};

const BACKUP: &str = "tests/fixtures/backup";
const TENANTS: &str = "tests/fixtures/tenants";

fn files_of(v: &Value) -> Vec<String> {
    let mut files: Vec<String> =
        v["objects"].as_array().unwrap().iter().map(|o| o["file"].as_str().unwrap().to_string()).collect();
    files.dedup();
    files
}

#[test]
fn a_backup_folder_is_checked_as_one_set_of_json_files_in_name_order() {
    let o = run(&["check", "--format", "json", BACKUP]);
    let v = json(&o);
    let exit = if v["summary"]["errors"].as_u64() > Some(0) { 1 } else { 0 };
    assert_eq!(o.status.code(), Some(exit), "{}", stderr(&o));
    assert_eq!(
        files_of(&v),
        [
            "tests/fixtures/backup/Applications/iOS/Intune Company Portal_iosVppApp.json",
            "tests/fixtures/backup/Compliance Policies/Policies/iOS compliance_iosCompliancePolicy.json",
            "tests/fixtures/backup/Device Configurations/iOS restrictions_iosGeneralDeviceConfiguration.json",
            "tests/fixtures/backup/Enrollment Profiles/Apple/Field iPhones.json",
            "tests/fixtures/backup/Enrollment Profiles/Apple/Sales iPhones.json",
            "tests/fixtures/backup/Enrollment Profiles/Windows/Autopilot_azureADWindowsAutopilotDeploymentProfile.json",
        ],
        "*.json only (not README.md or notes.yaml), hidden .intunecd/ left out, in the order of the paths"
    );
    assert_eq!(v["summary"]["inputs"], 6);
    assert_eq!(v["summary"]["input_errors"], 0);
    let text = stdout(&run(&["check", BACKUP]));
    assert!(!text.contains("Hidden folder profile"), "{text}");
    // Checked together: the Company Portal profile (Enrollment Profiles/Apple) brings the
    // checklist, whose items are decided by the restrictions (Device Configurations) and
    // the app's assignments (Applications).
    let items = v["checklist"]["items"].as_array().unwrap();
    let status = |id: &str| items.iter().find(|i| i["id"] == id).unwrap()["status"].clone();
    assert_eq!(status("company-portal-hidden"), "problem");
    assert_eq!(status("company-portal-uninstall-assignment"), "problem");
    assert_eq!(status("app-ratings-restricted"), "passed");
    let finding = |rule: &str| v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == rule).cloned().unwrap();
    let hidden = finding("company-portal-hidden");
    assert_eq!(
        hidden["source"],
        "tests/fixtures/backup/Device Configurations/iOS restrictions_iosGeneralDeviceConfiguration.json"
    );
    assert_eq!((hidden["line"].clone(), hidden["column"].clone()), (6.into(), 9.into()));
    // The same order on every run.
    assert_eq!(stdout(&run(&["check", "--format", "json", BACKUP])), stdout(&o));
}

#[test]
fn every_format_names_files_from_the_folder_given() {
    let dir = support::root().join(BACKUP);
    for arg in [".", "./", ".//"] {
        let v = json(&run_in(&dir, &["check", "--format", "json", arg]));
        let files = files_of(&v);
        assert!(files.contains(&"Enrollment Profiles/Apple/Sales iPhones.json".to_string()), "{arg}: {files:?}");
        assert!(files.iter().all(|f| !f.starts_with("./") && !f.starts_with('/')), "{arg}: {files:?}");
    }
    let v = json(&run_in(&dir, &["check", "--format", "json", "./Enrollment Profiles/./Apple/."]));
    assert_eq!(
        files_of(&v),
        ["Enrollment Profiles/Apple/Field iPhones.json", "Enrollment Profiles/Apple/Sales iPhones.json"]
    );
    let sarif = json(&run_in(&dir, &["check", "--format", "sarif", "."]));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let vanishes = results.iter().find(|r| r["ruleId"] == "company-portal-app-vanishes").unwrap();
    let phys = &vanishes["locations"][0]["physicalLocation"];
    assert_eq!(phys["artifactLocation"]["uri"], "Enrollment%20Profiles/Apple/Sales%20iPhones.json");
    assert_eq!(phys["region"]["startLine"], 7);
    // From the repository's root, a subfolder keeps its path, as a pull request shows it.
    let sarif = json(&run(&["check", "--format", "sarif", "tests/fixtures/backup/"]));
    let uris = support::sarif_uris(&sarif);
    assert!(uris.contains(&"tests/fixtures/backup/Enrollment%20Profiles/Apple/Sales%20iPhones.json"), "{uris:?}");
    let md = stdout(&run_in(&dir, &["check", "--format", "markdown", "."]));
    assert!(md.contains("| Source | Enrollment Profiles/Apple/Sales iPhones.json\\# (1:1) |"), "{md}");
    let text = stdout(&run_in(&dir, &["check", "--lang", "ja", "."]));
    assert!(text.contains("Enrollment Profiles/Apple/Sales iPhones.json:7:5"), "{text}");
    assert!(text.contains("認証方法: ポータル サイト"), "{text}");
}

/// A backup holds many objects that are not about ADE (Windows and Android policies):
/// text, Markdown and SARIF count them by folder instead of listing each with an
/// `unknown-object` note; JSON still lists every object. Files named one by one are listed
/// as before.
#[test]
fn unrecognised_objects_of_a_folder_are_counted_not_listed() {
    let text = stdout(&run(&["check", BACKUP]));
    assert!(!text.contains("[unknown-object]"), "{text}");
    assert!(!text.contains("Autopilot  [unknown]"), "{text}");
    assert!(text.contains(
        "Not recognised, so not checked: 2 object(s) (the JSON report lists each one)\n  1  tests/fixtures/backup/Compliance Policies/Policies\n  1  tests/fixtures/backup/Enrollment Profiles/Windows\n"
    ), "{text}");
    assert!(text.contains("Summary: 8 object(s), ") && text.contains(", 3 info, "), "the counts keep them: {text}");
    let ja = stdout(&run(&["check", "--lang", "ja", BACKUP]));
    assert!(ja.contains("認識できないため確認していないオブジェクト: 2 個"), "{ja}");
    let md = stdout(&run(&["check", "--format", "markdown", BACKUP]));
    assert!(md.contains("## Not recognised\n\n2 object(s) were not recognised, so they were not checked (the JSON report lists each one).\n\n| Folder | Objects |\n|---|---:|\n| tests/fixtures/backup/Compliance Policies/Policies | 1 |\n"), "{md}");
    assert!(!md.contains("Object 7: Autopilot"), "{md}");
    let sarif = json(&run(&["check", "--format", "sarif", BACKUP]));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["ruleId"] != "unknown-object"));
    assert_eq!(sarif["runs"][0]["properties"]["unrecognisedObjects"], 2);
    let v = json(&run(&["check", "--format", "json", BACKUP]));
    assert_eq!(v["objects"].as_array().unwrap().iter().filter(|o| o["kind"] == "unknown").count(), 2);
    assert_eq!(v["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "unknown-object").count(), 2);
    // A folder without any ADE profile says so.
    let none = stdout(&run(&["check", "tests/fixtures/backup/Compliance Policies"]));
    assert!(none.contains("No ADE enrollment profile or enrollment policy was found in these files."), "{none}");
    // Named one by one, unrecognised objects are listed as before.
    let f = "tests/fixtures/backup/Enrollment Profiles/Windows/Autopilot_azureADWindowsAutopilotDeploymentProfile.json";
    let one = stdout(&run(&["check", f]));
    assert!(one.contains("[unknown-object]") && !one.contains("Not recognised, so not checked"), "{one}");
}

#[test]
fn exclude_leaves_out_names_anywhere_and_paths_from_the_folder() {
    let of = |args: &[&str]| {
        let mut all = vec!["check", "--format", "json"];
        all.extend(args);
        files_of(&json(&run(&all)))
    };
    let all = of(&[BACKUP]);
    let no_windows = of(&["--exclude", "Windows", BACKUP]);
    assert_eq!(no_windows.len(), all.len() - 1);
    assert!(no_windows.iter().all(|f| !f.contains("/Windows/")));
    let no_field = of(&["--exclude", "Enrollment Profiles/Apple/Field*", "--exclude", "*_ios*Policy.json", BACKUP]);
    assert_eq!(no_field.len(), all.len() - 2, "{no_field:?}");
    assert!(no_field.iter().all(|f| !f.contains("Field iPhones") && !f.contains("compliance")));
    // A path glob starts at the folder given, not at the current folder.
    assert_eq!(of(&["--exclude", "tests/fixtures/backup/Applications/**", BACKUP]).len(), all.len());
    assert_eq!(of(&["--exclude", "Applications/**", BACKUP]).len(), all.len() - 1);
    // A file named on the command line is always read.
    let f = "tests/fixtures/backup/Enrollment Profiles/Windows/Autopilot_azureADWindowsAutopilotDeploymentProfile.json";
    assert_eq!(of(&["--exclude", "Windows", "--exclude", "Autopilot*", f]).len(), 1);
    let bad = run(&["check", "--exclude", "Apple/[", BACKUP]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("`--exclude Apple/[` is not a valid glob"), "{}", stderr(&bad));
    assert!(stdout(&bad).is_empty());
    let ja = run(&["check", "--lang", "ja", "--exclude", "[", BACKUP]);
    assert!(stderr(&ja).contains("グロブ パターンとして正しくありません"), "{}", stderr(&ja));
}

/// A copy of the backup tree with every kind of entry that cannot be read.
fn broken_tree(name: &str) -> (std::path::PathBuf, bool, support::Restore) {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = scratch(name);
    let tree = dir.join("backup");
    copy_tree(&support::root().join(BACKUP), &tree);
    symlink("../..", tree.join("Applications/iOS/loop")).unwrap();
    symlink("nowhere.json", tree.join("Applications/gone.json")).unwrap();
    let fifo = tree.join("Device Configurations/pipe.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    std::fs::write(tree.join("Enrollment Profiles/latin1.json"), b"{\"displayName\": \"caf\xe9\"}").unwrap();
    std::fs::write(tree.join("Enrollment Profiles/.hidden.json"), b"not json, never read").unwrap();
    let locked = tree.join("Enrollment Profiles/locked.json");
    std::fs::write(&locked, b"{}").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_folder = tree.join("Settings Catalog");
    std::fs::create_dir(&locked_folder).unwrap();
    std::fs::write(locked_folder.join("policy.json"), b"{}").unwrap();
    std::fs::set_permissions(&locked_folder, std::fs::Permissions::from_mode(0o000)).unwrap();
    let ignored = support::permissions_are_ignored(&locked);
    let restore = support::Restore(dir.clone());
    (dir, ignored, restore)
}

/// Files and folders with mode 000 are reported as unreadable. As root, permissions do
/// not stop reads: the check then runs as an unprivileged user through `setpriv`, or, where
/// that is not possible, is skipped with a note (the other unreadable cases still run).
#[test]
fn files_and_folders_without_read_permission_are_reported() {
    let (dir, permissions_ignored, _restore) = broken_tree("no-permission");
    let args = ["check", "--format", "json", "backup"];
    let o = if permissions_ignored {
        match support::run_unprivileged(&dir, &args) {
            Some(o) => o,
            None => {
                eprintln!("note: running as root without setpriv: mode 000 does not stop reads, not asserted");
                return;
            }
        }
    } else {
        run_in(&dir, &args)
    };
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v = json(&o);
    let message = |source: &str| {
        v["errors"].as_array().unwrap().iter().find(|e| e["source"] == source).map(|e| e["message"].clone())
    };
    assert_eq!(
        message("backup/Enrollment Profiles/locked.json"),
        Some("cannot read backup/Enrollment Profiles/locked.json: permission denied".into())
    );
    assert_eq!(
        message("backup/Settings Catalog"),
        Some("cannot read backup/Settings Catalog: permission denied; nothing in it was checked".into())
    );
    assert!(files_of(&v).contains(&"backup/Enrollment Profiles/Apple/Sales iPhones.json".to_string()));
}

#[test]
fn unreadable_entries_are_reported_with_their_path_and_the_run_goes_on() {
    let (dir, _, _restore) = broken_tree("unreadable-entries");
    let o = run_in(&dir, &["check", "--format", "json", "backup"]);
    assert_eq!(o.status.code(), Some(2), "unreadable inputs: exit 2");
    let v = json(&o);
    let errors: Vec<(String, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["source"].as_str().unwrap().to_string(), e["message"].as_str().unwrap().to_string()))
        .collect();
    let message = |source: &str| {
        errors
            .iter()
            .find(|(s, _)| s == source)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| panic!("{source}: {errors:?}"))
    };
    assert!(message("backup/Applications/iOS/loop").contains("symbolic link loop (it leads back to backup)"));
    assert!(message("backup/Applications/gone.json").contains("symbolic link whose target does not exist"));
    assert!(message("backup/Device Configurations/pipe.json").contains("not a regular file"));
    assert!(message("backup/Enrollment Profiles/latin1.json").contains("not UTF-8"));
    assert!(errors.iter().all(|(s, _)| !s.contains(".hidden")), "{errors:?}");
    // Everything else is still checked.
    assert!(files_of(&v).contains(&"backup/Enrollment Profiles/Apple/Sales iPhones.json".to_string()));
    let clean = json(&run(&["check", "--format", "json", BACKUP]));
    assert_eq!(v["summary"]["warnings"], clean["summary"]["warnings"]);
    assert_eq!(v["summary"]["errors"], clean["summary"]["errors"]);
    // The same problems on stderr, each naming its file.
    let err = stderr(&o);
    for s in [
        "cannot read backup/Applications/iOS/loop: a symbolic link loop",
        "cannot read backup/Applications/gone.json: a symbolic link whose target does not exist",
        "cannot read backup/Device Configurations/pipe.json: not a regular file",
        "backup/Enrollment Profiles/latin1.json:1:21:",
    ] {
        assert!(err.contains(s), "missing {s}: {err}");
    }
    // Markdown lists them; SARIF points at them; text and Japanese say the same.
    let md = stdout(&run_in(&dir, &["check", "--format", "markdown", "backup"]));
    assert!(md.contains("## Inputs that could not be read"), "{md}");
    assert!(md.contains("- **backup/Applications/iOS/loop** — cannot read backup/Applications/iOS/loop"), "{md}");
    let sarif = json(&run_in(&dir, &["check", "--format", "sarif", "backup"]));
    let invalid: Vec<&Value> =
        sarif["runs"][0]["results"].as_array().unwrap().iter().filter(|r| r["ruleId"] == "invalid-input").collect();
    assert!(invalid.iter().any(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "backup/Device%20Configurations/pipe.json"));
    assert_eq!(sarif["runs"][0]["invocations"][0]["executionSuccessful"], false);
    let ja = run_in(&dir, &["check", "--lang", "ja", "backup"]);
    assert_eq!(ja.status.code(), Some(2));
    let err = stderr(&ja);
    assert!(
        err.contains("backup/Applications/iOS/loop を読み取れません: シンボリック リンクがループしている"),
        "{err}"
    );
    assert!(err.contains("通常のファイルではない"), "{err}");
    assert!(stdout(&ja).contains("Sales iPhones"));
}

#[test]
fn a_folder_without_json_is_an_error_not_a_silent_pass() {
    let dir = scratch("no-json");
    std::fs::create_dir_all(dir.join("backup/.git")).unwrap();
    std::fs::write(dir.join("backup/.git/config.json"), "{}").unwrap();
    std::fs::write(dir.join("backup/profile.yaml"), "displayName: x\n").unwrap();
    let o = run_in(&dir, &["check", "backup/"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("backup holds no .json file"), "{}", stderr(&o));
    let ja = run_in(&dir, &["check", "--lang", "ja", "backup"]);
    assert!(stderr(&ja).contains("backup には .json ファイルがありません"), "{}", stderr(&ja));
}

#[test]
fn diff_compares_the_profiles_of_a_folder() {
    let o = run(&["diff", "--format", "json", BACKUP]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let names: Vec<&str> = v["profiles"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Field iPhones", "Sales iPhones"]);
    let text = stdout(&run(&["diff", "--exclude", "Windows", BACKUP]));
    assert!(text.contains("tests/fixtures/backup/Enrollment Profiles/Apple/Sales iPhones.json#"), "{text}");
    let one = run(&["diff", "--exclude", "Field*", BACKUP]);
    assert_eq!(one.status.code(), Some(2), "one profile left: nothing to compare");
}

// ---------------------------------------------------------------------------------------
// One verdict per tenant

fn tenant<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["tenants"].as_array().unwrap().iter().find(|t| t["tenant"] == name).unwrap()
}

fn rules_of(report: &Value) -> Vec<&str> {
    report["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect()
}

#[test]
fn per_folder_checks_each_tenant_on_its_own() {
    let o = run(&["check", "--per-folder", "--format", "json", TENANTS]);
    assert_eq!(o.status.code(), Some(1), "the worst tenant (fabrikam) has an error: {}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["summary"]["tenants"], 2);
    assert_eq!(v["summary"]["exit_code"], 1);
    let errors: u64 = v["tenants"].as_array().unwrap().iter().map(|t| t["errors"].as_u64().unwrap()).sum();
    assert_eq!(v["summary"]["errors"], errors);
    let names: Vec<&str> = v["tenants"].as_array().unwrap().iter().map(|t| t["tenant"].as_str().unwrap()).collect();
    assert_eq!(names, ["contoso", "fabrikam"], "README.md is no tenant, and order is by name");

    let contoso = tenant(&v, "contoso");
    assert_eq!(contoso["folder"], "tests/fixtures/tenants/contoso");
    assert_eq!(contoso["profiles"], 2);
    assert_eq!(contoso["methods"]["setup-assistant-legacy"], 1);
    assert_eq!(contoso["methods"]["company-portal"], 1);
    assert_eq!(contoso["exit_code"], if contoso["errors"].as_u64() > Some(0) { 1 } else { 0 });
    assert_eq!(contoso["checklist"]["state"], "problem");
    assert_eq!(contoso["checklist"]["problem"], 1);
    // Company Portal hidden by the restrictions in Device Configurations/, the profile in
    // Enrollment Profiles/Apple/: found together within the tenant.
    let report = &contoso["report"];
    assert!(rules_of(report).contains(&"company-portal-hidden"));
    let hidden = report["checklist"]["items"].as_array().unwrap().iter().find(|i| i["id"] == "company-portal-hidden");
    assert_eq!(hidden.unwrap()["status"], "problem");
    assert!(files_of(report).iter().all(|f| f.starts_with("tests/fixtures/tenants/contoso/")));

    // Never joined: fabrikam's own restrictions list Company Portal as visible, so its
    // checklist passes; contoso's restrictions do not reach it.
    let fabrikam = tenant(&v, "fabrikam");
    let report = &fabrikam["report"];
    assert!(!rules_of(report).contains(&"company-portal-hidden"));
    assert_eq!(fabrikam["checklist"]["state"], "passed");
    assert_eq!(fabrikam["methods"]["company-portal"], 2);
    assert_eq!(fabrikam["methods"]["setup-assistant-modern"], 1);
    assert!(fabrikam["errors"].as_u64() >= Some(1));
    assert_eq!(fabrikam["exit_code"], 1);
    assert!(rules_of(report).contains(&"single-app-mode-needs-vpp"));
    assert_eq!(report["summary"]["objects"], 6, "each tenant's report has the stable shape");
    assert!(files_of(report).iter().all(|f| f.starts_with("tests/fixtures/tenants/fabrikam/")));

    // Without --per-folder the same tree is one set: contoso's restrictions then count
    // for fabrikam's profiles too.
    let joined = json(&run(&["check", "--format", "json", TENANTS]));
    assert_eq!(joined["objects"].as_array().unwrap().len(), 9);
}

#[test]
fn per_folder_ends_text_and_markdown_with_the_table_of_tenants_in_both_languages() {
    let o = run(&["check", "--per-folder", TENANTS]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.starts_with("Tenant contoso (tests/fixtures/tenants/contoso)\n======"), "{text}");
    assert!(text.contains("\nTenant fabrikam (tests/fixtures/tenants/fabrikam)\n"), "{text}");
    let table = &text[text.rfind("\nTenants\n").expect("the table comes last")..];
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[3],
        "Tenant    ADE profiles  Legacy  Company Portal  Modern auth  No affinity  Errors  Warnings  Unreadable  Checklist"
    );
    // The counts of findings are the JSON document's (the rules decide them); the rest is
    // the fixture's.
    let v = json(&run(&["check", "--per-folder", "--format", "json", TENANTS]));
    let count = |name: &str, key: &str| tenant(&v, name)[key].to_string();
    let (ce, cw, fe, fw) = (
        count("contoso", "errors"),
        count("contoso", "warnings"),
        count("fabrikam", "errors"),
        count("fabrikam", "warnings"),
    );
    let (errors, warnings) = (v["summary"]["errors"].to_string(), v["summary"]["warnings"].to_string());
    let row = |name: &str| lines.iter().find(|l| l.starts_with(name)).unwrap().split_whitespace().collect::<Vec<_>>();
    assert_eq!(row("contoso")[..9], ["contoso", "2", "1", "1", "0", "0", &ce, &cw, "0"]);
    assert!(lines.iter().any(|l| l.starts_with("contoso") && l.ends_with("1 problem(s), 1 not checked")));
    assert_eq!(row("fabrikam")[..9], ["fabrikam", "3", "0", "2", "1", "0", &fe, &fw, "0"]);
    assert!(lines.iter().any(|l| l.starts_with("fabrikam") && l.ends_with("all passed")));
    let totals = format!("2 tenant(s): {errors} error(s), {warnings} warning(s), 0 unreadable input(s).");
    assert_eq!(lines.last(), Some(&totals.as_str()));

    let ja = stdout(&run(&["check", "--per-folder", "--lang", "ja", TENANTS]));
    assert!(ja.starts_with("テナント contoso (tests/fixtures/tenants/contoso)"), "{ja}");
    assert!(
        ja.contains("テナント  ADE プロファイル  レガシ  ポータル サイト  先進認証  アフィニティなし  エラー  警告"),
        "{ja}"
    );
    assert!(ja.contains("問題あり 1 件、未確認 1 件") && ja.contains("すべて問題なし"), "{ja}");
    let totals = format!("テナント 2 件: エラー {errors} 件、警告 {warnings} 件、読み取れない入力 0 件。");
    assert!(ja.trim_end().ends_with(&totals), "{ja}");

    let md = stdout(&run(&["check", "--per-folder", "--format", "markdown", TENANTS]));
    assert!(md.starts_with("# ADE Auth Advisor report: contoso\n"), "{md}");
    assert!(md.contains("\n# ADE Auth Advisor report: fabrikam\n"), "{md}");
    assert_eq!(md.matches("_Generated by ade-advisor").count(), 1, "one footer for the whole document");
    let table = &md[md.find("\n# Tenants\n").expect("the table comes last")..];
    let expected = format!(
        "| Tenant | ADE profiles | Legacy | Company Portal | Modern auth | No affinity | Errors | Warnings | Unreadable | Checklist |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n| contoso | 2 | 1 | 1 | 0 | 0 | {ce} | {cw} | 0 | 1 problem(s), 1 not checked |\n| fabrikam | 3 | 0 | 2 | 1 | 0 | {fe} | {fw} | 0 | all passed |"
    );
    assert!(table.contains(&expected), "{table}");
    let md_ja = stdout(&run(&["check", "--per-folder", "--format", "markdown", "--lang", "ja", TENANTS]));
    assert!(md_ja.starts_with("# ADE 認証アドバイザー レポート: contoso\n"), "{md_ja}");
    assert!(
        md_ja.contains("\n# テナント一覧\n\n| テナント | ADE プロファイル | レガシ | ポータル サイト |"),
        "{md_ja}"
    );
}

#[test]
fn per_folder_sarif_is_one_run_with_each_result_tagged_by_its_tenant() {
    let o = run(&["check", "--per-folder", "--format", "sarif", TENANTS]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(v["runs"].as_array().unwrap().len(), 1, "one run: code scanning takes one run per tool");
    let results = v["runs"][0]["results"].as_array().unwrap();
    for r in results {
        let tenant = r["properties"]["tenant"].as_str().unwrap();
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.starts_with(&format!("tests/fixtures/tenants/{tenant}/")), "{uri} in {tenant}");
    }
    let hidden: Vec<&str> = results
        .iter()
        .filter(|r| r["ruleId"] == "company-portal-hidden")
        .map(|r| r["properties"]["tenant"].as_str().unwrap())
        .collect();
    assert_eq!(hidden, ["contoso"]);
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "single-app-mode-needs-vpp" && r["properties"]["tenant"] == "fabrikam"));
    assert_eq!(v["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn per_folder_exit_code_is_the_worst_tenant_and_strays_are_reported() {
    let dir = scratch("per-folder-worst");
    let tree = dir.join("customers");
    copy_tree(&support::root().join(TENANTS), &tree);
    std::fs::write(tree.join("contoso/Enrollment Profiles/Apple/broken.json"), "{\"displayName\": }").unwrap();
    std::fs::create_dir(tree.join("northwind")).unwrap();
    std::fs::write(tree.join("northwind/profiles.yaml"), "x: 1\n").unwrap();
    std::fs::write(tree.join("index.json"), "{}").unwrap();
    std::fs::create_dir(tree.join(".git")).unwrap();
    let o = run_in(&dir, &["check", "--per-folder", "--format", "json", "customers"]);
    assert_eq!(o.status.code(), Some(2), "a tenant with an unreadable input: 2 beats fabrikam's 1");
    let v = json(&o);
    let names: Vec<&str> = v["tenants"].as_array().unwrap().iter().map(|t| t["tenant"].as_str().unwrap()).collect();
    assert_eq!(names, ["contoso", "fabrikam", "northwind"], "hidden .git is no tenant");
    assert_eq!(tenant(&v, "contoso")["exit_code"], 2);
    assert_eq!(tenant(&v, "contoso")["input_errors"], 1);
    assert_eq!(
        tenant(&v, "contoso")["report"]["errors"][0]["source"],
        "customers/contoso/Enrollment Profiles/Apple/broken.json"
    );
    assert_eq!(tenant(&v, "fabrikam")["exit_code"], 1);
    let northwind = tenant(&v, "northwind");
    assert_eq!(northwind["exit_code"], 2);
    assert!(northwind["report"]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("customers/northwind holds no .json file"));
    let err = stderr(&o);
    assert!(err.contains("note: 1 .json file(s) directly in customers belong to no tenant"), "{err}");
    assert!(err.contains("customers/contoso/Enrollment Profiles/Apple/broken.json:1:17"), "{err}");
    // A loop directly in the folder given belongs to no tenant: reported, exit 2.
    std::os::unix::fs::symlink(".", tree.join("loop")).unwrap();
    std::fs::remove_file(tree.join("contoso/Enrollment Profiles/Apple/broken.json")).unwrap();
    std::fs::remove_dir_all(tree.join("northwind")).unwrap();
    let o = run_in(&dir, &["check", "--per-folder", "--format", "json", "customers"]);
    assert_eq!(o.status.code(), Some(2));
    let v = json(&o);
    assert_eq!(v["errors"][0]["source"], "customers/loop");
    assert!(stderr(&o).contains("cannot read customers/loop: a symbolic link loop"), "{}", stderr(&o));
    let md = stdout(&run_in(&dir, &["check", "--per-folder", "--format", "markdown", "customers"]));
    assert!(
        md.contains("- cannot read customers/loop\\: a symbolic link loop \\(it leads back to customers\\)"),
        "{md}"
    );
}

#[test]
fn per_folder_needs_folders_with_subfolders() {
    let o = run(&["check", "--per-folder", "tests/fixtures/cli/modern.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`--per-folder` needs folders: `tests/fixtures/cli/modern.json` is not a folder."));
    let o = run(&["check", "--per-folder", "--lang", "ja"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`--per-folder` にはフォルダーを指定してください"), "{}", stderr(&o));
    let flat = run(&["check", "--per-folder", "tests/fixtures/cli"]);
    assert_eq!(flat.status.code(), Some(2));
    assert!(stderr(&flat).contains("tests/fixtures/cli has no subfolder"), "{}", stderr(&flat));
    assert!(Path::new(TENANTS).is_relative());
}
