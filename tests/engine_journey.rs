//! Enrollment journeys: each method's journey following the requirements, and the journey
//! of every pasted profile in `tests/fixtures/journey/` (snapshots of the steps and
//! summaries in English and Japanese), the sources every step cites, both languages, the
//! profile fields steps point at, and the shapes of Shared iPad, Entra shared device mode, a
//! profile that hides every screen and a settings-catalog policy.
//!
//! A fixture is what a user would paste, or a wrapper
//! `{"$fixture": {"requirements": [...], "note": "…"}, "inputs": [json, …]}`.
//! Regenerate the snapshots: `ADE_BLESS=1 cargo test --test engine_journey`.
#![cfg(not(target_arch = "wasm32"))] // native only: files

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::input::{locate, SourceText};
use ade_advisor::engine::journey::{
    self, screens::SCREENS, texts, Actor, Journey, Kind, Note, Order, Registration, Why,
};
use ade_advisor::engine::read;
use ade_advisor::engine::table::{Method, Requirement, RequirementSet};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[path = "support/sources_md.rs"]
mod sources_md;
use sources_md::defined_ids;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn bless() -> bool {
    std::env::var("ADE_BLESS").is_ok_and(|v| v == "1")
}

/// The inputs of a fixture (name, text) and its stated requirements.
fn load(name: &str) -> (Vec<(String, String)>, RequirementSet) {
    let path = root().join("tests/fixtures/journey").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: Value = serde_json::from_str(&text).unwrap();
    match value.get("$fixture") {
        Some(meta) => {
            let reqs = meta
                .get("requirements")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|r| Requirement::from_id(r.as_str().unwrap_or_default())).collect())
                .unwrap_or_default();
            let inputs = value["inputs"]
                .as_array()
                .unwrap()
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{name}#{i}"), serde_json::to_string_pretty(v).unwrap()))
                .collect();
            (inputs, reqs)
        }
        None => (vec![(name.to_string(), text)], RequirementSet::EMPTY),
    }
}

struct Outcome {
    inputs: Vec<(String, String)>,
    objects: std::rc::Rc<Vec<ade_advisor::engine::model::Object>>,
    journeys: Vec<Journey>,
}

fn run(name: &str) -> Outcome {
    let (inputs, reqs) = load(name);
    let sources: Vec<SourceText> = inputs.iter().map(|(n, t)| SourceText { name: n, bytes: t.as_bytes() }).collect();
    let read = read(&sources);
    assert!(read.errors.is_empty(), "{name}: {:?}", read.errors);
    let journeys = journey::for_profiles(&read.objects, reqs);
    Outcome { inputs, objects: read.objects.clone(), journeys }
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/journey"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

/// The requirement sets the method journeys are recorded with.
fn requirement_sets() -> Vec<(&'static str, RequirementSet)> {
    let set = |rs: &[Requirement]| rs.iter().copied().collect::<RequirementSet>();
    vec![
        ("none", RequirementSet::EMPTY),
        ("mfa", set(&[Requirement::Mfa])),
        ("lock-until-company-portal", set(&[Requirement::LockUntilCompanyPortal, Requirement::Mfa])),
        ("entra-registration", set(&[Requirement::EntraRegistration, Requirement::CompanyPortalVpp])),
    ]
}

fn method_journeys() -> Vec<(String, Journey)> {
    let mut out = Vec::new();
    for (name, reqs) in requirement_sets() {
        for m in Method::ALL {
            out.push((format!("{} with {name}", m.id()), journey::for_method(m, reqs)));
        }
    }
    out
}

fn compare_snapshot(path: PathBuf, want: &str, stale: &mut Vec<String>) {
    if bless() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        stale.push(format!("{}\n--- recorded\n{have}--- now\n{want}", path.display()));
    }
}

