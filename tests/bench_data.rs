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
