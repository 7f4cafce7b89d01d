//! A recognised object (`Object`) and its fields (`Field`) read through the field index.

use super::index::{build_index, FieldEntry, FieldIndex, NO_BAG};
use super::{
    is_plain_token, key, push_member_tokens, same_normalized, AuthMethod, Classification, Evidence, FieldKey, Key,
    Kind, Pointer,
};
use crate::engine::json::{Doc, Json};
use std::rc::Rc;

/// One field of an object after normalisation.
#[derive(Clone, Copy, Debug)]
pub struct Field<'a> {
    /// The key as written in the input.
    pub key: &'a str,
    pub value: Json<'a>,
    /// The key of the `AdditionalProperties` object the field sits in, as written.
    bag: Option<&'a str>,
    /// [`norm_hash`] of the key.
    hash: u32,
}

impl<'a> Field<'a> {
    /// JSON pointer relative to the object (e.g. `/AdditionalProperties/configurationWebUrl`).
    /// Built when asked for: most fields are read, few are shown.
    pub fn pointer(&self) -> String {
        let mut out = String::with_capacity(self.key.len() + self.bag.map_or(1, |b| b.len() + 2));
        push_member_tokens(&mut out, self.bag, self.key);
        out
    }

    /// The field as evidence. A plain top-level key's pointer (`/key`) is shared by every
    /// object of the document that has the key (see [`super::json::Doc::shared`]).
    pub fn evidence(&self) -> Evidence {
        let plain = self.bag.is_none() && is_plain_token(self.key);
        let pointer = if plain {
            let same = |s: &str| s.strip_prefix('/') == Some(self.key);
            Pointer::from(self.value.doc().shared(self.hash, same, || self.pointer()))
        } else {
            Pointer::from(self.pointer())
        };
        Evidence { pointer, value: self.value.to_value() }
    }

    pub fn as_bool(&self) -> Option<bool> {
        self.value.as_bool()
    }

    /// A non-empty string value (not only white space).
    pub fn as_str(&self) -> Option<&'a str> {
        self.value.as_str().filter(|s| !s.trim().is_empty())
    }
}

/// A recognised object from the input.
#[derive(Clone, Debug)]
pub struct Object {
    /// Position in the analysis (the report's `index`).
    pub index: usize,
    /// Index of the input (file or paste) it came from.
    pub input: usize,
    /// Display name of that input (file name, or `pasted`), shared by its objects.
    pub source: Rc<str>,
    /// JSON pointer of the object inside its input (`""` for the root, `/value/1`).
    pub pointer: String,
    pub kind: Kind,
    /// The node of the object's name (see [`Object::name`]), set by reading.
    name: Option<u32>,
    /// The parsed input the object sits in, and its node there (see [`Object::value`]).
    doc: Rc<Doc>,
    node: u32,
    pub classification: Option<Classification>,
    /// Keys on a recognised object that the engine does not know (as written).
    pub unknown_keys: Vec<String>,
    /// For `app-assignment` objects found inside an app's `assignments`: the index of that
    /// app object.
    pub parent: Option<usize>,
    /// For `app-assignment` objects: the id of the app they assign, when the input says it
    /// (the parent app's `id`, or the `mobileApps('…')/assignments` part of a bare list's
    /// `@odata.context`).
    pub app_id: Option<String>,
    fields: FieldIndex,
}

impl Object {
    /// Builds an object from a value (for tests and tools; the engine reads inputs with
    /// [`Object::from_doc`]).
    pub fn new(
        kind: Kind,
        input: usize,
        source: impl Into<Rc<str>>,
        pointer: impl Into<String>,
        value: serde_json::Value,
    ) -> Object {
        let doc = Doc::parse(&value.to_string()).unwrap_or_else(|_| empty_doc());
        Object::from_doc(kind, input, source, pointer, Rc::new(doc), 0)
    }

