//! Broken and hostile inputs: clear bilingual errors with positions, never a panic, and
//! the other inputs are still read.

use ade_advisor::engine::input::{SourceText, MAX_INPUT_BYTES};
use ade_advisor::engine::model::{InputError, Kind};
use ade_advisor::engine::read;

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
    // At the cut-off word `tr`, with the innermost bracket still open.
    assert_eq!((e.line, e.column), (Some(3), Some(56)));
    assert!(e.message.en.contains("The '{' at line 3, column 5 is never closed."), "{}", e.message.en);
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

/// A broken input and where a person expects the error: the line and column (in
/// characters, 1-based) of the offending token, the line shown as the excerpt, and words
/// the English and Japanese messages must contain.
struct Case {
    text: &'static str,
    at: (usize, usize),
    excerpt: &'static str,
    en: &'static str,
    ja: &'static str,
}

fn check_cases(cases: &[Case]) {
    for c in cases {
        let e = only_error(c.text.as_bytes());
        let got = (e.line.unwrap_or(0), e.column.unwrap_or(0));
        assert_eq!(got, c.at, "position of {:?}: {}", c.text, e.message.en);
        assert_eq!(e.excerpt.as_deref(), Some(c.excerpt), "excerpt of {:?}", c.text);
        // The caret stands under the column (tabs are shown as one space).
        assert_eq!(e.caret, Some(format!("{}^", " ".repeat(c.at.1 - 1))), "caret of {:?}", c.text);
        assert!(e.message.en.contains(c.en), "{:?}: {}", c.text, e.message.en);
        assert!(e.message.ja.contains(c.ja), "{:?}: {}", c.text, e.message.ja);
    }
}

#[test]
fn misspelled_literals_point_at_their_first_letter_not_past_the_line_break() {
    check_cases(&[
        Case {
            text: "{\n  \"displayName\": \"A\",\n  \"x\": tru\n}\n",
            at: (3, 8),
            excerpt: "  \"x\": tru",
            en: "Unknown word",
            ja: "認識できない単語",
        },
        Case {
            text: "{\n  \"x\": nul,\n  \"y\": 1\n}\n",
            at: (2, 8),
            excerpt: "  \"x\": nul,",
            en: "true, false and null",
            ja: "null",
        },
        Case {
            text: "{\n  \"x\": fals e\n}\n",
            at: (2, 8),
            excerpt: "  \"x\": fals e",
            en: "Unknown word",
            ja: "小文字",
        },
        // Cut off inside the word: the text ends too early, in this value.
        Case {
            text: "{\n  \"x\": tru",
            at: (2, 8),
            excerpt: "  \"x\": tru",
            en: "in the middle of this value",
            ja: "この値の途中",
        },
    ]);
}

#[test]
fn unquoted_keys_point_at_the_key() {
    check_cases(&[Case {
        text: "{\n  \"a\": 1,\n  displayName: \"A\"\n}\n",
        at: (3, 3),
        excerpt: "  displayName: \"A\"",
        en: "Keys must be strings in double quotes",
        ja: "ダブル クォート",
    }]);
}

#[test]
fn trailing_commas_point_at_the_comma_not_at_the_closing_bracket() {
    check_cases(&[
        Case {
            text: "{\n  \"a\": 1,\n  \"b\": 2,\n}\n",
            at: (3, 9),
            excerpt: "  \"b\": 2,",
            en: "Remove this comma",
            ja: "このカンマを削除",
        },
        Case {
            text: "{\n  \"a\": [\n    1,\n    2,\n  ]\n}\n",
            at: (4, 6),
            excerpt: "    2,",
            en: "trailing comma",
            ja: "余分なカンマ",
        },
    ]);
}

/// The caret sits on the member (or item) that has no comma before it: the token the
/// reader cannot accept there, as editors and most JSON tools show it; the place where
/// the comma goes (just after the previous value, often the line before) is in the message.
#[test]
fn missing_commas_point_at_the_member_lacking_one_and_the_message_names_where_it_goes() {
    check_cases(&[
        Case {
            text: "{\n  \"displayName\": \"A\"\n  \"x\": true\n}\n",
            at: (3, 3),
            excerpt: "  \"x\": true",
            en: "Add ',' at line 2, column 21, just after the previous value",
            ja: "2 行 21 列目 (前の値の直後) に ',' を追加",
        },
        Case {
            text: "[\n  1\n  2\n]\n",
            at: (3, 3),
            excerpt: "  2",
            en: "Add ',' at line 2, column 4, just after the previous item",
            ja: "2 行 4 列目 (前の要素の直後)",
        },
    ]);
}

#[test]
fn missing_colons_point_at_the_value_and_the_message_names_where_the_colon_goes() {
    check_cases(&[Case {
        text: "{\n  \"a\" 1\n}\n",
        at: (2, 7),
        excerpt: "  \"a\" 1",
        en: "Expected ':' after the key: add it at line 2, column 6",
        ja: "2 行 6 列目に ':' を追加",
    }]);
}

