//! Pure helpers of the web app, compiled on every target so they are tested natively:
//! the share-link fragment (`#r=mfa,wipe&lang=ja`), each language's page (`/`, `ja/`),
//! the theme preference, the typing
//! debounce policy, byte → UTF-16 offset conversion (the engine speaks bytes, a textarea
//! speaks UTF-16 code units) and finding the JSON string under the caret.
//!
//! The fragment holds the stated requirements and the language only — never input text.

use crate::engine::i18n::Lang;
use crate::engine::table::{Requirement, RequirementSet};

/// Wait this long after the last keystroke before analysing.
pub const DEBOUNCE_MS: u64 = 250;

/// Inputs at least this large are analysed only on request ("Analyse" button).
pub const LARGE_INPUT_BYTES: usize = 1_000_000;

/// Whether typing should trigger an analysis (after the debounce), or wait for the
/// "Analyse" button because the input is very large.
pub fn analyse_while_typing(total_bytes: usize) -> bool {
    total_bytes < LARGE_INPUT_BYTES
}

/// What a share link restores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    /// `None` when the fragment does not mention requirements.
    pub requirements: Option<RequirementSet>,
    pub lang: Option<Lang>,
}

/// The fragment (without `#`) for a set of requirements and a language:
/// `r=mfa,wipe&lang=ja` (requirements in table order; `r=` when none).
pub fn encode_fragment(requirements: RequirementSet, lang: Lang) -> String {
    let ids: Vec<&str> = requirements.iter().map(Requirement::id).collect();
    format!("r={}&lang={}", ids.join(","), lang.code())
}

/// Reads a fragment (with or without the leading `#`). Unknown keys and unknown
/// requirement ids are ignored; anything else (an in-page anchor like `note-N1`) yields
/// an empty [`Fragment`].
pub fn decode_fragment(fragment: &str) -> Fragment {
    let s = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut out = Fragment::default();
    for part in s.split('&') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        match k {
            "r" => {
                let set: RequirementSet = v.split(',').map(str::trim).filter_map(Requirement::from_id).collect();
                out.requirements = Some(set);
            }
            "lang" => out.lang = Lang::parse(v),
            _ => {}
        }
    }
    out
}

/// The path of a language's page below the site's root: the root itself (English) or
/// `ja/` (Japanese). Each is prerendered in its language (`index.html`, `ja/index.html`).
pub fn page_path(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Ja => "ja/",
    }
}

/// The way from a language's page up to the site's root, as a relative URL.
pub fn root_from(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "./",
        Lang::Ja => "../",
    }
}

/// Which language's page a path below the site's root is (`ja/…` Japanese, anything else
/// English).
pub fn page_of(path: &str) -> Lang {
    if path == "ja" || path.starts_with("ja/") {
        Lang::Ja
    } else {
        Lang::En
    }
}

/// The colour theme: follow the operating system, or an explicit override.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == s.trim())
    }
}

/// Converts a byte offset in `text` to a UTF-16 code-unit offset (what
/// `setSelectionRange` takes). Offsets inside a character or past the end clamp to the
/// character start / the end.
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if i + c.len_utf8() > byte {
            return units;
        }
        units += c.len_utf16();
    }
    units
}

