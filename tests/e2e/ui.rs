//! End-to-end tests of the analyser page: samples, requirements what-if, broken JSON,
//! file drop, language, share links, export, highlighting, explainer, theme, large input,
//! and screenshots of the main states (screenshots/, git-ignored).

use super::support::server::Server;
use super::support::webdriver::{Driver, Element};
use super::{console_errors, dist, open, shots};
use serde_json::{json, Value};

const EL: &str = "element-6066-11e4-a52e-4f735466cecf";

pub(crate) fn el(e: &Element) -> Value {
    json!({ EL: e.0 })
}

pub(crate) fn setup() -> (Server, Driver) {
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    open(&d, &server);
    (server, d)
}

pub(crate) fn no_console_errors(d: &Driver) {
    let errors = console_errors(d);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

pub(crate) fn set_select(d: &Driver, css: &str, value: &str) {
    let e = d.wait_for(css);
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![el(&e), json!(value)],
    );
}

pub(crate) fn load_sample(d: &Driver, id: &str) {
    set_select(d, "#sample-select", id);
}

/// Puts text in the paste area as one input event (as a paste does).
pub(crate) fn paste(d: &Driver, text: &str) {
    let e = d.wait_for("#json-input");
    d.exec(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new InputEvent('input', {bubbles:true}))",
        vec![el(&e), json!(text)],
    );
}

pub(crate) fn text_of(d: &Driver, css: &str) -> String {
    d.find(css).map(|e| d.text(&e)).unwrap_or_default()
}

pub(crate) fn wait_text(d: &Driver, css: &str, needle: &str) {
    d.wait_until(&format!("`{css}` contains {needle:?}"), |d| text_of(d, css).contains(needle));
}

