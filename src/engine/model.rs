//! The model every later stage reads: recognised objects with normalised field access,
//! their classification, and input errors.
//!
//! Keys are matched case- and separator-insensitively (`requiresUserAuthentication`,
//! `RequiresUserAuthentication` and `requires_user_authentication` are one key), and the
//! PowerShell SDK's `AdditionalProperties` bag is merged into the object. Every field keeps
//! the JSON pointer where it was written, relative to the object, so findings and evidence
//! can point back into the user's text.

use super::i18n::LText;
use super::table::Method;
use serde::Serialize;
use serde_json::Value;

/// What a recognised object is. The id is the report's `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    IosEnrollmentProfile,
    IosEnrollmentPolicy,
    AppleDepProfile,
    MacosEnrollmentProfile,
    AppleConfiguratorProfile,
    IosDeviceRestrictions,
    IosApp,
    AppAssignment,
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::IosEnrollmentProfile,
        Kind::IosEnrollmentPolicy,
        Kind::AppleDepProfile,
        Kind::MacosEnrollmentProfile,
        Kind::AppleConfiguratorProfile,
        Kind::IosDeviceRestrictions,
        Kind::IosApp,
        Kind::AppAssignment,
        Kind::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::IosEnrollmentProfile => "ios-enrollment-profile",
            Kind::IosEnrollmentPolicy => "ios-enrollment-policy",
            Kind::AppleDepProfile => "apple-dep-profile",
            Kind::MacosEnrollmentProfile => "macos-enrollment-profile",
            Kind::AppleConfiguratorProfile => "apple-configurator-profile",
            Kind::IosDeviceRestrictions => "ios-device-restrictions",
            Kind::IosApp => "ios-app",
            Kind::AppAssignment => "app-assignment",
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
    pub pointer: String,
    pub value: Value,
}

/// A setting read off a profile, with the fields it came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Setting<T> {
    pub value: T,
    pub evidence: Vec<Evidence>,
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
/// does not allow (facts §3.2 step 6, §3.4). Classification applies the documented
/// precedence anyway; the rule catalogue reports these.
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
    /// JSON pointer relative to the object (e.g. `/AdditionalProperties/configurationWebUrl`).
    pub pointer: &'a str,
    pub value: &'a Value,
}

impl<'a> Field<'a> {
    pub fn evidence(&self) -> Evidence {
        Evidence { pointer: self.pointer.to_string(), value: self.value.clone() }
    }

    pub fn as_bool(&self) -> Option<bool> {
        self.value.as_bool()
    }

    /// A non-empty string value.
    pub fn as_str(&self) -> Option<&'a str> {
        self.value.as_str().filter(|s| !s.trim().is_empty())
    }
}

/// One entry of an object's field index. The strings live in [`FieldIndex::names`]:
/// one allocation per object instead of three per field.
#[derive(Clone, Copy, Debug)]
struct FieldEntry {
    norm: (u32, u32),
    key: (u32, u32),
    pointer: (u32, u32),
    /// Merged from the `AdditionalProperties` bag (the value is `value[bag][key]`).
    in_bag: bool,
}

/// The normalised field index of an object.
#[derive(Clone, Debug, Default)]
struct FieldIndex {
    /// Every entry's normalised key, key and pointer, end to end.
    names: String,
    /// Entries in input order (merged ones last).
    entries: Vec<FieldEntry>,
    /// Positions in `entries`, sorted by normalised key (ties in input order), for
    /// binary search.
    sorted: Vec<u32>,
    /// The key of the `AdditionalProperties` bag, when fields were merged from it.
    bag_key: Option<String>,
}

impl FieldIndex {
    fn push_str(&mut self, s: &str) -> (u32, u32) {
        let start = self.names.len();
        self.names.push_str(s);
        (start as u32, self.names.len() as u32)
    }