#[test]
fn unterminated_strings_point_at_their_opening_quote() {
    check_cases(&[
        // Closed neither on its line (the reader stops at the line break) …
        Case {
            text: "{\n  \"displayName\": \"A,\n  \"x\": true\n}\n",
            at: (2, 18),
            excerpt: "  \"displayName\": \"A,",
            en: "not closed on its line",
            ja: "閉じるダブル クォート",
        },
        // … nor before the end of the text.
        Case {
            text: "{\n  \"a\": \"unfinished",
            at: (2, 8),
            excerpt: "  \"a\": \"unfinished",
            en: "inside the string that starts here, whose closing quote",
            ja: "ここから始まる文字列の途中",
        },
    ]);
}

#[test]
fn invalid_escapes_point_at_the_backslash() {
    check_cases(&[
        Case {
            text: "{\n  \"path\": \"C:\\Users\"\n}\n",
            at: (2, 14),
            excerpt: "  \"path\": \"C:\\Users\"",
            en: "invalid backslash escape",
            ja: "エスケープ",
        },
        Case {
            text: "{\n  \"a\": \"\\u12G4\"\n}\n",
            at: (2, 9),
            excerpt: "  \"a\": \"\\u12G4\"",
            en: "\\uXXXX",
            ja: "\\uXXXX",
        },
        Case {
            text: "{\n  \"a\": \"\\uD800x\"\n}\n",
            at: (2, 9),
            excerpt: "  \"a\": \"\\uD800x\"",
            en: "surrogates in pairs",
            ja: "サロゲート",
        },
    ]);
}

#[test]
fn bad_numbers_point_at_their_first_character() {
    check_cases(&[
        Case {
            text: "{\n  \"n\": 01\n}\n",
            at: (2, 8),
            excerpt: "  \"n\": 01",
            en: "start with 0 followed by digits",
            ja: "0 の後に数字",
        },
        Case {
            text: "{\n  \"n\": 1.\n}\n",
            at: (2, 8),
            excerpt: "  \"n\": 1.",
            en: "need a digit after them",
            ja: "数字が必要",
        },
        Case {
            text: "{\n  \"n\": -\n}\n",
            at: (2, 8),
            excerpt: "  \"n\": -",
            en: "not valid JSON",
            ja: "正しくありません",
        },
        Case {
            text: "{\n  \"n\": 1e999\n}\n",
            at: (2, 8),
            excerpt: "  \"n\": 1e999",
            en: "too large",
            ja: "大きすぎて",
        },
    ]);
}

#[test]
fn stray_characters_point_at_themselves() {
    check_cases(&[
        Case {
            text: "{\n  \"a\": 1 @\n}\n",
            at: (2, 10),
            excerpt: "  \"a\": 1 @",
            en: "Expected ',' or '}' here",
            ja: "',' または '}'",
        },
        Case {
            text: "{\n  \"a\": @\n}\n",
            at: (2, 8),
            excerpt: "  \"a\": @",
            en: "A value was expected",
            ja: "値が必要",
        },
        Case { text: "{\n  \"a\": 1\n}\n;\n", at: (4, 1), excerpt: ";", en: "Extra text", ja: "余分なテキスト" },
    ]);
}

/// The caret goes where the text stops: just after the last token, which is where the
/// missing bracket belongs and, in a cut-off copy, the last thing the user sees (the
/// outermost opening bracket is usually line 1, which would say nothing). The innermost
/// bracket still open is named in the message.
#[test]
fn unclosed_containers_point_just_after_the_last_token_and_name_the_open_bracket() {
    check_cases(&[
        Case {
            text: "{\n  \"a\": {\n    \"b\": 1\n",
            at: (3, 11),
            excerpt: "    \"b\": 1",
            en: "The '{' at line 2, column 8 is never closed.",
            ja: "2 行 8 列目の '{' が閉じられていません",
        },
        Case {
            text: "{\n  \"a\": [\n    1,\n    2\n\n",
            at: (4, 6),
            excerpt: "    2",
            en: "The '[' at line 2, column 8 is never closed.",
            ja: "2 行 8 列目の '['",
        },
        Case {
            text: "{\n  \"a\":", at: (2, 7), excerpt: "  \"a\":", en: "ends too early", ja: "途中で終わって"
        },
    ]);
}