fn rules_shown(d: &Driver) -> Vec<String> {
    d.exec("return [...document.querySelectorAll('#results .finding')].map(f => f.dataset.rule)", vec![])
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

pub(crate) fn scroll_to(d: &Driver, css: &str) {
    let e = d.wait_for(css);
    d.exec("arguments[0].scrollIntoView({block:'start'})", vec![el(&e)]);
}

pub(crate) fn click(d: &Driver, css: &str) {
    let e = d.wait_for(css);
    d.exec("arguments[0].scrollIntoView({block:'center'})", vec![el(&e)]);
    d.click(&e);
}

#[test]
fn each_sample_shows_its_method_and_key_findings() {
    let (_s, d) = setup();
    let cases: [(&str, &str, &[&str]); 5] = [
        ("legacy", "Setup Assistant (legacy)", &["legacy-setup-assistant"]),
        ("company-portal", "Company Portal", &["company-portal-app-vanishes", "single-app-mode-mfa"]),
        ("modern", "Setup Assistant with modern authentication", &["modern-auth-without-jit"]),
        ("settings-catalog", "Setup Assistant with modern authentication", &["modern-auth-without-jit"]),
        (
            "restrictions",
            "Company Portal",
            &["company-portal-hidden", "app-ratings-restricted", "books-explicit-content-blocked"],
        ),
    ];
    for (id, method, rules) in cases {
        load_sample(&d, id);
        d.wait_until(&format!("sample {id} analysed"), |d| {
            text_of(d, "#results .method-name") == method && rules.iter().all(|r| rules_shown(d).iter().any(|x| x == r))
        });
        assert!(d.find("#parse-errors").is_none(), "{id}: no parse errors");
        let value = d.prop(&d.find("#json-input").unwrap(), "value");
        assert!(value.as_str().unwrap_or_default().contains("@odata.type"), "{id}: sample text in the textarea");
        if id == "company-portal" {
            d.screenshot(&shots().join("sample-company-portal.png"));
            // Counts at the top: two warnings.
            assert_eq!(d.attr(&d.find("#counts .count.warning").unwrap(), "data-count").as_deref(), Some("2"));
        }
        if id == "settings-catalog" {
            assert!(text_of(&d, "#results .object-card .kind").contains("Enrollment policy"));
        }
        if id == "restrictions" {
            // The article's checklist: three problems, the uninstall check not checked.
            wait_text(&d, "#checklist", "Checklist");
            let status = |check: &str| {
                d.find(&format!("#checklist [data-check='{check}']")).and_then(|e| d.attr(&e, "data-status"))
            };
            assert_eq!(status("company-portal-hidden").as_deref(), Some("problem"));
            assert_eq!(status("app-ratings-restricted").as_deref(), Some("problem"));
            assert_eq!(status("books-explicit-content-blocked").as_deref(), Some("problem"));
            assert_eq!(status("company-portal-uninstall-assignment").as_deref(), Some("not-checked"));
            scroll_to(&d, "#checklist");
            d.screenshot(&shots().join("checklist.png"));
        }
    }
    load_sample(&d, "broken");
    wait_text(&d, "#parse-errors", "broken.json, line 5, column 3");
    assert!(text_of(&d, "#parse-errors").contains("\"enableAuthenticationViaCompanyPortal\": false,"), "excerpt shown");
    no_console_errors(&d);
}

#[test]
fn ticking_requirements_changes_the_recommendation() {
    let (_s, d) = setup();
    wait_text(&d, "#recommendation", "Tick at least one requirement");
    click(&d, "#req-mfa");
    wait_text(&d, "#rec-verdict", "Recommended: Setup Assistant with modern authentication");
    let fits = |m: &str| {
        d.find(&format!("#recommendation .method-fit[data-method='{m}']"))
            .and_then(|e| d.attr(&e, "class"))
            .unwrap_or_default()
    };
    assert!(fits("setup-assistant-legacy").contains("no-fit"));
    assert!(fits("company-portal").contains("fits") && !fits("company-portal").contains("no-fit"));
    d.screenshot(&shots().join("requirements-mfa.png"));

    click(&d, "#req-lock-until-company-portal");
    wait_text(&d, "#rec-verdict", "Recommended: Company Portal");

    // The .p7m token (legacy only) conflicts with MFA: no method fits, conflicts and
    // resolutions are shown.
    click(&d, "#req-apple-p7m-token");
    wait_text(&d, "#rec-verdict", "No method meets every requirement");
    assert!(d.find("#recommendation .conflicts li").is_some(), "conflicts listed");
    assert!(d.find("#recommendation .resolutions li").is_some(), "resolutions listed");
    d.screenshot(&shots().join("requirements-conflict.png"));

    // The "?" explanation opens.
    click(&d, "tr[data-requirement='mfa'] summary");
    assert!(d.find("tr[data-requirement='mfa'] details[open] .req-help").is_some());

    // A pasted legacy profile is checked against the requirements.
    click(&d, "#req-clear");
    wait_text(&d, "#recommendation", "Tick at least one requirement");
    load_sample(&d, "legacy");
    wait_text(&d, "#results .fit", "Tick requirements");
    click(&d, "#req-mfa");
    wait_text(&d, "#results .fit", "Misses");
    assert!(rules_shown(&d).iter().any(|r| r == "requirement-not-met"));
    // The table highlights the profile's column and the required row.
    assert!(d.find("table.comparison th.profile-method[data-method='setup-assistant-legacy']").is_some());
    assert!(d.find("table.comparison tr.required[data-requirement='mfa']").is_some());
    no_console_errors(&d);
}

/// Issue 24 §2 and §5: a Company Portal profile whose paste does not show single-app mode
/// neither meets nor misses the lock (the page says it cannot tell, and what to check); with
/// it off, the lock is missed. An app configuration policy for Company Portal is its own
/// kind, and next to a modern-authentication profile it is flagged.
#[test]
fn the_lock_follows_single_app_mode_and_an_app_configuration_policy_is_recognised() {
    let (_s, d) = setup();
    let profile = |sam: &str| {
        format!(
            r##"{{"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Company Portal iPads",
            "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true, "configurationWebUrl": false,
            "companyPortalVppTokenId": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12"{sam}}}"##
        )
    };
    paste(&d, &profile(""));
    wait_text(&d, "#results .method-name", "Company Portal");
    click(&d, "#req-lock-until-company-portal");
    wait_text(&d, "#results .fit [data-unknown]", "Cannot tell from this input");
    let unknown = d.exec(
        "return [...document.querySelectorAll('#results .fit [data-unknown] li')].map(li => li.dataset.requirement)",
        vec![],
    );
    assert_eq!(unknown, json!(["lock-until-company-portal"]));
    wait_text(&d, "#results .fit .fix", "Run Company Portal in Single App Mode until authentication");
    assert!(!rules_shown(&d).iter().any(|r| r == "requirement-not-met"));
    scroll_to(&d, "#results .fit");
    d.screenshot(&shots().join("company-portal-lock-unknown.png"));
    paste(&d, &profile(r#", "enableSingleAppEnrollmentMode": false"#));
    wait_text(&d, "#results .fit", "Misses");
    assert!(rules_shown(&d).iter().any(|r| r == "requirement-not-met"));

    let xml = "<dict><key>IntuneCompanyPortalEnrollmentAfterUDA</key><dict/></dict>";
    paste(
        &d,
        &format!(
            r##"[{{"@odata.type": "#microsoft.graph.iosMobileAppConfiguration", "displayName": "Company Portal app config",
            "targetedMobileApps": ["9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"], "encodedSettingXml": "{xml}", "settings": []}},
            {{"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Modern iPhones",
            "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": false, "configurationWebUrl": true}}]"##
        ),
    );
    wait_text(&d, "#results .object-card .kind", "App configuration policy (iOS/iPadOS, managed devices)");
    assert!(rules_shown(&d).iter().any(|r| r == "company-portal-app-config-conflict"));
    // Its long key names wrap on a phone.
    d.set_window_size(390, 844);
    d.wait_until("reflowed", |d| d.exec("return window.innerWidth", vec![]).as_f64().unwrap_or(0.0) <= 400.0);
    let overflow = d.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]);
    assert!(overflow.as_f64().unwrap_or(1.0) <= 0.0, "the page scrolls sideways by {overflow}px");
    no_console_errors(&d);
}

