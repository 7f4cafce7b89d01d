//! The rule catalogue: fixtures that fire and that don't (through `input::read`), catalogue
//! quality over the whole registry, the generated rules reference, the article's
//! checklist, and rules run on hand-built objects.
//!
//! Fixtures live in `tests/fixtures/rules/<rule-id>/{fires*.json,passes*.json}`. A fixture
//! is what a user would paste, or a wrapper
//! `{"$fixture": {"requirements": [...], "asked": bool, "note": "…"}, "inputs": [json, …]}`
//! when it needs stated requirements or several inputs.
//!
//! Regenerate `docs/rules.md` / `docs/rules.ja.md`: `ADE_BLESS=1 cargo test --test engine_rules`.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, processes and files

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::{
    AuthMethod, Classification, Confidence, Evidence, Kind, Object, ProfileSettings, Setting,
};
use ade_advisor::engine::read;
use ade_advisor::engine::rules::{
    checklist, rule, rules_markdown, run, run_rule, CheckStatus, Finding, RuleContext, RuleStatus, Severity, REGISTRY,
    RETIRED_IDS,
};
use ade_advisor::engine::table::{Requirement, RequirementSet};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

struct Fixture {
    path: PathBuf,
    inputs: Vec<(String, Vec<u8>)>,
    requirements: Option<RequirementSet>,
    asked: bool,
}

fn load_fixture(path: &Path) -> Fixture {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let value: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match value.get("$fixture") {
        Some(meta) => {
            let inputs = value["inputs"]
                .as_array()
                .expect("a wrapper fixture has an `inputs` array")
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{name}#{i}"), serde_json::to_vec_pretty(v).unwrap()))
                .collect();
            let requirements = meta.get("requirements").map(|r| {
                r.as_array()
                    .expect("requirements is an array")
                    .iter()
                    .map(|id| {
                        Requirement::from_id(id.as_str().unwrap_or_default())
                            .unwrap_or_else(|| panic!("{}: unknown requirement {id}", path.display()))
                    })
                    .collect()
            });
            let asked = meta.get("asked").and_then(Value::as_bool).unwrap_or(false);
            Fixture { path: path.to_path_buf(), inputs, requirements, asked }
        }
        None => Fixture { path: path.to_path_buf(), inputs: vec![(name, bytes)], requirements: None, asked: false },
    }
}

struct Outcome {
    objects: std::rc::Rc<Vec<Object>>,
    findings: Vec<Finding>,
    texts: Vec<Value>,
}

fn run_fixture(f: &Fixture) -> Outcome {
    let sources: Vec<SourceText> = f.inputs.iter().map(|(n, b)| SourceText { name: n, bytes: b }).collect();
    let result = read(&sources);
    assert!(result.errors.is_empty(), "{}: input errors {:?}", f.path.display(), result.errors);
    let ctx = match f.requirements {
        Some(r) => RuleContext::with_requirements(&result.objects, r),
        None => RuleContext::new(&result.objects),
    };
    let findings = run(&ctx);
    let texts = f.inputs.iter().map(|(_, b)| serde_json::from_slice(b).unwrap()).collect();
    Outcome { objects: result.objects, findings, texts }
}

fn fixture_files(rule_id: &str) -> Vec<PathBuf> {
    let dir = fixtures_root().join(rule_id);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().to_string()
}

