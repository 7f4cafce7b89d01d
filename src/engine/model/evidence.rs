//! Evidence: the fields that decided something, with their pointers and values (`Evidence`, `Evidences`, `Setting`).

use super::Pointer;
use crate::engine::json::Value;
use serde::Serialize;

/// A field that decided something: where it is (pointer relative to the object) and
/// what it says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub pointer: Pointer,
    pub value: Value,
}

/// A setting read off a profile, with the fields it came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Setting<T> {
    pub value: T,
    pub evidence: Evidences,
}

/// The fields a setting came from, read like a slice. Nearly every setting comes from
/// one field, which is kept in place: a tenant export has thousands of settings, and a
/// vector each would be an allocation each.
#[derive(Clone)]
pub enum Evidences {
    One(Evidence),
    /// None, or more than one.
    Many(Vec<Evidence>),
}

impl Evidences {
    /// Adds one more field.
    pub fn push(&mut self, e: Evidence) {
        *self = match std::mem::replace(self, Evidences::Many(Vec::new())) {
            Evidences::One(first) => Evidences::Many(vec![first, e]),
            Evidences::Many(mut v) => {
                v.push(e);
                Evidences::Many(v)
            }
        };
    }

    pub fn as_slice(&self) -> &[Evidence] {
        match self {
            Evidences::One(e) => std::slice::from_ref(e),
            Evidences::Many(v) => v,
        }
    }
}

impl std::ops::Deref for Evidences {
    type Target = [Evidence];
    fn deref(&self) -> &[Evidence] {
        self.as_slice()
    }
}

impl From<Evidence> for Evidences {
    fn from(e: Evidence) -> Evidences {
        Evidences::One(e)
    }
}

impl From<Vec<Evidence>> for Evidences {
    fn from(mut v: Vec<Evidence>) -> Evidences {
        match (v.len(), v.pop()) {
            (1, Some(e)) => Evidences::One(e),
            (_, last) => {
                v.extend(last);
                Evidences::Many(v)
            }
        }
    }
}

impl PartialEq for Evidences {
    fn eq(&self, other: &Evidences) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl std::fmt::Debug for Evidences {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Evidences {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidences_read_as_the_list_they_were_made_from() {
        let e = |p: &str| Evidence { pointer: p.into(), value: Value::Bool(true) };
        for list in [vec![], vec![e("/a")], vec![e("/a"), e("/b")], vec![e("/a"), e("/b"), e("/c")]] {
            let ev = Evidences::from(list.clone());
            assert_eq!(ev.as_slice(), list.as_slice());
            assert_eq!(matches!(ev, Evidences::One(_)), list.len() == 1, "one field is kept in place");
            assert_eq!(format!("{ev:?}"), format!("{list:?}"));
            assert_eq!(serde_json::to_value(&ev).unwrap(), serde_json::to_value(&list).unwrap());
        }
        assert_eq!(Evidences::from(e("/a")), Evidences::from(vec![e("/a")]));
        let mut grown = Evidences::from(e("/a"));
        grown.push(e("/b"));
        grown.push(e("/c"));
        assert_eq!(grown.as_slice(), [e("/a"), e("/b"), e("/c")]);
    }
}