/// Every fixture's journeys, and every method's journeys for a few requirement sets, are
/// recorded in `tests/snapshots/journey/` in both languages (steps, markers, notes, fields,
/// sources, screens not shown, summary figures) and compared.
#[test]
fn journeys_match_their_snapshots() {
    let dir = root().join("tests/snapshots/journey");
    let mut stale = Vec::new();
    let mut expected = BTreeSet::new();
    for name in fixture_names() {
        let out = run(&name);
        assert!(!out.journeys.is_empty(), "{name}: no journey");
        for lang in Lang::ALL {
            let file = format!("{}.{}.txt", name.trim_end_matches(".json"), lang.code());
            let text = journey::journeys_text(&out.journeys, &out.objects, lang);
            compare_snapshot(dir.join(&file), &text, &mut stale);
            expected.insert(file);
        }
    }
    for lang in Lang::ALL {
        let mut text = String::new();
        for (name, j) in method_journeys() {
            text.push_str(&format!("== {name}\n"));
            text.push_str(&journey::journeys_text(std::slice::from_ref(&j), &[], lang));
        }
        let file = format!("methods.{}.txt", lang.code());
        compare_snapshot(dir.join(&file), &text, &mut stale);
        expected.insert(file);
    }
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let n = e.file_name().to_string_lossy().to_string();
        if !expected.contains(&n) {
            if bless() {
                std::fs::remove_file(e.path()).unwrap();
            } else {
                stale.push(format!("{n}: no fixture has this snapshot"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "journey snapshots differ (review, then `ADE_BLESS=1 cargo test --test engine_journey`):\n{}",
        stale.join("\n")
    );
}

fn all_journeys() -> Vec<Journey> {
    let mut out: Vec<Journey> = method_journeys().into_iter().map(|(_, j)| j).collect();
    for name in fixture_names() {
        out.extend(run(&name).journeys);
    }
    out
}

#[test]
fn every_step_cites_sources_that_exist() {
    let defined = defined_ids();
    for k in Kind::ALL {
        assert!(!texts::sources(k).is_empty(), "step {:?} cites no source", k);
    }
    for n in texts::Note::ALL {
        for id in n.sources() {
            assert!(defined.contains(*id), "note {n:?} cites {id}, which docs/sources.md does not define");
        }
    }
    for j in all_journeys() {
        for s in &j.steps {
            assert!(!s.sources.is_empty(), "{}: step {} cites no source", j.id, s.id);
            for id in &s.sources {
                assert!(
                    defined.contains(*id),
                    "{}: step {} cites {id}, which docs/sources.md does not define",
                    j.id,
                    s.id
                );
            }
        }
    }
}

#[test]
fn every_text_exists_in_both_languages() {
    for d in texts::all() {
        assert!(d.text.is_complete(), "step {}", d.id);
        assert_ne!(d.text.en, d.text.ja, "step {}", d.id);
    }
    for n in texts::Note::ALL {
        assert!(n.text().is_complete(), "{n:?}");
    }
    for s in SCREENS.iter() {
        assert!(s.name.is_complete(), "screen {}", s.key);
    }
    for j in all_journeys() {
        assert!(j.title().is_complete());
        for s in &j.steps {
            assert!(s.text.is_complete(), "{}: {}", j.id, s.id);
        }
        for lang in Lang::ALL {
            assert!(!journey::journeys_markdown(std::slice::from_ref(&j), &[], lang).is_empty());
        }
    }
}

#[test]
fn every_kind_of_step_has_its_own_definition_and_stable_ids_are_unique_per_journey() {
    assert_eq!(texts::all().count(), Kind::ALL.len());
    for j in all_journeys() {
        let ids: BTreeSet<&str> = j.steps.iter().map(|s| s.id.as_ref()).collect();
        assert_eq!(ids.len(), j.steps.len(), "{}: a step id repeats", j.id);
        assert_eq!(j.summary.steps, j.steps.len());
    }
}

/// Every field a step or a hidden screen points at is in the profile's input.
#[test]
fn steps_point_at_fields_that_exist_in_the_input() {
    for name in fixture_names() {
        let out = run(&name);
        for j in &out.journeys {
            let o = &out.objects[j.object.unwrap()];
            let text = &out.inputs[o.input].1;
            let pointers = j
                .steps
                .iter()
                .filter_map(|s| s.pointer.as_ref())
                .chain(j.not_shown.iter().filter_map(|n| n.pointer.as_ref()));
            for p in pointers {
                let abs = o.absolute_pointer(p);
                assert!(locate(text, &abs).is_some(), "{name}: {} points at {abs}, which is not in the input", j.id);
            }
        }
    }
}

fn step<'a>(j: &'a Journey, id: &str) -> &'a ade_advisor::engine::journey::Step {
    j.steps.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("{}: no step {id}", j.id))
}

fn ids(j: &Journey) -> Vec<&str> {
    j.steps.iter().map(|s| s.id.as_ref()).collect()
}

