//! Lower-casing of single characters, as `char::to_lowercase` does it, from a table of
//! runs that `build.rs` derives from the standard library at build time. The standard
//! library's own table is an 11.7 KB array of pairs; this one is about 1.5 KB, which
//! matters for the page's weight (issue 8). Only keys that are not plain ASCII get here
//! (`keys::normalize_key` and its siblings).

include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// The lower case of `c`: the same characters as `c.to_lowercase()`.
pub fn to_lowercase(c: char) -> impl Iterator<Item = char> {
    let longer = LONGER.iter().find(|(k, _)| *k == c).map_or("", |(_, s)| *s);
    let single = if longer.is_empty() { Some(lower_one(c)) } else { None };
    single.into_iter().chain(longer.chars())
}

/// The lower case of a character whose lower case is one character.
fn lower_one(c: char) -> char {
    let cp = u32::from(c);
    let at = RUNS.partition_point(|&(packed, _)| packed & 0x1f_ffff <= cp);
    let Some(&(packed, delta)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else { return c };
    let start = packed & 0x1f_ffff;
    let len = (packed >> 21) & 0x7f;
    let stride = (packed >> 28) + 1;
    let offset = cp - start;
    if offset % stride != 0 || offset / stride >= len {
        return c;
    }
    cp.checked_add_signed(delta).and_then(char::from_u32).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_as_the_standard_library_does() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert!(to_lowercase(c).eq(c.to_lowercase()), "{:?}", c);
        }
    }

    #[test]
    fn the_table_holds_runs_not_single_pairs() {
        assert!(RUNS.len() < 300, "{} runs", RUNS.len());
        assert_eq!(to_lowercase('\u{130}').collect::<String>(), "i\u{307}");
        assert_eq!(to_lowercase('\u{212a}').collect::<String>(), "k");
    }
}
