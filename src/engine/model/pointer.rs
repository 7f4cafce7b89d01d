//! JSON pointers (RFC 6901): the shared `Pointer` text and the tokens of members and items.

use serde::Serialize;
use std::rc::Rc;

/// A JSON pointer (as text) that shares the buffer of the field index it came from:
/// making and cloning one copies nothing. Reads like a `&str`.
#[derive(Clone)]
pub struct Pointer {
    buf: Rc<str>,
    start: u32,
    end: u32,
}

impl Pointer {
    pub fn as_str(&self) -> &str {
        self.buf.get(self.start as usize..self.end as usize).unwrap_or("")
    }
}

impl std::ops::Deref for Pointer {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<Rc<str>> for Pointer {
    fn from(buf: Rc<str>) -> Pointer {
        let end = buf.len() as u32;
        Pointer { buf, start: 0, end }
    }
}

impl From<String> for Pointer {
    fn from(s: String) -> Pointer {
        let end = s.len() as u32;
        Pointer { buf: s.into(), start: 0, end }
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.as_str().to_string()
    }
}

impl From<&str> for Pointer {
    fn from(s: &str) -> Pointer {
        Pointer::from(s.to_string())
    }
}

impl std::fmt::Display for Pointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Pointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Pointer {
    fn eq(&self, other: &Pointer) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Pointer {}

impl PartialEq<str> for Pointer {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Pointer {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Pointer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Escapes one JSON-pointer token (RFC 6901).
pub fn pointer_token(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    push_pointer_token(&mut out, key);
    out
}

/// Whether `key` is its own pointer token (it holds no `~` or `/` to escape).
pub(super) fn is_plain_token(key: &str) -> bool {
    !key.bytes().any(|c| c == b'~' || c == b'/')
}

/// Appends `[/bag]/key` to a pointer: the tokens of a member, inside the
/// `AdditionalProperties` object `bag` when it sits in one.
pub fn push_member_tokens(out: &mut String, bag: Option<&str>, key: &str) {
    if let Some(bag) = bag {
        out.push('/');
        push_pointer_token(out, bag);
    }
    out.push('/');
    push_pointer_token(out, key);
}

/// Appends `/{i}`, an array item's token, to `out`.
pub fn push_item_token(out: &mut String, i: usize) {
    use std::fmt::Write;
    let _ = write!(out, "/{i}");
}

/// Appends [`pointer_token`]`(key)` to `out`.
pub fn push_pointer_token(out: &mut String, key: &str) {
    if is_plain_token(key) {
        out.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::Doc;
    use crate::engine::model::{norm_hash, Kind, Object};

    #[test]
    fn pointer_tokens_escape_tilde_and_slash_wherever_they_sit() {
        for n in 1..20 {
            for at in 0..n {
                for (c, escaped) in [('~', "~0"), ('/', "~1")] {
                    let key: String = (0..n).map(|i| if i == at { c } else { 'k' }).collect();
                    assert!(!is_plain_token(&key), "{key}");
                    let expected = format!("{}{escaped}{}", "k".repeat(at), "k".repeat(n - at - 1));
                    assert_eq!(pointer_token(&key), expected);
                }
            }
            assert!(is_plain_token(&"k".repeat(n)));
        }
    }

    #[test]
    fn objects_of_one_document_share_their_evidence_pointers() {
        // A key whose hash takes the same slot of the document's shared strings as `a`.
        let other = (0..).map(|i| format!("k{i}")).find(|k| norm_hash(k) % 64 == norm_hash("a") % 64).unwrap();
        let text = format!(r#"[{{"a": 1, "{other}": 2, "x/y": 3}}, {{"A": 1, "a": 4, "{other}": 5}}]"#);
        let doc = Rc::new(Doc::parse(&text).unwrap());
        let objects: Vec<Object> =
            [1, 8].into_iter().map(|node| Object::from_doc(Kind::Unknown, 0, "p", "", Rc::clone(&doc), node)).collect();
        let first = objects[0].field("a").unwrap().evidence();
        // The slot now holds `/{other}`.
        let colliding = objects[0].field(other.as_str()).unwrap().evidence();
        assert_eq!(colliding.pointer.as_str(), format!("/{other}"));
        let again = objects[1].field(other.as_str()).unwrap().evidence();
        assert!(Rc::ptr_eq(&colliding.pointer.buf, &again.pointer.buf), "the same pointer is shared");
        // Then `/A` (as written in the second object), then `/a` again: each as written.
        let second = objects[1].field("a").unwrap().evidence();
        let third = objects[0].field("a").unwrap().evidence();
        assert_eq!((first.pointer.as_str(), second.pointer.as_str(), third.pointer.as_str()), ("/a", "/A", "/a"));
        assert_eq!(objects[0].field("x/y").unwrap().evidence().pointer.as_str(), "/x~1y");
    }
}
