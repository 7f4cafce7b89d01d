//! What a pasted profile says about its journey: which Setup Assistant screens it shows or
//! hides (Graph booleans and `enabledSkipKeys`, S-GRAPH-DEP-IOS; settings-catalog
//! `ade_setupassistant_*` choices, `_0` Hide and `_1` Show, S-SC-SETUPASSISTANT; Apple's
//! `skip_setup_items`, S-APPLE-DEFINE-PROFILE), and the settings that add or remove steps.

use super::screens::{self, Screen, SCREENS};
use crate::engine::classify::catalog;
use crate::engine::model::{key, Key, Kind, Object};

/// Whether a profile shows a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Yes,
    No,
    /// The profile does not say.
    NotSet,
}

/// One screen as a profile sets it: a known screen, or a skip key or setting the product
/// does not know (by its name).
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub screen: Result<&'static Screen, String>,
    pub shown: Shown,
    /// The field that says so (relative to the profile).
    pub pointer: Option<String>,
}

/// The screens a profile sets; `None` when it says nothing about any screen.
pub fn screens(obj: &Object) -> Option<Vec<Setting>> {
    let mut out: Vec<Setting> =
        SCREENS.iter().map(|s| Setting { screen: Ok(s), shown: Shown::NotSet, pointer: None }).collect();
    let any = match obj.kind {
        Kind::IosEnrollmentProfile => graph(obj, &mut out),
        Kind::IosEnrollmentPolicy => policy(obj, &mut out),
        Kind::AppleDepProfile => skip_list(obj, "skip_setup_items", &mut out),
        _ => false,
    };
    any.then_some(out)
}

/// Sets the screen at `at` (a position in [`SCREENS`]), or adds an unknown one by name.
fn set(out: &mut Vec<Setting>, at: Option<usize>, name: &str, shown: Shown, pointer: Option<String>) {
    match at.and_then(|i| out.get_mut(i)) {
        Some(e) => {
            e.shown = shown;
            e.pointer = pointer;
        }
        None => out.push(Setting { screen: Err(name.trim().to_string()), shown, pointer }),
    }
}

/// A list of skip keys: every listed screen is hidden (unknown keys as hidden unknown
/// screens), every screen the profile does not hide otherwise is shown. False without a
/// list.
fn skip_list(obj: &Object, name: &'static str, out: &mut Vec<Setting>) -> bool {
    let Some(list) = obj.field(Key::new(name)).filter(|f| f.value.is_array()) else { return false };
    let base = list.pointer();
    for (i, v) in list.value.items().enumerate() {
        if let Some(k) = v.as_str() {
            set(out, screens::by_key(k), k, Shown::No, Some(format!("{base}/{i}")));
        }
    }
    // Not listed: shown, and the list is where to hide it.
    for e in out.iter_mut().filter(|e| e.shown == Shown::NotSet) {
        e.shown = Shown::Yes;
        e.pointer = Some(base.clone());
    }
    true
}

/// A Graph profile: each screen's boolean, then the list of skip keys (a listed key hides
/// the screen whatever its boolean says).
fn graph(obj: &Object, out: &mut Vec<Setting>) -> bool {
    let mut any = false;
    for (at, s) in SCREENS.iter().enumerate().filter(|(_, s)| !s.graph.is_empty()) {
        if let Some((hide, f)) = obj.field(Key::new(s.graph)).and_then(|f| f.as_bool().map(|b| (b, f))) {
            any = true;
            set(out, Some(at), "", if hide { Shown::No } else { Shown::Yes }, Some(f.pointer()));
        }
    }
    skip_list(obj, "enabledSkipKeys", out) || any
}

/// A settings-catalog policy: one choice per screen.
fn policy(obj: &Object, out: &mut Vec<Setting>) -> bool {
    let mut any = false;
    for c in catalog::choices(obj) {
        let Some(suffix) = c.definition.strip_prefix("ade_setupassistant_") else { continue };
        any = true;
        let shown = match c.option().as_deref() {
            Some("0") => Shown::No,
            Some("1") => Shown::Yes,
            _ => Shown::NotSet,
        };
        set(out, screens::by_catalog(suffix), suffix, shown, Some(c.pointer));
    }
    any
}

/// The choice of a settings-catalog policy (lower case option), with its pointer.
pub fn choice(obj: &Object, definition: &str) -> Option<(String, String)> {
    catalog::choices(obj).into_iter().find(|c| c.definition == definition).and_then(|c| Some((c.option()?, c.pointer)))
}

/// "Require Shared iPad temporary session only": Graph `forceTemporarySession`, or the
/// settings-catalog choice `ade_requiresharedipadtemporarysessiononly_1` (S-SC-USERAFFINITY).
pub fn temporary_sessions_only(obj: &Object) -> Option<String> {
    if let Some(f) = obj.field(key!("forceTemporarySession")).filter(|f| f.as_bool() == Some(true)) {
        return Some(f.pointer());
    }
    choice(obj, "ade_requiresharedipadtemporarysessiononly").filter(|(o, _)| o == "1").map(|(_, p)| p)
}

/// The Department field shown on the Remote Management screen.
pub fn department(obj: &Object) -> Option<String> {
    obj.field(key!("supportDepartment")).filter(|f| f.as_str().is_some()).map(|f| f.pointer())
}
