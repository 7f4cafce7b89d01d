//! Strings and keys: the word-at-a-time scan of plain strings, and of plain ASCII keys with their hash.
//!
//! The key hash is defined in `engine::keys`; the scan of a plain key drives its
//! `WordHasher` on the words it reads anyway (one test per word settles both the end of
//! the key and the bytes normalisation leaves out), so that no key is read twice. That
//! fusion is why the hashing is called from here rather than run after the reader.

use crate::engine::keys::{ascii_key_hash, ascii_key_hash_bytewise, has_skipped, WordHasher};

/// A byte repeated in every byte of a word: `ONES * b`.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every zero byte of `x` (exact for the lowest one; any mark at all
/// means there is a zero byte).
#[inline(always)]
const fn zero_byte(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Nonzero when an ASCII word (no byte from 0x80) holds a byte below `n` (`n` ≤ 0x80).
#[inline(always)]
const fn below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * n as u64) & !w & HIGHS
}

/// Whether a word holds the byte `b`.
#[inline(always)]
pub(crate) const fn has_byte(word: u64, b: u8) -> bool {
    zero_byte(word ^ (ONES * b as u64)) != 0
}

/// The eight bytes at `at` as a little-endian word, when there are eight.
#[inline(always)]
pub(crate) fn word_at(b: &[u8], at: usize) -> Option<u64> {
    let chunk = b.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// The high bit of every byte of `w` that ends a plain string's run: `"`, `\\`, a control
/// character, or (for bytes of an ASCII-only key) any byte from 0x80. Bytes above the
/// first such byte may be marked wrongly, so only the lowest mark counts.
#[inline(always)]
pub(super) fn string_stops(w: u64) -> u64 {
    zero_byte(w ^ (ONES * b'"' as u64)) | zero_byte(w ^ (ONES * b'\\' as u64)) | below(w, 0x20) | (w & HIGHS)
}

/// Reads a key starting at `start` (after its opening quote) when it is plain ASCII (no
/// escape, no control character, nothing from 0x80): the index of its closing quote and
/// its key hash (`engine::keys`), computed on the same pass a word at a time. `None`
/// sends the key to the general string path.
pub(super) fn plain_key(b: &[u8], start: usize) -> Option<(usize, u32)> {
    let mut h = WordHasher::new();
    let mut plain = true;
    let mut i = start;
    while let Some(w) = word_at(b, i) {
        // One cheap test settles the usual word (letters, digits, `.`, `@`): no byte
        // below `.` (control characters, space, `"`, `-`), no `\\`, no `_`, no byte from
        // 0x80. Such a word neither ends the key nor holds a skipped byte.
        if plain
            && below(w, b'.') | zero_byte(w ^ (ONES * b'\\' as u64)) | zero_byte(w ^ (ONES * b'_' as u64)) | (w & HIGHS)
                == 0
        {
            h.push_word(w);
            i += 8;
            continue;
        }
        let stop = string_stops(w);
        if stop == 0 {
            plain = plain && !has_skipped(w);
            if plain {
                h.push_word(w);
            }
            i += 8;
            continue;
        }
        let n = (stop.trailing_zeros() / 8) as usize;
        let end = i + n;
        if b.get(end) != Some(&b'"') {
            return None;
        }
        let key = b.get(start..end)?;
        // The bytes before the end, zero above them.
        let part = if n == 0 { 0 } else { w & (u64::MAX >> (64 - 8 * n)) };
        if !plain || has_skipped(part) {
            return Some((end, ascii_key_hash_bytewise(key)));
        }
        return Some((end, h.finish(part, n, key.len())));
    }
    // Fewer than eight bytes left in the text: byte by byte.
    let end = i + b.get(i..)?.iter().position(|&c| STOP[c as usize] || c >= 0x80)?;
    (b.get(end) == Some(&b'"')).then(|| (end, ascii_key_hash(b.get(start..end).unwrap_or_default())))
}

/// Bytes that end the fast scan of a string: `"`, `\` and control characters.
pub(super) static STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};
