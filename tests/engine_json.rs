//! The engine's JSON reader against `serde_json` (issue 8 replaced the latter in the
//! engine for speed): on valid texts both read the same values; on broken texts both
//! fail, for the same reason. Where they point differs by design: `serde_json` reports
//! the last byte it read (the byte after a misspelled `tru`, often on the next line), the
//! engine the offending token, by the rule documented in `src/engine/json.rs`; `check`
//! verifies that rule against `serde_json`'s position on every broken text. The inputs
//! are the fixtures and samples and random edits of them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/same_json.rs"]
mod same_json;
use ade_advisor::engine::json::{Doc, ErrorKind};
use proptest::prelude::*;
use same_json::same_json;

/// `serde_json`'s verdict as (kind, the byte it read last before failing).
fn serde_verdict(text: &str) -> Result<serde_json::Value, (ErrorKind, usize)> {
    serde_json::from_str::<serde_json::Value>(text).map_err(|e| {
        let msg = e.to_string();
        let kind = if msg.starts_with("EOF") || e.classify() == serde_json::error::Category::Eof {
            ErrorKind::Eof
        } else if msg.starts_with("expected value") {
            ErrorKind::ExpectedValue
        } else if msg.starts_with("expected ident") {
            ErrorKind::ExpectedIdent
        } else if msg.starts_with("expected `:`") {
            ErrorKind::ExpectedColon
        } else if msg.starts_with("expected `,` or `}`") {
            ErrorKind::ExpectedCommaOrBrace
        } else if msg.starts_with("expected `,` or `]`") {
            ErrorKind::ExpectedCommaOrBracket
        } else if msg.starts_with("key must be a string") {
            ErrorKind::KeyMustBeString
        } else if msg.starts_with("trailing comma") {
            ErrorKind::TrailingComma
        } else if msg.starts_with("trailing characters") {
            ErrorKind::TrailingCharacters
        } else if msg.starts_with("control character") {
            ErrorKind::ControlCharacter
        } else if msg.starts_with("invalid escape")
            || msg.contains("unicode code point")
            || msg.contains("surrogate")
            || msg.contains("hex escape")
        {
            ErrorKind::InvalidEscape
        } else if msg.starts_with("invalid number") {
            ErrorKind::InvalidNumber
        } else if msg.starts_with("number out of range") {
            ErrorKind::NumberOutOfRange
        } else if msg.contains("recursion limit") {
            ErrorKind::TooDeep
        } else {
            panic!("unmapped serde_json error: {msg}")
        };
        (kind, byte_of(text, e.line(), e.column()))
    })
}

