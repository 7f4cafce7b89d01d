//! What a normalised key is: its normal form, its hash, the comparisons, and the hash tables keyed by it.
//!
//! Keys are matched case- and separator-insensitively: ASCII letters lower-cased
//! (other characters as [`char::to_lowercase`] does, through [`super::lowercase`]), and
//! `_`, `-` and spaces left out, so that `requiresUserAuthentication`,
//! `RequiresUserAuthentication` and `requires_user_authentication` are one key
//! ([`normalize_key`]). Every other module compares keys through this one.
//!
//! The hash ([`KeyHasher`], [`norm_hash`]) is the hash of the normalised form. It has a
//! byte-wise definition ([`KeyHasher`], [`ascii_key_hash_bytewise`], also at compile time
//! for [`Key`]) and a word-at-a-time path for plain ASCII keys (`ascii_key_hash`,
//! `WordHasher`), which the tests hold equal to it. The JSON reader computes the hash of
//! every plain ASCII key in the same pass that finds the key's end (`json::strings`,
//! through `WordHasher`), so that the field index does not read each key a second time,
//! and `Json::get` passes over members by that stored hash. The scan stays in the reader
//! because it is fused with the string scan (one test per word settles both the key's end
//! and the bytes normalisation leaves out). A generic hook in its place (the reader
//! handing each key to a hasher it does not know) was not made, as nothing showed it
//! would cost no speed; the reader calls this module's word steps instead of defining
//! its own.

use super::json::{has_byte, word_at, HIGHS, ONES};
use super::lowercase;

/// Whether normalisation leaves the byte out (`_`, `-`, space).
#[inline(always)]
const fn is_skipped(b: u8) -> bool {
    matches!(b, b'_' | b'-' | b' ')
}

/// The characters of the normal form of any key.
fn normalized_chars(key: &str) -> impl Iterator<Item = char> + '_ {
    key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(lowercase::to_lowercase)
}

/// The bytes of the normal form of an ASCII key.
fn ascii_normalized(key: &str) -> impl Iterator<Item = u8> + '_ {
    key.bytes().filter(|b| !is_skipped(*b)).map(|b| b.to_ascii_lowercase())
}

/// Normalises a key for matching: lowercase, with `_`, `-` and spaces removed.
pub fn normalize_key(key: &str) -> String {
    if key.is_ascii() {
        // Fast path (every Graph key): byte by byte, one allocation.
        let mut out = String::with_capacity(key.len());
        for b in ascii_normalized(key) {
            out.push(b as char);
        }
        return out;
    }
    normalized_chars(key).collect()
}

/// `normalize_key(key) == norm`, without allocating.
pub fn key_matches(norm: &str, key: &str) -> bool {
    if key.is_ascii() {
        return ascii_normalized(key).eq(norm.bytes());
    }
    normalized_chars(key).eq(norm.chars())
}

/// Whether two keys normalise to the same key (see [`normalize_key`]).
pub fn same_normalized(a: &str, b: &str) -> bool {
    if same_bytes(a.as_bytes(), b.as_bytes()) || a.eq_ignore_ascii_case(b) {
        // The common case: the same key, perhaps in another case (equal byte for byte
        // but for ASCII case, so equal once normalised).
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return ascii_normalized(a).eq(ascii_normalized(b));
    }
    normalize_key(a) == normalize_key(b)
}

/// Byte-for-byte equality, eight bytes at a time: the usual confirmation of a hashed key
/// (written exactly as the table lists it). The generic comparison goes a byte at a time
/// in wasm.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = word_at;
    if n < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    // Whole words, then the last eight bytes (which may overlap the last whole word).
    let mut at = 0;
    while at + 8 <= n {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    word(a, n - 8) == word(b, n - 8)
}

/// The hash of the normalised form of `key` (see [`normalize_key`] and [`KeyHasher`]),
/// without building it; the JSON reader stores the same hash for plain ASCII keys. Equal
/// normalised keys have equal hashes; look-ups confirm with the keys themselves.
pub fn norm_hash(key: &str) -> u32 {
    if key.is_ascii() {
        return ascii_key_hash(key.as_bytes());
    }
    let mut h = KeyHasher::new();
    let mut buf = [0u8; 4];
    for c in normalized_chars(key) {
        for b in c.encode_utf8(&mut buf).bytes() {
            h = h.push(b);
        }
    }
    h.finish()
}

/// The hash of a key normalised for matching ([`normalize_key`]), fed one normalised byte
/// at a time: the bytes are packed into little-endian 64-bit words (the last one padded
/// with zeros), each word is mixed in with a multiplication, and the length and a final
/// avalanche finish it. This is the definition; [`norm_hash`] gives the same for any key,
/// `ascii_key_hash` and the JSON reader's scan (through `WordHasher`) a word at a time.
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
        if !is_skipped(b) {
            h = h.push(b.to_ascii_lowercase());
        }
        i += 1;
    }
    h.finish()
}