#[test]
fn a_legacy_profile_that_installs_company_portal_meets_registration_in_practice() {
    let (_s, d) = setup();
    paste(
        &d,
        r##"{"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Legacy with Company Portal",
            "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": false, "configurationWebUrl": false,
            "requireCompanyPortalOnSetupAssistantEnrolledDevices": true, "companyPortalVppTokenId": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12"}"##,
    );
    wait_text(&d, "#results .method-name", "legacy");
    // Registration and installation without Apple IDs: met through the Company Portal
    // this profile installs (N1, N2), so the profile meets them and no error is reported.
    click(&d, "#req-entra-registration");
    click(&d, "#req-company-portal-vpp");
    wait_text(&d, "#results .fit", "Meets every requirement you ticked");
    let met = d.exec(
        "return [...document.querySelectorAll('#results .fit [data-in-practice] li')].map(li => li.dataset.requirement)",
        vec![],
    );
    assert_eq!(met, json!(["entra-registration", "company-portal-vpp"]));
    wait_text(&d, "#results .fit [data-in-practice]", "Met in practice");
    assert!(!rules_shown(&d).iter().any(|r| r == "requirement-not-met"));
    scroll_to(&d, "#results .fit");
    d.screenshot(&shots().join("legacy-in-practice.png"));
    // Keeping devices out of Entra ID is what this profile misses: the fix keeps legacy
    // and turns "Install Company Portal" off.
    click(&d, "#req-clear");
    click(&d, "#req-no-entra-registration");
    wait_text(&d, "#results .fit", "Misses");
    wait_text(&d, "#results .fit .fix", "set \"Install Company Portal\" to No");
    assert!(rules_shown(&d).iter().any(|r| r == "requirement-not-met"));
    // In Japanese too.
    set_select(&d, "#lang-select", "ja");
    wait_text(&d, "#results .fit .fix", "「ポータル サイトのインストール」を「いいえ」");
    no_console_errors(&d);
}

#[test]
fn typing_broken_json_shows_line_and_column_and_keeps_the_text() {
    let (_s, d) = setup();
    let area = d.wait_for("#json-input");
    d.click(&area);
    d.send_keys(&area, "{\n  \"displayName\": \"A\"\n  \"requiresUserAuthentication\": true\n}");
    wait_text(&d, "#parse-errors", "pasted, line 3, column 3");
    // The analysis re-rendered the page without taking the focus from the paste area.
    assert_eq!(d.exec("return document.activeElement && document.activeElement.id", vec![]), json!("json-input"));
    wait_text(&d, "#input .inline-error", "line 3, column 3");
    assert!(d.find("#parse-errors pre.excerpt").is_some());
    let value = d.prop(&area, "value");
    assert!(value.as_str().unwrap_or_default().contains("requiresUserAuthentication"), "the text stays: {value}");
    // The error sits above the results.
    let above = d.exec(
        "return document.querySelector('#parse-errors').compareDocumentPosition(document.querySelector('#results')) & Node.DOCUMENT_POSITION_FOLLOWING",
        vec![],
    );
    assert_ne!(above, json!(0));
    // Clicking the position puts the caret there (line 3, column 3 = UTF-16 offset 25).
    click(&d, "#parse-errors .error-pos");
    let start = d.exec("return document.getElementById('json-input').selectionStart", vec![]);
    assert_eq!(start, json!(25));
    d.screenshot(&shots().join("broken-json.png"));
    // Fixing it clears the error.
    paste(&d, "{\"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\", \"displayName\": \"A\", \"requiresUserAuthentication\": true, \"configurationWebUrl\": true}");
    d.wait_until("the error is gone", |d| {
        d.find("#parse-errors").is_none() && text_of(d, "#results .method-name").contains("modern")
    });
    no_console_errors(&d);
}

#[test]
fn dropping_files_analyses_them() {
    let (_s, d) = setup();
    let cp = include_str!("../../www/samples/company-portal-single-app.json");
    let restrictions = r##"{"@odata.type":"#microsoft.graph.iosGeneralDeviceConfiguration","displayName":"Restr","appsVisibilityListType":"appsInListCompliant","appsVisibilityList":[{"name":"Outlook","appId":"com.microsoft.Office.Outlook"}]}"##;
    d.exec(
        "const dt = new DataTransfer();\
         dt.items.add(new File([arguments[0]], 'cp-profile.json', {type: 'application/json'}));\
         dt.items.add(new File([arguments[1]], 'restrictions.json', {type: 'application/json'}));\
         const target = document.querySelector('.app');\
         target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));\
         target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
        vec![json!(cp), json!(restrictions)],
    );
    wait_text(&d, ".input-tabs", "cp-profile.json");
    wait_text(&d, ".input-tabs", "restrictions.json");
    d.wait_until("both files analysed", |d| d.find_all("#results .object-card").len() == 2);
    assert!(rules_shown(&d).iter().any(|r| r == "company-portal-hidden"), "{:?}", rules_shown(&d));
    assert!(d.find(".drop-overlay").is_none(), "the overlay is gone after the drop");
    // Highlighting a finding of the second file switches the textarea to it.
    let f = d.wait_for("#results .finding[data-rule='company-portal-hidden'] .show-in-input");
    d.exec("arguments[0].scrollIntoView({block:'center'})", vec![el(&f)]);
    d.click(&f);
    d.wait_until("the restrictions file is shown", |d| {
        d.prop(&d.find("#json-input").unwrap(), "value").as_str().unwrap_or_default().contains("Restr")
    });
    d.screenshot(&shots().join("dropped-files.png"));
    no_console_errors(&d);
}

