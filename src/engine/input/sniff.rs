//! Recognising inputs that are not text before trying to read them as JSON: a dropped
//! image, archive, PDF, signed configuration profile or other binary file, and UTF-16
//! text (what Windows PowerShell 5 writes with `>` or `Out-File`). Looks at the first
//! few kilobytes only.

/// How many leading bytes are looked at.
const SNIFF_BYTES: usize = 8192;

/// What kind of non-UTF-8 file an input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotText {
    /// A known binary format: (English name, Japanese name).
    Known(&'static str, &'static str),
    /// Binary data of no format named here.
    Binary,
    /// UTF-16 text, with or without a byte-order mark.
    Utf16,
}

/// Leading bytes of binary formats people might drop by mistake.
const MAGIC: &[(&[u8], &str, &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "PNG 画像"),
    (b"\xFF\xD8\xFF", "a JPEG image", "JPEG 画像"),
    (b"GIF87a", "a GIF image", "GIF 画像"),
    (b"GIF89a", "a GIF image", "GIF 画像"),
    (b"%PDF-", "a PDF document", "PDF 文書"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)", "ZIP アーカイブ (または Office 文書)"),
    (b"\x1F\x8B", "a gzip archive", "gzip アーカイブ"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive", "7-Zip アーカイブ"),
    (b"bplist00", "a binary property list", "バイナリ形式のプロパティ リスト"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Office document", "旧形式の Office 文書"),
    (b"\x7FELF", "a program", "プログラム"),
    (b"\0asm", "a WebAssembly module", "WebAssembly モジュール"),
];

/// `None` when the input may be text (UTF-8 or not: invalid UTF-8 is reported elsewhere
/// with its offset).
pub(crate) fn not_text(bytes: &[u8]) -> Option<NotText> {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    // A UTF-16 byte-order mark, and NUL bytes (the high halves of ASCII) after it.
    if (head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF")) && head.iter().skip(2).take(64).any(|&b| b == 0)
    {
        return Some(NotText::Utf16);
    }
    if let Some((_, en, ja)) = MAGIC.iter().find(|(m, _, _)| head.starts_with(m)) {
        return Some(NotText::Known(en, ja));
    }
    // A signed .mobileconfig is DER (CMS): a SEQUENCE with a long length.
    if head.len() > 4 && head[0] == 0x30 && matches!(head[1], 0x80 | 0x82 | 0x83) && !head.is_ascii() {
        return Some(NotText::Known(
            "a signed configuration profile (.mobileconfig)",
            "署名付き構成プロファイル (.mobileconfig)",
        ));
    }
    let nuls = head.iter().filter(|&&b| b == 0).count();
    if nuls == 0 {
        return None;
    }
    // UTF-16 without a mark: ASCII text with every other byte zero.
    let pairs = head.len() / 2;
    let zero_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let zero_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    if pairs > 0 && (zero_odd * 10 >= pairs * 9 || zero_even * 10 >= pairs * 9) && nuls * 10 < head.len() * 6 {
        return Some(NotText::Utf16);
    }
    // No text file has NUL bytes; JSON never does.
    Some(NotText::Binary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_binary_utf16_and_text() {
        assert_eq!(not_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(NotText::Known("a PNG image", "PNG 画像")));
        assert_eq!(not_text(b"\xFF\xFE{\0\"\0"), Some(NotText::Utf16));
        assert_eq!(
            not_text("{\"a\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>().as_slice()),
            Some(NotText::Utf16)
        );
        assert_eq!(not_text(b"\x01\x02\x00\x00\xff\x00\x13\x00\x00\x00\x00\x00"), Some(NotText::Binary));
        assert_eq!(not_text(b"{\"a\": \"\xff\"}"), None, "invalid UTF-8 is reported with its offset elsewhere");
        assert_eq!(not_text("{\"名前\": \"値\"}".as_bytes()), None);
        assert_eq!(not_text(b""), None);
    }
}