/// The reverse: a UTF-16 offset (from `selectionStart`) to a byte offset, clamped.
pub fn utf16_to_byte(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The JSON string (without quotes, unescaped only for `\"` and `\\`) that contains the
/// byte offset `at`, when the caret is inside one. Scans the line only, so it stays cheap
/// on huge inputs and never needs valid JSON.
pub fn string_at(text: &str, at: usize) -> Option<String> {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
    let line = &text.as_bytes()[line_start..line_end];
    let rel = at - line_start;
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < line.len() && line[j] != b'"' {
                if line[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = j.min(line.len());
            if rel >= start && rel <= end {
                let raw = std::str::from_utf8(&line[start..end]).ok()?;
                return Some(raw.replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_round_trips_in_table_order() {
        let reqs: RequirementSet = [Requirement::Wipe, Requirement::Mfa].into_iter().collect();
        let f = encode_fragment(reqs, Lang::Ja);
        assert_eq!(f, "r=wipe,mfa&lang=ja");
        let d = decode_fragment(&format!("#{f}"));
        assert_eq!(d.requirements, Some(reqs));
        assert_eq!(d.lang, Some(Lang::Ja));
    }

    #[test]
    fn fragment_with_no_requirements_and_junk() {
        assert_eq!(encode_fragment(RequirementSet::EMPTY, Lang::En), "r=&lang=en");
        assert_eq!(decode_fragment("r=&lang=en").requirements, Some(RequirementSet::EMPTY));
        assert_eq!(decode_fragment("#note-N1"), Fragment::default());
        assert_eq!(decode_fragment(""), Fragment::default());
        let d = decode_fragment("r=mfa,bogus,,lock-until-company-portal&lang=xx&x=1");
        assert_eq!(d.requirements.map(|s| s.len()), Some(2));
        assert_eq!(d.lang, None);
    }

    #[test]
    fn each_language_has_its_page_and_the_way_back_to_the_root() {
        assert_eq!(page_path(Lang::En), "");
        assert_eq!(page_path(Lang::Ja), "ja/");
        for lang in Lang::ALL {
            assert_eq!(page_of(page_path(lang)), lang);
            assert_eq!(page_of(&format!("{}index.html", page_path(lang))), lang);
            // From the page, up to the root and down again is the page itself.
            assert_eq!(root_from(lang).matches("../").count(), page_path(lang).matches('/').count());
        }
        assert_eq!(page_of("index.html"), Lang::En);
        assert_eq!(page_of("jam/"), Lang::En);
    }

    #[test]
    fn debounce_policy_stops_at_a_megabyte() {
        assert!(analyse_while_typing(0));
        assert!(analyse_while_typing(LARGE_INPUT_BYTES - 1));
        assert!(!analyse_while_typing(LARGE_INPUT_BYTES));
    }

    #[test]
    fn theme_codes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.code()), Some(t));
        }
        assert_eq!(Theme::parse("blue"), None);
    }

    #[test]
    fn byte_offsets_convert_to_utf16() {
        let t = "{\"名前\": \"😀\", \"a\": 1}";
        // `"a"` starts after the emoji (4 bytes, 2 UTF-16 units) and the kanji (3 bytes, 1 unit each).
        let byte = t.find("\"a\"").unwrap();
        let u = byte_to_utf16(t, byte);
        let expected: usize = t[..byte].chars().map(char::len_utf16).sum();
        assert_eq!(u, expected);
        assert_eq!(utf16_to_byte(t, u), byte);
        assert_eq!(byte_to_utf16(t, 0), 0);
        assert_eq!(byte_to_utf16(t, 10_000), t.encode_utf16().count());
        assert_eq!(utf16_to_byte(t, 10_000), t.len());
        // Inside a multi-byte character: clamps to its start.
        let kanji = t.find('名').unwrap();
        assert_eq!(byte_to_utf16(t, kanji + 1), byte_to_utf16(t, kanji));
    }

    #[test]
    fn string_under_the_caret() {
        let t = "{\n  \"configurationWebUrl\": true,\n  \"x\": \"a\\\"b\"\n}";
        let at = t.find("WebUrl").unwrap();
        assert_eq!(string_at(t, at).as_deref(), Some("configurationWebUrl"));
        let colon = t.find(": true").unwrap();
        assert_eq!(string_at(t, colon + 3), None);
        let q = t.find("a\\\"b").unwrap();
        assert_eq!(string_at(t, q + 1).as_deref(), Some("a\"b"));
        assert_eq!(string_at("", 0), None);
        assert_eq!(string_at("\"unterminated", 3).as_deref(), Some("unterminated"));
    }
}