/// Every text a finding carries is bilingual, its links include an https one, and its
/// pointer resolves inside the object and (absolute) inside the input.
fn assert_finding_well_formed(f: &Finding, out: &Outcome, context: &str) {
    for (what, t) in [("message", &f.message), ("why", &f.why)] {
        assert!(t.is_complete(), "{context}: {} {what} incomplete: {t:?}", f.rule);
    }
    assert!(f.fix.is_complete(), "{context}: {} fix incomplete: {:?}", f.rule, f.fix);
    assert!(f.links.iter().any(|l| l.url.starts_with("https://")), "{context}: {} has no https link", f.rule);
    let i = f.object.expect("rule findings concern an object");
    let obj = &out.objects[i];
    assert_eq!(obj.index, i);
    assert_eq!(f.source, obj.source);
    assert_eq!(f.object_pointer, obj.pointer);
    assert!(
        obj.value().pointer(&f.pointer).is_some(),
        "{context}: {} pointer {:?} does not resolve in the object",
        f.rule,
        f.pointer
    );
    if let Some(text) = out.texts.get(obj.input) {
        assert!(
            text.pointer(&f.absolute_pointer()).is_some(),
            "{context}: {} absolute pointer {:?} does not resolve in the input",
            f.rule,
            f.absolute_pointer()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

#[test]
fn every_fixture_fires_or_passes_as_its_name_says() {
    let mut count = 0;
    for r in REGISTRY.iter() {
        let id = r.meta.id;
        for path in fixture_files(id) {
            let name = file_name(&path);
            let f = load_fixture(&path);
            let out = run_fixture(&f);
            let context = format!("{id}/{name}");
            let mine: Vec<&Finding> = out.findings.iter().filter(|x| x.rule == id).collect();
            if name.starts_with("fires") {
                assert!(
                    !mine.is_empty(),
                    "{context}: expected {id} to fire; got {:?}",
                    out.findings.iter().map(|x| x.rule).collect::<Vec<_>>()
                );
            } else if name.starts_with("passes") {
                assert!(
                    mine.is_empty(),
                    "{context}: expected {id} not to fire; got {:?}",
                    mine.iter().map(|x| &x.message.en).collect::<Vec<_>>()
                );
            } else {
                panic!("{context}: fixture names start with `fires` or `passes`");
            }
            for x in &out.findings {
                assert_finding_well_formed(x, &out, &context);
            }
            let list = checklist(&out.objects, &out.findings, f.asked);
            if f.asked {
                assert!(list.is_some(), "{context}: asked, so the checklist is shown");
            }
            if std::env::var("ADE_DUMP").is_ok() {
                eprintln!("{context}:");
                for x in &out.findings {
                    eprintln!(
                        "  [{}] {} {}{} — {}",
                        x.severity.id(),
                        x.rule,
                        x.source,
                        x.absolute_pointer(),
                        x.message.en
                    );
                }
            }
            count += 1;
        }
    }
    assert!(count >= 2 * REGISTRY.len());
}

/// The findings of a fixture as a snapshot: one block per finding (severity, rule,
/// location, message in both languages), in the engine's order.
fn snapshot_of(out: &Outcome) -> String {
    let mut s = String::new();
    for f in &out.findings {
        s.push_str(&format!("{} {} {}\n", f.severity.id(), f.rule, f.location()));
        s.push_str(&format!("  en: {}\n  ja: {}\n", f.message.en, f.message.ja));
    }
    if s.is_empty() {
        s.push_str("(no findings)\n");
    }
    s
}

/// Every fixture's findings are recorded next to it (`<rule>/snapshots/<fixture>.snap`,
/// ruff style) and compared: a change of severity, pointer or wording shows in review.
/// Regenerate with `ADE_BLESS=1 cargo test --test engine_rules`.
#[test]
fn every_fixture_matches_its_snapshot() {
    let bless = std::env::var("ADE_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for r in REGISTRY.iter() {
        let dir = fixtures_root().join(r.meta.id).join("snapshots");
        let mut expected_names = Vec::new();
        for path in fixture_files(r.meta.id) {
            let name = format!("{}.snap", path.file_stem().unwrap().to_string_lossy());
            let want = snapshot_of(&run_fixture(&load_fixture(&path)));
            let snap = dir.join(&name);
            expected_names.push(name);
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&snap, &want).unwrap();
                continue;
            }
            let have = std::fs::read_to_string(&snap).unwrap_or_default();
            if have != want {
                stale.push(format!("{}\n--- recorded\n{have}--- now\n{want}", snap.display()));
            }
        }
        // No snapshot without its fixture.
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            if !expected_names.contains(&n) {
                if bless {
                    std::fs::remove_file(e.path()).unwrap();
                } else {
                    stale.push(format!("{}: no fixture has this snapshot", e.path().display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "fixture snapshots differ (review, then `ADE_BLESS=1 cargo test --test engine_rules`):\n{}",
        stale.join("\n")
    );
}

/// Fixes read at a glance: over every rule's fixtures, in both languages, no step of a
/// finding's fix (or of a profile's fit, or of a switch plan) is longer than 40 words (80
/// characters in Japanese, a run of Latin letters counting as one), no step pastes a
/// click path into its sentence, a path appears at most once per fix, and a finding's
/// visible part — its title and first step — stays within 60 words (120 characters).
#[test]
fn every_fix_reads_at_a_glance() {
    use ade_advisor::engine::plan::plans;
    use ade_advisor::engine::recommend::profile_fit_with;
    use ade_advisor::engine::steps::{length, max_step_length, max_visible_length, Steps};
    let mut checked = 0;
    let mut problems = std::collections::BTreeSet::new();
    let mut check = |steps: &Steps, title: Option<&str>, lang: Lang, context: &str| {
        if steps.is_empty() {
            problems.insert(format!("{context}: no steps"));
        }
        let mut paths = Vec::new();
        for s in steps {
            let text = s.text.get(lang);
            let n = length(text, lang);
            if n > max_step_length(lang) {
                problems.insert(format!("a step of {n} (> {}): {text}", max_step_length(lang)));
            }
            if text.contains('→') || text.contains('›') {
                problems.insert(format!("{context}: a path pasted into {text}"));
            }
            if let Some(p) = s.path {
                if paths.contains(&p.id) {
                    problems.insert(format!("{context}: {} twice", p.id));
                }
                paths.push(p.id);
            }
        }
        if let (Some(title), Some(first)) = (title, steps.0.first()) {
            let n = length(title, lang) + length(first.text.get(lang), lang);
            if n > max_visible_length(lang) {
                problems.insert(format!("title and first step are {n} long: {title} / {}", first.text.get(lang)));
            }
        }
    };
    for r in REGISTRY.iter() {
        for path in fixture_files(r.meta.id) {
            let f = load_fixture(&path);
            let out = run_fixture(&f);
            let context = format!("{}/{}", r.meta.id, file_name(&path));
            for lang in Lang::ALL {
                for x in &out.findings {
                    let title = rule(x.rule).unwrap().meta.title.get(lang);
                    check(&x.fix, Some(title), lang, &format!("{context} {} {lang:?}", x.rule));
                    checked += 1;
                }
                for reqs in [f.requirements, Some(RequirementSet::EMPTY.with(Requirement::Mfa))] {
                    for p in plans(&out.objects, reqs) {
                        check(&p.steps, None, lang, &format!("{context} plan {lang:?}"));
                    }
                    for o in out.objects.iter().filter(|o| o.kind.is_ade_profile()) {
                        let (Some(m), Some(reqs)) = (o.method(), reqs) else { continue };
                        let fit = profile_fit_with(m, Default::default(), reqs);
                        check(&fit.fix, None, lang, &format!("{context} fit {lang:?}"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} fixes do not read at a glance:\n{}",
        problems.len(),
        problems.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(checked > 50, "{checked}");
}

#[test]
fn every_fixture_directory_belongs_to_a_rule() {
    for entry in std::fs::read_dir(fixtures_root()).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().to_string();
            assert!(rule(&name).is_some(), "tests/fixtures/rules/{name} has no rule");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Catalogue quality
// ---------------------------------------------------------------------------------------

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn ids_are_unique_kebab_case_and_never_retired() {
    let mut seen = std::collections::BTreeSet::new();
    for r in REGISTRY.iter() {
        let id = r.meta.id;
        assert!(is_kebab(id), "{id} is not kebab-case");
        assert!(seen.insert(id), "{id} is registered twice");
        assert!(!RETIRED_IDS.contains(&id), "{id} reuses a retired id");
    }
    for id in RETIRED_IDS {
        assert!(is_kebab(id));
    }
}

#[test]
fn every_rule_is_documented_in_both_languages_with_a_source_and_fixtures() {
    for r in REGISTRY.iter() {
        let m = &r.meta;
        for (what, t) in [("title", m.title), ("what", m.what), ("why", m.why)] {
            assert!(t.is_complete(), "{}: {what} incomplete", m.id);
        }
        assert!(!m.fix.is_empty() && m.fix.iter().all(|s| s.text.is_complete()), "{}: fix incomplete", m.id);
        assert!(m.links.iter().any(|l| l.url.starts_with("https://")), "{}: needs an https source link", m.id);
        for l in m.links {
            assert!(l.title.is_complete(), "{}: link title incomplete", m.id);
            assert!(l.url.is_empty() || l.url.starts_with("https://"), "{}: {}", m.id, l.url);
        }
        assert!(!m.applies_to.is_empty(), "{}: applies_to empty", m.id);
        assert!(
            m.since.split('.').count() == 3 && m.since.split('.').all(|p| p.parse::<u32>().is_ok()),
            "{}: since",
            m.id
        );
        let files: Vec<String> = fixture_files(m.id).iter().map(|p| file_name(p)).collect();
        if m.status == RuleStatus::Removed {
            // A removed rule keeps its docs and never runs: its fixtures show inputs it
            // used to fire on, which must now pass.
            assert!(files.iter().all(|f| f.starts_with("passes")), "{}: a removed rule never fires", m.id);
            continue;
        }
        assert!(files.iter().any(|f| f.starts_with("fires")), "{}: needs a fires*.json fixture", m.id);
        assert!(files.iter().any(|f| f.starts_with("passes")), "{}: needs a passes*.json fixture", m.id);
    }
}

#[test]
fn the_list_of_rules_is_snapshotted() {
    let list: Vec<String> = REGISTRY
        .iter()
        .map(|r| format!("{} {} {}", r.meta.id, r.meta.default_severity.id(), r.meta.status.id()))
        .collect();
    let expected = [
        "company-portal-app-vanishes warning stable",
        "legacy-setup-assistant warning stable",
        "conflicting-auth-flags warning stable",
        "contradictory-settings warning stable",
        "single-app-mode-needs-vpp error stable",
        "single-app-mode-vpp-token-problem error stable",
        "single-app-mode-mfa warning stable",
        "modern-auth-ios-13 info removed",
        "modern-auth-without-jit info stable",
        "await-final-configuration-off warning stable",
        "entra-shared-mode-prerequisites warning stable",
        "company-portal-vpp-missing warning stable",
        "company-portal-vpp-token-problem error stable",
        "requirement-not-met error stable",
        "company-portal-hidden error stable",
        "company-portal-uninstall-assignment warning stable",
        "uninstall-assignment-unknown-app info stable",
        "app-ratings-restricted warning stable",
        "books-explicit-content-blocked warning stable",
        "company-portal-store-app warning stable",
        "company-portal-user-licensing warning stable",
        "company-portal-app-config-conflict warning stable",
        "outside-ios-ade-scope info stable",
        "placeholder-values info stable",
        "unknown-object info stable",
        "unknown-fields info stable",
    ];
    assert_eq!(
        list, expected,
        "the rule list changed: ids are never renamed or reused; add new rules at the end of a group and update this snapshot"
    );
}

#[test]
fn the_rules_reference_is_up_to_date() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let bless = std::env::var("ADE_BLESS").is_ok_and(|v| v == "1");
    for (lang, file) in [(Lang::En, "rules.md"), (Lang::Ja, "rules.ja.md")] {
        let want = rules_markdown(lang);
        let path = docs.join(file);
        if bless {
            std::fs::create_dir_all(&docs).unwrap();
            std::fs::write(&path, &want).unwrap();
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(have == want, "docs/{file} is stale; regenerate it with `ADE_BLESS=1 cargo test --test engine_rules`");
    }
}

#[test]
fn the_reference_lists_every_rule_in_both_languages() {
    for lang in Lang::ALL {
        let md = rules_markdown(lang);
        for r in REGISTRY.iter() {
            assert!(md.contains(&format!("## {}\n", r.meta.id)), "{} missing", r.meta.id);
            assert!(md.contains(r.meta.why.get(lang)));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Hand-built objects (no input::read)
// ---------------------------------------------------------------------------------------

fn ev(pointer: &str, value: Value) -> Evidence {
    let value =
        ade_advisor::engine::json::Doc::parse(&value.to_string()).map(|d| d.root().to_value()).unwrap_or_default();
    Evidence { pointer: pointer.into(), value }
}

fn profile(method: AuthMethod, value: Value, settings: ProfileSettings) -> Object {
    let mut o = Object::new(Kind::IosEnrollmentProfile, 0, "pasted", "", value);
    o.classification = Some(Classification {
        method: Some(method),
        variant: None,
        confidence: Confidence::High,
        reason: None,
        evidence: vec![],
        contradictions: vec![],
        settings,
    });
    o
}

fn cp_sam_profile() -> Object {
    profile(
        AuthMethod::CompanyPortal,
        json!({"displayName": "CP", "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true, "enableSingleAppEnrollmentMode": true}),
        ProfileSettings {
            single_app_mode: Some(Setting {
                value: true,
                evidence: vec![ev("/enableSingleAppEnrollmentMode", json!(true))],
            }),
            ..ProfileSettings::default()
        },
    )
}

fn ids(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|f| f.rule).collect()
}

#[test]
fn company_portal_method_with_single_app_mode_gets_the_stronger_message_and_the_click_path() {
    let objects = [cp_sam_profile()];
    let findings = run(&RuleContext::new(&objects));
    let f = findings.iter().find(|f| f.rule == "company-portal-app-vanishes").expect("fires");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.pointer, "/enableAuthenticationViaCompanyPortal");
    assert!(f.message.en.contains("single-app mode on"), "{}", f.message.en);
    assert!(f.message.ja.contains("シングル アプリ モードがオン"));
    assert!(
        f.fix.joined(Lang::En).contains("Enrollment program tokens")
            && f.fix.joined(Lang::En).contains("already enrolled")
    );
    assert!(
        f.fix.joined(Lang::Ja).contains("登録プログラム トークン")
            && f.fix.joined(Lang::Ja).contains("登録済みのデバイス")
    );
    // Regression: the fix covered only new enrollments. Devices already enrolled need
    // Company Portal as a required, device-licensed VPP app (or a wipe and re-enrollment).
    assert!(
        f.fix.joined(Lang::En).contains("Required app with device licensing")
            && f.fix.joined(Lang::En).contains("wipe the device")
    );
    assert!(f.fix.joined(Lang::Ja).contains("デバイス ライセンス") && f.fix.joined(Lang::Ja).contains("ワイプ"));
    // Regression: the cause is reported by one write-up, not acknowledged by Microsoft.
    assert!(f.why.en.contains("reports") && f.why.en.contains("has not acknowledged"));
    assert!(f.message.en.contains("reports of"));
    assert!(f.why.en.contains("Install pending") && f.why.ja.contains("インストールが保留中"));
    // The single-app-mode rules fire too: no VPP token here.
    let all = ids(&findings);
    assert!(all.contains(&"single-app-mode-needs-vpp") && all.contains(&"single-app-mode-mfa"));
    assert_eq!(findings[0].severity, Severity::Error, "errors sort first");
}

#[test]
fn stating_the_lock_requirement_turns_the_vanishing_warning_into_info() {
    let objects = [cp_sam_profile()];
    let reqs: RequirementSet = [Requirement::LockUntilCompanyPortal].into_iter().collect();
    let f = run_rule(rule("company-portal-app-vanishes").unwrap(), &RuleContext::with_requirements(&objects, reqs));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Info);
    // The lock is single-app mode (nuance N8): keep both; enrolled devices get the app
    // configuration policy Learn's iOS guide adds for this method (issue 24 §2, §3).
    assert!(
        f[0].fix.joined(Lang::En).contains("Run Company Portal in Single App Mode until authentication"),
        "{}",
        f[0].fix.joined(Lang::En)
    );
    assert!(
        f[0].fix.joined(Lang::En).contains("IntuneCompanyPortalEnrollmentAfterUDA"),
        "{}",
        f[0].fix.joined(Lang::En)
    );
    assert!(
        f[0].fix.joined(Lang::Ja).contains("シングル アプリ モード")
            && f[0].fix.joined(Lang::Ja).contains("アプリ構成ポリシー")
    );
}

/// Issue 24 §3: for devices already enrolled with the Company Portal method, Learn's iOS
/// guide adds an app configuration policy for Company Portal to the required,
/// device-licensed app (S-LEARN-CP-ENROLLED-DEVICES), and devices enrolled with modern
/// authentication must not get it (S-LEARN-ADE-AUTH-APP-CONFIG). The fix named only the
/// app assignment.
#[test]
fn the_vanishing_app_fix_gives_enrolled_devices_the_app_configuration_policy_of_their_method() {
    use ade_advisor::engine::click_paths::APP_CONFIG;
    let objects = [cp_sam_profile()];
    let f = run_rule(rule("company-portal-app-vanishes").unwrap(), &RuleContext::new(&objects));
    let fix = &f[0].fix.joined_both();
    assert!(f[0].fix.iter().any(|s| s.path == Some(&APP_CONFIG)), "the policy's place is a reference");
    assert!(
        fix.en.contains("IntuneCompanyPortalEnrollmentAfterUDA") && fix.en.contains(&APP_CONFIG.prose(Lang::En)),
        "{}",
        fix.en
    );
    assert!(fix.en.contains("same device group as the enrollment profile"), "{}", fix.en);
    assert!(fix.en.contains("must stay out of that policy"), "{}", fix.en);
    assert!(
        fix.ja.contains("IntuneCompanyPortalEnrollmentAfterUDA") && fix.ja.contains(&APP_CONFIG.prose(Lang::Ja)),
        "{}",
        fix.ja
    );
    let meta = &rule("company-portal-app-vanishes").unwrap().meta;
    for id in ["S-LEARN-CP-ENROLLED-DEVICES", "S-LEARN-ADE-AUTH-APP-CONFIG", "S-LEARN-APP-CONFIG-CP"] {
        assert!(meta.sources.contains(&id), "{id}");
    }
}

#[test]
fn single_app_mode_mfa_severity_follows_the_stated_requirements() {
    let objects = [cp_sam_profile()];
    let r = rule("single-app-mode-mfa").unwrap();
    let none = run_rule(r, &RuleContext::new(&objects));
    assert_eq!(none[0].severity, Severity::Warning);
    let mfa = run_rule(r, &RuleContext::with_requirements(&objects, RequirementSet::EMPTY.with(Requirement::Mfa)));
    assert_eq!(mfa[0].severity, Severity::Warning);
    assert!(mfa[0].message.en.starts_with("You require MFA"));
    let other = run_rule(r, &RuleContext::with_requirements(&objects, RequirementSet::EMPTY.with(Requirement::Wipe)));
    assert_eq!(other[0].severity, Severity::Info);
}

#[test]
fn requirement_not_met_fires_only_when_requirements_were_stated() {
    let legacy = profile(
        AuthMethod::SetupAssistantLegacy,
        json!({"displayName": "L", "requiresUserAuthentication": true, "configurationWebUrl": false}),
        ProfileSettings::default(),
    );
    let objects = [legacy];
    let r = rule("requirement-not-met").unwrap();
    assert!(run_rule(r, &RuleContext::new(&objects)).is_empty());
    assert!(run_rule(r, &RuleContext::with_requirements(&objects, RequirementSet::EMPTY)).is_empty());
    let reqs = RequirementSet::EMPTY.with(Requirement::Mfa).with(Requirement::EntraRegistration);
    let f = run_rule(r, &RuleContext::with_requirements(&objects, reqs));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].pointer, "/configurationWebUrl");
    assert!(f[0].message.en.contains("Multifactor"), "{}", f[0].message.en);
    assert!(f[0].fix.is_complete() && f[0].why.is_complete());
    // A method that meets them: nothing.
    let modern =
        profile(AuthMethod::SetupAssistantModern, json!({"configurationWebUrl": true}), ProfileSettings::default());
    assert!(run_rule(r, &RuleContext::with_requirements(&[modern], reqs)).is_empty());
}

#[test]
fn rules_read_raw_flags_when_there_is_no_classification() {
    let o = Object::new(
        Kind::IosEnrollmentProfile,
        0,
        "pasted",
        "/value/0",
        json!({"enableAuthenticationViaCompanyPortal": true, "configurationWebUrl": true, "enableSingleAppEnrollmentMode": true}),
    );
    let objects = [o];
    let f = run(&RuleContext::new(&objects));
    let all = ids(&f);
    assert!(all.contains(&"conflicting-auth-flags"));
    assert!(all.contains(&"single-app-mode-needs-vpp"));
    let c = f.iter().find(|x| x.rule == "conflicting-auth-flags").unwrap();
    assert_eq!(c.absolute_pointer(), "/value/0/enableAuthenticationViaCompanyPortal");
    assert_eq!(c.location(), "pasted#/value/0/enableAuthenticationViaCompanyPortal");
}

#[test]
fn hidden_apps_point_at_the_list_item_and_visible_apps_at_the_list_type() {
    let hidden = Object::new(
        Kind::IosDeviceRestrictions,
        0,
        "r.json",
        "",
        json!({"appsVisibilityListType": "appsNotInListCompliant", "appsVisibilityList": [
            {"appId": "com.microsoft.Office.Outlook"}, {"appId": "com.microsoft.Office.Word"}, {"name": "x"},
            {"appStoreUrl": "https://apps.apple.com/jp/app/id719171358"}]}),
    );
    let visible = Object::new(
        Kind::IosDeviceRestrictions,
        0,
        "r.json",
        "",
        json!({"AdditionalProperties": {"appsVisibilityListType": "appsInListCompliant", "appsVisibilityList": [{"appId": "com.microsoft.CompanyPortalMac"}]}}),
    );
    let objects = [hidden, visible];
    let f = run_rule(rule("company-portal-hidden").unwrap(), &RuleContext::new(&objects));
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].object, f[0].pointer.as_str()), (Some(0), "/appsVisibilityList/3"));
    assert_eq!((f[1].object, f[1].pointer.as_str()), (Some(1), "/AdditionalProperties/appsVisibilityListType"));
}

#[test]
fn unknown_objects_and_fields_are_never_silently_ignored() {
    let unknown = Object::new(Kind::Unknown, 0, "p", "", json!({"@odata.type": "#microsoft.graph.somethingElse"}));
    let mut known = Object::new(Kind::IosApp, 0, "p", "", json!({"bundleId": "x", "foo": 1, "bar": 2}));
    known.unknown_keys = vec!["foo".into(), "bar".into()];
    let objects = [unknown, known];
    let f = run(&RuleContext::new(&objects));
    assert_eq!(ids(&f), ["unknown-object", "unknown-fields"]);
    assert!(f.iter().all(|x| x.severity == Severity::Info && x.pointer.is_empty()));
    assert!(f[0].message.en.contains("somethingElse"));
    assert!(f[1].message.en.contains("foo, bar"));
}

// ---------------------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------------------

fn read_values(values: &[Value]) -> std::rc::Rc<Vec<Object>> {
    let texts: Vec<Vec<u8>> = values.iter().map(|v| serde_json::to_vec(v).unwrap()).collect();
    let names: Vec<String> = (0..values.len()).map(|i| format!("in{i}.json")).collect();
    let sources: Vec<SourceText> = texts.iter().zip(&names).map(|(b, n)| SourceText { name: n, bytes: b }).collect();
    let r = read(&sources);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.objects
}

fn fixture_value(rule_id: &str, file: &str) -> Value {
    serde_json::from_slice(&std::fs::read(fixtures_root().join(rule_id).join(file)).unwrap()).unwrap()
}

#[test]
fn checklist_is_absent_without_company_portal_unless_asked() {
    let objects = read_values(&[fixture_value("legacy-setup-assistant", "passes-modern.json")]);
    let findings = run(&RuleContext::new(&objects));
    assert!(checklist(&objects, &findings, false).is_none());
    let c = checklist(&objects, &findings, true).expect("asked");
    assert!(c.items.iter().all(|i| i.status == CheckStatus::NotChecked));
}

#[test]
fn checklist_items_are_not_checked_until_the_related_objects_are_pasted() {
    let objects = read_values(&[fixture_value("company-portal-app-vanishes", "fires-single-app-mode.json")]);
    let findings = run(&RuleContext::new(&objects));
    let c = checklist(&objects, &findings, false).expect("Company Portal profile");
    let item_ids: Vec<&str> = c.items.iter().map(|i| i.id).collect();
    assert_eq!(
        item_ids,
        [
            "company-portal-hidden",
            "company-portal-uninstall-assignment",
            "app-ratings-restricted",
            "books-explicit-content-blocked"
        ]
    );
    for i in &c.items {
        assert_eq!(i.status, CheckStatus::NotChecked, "{}", i.id);
        assert!(i.hint.en.starts_with("Not checked — paste"), "{}", i.hint.en);
        assert!(i.hint.ja.starts_with("未確認"), "{}", i.hint.ja);
        assert!(i.label.is_complete() && i.click_path.text.is_complete());
    }
    assert!(!c.all_passed());
}

#[test]
fn checklist_passes_only_what_was_checked_and_points_at_problems() {
    let objects = read_values(&[
        fixture_value("company-portal-app-vanishes", "fires-single-app-mode.json"),
        fixture_value("books-explicit-content-blocked", "fires.json"),
        fixture_value("company-portal-uninstall-assignment", "passes.json"),
    ]);
    let findings = run(&RuleContext::new(&objects));
    let c = checklist(&objects, &findings, false).unwrap();
    let status = |id: &str| c.items.iter().find(|i| i.id == id).unwrap().status.clone();
    assert_eq!(status("company-portal-hidden"), CheckStatus::Passed { checked: 1 });
    assert_eq!(status("app-ratings-restricted"), CheckStatus::Passed { checked: 1 });
    match status("books-explicit-content-blocked") {
        CheckStatus::Problem { findings: idx } => {
            assert!(idx.iter().all(|i| findings[*i].rule == "books-explicit-content-blocked"))
        }
        s => panic!("{s:?}"),
    }
    assert!(matches!(status("company-portal-uninstall-assignment"), CheckStatus::Passed { checked } if checked >= 1));
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["items"][0]["status"]["status"], "passed");
}

#[test]
fn assignments_of_another_app_do_not_pass_the_uninstall_check() {
    let mut outlook = fixture_value("company-portal-uninstall-assignment", "fires.json");
    outlook["displayName"] = json!("Microsoft Outlook");
    outlook["bundleId"] = json!("com.microsoft.Office.Outlook");
    outlook["appStoreUrl"] = json!("https://apps.apple.com/jp/app/microsoft-outlook/id951937596");
    let objects = read_values(&[fixture_value("company-portal-app-vanishes", "fires-single-app-mode.json"), outlook]);
    let findings = run(&RuleContext::new(&objects));
    assert!(!ids(&findings).contains(&"company-portal-uninstall-assignment"), "Outlook is not Company Portal");
    assert!(!ids(&findings).contains(&"uninstall-assignment-unknown-app"), "the app is known");
    let c = checklist(&objects, &findings, false).unwrap();
    assert_eq!(c.items[1].status, CheckStatus::NotChecked);
}

#[test]
fn an_uninstall_assignment_of_an_unknown_app_makes_the_item_unsure_and_names_the_app() {
    let objects = read_values(&[
        fixture_value("company-portal-app-vanishes", "fires-single-app-mode.json"),
        fixture_value("uninstall-assignment-unknown-app", "fires.json"),
    ]);
    let findings = run(&RuleContext::new(&objects));
    let f = findings.iter().find(|f| f.rule == "uninstall-assignment-unknown-app").unwrap();
    assert!(f.message.en.contains("5c1b3f2e-8a7d-4e6f-9b0a-1c2d3e4f5a6b"), "{}", f.message.en);
    assert_eq!(f.severity, Severity::Info);
    let c = checklist(&objects, &findings, false).unwrap();
    assert!(matches!(c.items[1].status, CheckStatus::Unsure { .. }));
}

// ---------------------------------------------------------------------------------------
// Runner properties
// ---------------------------------------------------------------------------------------

#[test]
fn findings_are_sorted_deterministically_and_serialise_with_stable_keys() {
    let objects = read_values(&[
        fixture_value("books-explicit-content-blocked", "fires.json"),
        fixture_value("company-portal-app-vanishes", "fires-single-app-mode.json"),
        fixture_value("single-app-mode-needs-vpp", "fires.json"),
    ]);
    let ctx = RuleContext::new(&objects);
    let a = run(&ctx);
    let b = run(&ctx);
    assert_eq!(a, b);
    let keys: Vec<(usize, Severity, &str, &str)> =
        a.iter().map(|f| (f.object.unwrap(), f.severity, f.rule, f.pointer.as_str())).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let v = serde_json::to_value(&a[0]).unwrap();
    let obj = v.as_object().unwrap();
    for k in ["rule", "severity", "object", "source", "object_pointer", "pointer", "message", "why", "fix", "links"] {
        assert!(obj.contains_key(k), "{k}");
    }
    assert!(["error", "warning", "info"].contains(&v["severity"].as_str().unwrap()));
    assert!(v["message"]["ja"].is_string());
}

#[test]
fn every_input_fixture_of_the_engine_runs_through_the_rules_without_panicking() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut stack = vec![base];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                let bytes = std::fs::read(&p).unwrap();
                let r = read(&[SourceText { name: "f", bytes: &bytes }]);
                for reqs in [None, Some(RequirementSet::from_bits(u16::MAX))] {
                    let ctx = match reqs {
                        Some(r2) => RuleContext::with_requirements(&r.objects, r2),
                        None => RuleContext::new(&r.objects),
                    };
                    let f = run(&ctx);
                    let _ = checklist(&r.objects, &f, true);
                    for x in &f {
                        assert!(
                            x.message.is_complete() && x.why.is_complete() && x.fix.is_complete(),
                            "{}: {}",
                            p.display(),
                            x.rule
                        );
                    }
                }
                n += 1;
            }
        }
    }
    assert!(n > 20);
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(|n| json!(n)),
            prop_oneof![
                Just("uninstall".to_string()),
                Just("appsNotInListCompliant".to_string()),
                Just("appsInListCompliant".to_string()),
                Just("com.microsoft.CompanyPortal".to_string()),
                Just("#microsoft.graph.depIOSEnrollmentProfile".to_string()),
                Just("#microsoft.graph.iosGeneralDeviceConfiguration".to_string()),
                Just("#microsoft.graph.iosVppApp".to_string()),
                "[a-z]{0,6}".prop_map(String::from),
            ]
            .prop_map(Value::String),
        ];
        let keys = prop_oneof![
            Just("@odata.type".to_string()),
            Just("requiresUserAuthentication".to_string()),
            Just("enableAuthenticationViaCompanyPortal".to_string()),
            Just("configurationWebUrl".to_string()),
            Just("enableSingleAppEnrollmentMode".to_string()),
            Just("companyPortalVppTokenId".to_string()),
            Just("appsVisibilityListType".to_string()),
            Just("appsVisibilityList".to_string()),
            Just("mediaContentRatingApps".to_string()),
            Just("iBooksStoreBlockErotica".to_string()),
            Just("bundleId".to_string()),
            Just("assignments".to_string()),
            Just("intent".to_string()),
            Just("target".to_string()),
            Just("appId".to_string()),
            Just("value".to_string()),
            "[a-zA-Z/~]{1,5}".prop_map(String::from),
        ];
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::vec((keys.clone(), inner), 0..6)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]
        #[test]
        fn rules_never_panic_and_findings_are_well_formed(v in arb_json(), bits in any::<u16>(), stated in any::<bool>()) {
            let bytes = serde_json::to_vec(&v).unwrap();
            let r = read(&[SourceText { name: "p", bytes: &bytes }]);
            let ctx = RuleContext::with_requirements(&r.objects, RequirementSet::from_bits(bits)).stated(stated);
            let f = run(&ctx);
            let _ = checklist(&r.objects, &f, stated);
            for x in &f {
                prop_assert!(x.message.is_complete() && x.why.is_complete() && x.fix.is_complete());
                let o = &r.objects[x.object.unwrap()];
                prop_assert!(o.value().pointer(&x.pointer).is_some(), "{} {:?}", x.rule, x.pointer);
            }
        }
    }
}

/// Issue 24 §5: when the app configuration policy for Company Portal is pasted next to a
/// Company Portal-method profile, the enrolled-devices advice names it (and the conflict
/// rule stays silent); next to a modern-authentication profile, the conflict rule points
/// into the policy's JSON.
#[test]
fn a_pasted_company_portal_app_configuration_policy_is_named_by_the_enrolled_devices_advice() {
    let wrapper = fixture_value("company-portal-app-config-conflict", "passes.json");
    let inputs: Vec<Value> = wrapper["inputs"].as_array().unwrap().clone();
    let objects = read_values(&inputs);
    assert_eq!(objects[0].kind, Kind::IosAppConfiguration);
    let findings = run(&RuleContext::new(&objects));
    assert!(!ids(&findings).contains(&"company-portal-app-config-conflict"));
    let v = findings.iter().find(|f| f.rule == "company-portal-app-vanishes").expect("the Company Portal profile");
    assert!(
        v.fix
            .joined(Lang::En)
            .contains("The pasted app configuration policy \"Company Portal - ADE enrolled devices\""),
        "{}",
        v.fix.joined(Lang::En)
    );
    assert!(
        v.fix.joined(Lang::Ja).contains("貼り付けたアプリ構成ポリシー「Company Portal - ADE enrolled devices」"),
        "{}",
        v.fix.joined(Lang::Ja)
    );

    let wrapper = fixture_value("company-portal-app-config-conflict", "fires.json");
    let objects = read_values(wrapper["inputs"].as_array().unwrap());
    let f = run_rule(rule("company-portal-app-config-conflict").unwrap(), &RuleContext::new(&objects));
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].object, f[0].pointer.as_str(), f[0].severity), (Some(0), "/encodedSettingXml", Severity::Warning));
    assert!(f[0].message.en.contains("(Setup Assistant with modern authentication)"), "{}", f[0].message.en);
    assert!(
        f[0].fix.joined(Lang::En).contains("Apps → Configuration → (your policy) → Properties → Assignments"),
        "{}",
        f[0].fix.joined(Lang::En)
    );
}