#[test]
fn modern_authentication_signs_in_twice_and_registers_at_the_company_portal_sign_in() {
    let j = journey::for_method(Method::SetupAssistantModern, RequirementSet::EMPTY);
    let ids = ids(&j);
    let at = |id: &str| ids.iter().position(|s| *s == id).unwrap();
    assert!(at("wifi") < at("remote-management") && at("remote-management") < at("sign-in"));
    assert!(at("sign-in") < at("enrolled") && at("enrolled") < at("home-screen"));
    assert!(at("await-final-configuration") < at("home-screen"));
    assert_eq!(j.summary.sign_ins, 2);
    assert_eq!(j.summary.mfa_prompts, 0);
    assert_eq!(j.summary.usable_at, Some(at("home-screen") + 1));
    assert_eq!(j.summary.registered, Registration::At(at("company-portal-sign-in") + 1));
    assert!(j.summary.screens_vary, "the screens the profile shows are one generic step");
    assert_eq!(step(&j, "company-portal-sign-in").note, Some(Note::Jit));
    assert_eq!(step(&j, "await-final-configuration").note, Some(Note::AwaitDefault));
}

#[test]
fn with_mfa_ticked_the_sign_in_shows_the_prompt_and_its_caveat() {
    let mfa: RequirementSet = [Requirement::Mfa].into_iter().collect();
    let j = journey::for_method(Method::SetupAssistantModern, mfa);
    let s = step(&j, "sign-in");
    assert!(s.mfa && s.sign_in());
    let note = s.note.unwrap().text();
    assert!(note.en.contains("Temporary Access Pass") && note.ja.contains("一時アクセス パス"));
    assert!(s.sources.contains(&"S-LEARN-MFA-ENROLLMENT"));
    assert_eq!(j.summary.mfa_prompts, 1);
    let legacy = journey::for_method(Method::SetupAssistantLegacy, mfa);
    assert_eq!(legacy.summary.mfa_prompts, 0, "legacy cannot ask for MFA");
    let lock: RequirementSet = [Requirement::Mfa, Requirement::LockUntilCompanyPortal].into_iter().collect();
    let cp = journey::for_method(Method::CompanyPortal, lock);
    assert!(ids(&cp).contains(&"company-portal-lock"));
    let sign_in = step(&cp, "company-portal-sign-in");
    assert!(sign_in.mfa && sign_in.usable_here() && sign_in.note == Some(Note::MfaLocked));
}

#[test]
fn legacy_registers_only_when_it_installs_company_portal() {
    let j = journey::for_method(Method::SetupAssistantLegacy, RequirementSet::EMPTY);
    assert_eq!(j.summary.registered, Registration::No);
    assert_eq!(step(&j, "sign-in").order, Order::Typical);
    let reg: RequirementSet = [Requirement::EntraRegistration].into_iter().collect();
    let j = journey::for_method(Method::SetupAssistantLegacy, reg);
    assert!(matches!(j.summary.registered, Registration::At(_)));
    assert!(ids(&j).contains(&"company-portal-opens"));
}

#[test]
fn a_profile_shows_its_own_screens_and_lists_the_hidden_ones() {
    let out = run("modern.json");
    let j = &out.journeys[0];
    let shown: Vec<&str> = j.steps.iter().filter(|s| s.kind == Kind::Screen).map(|s| s.id.as_ref()).collect();
    // Screens newer than the profile's skip list are shown: the list hides only what it names.
    let want =
        ["screen-termsofaddress", "screen-appleid", "screen-tos", "screen-simsetup", "screen-devicefeaturestour"];
    assert_eq!(shown, want, "only the screens the profile shows, the early one first");
    assert_eq!(j.steps[2].id, "screen-termsofaddress", "Terms of Address comes before the configuration arrives");
    assert_eq!(step(j, "screen-appleid").pointer.as_deref(), Some("/appleIdDisabled"));
    let passcode = j.not_shown.iter().find(|n| n.id == "screen-passcode").unwrap();
    assert_eq!(passcode.why, Why::Hidden);
    assert_eq!(passcode.pointer.as_deref(), Some("/enabledSkipKeys/0"), "a listed key hides the screen");
    assert!(!j.summary.screens_vary);
    assert_eq!(step(j, "await-final-configuration").pointer.as_deref(), Some("/awaitDeviceConfiguredConfirmation"));
    assert_eq!(step(j, "company-portal-install").pointer.as_deref(), Some("/companyPortalVppTokenId"));
    assert_eq!(step(j, "remote-management").pointer.as_deref(), Some("/supportDepartment"));
    assert_eq!(step(j, "sign-in").pointer.as_deref(), Some("/configurationWebUrl"));
}

