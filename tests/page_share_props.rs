//! Property tests of the share-link fragment (`#r=mfa,wipe&lang=ja`), which the page
//! decodes before it takes over the prerendered view: no string makes the decoder panic or
//! invent a requirement, and every fragment the page writes decodes to what it wrote.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::table::{Requirement, RequirementSet};
use ade_advisor::share::{decode_fragment, encode_fragment, Fragment};
use proptest::prelude::*;

fn requirements() -> impl Strategy<Value = RequirementSet> {
    any::<u16>().prop_map(RequirementSet::from_bits)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::En), Just(Lang::Ja)]
}

/// Text that looks like a fragment: its keys, separators, requirement ids and junk.
fn fragmentish() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("r=".to_string()),
        Just("lang=".to_string()),
        Just("&".to_string()),
        Just(",".to_string()),
        Just("=".to_string()),
        Just("#".to_string()),
        Just("ja".to_string()),
        Just("en-US".to_string()),
        Just("%20".to_string()),
        proptest::sample::select(Requirement::ALL.map(|r| r.id()).to_vec()).prop_map(str::to_string),
        "[a-z-]{0,8}",
        ".{0,4}",
    ];
    proptest::collection::vec(part, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_decodes_without_panicking(s in any::<String>()) {
        let f = decode_fragment(&s);
        let again = decode_fragment(&format!("#{s}"));
        // A leading `#` is optional.
        if !s.starts_with('#') {
            prop_assert_eq!(f, again);
        }
    }

    #[test]
    fn fragment_like_text_yields_only_requirements_it_names(s in fragmentish()) {
        let f = decode_fragment(&s);
        if let Some(reqs) = f.requirements {
            for r in reqs.iter() {
                prop_assert!(s.contains(r.id()), "{} is not in {s:?}", r.id());
            }
        }
        if f.lang.is_some() {
            prop_assert!(s.contains("lang="));
        }
    }

    #[test]
    fn encode_then_decode_round_trips(reqs in requirements(), lang in lang(), junk in "[a-z]{1,5}=[a-z0-9]{0,5}") {
        let written = encode_fragment(reqs, lang);
        let expected = Fragment { requirements: Some(reqs), lang: Some(lang) };
        prop_assert_eq!(decode_fragment(&written), expected);
        prop_assert_eq!(decode_fragment(&format!("#{written}")), expected);
        // Keys the page does not know (a newer page's, an analytics tag) are ignored.
        if !junk.starts_with("r=") && !junk.starts_with("lang=") {
            prop_assert_eq!(decode_fragment(&format!("{written}&{junk}")), expected);
        }
        // Written again, it is the same text: the address does not change on a reload.
        prop_assert_eq!(encode_fragment(reqs, lang), written);
    }
}