#[test]
fn clicking_a_finding_highlights_its_key_and_fields_are_explained() {
    let (_s, d) = setup();
    d.exec("document.documentElement.style.scrollBehavior='auto'", vec![]);
    load_sample(&d, "company-portal");
    click(&d, "#results .finding[data-rule='single-app-mode-mfa'] .show-in-input");
    d.wait_until("the key is selected", |d| {
        d.exec(
            "const t = document.getElementById('json-input'); return document.activeElement === t ? t.value.substring(t.selectionStart, t.selectionEnd) : ''",
            vec![],
        )
        .as_str()
        .unwrap_or_default()
        .contains("enableSingleAppEnrollmentMode")
    });
    // Evidence chip → explainer with the admin-center label in both languages.
    click(&d, "#results .evidence");
    wait_text(&d, "#explainer", "Admin center");
    assert!(
        text_of(&d, "#explainer .field-info").contains("ポータル サイト")
            || text_of(&d, "#explainer .field-info").contains("ユーザー アフィニティ")
    );
    // Clicking a field name inside the textarea explains it.
    d.exec(
        "const t = document.getElementById('json-input'); const i = t.value.indexOf('profileRemovalDisabled') + 3;\
         t.focus(); t.setSelectionRange(i, i); t.dispatchEvent(new MouseEvent('click', {bubbles: true}));",
        vec![],
    );
    wait_text(&d, "#explainer", "Locked enrollment");
    assert!(text_of(&d, "#explainer").contains("ロックされた登録"));
    d.screenshot(&shots().join("explainer.png"));
    // The rule id opens the rules reference entry.
    click(&d, "#results .finding[data-rule='single-app-mode-mfa'] .rule-link");
    d.wait_until("the rule entry is open", |d| d.find("details#rule-single-app-mode-mfa[open]").is_some());
    no_console_errors(&d);
}

#[test]
fn language_switch_translates_the_results() {
    let (_s, d) = setup();
    load_sample(&d, "company-portal");
    wait_text(&d, "#results .method-name", "Company Portal");
    set_select(&d, "#lang-select", "ja");
    wait_text(&d, "#results", "判定結果");
    wait_text(&d, "#results .method-name", "ポータル サイト");
    assert!(
        text_of(&d, "#results .finding").contains("シングル アプリ モード")
            || text_of(&d, "#results").contains("ポータル サイト")
    );
    assert!(text_of(&d, "#privacy").contains("アップロード"));
    click(&d, "#req-mfa");
    wait_text(&d, "#rec-verdict", "先進認証を使用したセットアップ アシスタント");
    d.screenshot(&shots().join("results-ja.png"));
    no_console_errors(&d);
}

#[test]
fn share_link_restores_requirements_and_never_holds_the_input() {
    let (server, d) = setup();
    d.goto(&format!("{}#r=mfa,lock-until-company-portal&lang=ja", server.base));
    d.wait_for_app();
    d.wait_for("#req-mfa");
    wait_text(&d, "#rec-verdict", "ポータル サイト");
    assert_eq!(d.prop(&d.find("#req-mfa").unwrap(), "checked"), json!(true));
    assert_eq!(d.prop(&d.find("#req-lock-until-company-portal").unwrap(), "checked"), json!(true));
    assert_eq!(d.prop(&d.find("#req-wipe").unwrap(), "checked"), json!(false));
    assert_eq!(d.exec("return document.documentElement.lang", vec![]), json!("ja"));

    // The share button copies a link with the fragment only; pasted JSON stays out.
    d.exec("window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); }", vec![]);
    load_sample(&d, "modern");
    wait_text(&d, "#results .method-name", "先進認証");
    click(&d, "#req-wipe");
    click(&d, "#share");
    d.wait_until("link copied", |d| d.exec("return window.__copied", vec![]).is_string());
    let link = d.exec("return window.__copied", vec![]).as_str().unwrap_or_default().to_string();
    assert!(link.starts_with(&server.base), "{link}");
    assert!(link.ends_with("#r=wipe,mfa,lock-until-company-portal&lang=ja"), "{link}");
    assert!(!link.contains('?'), "never the query: {link}");
    let url = d.url();
    assert!(url.ends_with("#r=wipe,mfa,lock-until-company-portal&lang=ja"), "{url}");
    assert!(!url.contains("Corporate") && !link.contains("odata"), "no input in the link");
    wait_text(&d, "#notice", "リンクをコピーしました");

    // Pasting a share link into the open page applies it.
    d.exec("location.hash = 'r=apple-p7m-token&lang=en'", vec![]);
    wait_text(&d, "#rec-verdict", "Recommended: Setup Assistant (legacy)");
    assert_eq!(d.prop(&d.find("#req-mfa").unwrap(), "checked"), json!(false));
    // Storage holds only the language (and theme, when overridden).
    let keys = d.exec("return Object.keys(localStorage).sort()", vec![]);
    assert_eq!(keys, json!(["ade-advisor.lang"]));
    no_console_errors(&d);
}

