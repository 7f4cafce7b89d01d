//! Broken and hostile inputs: clear bilingual errors with positions, never a panic, and
//! the other inputs are still read.

use ade_advisor::engine::input::{read, SourceText, MAX_INPUT_BYTES};
use ade_advisor::engine::model::{InputError, Kind};

fn read_one(bytes: &[u8]) -> (usize, Vec<InputError>) {
    let r = read(&[SourceText { name: "pasted", bytes }]);
    for e in &r.errors {
        assert!(e.message.is_complete(), "{e:?}");
        assert_eq!(e.source, "pasted");
    }
    (r.objects.len(), r.errors)
}

fn only_error(bytes: &[u8]) -> InputError {
    let (n, errors) = read_one(bytes);
    assert_eq!(n, 0);
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.into_iter().next().unwrap()
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/input/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn missing_comma_reports_line_column_excerpt_and_caret() {
    let e = only_error(&fixture("broken/missing-comma.json"));
    assert_eq!((e.line, e.column), (Some(3), Some(3)));
    assert_eq!(e.offset, Some(25));
    assert_eq!(e.excerpt.as_deref(), Some("  \"requiresUserAuthentication\": true"));
    assert_eq!(e.caret.as_deref(), Some("  ^"));
    assert!(e.message.en.contains("Expected ',' or '}'"), "{}", e.message.en);
    assert!(e.message.en.contains("missing comma"));
    assert!(e.message.ja.contains("カンマ"));
}

#[test]
fn trailing_comma_is_named() {
    let e = only_error(&fixture("broken/trailing-comma.json"));
    // At the comma (line 3), not at the closing brace after it.
    assert_eq!((e.line, e.column), (Some(3), Some(37)));
    assert_eq!(e.excerpt.as_deref(), Some("  \"requiresUserAuthentication\": true,"));
    assert!(e.message.en.contains("trailing comma"), "{}", e.message.en);
    assert!(e.message.ja.contains("余分なカンマ"));
}

#[test]
fn truncated_input_says_it_ends_too_early() {
    let e = only_error(&fixture("broken/truncated.json"));
    // At the cut-off word `tr`.
    assert_eq!((e.line, e.column), (Some(3), Some(56)));
    assert!(e.message.en.contains("ends too early"), "{}", e.message.en);
    assert!(e.message.ja.contains("途中で終わって"));
}

#[test]
fn single_quotes_get_a_double_quote_hint() {
    let e = only_error(&fixture("broken/single-quotes.json"));
    assert_eq!((e.line, e.column), (Some(1), Some(2)));
    assert!(e.message.en.contains("double quotes"), "{}", e.message.en);
    assert!(e.message.ja.contains("ダブル クォート"));
}

#[test]
fn comments_get_a_hint() {
    let e = only_error(b"{\n  // profile\n  \"a\": 1\n}");
    assert_eq!(e.line, Some(2));
    assert!(e.message.en.contains("comments"), "{}", e.message.en);
}

#[test]
fn invalid_utf8_gives_the_byte_offset() {
    let e = only_error(b"{\"a\": \"caf\xe9\"}");
    assert_eq!(e.offset, Some(10));
    assert_eq!((e.line, e.column), (Some(1), Some(11)));
    assert!(e.message.en.contains("offset 10"), "{}", e.message.en);
    assert!(e.message.ja.contains("UTF-8"));
}

#[test]
fn empty_and_blank_inputs_are_reported() {
    for bytes in [&b""[..], b"   \n\t ", b"\xEF\xBB\xBF", b"\xEF\xBB\xBF  \n"] {
        let e = only_error(bytes);
        assert!(e.message.en.contains("empty"), "{}", e.message.en);
        assert!(e.message.ja.contains("空"));
        assert_eq!(e.line, None);
    }
}

#[test]
fn utf8_bom_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&fixture("shapes/graph-entity-modern.json"));
    let (n, errors) = read_one(&bytes);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 1);
}

#[test]
fn bom_shifts_error_offsets_by_its_length() {
    let e = only_error(b"\xEF\xBB\xBF{\"a\" 1}");
    assert_eq!(e.offset, Some(8));
    assert_eq!((e.line, e.column), (Some(1), Some(6)));
}

