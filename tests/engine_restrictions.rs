//! Restrictions in both formats: settings-catalog restrictions policies (Apple's
//! Restrictions payload, `com.apple.applicationaccess_*`) are read as restrictions in every
//! shape the tool accepts, feed the same rules as the template profile with severities that
//! follow the effect, and the article's checklist says which kind of profile it read.
#![cfg(not(target_arch = "wasm32"))] // native only: files

use ade_advisor::engine::classify::catalog;
use ade_advisor::engine::click_paths;
use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::{Kind, Object};
use ade_advisor::engine::report::{Format, RenderOptions, Report};
use ade_advisor::engine::rules::{
    checklist, run, CheckStatus, Checklist, Finding, RestrictionsFormat, RuleContext, Severity,
};
use ade_advisor::engine::{analyze, read, Options};
use serde_json::{json, Value};
use std::path::Path;
use std::rc::Rc;

fn fixture(rule: &str, file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules").join(rule).join(file);
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

fn read_values(values: &[Value]) -> Rc<Vec<Object>> {
    let texts: Vec<Vec<u8>> = values.iter().map(|v| serde_json::to_vec(v).unwrap()).collect();
    let names: Vec<String> = (0..values.len()).map(|i| format!("in{i}.json")).collect();
    let sources: Vec<SourceText> = texts.iter().zip(&names).map(|(b, n)| SourceText { name: n, bytes: b }).collect();
    let r = read(&sources);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.objects
}

/// A profile that uses the Company Portal method, so that the checklist is shown.
fn company_portal_profile() -> Value {
    fixture("company-portal-app-vanishes", "fires-single-app-mode.json")
}

fn checklist_of(values: &[Value]) -> (Checklist, Vec<Finding>) {
    let objects = read_values(values);
    let findings = run(&RuleContext::new(&objects));
    (checklist(&objects, &findings, false).expect("a Company Portal profile was pasted"), findings)
}

fn item<'c>(c: &'c Checklist, id: &str) -> &'c ade_advisor::engine::rules::ChecklistItem {
    c.items.iter().find(|i| i.id == id).unwrap()
}

const RESTRICTION_CHECKS: [&str; 3] =
    ["company-portal-hidden", "app-ratings-restricted", "books-explicit-content-blocked"];

#[test]
fn settings_catalog_restrictions_are_recognised_in_every_shape() {
    let shapes = [
        ("graph entity", fixture("company-portal-hidden", "fires-catalog-blocked-list.json")),
        ("intunecd", fixture("company-portal-hidden", "fires-catalog-intunecd.json")),
        ("powershell", fixture("company-portal-hidden", "fires-catalog-powershell.json")),
    ];
    for (shape, v) in shapes {
        let objects = read_values(&[v]);
        assert_eq!(objects.len(), 1, "{shape}");
        assert_eq!(objects[0].kind, Kind::IosDeviceRestrictions, "{shape}");
        assert_eq!(RestrictionsFormat::of(&objects[0]), RestrictionsFormat::SettingsCatalog, "{shape}");
    }
    // A Graph list: the iOS policy is restrictions; the macOS one (same setting ids) is not.
    let objects = read_values(&[fixture("app-ratings-restricted", "fires-catalog-graph-list.json")]);
    let kinds: Vec<Kind> = objects.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, [Kind::IosDeviceRestrictions, Kind::Unknown]);
    // The template profile stays a template.
    let objects = read_values(&[fixture("app-ratings-restricted", "fires.json")]);
    assert_eq!(RestrictionsFormat::of(&objects[0]), RestrictionsFormat::Template);
}

#[test]
fn only_ios_mdm_policies_with_restriction_settings_are_restrictions() {
    let setting = |def: &str, value: &str| {
        json!({"settingInstance": {
            "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
            "settingDefinitionId": def,
            "choiceSettingValue": {"value": value, "children": []}}})
    };
    let policy = |platforms: Option<&str>, technologies: Option<&str>, def: &str| {
        let mut p = json!({"name": "p", "settings": [setting(def, &format!("{def}_false"))]});
        if let Some(v) = platforms {
            p["platforms"] = json!(v);
        }
        if let Some(v) = technologies {
            p["technologies"] = json!(v);
        }
        p
    };
    let camera = "com.apple.applicationaccess_allowcamera";
    let kind = |v: Value| read_values(&[v])[0].kind;
    assert_eq!(kind(policy(Some("iOS"), Some("mdm"), camera)), Kind::IosDeviceRestrictions);
    assert_eq!(kind(policy(Some("iOS"), Some("mdm,appleRemoteManagement"), camera)), Kind::IosDeviceRestrictions);
    assert_eq!(kind(policy(None, None, camera)), Kind::IosDeviceRestrictions, "a bare settings list");
    assert_eq!(kind(policy(Some("macOS"), Some("mdm"), camera)), Kind::Unknown);
    assert_eq!(kind(policy(Some("iOS"), Some("enrollment"), camera)), Kind::Unknown);
    assert_eq!(kind(policy(Some("iOS"), Some("mdm"), "com.apple.wifi.managed_autojoin")), Kind::Unknown);
}