#[test]
fn export_copies_markdown_and_downloads_the_json_report() {
    let (_s, d) = setup();
    d.exec(
        "window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };\
         window.__blob = null; const orig = URL.createObjectURL; URL.createObjectURL = b => { b.text().then(t => window.__blob = t); return orig(b); };\
         window.__download = null; document.addEventListener('click', e => { if (e.target.download) { window.__download = e.target.download; e.preventDefault(); } }, true);",
        vec![],
    );
    load_sample(&d, "company-portal");
    wait_text(&d, "#results .method-name", "Company Portal");
    click(&d, "#copy-markdown");
    d.wait_until("markdown copied", |d| d.exec("return window.__copied", vec![]).is_string());
    let md = d.exec("return window.__copied", vec![]).as_str().unwrap_or_default().to_string();
    assert!(md.starts_with("# ADE Auth Advisor report"), "{md}");
    assert!(md.contains("Sales iPhones"), "{md}");
    assert!(md.contains("single-app-mode-mfa"));
    wait_text(&d, "#notice", "Copied");

    click(&d, "#download-json");
    d.wait_until("json downloaded", |d| d.exec("return window.__blob", vec![]).is_string());
    let text = d.exec("return window.__blob", vec![]).as_str().unwrap_or_default().to_string();
    let v: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["tool"]["name"], json!("ade-advisor"));
    assert_eq!(v["summary"]["objects"], json!(1));
    assert_eq!(d.exec("return window.__download", vec![]), json!("ade-advisor-report.json"));
    assert!(text.ends_with("}\n"), "pretty JSON with a trailing newline, as the CLI prints it");
    no_console_errors(&d);
}

#[test]
fn theme_override_and_large_input() {
    let (server, d) = setup();
    set_select(&d, "#theme-select", "dark");
    d.wait_until("dark theme", |d| {
        d.exec("return document.documentElement.dataset.theme || ''", vec![]) == json!("dark")
    });
    load_sample(&d, "company-portal");
    wait_text(&d, "#results .method-name", "Company Portal");
    d.screenshot(&shots().join("dark.png"));
    open(&d, &server);
    assert_eq!(d.exec("return document.documentElement.dataset.theme || ''", vec![]), json!("dark"), "remembered");
    set_select(&d, "#theme-select", "system");
    d.wait_until("system theme", |d| {
        d.exec("return document.documentElement.dataset.theme || ''", vec![]) == json!("")
    });

    // Above 1 MB: not analysed while typing; "Analyse" runs it.
    let big = format!(
        "{{\"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\", \"displayName\": \"Big\", \"requiresUserAuthentication\": true, \"enableAuthenticationViaCompanyPortal\": true, \"description\": \"{}\"}}",
        "x".repeat(1_100_000)
    );
    paste(&d, &big);
    d.wait_for("#analyse");
    std::thread::sleep(std::time::Duration::from_millis(600));
    assert!(d.find("#results .object-card").is_none(), "not analysed while typing");
    click(&d, "#analyse");
    wait_text(&d, "#results .method-name", "Company Portal");
    no_console_errors(&d);
}

#[test]
fn screenshots_of_the_main_states() {
    let (_s, d) = setup();
    d.screenshot(&shots().join("empty.png"));
    load_sample(&d, "restrictions");
    wait_text(&d, "#results .method-name", "Company Portal");
    click(&d, "#req-mfa");
    click(&d, "#req-lock-until-company-portal");
    d.exec("window.scrollTo(0, 0)", vec![]);
    d.screenshot(&shots().join("restrictions-top.png"));
    scroll_to(&d, "#results");
    d.screenshot(&shots().join("restrictions-results.png"));
    // Phone width.
    d.set_window_size(390, 844);
    d.exec("window.scrollTo(0, 0)", vec![]);
    d.screenshot(&shots().join("phone-top.png"));
    let overflow = d.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]);
    let wide = d.exec(
        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))",
        vec![],
    );
    assert!(overflow.as_i64().unwrap_or(0) <= 0, "no horizontal scrolling at 390 px: {overflow} {wide}");
    scroll_to(&d, "#results");
    d.screenshot(&shots().join("phone-results.png"));
    // The print style, applied on screen (its rules copied out of `@media print`).
    d.set_window_size(900, 1200);
    d.exec(
        "for (const sheet of document.styleSheets) { for (const r of [...sheet.cssRules]) { \
           if (r.media && r.media.mediaText === 'print') { for (const x of [...r.cssRules]) sheet.insertRule(x.cssText, sheet.cssRules.length); } } }",
        vec![],
    );
    assert_eq!(d.exec("return getComputedStyle(document.getElementById('input')).display", vec![]), json!("none"));
    assert_eq!(d.exec("return getComputedStyle(document.getElementById('results')).display", vec![]), json!("block"));
    d.exec("window.scrollTo(0, 0)", vec![]);
    d.screenshot(&shots().join("print-top.png"));
    scroll_to(&d, "#results");
    d.screenshot(&shots().join("print-results.png"));
    no_console_errors(&d);
}

