//! The field index of an object: normalised-key hashes and the key and value nodes, in an open-addressing table.

use crate::engine::json::Json;
use crate::engine::keys::{ascii_key_hash_bytewise, norm_hash, probe, same_normalized, FieldKey};

/// One entry of an object's field index: the hash of the normalised key (see
/// [`norm_hash`]) and the key and value nodes of the object's [`Doc`], and the key node
/// of the `AdditionalProperties` object it sits in ([`NO_BAG`] for a member of the object
/// itself).
#[derive(Clone, Copy, Debug)]
pub(super) struct FieldEntry {
    pub(super) hash: u32,
    pub(super) key: u32,
    pub(super) value: u32,
    pub(super) bag: u32,
}

pub(super) const NO_BAG: u32 = u32::MAX;

/// The normalised field index of an object.
#[derive(Clone, Debug)]
pub(super) struct FieldIndex {
    /// Entries in input order (merged ones last).
    pub(super) entries: Vec<FieldEntry>,
    /// An open-addressing table over `entries` by hash (linear probing; an entry's index
    /// plus one, 0 for a free slot), so that a look-up probes one or two slots instead of
    /// scanning every entry. Entries with the same hash sit in input order along the probe
    /// sequence, so the first match is the first in input order. Objects with
    /// [`SLOTS`] entries or more are scanned instead.
    slots: [u8; SLOTS],
}

/// Slots of a [`FieldIndex`] table: room for the hundred-odd keys of the largest Graph
/// profiles with free slots to spare.
const SLOTS: usize = 128;

impl Default for FieldIndex {
    fn default() -> FieldIndex {
        FieldIndex { entries: Vec::new(), slots: [0; SLOTS] }
    }
}

/// A [`FieldIndex`] being built.
#[derive(Default)]
struct IndexBuilder {
    entries: Vec<FieldEntry>,
}

impl FieldIndex {
    /// The entries whose normalised key has hash `h`, in input order.
    pub(super) fn with_hash(&self, h: u32) -> impl Iterator<Item = &FieldEntry> {
        let table = self.entries.len() < SLOTS;
        let mut probe = probe::candidates(&self.slots, h);
        let mut scan = self.entries.iter();
        std::iter::from_fn(move || {
            if !table {
                return scan.find(|e| e.hash == h);
            }
            probe.by_ref().filter_map(|i| self.entries.get(i)).find(|e| e.hash == h)
        })
    }
}

impl IndexBuilder {
    fn finish(self) -> FieldIndex {
        let mut slots = [0u8; SLOTS];
        if self.entries.len() < SLOTS {
            for (i, e) in self.entries.iter().enumerate() {
                probe::insert(&mut slots, e.hash, i);
            }
        }
        FieldIndex { entries: self.entries, slots }
    }

    /// Adds a field (`bag`: the key node of the `AdditionalProperties` object it sits in).
    fn push(&mut self, hash: u32, bag: Option<u32>, key_node: u32, value_node: u32) {
        self.entries.push(FieldEntry { hash, key: key_node, value: value_node, bag: bag.unwrap_or(NO_BAG) });
    }
}

/// The first member of an object value whose key normalises to `key` (any spelling) and
/// whose value `accept`s, found through the key hashes the reader stored: members whose
/// hash differs are passed over without reading their keys.
pub fn find_member<'a>(
    map: Json<'a>,
    key: impl FieldKey,
    accept: impl Fn(Json<'a>) -> bool,
) -> Option<(&'a str, Json<'a>)> {
    let (text, h) = (key.text(), key.hash());
    let mut members = map.members();
    while let Some((k, v)) = members.next_hashed(h) {
        if same_normalized(text, k) && accept(v) {
            return Some((k, v));
        }
    }
    None
}

