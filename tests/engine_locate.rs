//! `input::Locator` (used by reports) answers exactly like `input::locate` for every
//! pointer into every fixture, for pointers that do not resolve, and on broken text.

#[path = "../benches/support/gen.rs"]
mod gen;

use ade_advisor::engine::input::{locate, Locator};
use serde_json::Value;
use std::path::Path;

fn token(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

/// Every pointer into `v`, plus a few that do not resolve.
fn pointers(v: &Value, prefix: String, out: &mut Vec<String>) {
    out.push(prefix.clone());
    match v {
        Value::Object(map) => {
            out.push(format!("{prefix}/no-such-key"));
            for (k, child) in map {
                pointers(child, format!("{prefix}/{}", token(k)), out);
            }
        }
        Value::Array(items) => {
            out.push(format!("{prefix}/{}", items.len()));
            out.push(format!("{prefix}/01"));
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{prefix}/{i}"), out);
            }
        }
        _ => out.push(format!("{prefix}/0")),
    }
}

fn check_text(text: &str, extra: &[&str]) {
    let mut ps: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    if let Ok(v) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
        pointers(&v, String::new(), &mut ps);
    }
    let mut loc = Locator::new(text);
    // Twice: the second round is answered from the cache.
    for _ in 0..2 {
        for p in &ps {
            assert_eq!(loc.locate(p), locate(text, p), "pointer {p:?} in {:?}", text.get(..80));
        }
    }
}

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            visit(&p, files);
        } else if p.extension().is_some_and(|e| e == "json") {
            files.push(p);
        }
    }
}

#[test]
fn locator_matches_locate_on_every_fixture() {
    let mut files = Vec::new();
    visit(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut files);
    assert!(files.len() > 20);
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        check_text(&text, &["", "#", "#/value/0", "nope", "/value/0/x"]);
    }
}

#[test]
fn locator_matches_locate_on_generated_exports_and_broken_text() {
    let (text, _) = gen::graph_export(15_000, 5);
    check_text(&text, &[]);
    let minified: String = serde_json::from_str::<Value>(&text).map(|v| v.to_string()).unwrap_or_default();
    check_text(&minified, &[]);
    let broken = [
        "{\"a\": 1, garbage",
        "{\"a\": [1, 2,",
        "{\"a\" 1}",
        "{\"a\": {\"b\": }",
        "[[[[",
        "{}",
        "[]",
        "\u{feff}{\n  \"日本\": {\"x\": \"}\"},\n \"x\": 2\n}",
        "{\"a\\u0041\": 1, \"a\\nb\": 2, \"c\td\": 3}",
        "{\"a\": \"x\"} trailing",
        "[1, {\"b~/c\": true}]",
    ];
    let ps = [
        "",
        "/a",
        "/a/0",
        "/a/1",
        "/a/2",
        "/a/b",
        "/aA",
        "/a\nb",
        "/c\td",
        "/日本/x",
        "/x",
        "/0",
        "/1/b~0~1c",
        "/0/0/0/0",
    ];
    for t in broken {
        check_text(t, &ps);
    }
}
