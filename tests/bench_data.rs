//! The benchmark data generator (`benches/support/gen.rs`) makes valid, deterministic,
//! realistic exports that the engine reads the way the benchmarks assume.

#[path = "../benches/support/gen.rs"]
mod gen;

use ade_advisor::engine::input::SourceText;
use ade_advisor::engine::model::Kind;
use ade_advisor::engine::{analyze, Options};

#[test]
fn generated_export_is_deterministic_valid_and_mixed() {
    let (a, counts) = gen::graph_export(200_000, 8);
    let (b, _) = gen::graph_export(200_000, 8);
    assert_eq!(a, b, "same seed, same text");
    assert!(a.len() >= 200_000 && a.len() < 210_000, "{}", a.len());
    let v: serde_json::Value = serde_json::from_str(&a).expect("valid JSON");
    assert_eq!(v["value"].as_array().map(Vec::len), Some(counts.items()));

    let analysis = analyze(&[SourceText { name: "export.json", bytes: a.as_bytes() }], Options::default());
    assert!(analysis.errors.is_empty(), "{:?}", analysis.errors);
    let of = |k: Kind| analysis.objects.iter().filter(|o| o.kind == k).count();
    assert_eq!(of(Kind::IosEnrollmentProfile), counts.ade_profiles);
    assert_eq!(of(Kind::IosEnrollmentPolicy), counts.catalog_policies);
    assert_eq!(of(Kind::IosDeviceRestrictions), counts.restrictions);
    assert_eq!(of(Kind::IosApp), counts.apps);
    assert_eq!(of(Kind::AppAssignment), counts.assignments);
    assert_eq!(of(Kind::Unknown), 0);
    // Every method shape appears, and the rules have something to say.
    let methods: std::collections::BTreeSet<_> = analysis.objects.iter().filter_map(|o| o.method()).collect();
    assert_eq!(methods.len(), 4, "{methods:?}");
    assert!(analysis.findings.len() > counts.ade_profiles / 2);
}

#[test]
fn five_megabytes_hold_about_two_thousand_profiles() {
    let (text, counts) = gen::graph_export(5_000_000, 8);
    assert!(text.len() >= 5_000_000);
    assert!((1_700..=2_300).contains(&counts.ade_profiles), "{counts:?}");
}

#[test]
fn single_profile_is_about_ten_kilobytes_and_classified() {
    let text = gen::single_profile(10_000, 3);
    assert!((10_000..11_000).contains(&text.len()), "{}", text.len());
    let analysis = analyze(&[SourceText { name: "pasted", bytes: text.as_bytes() }], Options::default());
    assert_eq!(analysis.objects.len(), 1);
    assert!(analysis.objects[0].method().is_some());
}

#[test]
fn a_generated_backup_tree_holds_small_files_the_engine_reads() {
    let root = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-data-backup-tree");
    let _ = std::fs::remove_dir_all(&root);
    let tree = gen::backup_tree(&root, 400, 8).expect("written");
    assert_eq!(tree.files, 400);
    let average = tree.bytes / tree.files;
    assert!((4_000..6_000).contains(&average), "about 5 KB per file: {average}");
    let again = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-data-backup-tree-again");
    let _ = std::fs::remove_dir_all(&again);
    assert_eq!(gen::backup_tree(&again, 400, 8).expect("written"), tree, "deterministic");
    let mut texts = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                texts.push((e.path().display().to_string(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    assert_eq!(texts.len(), 400);
    let inputs: Vec<SourceText<'_>> = texts.iter().map(|(n, b)| SourceText { name: n, bytes: b }).collect();
    let analysis = analyze(&inputs, Options::default());
    assert!(analysis.errors.is_empty(), "{:?}", analysis.errors.first());
    let recognised =
        analysis.objects.iter().filter(|o| o.kind != Kind::Unknown && o.kind != Kind::AppAssignment).count();
    assert_eq!(recognised, tree.recognised);
    assert!(analysis.objects.iter().any(|o| o.kind == Kind::Unknown), "Windows policies are in the tree");
    let _ = std::fs::remove_dir_all(&root);
    let _ = std::fs::remove_dir_all(&again);
}