    /// Builds an object for node `node` of a parsed input, and its normalised field
    /// index. Top-level keys come first; keys inside `AdditionalProperties` are merged (a
    /// top-level key wins over a merged one).
    pub fn from_doc(
        kind: Kind,
        input: usize,
        source: impl Into<Rc<str>>,
        pointer: impl Into<String>,
        doc: Rc<Doc>,
        node: u32,
    ) -> Object {
        let fields = doc.get(node).map(build_index).unwrap_or_default();
        Object {
            index: 0,
            input,
            source: source.into(),
            pointer: pointer.into(),
            kind,
            name: None,
            doc,
            node,
            classification: None,
            unknown_keys: Vec::new(),
            parent: None,
            app_id: None,
            fields,
        }
    }

    /// The object as written.
    pub fn value(&self) -> Json<'_> {
        self.doc.get(self.node).unwrap_or_else(|| self.doc.root())
    }

    /// The parsed input the object sits in.
    pub fn doc(&self) -> &Rc<Doc> {
        &self.doc
    }

    /// `source#pointer`, as the report prints it (`profiles.json#/value/0`).
    pub fn location(&self) -> String {
        format!("{}#{}", self.source, self.pointer)
    }

    /// Looks a field up by any spelling of its key: the first one in input order.
    pub fn field(&self, key: impl FieldKey) -> Option<Field<'_>> {
        let (key, h) = (key.text(), key.hash());
        let mut candidates = self.fields.with_hash(h);
        let first = candidates.next()?;
        let f = self.entry_field(first)?;
        if same_normalized(key, f.key) {
            return Some(f);
        }
        // A hash collision (never seen in practice): compare the keys themselves.
        candidates.filter_map(|e| self.entry_field(e)).find(|f| same_normalized(key, f.key))
    }

    /// The key and value of an index entry (nodes of the document: no look-up).
    fn entry_field<'s>(&'s self, e: &FieldEntry) -> Option<Field<'s>> {
        let key = self.doc.get(e.key)?.as_str()?;
        let value = self.doc.get(e.value)?;
        let bag = if e.bag == NO_BAG { None } else { self.doc.get(e.bag)?.as_str() };
        Some(Field { key, value, bag, hash: e.hash })
    }

    /// All fields after normalisation, in input order (merged ones last).
    pub fn fields(&self) -> impl Iterator<Item = Field<'_>> {
        self.fields.entries.iter().filter_map(move |e| self.entry_field(e))
    }

    /// The fields whose value passes `keep`, in the order of [`Object::fields`]; the key of
    /// a field is read only when its value is kept (for rules that test every value).
    pub fn fields_where<'s>(&'s self, keep: impl Fn(Json<'s>) -> bool + 's) -> impl Iterator<Item = Field<'s>> {
        self.fields
            .entries
            .iter()
            .filter(move |e| self.doc.get(e.value).is_some_and(&keep))
            .filter_map(move |e| self.entry_field(e))
    }

    /// Every field's key as written with the hash of its normalised key (see
    /// [`norm_hash`]), in the order of [`Object::fields`] (without looking values up).
    pub fn keys_hashed(&self) -> impl Iterator<Item = (&str, u32)> {
        self.fields.entries.iter().map(|e| (self.doc.get(e.key).and_then(|k| k.as_str()).unwrap_or(""), e.hash))
    }

    /// Whether the object has a field with this key (any spelling).
    pub fn has(&self, key: impl FieldKey) -> bool {
        self.field(key).is_some()
    }

    /// A boolean field; `None` when absent or not a boolean (e.g. `null`).
    pub fn bool(&self, key: impl FieldKey) -> Option<bool> {
        self.field(key).and_then(|f| f.as_bool())
    }

    /// A non-empty string field.
    pub fn str(&self, key: impl FieldKey) -> Option<&str> {
        self.field(key).and_then(|f| f.as_str())
    }

    /// The object's display name: its `displayName`, Apple's `profile_name` or `name`,
    /// whichever comes first and is not blank (`None` for objects not read from an input).
    pub fn name(&self) -> Option<&str> {
        self.name.and_then(|n| self.doc.get(n)).and_then(|v| v.as_str())
    }

    /// Takes the name from the first of `keys` that holds a non-blank string.
    pub fn set_name_from(&mut self, keys: &[Key]) {
        self.name = keys.iter().filter_map(|k| self.field(k)).find(|f| f.as_str().is_some()).map(|f| f.value.id());
    }

    /// The `@odata.type`, wherever it was written (top level or in `AdditionalProperties`).
    pub fn odata_type(&self) -> Option<&str> {
        self.str(key!("@odata.type"))
    }

    /// The classified method, if any.
    pub fn method(&self) -> Option<AuthMethod> {
        self.classification.as_ref().and_then(|c| c.method)
    }

    /// The absolute JSON pointer (inside the input) of a pointer relative to this object.
    pub fn absolute_pointer(&self, relative: &str) -> String {
        format!("{}{}", self.pointer, relative)
    }
}