/// Whether an ASCII word holds a byte that normalisation leaves out (`_`, `-`, space).
#[inline(always)]
pub(crate) const fn has_skipped(word: u64) -> bool {
    has_byte(word, b'_') || has_byte(word, b'-') || has_byte(word, b' ')
}

/// An ASCII word with its capital letters lower-cased.
#[inline(always)]
const fn lower_word(word: u64) -> u64 {
    let at_least_a = word + ONES * (0x80 - b'A' as u64);
    let above_z = word + ONES * (0x7f - b'Z' as u64);
    word | ((at_least_a & !above_z & HIGHS) >> 2)
}

/// The key hash taken eight bytes at a time, for a plain ASCII key whose words hold no
/// byte that normalisation leaves out (the caller checks with [`has_skipped`], and takes
/// [`ascii_key_hash_bytewise`] otherwise): the same value as [`KeyHasher`] fed the
/// normalised bytes. The JSON reader drives one while it scans a key.
#[derive(Clone, Copy)]
pub(crate) struct WordHasher {
    h: u64,
}

impl WordHasher {
    #[inline(always)]
    pub(crate) const fn new() -> WordHasher {
        WordHasher { h: KEY_SEED }
    }

    /// Mixes in eight bytes of the key (ASCII, none of them left out by normalisation).
    #[inline(always)]
    pub(crate) fn push_word(&mut self, word: u64) {
        self.h = mix(self.h, lower_word(word));
    }

    /// The hash of a key of `len` bytes whose last `n` bytes (fewer than eight, none left
    /// out by normalisation) are the low bytes of `part`, zero above them.
    #[inline(always)]
    pub(crate) const fn finish(self, part: u64, n: usize, len: usize) -> u32 {
        KeyHasher { h: self.h, word: lower_word(part), filled: n as u32, len: len as u64 }.finish()
    }
}

/// The key hash of an ASCII key ([`KeyHasher`]), eight bytes at a time: the same value as
/// [`ascii_key_hash_bytewise`], about four times faster. A key holding `_`, `-` or a
/// space (rare in Graph JSON) takes the byte path.
pub(crate) fn ascii_key_hash(key: &[u8]) -> u32 {
    let mut h = WordHasher::new();
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = <[u8; 8]>::try_from(c).map(u64::from_le_bytes).unwrap_or_default();
        if has_skipped(w) {
            return ascii_key_hash_bytewise(key);
        }
        h.push_word(w);
    }
    let rest = chunks.remainder();
    let mut part = 0;
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
        part = w;
    }
    h.finish(part, rest.len(), key.len())
}

/// A key to look a field up by (see `model::Object::field`): any `&str`, hashed at each
/// look-up, or a [`Key`], hashed at compile time.
pub trait FieldKey {
    fn text(&self) -> &str;
    /// [`norm_hash`] of the text.
    fn hash(&self) -> u32;
}

impl FieldKey for str {
    fn text(&self) -> &str {
        self
    }
    fn hash(&self) -> u32 {
        norm_hash(self)
    }
}

impl<T: FieldKey + ?Sized> FieldKey for &T {
    fn text(&self) -> &str {
        (**self).text()
    }
    fn hash(&self) -> u32 {
        (**self).hash()
    }
}

/// An ASCII key with its [`norm_hash`] computed at compile time, for the keys the engine
/// looks up in every object: `key!("requiresUserAuthentication")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    text: &'static str,
    hash: u32,
}

impl Key {
    /// Only in constants (`key!`): a non-ASCII key fails the build.
    pub const fn new(text: &'static str) -> Key {
        assert!(text.is_ascii(), "Key::new takes ASCII keys; use &str for others");
        Key { text, hash: ascii_key_hash_bytewise(text.as_bytes()) }
    }

    /// The key as written in the constant.
    pub const fn name(self) -> &'static str {
        self.text
    }
}

impl FieldKey for Key {
    fn text(&self) -> &str {
        self.text
    }
    fn hash(&self) -> u32 {
        self.hash
    }
}

/// A [`Key`] constant: `key!("enableSharedIPad")`.
macro_rules! key {
    ($text:literal) => {
        const { $crate::engine::keys::Key::new($text) }
    };
}
pub(crate) use key;

/// Open addressing by hash with linear probing, for the field index and the known-key
/// sets: a slot array whose length is a power of two holds an item's index plus one
/// (0 is a free slot), and always keeps a free slot, where a probe ends. Items inserted
/// in order sit in that order along the probe of their hash.
pub(crate) mod probe {
    /// An index plus one, in a byte or two.
    pub trait Slot: Copy + Into<usize> + TryFrom<usize> {}
    impl Slot for u8 {}
    impl Slot for u16 {}

