//! The handles: `Json` (a copyable view into a `Doc`, with its iterators) and `Value` (an owned copy).

use std::fmt;

use super::reader::Doc;
use super::writer::Writer;
use super::{Node, ARRAY, FALSE, NULL, NUMBER, OBJECT, STR, STR_ESC, TRUE};
use crate::engine::keys::ascii_key_hash;

/// A value inside a [`Doc`]: cheap to copy, read like `serde_json::Value`.
#[derive(Clone, Copy)]
pub struct Json<'a> {
    pub(super) doc: &'a Doc,
    pub(super) idx: u32,
}

impl fmt::Debug for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_compact(&self.to_value()))
    }
}

impl PartialEq for Json<'_> {
    /// Equal JSON values (numbers by their value, object members in order).
    fn eq(&self, other: &Self) -> bool {
        self.to_value() == other.to_value()
    }
}

impl<'a> Json<'a> {
    #[inline(always)]
    fn node(&self) -> Node {
        self.doc.node(self.idx)
    }

    /// The node index, to find the value again with [`Doc::get`].
    pub fn id(&self) -> u32 {
        self.idx
    }

    pub fn is_null(&self) -> bool {
        self.node().kind == NULL
    }
    pub fn is_bool(&self) -> bool {
        matches!(self.node().kind, TRUE | FALSE)
    }
    pub fn is_number(&self) -> bool {
        self.node().kind == NUMBER
    }
    pub fn is_string(&self) -> bool {
        matches!(self.node().kind, STR | STR_ESC)
    }
    pub fn is_array(&self) -> bool {
        self.node().kind == ARRAY
    }
    pub fn is_object(&self) -> bool {
        self.node().kind == OBJECT
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.node().kind {
            TRUE => Some(true),
            FALSE => Some(false),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&'a str> {
        let n = self.node();
        matches!(n.kind, STR | STR_ESC).then(|| self.doc.str_of(n))
    }

    /// The number as written (`1`, `-2.5e3`).
    pub fn number_text(&self) -> Option<&'a str> {
        let n = self.node();
        (n.kind == NUMBER).then(|| self.doc.str_of(n))
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.number_text()?.parse().ok()
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.number_text()?.parse().ok()
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.number_text()?.parse().ok()
    }

