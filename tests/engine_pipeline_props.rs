//! A short property-test run of the whole pipeline (`engine::analyze`), as part of
//! `make test`: every fixture, mutated (bytes flipped, JSON tokens inserted, parts cut
//! or repeated), under any stated requirements, gives an analysis whose texts are all
//! bilingual. The long run is the fuzzer: `make fuzz` (docs/reliability.md).
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, processes and files

use ade_advisor::engine::{analyze, input::SourceText, table::RequirementSet, Options};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut paths);
    paths.sort();
    assert!(paths.len() > 50, "fixtures found: {}", paths.len());
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\"",
    b"\\",
    b"null",
    b"true",
    b"1e999",
    b"\xff",
    b"\0",
    b"\"@odata.type\":\"#microsoft.graph.depIOSEnrollmentProfile\",",
    b"\"value\":[",
    b"\"AdditionalProperties\":{",
    b"\"enableAuthenticationViaCompanyPortal\":true,",
    b"\"requiresUserAuthentication\":false,",
    b"\"assignments\":[{\"intent\":\"uninstall\"}],",
    b"\xef\xbb\xbf",
];

#[derive(Clone, Debug)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, usize),
    Cut(usize, usize),
    Repeat(usize, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, bit)| Edit::Flip(at, bit)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, t)| Edit::Insert(at, t)),
        (any::<usize>(), 0usize..64).prop_map(|(at, n)| Edit::Cut(at, n)),
        (any::<usize>(), 0usize..32, 1usize..40).prop_map(|(at, n, times)| Edit::Repeat(at, n, times)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match *e {
            Edit::Flip(at, bit) => {
                if let Some(b) = bytes.get_mut(at % len) {
                    *b ^= 1 << (bit % 8);
                }
            }
            Edit::Insert(at, t) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, TOKENS[t].iter().copied());
            }
            Edit::Cut(at, n) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Repeat(at, n, times) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                let part = bytes[at..end].to_vec();
                for _ in 0..times {
                    bytes.splice(at..at, part.iter().copied());
                }
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_fixtures_never_break_the_pipeline(
        pick in any::<prop::sample::Index>(),
        second in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 0..12),
        bits in any::<Option<u16>>(),
        asked in any::<bool>(),
    ) {
        let all = fixtures();
        let first = apply(all[pick.index(all.len())].clone(), &edits);
        let other = &all[second.index(all.len())];
        let options = Options { requirements: bits.map(RequirementSet::from_bits), asked_about_vanishing_app: asked };
        let a = analyze(
            &[SourceText { name: "mutated.json", bytes: &first }, SourceText { name: "other.json", bytes: other }],
            options,
        );
        prop_assert!(a.objects.iter().enumerate().all(|(i, o)| o.index == i));
        prop_assert!(a.objects.iter().any(|o| o.input == 1) || a.errors.iter().any(|e| e.input == 1));
        for e in &a.errors {
            prop_assert!(e.message.is_complete(), "{:?}", e);
        }
        for f in &a.findings {
            prop_assert!(f.message.is_complete() && f.why.is_complete() && f.fix.is_complete(), "{:?}", f);
            prop_assert!(f.object.is_none_or(|i| i < a.objects.len()));
        }
        if let Some(r) = &a.recommendation {
            prop_assert!(r.texts().iter().all(|t| t.is_complete()));
        }
    }
}