    fn str(&self, range: (u32, u32)) -> &str {
        self.names.get(range.0 as usize..range.1 as usize).unwrap_or("")
    }

    fn push(&mut self, norm: &str, key: &str, pointer_prefix: Option<&str>, in_bag: bool) {
        let norm = self.push_str(norm);
        let key_range = self.push_str(key);
        let start = self.names.len() as u32;
        if let Some(prefix) = pointer_prefix {
            self.names.push('/');
            self.names.push_str(prefix);
        }
        self.names.push('/');
        self.names.push_str(&pointer_token(key));
        let pointer = (start, self.names.len() as u32);
        self.entries.push(FieldEntry { norm, key: key_range, pointer, in_bag });
    }

    /// The first entry (in input order) whose normalised key is `norm`.
    fn find(&self, norm: &str) -> Option<&FieldEntry> {
        let at = self.sorted.partition_point(|&i| {
            self.entries.get(i as usize).is_some_and(|e| self.str(e.norm) < norm)
        });
        let e = self.entries.get(*self.sorted.get(at)? as usize)?;
        (self.str(e.norm) == norm).then_some(e)
    }
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
    key.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// [`normalize_key`] into a reused buffer.
fn normalize_into(key: &str, out: &mut String) {
    out.clear();
    if key.is_ascii() {
        for b in key.bytes() {
            if !matches!(b, b'_' | b'-' | b' ') {
                out.push(b.to_ascii_lowercase() as char);
            }
        }
    } else {
        out.extend(key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(|c| c.to_lowercase()));
    }
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
    let mut b = key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(|c| c.to_lowercase());
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
    key.replace('~', "~0").replace('/', "~1")
}

/// A recognised object from the input.
#[derive(Clone, Debug)]
pub struct Object {
    /// Position in the analysis (the report's `index`).
    pub index: usize,
    /// Index of the input (file or paste) it came from.
    pub input: usize,
    /// Display name of that input (file name, or `pasted`).
    pub source: String,
    /// JSON pointer of the object inside its input (`""` for the root, `/value/1`).
    pub pointer: String,
    pub kind: Kind,
    pub name: Option<String>,
    /// The object as written.
    pub value: Value,
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
    /// Builds an object and its normalised field index. Top-level keys come first; keys
    /// inside `AdditionalProperties` are merged (a top-level key wins over a merged one).
    pub fn new(kind: Kind, input: usize, source: impl Into<String>, pointer: impl Into<String>, value: Value) -> Object {
        let mut fields = FieldIndex::default();
        if let Value::Object(map) = &value {
            fields.entries.reserve(map.len());
            // Normalised key, key and pointer of every field (escapes are rare).
            fields.names.reserve(map.keys().map(|k| 3 * k.len() + 1).sum());
            let mut bag = None;
            let mut norm = String::new();
            for (k, v) in map {
                normalize_into(k, &mut norm);
                if norm == "additionalproperties" && v.is_object() {
                    bag = Some((k, v));
                    continue;
                }
                fields.push(&norm, k, None, false);
            }
            if let Some((bag_key, Value::Object(inner))) = bag {
                let token = pointer_token(bag_key);
                for (k, _) in inner {
                    normalize_into(k, &mut norm);
                    if fields.entries.iter().any(|e| fields.str(e.norm) == norm) {
                        continue;
                    }
                    fields.push(&norm, k, Some(&token), true);
                }
                fields.bag_key = Some(bag_key.clone());
            }
            let mut sorted: Vec<u32> = (0..fields.entries.len() as u32).collect();
            sorted.sort_by(|&a, &b| {
                let na = fields.entries.get(a as usize).map_or("", |e| fields.str(e.norm));
                let nb = fields.entries.get(b as usize).map_or("", |e| fields.str(e.norm));
                na.cmp(nb)
            });
            fields.sorted = sorted;
        }
        Object {
            index: 0,
            input,
            source: source.into(),
            pointer: pointer.into(),
            kind,
            name: None,
            value,
            classification: None,
            unknown_keys: Vec::new(),
            parent: None,
            app_id: None,
            fields,
        }
    }