#[test]
fn the_walk_reads_simple_collections_and_points_at_each_value_and_its_instance() {
    let objects = read_values(&[fixture("company-portal-hidden", "fires-catalog-blocked-list.json")]);
    let values = catalog::choices(&objects[0]);
    let blocked: Vec<_> =
        values.iter().filter(|c| c.definition == "com.apple.applicationaccess_blockedappbundleids").collect();
    assert_eq!(blocked.len(), 2);
    let base = "/settings/0/settingInstance/groupSettingCollectionValue/0/children/1";
    assert_eq!(blocked[1].value.as_str(), Some("com.microsoft.CompanyPortal"));
    assert_eq!(blocked[1].pointer, format!("{base}/simpleSettingCollectionValue/1/value"));
    assert_eq!(blocked[1].instance, base);
    let camera = values.iter().find(|c| c.definition == "com.apple.applicationaccess_allowcamera").unwrap();
    assert_eq!(camera.option().as_deref(), Some("true"));
    // The PowerShell shape: the same values through the AdditionalProperties bag.
    let objects = read_values(&[fixture("company-portal-hidden", "fires-catalog-powershell.json")]);
    let values = catalog::choices(&objects[0]);
    assert_eq!(values.len(), 1);
    assert_eq!(
        values[0].pointer,
        "/Settings/0/SettingInstance/AdditionalProperties/groupSettingCollectionValue/0/children/0/simpleSettingCollectionValue/0/value"
    );
}

fn findings_of(rule: &str, file: &str) -> Vec<Finding> {
    let objects = read_values(&[fixture(rule, file)]);
    run(&RuleContext::new(&objects)).into_iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn severity_follows_the_effect_of_the_setting() {
    let severities =
        |rule: &str, file: &str| -> Vec<Severity> { findings_of(rule, file).iter().map(|f| f.severity).collect() };
    // Company Portal hidden: it cannot be opened at all.
    for file in [
        "fires-catalog-blocked-list.json",
        "fires-catalog-allow-list-without-company-portal.json",
        "fires-hidden-list.json",
        "fires-visible-list-without-company-portal.json",
    ] {
        assert_eq!(severities("company-portal-hidden", file), [Severity::Error], "{file}");
    }
    // Don't allow apps: an error in both formats; an age limit: the article's warning.
    let r = "app-ratings-restricted";
    assert_eq!(severities(r, "fires-catalog-none.json"), [Severity::Error]);
    assert_eq!(severities(r, "fires-template-dont-allow-apps.json"), [Severity::Error]);
    assert_eq!(severities(r, "fires-catalog-age-limit.json"), [Severity::Warning]);
    assert_eq!(severities(r, "fires.json"), [Severity::Warning]);
    // A value the definitions do not name: unknown, not guessed.
    assert_eq!(severities(r, "fires-catalog-unknown-value.json"), [Severity::Info]);
    assert_eq!(severities(r, "fires-template-undocumented-value.json"), [Severity::Info]);
    assert_eq!(severities("books-explicit-content-blocked", "fires-catalog-unknown-value.json"), [Severity::Info]);
}

#[test]
fn company_portal_in_the_exemption_list_lifts_an_age_limit_but_not_a_none() {
    assert!(findings_of("app-ratings-restricted", "passes-catalog-company-portal-exempted.json").is_empty());
    let mut none = fixture("app-ratings-restricted", "passes-catalog-company-portal-exempted.json");
    let value = "/settings/0/settingInstance/groupSettingCollectionValue/0/children/0/choiceSettingValue/children/0/choiceSettingValue/value";
    *none.pointer_mut(value).unwrap() = json!("com.apple.applicationaccess_ratingappsjp_0");
    let objects = read_values(&[none]);
    let f: Vec<Finding> =
        run(&RuleContext::new(&objects)).into_iter().filter(|f| f.rule == "app-ratings-restricted").collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].pointer, value);
    assert!(
        f[0].message.en.contains("neither Microsoft nor Apple says whether the exemption lifts None"),
        "{}",
        f[0].message.en
    );
    assert!(f[0].message.ja.contains("Rating Apps Exempted Bundle IDs"), "{}", f[0].message.ja);
}

