//! Accessibility: axe-core (from the npm registry, installed into .tools/ by
//! `scripts/ensure-tools.sh test`, injected by the test and never part of the page) finds no
//! serious or critical violation on the main states; every control is reachable with the
//! keyboard and shows its focus; headings do not skip levels.

use super::support::server::Server;
use super::support::webdriver::Driver;
use super::{dist, open};
use serde_json::{json, Value};
use std::path::PathBuf;

fn axe_source() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/npm/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e}; run `scripts/ensure-tools.sh test` (make test does)", p.display()))
}

/// Serious and critical violations as "rule: target" lines.
fn violations(d: &Driver, axe: &str) -> Vec<String> {
    d.exec(axe, vec![]);
    let result = d.exec_async(
        "const done = arguments[arguments.length - 1]; \
         axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations \
           .filter(v => v.impact === 'serious' || v.impact === 'critical') \
           .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' '))))).catch(e => done(['axe failed: ' + e]));",
        vec![],
    );
    match result {
        Value::Array(a) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        other => vec![format!("unexpected result: {other}")],
    }
}

#[test]
fn the_main_states_have_no_serious_accessibility_violations() {
    let axe = axe_source();
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    open(&d, &server);
    assert_eq!(violations(&d, &axe), Vec::<String>::new(), "empty page");
    // A pasted Company Portal profile with a requirement ticked: verdict, plan, table.
    let sample = d.wait_for("#sample-select");
    d.exec(
        "arguments[0].value='company-portal'; arguments[0].dispatchEvent(new Event('change', {bubbles:true}))",
        vec![json!({ "element-6066-11e4-a52e-4f735466cecf": sample.0 })],
    );
    d.wait_for("[data-switch-plan]");
    let mfa = d.wait_for("#req-mfa");
    d.click(&mfa);
    d.wait_for("th[data-method][data-fits]");
    assert_eq!(violations(&d, &axe), Vec::<String>::new(), "analysed page");
}

#[test]
fn headings_are_in_order_and_every_control_is_reachable_with_the_keyboard() {
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    open(&d, &server);
    // No heading level is skipped (h1 → h2 → h3 …).
    let skipped = d.exec(
        "let last = 0, bad = []; for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) { \
           const l = +h.tagName[1]; if (last && l > last + 1) bad.push(h.tagName + ' ' + h.textContent.trim()); last = l; } return bad;",
        vec![],
    );
    assert_eq!(skipped, json!([]), "headings skip a level");
    // Tabbing visits the controls in order, each visibly focused (an outline or a shadow).
    let report = d.exec(
        "const seen = new Set(); const unfocusable = []; \
         const ring = e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && s.outlineWidth !== '0px'; }; \
         const shows = c => ring(c) || [...(c.closest('label') || c).querySelectorAll('*')].some(ring); \
         const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], summary')] \
           .filter(e => (e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true}) || e.closest('label')) && !e.disabled); \
         for (const c of controls) { c.focus(); if (document.activeElement !== c) unfocusable.push(c.outerHTML.slice(0, 80)); \
           else if (!shows(c)) seen.add(c.outerHTML.slice(0, 80)); c.blur(); } \
         return {count: controls.length, unfocusable, invisible: [...seen]};",
        vec![],
    );
    assert!(report["count"].as_u64().unwrap_or(0) > 20, "{report}");
    assert_eq!(report["unfocusable"], json!([]), "controls that cannot take the focus");
    assert_eq!(report["invisible"], json!([]), "controls whose focus is not visible");
}
