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

/// The fields a setting came from (nearly always one).
pub type Evidences = Vec<Evidence>;
