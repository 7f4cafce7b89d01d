//! What a pasted profile says about its journey: which Setup Assistant screens it shows or
//! hides (Graph booleans and `enabledSkipKeys`, S-GRAPH-DEP-IOS; settings-catalog
//! `ade_setupassistant_*` choices, `_0` Hide and `_1` Show, S-SC-SETUPASSISTANT; Apple's
//! `skip_setup_items`, S-APPLE-DEFINE-PROFILE), and the settings that add or remove steps.

use super::screens::{self, Screen, SCREENS};
use crate::engine::classify::catalog;
use crate::engine::model::{key, Field, Kind, Object};

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
    match obj.kind {
        Kind::IosEnrollmentProfile => graph(obj),
        Kind::IosEnrollmentPolicy => policy(obj),
        Kind::AppleDepProfile => skip_list(obj, "skip_setup_items"),
        _ => None,
    }
}

/// The items of a skip-key list: (index, key as written).
fn items<'a>(list: &Field<'a>) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    list.value.items().enumerate().filter_map(|(i, v)| v.as_str().map(|s| (i, s)))
}

/// A list of skip keys: every listed screen is hidden, the others are shown. Unknown keys
/// are hidden unknown screens.
fn skip_list(obj: &Object, name: &str) -> Option<Vec<Setting>> {
    let list = obj.field(name).filter(|f| f.value.is_array())?;
    let base = list.pointer();
    let at = |i: usize| Some(format!("{base}/{i}"));
    let mut out: Vec<Setting> = SCREENS
        .iter()
        .map(|s| match items(&list).find(|(_, k)| k.trim().eq_ignore_ascii_case(s.key)) {
            Some((i, _)) => Setting { screen: Ok(s), shown: Shown::No, pointer: at(i) },
            None => Setting { screen: Ok(s), shown: Shown::Yes, pointer: None },
        })
        .collect();
    for (i, k) in items(&list).filter(|(_, k)| screens::by_key(k).is_none()) {
        out.push(Setting { screen: Err(k.trim().to_string()), shown: Shown::No, pointer: at(i) });
    }
    Some(out)
}

/// A Graph profile: the list of skip keys decides, and each screen's boolean hides it too.
fn graph(obj: &Object) -> Option<Vec<Setting>> {
    let mut out = skip_list(obj, "enabledSkipKeys");
    let listed = out.is_some();
    for s in SCREENS.iter().filter(|s| !s.graph.is_empty()) {
        let Some((hide, f)) = obj.field(s.graph).and_then(|f| f.as_bool().map(|b| (b, f))) else { continue };
        let all = out.get_or_insert_with(|| {
            SCREENS.iter().map(|s| Setting { screen: Ok(s), shown: Shown::NotSet, pointer: None }).collect()
        });
        if let Some(e) = all.iter_mut().find(|e| e.screen == Ok(s)) {
            // A listed key hides the screen whatever its boolean says.
            if !(listed && e.shown == Shown::No) {
                e.shown = if hide { Shown::No } else { Shown::Yes };
                e.pointer = Some(f.pointer());
            }
        }
    }
    out
}

/// A settings-catalog policy: one choice per screen.
fn policy(obj: &Object) -> Option<Vec<Setting>> {
    let mut out: Vec<Setting> = SCREENS
        .iter()
        .filter(|s| !s.catalog.is_empty())
        .map(|s| Setting { screen: Ok(s), shown: Shown::NotSet, pointer: None })
        .collect();
    let mut any = false;
    for c in catalog::choices(obj) {
        let Some(suffix) = c.definition.strip_prefix("ade_setupassistant_") else { continue };
        any = true;
        let shown = match c.option().as_deref() {
            Some("0") => Shown::No,
            Some("1") => Shown::Yes,
            _ => Shown::NotSet,
        };
        let setting = Setting { screen: Err(suffix.to_string()), shown, pointer: Some(c.pointer) };
        match screens::by_catalog(suffix) {
            Some(s) => {
                if let Some(e) = out.iter_mut().find(|e| e.screen == Ok(s)) {
                    *e = Setting { screen: Ok(s), ..setting };
                }
            }
            None => out.push(setting),
        }
    }
    any.then_some(out)
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