/// An empty object, for [`Object::new`] on a value that cannot be written as JSON.
fn empty_doc() -> Doc {
    Doc::parse("{}").unwrap_or_else(|_| unreachable_doc())
}

/// `{}` always parses; this keeps the constructor free of panics all the same.
fn unreachable_doc() -> Doc {
    match Doc::parse("null") {
        Ok(d) => d,
        Err(_) => unreachable_doc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_name_is_the_first_non_blank_string_of_the_keys() {
        let keys = [key!("displayName"), key!("profile_name"), key!("name")];
        let named = |v: serde_json::Value| {
            let mut o = Object::new(Kind::Unknown, 0, "p", "", v);
            o.set_name_from(&keys);
            o.name().map(str::to_string)
        };
        assert_eq!(named(json!({"name": "c", "displayName": "a"})), Some("a".into()));
        assert_eq!(named(json!({"displayName": "  ", "profile_name": "b", "name": "c"})), Some("b".into()));
        assert_eq!(named(json!({"displayName": 7, "name": "c"})), Some("c".into()));
        assert_eq!(named(json!({"DisplayName": "店舗 iPad"})), Some("店舗 iPad".into()));
        assert_eq!(named(json!({"id": "x"})), None);
        assert_eq!(
            Object::new(Kind::Unknown, 0, "p", "", json!({"displayName": "a"})).name(),
            None,
            "not read: no name"
        );
    }

    #[test]
    fn keys_match_whatever_their_case_or_separators() {
        let o = Object::new(
            Kind::IosEnrollmentProfile,
            0,
            "pasted",
            "",
            json!({"RequiresUserAuthentication": true, "enable_authentication_via_company_portal": false}),
        );
        assert_eq!(o.bool("requiresUserAuthentication"), Some(true));
        assert_eq!(o.bool("enableAuthenticationViaCompanyPortal"), Some(false));
        assert_eq!(o.field("requiresuserauthentication").unwrap().pointer(), "/RequiresUserAuthentication");
    }

    #[test]
    fn additional_properties_are_merged_with_their_own_pointer() {
        let o = Object::new(
            Kind::IosEnrollmentProfile,
            0,
            "x.json",
            "/value/0",
            json!({"Id": "1", "DisplayName": "A", "AdditionalProperties": {"@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", "configurationWebUrl": true, "displayName": "B"}}),
        );
        assert_eq!(o.odata_type(), Some("#microsoft.graph.depIOSEnrollmentProfile"));
        let f = o.field("configurationWebUrl").unwrap();
        assert_eq!(f.pointer(), "/AdditionalProperties/configurationWebUrl");
        assert_eq!(f.value.to_value(), json!(true));
        assert_eq!(o.str("displayName"), Some("A"), "the top-level key wins");
        assert_eq!(o.absolute_pointer(&f.pointer()), "/value/0/AdditionalProperties/configurationWebUrl");
        assert_eq!(o.location(), "x.json#/value/0");
        assert!(o.fields().all(|f| f.key != "AdditionalProperties"));
    }

    #[test]
    fn null_and_wrong_types_read_as_absent() {
        let o = Object::new(Kind::Unknown, 0, "p", "", json!({"a": null, "b": "true", "c/d": 1}));
        assert_eq!(o.bool("a"), None);
        assert_eq!(o.bool("b"), None);
        assert_eq!(o.field("c/d").unwrap().pointer(), "/c~1d");
        assert_eq!(o.str("missing"), None);
    }
}