#[test]
fn bare_scalars_are_json_but_not_objects() {
    for (text, en, ja) in [
        ("42", "a number", "数値"),
        ("  \"hello\"", "a string", "文字列"),
        ("true", "true or false", "true または false"),
        ("null", "null", "null"),
    ] {
        let e = only_error(text.as_bytes());
        assert!(e.message.en.contains("not an object"), "{}", e.message.en);
        assert!(e.message.en.contains(en), "{}", e.message.en);
        assert!(e.message.ja.contains(ja), "{}", e.message.ja);
        assert_eq!(e.line, Some(1));
    }
}

#[test]
fn json_without_objects_is_reported() {
    for text in ["[]", "[1, \"a\", null]", "{\"value\": []}"] {
        let e = only_error(text.as_bytes());
        assert!(e.message.en.contains("no object"), "{text}: {}", e.message.en);
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let bytes = vec![b' '; MAX_INPUT_BYTES + 1];
    let e = only_error(&bytes);
    assert!(e.message.en.contains("32 MiB"), "{}", e.message.en);
    assert!(e.message.ja.contains("32 MiB"));
}

#[test]
fn deep_nesting_gets_a_clear_message_with_a_position() {
    let arrays = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let objects = format!("{}1{}", "{\"a\":".repeat(5000), "}".repeat(5000));
    for text in [arrays, objects] {
        let e = only_error(text.as_bytes());
        assert!(e.message.en.contains("nested too deeply"), "{}", e.message.en);
        assert!(e.message.ja.contains("入れ子"));
        assert_eq!(e.line, Some(1));
        assert!(e.column.is_some());
        let excerpt = e.excerpt.unwrap();
        assert!(excerpt.chars().count() <= 82, "long lines are shortened");
    }
}

#[test]
fn long_multibyte_lines_are_shortened_around_the_error() {
    let text = format!("{{\"displayName\": \"{}\" \"x\": 1}}", "あ".repeat(300));
    let e = only_error(text.as_bytes());
    let excerpt = e.excerpt.unwrap();
    let caret = e.caret.unwrap();
    assert!(excerpt.starts_with('…'));
    assert!(excerpt.chars().count() <= 82);
    let at = caret.chars().count() - 1;
    assert_eq!(excerpt.chars().nth(at), Some('"'), "{excerpt}\n{caret}");
    assert_eq!(e.column, Some(320));
}

#[test]
fn nulls_are_accepted_wherever_graph_sends_them() {
    let text = br##"{"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "displayName": null,
        "requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": null,
        "configurationWebUrl": null, "companyPortalVppTokenId": null, "managementCertificates": null,
        "enabledSkipKeys": null, "AdditionalProperties": null}"##;
    let (n, errors) = read_one(text);
    assert!(errors.is_empty());
    assert_eq!(n, 1);
    let r = read(&[SourceText { name: "pasted", bytes: text }]);
    let o = &r.objects[0];
    assert_eq!(o.kind, Kind::IosEnrollmentProfile);
    assert_eq!(o.name(), None);
    assert_eq!(o.method(), Some(ade_advisor::engine::model::AuthMethod::SetupAssistantLegacy));
}

#[test]
fn invalid_utf8_after_a_bom_counts_the_bom_in_the_offset_only() {
    let e = only_error(b"\xEF\xBB\xBF{\n \"a\": \"\xff\"}");
    assert_eq!(e.offset, Some(12));
    assert_eq!((e.line, e.column), (Some(2), Some(8)));
    assert!(e.message.en.contains("offset 12"));
}

#[test]
fn other_files_are_still_read_when_one_is_not_utf8() {
    let good = br#"{"requiresUserAuthentication": true, "enableAuthenticationViaCompanyPortal": true}"#;
    let r =
        read(&[SourceText { name: "bad.json", bytes: b"\xff\xfe{" }, SourceText { name: "good.json", bytes: good }]);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].source, "bad.json");
    assert_eq!(r.errors[0].offset, Some(0));
    assert_eq!(r.objects.len(), 1);
    assert_eq!(&*r.objects[0].source, "good.json");
    assert_eq!(r.objects[0].input, 1);
}

#[test]
fn yaml_or_powershell_listing_gets_an_export_hint() {
    let e = only_error(b"displayName: iPhone\nrequiresUserAuthentication: true\n");
    assert_eq!((e.line, e.column), (Some(1), Some(1)));
    assert!(e.message.en.contains("YAML"), "{}", e.message.en);
    assert!(e.message.ja.contains("JSON でエクスポート"));
}
