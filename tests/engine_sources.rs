//! Citations: every source id the product cites exists in docs/sources.md; every rule,
//! nuance, click path and advice note cites one; admin-center paths come from the one
//! definition of each.

use ade_advisor::engine::click_paths;
use ade_advisor::engine::recommend::ALL_ADVICE;
use ade_advisor::engine::rules::{RuleStatus, REGISTRY};
use ade_advisor::engine::sources;
use ade_advisor::engine::table::NUANCES;
use std::collections::BTreeSet;
use std::path::Path;

#[path = "support/sources_md.rs"]
mod sources_md;
use sources_md::{defined_ids, SOURCES_MD};

/// `S-…` ids in a text: `S-` followed by upper-case letters, digits and dashes.
fn cited_ids(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < b.len() {
        let boundary = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'-' || b[i - 1] == b'_');
        if boundary && b[i] == b'S' && b[i + 1] == b'-' && b[i + 2].is_ascii_uppercase() {
            let mut j = i + 2;
            while j < b.len() && (b[j].is_ascii_uppercase() || b[j].is_ascii_digit() || b[j] == b'-') {
                j += 1;
            }
            out.push(text[i..j].trim_end_matches('-').to_string());
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn assert_cites(what: &str, ids: &[&str], defined: &BTreeSet<String>) {
    assert!(!ids.is_empty(), "{what} cites no source");
    for id in ids {
        assert!(defined.contains(*id), "{what} cites {id}, which docs/sources.md does not define");
    }
}

#[test]
fn sources_md_defines_each_id_once_with_a_url_and_a_date() {
    let mut seen = BTreeSet::new();
    for line in SOURCES_MD.lines().filter(|l| l.starts_with("| S-")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let id = cells[0].trim_start_matches("| ");
        assert!(seen.insert(id.to_string()), "{id} is defined twice");
        assert_eq!(cells.len(), 4, "{id}: id, source, date, summary");
        assert!(id == "S-ARTICLE" || cells[1].contains("](https://"), "{id} has no https link");
        assert!(cells[2].chars().any(|c| c.is_ascii_digit()), "{id} has no date");
        assert!(cells[3].len() > 40, "{id} has no summary");
    }
    assert!(seen.len() >= 25, "only {} sources", seen.len());
}

#[test]
fn every_rule_cites_existing_sources() {
    let defined = defined_ids();
    for rule in REGISTRY.iter() {
        let m = &rule.meta;
        assert_cites(&format!("rule {}", m.id), m.sources, &defined);
        for l in m.links {
            assert!(defined.contains(l.source), "rule {} links to {} ({})", m.id, l.url, l.source);
        }
    }
}

#[test]
fn every_nuance_advice_and_link_cites_existing_sources() {
    let defined = defined_ids();
    for n in NUANCES.iter() {
        assert_cites(&format!("nuance {}", n.id), n.sources, &defined);
        assert!(defined.contains(n.link.source), "nuance {}", n.id);
    }
    for a in ALL_ADVICE {
        assert_cites(&format!("advice {}", a.id), a.sources, &defined);
    }
    for l in sources::ALL {
        assert!(defined.contains(l.source), "link {} cites {}", l.url, l.source);
        if !l.url.is_empty() {
            let row = SOURCES_MD.lines().find(|r| r.starts_with(&format!("| {} |", l.source))).unwrap_or("");
            let host_path = l.url.split('?').next().unwrap_or(l.url);
            assert!(row.contains(host_path), "{}: the URL {} is not the one in docs/sources.md", l.source, l.url);
        }
    }
}

#[test]
fn every_click_path_cites_existing_sources() {
    let defined = defined_ids();
    for p in click_paths::ALL {
        assert_cites(&format!("click path {}", p.id), p.sources, &defined);
    }
}

/// Click paths are data: a rule's fix refers to defined paths, each at most once, and no
/// step pastes a path into its sentence; a rule that names its click path refers to it in
/// one of its steps.
#[test]
fn fix_steps_refer_to_defined_click_paths_and_paste_none() {
    for rule in REGISTRY.iter().filter(|r| r.meta.status != RuleStatus::Removed) {
        let m = &rule.meta;
        let paths: Vec<&str> = m.fix.iter().filter_map(|s| s.path).map(|p| p.id).collect();
        for (i, id) in paths.iter().enumerate() {
            assert!(click_paths::by_id(id).is_some(), "rule {}: path {id} is not defined", m.id);
            assert!(!paths[..i].contains(id), "rule {}: path {id} appears twice", m.id);
        }
        for s in m.fix {
            for text in [s.text.en, s.text.ja] {
                assert!(!text.contains('→') && !text.contains('›'), "rule {}: a path pasted into {text:?}", m.id);
                assert!(!text.contains("Intune admin center") && !text.contains("Intune 管理センター"), "{}", m.id);
            }
        }
        if let Some(p) = m.click_path {
            assert!(paths.contains(&p.id), "rule {}: no step refers to {}", m.id, p.id);
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Code cites sources by id only: no section numbers of documents outside the repository,
/// and no id that docs/sources.md does not define.
#[test]
fn code_cites_only_ids_that_exist() {
    let defined = defined_ids();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 40);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Section signs were how the old fact sheet (outside the repository) was cited.
        assert!(!text.contains('§'), "{} cites a document outside the repository by section", f.display());
        for id in cited_ids(&text) {
            assert!(defined.contains(&id), "{} cites {id}, which docs/sources.md does not define", f.display());
        }
    }
}

#[test]
fn the_id_scanner_finds_ids_and_nothing_else() {
    assert_eq!(cited_ids("see S-LEARN-ADE-SETUP, S-SC-AUTHMETHOD."), ["S-LEARN-ADE-SETUP", "S-SC-AUTHMETHOD"]);
    assert!(cited_ids("ADE-S-X, IS-A, S-1, s-abc").is_empty());
}