    /// Members of an object in input order (duplicates included), or nothing.
    pub fn members(&self) -> Members<'a> {
        let n = self.node();
        let (at, end) = if n.kind == OBJECT { (self.idx + 1, n.next) } else { (0, 0) };
        Members { doc: self.doc, at, end }
    }

    /// Members with the node index of each key (see [`Doc::get`]).
    pub fn members_with_ids(&self) -> impl Iterator<Item = (&'a str, u32, Json<'a>)> {
        let mut m = self.members();
        std::iter::from_fn(move || m.next_with_id())
    }

    /// The document the value belongs to.
    pub fn doc(&self) -> &'a Doc {
        self.doc
    }

    /// Items of an array in order, or nothing.
    pub fn items(&self) -> Items<'a> {
        let n = self.node();
        let (at, end) = if n.kind == ARRAY { (self.idx + 1, n.next) } else { (0, 0) };
        Items { doc: self.doc, at, end }
    }

    /// Number of members or items (0 for scalars).
    pub fn len(&self) -> usize {
        match self.node().kind {
            OBJECT => self.members().count(),
            ARRAY => self.items().count(),
            _ => 0,
        }
    }

    /// True for scalars and empty containers.
    pub fn is_empty(&self) -> bool {
        self.node().next == self.idx + 1
    }

    /// The member `key` (exact spelling; the last one when a key is repeated, as
    /// `serde_json` keeps it).
    pub fn get(&self, key: &str) -> Option<Json<'a>> {
        if !key.is_ascii() {
            return self.members().filter(|(k, _)| *k == key).last().map(|(_, v)| v);
        }
        // Equal keys have equal hashes: only members with the same (or no stored) hash
        // are compared.
        let h = ascii_key_hash(key.as_bytes());
        let mut m = self.members();
        let mut found = None;
        while let Some((k, v)) = m.next_hashed(h) {
            if k == key {
                found = Some(v);
            }
        }
        found
    }

    /// The `i`-th item of an array.
    pub fn at(&self, i: usize) -> Option<Json<'a>> {
        self.items().nth(i)
    }

    /// The value at a JSON pointer (RFC 6901) below this one.
    pub fn pointer(&self, pointer: &str) -> Option<Json<'a>> {
        if pointer.is_empty() {
            return Some(*self);
        }
        let rest = pointer.strip_prefix('/')?;
        let mut cur = *self;
        for raw in rest.split('/') {
            let token = if raw.contains('~') { raw.replace("~1", "/").replace("~0", "~") } else { raw.to_string() };
            cur = match cur.node().kind {
                OBJECT => cur.get(&token)?,
                ARRAY => {
                    if token.is_empty() || (token.len() > 1 && token.starts_with('0')) {
                        return None;
                    }
                    cur.at(token.parse().ok()?)?
                }
                _ => return None,
            };
        }
        Some(cur)
    }

    /// An owned copy (for evidence and reports). Deep structures are copied with an
    /// explicit stack.
    pub fn to_value(&self) -> Value {
        enum Open {
            Arr(Vec<Value>),
            Obj(Vec<(String, Value)>, Option<String>),
        }
        fn scalar(v: Json<'_>) -> Value {
            match v.node().kind {
                TRUE => Value::Bool(true),
                FALSE => Value::Bool(false),
                NUMBER => Value::Number(v.number_text().unwrap_or("0").to_string()),
                STR | STR_ESC => Value::String(v.as_str().unwrap_or("").to_string()),
                _ => Value::Null,
            }
        }
        // (container, iterator position, end)
        let mut stack: Vec<(Open, u32, u32)> = Vec::new();
        let mut cur = *self;
        loop {
            // Descend into `cur` or produce it.
            let n = cur.node();
            let mut done = match n.kind {
                ARRAY => {
                    stack.push((Open::Arr(Vec::new()), cur.idx + 1, n.next));
                    None
                }
                OBJECT => {
                    stack.push((Open::Obj(Vec::new(), None), cur.idx + 1, n.next));
                    None
                }
                _ => Some(scalar(cur)),
            };
            // Attach finished values and find the next one to visit.
            loop {
                let Some((open, at, end)) = stack.last_mut() else { return done.unwrap_or(Value::Null) };
                if let Some(v) = done.take() {
                    match open {
                        Open::Arr(items) => items.push(v),
                        Open::Obj(members, key) => {
                            if let Some(k) = key.take() {
                                // A repeated key keeps its first place and takes the last value.
                                match members.iter_mut().find(|(m, _)| *m == k) {
                                    Some(slot) => slot.1 = v,
                                    None => members.push((k, v)),
                                }
                            }
                        }
                    }
                }
                if *at >= *end {
                    let Some((open, _, _)) = stack.pop() else { return Value::Null };
                    done = Some(match open {
                        Open::Arr(items) => Value::Array(items),
                        Open::Obj(members, _) => Value::Object(members),
                    });
                    continue;
                }
                let doc = self.doc;
                if let Open::Obj(_, key) = open {
                    let kn = doc.node(*at);
                    *key = Some(doc.str_of(kn).to_string());
                    *at += 1;
                }
                let vn = doc.node(*at);
                let idx = *at;
                *at = vn.next.max(idx + 1);
                cur = Json { doc, idx };
                break;
            }
        }
    }
}