/// The byte at `serde_json`'s (1-based line, 1-based byte column), column 0 being the line
/// break before the line (`serde_json` counts a line break it read as the start of the
/// next line).
fn byte_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0usize;
    for _ in 1..line {
        match text.get(start..).and_then(|s| s.find('\n')) {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    if column == 0 {
        return start.saturating_sub(1);
    }
    let line_len = text.get(start..).map(|s| s.find('\n').unwrap_or(s.len())).unwrap_or(0);
    start + (column - 1).min(line_len)
}

fn is_ws(c: Option<&u8>) -> bool {
    matches!(c, Some(b' ' | b'\n' | b'\t' | b'\r'))
}

/// A byte that can begin a JSON value.
fn begins_value(c: Option<&u8>) -> bool {
    matches!(c, Some(b'"' | b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'))
}

/// A scan of `b[..upto]` that knows only strings and brackets: whether `upto` is inside a
/// string, and the brackets still open there (outside strings).
fn scan(b: &[u8], upto: usize) -> (bool, Vec<usize>) {
    let (mut in_string, mut open, mut i) = (false, Vec::new(), 0);
    while i < upto.min(b.len()) {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'[' | b'{') => open.push(i),
            (false, b']' | b'}') => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    (in_string, open)
}

/// Whether a string opened before `from` is still open at `to`: no unescaped quote in
/// `b[from..to]`.
fn no_closing_quote(b: &[u8], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to.min(b.len()) {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return false,
            _ => i += 1,
        }
    }
    true
}

/// The position rule of `src/engine/json.rs` for an error of `kind` at `o` (with the
/// second place `related`), given the byte `s` at which `serde_json` failed. `Err` says
/// which part of the rule is broken.
fn follows_the_rule(text: &str, kind: ErrorKind, o: usize, related: Option<usize>, s: usize) -> Result<(), String> {
    let b = text.as_bytes();
    let at = |k: usize| b.get(k);
    let all_ws = |from: usize, to: usize| b.get(from..to).is_some_and(|r| r.iter().all(|c| is_ws(Some(c))));
    let ensure = |ok: bool, why: &str| if ok { Ok(()) } else { Err(why.to_string()) };
    ensure(o <= b.len() && text.is_char_boundary(o), "outside the text or inside a character")?;
    if kind != ErrorKind::Eof {
        ensure(o <= s, "after serde_json's position")?;
        // (A control character in a string may be a tab.)
        ensure(o < b.len() && (kind == ErrorKind::ControlCharacter || !is_ws(at(o))), "not on a token")?;
    }
    let separator =
        matches!(kind, ErrorKind::ExpectedColon | ErrorKind::ExpectedCommaOrBrace | ErrorKind::ExpectedCommaOrBracket);
    if !separator && kind != ErrorKind::Eof {
        ensure(related.is_none(), "a second place for an error that has none")?;
    }
    match kind {
        ErrorKind::ExpectedValue | ErrorKind::KeyMustBeString | ErrorKind::TrailingCharacters | ErrorKind::TooDeep => {
            ensure(o == s, "not the character that cannot stand there")
        }
        _ if separator => {
            ensure(o == s, "not the character found where the separator belongs")?;
            match related {
                // A value where `,` or `:` belongs: the separator goes just after the
                // previous token.
                Some(r) => ensure(
                    begins_value(at(o)) && r > 0 && r <= o && all_ws(r, o) && !is_ws(at(r - 1)),
                    "the place of the missing separator is not just after the previous token",
                ),
                None => ensure(!begins_value(at(o)), "a missing separator without its place"),
            }
        }
        ErrorKind::TrailingComma => ensure(
            at(o) == Some(&b',') && o < s && all_ws(o + 1, s) && matches!(at(s), Some(b']' | b'}')),
            "not the comma before the closing bracket",
        ),
        ErrorKind::ExpectedIdent => ensure(
            o < s && ["true", "false", "null"].iter().any(|w| w.as_bytes().starts_with(&b[o..s])),
            "not the first letter of the misspelled word",
        ),
        ErrorKind::InvalidNumber | ErrorKind::NumberOutOfRange => ensure(
            matches!(at(o), Some(b'-' | b'0'..=b'9'))
                && (o == 0 || !matches!(at(o - 1), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')))
                && b[o..s].iter().all(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')),
            "not the first byte of the number",
        ),
        ErrorKind::InvalidEscape => {
            ensure(at(o) == Some(&b'\\') && scan(b, o).0 && o < s && s - o <= 12, "not the backslash of the escape")
        }
        ErrorKind::ControlCharacter if matches!(at(s), Some(b'\n' | b'\r')) => ensure(
            at(o) == Some(&b'"') && !scan(b, o).0 && no_closing_quote(b, o + 1, s) && !b[o..s].contains(&b'\n'),
            "a string broken by a line break, not at its opening quote on the same line",
        ),
        ErrorKind::ControlCharacter => ensure(o == s, "not the control character"),
        ErrorKind::Eof => {
            ensure(o <= s + 1, "more than one byte after serde_json's position")?;
            let (in_string, open) = scan(b, o);
            ensure(related == open.last().copied(), "the second place is not the innermost open bracket")?;
            if all_ws(o, b.len()) {
                ensure(o == 0 || !is_ws(at(o - 1)), "ends between tokens, but not just after the last one")
            } else if at(o) == Some(&b'"') {
                ensure(!in_string && no_closing_quote(b, o + 1, b.len()), "not the opening quote of the open string")
            } else {
                ensure(
                    begins_value(at(o))
                        && (o == 0 || is_ws(at(o - 1)) || matches!(at(o - 1), Some(b'[' | b'{' | b',' | b':')))
                        && !b[o..].iter().any(|c| is_ws(Some(c)) || b"[]{},:\"".contains(c)),
                    "not the first byte of the unfinished value",
                )
            }
        }
        _ => Err("a kind the rule does not cover".into()),
    }
}

fn check(text: &str) {
    let ours = Doc::parse(text);
    match (serde_verdict(text), ours) {
        (Ok(v), Ok(doc)) => {
            let ours = serde_json::to_value(doc.root().to_value()).unwrap();
            assert!(same_json(&ours, &v), "{text:?}: {v} vs {ours}")
        }
        (Err((kind, s)), Err(o)) => {
            assert_eq!(o.kind, kind, "{text:?}");
            if let Err(why) = follows_the_rule(text, o.kind, o.offset, o.related(), s) {
                panic!("{text:?}: {o:?} (serde_json failed at byte {s}): {why}");
            }
        }
        (Ok(_), Err(o)) => panic!("we refuse what serde_json reads: {o:?} in {text:?}"),
        (Err(e), Ok(_)) => panic!("we read what serde_json refuses ({e:?}): {text:?}"),
    }
}

fn corpus() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    for dir in [
        "tests/fixtures/input/samples",
        "tests/fixtures/input/shapes",
        "tests/fixtures/input/broken",
        "tests/fixtures/rules",
        "www/samples",
    ] {
        let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
    assert!(out.len() > 10, "fixtures found: {}", out.len());
    out
}

#[test]
fn every_fixture_and_sample_reads_the_same() {
    for text in corpus() {
        check(&text);
        check(text.trim_start_matches('\u{feff}'));
    }
}

#[test]
fn hand_picked_edge_cases_read_the_same() {
    let cases = [
        "",
        " ",
        "{",
        "[",
        "}",
        "]",
        "\"",
        "\"abc",
        "[1,",
        "[1,\n",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1,",
        "nul",
        "tru",
        "t",
        "True",
        "NaN",
        "-",
        "-a",
        "01",
        "1.",
        "1.e3",
        "1e",
        "1e+",
        "-0.0e-0",
        "1E400",
        "-1e400",
        "1e-400",
        "123456789012345678901234567890",
        "1.7976931348623157e309",
        "[\"\\u12\"]",
        "[\"\\uD800\"]",
        "[\"\\uD800\\u0041\"]",
        "[\"\\uDC00\"]",
        "[\"\\uD83D\\uDE00\"]",
        "[\"\\",
        "[\"\\u",
        "[\"\\uD800\\",
        "[\"\\uD800\\u",
        "['a']",
        "{'a':1}",
        "{a:1}",
        "{\"a\":1}//c",
        "/* c */{}",
        "[1]x",
        "[1] [2]",
        "{\"a\":1,}",
        "[,]",
        "[,1]",
        "{,}",
        "{\"a\"::1}",
        "[\"\t\"]",
        "[\"\u{7f}\"]",
        "\u{feff}{}",
        "{\"a\":{\"b\":[{}]}}",
        "[0,-0,0.5,-12e-3]",
        "{\"\":\"\"}",
        "[\"é😀\\u00e9\"]",
        "  {\"x\": null}  \n",
        "[1\n,\n2\n",
        "{\"a\": 1\n\n",
        "[\"a\"\"b\"]",
        "[true false]",
        // Line breaks, CRLF, tabs and multi-byte characters around the fault.
        "{\"x\": tru\n}",
        "{\"x\": tru\r\n}",
        "{\r\n\t\"x\": nul\r\n}",
        "{\"é😀\": fals e}",
        "{\"a\": 1\r\n\t\"b\": 2}",
        "[1\r\n\t2]",
        "{\"a\" \r\n 1}",
        "{\"a\": \"open\r\n}",
        "{\"a\": \"open\n}",
        "{\"a\": \"tab\there\"}",
        "{\"a\": \"bad \\q\"}",
        "{\"a\": \"bad \\u12G4\"}",
        "{\"a\": 01\n}",
        "{\"a\": 1.\n}",
        "{\"a\": -\n}",
        "{\"a\": [1,\r\n]}",
        "{\"a\": 1,\n}",
        "{\"a\": [\n  1,\n  2\n",
        "{\"a\": {\"b\": [1, {}\r\n\r\n",
        "{\"a\": \"é😀",
        "{\"a\": 12",
        "{\"a\": 1.",
        "{a: 1}",
        "{\"a\": 1 @}",
        "{\"a\": @}",
    ];
    for c in cases {
        check(c);
    }
    for digits in [15, 16, 300, 308, 309, 310, 400] {
        check(&format!("[1{}]", "0".repeat(digits)));
        check(&format!("[-1{}.5]", "9".repeat(digits)));
        check(&format!("[0.{}1e-5]", "0".repeat(digits)));
    }
    for depth in [126, 127, 128, 129, 500] {
        check(&"[".repeat(depth));
        check(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        check(&format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
    }
}

/// Numbers at the edge of `f64`'s range. The reader decides "number out of range" without
/// parsing floats, with `serde_json`'s arithmetic (which differs from the exact value near
/// `f64::MAX`: see `out_of_range` in src/engine/json.rs).
#[test]
fn numbers_at_the_edge_of_f64_read_the_same() {
    let max_digits = format!("{:.0}", f64::MAX);
    let cases = [
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.797693134862315807e308",
        "1.797693134862315808e308",
        "1.7976931348623159e308",
        "1.79769313486231570e308",
        "17976931348623157e292",
        "17976931348623158e292",
        "17976931348623159e292",
        "179769313486231570e291",
        "0.0001e312",
        "0.00017976931348623157e312",
        "1e308",
        "10e307",
        "1e309",
        "9e308",
        "1.8e308",
        "0e309",
        "0.0e99999",
        "1e-400",
        "1e-324",
        "4.9e-324",
        "2.5e-324",
        "1e-99999999999",
        "0e99999999999",
        "1e99999999999",
        "1e2147483647",
        "1e2147483648",
        "1e+2147483648",
        "1e-2147483648",
        "18446744073709551615e289",
        "18446744073709551616e289",
        "18446744073709551616.5e289",
        "1844674407370955161.6e290",
        "0.18446744073709551616e309",
        "99999999999999999999999e286",
        "1E308",
        "1E+309",
        "1e0308",
        "1e00000000000000309",
        &max_digits,
        &format!("{max_digits}.0"),
        &format!("{max_digits}.9"),
        &format!("1{}", "0".repeat(308)),
        &format!("9{}", "9".repeat(307)),
        &format!("1{}", "0".repeat(309)),
        &format!("0.{}1e309", "0".repeat(400)),
        &format!("{}e290", "9".repeat(400)),
        &format!("1.{}e308", "9".repeat(400)),
    ];
    let mut refused = 0;
    for c in cases {
        for text in [c.to_string(), format!("-{c}"), format!("[{c}]"), format!("{{\"n\":\n{c}}}")] {
            check(&text);
            refused += usize::from(Doc::parse(&text).is_err());
        }
    }
    // Both answers occur, so the cases sit on the boundary.
    assert!(refused > 40 && refused < 4 * cases.len() - 40, "{refused} refused");
}

/// Characters random edits insert: JSON punctuation and the troublemakers around it.
const ALPHABET: &[char] = &[
    '{', '}', '[', ']', ',', ':', '"', '\\', 'u', 'e', 'E', '.', '-', '+', '0', '1', '9', 't', 'n', 'f', 'a', ' ',
    '\n', '\t', '\'', '/', '\u{1}', 'é', '😀', 'D', '8',
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn random_numbers_near_f64_max_read_the_same(digits in "[1-9][0-9]{0,40}", point in 0usize..42, exponent in 250i32..340) {
        let number = match point {
            0 => format!("0.{digits}"),
            p if p < digits.len() => format!("{}.{}", &digits[..p], &digits[p..]),
            _ => digits.clone(),
        };
        check(&format!("[{number}e{exponent}]"));
    }

    #[test]
    fn random_numbers_at_f64_max_read_the_same(tail in "[5-9][0-9]{0,24}", shift in 0usize..20) {
        // 1.797693134862315…e308 with the decimal point moved `shift` places to the right.
        let digits = format!("1797693134862315{tail}");
        let point = (1 + shift).min(digits.len());
        let number = format!("{}.{}", &digits[..point], &digits[point..]);
        let number = number.trim_end_matches('.');
        check(&format!("[{number}e{}]", 308 - shift));
    }

    #[test]
    fn random_edits_of_fixtures_read_the_same(
        pick in 0usize..1000,
        edits in proptest::collection::vec((0usize..100_000, 0usize..4, 0usize..ALPHABET.len(), 0usize..8), 1..6),
    ) {
        let docs = corpus();
        let mut chars: Vec<char> = docs[pick % docs.len()].chars().collect();
        for (at, op, c, n) in edits {
            let at = if chars.is_empty() { 0 } else { at % (chars.len() + 1) };
            match op {
                0 => { chars.drain(at..(at + n).min(chars.len())); }
                1 => { for _ in 0..=n.min(3) { chars.insert(at, ALPHABET[c]); } }
                2 => chars.truncate(at),
                _ => { if at < chars.len() { chars[at] = ALPHABET[c]; } }
            }
        }
        let text: String = chars.into_iter().collect();
        check(&text);
    }
}

/// The reports write JSON text directly; it must be exactly what `serde_json` would print
/// for the same value (the CLI's and the page's documented format).
#[test]
fn reports_are_written_as_serde_json_prints_them() {
    use ade_advisor::engine::input::SourceText;
    use ade_advisor::engine::report::{recommendation_json_text, Format, RenderOptions, Report};
    use ade_advisor::engine::table::{Requirement, RequirementSet};
    use ade_advisor::engine::{analyze, i18n::Lang, Options};
    let docs = corpus();
    let inputs: Vec<SourceText<'_>> =
        docs.iter().map(|t| SourceText { name: "fixture \"x\"\t.json", bytes: t.as_bytes() }).collect();
    let reqs: RequirementSet = [Requirement::Mfa, Requirement::Wipe].into_iter().collect();
    for options in [Options::default(), Options { requirements: Some(reqs), asked_about_vanishing_app: true }] {
        let a = analyze(&inputs, options);
        for lang in Lang::ALL {
            let text = Report::new(&a, &inputs, lang).render(Format::Json, RenderOptions::default());
            let text = text.strip_suffix('\n').unwrap();
            let v: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string_pretty(&v).unwrap(), text);
            if let Some(r) = &a.recommendation {
                let text = recommendation_json_text(r, lang);
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(serde_json::to_string_pretty(&v).unwrap(), text);
            }
        }
    }
}