    /// `source#pointer`, as the report prints it (`profiles.json#/value/0`).
    pub fn location(&self) -> String {
        format!("{}#{}", self.source, self.pointer)
    }

    /// Looks a field up by any spelling of its key.
    pub fn field(&self, key: &str) -> Option<Field<'_>> {
        let entry = if key.len() <= 64 && key.is_ascii() {
            // Normalise on the stack: no allocation for the keys the engine asks for.
            let mut buf = [0u8; 64];
            let mut n = 0;
            for b in key.bytes().filter(|b| !matches!(b, b'_' | b'-' | b' ')) {
                if let Some(slot) = buf.get_mut(n) {
                    *slot = b.to_ascii_lowercase();
                    n += 1;
                }
            }
            let norm = std::str::from_utf8(buf.get(..n).unwrap_or(&[])).ok()?;
            self.fields.find(norm)?
        } else {
            self.fields.find(&normalize_key(key))?
        };
        self.entry_field(entry)
    }

    /// The value of an index entry: a direct map look-up (no pointer parsing).
    fn entry_field<'s>(&'s self, e: &FieldEntry) -> Option<Field<'s>> {
        let map = self.value.as_object()?;
        let key = self.fields.str(e.key);
        let value = if e.in_bag {
            map.get(self.fields.bag_key.as_deref()?)?.as_object()?.get(key)?
        } else {
            map.get(key)?
        };
        Some(Field { key, pointer: self.fields.str(e.pointer), value })
    }

    /// All fields after normalisation, in input order (merged ones last).
    pub fn fields(&self) -> impl Iterator<Item = Field<'_>> {
        self.fields.entries.iter().filter_map(move |e| self.entry_field(e))
    }

    /// The normalised key of every field (see [`normalize_key`]), in the order of
    /// [`Object::fields`].
    pub fn normalized_keys(&self) -> impl Iterator<Item = &str> {
        self.fields.entries.iter().map(|e| self.fields.str(e.norm))
    }

    /// Every field's key as written with its normalised key, in the order of
    /// [`Object::fields`] (without looking the values up).
    pub fn keys_normalized(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields.entries.iter().map(|e| (self.fields.str(e.key), self.fields.str(e.norm)))
    }

    /// A boolean field; `None` when absent or not a boolean (e.g. `null`).
    pub fn bool(&self, key: &str) -> Option<bool> {
        self.field(key).and_then(|f| f.as_bool())
    }

    /// A non-empty string field.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.field(key).and_then(|f| f.as_str())
    }

    /// The `@odata.type`, wherever it was written (top level or in `AdditionalProperties`).
    pub fn odata_type(&self) -> Option<&str> {
        self.str("@odata.type")
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
        assert_eq!(o.field("requiresuserauthentication").unwrap().pointer, "/RequiresUserAuthentication");
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
        assert_eq!(f.pointer, "/AdditionalProperties/configurationWebUrl");
        assert_eq!(f.value, &json!(true));
        assert_eq!(o.str("displayName"), Some("A"), "the top-level key wins");
        assert_eq!(o.absolute_pointer(f.pointer), "/value/0/AdditionalProperties/configurationWebUrl");
        assert_eq!(o.location(), "x.json#/value/0");
        assert!(o.fields().all(|f| f.key != "AdditionalProperties"));
    }

    #[test]
    fn null_and_wrong_types_read_as_absent() {
        let o = Object::new(Kind::Unknown, 0, "p", "", json!({"a": null, "b": "true", "c/d": 1}));
        assert_eq!(o.bool("a"), None);
        assert_eq!(o.bool("b"), None);
        assert_eq!(o.field("c/d").unwrap().pointer, "/c~1d");
        assert_eq!(o.str("missing"), None);
    }
}