/// A Graph export with the screens' booleans but no skip-key list says nothing about the
/// screens added since 2024: they are named as not set, not guessed.
#[test]
fn screens_a_profile_does_not_set_are_named_not_guessed() {
    let out = run("booleans-only.json");
    let j = &out.journeys[0];
    let s = step(j, "screens-not-set");
    assert!(s.text.en.contains("Terms of Address") && s.text.en.contains("Device features tour"), "{}", s.text.en);
    assert!(s.text.ja.contains("呼びかけ方"), "{}", s.text.ja);
    assert!(!s.text.en.contains("Apple ID"), "Apple ID is set by its boolean");
    assert!(j.steps.iter().any(|s| s.id == "screen-appleid"));
}

#[test]
fn a_profile_that_hides_every_screen_shows_none_and_names_an_unknown_key() {
    let out = run("hide-all.json");
    let j = &out.journeys[0];
    assert!(j
        .steps
        .iter()
        .all(|s| !matches!(s.kind, Kind::Screen | Kind::UnknownScreen | Kind::Panes | Kind::PanesUnstated)));
    for s in SCREENS.iter() {
        assert!(j.not_shown.iter().any(|n| n.id == s.step_id()), "{} is listed as not shown", s.key);
    }
    let unknown = j.not_shown.iter().find(|n| n.id == "screen-futurescreen2027").unwrap();
    assert_eq!(unknown.why, Why::HiddenUnknown);
    assert_eq!(unknown.name.en, "FutureScreen2027", "an unknown key shows by its name");
    assert_eq!(journey::render::why_label(unknown.why, Lang::En), "hidden (unknown screen)");
    let early = j.not_shown.iter().find(|n| n.id == "screen-termsofaddress").unwrap();
    assert!(early.may_appear, "Terms of Address can appear before the configuration arrives");
}

#[test]
fn a_settings_catalog_policy_shows_the_screens_set_to_show() {
    let out = run("settings-catalog.json");
    let j = &out.journeys[0];
    assert_eq!(j.id, "setup-assistant-modern");
    let shown: Vec<&str> = j.steps.iter().filter(|s| s.kind == Kind::Screen).map(|s| s.id.as_ref()).collect();
    assert_eq!(shown, ["screen-appleid", "screen-tos", "screen-liquidglass", "screen-devicefeaturestour"]);
    assert_eq!(step(j, "screen-liquidglass").ios, "27.0", "the iOS version a screen appeared in");
    assert!(step(j, "screen-appleid").pointer.as_deref().is_some_and(|p| p.ends_with("/choiceSettingValue/value")));
    let voice = j.not_shown.iter().find(|n| n.id == "screen-voiceselection").unwrap();
    assert_eq!(voice.why, Why::HiddenUnknown);
    assert!(j.steps.iter().all(|s| s.kind != Kind::PanesUnstated), "every screen is set");
    assert!(step(j, "await-final-configuration").pointer.is_some());
}

#[test]
fn shared_ipad_skips_every_screen_after_activation() {
    let out = run("shared-ipad.json");
    let j = &out.journeys[0];
    assert_eq!(j.id, "shared-ipad");
    assert_eq!(ids(j), ["power-on", "language", "quick-start", "wifi", "shared-ipad-skip", "shared-ipad-sign-in"]);
    assert!(j.not_shown.is_empty(), "Shared iPad ignores Show and Hide");
    assert_eq!(step(j, "shared-ipad-skip").note, Some(Note::SharedIpad));
    assert_eq!(j.summary.sign_ins, 1);
    assert_eq!(j.summary.usable_at, Some(6));
    let temp = run("shared-ipad-temporary.json");
    let s = step(&temp.journeys[0], "shared-ipad-guest");
    assert_eq!(s.pointer.as_deref(), Some("/forceTemporarySession"));
    assert!(!s.sign_in());
}

#[test]
fn entra_shared_device_mode_has_no_sign_in_during_setup() {
    let out = run("entra-shared-mode.json");
    let j = &out.journeys[0];
    assert_eq!(j.id, "entra-shared-device-mode");
    let ids = ids(j);
    let at = |id: &str| ids.iter().position(|s| *s == id).unwrap();
    assert!(at("home-screen") < at("authenticator") && at("authenticator") < at("shared-sign-in"));
    assert!(j.steps[..at("home-screen")].iter().all(|s| !s.sign_in()));
    assert_eq!(j.summary.registered, Registration::NotStated);
    assert!(step(j, "await-final-configuration").pointer.is_some(), "the profile turns it on");
    assert!(ids.contains(&"screen-appleid") && !ids.contains(&"screen-tos"), "the skip list decides");
}