#[test]
fn errors_on_the_last_line_without_a_final_line_break() {
    check_cases(&[
        Case {
            text: "{\n  \"x\": 1,\n  \"y\": tru}",
            at: (3, 8),
            excerpt: "  \"y\": tru}",
            en: "Unknown word",
            ja: "認識できない",
        },
        Case {
            text: "{\n  \"a\": 1,}", at: (2, 9), excerpt: "  \"a\": 1,}", en: "trailing comma", ja: "余分なカンマ"
        },
        Case {
            text: "[\n  1 2]", at: (2, 5), excerpt: "  1 2]", en: "Add ',' at line 2, column 4", ja: "2 行 4 列目"
        },
        Case {
            text: "{\n  \"a\" 1}",
            at: (2, 7),
            excerpt: "  \"a\" 1}",
            en: "add it at line 2, column 6",
            ja: "2 行 6 列目",
        },
        Case {
            text: "{\n  \"p\": \"\\q\"}",
            at: (2, 9),
            excerpt: "  \"p\": \"\\q\"}",
            en: "invalid backslash escape",
            ja: "エスケープ",
        },
        Case {
            text: "{\n  \"n\": 01}",
            at: (2, 8),
            excerpt: "  \"n\": 01}",
            en: "not valid JSON",
            ja: "正しくありません",
        },
        Case {
            text: "{\n  \"a\": 1 @}",
            at: (2, 10),
            excerpt: "  \"a\": 1 @}",
            en: "Expected ',' or '}'",
            ja: "',' または '}'",
        },
        Case {
            text: "[\n  {\"a\": 1}",
            at: (2, 11),
            excerpt: "  {\"a\": 1}",
            en: "The '[' at line 1, column 1 is never closed.",
            ja: "1 行 1 列目の '['",
        },
    ]);
}

#[test]
fn errors_with_crlf_line_endings_stay_on_the_line_of_the_token() {
    check_cases(&[
        Case {
            text: "{\r\n  \"displayName\": \"A\",\r\n  \"x\": tru\r\n}\r\n",
            at: (3, 8),
            excerpt: "  \"x\": tru",
            en: "Unknown word",
            ja: "認識できない",
        },
        Case {
            text: "{\r\n  \"displayName\": \"A\"\r\n  \"x\": true\r\n}\r\n",
            at: (3, 3),
            excerpt: "  \"x\": true",
            en: "Add ',' at line 2, column 21",
            ja: "2 行 21 列目",
        },
        Case {
            text: "{\r\n  \"a\": 1,\r\n}\r\n",
            at: (2, 9),
            excerpt: "  \"a\": 1,",
            en: "Remove this comma",
            ja: "このカンマを削除",
        },
        Case {
            text: "{\r\n  \"a\": \"open\r\n}\r\n",
            at: (2, 8),
            excerpt: "  \"a\": \"open",
            en: "not closed on its line",
            ja: "閉じるダブル クォート",
        },
        Case {
            text: "{\r\n  \"n\": 1.\r\n}\r\n",
            at: (2, 8),
            excerpt: "  \"n\": 1.",
            en: "not valid JSON",
            ja: "正しくありません",
        },
        Case {
            text: "{\r\n  \"a\": [\r\n    1\r\n",
            at: (3, 6),
            excerpt: "    1",
            en: "The '[' at line 2, column 8 is never closed.",
            ja: "2 行 8 列目の '['",
        },
    ]);
}

/// A tab is one character of the column (and one space in the excerpt).
#[test]
fn errors_after_tabs_count_a_tab_as_one_column() {
    check_cases(&[
        Case {
            text: "{\n\t\"x\": tru\n}\n",
            at: (2, 7),
            excerpt: " \"x\": tru",
            en: "Unknown word",
            ja: "認識できない",
        },
        Case {
            text: "{\n\t\"a\": 1\n\t\"b\": 2\n}\n",
            at: (3, 2),
            excerpt: " \"b\": 2",
            en: "Add ',' at line 2, column 8",
            ja: "2 行 8 列目",
        },
        Case { text: "[\n\t1,\n]\n", at: (2, 3), excerpt: " 1,", en: "trailing comma", ja: "余分なカンマ" },
        // A tab inside a string is the fault itself.
        Case {
            text: "{\n\t\"a\":\t\"x\ty\"}\n",
            at: (2, 9),
            excerpt: " \"a\": \"x y\"}",
            en: "control character",
            ja: "制御文字",
        },
    ]);
}

/// Columns count characters, not bytes: é is 2 bytes, 名 and 前 3, 😀 4.
#[test]
fn errors_after_multibyte_characters_count_characters() {
    check_cases(&[
        Case {
            text: "{\n  \"名前\": \"é😀\", \"x\": tru\n}\n",
            at: (2, 20),
            excerpt: "  \"名前\": \"é😀\", \"x\": tru",
            en: "Unknown word",
            ja: "認識できない",
        },
        Case {
            text: "{\"名前\": \"é😀\" \"x\": 1}",
            at: (1, 13),
            excerpt: "{\"名前\": \"é😀\" \"x\": 1}",
            en: "Add ',' at line 1, column 12",
            ja: "1 行 12 列目",
        },
        Case {
            text: "{\n  \"é\": \"😀 open\n}\n",
            at: (2, 8),
            excerpt: "  \"é\": \"😀 open",
            en: "not closed on its line",
            ja: "閉じるダブル クォート",
        },
        Case {
            text: "[\"日本\\x\"]",
            at: (1, 5),
            excerpt: "[\"日本\\x\"]",
            en: "invalid backslash escape",
            ja: "エスケープ",
        },
        Case {
            text: "[\"日本\"",
            at: (1, 6),
            excerpt: "[\"日本\"",
            en: "The '[' at line 1, column 1 is never closed.",
            ja: "1 行 1 列目の '['",
        },
    ]);
}