    /// Puts item `index` in the first free slot of the probe of `hash` (a table with no
    /// free slot left, or an index too large for a slot, is left as it is).
    pub fn insert<S: Slot>(slots: &mut [S], hash: u32, index: usize) {
        let mask = slots.len().saturating_sub(1);
        let Ok(mark) = S::try_from(index + 1) else { return };
        let mut slot = hash as usize & mask;
        for _ in 0..slots.len() {
            match slots.get_mut(slot) {
                Some(x) if (*x).into() == 0 => {
                    *x = mark;
                    return;
                }
                Some(_) => slot = (slot + 1) & mask,
                None => return,
            }
        }
    }

    /// The indexes along the probe of `hash`, up to the first free slot: every item
    /// inserted with `hash` is among them, in insertion order.
    pub fn candidates<S: Slot>(slots: &[S], hash: u32) -> impl Iterator<Item = usize> + '_ {
        let mask = slots.len().saturating_sub(1);
        let mut slot = hash as usize & mask;
        // At most once round the table, even if it were full.
        let mut left = slots.len();
        std::iter::from_fn(move || {
            left = left.checked_sub(1)?;
            let i = (*slots.get(slot)?).into();
            slot = (slot + 1) & mask;
            i.checked_sub(1)
        })
    }
}

/// A set of keys (as listed) in an open-addressing table by the hash of their normalised
/// forms (linear probing), so that checking a key probes a slot or two: the known keys of
/// a kind.
#[derive(Default)]
pub(crate) struct KeySet {
    keys: Vec<(u32, &'static str)>,
    /// An index into `keys` plus one; 0 is a free slot. At least twice as many slots as
    /// keys, a power of two.
    slots: Vec<u16>,
}

impl KeySet {
    pub(crate) fn new(keys: impl Iterator<Item = &'static str>) -> KeySet {
        let mut keys: Vec<(u32, &'static str)> = keys.map(|key| (norm_hash(key), key)).collect();
        crate::engine::sort::sort_by(&mut keys, Ord::cmp);
        keys.dedup();
        let mut slots = vec![0u16; (keys.len() * 2).next_power_of_two().max(2)];
        for (i, (h, _)) in keys.iter().enumerate() {
            probe::insert(&mut slots, *h, i);
        }
        KeySet { keys, slots }
    }

    /// Whether the set holds `key` (any spelling), whose [`norm_hash`] is `hash`.
    pub(crate) fn contains(&self, key: &str, hash: u32) -> bool {
        self.with_hash(hash).any(|known| same_normalized(known, key))
    }

    /// The keys whose normalised hash is `h`.
    fn with_hash(&self, h: u32) -> impl Iterator<Item = &'static str> + '_ {
        probe::candidates(&self.slots, h)
            .filter_map(|i| self.keys.get(i))
            .filter(move |(kh, _)| *kh == h)
            .map(|(_, k)| *k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::Doc;

    #[test]
    fn word_wise_byte_comparison_agrees_with_equality() {
        let base: Vec<u8> = (0..40u8).map(|i| b'a' + i % 26).collect();
        for n in 0..base.len() {
            let a = &base[..n];
            assert!(same_bytes(a, a), "length {n}");
            assert!(!same_bytes(a, &base[..n + 1]), "lengths {n} and {}", n + 1);
            for at in 0..n {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert!(!same_bytes(a, &b), "length {n}, differing byte {at}");
            }
        }
    }

    #[test]
    fn the_reader_hashes_keys_as_norm_hash_does() {
        let text =
            r#"{"requiresUserAuthentication": 1, "Requires_User-Authentication": 2, "é_x": 3, "a\u0062c": 4, "": 5}"#;
        let doc = Doc::parse(text).unwrap();
        let mut stored = 0;
        for (k, id, _) in doc.root().members_with_ids() {
            if let Some(h) = doc.key_hash(id) {
                assert_eq!(h, norm_hash(k), "{k}");
                stored += 1;
            }
        }
        assert_eq!(stored, 3, "plain ASCII keys carry their hash; escaped and non-ASCII ones do not");
        assert_eq!(norm_hash("requiresUserAuthentication"), norm_hash("Requires_User-Authentication"));
    }

    #[test]
    fn the_word_hash_equals_the_byte_hash_of_the_normalised_key() {
        let by_normal_form = |k: &str| normalize_key(k).bytes().fold(KeyHasher::new(), KeyHasher::push).finish();
        // Every printable ASCII byte (letters of both cases, the skipped `_`, `-` and
        // space, `@`, `[`, `` ` ``, `{` at the edges of the letter ranges) at every place
        // of keys of every length around the word size.
        let mut keys: Vec<String> = Vec::new();
        for len in 0usize..=25 {
            for b in 0x20u8..0x7f {
                for at in [0, len / 2, len.saturating_sub(1)] {
                    let mut k: Vec<u8> = (0..len).map(|i| b"enableSharedIPadX"[i % 17]).collect();
                    if let Some(x) = k.get_mut(at) {
                        *x = b;
                    }
                    keys.push(String::from_utf8(k).unwrap());
                }
            }
        }
        keys.extend(
            ["requiresUserAuthentication", "REQUIRES_USER_AUTHENTICATION", "a b-c_d", "________"].map(String::from),
        );
        for k in &keys {
            let h = ascii_key_hash(k.as_bytes());
            assert_eq!(h, ascii_key_hash_bytewise(k.as_bytes()), "{k:?}");
            assert_eq!(h, by_normal_form(k), "{k:?}");
            assert_eq!(h, norm_hash(k), "{k:?}");
        }
        // Different normalised keys spread over the field tables' slots.
        let distinct: std::collections::BTreeSet<String> = keys.iter().map(|k| normalize_key(k)).collect();
        let slots: std::collections::BTreeSet<u32> = distinct.iter().map(|k| norm_hash(k) & 127).collect();
        assert_eq!(slots.len(), 128, "{} keys reach every slot", distinct.len());
        assert_ne!(norm_hash("ab"), norm_hash("ab\0"));
        assert_eq!(norm_hash("Ümlaut_Key"), by_normal_form("Ümlaut_Key"));
    }

    #[test]
    fn the_probe_finds_every_item_of_a_hash_in_insertion_order() {
        // Hashes 7, 15 and 7 again share slot 7 of 8 and wrap round to 0 and 1.
        let mut slots = [0u8; 8];
        for (i, h) in [7u32, 15, 7, 3].into_iter().enumerate() {
            probe::insert(&mut slots, h, i);
        }
        assert_eq!(probe::candidates(&slots, 7).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(probe::candidates(&slots, 3).collect::<Vec<_>>(), [3]);
        assert_eq!(probe::candidates(&slots, 5).count(), 0, "a free slot ends the probe");
        // A full table is probed once round, and takes nothing more.
        let mut full = [0u16; 2];
        for i in 0..3 {
            probe::insert(&mut full, 1, i);
        }
        assert_eq!(probe::candidates(&full, 1).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn hash_values_are_those_of_before_the_move() {
        // Values the hash had before it moved here (engine/json/strings.rs and model): the
        // reader's stored hashes and the tables depend on nothing else.
        let pins = [
            ("", 0x44470ef3),
            ("a", 0x7b0d996b),
            ("requiresUserAuthentication", 0x14f52cdd),
            ("Requires_User-Authentication", 0x14f52cdd),
            ("AdditionalProperties", 0x07ecffd1),
            ("@odata.type", 0x47656858),
            ("enableSharedIPad", 0x08edb773),
            ("é_x", 0x681b2ed0),
            ("Ümlaut_Key", 0x332690ef),
            ("店舗 iPad", 0x77debe7c),
            ("x y-z_w 12345678901234567890", 0x1c618a7c),
        ];
        for (k, h) in pins {
            assert_eq!(norm_hash(k), h, "{k:?}");
        }
        assert_eq!(ascii_key_hash_bytewise(b"companyPortalVppTokenId"), 0x4f4605fe);
        assert_eq!(key!("requiresUserAuthentication").hash(), 0x14f52cdd);
    }

    #[test]
    fn the_comparisons_agree_with_the_normal_form() {
        let keys = [
            "",
            "a",
            "A",
            "_",
            "a_b",
            "A-B",
            "a b",
            "ab",
            "abc",
            "requiresUserAuthentication",
            "REQUIRES_USER_AUTHENTICATION",
            "requires-user-authentication",
            "requiresUserAuthenticatio",
            "é_x",
            "É-X",
            "éx",
            "Ümlaut_Key",
            "ümlautkey",
            "店舗 iPad",
            "店舗ipad",
            "İ",
            "i̇",
            "ß",
            "SS",
        ];
        for a in keys {
            assert!(key_matches(&normalize_key(a), a), "{a:?}");
            for b in keys {
                let same = normalize_key(a) == normalize_key(b);
                assert_eq!(same_normalized(a, b), same, "{a:?} {b:?}");
                assert_eq!(key_matches(&normalize_key(a), b), same, "{a:?} {b:?}");
                if same {
                    assert_eq!(norm_hash(a), norm_hash(b), "{a:?} {b:?}");
                }
            }
        }
        let set = KeySet::new(["requiresUserAuthentication", "isDefault", "is_default"].into_iter());
        for (k, known) in [("RequiresUserAuthentication", true), ("IS-DEFAULT", true), ("isDefaults", false)] {
            assert_eq!(set.contains(k, norm_hash(k)), known, "{k}");
        }
    }
}
