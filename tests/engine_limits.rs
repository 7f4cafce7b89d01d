//! Limits (issue 9): very large input, very deep nesting, very long strings, many
//! objects, invalid UTF-8 and binary files each end in an analysis or a clear bilingual
//! message — never a panic, a stack overflow or a hang. The data is generated here.
//! Every test stays within a few seconds in a debug build.

use ade_advisor::engine::input::{locate, SourceText, MAX_INPUT_BYTES};
use ade_advisor::engine::model::{AuthMethod, InputError, Kind};
use ade_advisor::engine::{analyze, table::RequirementSet, Analysis, Options};
use std::time::{Duration, Instant};

const COMPANY_PORTAL: &str = r##"{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","displayName":"Sales","requiresUserAuthentication":true,"enableAuthenticationViaCompanyPortal":true,"companyPortalVppTokenId":"tok"}"##;

/// Analyses one pasted input with every requirement stated, and checks the time budget.
fn run(bytes: &[u8], budget: Duration) -> Analysis {
    let all = RequirementSet::from_bits(u16::MAX);
    run_with(bytes, Options { requirements: Some(all), asked_about_vanishing_app: true }, budget)
}

fn run_with(bytes: &[u8], options: Options, budget: Duration) -> Analysis {
    let started = Instant::now();
    let a = analyze(&[SourceText { name: "pasted", bytes }], options);
    let took = started.elapsed();
    assert!(took < budget, "took {took:?}, budget {budget:?}");
    for e in &a.errors {
        assert!(e.message.is_complete(), "{e:?}");
    }
    a
}

fn only_error(a: &Analysis) -> &InputError {
    assert!(a.objects.is_empty(), "{} objects", a.objects.len());
    assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
    &a.errors[0]
}

/// 20 MB: one profile, and a large list of devices next to it (an export with
/// `$expand`, say). Read and analysed.
#[test]
fn twenty_megabytes_are_read_and_analysed() {
    let mut text = String::with_capacity(21 << 20);
    text.push_str("{\"@odata.context\":\"x\",\"value\":[");
    text.push_str(&COMPANY_PORTAL[..COMPANY_PORTAL.len() - 1]);
    text.push_str(",\"notes\":[");
    let item = "\"serial-0123456789ABCDEF-0123456789ABCDEF-0123456789ABCDEF\"";
    while text.len() < 20_000_000 {
        text.push_str(item);
        text.push(',');
    }
    text.push_str("0]}]}");
    assert!(text.len() >= 20_000_000 && text.len() < MAX_INPUT_BYTES);
    let a = run(text.as_bytes(), Duration::from_secs(30));
    assert!(a.errors.is_empty(), "{:?}", a.errors);
    assert_eq!(a.objects.len(), 1);
    assert_eq!(a.objects[0].method(), Some(AuthMethod::CompanyPortal));
    assert!(a.findings.iter().any(|f| f.rule == "company-portal-app-vanishes"));
    let span = locate(&text, "/value/0/companyPortalVppTokenId").expect("located");
    assert_eq!(&text[span.start..span.end], "\"companyPortalVppTokenId\"");
}

/// More than the limit: refused at once with the size and the limit.
#[test]
fn over_the_limit_is_refused_quickly_with_the_numbers() {
    let bytes = vec![b'['; MAX_INPUT_BYTES + 10];
    let e = only_error(&run(&bytes, Duration::from_millis(500))).clone();
    assert!(e.message.en.contains("32 MiB") && e.message.en.contains("more than"), "{}", e.message.en);
    assert!(e.message.ja.contains("32 MiB") && e.message.ja.contains("超えて"), "{}", e.message.ja);
}

/// 100,000 levels: the parser's depth limit answers with a position; nothing recurses.
#[test]
fn hundred_thousand_levels_get_a_clear_message_with_line_and_column() {
    let depth = 100_000;
    let shapes = [
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)),
        format!("{{\n  \"value\": {}", "[{\"x\":".repeat(depth / 2)),
    ];
    for text in &shapes {
        let a = run(text.as_bytes(), Duration::from_secs(5));
        let e = only_error(&a);
        assert!(e.message.en.contains("nested too deeply"), "{}", e.message.en);
        assert!(e.message.ja.contains("入れ子が深すぎます"), "{}", e.message.ja);
        assert!(e.line.is_some() && e.column.is_some(), "{e:?}");
        assert!(e.excerpt.as_ref().is_some_and(|x| x.chars().count() <= 82));
        // `locate` walks the same text without recursion.
        let deep = "/0".repeat(depth - 1);
        let _ = locate(text, &deep);
        let _ = locate(text, "");
    }
    assert_eq!(only_error(&run(shapes[2].as_bytes(), Duration::from_secs(5))).line, Some(2));
}

/// A 5 MB string value is read; the name is kept whole (the page shortens what it shows).
#[test]
fn five_megabyte_strings_are_read() {
    let long = "あ".repeat(5 * 1024 * 1024 / 3);
    let text = COMPANY_PORTAL.replace("\"Sales\"", &format!("\"{long}\""));
    let a = run(text.as_bytes(), Duration::from_secs(10));
    assert!(a.errors.is_empty(), "{:?}", a.errors);
    assert_eq!(a.objects[0].name().map(str::len), Some(long.len()));
    assert_eq!(a.objects[0].method(), Some(AuthMethod::CompanyPortal));
    let span = locate(&text, "/enableAuthenticationViaCompanyPortal").expect("located after the long string");
    assert!(span.column > 5 * 1024 * 1024 / 3);
}