/// Issue 15 on the page: an old share link with the obsolete iOS 13 requirement still
/// opens, shows it ticked as obsolete and lets it steer nothing; once unticked it is no
/// longer offered.
#[test]
fn an_obsolete_requirement_from_an_old_link_is_shown_but_steers_nothing() {
    let (server, d) = setup();
    d.goto(&format!("{}#r=mfa,devices-below-ios-13&lang=en", server.base));
    d.wait_for_app();
    d.wait_for("#req-mfa");
    let old = d.wait_for("#req-devices-below-ios-13");
    assert_eq!(d.prop(&old, "checked"), json!(true));
    assert!(text_of(&d, "tr[data-requirement='devices-below-ios-13'] label").contains("obsolete"));
    wait_text(&d, "#rec-verdict", "Recommended: Setup Assistant with modern authentication");
    wait_text(&d, "#recommendation", "is obsolete and was ignored");
    click(&d, "#req-devices-below-ios-13");
    d.wait_until("the obsolete requirement is no longer offered", |d| d.find("#req-devices-below-ios-13").is_none());
    d.goto(&server.base);
    d.wait_for_app();
    d.wait_for("#req-mfa");
    assert!(d.find("#req-devices-below-ios-13").is_none(), "not offered on a fresh page");
    no_console_errors(&d);
}

/// Issue 15 on the page: a settings-catalog policy with `ade_authenticationmethod_0` is
/// Company Portal (Microsoft's definitions), and `_1` is unknown, never guessed; legacy
/// advice says the user does sign in.
#[test]
fn settings_catalog_values_and_corrected_texts_show_on_the_page() {
    let (_server, d) = setup();
    let policy = |name: &str, value: &str| {
        json!({
            "@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
            "name": name,
            "platforms": "iOS",
            "technologies": "enrollment",
            "templateReference": {"templateId": "27d20e9c-50c1-48f8-a44c-f37de4510051_1"},
            "settings": [{"settingInstance": {
                "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
                "settingDefinitionId": "ade_useraffinity",
                "choiceSettingValue": {"value": "ade_useraffinity_1", "children": [{
                    "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
                    "settingDefinitionId": "ade_authenticationmethod",
                    "choiceSettingValue": {"value": value, "children": []}
                }]}
            }}]
        })
    };
    paste(&d, &json!({"value": [policy("Old CP policy", "ade_authenticationmethod_0")]}).to_string());
    d.wait_until("Company Portal is named", |d| {
        d.exec("return document.querySelector('#results .method-name')?.dataset.method ?? null", vec![])
            == json!("company-portal")
    });
    assert!(rules_shown(&d).contains(&"company-portal-app-vanishes".to_string()));
    wait_text(&d, "#results", "Verified against Microsoft's own definition");
    paste(&d, &json!({"value": [policy("Odd policy", "ade_authenticationmethod_1")]}).to_string());
    wait_text(&d, "#results", "not a value Microsoft defines");
    assert!(d.exec("return document.querySelector('#results .method-name')?.dataset.method ?? null", vec![]).is_null());
    load_sample(&d, "legacy");
    wait_text(&d, "#results .method-name", "Setup Assistant (legacy)");
    assert!(!text_of(&d, "#results").contains("never signs the user in"));
    no_console_errors(&d);
}

/// A Company Portal profile shows how to switch it: the fields that change with old and
/// new values, where to click, what happens to enrolled devices, and the request to review.
#[test]
fn a_company_portal_profile_shows_how_to_switch() {
    let (_s, d) = setup();
    load_sample(&d, "company-portal");
    wait_text(&d, "[data-switch-plan]", "How to switch to");
    let plan = "[data-switch-plan='setup-assistant-modern']";
    assert!(d.find(plan).is_some(), "the target is modern authentication");
    let row = |key: &str| text_of(&d, &format!("{plan} tr[data-field='{key}']"));
    assert!(
        row("enableAuthenticationViaCompanyPortal").contains("true"),
        "{}",
        row("enableAuthenticationViaCompanyPortal")
    );
    assert!(row("enableAuthenticationViaCompanyPortal").ends_with("false"));
    assert!(row("configurationWebUrl").contains("Setup Assistant with modern authentication"));
    // Modern authentication installs Company Portal: the plan turns the setting on.
    let install = row("requireCompanyPortalOnSetupAssistantEnrolledDevices");
    assert!(install.contains("Install Company Portal") && install.ends_with("true"), "{install}");
    // The steps, with the click path as a breadcrumb under the first.
    // The change, Await final configuration, Company Portal, its app configuration policy
    // (two steps), the new devices out of it, the wipe.
    let steps = d.find_all(&format!("{plan} .plan-steps .fix-steps > li"));
    assert_eq!(steps.len(), 7);
    assert!(d.find(&format!("{plan} .plan-steps li:first-child nav.breadcrumb[data-path='ade-profile']")).is_some());
    assert!(text_of(&d, plan).contains("Device onboarding"), "the click path");
    // What changes for users and enrolled devices is folded.
    click(&d, &format!("{plan} .plan-more summary"));
    wait_text(&d, &format!("{plan} .plan-enrolled"), "never reaches them");
    // The request is folded; opened, it shows the PATCH with only the changed fields.
    click(&d, &format!("{plan} .plan-request summary"));
    wait_text(
        &d,
        &format!("{plan} .plan-graph"),
        "PATCH https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/",
    );
    assert!(text_of(&d, &format!("{plan} .plan-graph")).contains("\"configurationWebUrl\": true"));
    assert!(text_of(&d, &format!("{plan} .plan-request")).contains("Review before use"));
    d.screenshot(&shots().join("switch-plan.png"));
    // A modern profile needs no plan.
    load_sample(&d, "modern");
    d.wait_until("modern sample analysed", |d| {
        text_of(d, "#results .method-name") == "Setup Assistant with modern authentication"
    });
    assert!(d.find("[data-switch-plan]").is_none());
    // Japanese.
    load_sample(&d, "legacy");
    set_select(&d, "#lang-select", "ja");
    wait_text(&d, "[data-switch-plan]", "切り替え先");
    no_console_errors(&d);
}