/// A JSON value copied out of a [`Doc`]: the evidence of a finding or a classification.
/// Numbers keep the text they were written with; object members keep their order.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as `serde_json` reads it (an integer when it is one, else a float with
    /// `serde_json`'s own rounding).
    fn serde_number(text: &str) -> Option<serde_json::Number> {
        serde_json::from_str(text).ok()
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(t) => match Value::serde_number(t) {
                Some(n) => n.serialize(s),
                None => s.serialize_unit(),
            },
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for i in items {
                    seq.serialize_element(i)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Compares with a `serde_json` value as JSON (numbers by value): for tests and tools.
impl PartialEq<serde_json::Value> for Value {
    fn eq(&self, other: &serde_json::Value) -> bool {
        serde_json::to_value(self).is_ok_and(|v| v == *other)
    }
}

/// A value as one line of JSON (as `serde_json::to_string` prints it, numbers as written).
pub fn to_compact(v: &Value) -> String {
    let mut w = Writer::compact();
    w.value(v);
    w.finish()
}

/// The content of one JSON string literal (with its quotes), decoded; `None` if it is not
/// exactly one string.
pub fn unescape(literal: &str) -> Option<String> {
    let doc = Doc::parse(literal).ok()?;
    doc.root().as_str().map(str::to_string)
}

/// Iterator over an object's members.
#[derive(Clone)]
pub struct Members<'a> {
    doc: &'a Doc,
    at: u32,
    end: u32,
}

impl<'a> Members<'a> {
    /// The next member whose key may normalise to a key with hash `h`: a key the reader
    /// hashed to something else is passed over without being read.
    pub fn next_hashed(&mut self, h: u32) -> Option<(&'a str, Json<'a>)> {
        while let Some((key_idx, v)) = self.next_ids() {
            if self.doc.key_hash(key_idx).is_none_or(|kh| kh == h) {
                return Some((self.key(key_idx), v));
            }
        }
        None
    }

    /// The next member as its key's node index and its value, without reading the key.
    #[inline(always)]
    pub fn next_ids(&mut self) -> Option<(u32, Json<'a>)> {
        if self.at >= self.end {
            return None;
        }
        // A key is a string: its value is the next node.
        let key_idx = self.at;
        let v_idx = key_idx + 1;
        self.at = self.doc.node(v_idx).next.max(v_idx + 1);
        Some((key_idx, Json { doc: self.doc, idx: v_idx }))
    }

    fn next_with_id(&mut self) -> Option<(&'a str, u32, Json<'a>)> {
        let (key_idx, v) = self.next_ids()?;
        Some((self.key(key_idx), key_idx, v))
    }

    fn key(&self, key_idx: u32) -> &'a str {
        self.doc.str_of(self.doc.node(key_idx))
    }
}

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, Json<'a>);
    fn next(&mut self) -> Option<Self::Item> {
        self.next_with_id().map(|(k, _, v)| (k, v))
    }
}

/// Iterator over an array's items.
#[derive(Clone)]
pub struct Items<'a> {
    doc: &'a Doc,
    at: u32,
    end: u32,
}

impl<'a> Iterator for Items<'a> {
    type Item = Json<'a>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.end {
            return None;
        }
        let idx = self.at;
        self.at = self.doc.node(idx).next.max(idx + 1);
        Some(Json { doc: self.doc, idx })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(t: &str) -> Doc {
        match Doc::parse(t) {
            Ok(d) => d,
            Err(e) => panic!("{t}: {e:?}"),
        }
    }

    #[test]
    fn reads_members_items_and_scalars() {
        let d = doc(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "x\ty\u00e9\ud83d\ude00"}, "": {}} "#);
        let r = d.root();
        assert!(r.is_object());
        assert_eq!(r.members().map(|(k, _)| k).collect::<Vec<_>>(), ["a", "b", ""]);
        let a = r.get("a").unwrap();
        assert_eq!(a.len(), 5);
        assert_eq!(a.at(0).and_then(|v| v.as_u64()), Some(1));
        assert_eq!(a.at(1).and_then(|v| v.as_f64()), Some(-2500.0));
        assert_eq!(a.at(2).and_then(|v| v.as_bool()), Some(true));
        assert!(a.at(4).unwrap().is_null());
        assert_eq!(r.pointer("/b/c").and_then(|v| v.as_str()), Some("x\tyé😀"));
        assert!(r.get("").unwrap().is_empty());
        assert_eq!(r.to_value(), serde_json::from_str::<serde_json::Value>(d.text()).unwrap());
    }

    #[test]
    fn repeated_keys_read_as_the_last_one() {
        let d = doc(r#"{"a": 1, "a": 2}"#);
        assert_eq!(d.root().get("a").and_then(|v| v.as_u64()), Some(2));
    }

    #[test]
    fn pointers_follow_rfc_6901() {
        let d = doc(r#"{"a/b": {"m~n": [10, 20]}}"#);
        assert_eq!(d.root().pointer("/a~1b/m~0n/1").and_then(|v| v.as_u64()), Some(20));
        assert!(d.root().pointer("/a~1b/m~0n/01").is_none());
        assert!(d.root().pointer("a").is_none());
    }
}
