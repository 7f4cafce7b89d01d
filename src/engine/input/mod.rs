//! Reading pasted text and dropped files: find every object in them and recognise what
//! each one is (classification is the next stage: [`crate::engine::classified`]).
//!
//! Accepted shapes: a single object, a JSON array, a Graph collection
//! (`{"@odata.context": …, "value": [...]}` or `value` holding one object; `@odata.nextLink`
//! is ignored), arrays of those, in Graph REST (camelCase), PowerShell SDK (PascalCase +
//! `AdditionalProperties`), IntuneCD (no `id`), snake_case (Terraform) or Apple's own
//! spelling. Problems with an input as a whole become [`InputError`]s; the other inputs are
//! still read.

mod errors;
pub mod known;
mod locate;
mod sniff;
pub(crate) mod terraform;

pub use locate::{locate, Locator};

use crate::engine::classify::catalog::{self, Choice, PolicyPlatform};
use crate::engine::json::{Doc, Json};
use crate::engine::model::{key, key_matches, pointer_token, push_item_token, FieldKey, InputError, Key, Kind, Object};
use std::rc::Rc;

/// Inputs larger than this are refused before parsing.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// One input: a dropped file (its name) or a paste (`pasted`). Bytes, because a file may
/// not be valid UTF-8.
#[derive(Clone, Copy, Debug)]
pub struct SourceText<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Everything read from the inputs and classified ([`crate::engine::classified`] makes it
/// from a [`Reading`]).
#[derive(Clone, Debug, Default)]
pub struct ReadResult {
    /// Recognised and classified objects; `objects[i].index == i`. Shared: an editor that
    /// keeps a reading hands the same objects to [`crate::engine::analyze_objects`] without
    /// a copy.
    pub objects: Rc<Vec<Object>>,
    pub errors: Vec<InputError>,
}

/// What reading found, before classification: the objects with their kinds, names and
/// unknown keys (`classification` still `None`), and the problems with the inputs.
#[derive(Debug, Default)]
pub struct Reading {
    /// `objects[i].index == i`.
    pub objects: Vec<Object>,
    pub errors: Vec<InputError>,
    /// For each object, the settings-catalog choices recognition walked to tell a policy's
    /// kind (`None` for other objects): handed to the classification stage, so a policy is
    /// walked once.
    pub(crate) walked: Vec<Option<Vec<Choice>>>,
}

/// A place in an input text: byte offsets `start..end`, and the 1-based line and column
/// (in characters) of `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Reads every input: objects in input order, then document order.
pub fn read(inputs: &[SourceText<'_>]) -> Reading {
    let mut result = Reading::default();
    for (input, src) in inputs.iter().enumerate() {
        read_one(input, src, None, &mut result);
    }
    result
}

/// Reads one input on its own, as input 0. An editor keeps these per input and joins them
/// with [`merge`], so that an unchanged input is never read again.
pub fn read_input(src: &SourceText<'_>) -> Reading {
    let mut result = Reading::default();
    read_one(0, src, None, &mut result);
    result
}

/// [`read_input`] of an editor's text: the same result, but the objects keep `text`
/// itself instead of a copy, and the text is not checked for UTF-8 again.
pub fn read_text(name: &str, text: &Rc<String>) -> Reading {
    let mut result = Reading::default();
    read_one(0, &SourceText { name, bytes: text.as_bytes() }, Some(text), &mut result);
    result
}

/// Joins inputs read and classified on their own ([`read_input`], then
/// [`crate::engine::classified`]), in order: the same result as classifying [`read`] of all
/// of them (input numbers, object indexes and parents renumbered).
pub fn merge(parts: &[&ReadResult]) -> ReadResult {
    // One input read on its own is already numbered as input 0: shared as it is.
    if let [only] = parts {
        return ReadResult { objects: Rc::clone(&only.objects), errors: only.errors.clone() };
    }
    let mut objects = Vec::with_capacity(parts.iter().map(|p| p.objects.len()).sum());
    let mut errors = Vec::new();
    for (input, part) in parts.iter().enumerate() {
        let base = objects.len();
        for o in part.objects.iter() {
            let mut o = o.clone();
            o.input = input;
            o.index += base;
            o.parent = o.parent.map(|p| p + base);
            objects.push(o);
        }
        errors.extend(part.errors.iter().cloned().map(|mut e| {
            e.input = input;
            e
        }));
    }
    ReadResult { objects: Rc::new(objects), errors }
}

/// Reads `src` (which is `shared`, when given: then its text is kept rather than copied).
fn read_one(input: usize, src: &SourceText<'_>, shared: Option<&Rc<String>>, result: &mut Reading) {
    let name = src.name;
    let bytes = src.bytes;
    if bytes.len() > MAX_INPUT_BYTES {
        result.errors.push(errors::too_large(input, name, bytes.len(), MAX_INPUT_BYTES));
        return;
    }
    if let Some(kind) = sniff::not_text(bytes) {
        result.errors.push(errors::not_text(input, name, kind));
        return;
    }
    let (body, bom) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (bytes, 0),
    };
    // A shared text is a `String` already; with a byte-order mark it is read as a copy
    // without the mark, as bytes are.
    let shared = shared.filter(|_| bom == 0);
    let checked = match shared {
        Some(t) => Ok(t.as_str()),
        None => std::str::from_utf8(body),
    };
    let text = match checked {
        Ok(t) => t,
        Err(e) => {
            result.errors.push(errors::invalid_utf8(input, name, body, e.valid_up_to(), bom));
            return;
        }
    };
    if text.trim().is_empty() {
        result.errors.push(errors::empty(input, name));
        return;
    }
    let parsed = match shared {
        Some(t) => Doc::parse_shared(Rc::clone(t)),
        None => Doc::parse(text),
    };
    let doc = match parsed {
        Ok(d) => Rc::new(d),
        Err(e) => {
            let mut err = errors::parse_error(input, name, text, e);
            err.offset = err.offset.map(|o| o + bom);
            result.errors.push(err);
            return;
        }
    };
    let root = doc.root();
    let scalar = if root.is_null() {
        Some("null")
    } else if root.is_bool() {
        Some("bool")
    } else if root.is_number() {
        Some("number")
    } else if root.is_string() {
        Some("string")
    } else {
        None
    };
    if let Some(what) = scalar {
        let start = text.len() - text.trim_start().len();
        let mut err = errors::bare_scalar(input, name, text, start, what);
        err.offset = err.offset.map(|o| o + bom);
        result.errors.push(err);
        return;
    }
    let before = result.objects.len();
    let found: Vec<(String, u32, Option<String>)> =
        discover(root).into_iter().map(|(pointer, value, app_id)| (pointer, value.id(), app_id)).collect();
    // Room for every object found (apps' assignments come on top).
    result.objects.reserve(found.len());
    // One copy of the input's name, shared by its objects.
    let shared_name: Rc<str> = name.into();
    for (pointer, node, app_id) in found {
        push_object(result, input, &shared_name, pointer, &doc, node, app_id);
    }
    if result.objects.len() == before {
        result.errors.push(errors::no_objects(input, name));
    }
}

/// Adds an object (and, for apps with expanded `assignments`, one object per assignment).
fn push_object(
    result: &mut Reading,
    input: usize,
    name: &Rc<str>,
    pointer: String,
    doc: &Rc<Doc>,
    node: u32,
    app_id: Option<String>,
) {
    let mut obj = Object::from_doc(Kind::Unknown, input, Rc::clone(name), pointer, Rc::clone(doc), node);
    let (kind, choices) = recognise_walking(&obj);
    obj.kind = kind;
    if obj.kind == Kind::AppAssignment {
        obj.app_id = app_id;
    }
    finish(&mut obj);
    obj.index = result.objects.len();
    result.walked.push(choices);
    let app_index = obj.index;
    let children: Vec<(String, u32)> = if obj.kind == Kind::IosApp {
        match obj.field(key!("assignments")) {
            Some(f) => {
                let list = format!("{}{}", obj.pointer, f.pointer());
                f.value
                    .items()
                    .enumerate()
                    .filter(|(_, v)| v.is_object())
                    .map(|(i, v)| (item_pointer(&list, i), v.id()))
                    .collect()
            }
            None => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let app_id = obj.str(key!("id")).map(str::to_string);
    result.objects.push(obj);
    for (pointer, node) in children {
        let mut child = Object::from_doc(Kind::AppAssignment, input, Rc::clone(name), pointer, Rc::clone(doc), node);
        child.parent = Some(app_index);
        child.app_id = app_id.clone();
        finish(&mut child);
        child.index = result.objects.len();
        result.objects.push(child);
        result.walked.push(None);
    }
}

/// Name and unknown keys.
fn finish(obj: &mut Object) {
    obj.set_name_from(&[key!("displayName"), key!("profile_name"), key!("name")]);
    obj.unknown_keys = known::unknown_keys(obj);
}

/// The app id named by a collection's `@odata.context`, e.g.
/// `…/$metadata#deviceAppManagement/mobileApps('1234')/assignments` → `1234`.
pub fn app_id_from_context(context: &str) -> Option<String> {
    let lower = context.to_ascii_lowercase();
    let start = lower.find("mobileapps(")? + "mobileapps(".len();
    let rest = context.get(start..)?;
    let end = rest.find(')')?;
    let id = rest.get(..end)?.trim_matches(|c| c == '\'' || c == '"');
    if !lower.get(start..)?.contains("/assignments") || id.is_empty() {
        return None;
    }
    Some(id.to_string())
}

/// A Graph collection wrapper: a `value` array or object, and otherwise only annotations
/// (`@odata.context`, `@odata.nextLink`, `@odata.count`, PowerShell's `Count`).
fn collection_value(map: Json<'_>) -> Option<(&str, Json<'_>)> {
    let mut members = map.members();
    let value_hash = key!("value").hash();
    let (key, value) = std::iter::from_fn(|| members.next_hashed(value_hash)).find(|(k, _)| key_matches("value", k))?;
    if !(value.is_array() || value.is_object()) {
        return None;
    }
    let only_annotations = map
        .members()
        .all(|(k, _)| k == key || (k.starts_with('@') && !key_matches("@odata.type", k)) || key_matches("count", k));
    only_annotations.then_some((key, value))
}

/// Where a value sits in a known wrapper.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Anything: an object, an array, a Graph collection, a `terraform show -json` document.
    Any,
    /// A Terraform module (`root_module` or one of its `child_modules`), or a state file.
    TerraformModule,
}

/// The module of a `terraform show -json` document (`values.root_module`, or
/// `planned_values.root_module` for a plan), or a state file itself (`terraform.tfstate`,
/// `terraform state pull`: `version`, `terraform_version` and every module's `resources`;
/// S-TF-JSON-FORMAT).
fn terraform_root(map: Json<'_>) -> Option<(String, Json<'_>)> {
    if map.get("format_version").is_none() {
        let state = map.get("terraform_version").is_some_and(|v| v.is_string())
            && map.get("version").is_some_and(|v| v.is_number())
            && map.get("resources").is_some_and(|v| v.is_array());
        return state.then(|| (String::new(), map));
    }
    ["values", "planned_values"].iter().find_map(|k| {
        let module = map.get(k).filter(Json::is_object)?.get("root_module")?;
        module.is_object().then(|| (format!("/{k}/root_module"), module))
    })
}

/// `{array}/{i}`: the pointer of an array's item, without the formatting machinery (one
/// per object of an export).
fn item_pointer(array: &str, i: usize) -> String {
    let mut out = String::with_capacity(array.len() + 8);
    out.push_str(array);
    push_item_token(&mut out, i);
    out
}

/// Every candidate object in document order, with its pointer and (for bare assignment
/// lists) the app id named by the collection. Explicit stack, no recursion.
fn discover(root: Json<'_>) -> Vec<(String, Json<'_>, Option<String>)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, Json<'_>, Option<String>, Role)> = vec![(String::new(), root, None, Role::Any)];
    while let Some((pointer, value, app_id, role)) = stack.pop() {
        if value.is_object() && role == Role::TerraformModule {
            let mut next = Vec::new();
            if let Some(resources) = value.get("resources").filter(Json::is_array) {
                for (i, r) in resources.items().enumerate() {
                    if let Some(v) = r.get("values").filter(Json::is_object) {
                        next.push((format!("{pointer}/resources/{i}/values"), v, None, Role::Any));
                    }
                    // A state file: each instance's `attributes`.
                    for (j, instance) in
                        r.get("instances").filter(Json::is_array).into_iter().flat_map(|a| a.items()).enumerate()
                    {
                        if let Some(v) = instance.get("attributes").filter(Json::is_object) {
                            next.push((
                                format!("{pointer}/resources/{i}/instances/{j}/attributes"),
                                v,
                                None,
                                Role::Any,
                            ));
                        }
                    }
                }
            }
            if let Some(children) = value.get("child_modules").filter(Json::is_array) {
                for (i, c) in children.items().enumerate() {
                    next.push((format!("{pointer}/child_modules/{i}"), c, None, Role::TerraformModule));
                }
            }
            stack.extend(next.into_iter().rev());
        } else if value.is_array() {
            let items: Vec<_> = value.items().collect();
            for (i, item) in items.into_iter().enumerate().rev() {
                stack.push((item_pointer(&pointer, i), item, app_id.clone(), Role::Any));
            }
        } else if value.is_object() {
            if let Some((suffix, module)) = terraform_root(value) {
                stack.push((format!("{pointer}{suffix}"), module, None, Role::TerraformModule));
                continue;
            }
            match collection_value(value) {
                Some((key, inner)) => {
                    let ctx = value
                        .members()
                        .find(|(k, _)| key_matches("@odata.context", k))
                        .and_then(|(_, v)| v.as_str())
                        .and_then(app_id_from_context);
                    stack.push((format!("{pointer}/{}", pointer_token(key)), inner, ctx.or(app_id), Role::Any));
                }
                None => out.push((pointer, value, app_id)),
            }
        }
    }
    out
}

/// The `@odata.type` without `#` and `microsoft.graph.` (any case).
fn short_type(obj: &Object) -> Option<&str> {
    let t = obj.odata_type()?.trim().trim_start_matches('#');
    const NS: &str = "microsoft.graph.";
    Some(match t.get(..NS.len()) {
        Some(p) if p.eq_ignore_ascii_case(NS) => t.get(NS.len()..).unwrap_or(""),
        _ => t,
    })
}

/// What an object is (S-GRAPH-DEP-IOS).
pub fn recognise(obj: &Object) -> Kind {
    recognise_walking(obj).0
}

/// [`recognise`], with the settings-catalog choices it walked to tell a policy's kind
/// (classification needs them again).
fn recognise_walking(obj: &Object) -> (Kind, Option<Vec<Choice>>) {
    let mut walked = None;
    let kind = recognise_kind(obj, &mut walked);
    (kind, walked)
}

fn recognise_kind(obj: &Object, walked: &mut Option<Vec<Choice>>) -> Kind {
    let has = |k: Key| obj.has(k);
    let mut catalog_kind = || -> Option<Kind> {
        let choices = walked.insert(catalog::choices(obj));
        let ade = choices.iter().any(|c| c.definition.starts_with("ade_"));
        if !(ade || catalog::template_platform(obj).is_some()) {
            return catalog::is_ios_restrictions(obj, choices).then_some(Kind::IosDeviceRestrictions);
        }
        // tvOS and visionOS policies use `ade_*` settings without a platform prefix: their
        // `platforms`, template id or tvOS/visionOS-only settings tell them from iOS.
        Some(match catalog::policy_platform(obj, choices) {
            PolicyPlatform::Ios => Kind::IosEnrollmentPolicy,
            PolicyPlatform::Macos => Kind::MacosEnrollmentPolicy,
            PolicyPlatform::Tvos | PolicyPlatform::Visionos | PolicyPlatform::TvosOrVisionos => {
                Kind::TvosVisionosEnrollmentPolicy
            }
        })
    };
    let dep_platform = || {
        if known::has_any(obj, known::MACOS_ONLY_MARKERS) && !known::has_any(obj, known::IOS_ONLY_MARKERS) {
            Kind::MacosEnrollmentProfile
        } else {
            Kind::IosEnrollmentProfile
        }
    };
    // The keys an ADE profile adds to the base `enrollmentProfile`. With them, an object
    // is an ADE profile even where its type or its `configurationEndpointUrl` looks like
    // Apple Configurator: Intune gives ADE profiles an `appleconfigurator2.manage…` address
    // too, so the URL never decides.
    let ade_keys = || {
        known::has_any(obj, known::IOS_ONLY_MARKERS)
            || known::has_any(obj, known::MACOS_ONLY_MARKERS)
            || known::has_any(obj, known::DEP_BASE_PROFILE)
    };
    if let Some(t) = short_type(obj) {
        let is = |name: &str| t.eq_ignore_ascii_case(name);
        return if is("depiosenrollmentprofile") {
            Kind::IosEnrollmentProfile
        } else if is("depmacosenrollmentprofile") {
            Kind::MacosEnrollmentProfile
        } else if is("enrollmentprofile") {
            if ade_keys() {
                dep_platform()
            } else {
                Kind::AppleConfiguratorProfile
            }
        } else if is("depenrollmentprofile") || is("depenrollmentbaseprofile") {
            dep_platform()
        } else if is("iosgeneraldeviceconfiguration") {
            Kind::IosDeviceRestrictions
        } else if is("iosvppapp") || is("iosstoreapp") {
            Kind::IosApp
        } else if is("mobileappassignment") {
            Kind::AppAssignment
        } else if is("vpptoken") {
            Kind::VppToken
        } else if is("iosdevicefeaturesconfiguration")
            || is("iosazureadsinglesignonextension")
            || is("iossinglesignonextension")
        {
            Kind::IosDeviceFeatures
        } else if is("iosmobileappconfiguration") {
            Kind::IosAppConfiguration
        } else if is("devicemanagementconfigurationpolicy") {
            catalog_kind().unwrap_or(Kind::Unknown)
        } else {
            Kind::Unknown
        };
    }
    // An app configuration policy for managed devices without its type (IntuneCD keeps the
    // type; Terraform's attributes do not): the targeted apps with an iOS payload, XML or
    // key/value settings; Android's carries `packageId` and `payloadJson` (S-GRAPH-IOS-APP-CONFIG).
    if has(key!("targetedMobileApps"))
        && (has(key!("encodedSettingXml")) || has(key!("settings")))
        && !has(key!("packageId"))
        && !has(key!("payloadJson"))
    {
        return Kind::IosAppConfiguration;
    }
    if terraform::has_settings(obj) {
        if let Some(k) = catalog_kind() {
            return k;
        }
    }
    if let Some(k) = terraform::flat_policy_kind(obj) {
        return k;
    }
    let apple_web = obj.field(key!("configuration_web_url")).is_some_and(|f| f.value.is_string());
    if has(key!("profile_name"))
        || has(key!("skip_setup_items"))
        || apple_web
        || (has(key!("url"))
            && (has(key!("is_mdm_removable")) || has(key!("is_supervised")) || has(key!("await_device_configured"))))
    {
        return Kind::AppleDepProfile;
    }
    if known::has_any(obj, known::IOS_ONLY_MARKERS) {
        return Kind::IosEnrollmentProfile;
    }
    if known::has_any(obj, known::MACOS_ONLY_MARKERS) {
        return Kind::MacosEnrollmentProfile;
    }
    if has(key!("configurationWebUrl")) || known::has_any(obj, known::DEP_BASE_PROFILE) {
        return Kind::IosEnrollmentProfile;
    }
    // Only the base `enrollmentProfile` keys and none that ADE profiles add: the shape of
    // an Apple Configurator profile (S-GRAPH-ENROLLMENT-PROFILE), never assumed to be ADE.
    // The PowerShell SDK's base-type projection is the exception: its `AdditionalProperties`
    // bag holds (or, flattened by ConvertTo-Json, lost) the ADE fields (S-PS-SDK), and
    // classification says how sure it can be.
    if known::has_any(obj, known::ENROLLMENT_PROFILE) {
        return if has(key!("AdditionalProperties")) {
            Kind::IosEnrollmentProfile
        } else {
            Kind::AppleConfiguratorProfile
        };
    }
    if has(key!("intent")) && has(key!("target")) {
        return Kind::AppAssignment;
    }
    if has(key!("bundleId"))
        && (has(key!("appStoreUrl"))
            || has(key!("vppTokenAppleId"))
            || has(key!("licensingType"))
            || has(key!("applicableDeviceType")))
    {
        return Kind::IosApp;
    }
    if has(key!("vppTokenAccountType"))
        && !has(key!("bundleId"))
        && (has(key!("expirationDateTime")) || has(key!("lastSyncDateTime")) || has(key!("organizationName")))
    {
        return Kind::VppToken;
    }
    if has(key!("iosSingleSignOnExtension"))
        || has(key!("singleSignOnExtension"))
        || (has(key!("enableSharedDeviceMode")) && has(key!("configurations")))
    {
        return Kind::IosDeviceFeatures;
    }
    if has(key!("appsVisibilityListType"))
        || has(key!("iBooksStoreBlockErotica"))
        || has(key!("mediaContentRatingApps"))
    {
        return Kind::IosDeviceRestrictions;
    }
    Kind::Unknown
}

#[cfg(test)]
mod tests {
    use super::item_pointer;

    #[test]
    fn item_pointers_are_the_array_and_the_index() {
        assert_eq!(item_pointer("", 0), "/0");
        assert_eq!(item_pointer("/value", 1999), "/value/1999");
        assert_eq!(item_pointer("/a~1b", 10), "/a~1b/10");
        assert_eq!(item_pointer("", usize::MAX), format!("/{}", usize::MAX));
    }
}