/// Two profiles pasted together are compared field by field, the method first.
#[test]
fn two_profiles_are_compared_field_by_field() {
    let (_s, d) = setup();
    let profiles = json!([
        {"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Sales", "requiresUserAuthentication": true,
         "enableAuthenticationViaCompanyPortal": true, "configurationWebUrl": false, "enableSingleAppEnrollmentMode": true,
         "companyPortalVppTokenId": "7c3f9a10-5b2e-4d8f-9e61-2a4b6c8d0e12", "supervisedModeEnabled": true},
        {"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": "Office", "requiresUserAuthentication": true,
         "enableAuthenticationViaCompanyPortal": false, "configurationWebUrl": true, "supervisedModeEnabled": true}
    ]);
    paste(&d, &serde_json::to_string_pretty(&profiles).unwrap());
    wait_text(&d, "#compare", "Compare profiles");
    let fields: Vec<String> = d
        .exec("return [...document.querySelectorAll('#compare tr[data-field]')].map(r => r.dataset.field)", vec![])
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    assert_eq!(fields.first().map(String::as_str), Some("method"), "{fields:?}");
    assert!(
        fields.iter().any(|f| f == "configurationWebUrl")
            && fields.iter().any(|f| f == "enableSingleAppEnrollmentMode")
    );
    assert!(!fields.iter().any(|f| f == "supervisedModeEnabled"), "identical fields are folded away");
    assert!(text_of(&d, "#compare .intro").contains("identical"));
    // More profiles than fit side by side: a note points at the CLI instead of a table.
    let many: Vec<serde_json::Value> = (0..9)
        .map(|i| {
            let mut p = profiles[i % 2].clone();
            p["displayName"] = json!(format!("Profile {i}"));
            p
        })
        .collect();
    paste(&d, &serde_json::to_string(&many).unwrap());
    wait_text(&d, "#compare", "9 profiles were recognised");
    assert!(d.find("#compare table").is_none());
    paste(&d, &serde_json::to_string_pretty(&profiles).unwrap());
    wait_text(&d, "#compare", "Compare profiles");
    let vpp = text_of(&d, "#compare tr[data-field='companyPortalVppTokenId']");
    assert!(vpp.contains("Install Company Portal with VPP") && vpp.contains("(not set)"), "{vpp}");
    scroll_to(&d, "#compare");
    d.screenshot(&shots().join("compare.png"));
    no_console_errors(&d);
}

/// The comparison table is the decision tool: a checkbox in each requirement's row, each
/// method's header says whether it fits (text, not colour alone) and the failing cells are
/// marked; with nothing ticked the page still recommends.
#[test]
fn the_table_decides_with_a_checkbox_in_each_row() {
    let (_s, d) = setup();
    // Nothing pasted: the verdict column points at the table.
    wait_text(&d, "#to-decision-table", "Tick what your organisation needs");
    assert_eq!(d.attr(&d.find("#to-decision-table").unwrap(), "href").as_deref(), Some("#comparison"));
    // Nothing ticked: Microsoft's recommendation and an invitation to tick.
    wait_text(&d, "#rec-default", "Microsoft recommends: Setup Assistant with modern authentication");
    assert!(d.find("th[data-method][data-fits]").is_none(), "no verdict per column before a tick");
    // One list of requirements on the page: the checkboxes are in the table's rows.
    assert_eq!(
        d.find_all("input[type=checkbox][id^='req-']").len(),
        d.find_all("table.comparison tr[data-requirement] input[type=checkbox]").len()
    );
    assert!(d.find("tr[data-requirement='mfa'] input#req-mfa").is_some());
    click(&d, "#req-mfa");
    d.wait_until("columns say whether they fit", |d| {
        d.find("th[data-method='setup-assistant-legacy'][data-fits='false']").is_some()
    });
    let header = |m: &str| {
        let e = d.find(&format!("th[data-method='{m}']")).unwrap();
        (d.attr(&e, "data-fits").unwrap_or_default(), d.text(&e))
    };
    let (fits, text) = header("setup-assistant-legacy");
    assert_eq!(fits, "false");
    assert!(text.contains("Doesn't fit"), "{text}");
    let (fits, text) = header("setup-assistant-modern");
    assert_eq!(fits, "true");
    assert!(text.contains("Fits"), "{text}");
    assert!(d.find("tr[data-requirement='mfa'] td[data-method='setup-assistant-legacy'][data-fails='true']").is_some());
    assert!(d.find("tr[data-requirement='mfa'] td[data-method='company-portal'][data-fails]").is_none());
    wait_text(&d, "#rec-verdict", "Recommended: Setup Assistant with modern authentication");
    // The share link keeps the ticks.
    assert!(d.url().contains("mfa"), "{}", d.url());
    // The article's scenario is one click away.
    click(&d, "#diagnose-vanishing");
    wait_text(&d, "#diagnose-hint", "checklist");
    assert_eq!(d.exec("return document.activeElement && document.activeElement.id", vec![]), json!("json-input"));
    no_console_errors(&d);
}

