//! Normalised keys: the key hash, the comparisons, typed look-up keys (`Key`, `key!`) and the probe of hash tables.

use crate::engine::json;

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

/// A key to look a field up by (see [`Object::field`]): any `&str`, hashed at each
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
        Key { text, hash: json::ascii_key_hash_bytewise(text.as_bytes()) }
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
        const { $crate::engine::model::Key::new($text) }
    };
}
pub(crate) use key;

/// The hash of the normalised form of `key` (see [`normalize_key`] and
/// [`json::KeyHasher`]), without building it; the JSON reader stores the same hash
/// for plain ASCII keys. Equal normalised keys have equal hashes; look-ups confirm with
/// the keys themselves.
pub fn norm_hash(key: &str) -> u32 {
    if key.is_ascii() {
        return json::ascii_key_hash(key.as_bytes());
    }
    let mut h = json::KeyHasher::new();
    let mut buf = [0u8; 4];
    for c in key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(crate::engine::lowercase::to_lowercase) {
        for b in c.encode_utf8(&mut buf).bytes() {
            h = h.push(b);
        }
    }
    h.finish()
}

/// Normalises a key for matching: lowercase, with `_`, `-` and spaces removed.
pub fn normalize_key(key: &str) -> String {
    if key.is_ascii() {
        // Fast path (every Graph key): byte by byte, one allocation.
        let mut out = String::with_capacity(key.len());
        for b in key.bytes() {
            if !matches!(b, b'_' | b'-' | b' ') {
                out.push(b.to_ascii_lowercase() as char);
            }
        }
        return out;
    }
    key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(crate::engine::lowercase::to_lowercase).collect()
}

/// `normalize_key(key) == norm`, without allocating.
pub fn key_matches(norm: &str, key: &str) -> bool {
    if key.is_ascii() {
        let mut n = norm.bytes();
        for b in key.bytes() {
            if matches!(b, b'_' | b'-' | b' ') {
                continue;
            }
            if n.next() != Some(b.to_ascii_lowercase()) {
                return false;
            }
        }
        return n.next().is_none();
    }
    let mut a = norm.chars();
    let mut b = key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(crate::engine::lowercase::to_lowercase);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Whether two keys normalise to the same key (see [`normalize_key`]).
pub fn same_normalized(a: &str, b: &str) -> bool {
    if same_bytes(a.as_bytes(), b.as_bytes()) || a.eq_ignore_ascii_case(b) {
        // The common case: the same key, perhaps in another case (equal byte for byte
        // but for ASCII case, so equal once normalised).
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        let mut x = a.bytes().filter(|c| !matches!(c, b'_' | b'-' | b' '));
        let mut y = b.bytes().filter(|c| !matches!(c, b'_' | b'-' | b' '));
        loop {
            match (x.next(), y.next()) {
                (None, None) => return true,
                (Some(p), Some(q)) if p.eq_ignore_ascii_case(&q) => {}
                _ => return false,
            }
        }
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
    let word = json::word_at;
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
        use crate::engine::json::{ascii_key_hash, ascii_key_hash_bytewise, KeyHasher};
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
}
