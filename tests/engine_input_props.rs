//! Property tests: no input makes `read` or `locate` panic, and every pointer the engine
//! reports can be found in the text.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, processes and files

#[path = "support/same_json.rs"]
mod same_json;
use ade_advisor::engine::input::{locate, SourceText};
use ade_advisor::engine::read;
use proptest::prelude::*;
use same_json::same_json;
use serde_json::{Map, Value};

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("requiresUserAuthentication".to_string()),
        Just("EnableAuthenticationViaCompanyPortal".to_string()),
        Just("configuration_web_url".to_string()),
        Just("@odata.type".to_string()),
        Just("AdditionalProperties".to_string()),
        Just("value".to_string()),
        Just("settings".to_string()),
        Just("settingDefinitionId".to_string()),
        Just("choiceSettingValue".to_string()),
        Just("assignments".to_string()),
        Just("enableSingleAppEnrollmentMode".to_string()),
        Just("profile_name".to_string()),
        "[a-z~/\"\\\\ あ]{0,6}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        prop_oneof![
            Just("#microsoft.graph.depIOSEnrollmentProfile".to_string()),
            Just("#microsoft.graph.iosVppApp".to_string()),
            Just("ade_useraffinity_1".to_string()),
            Just("ade_authenticationmethod_2".to_string()),
            Just(
                "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps('x')/assignments"
                    .to_string()
            ),
            ".{0,8}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let r = read(&[SourceText { name: "x", bytes: &bytes }]);
        prop_assert!(r.objects.is_empty() || r.errors.is_empty());
        for e in &r.errors {
            prop_assert!(e.message.is_complete());
        }
    }

    #[test]
    fn arbitrary_text_and_pointers_never_panic_locate(text in ".{0,200}", pointer in "[/#~0-9a-zあ\"]{0,12}") {
        let _ = locate(&text, &pointer);
        let r = read(&[SourceText { name: "x", bytes: text.as_bytes() }]);
        prop_assert!(r.errors.iter().all(|e| e.message.is_complete()));
    }

    #[test]
    fn arbitrary_json_is_read_and_every_object_pointer_resolves(value in json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
        // Compare with the text as parsed (floats need not round-trip exactly).
        let value: Value = serde_json::from_str(&text).unwrap();
        let r = read(&[SourceText { name: "x", bytes: text.as_bytes() }]);
        for (i, o) in r.objects.iter().enumerate() {
            prop_assert_eq!(o.index, i);
            prop_assert!(value.pointer(&o.pointer).is_some(), "{}", o.pointer);
            prop_assert!(locate(&text, &o.pointer).is_some(), "{}", o.pointer);
            if let Some(p) = o.parent {
                prop_assert!(p < i);
            }
            if let Some(c) = &o.classification {
                prop_assert!(c.reason.is_some() || c.confidence == ade_advisor::engine::model::Confidence::High);
                for e in &c.evidence {
                    let abs = o.absolute_pointer(&e.pointer);
                    let expected = value.pointer(&abs);
                    let got = serde_json::to_value(&e.value).unwrap_or_default();
                    prop_assert!(expected.is_some_and(|v| same_json(v, &got)), "{:?} vs {:?}", expected, e.value);
                    let span = locate(&text, &abs);
                    prop_assert!(span.is_some(), "{}", abs);
                }
            }
        }
    }

    #[test]
    fn arbitrary_json_with_arbitrary_pointers_never_panics_locate(value in json(), pointer in "(/[a-z0-9~]{0,4}){0,6}") {
        let text = serde_json::to_string_pretty(&value).unwrap();
        let found = locate(&text, &pointer);
        if value.pointer(&pointer).is_some() {
            prop_assert!(found.is_some(), "{}", pointer);
        }
    }
}
