//! The model every later stage reads: recognised objects with normalised field access,
//! their classification, and input errors.
//!
//! Keys are matched case- and separator-insensitively (`requiresUserAuthentication`,
//! `RequiresUserAuthentication` and `requires_user_authentication` are one key), and the
//! PowerShell SDK's `AdditionalProperties` bag is merged into the object. Every field keeps
//! the JSON pointer where it was written, relative to the object, so findings and evidence
//! can point back into the user's text.

use super::i18n::LText;
use super::json::{self, Doc, Json, Value};
use super::table::Method;
use serde::Serialize;
use std::rc::Rc;

/// What a recognised object is. The id is the report's `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    IosEnrollmentProfile,
    IosEnrollmentPolicy,
    AppleDepProfile,
    MacosEnrollmentProfile,
    MacosEnrollmentPolicy,
    AppleConfiguratorProfile,
    IosDeviceRestrictions,
    IosApp,
    AppAssignment,
    VppToken,
    IosDeviceFeatures,
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::IosEnrollmentProfile,
        Kind::IosEnrollmentPolicy,
        Kind::AppleDepProfile,
        Kind::MacosEnrollmentProfile,
        Kind::MacosEnrollmentPolicy,
        Kind::AppleConfiguratorProfile,
        Kind::IosDeviceRestrictions,
        Kind::IosApp,
        Kind::AppAssignment,
        Kind::VppToken,
        Kind::IosDeviceFeatures,
        Kind::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::IosEnrollmentProfile => "ios-enrollment-profile",
            Kind::IosEnrollmentPolicy => "ios-enrollment-policy",
            Kind::AppleDepProfile => "apple-dep-profile",
            Kind::MacosEnrollmentProfile => "macos-enrollment-profile",
            Kind::MacosEnrollmentPolicy => "macos-enrollment-policy",
            Kind::AppleConfiguratorProfile => "apple-configurator-profile",
            Kind::IosDeviceRestrictions => "ios-device-restrictions",
            Kind::IosApp => "ios-app",
            Kind::AppAssignment => "app-assignment",
            Kind::VppToken => "vpp-token",
            Kind::IosDeviceFeatures => "ios-device-features",
            Kind::Unknown => "unknown",
        }
    }

    /// ADE profiles and policies whose authentication method the engine names.
    pub fn is_ade_profile(self) -> bool {
        matches!(self, Kind::IosEnrollmentProfile | Kind::IosEnrollmentPolicy | Kind::AppleDepProfile)
    }
}

/// The authentication method a profile uses, as classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    SetupAssistantLegacy,
    CompanyPortal,
    SetupAssistantModern,
    /// Enroll without user affinity (userless); see [`Classification::variant`].
    NoUserAffinity,
}

impl AuthMethod {
    pub fn id(self) -> &'static str {
        match self {
            AuthMethod::SetupAssistantLegacy => "setup-assistant-legacy",
            AuthMethod::CompanyPortal => "company-portal",
            AuthMethod::SetupAssistantModern => "setup-assistant-modern",
            AuthMethod::NoUserAffinity => "no-user-affinity",
        }
    }

    /// The comparison-table column, when the profile has user affinity.
    pub fn table_method(self) -> Option<Method> {
        match self {
            AuthMethod::SetupAssistantLegacy => Some(Method::SetupAssistantLegacy),
            AuthMethod::CompanyPortal => Some(Method::CompanyPortal),
            AuthMethod::SetupAssistantModern => Some(Method::SetupAssistantModern),
            AuthMethod::NoUserAffinity => None,
        }
    }
}

impl From<Method> for AuthMethod {
    fn from(m: Method) -> AuthMethod {
        match m {
            Method::SetupAssistantLegacy => AuthMethod::SetupAssistantLegacy,
            Method::CompanyPortal => AuthMethod::CompanyPortal,
            Method::SetupAssistantModern => AuthMethod::SetupAssistantModern,
        }
    }
}

/// Variants of enrollment without user affinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AffinityVariant {
    SharedIpad,
    EntraSharedDeviceMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// A field that decided something: where it is (pointer relative to the object) and
/// what it says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub pointer: Pointer,
    pub value: Value,
}

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

/// Settings of an ADE profile worth reporting besides its method. `None` = not present.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProfileSettings {
    pub install_company_portal: Option<Setting<bool>>,
    /// Id of the VPP token chosen for "Install Company Portal with VPP" (non-empty only).
    pub vpp_token: Option<Setting<String>>,
    pub single_app_mode: Option<Setting<bool>>,
    pub supervised: Option<Setting<bool>>,
    pub locked_enrollment: Option<Setting<bool>>,
    pub await_final_configuration: Option<Setting<bool>>,
    /// The profile is mandatory (`isMandatory`, Apple `is_mandatory`): the user cannot skip
    /// applying it.
    pub mandatory: Option<Setting<bool>>,
}