/// Layout: on a laptop the verdict for a pasted profile is on the first screen; on a phone
/// the page never scrolls sideways.
#[test]
fn the_verdict_is_on_the_first_screen_and_phones_do_not_scroll_sideways() {
    let (_s, d) = setup();
    d.set_window_size(1280, 800);
    load_sample(&d, "company-portal");
    d.wait_until("analysed", |d| text_of(d, "#results .method-name") == "Company Portal");
    d.exec("window.scrollTo(0, 0)", vec![]);
    let top = d.exec("return document.querySelector('#results .method-name').getBoundingClientRect().top", vec![]);
    let h = d.exec("return window.innerHeight", vec![]);
    assert!(top.as_f64().unwrap_or(9999.0) < h.as_f64().unwrap_or(0.0), "verdict at {top} of {h}");
    d.screenshot(&shots().join("laptop-1280x800.png"));
    d.set_window_size(390, 844);
    d.wait_until("reflowed", |d| d.exec("return window.innerWidth", vec![]).as_f64().unwrap_or(0.0) <= 400.0);
    let overflow = d.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![]);
    assert!(overflow.as_f64().unwrap_or(1.0) <= 0.0, "the page scrolls sideways by {overflow}px");
    d.screenshot(&shots().join("phone-390.png"));
    no_console_errors(&d);
}

/// Issue 24 on the page: a tvOS enrollment policy is recognised with its own label and is
/// out of scope; fixes show the 2026 click path (Apple mobile tab in English, Learn JA's
/// [Apple] with 一括登録方法 in Japanese).
#[test]
fn tvos_policies_and_the_2026_click_path_show_on_the_page() {
    let (_server, d) = setup();
    let tv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rules/outside-ios-ade-scope/fires-tvos-policy.json"
    ))
    .unwrap();
    paste(&d, &tv);
    wait_text(&d, "#results .kind", "tvOS or visionOS enrollment policy");
    assert_eq!(rules_shown(&d), ["outside-ios-ade-scope"]);
    let all_text = |d: &Driver| d.exec("return document.querySelector('#results').textContent", vec![]);
    // The click paths are breadcrumbs: their crumbs, joined.
    let crumbs = |d: &Driver| {
        d.exec(
            "return [...document.querySelectorAll('#results nav.breadcrumb')].map(n => [...n.querySelectorAll('li')].map(li => li.textContent).join(' → ')).join('\\n')",
            vec![],
        )
    };
    d.exec("document.querySelectorAll('#results details').forEach(x => x.open = true)", vec![]);
    d.wait_until("the finding names tvOS and the 2026 click path", |d| {
        let (t, c) = (all_text(d), crumbs(d));
        t.as_str().unwrap_or_default().contains("is a tvOS enrollment policy")
            && c.as_str()
                .unwrap_or_default()
                .contains("Enrollment → Apple mobile → Enrollment program tokens (under Bulk Enrollment Methods)")
    });
    set_select(&d, "#lang-select", "ja");
    d.wait_until("the Japanese path follows Learn JA", |d| {
        d.exec("document.querySelectorAll('#results details').forEach(x => x.open = true)", vec![]);
        crumbs(d).as_str().unwrap_or_default().contains("登録 → Apple → 登録プログラム トークン (一括登録方法)")
    });
    no_console_errors(&d);
}

/// A settings-catalog restrictions policy pasted beside a Company Portal profile feeds the
/// article's checklist, which says it read the settings catalog, in both languages.
#[test]
fn the_checklist_reads_a_pasted_settings_catalog_restrictions_policy() {
    let (_s, d) = setup();
    let profile: Value =
        serde_json::from_str(include_str!("../fixtures/rules/company-portal-app-vanishes/fires-single-app-mode.json"))
            .unwrap();
    let policy: Value =
        serde_json::from_str(include_str!("../fixtures/rules/company-portal-hidden/fires-catalog-blocked-list.json"))
            .unwrap();
    paste(&d, &json!([profile, policy]).to_string());
    wait_text(&d, "#checklist", "Checklist");
    let check = |d: &Driver, id: &str, attr: &str| {
        d.find(&format!("#checklist [data-check='{id}']")).and_then(|e| d.attr(&e, attr))
    };
    d.wait_until("the hidden-apps check is a problem", |d| {
        check(d, "company-portal-hidden", "data-status").as_deref() == Some("problem")
    });
    for id in ["company-portal-hidden", "app-ratings-restricted", "books-explicit-content-blocked"] {
        let read = d.find(&format!("#checklist [data-check='{id}'] .check-read")).expect(id);
        assert_eq!(d.attr(&read, "data-read").as_deref(), Some("settings-catalog"), "{id}");
        assert_eq!(d.text(&read), "Read from: settings catalog", "{id}");
    }
    assert_eq!(check(&d, "app-ratings-restricted", "data-status").as_deref(), Some("passed"));
    assert!(d.find("#checklist [data-check='company-portal-uninstall-assignment'] .check-read").is_none());
    assert!(rules_shown(&d).contains(&"company-portal-hidden".to_string()));
    set_select(&d, "#lang-select", "ja");
    wait_text(&d, "#checklist [data-check='company-portal-hidden'] .check-read", "確認した形式: 設定カタログ");
    no_console_errors(&d);
}
