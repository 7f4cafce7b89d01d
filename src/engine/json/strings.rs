//! Strings and keys: the word-at-a-time scan of plain strings and the hash of normalised ASCII keys.

/// The hash of a key normalised for matching (ASCII letters lower-cased, `_`, `-` and
/// spaces left out; `model::normalize_key`), fed one normalised byte at a time: the
/// bytes are packed into little-endian 64-bit words (the last one padded with zeros),
/// each word is mixed in with a multiplication, and the length and a final avalanche
/// finish it. The parser computes it for plain ASCII keys as it reads them (a word at a
/// time: [`ascii_key_hash`]); `model::norm_hash` gives the same for any key.
#[derive(Clone, Copy)]
pub struct KeyHasher {
    h: u64,
    word: u64,
    /// Bytes in `word`.
    filled: u32,
    len: u64,
}

const KEY_SEED: u64 = 0x243f_6a88_85a3_08d3;
const KEY_MUL: u64 = 0x9e37_79b9_7f4a_7c15;
const ONES: u64 = 0x0101_0101_0101_0101;
pub(super) const HIGHS: u64 = 0x8080_8080_8080_8080;

#[inline(always)]
const fn mix(h: u64, word: u64) -> u64 {
    (h ^ word).wrapping_mul(KEY_MUL)
}

impl KeyHasher {
    pub const fn new() -> KeyHasher {
        KeyHasher { h: KEY_SEED, word: 0, filled: 0, len: 0 }
    }

    /// Adds one byte of the normalised key.
    pub const fn push(mut self, b: u8) -> KeyHasher {
        self.word |= (b as u64) << (8 * self.filled);
        self.filled += 1;
        self.len += 1;
        if self.filled == 8 {
            self.h = mix(self.h, self.word);
            self.word = 0;
            self.filled = 0;
        }
        self
    }

    pub const fn finish(self) -> u32 {
        let mut h = if self.filled > 0 { mix(self.h, self.word) } else { self.h };
        h = mix(h, self.len);
        // The finaliser of MurmurHash3: every input bit reaches the low bits, which the
        // field tables index by.
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        h as u32
    }
}

impl Default for KeyHasher {
    fn default() -> KeyHasher {
        KeyHasher::new()
    }
}

/// The key hash of an ASCII key, byte by byte (also at compile time).
pub const fn ascii_key_hash_bytewise(key: &[u8]) -> u32 {
    let mut h = KeyHasher::new();
    let mut i = 0;
    while i < key.len() {
        let b = key[i];
        if !matches!(b, b'_' | b'-' | b' ') {
            h = h.push(b.to_ascii_lowercase());
        }
        i += 1;
    }
    h.finish()
}

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

/// Whether an ASCII word holds a byte that normalisation leaves out (`_`, `-`, space).
#[inline(always)]
const fn has_skipped(word: u64) -> bool {
    has_byte(word, b'_') || has_byte(word, b'-') || has_byte(word, b' ')
}

/// An ASCII word with its capital letters lower-cased.
#[inline(always)]
const fn lower_word(word: u64) -> u64 {
    let at_least_a = word + ONES * (0x80 - b'A' as u64);
    let above_z = word + ONES * (0x7f - b'Z' as u64);
    word | ((at_least_a & !above_z & HIGHS) >> 2)
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
/// its key hash, computed on the same pass a word at a time. `None` sends the key to the
/// general string path.
pub(super) fn plain_key(b: &[u8], start: usize) -> Option<(usize, u32)> {
    let mut h = KEY_SEED;
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
            h = mix(h, lower_word(w));
            i += 8;
            continue;
        }
        let stop = string_stops(w);
        if stop == 0 {
            plain = plain && !has_skipped(w);
            if plain {
                h = mix(h, lower_word(w));
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
        let last = KeyHasher { h, word: lower_word(part), filled: n as u32, len: key.len() as u64 };
        return Some((end, last.finish()));
    }
    // Fewer than eight bytes left in the text: byte by byte.
    let end = i + b.get(i..)?.iter().position(|&c| STOP[c as usize] || c >= 0x80)?;
    (b.get(end) == Some(&b'"')).then(|| (end, ascii_key_hash(b.get(start..end).unwrap_or_default())))
}

/// The key hash of an ASCII key ([`KeyHasher`]), eight bytes at a time: the same value as
/// [`ascii_key_hash_bytewise`], about four times faster. A key holding `_`, `-` or a
/// space (rare in Graph JSON) takes the byte path.
pub fn ascii_key_hash(key: &[u8]) -> u32 {
    let mut h = KEY_SEED;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = <[u8; 8]>::try_from(c).map(u64::from_le_bytes).unwrap_or_default();
        if has_skipped(w) {
            return ascii_key_hash_bytewise(key);
        }
        h = mix(h, lower_word(w));
    }
    let rest = chunks.remainder();
    let mut last = KeyHasher { h, word: 0, filled: 0, len: key.len() as u64 };
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        if let Some(b) = buf.get_mut(..rest.len()) {
            b.copy_from_slice(rest);
        }
        // Zero padding is neither a skipped byte nor a letter.
        let w = u64::from_le_bytes(buf);
        if has_skipped(w) {
            return ascii_key_hash_bytewise(key);
        }
        last.word = lower_word(w);
        last.filled = rest.len() as u32;
    }
    last.finish()
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