/// Flags in one profile that name more than one method, or a setting that its method
/// does not allow (S-GRAPH-DEP-IOS). Microsoft documents no precedence between the
/// method flags: classification still names a method, with low confidence, and the rule
/// catalogue reports these.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contradiction {
    /// Stable id, e.g. `company-portal-and-modern`.
    pub id: &'static str,
    pub message: LText,
    pub evidence: Vec<Evidence>,
}

/// How an ADE profile authenticates users, and how sure the engine is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Classification {
    /// `None` when the input does not say (e.g. a settings-catalog policy without the
    /// setting).
    pub method: Option<AuthMethod>,
    pub variant: Option<AffinityVariant>,
    pub confidence: Confidence,
    /// Plain-language reason, required whenever confidence is not high.
    pub reason: Option<LText>,
    pub evidence: Vec<Evidence>,
    pub contradictions: Vec<Contradiction>,
    pub settings: ProfileSettings,
}

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
        // Most values start with a printable ASCII character: no need to trim them.
        self.value.as_str().filter(|s| s.as_bytes().first().is_some_and(u8::is_ascii_graphic) || !s.trim().is_empty())
    }
}

/// One entry of an object's field index: the hash of the normalised key (see
/// [`norm_hash`]) and the key and value nodes of the object's [`Doc`], and the key node
/// of the `AdditionalProperties` object it sits in ([`NO_BAG`] for a member of the object
/// itself).
#[derive(Clone, Copy, Debug)]
struct FieldEntry {
    hash: u32,
    key: u32,
    value: u32,
    bag: u32,
}

const NO_BAG: u32 = u32::MAX;

/// The normalised field index of an object.
#[derive(Clone, Debug)]
struct FieldIndex {
    /// Entries in input order (merged ones last).
    entries: Vec<FieldEntry>,
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
    fn with_hash(&self, h: u32) -> impl Iterator<Item = &FieldEntry> {
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
        Key { text, hash: super::json::ascii_key_hash_bytewise(text.as_bytes()) }
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
/// [`super::json::KeyHasher`]), without building it; the JSON reader stores the same hash
/// for plain ASCII keys. Equal normalised keys have equal hashes; look-ups confirm with
/// the keys themselves.
pub fn norm_hash(key: &str) -> u32 {
    if key.is_ascii() {
        return super::json::ascii_key_hash(key.as_bytes());
    }
    let mut h = super::json::KeyHasher::new();
    let mut buf = [0u8; 4];
    for c in key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(super::lowercase::to_lowercase) {
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
    key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(super::lowercase::to_lowercase).collect()
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
    let mut b = key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(super::lowercase::to_lowercase);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Escapes one JSON-pointer token (RFC 6901).
pub fn pointer_token(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    push_pointer_token(&mut out, key);
    out
}

/// Whether `key` is its own pointer token (it holds no `~` or `/` to escape).
fn is_plain_token(key: &str) -> bool {
    let special = |c: &u8| *c == b'~' || *c == b'/';
    let b = key.as_bytes();
    let mut at = 0;
    while let Some(w) = json::word_at(b, at) {
        if json::has_byte(w, b'~') || json::has_byte(w, b'/') {
            return false;
        }
        at += 8;
    }
    !b.get(at..).unwrap_or_default().iter().any(special)
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

/// Appends `/{i}`, an array item's token, to `out` without the formatting machinery.
pub fn push_item_token(out: &mut String, i: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = i;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    out.push('/');
    out.push_str(std::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default());
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

/// The field index of an object value: every member, then the members of an
/// `AdditionalProperties` object not already present. A key repeated verbatim is one
/// field (at its first place, with its last value, as JSON readers do).
fn build_index(value: Json<'_>) -> FieldIndex {
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
const BAG_HASH: u32 = super::json::ascii_key_hash_bytewise(b"AdditionalProperties");

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

/// A problem with an input as a whole (it could not be read as JSON, or it is empty).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputError {
    /// Index of the input.
    pub input: usize,
    /// Display name of the input.
    pub source: String,
    /// 1-based line and column (characters) where the problem is, when there is one.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Byte offset of that position in the input text.
    pub offset: Option<usize>,
    /// The offending line (shortened around the column) and a caret line under it.
    pub excerpt: Option<String>,
    pub caret: Option<String>,
    /// What is wrong and what to do, in both languages.
    pub message: LText,
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

    #[test]
    fn null_and_wrong_types_read_as_absent() {
        let o = Object::new(Kind::Unknown, 0, "p", "", json!({"a": null, "b": "true", "c/d": 1}));
        assert_eq!(o.bool("a"), None);
        assert_eq!(o.bool("b"), None);
        assert_eq!(o.field("c/d").unwrap().pointer(), "/c~1d");
        assert_eq!(o.str("missing"), None);
    }
}