#[test]
fn an_age_limit_suggests_exempting_company_portal_in_the_settings_catalog() {
    let f = findings_of("app-ratings-restricted", "fires-catalog-age-limit.json");
    assert!(
        f[0].fix.en.starts_with("Add com.microsoft.CompanyPortal to Rating Apps Exempted Bundle IDs"),
        "{}",
        f[0].fix.en
    );
    assert!(f[0].fix.en.contains(click_paths::RESTRICTIONS_CATALOG.text.en));
    assert!(f[0].fix.ja.contains("Rating Apps Exempted Bundle IDs に com.microsoft.CompanyPortal を追加"));
    assert!(f[0].message.en.contains("12+") && f[0].message.en.contains("Rating Apps - Japan"), "{}", f[0].message.en);
    // The template profile has no exemption list: its fix says so and points at its own settings.
    let f = findings_of("app-ratings-restricted", "fires.json");
    assert!(f[0].fix.en.contains("The template profile has no exemption list"), "{}", f[0].fix.en);
    assert!(f[0].fix.en.contains(click_paths::RESTRICTIONS_APP_STORE.text.en));
}

#[test]
fn catalog_findings_point_at_the_setting_and_its_settings_catalog_path() {
    let f = findings_of("company-portal-hidden", "fires-catalog-allow-list-without-company-portal.json");
    assert_eq!(f[0].pointer, "/settings/0/settingInstance/groupSettingCollectionValue/0/children/0");
    let f = findings_of("company-portal-hidden", "fires-catalog-intunecd.json");
    assert_eq!(
        f[0].pointer,
        "/settings/0/settingInstance/groupSettingCollectionValue/0/children/0/simpleSettingCollectionValue/0/value"
    );
    for (rule, file) in [
        ("company-portal-hidden", "fires-catalog-blocked-list.json"),
        ("app-ratings-restricted", "fires-catalog-none.json"),
        ("books-explicit-content-blocked", "fires-catalog-explicit-content.json"),
        ("books-explicit-content-blocked", "fires-catalog-book-store-off.json"),
    ] {
        for x in findings_of(rule, file) {
            assert!(x.fix.en.contains(click_paths::RESTRICTIONS_CATALOG.text.en), "{file}: {}", x.fix.en);
            assert!(x.fix.ja.contains(click_paths::RESTRICTIONS_CATALOG.text.ja), "{file}: {}", x.fix.ja);
            assert!(!x.fix.en.contains("Show or hide apps"), "{file}: the template's settings are not named");
        }
    }
}

#[test]
fn the_checklist_reads_a_settings_catalog_policy_and_says_so() {
    let (c, _) = checklist_of(&[
        company_portal_profile(),
        fixture("company-portal-hidden", "passes-catalog-allow-list-with-company-portal.json"),
    ]);
    for id in RESTRICTION_CHECKS {
        let i = item(&c, id);
        assert_eq!(i.status, CheckStatus::Passed { checked: 1 }, "{id}");
        assert_eq!(i.read, [RestrictionsFormat::SettingsCatalog], "{id}");
        assert_eq!(i.click_path, click_paths::RESTRICTIONS_CATALOG.text, "{id}");
        let read = i.read_text().unwrap();
        assert_eq!((read.en.as_ref(), read.ja.as_ref()), ("Read from: settings catalog", "確認した形式: 設定カタログ"));
    }
    let uninstall = item(&c, "company-portal-uninstall-assignment");
    assert!(uninstall.read.is_empty() && uninstall.read_text().is_none());

    let (c, findings) =
        checklist_of(&[company_portal_profile(), fixture("company-portal-hidden", "fires-catalog-blocked-list.json")]);
    match &item(&c, "company-portal-hidden").status {
        CheckStatus::Problem { findings: idx } => {
            assert!(idx.iter().all(|i| findings[*i].rule == "company-portal-hidden"))
        }
        s => panic!("{s:?}"),
    }
    assert_eq!(item(&c, "company-portal-hidden").read, [RestrictionsFormat::SettingsCatalog]);
}