/// The field index of an object value: every member, then the members of an
/// `AdditionalProperties` object not already present. A key repeated verbatim is one
/// field (at its first place, with its last value, as JSON readers do).
pub(super) fn build_index(value: Json<'_>) -> FieldIndex {
    let mut fields = IndexBuilder::default();
    if !value.is_object() {
        return fields.finish();
    }
    fields.entries.reserve(48);
    // Hashes seen so far, as a 256-bit filter: a clear bit means "certainly new", so the
    // search for a repeated key runs only on the rare hit.
    let mut seen = [0u64; 4];
    let mut mark = |h: u32| -> bool {
        let bit = (h >> 24) as usize;
        let (word, mask) = (bit / 64, 1u64 << (bit % 64));
        let hit = seen.get(word).is_some_and(|w| w & mask != 0);
        if let Some(w) = seen.get_mut(word) {
            *w |= mask;
        }
        hit
    };
    let mut bag: Option<(&str, u32, Json<'_>)> = None;
    let doc = value.doc();
    let mut members = value.members();
    while let Some((key_id, v)) = members.next_ids() {
        // The key itself is read only when the stored hash does not settle it.
        let key = || doc.get(key_id).and_then(|x| x.as_str()).unwrap_or("");
        let h = doc.key_hash(key_id).unwrap_or_else(|| norm_hash(key()));
        if h == BAG_HASH && v.is_object() && same_normalized(key(), "AdditionalProperties") {
            let k = key();
            match bag {
                // The bag written twice verbatim: the last one counts, as for any key.
                Some((b, _, _)) if b != k => {}
                _ => {
                    bag = Some((k, key_id, v));
                    continue;
                }
            }
        }
        if mark(h) && fields.entries.iter().any(|e| e.hash == h) && fold_repeat(&mut fields, value, key(), v) {
            continue;
        }
        fields.push(h, None, key_id, v.id());
    }
    let top = fields.entries.len();
    if let Some((_, bag_key, inner)) = bag {
        for (k, key_id, v) in inner.members_with_ids() {
            let h = doc.key_hash(key_id).unwrap_or_else(|| norm_hash(k));
            let shadowed =
                fields.entries.get(..top).unwrap_or(&[]).iter().any(|e| {
                    e.hash == h && doc.get(e.key).and_then(|x| x.as_str()).is_some_and(|x| same_normalized(x, k))
                });
            if shadowed {
                continue;
            }
            if fields.entries.get(top..).unwrap_or(&[]).iter().any(|e| e.hash == h)
                && fold_repeat(&mut fields, inner, k, v)
            {
                continue;
            }
            fields.push(h, Some(bag_key), key_id, v.id());
        }
    }
    fields.finish()
}

/// `norm_hash("AdditionalProperties")`.
const BAG_HASH: u32 = ascii_key_hash_bytewise(b"AdditionalProperties");

/// A key written again verbatim in the same object: its earlier entry takes this value
/// (first place, last value). Returns whether it was folded.
fn fold_repeat(fields: &mut IndexBuilder, obj: Json<'_>, key: &str, value: Json<'_>) -> bool {
    let doc = obj.doc();
    let same = fields.entries.iter_mut().find(|e| doc.get(e.key).and_then(|x| x.as_str()) == Some(key));
    match same {
        Some(e) => {
            e.value = value.id();
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::Doc;
    use crate::engine::model::{push_item_token, Kind, Object};
    use std::rc::Rc;

    #[test]
    fn members_are_found_by_any_spelling_and_in_order() {
        let doc =
            Doc::parse(r#"{"Setting_Definition_Id": 1, "settingDefinitionId": {}, "caf\u00e9": 2, "x": 3}"#).unwrap();
        let root = doc.root();
        let found = |key: &str, objects_only: bool| {
            find_member(root, key, |v| !objects_only || v.is_object()).map(|(k, v)| (k.to_string(), v.to_value()))
        };
        assert_eq!(found("settingdefinitionid", false).map(|f| f.0), Some("Setting_Definition_Id".into()));
        assert_eq!(found("SETTING-DEFINITION-ID", true).map(|f| f.0), Some("settingDefinitionId".into()));
        // A key with an escape has no stored hash: it is compared all the same.
        assert_eq!(found("Café", false).map(|f| f.0), Some("café".into()));
        assert_eq!(found("y", false), None);
        let mut s = String::from("/a");
        for i in [0, 7, 10, 1999, usize::MAX] {
            push_item_token(&mut s, i);
        }
        assert_eq!(s, format!("/a/0/7/10/1999/{}", usize::MAX));
    }

    #[test]
    fn a_key_written_twice_is_one_field_with_the_last_value() {
        let doc = Rc::new(Doc::parse(r#"{"a": 1, "b": true, "a": 2}"#).unwrap());
        let o = Object::from_doc(Kind::Unknown, 0, "p", "", doc, 0);
        assert_eq!(o.fields().map(|f| f.key).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(o.field("a").and_then(|f| f.value.as_u64()), Some(2));
        assert_eq!(o.field("a").map(|f| f.pointer()).as_deref(), Some("/a"));
        let doc =
            Rc::new(Doc::parse(r#"{"AdditionalProperties": {"x": 1}, "AdditionalProperties": {"x": 2}}"#).unwrap());
        let o = Object::from_doc(Kind::Unknown, 0, "p", "", doc, 0);
        assert_eq!(o.field("x").and_then(|f| f.value.as_u64()), Some(2));
        assert_eq!(o.fields().count(), 1);
    }
}