#[test]
fn just_in_time_registration_replaces_the_company_portal_sign_in() {
    let out = run("modern-jit.json");
    let j = &out.journeys[0];
    assert!(j.jit);
    let ids = ids(j);
    assert!(ids.contains(&"jit-sign-in") && ids.contains(&"single-sign-on"));
    assert!(!ids.contains(&"company-portal-sign-in"));
    assert_eq!(j.summary.registered, Registration::At(ids.iter().position(|s| *s == "jit-sign-in").unwrap() + 1));
    assert_eq!(j.summary.mfa_prompts, 1);
}

#[test]
fn without_a_vpp_token_company_portal_asks_for_an_apple_id() {
    let out = run("modern-no-vpp.json");
    let j = &out.journeys[0];
    let s = step(j, "company-portal-install");
    assert!(s.sign_in() && s.actor == Actor::User);
    assert_eq!(j.summary.sign_ins, 3);
    assert!(step(j, "await-final-configuration").note.is_some(), "await not set: the default is said");
}

#[test]
fn apple_dep_profiles_and_unknown_methods() {
    let out = run("apple-dep.json");
    let j = &out.journeys[0];
    assert_eq!(j.id, "setup-assistant-modern");
    let zoom = j.not_shown.iter().find(|n| n.id == "screen-zoom").unwrap();
    assert_eq!(zoom.pointer.as_deref(), Some("/skip_setup_items/5"));
    // Retired screens the profile would show are listed as retired, not as steps.
    let display_tone = j.not_shown.iter().find(|n| n.id == "screen-displaytone").unwrap();
    assert_eq!(display_tone.why, Why::Retired("15"));
    assert!(j.steps.iter().all(|s| s.id != "screen-displaytone"));
    // A policy without a method has no journey, and nothing else does.
    let t = br##"[{"@odata.type":"#microsoft.graph.deviceManagementConfigurationPolicy","technologies":"enrollment","templateReference":{"templateId":"27d20e9c-50c1-48f8-a44c-f37de4510051_1"},"settings":[]},{"@odata.type":"#microsoft.graph.iosVppApp","bundleId":"com.microsoft.CompanyPortal"}]"##;
    let r = read(&[SourceText { name: "x", bytes: t }]);
    assert!(journey::for_profiles(&r.objects, RequirementSet::EMPTY).is_empty());
}

#[test]
fn the_json_of_a_journey_has_the_documented_keys() {
    let out = run("modern-jit.json");
    let text = journey::journeys_json_text(&out.journeys, &out.objects, Lang::En);
    let v: Value = serde_json::from_str(&text).unwrap();
    let j = &v["journeys"][0]["journey"];
    assert_eq!(v["journeys"][0]["name"], "iPhone (modern, Just-in-Time)");
    assert_eq!(j["id"], "setup-assistant-modern");
    let sign_in = j["steps"].as_array().unwrap().iter().find(|s| s["id"] == "sign-in").unwrap();
    assert_eq!(sign_in["sign_in"], true);
    assert_eq!(sign_in["mfa"], true);
    assert!(sign_in["sources"].as_array().unwrap().iter().any(|s| s == "S-LEARN-IOS-GUIDE"));
    let power = &j["steps"][0];
    assert_eq!(power["id"], "power-on");
    assert!(power.get("sign_in").is_none() && power.get("mfa").is_none(), "flags only where they apply");
    for k in ["steps", "screens", "sign_ins", "mfa_prompts", "waits", "usable_at", "registered", "registered_at"] {
        assert!(j["summary"].get(k).is_some(), "summary.{k}");
    }
    assert_eq!(j["summary"]["mfa_prompts"], 1);
}

/// Every sample and input fixture gets its journeys without a panic, in both languages.
#[test]
fn journeys_of_every_sample_and_input_fixture() {
    let mut files = Vec::new();
    for dir in ["www/samples", "tests/fixtures/input/shapes", "tests/fixtures/input/samples"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
            files.push(std::fs::read(e.path()).unwrap());
        }
    }
    let sources: Vec<SourceText> = files.iter().map(|b| SourceText { name: "f", bytes: b }).collect();
    let r = read(&sources);
    let all: RequirementSet = Requirement::ALL.into_iter().collect();
    for reqs in [RequirementSet::EMPTY, all] {
        let js = journey::for_profiles(&r.objects, reqs);
        assert!(js.len() >= 10, "{}", js.len());
        for lang in Lang::ALL {
            assert!(!journey::journeys_text(&js, &r.objects, lang).is_empty());
        }
    }
}