#[test]
fn the_checklist_stays_not_checked_without_restrictions_and_names_both_kinds_when_both_were_read() {
    let (c, _) = checklist_of(&[company_portal_profile()]);
    for id in RESTRICTION_CHECKS {
        let i = item(&c, id);
        assert_eq!(i.status, CheckStatus::NotChecked, "{id}");
        assert!(i.read.is_empty() && i.read_text().is_none(), "{id}");
        assert!(i.hint.en.contains("settings catalog restrictions policy"), "{}", i.hint.en);
        assert!(i.hint.ja.contains("設定カタログの制限ポリシー"), "{}", i.hint.ja);
        assert!(i.click_path.en.contains(click_paths::RESTRICTIONS_CATALOG.text.en), "{id}: either path");
    }
    let (c, _) = checklist_of(&[
        company_portal_profile(),
        fixture("app-ratings-restricted", "passes.json"),
        fixture("app-ratings-restricted", "passes-catalog-all.json"),
    ]);
    let i = item(&c, "app-ratings-restricted");
    assert_eq!(i.status, CheckStatus::Passed { checked: 2 });
    assert_eq!(i.read, [RestrictionsFormat::Template, RestrictionsFormat::SettingsCatalog]);
    assert_eq!(i.read_text().unwrap().en, "Read from: template, settings catalog");
    assert_eq!(i.click_path, click_paths::RESTRICTIONS_APP_STORE_OR_CATALOG.text);
    // The template alone keeps the template's path.
    let (c, _) = checklist_of(&[company_portal_profile(), fixture("app-ratings-restricted", "passes.json")]);
    assert_eq!(item(&c, "app-ratings-restricted").read, [RestrictionsFormat::Template]);
    assert_eq!(item(&c, "app-ratings-restricted").click_path, click_paths::RESTRICTIONS_APP_STORE.text);
}

#[test]
fn an_unknown_value_makes_its_check_unsure_not_passed_nor_a_problem() {
    let (c, findings) = checklist_of(&[
        company_portal_profile(),
        fixture("app-ratings-restricted", "fires-catalog-unknown-value.json"),
    ]);
    let i = item(&c, "app-ratings-restricted");
    match &i.status {
        CheckStatus::Unsure { findings: idx } => {
            assert!(idx
                .iter()
                .all(|x| findings[*x].rule == "app-ratings-restricted" && findings[*x].severity == Severity::Info))
        }
        s => panic!("{s:?}"),
    }
    assert!(i.hint.en.contains("Microsoft's definitions do not name"), "{}", i.hint.en);
    assert_eq!(item(&c, "company-portal-hidden").status, CheckStatus::Passed { checked: 1 });
}

#[test]
fn every_report_that_shows_the_checklist_says_what_it_read() {
    let inputs_json =
        [company_portal_profile(), fixture("books-explicit-content-blocked", "fires-catalog-explicit-content.json")];
    let texts: Vec<Vec<u8>> = inputs_json.iter().map(|v| serde_json::to_vec(v).unwrap()).collect();
    let inputs: Vec<SourceText> = texts.iter().map(|b| SourceText { name: "in.json", bytes: b }).collect();
    let a = analyze(&inputs, Options::default());
    let report = |format, lang| Report::new(&a, &inputs, lang).render(format, RenderOptions::default());
    let json: Value = serde_json::from_str(&report(Format::Json, Lang::En)).unwrap();
    let items = json["checklist"]["items"].as_array().unwrap();
    let read: Vec<&Value> = items.iter().map(|i| &i["read"]).collect();
    assert_eq!(
        read,
        [&json!(["settings-catalog"]), &json!([]), &json!(["settings-catalog"]), &json!(["settings-catalog"])]
    );
    assert_eq!(items[3]["status"], "problem");
    assert_eq!(items[3]["click_path"], click_paths::RESTRICTIONS_CATALOG.text.en);
    for (format, lang, want) in [
        (Format::Text, Lang::En, "Read from: settings catalog"),
        (Format::Text, Lang::Ja, "確認した形式: 設定カタログ"),
        // Markdown escapes the colon like every text it prints.
        (Format::Markdown, Lang::En, "Read from\\: settings catalog"),
        (Format::Markdown, Lang::Ja, "確認した形式\\: 設定カタログ"),
    ] {
        let out = report(format, lang);
        assert_eq!(out.matches(want).count(), 3, "{format:?} {lang:?}:\n{out}");
    }
}