/// A broken 5 MB line: the message points at the error and the excerpt stays short.
#[test]
fn errors_inside_very_long_lines_have_short_excerpts() {
    let long = "x".repeat(5 * 1024 * 1024);
    let text = format!("{{\"displayName\": \"{long}\" \"requiresUserAuthentication\": true}}");
    let a = run(text.as_bytes(), Duration::from_secs(10));
    let e = only_error(&a);
    assert!(e.message.en.contains("Expected ','"), "{}", e.message.en);
    assert_eq!(e.line, Some(1));
    assert_eq!(e.column, Some(long.len() + 20));
    let excerpt = e.excerpt.as_deref().unwrap();
    assert!(excerpt.chars().count() <= 82, "{excerpt}");
    assert!(excerpt.contains("\"requiresUserAuthentication\""), "{excerpt}");
    // An unterminated 5 MB string: the input ends too early.
    let e = only_error(&run(format!("{{\"displayName\": \"{long}").as_bytes(), Duration::from_secs(10))).clone();
    assert!(e.message.en.contains("ends too early"), "{}", e.message.en);
}

/// 10,000 profiles in one Graph collection: every one is read, classified and checked.
#[test]
fn ten_thousand_objects_are_read_and_checked() {
    let n = 10_000;
    let items: Vec<String> = (0..n).map(|i| COMPANY_PORTAL.replace("\"Sales\"", &format!("\"Profile {i}\""))).collect();
    let text = format!("{{\"@odata.context\":\"x\",\"value\":[{}]}}", items.join(",\n"));
    let a = run_with(text.as_bytes(), Options::default(), Duration::from_secs(60));
    assert!(a.errors.is_empty(), "{:?}", a.errors);
    assert_eq!(a.objects.len(), n);
    assert_eq!(a.objects[n - 1].name(), Some("Profile 9999"));
    assert!(a.objects.iter().all(|o| o.kind == Kind::IosEnrollmentProfile));
    assert_eq!(a.findings.iter().filter(|f| f.rule == "company-portal-app-vanishes").count(), n);
    let span = locate(&text, &format!("/value/{}/displayName", n - 1)).unwrap();
    assert_eq!(span.line, n);
}

/// Invalid UTF-8 in a dropped file: the byte offset, line and column, in both languages;
/// other files are still read.
#[test]
fn invalid_utf8_in_a_dropped_file_names_the_offset() {
    let mut bad = b"{\n  \"displayName\": \"Caf".to_vec();
    bad.push(0xE9); // Latin-1 é
    bad.extend_from_slice(b"\"\n}");
    let good = COMPANY_PORTAL.as_bytes();
    let a = analyze(
        &[SourceText { name: "latin1.json", bytes: &bad }, SourceText { name: "ok.json", bytes: good }],
        Options::default(),
    );
    assert_eq!(a.objects.len(), 1);
    assert_eq!(&*a.objects[0].source, "ok.json");
    assert_eq!(a.errors.len(), 1);
    let e = &a.errors[0];
    assert_eq!(e.source, "latin1.json");
    assert_eq!((e.line, e.column, e.offset), (Some(2), Some(22), Some(23)));
    assert!(e.message.en.contains("not UTF-8") && e.message.en.contains("offset 23"), "{}", e.message.en);
    assert!(e.message.ja.contains("UTF-8") && e.message.ja.contains("オフセット 23"), "{}", e.message.ja);
}

/// Binary files: a PNG, a ZIP, a signed .mobileconfig, random bytes with NULs.
#[test]
fn binary_files_get_a_clear_bilingual_message() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00";
    let e = only_error(&run(png, Duration::from_secs(1))).clone();
    assert!(e.message.en.starts_with("This looks like a binary file (a PNG image)"), "{}", e.message.en);
    assert!(e.message.ja.contains("バイナリ ファイル (PNG 画像)"), "{}", e.message.ja);
    assert!(e.message.en.contains("JSON export"));

    let zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
    assert!(only_error(&run(zip, Duration::from_secs(1))).message.en.contains("ZIP archive"));

    let mut signed = vec![0x30, 0x82, 0x1F, 0x4A, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];
    signed.extend_from_slice(b"<?xml version=\"1.0\"?><plist>");
    assert!(only_error(&run(&signed, Duration::from_secs(1))).message.en.contains("signed configuration profile"));

    let mut state = 0x2545F4914F6CDD1Du64;
    let noise: Vec<u8> = (0..1_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 56) as u8
        })
        .collect();
    let e = only_error(&run(&noise, Duration::from_secs(1))).clone();
    assert!(e.message.en.starts_with("This looks like a binary file, not JSON text"), "{}", e.message.en);
    assert!(e.message.ja.starts_with("これはバイナリ ファイルのようで"), "{}", e.message.ja);
}

/// UTF-16 (Windows PowerShell 5's `>`), with and without a byte-order mark.
#[test]
fn utf16_files_are_told_to_be_saved_as_utf8() {
    let utf16: Vec<u8> = COMPANY_PORTAL.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let with_bom: Vec<u8> = [0xFF, 0xFE].iter().copied().chain(utf16.iter().copied()).collect();
    for bytes in [&utf16, &with_bom] {
        let e = only_error(&run(bytes, Duration::from_secs(1))).clone();
        assert!(
            e.message.en.contains("UTF-16") && e.message.en.contains("Out-File -Encoding utf8"),
            "{}",
            e.message.en
        );
        assert!(e.message.ja.contains("UTF-16"), "{}", e.message.ja);
    }
}

/// Text with a stray NUL is not mistaken for valid input.
#[test]
fn a_nul_byte_in_text_is_reported_not_read() {
    let text = b"{\"displayName\": \"a\0b\", \"requiresUserAuthentication\": true}";
    let e = only_error(&run(text, Duration::from_secs(1))).clone();
    assert!(e.message.is_complete());
}
