//! The model every later stage reads: recognised objects with normalised field access,
//! their classification, and input errors.
//!
//! Keys are matched case- and separator-insensitively (`requiresUserAuthentication`,
//! `RequiresUserAuthentication` and `requires_user_authentication` are one key), and the
//! PowerShell SDK's `AdditionalProperties` bag is merged into the object. Every field keeps
//! the JSON pointer where it was written, relative to the object, so findings and evidence
//! can point back into the user's text.

mod evidence;
mod index;
mod kinds;
mod object;
mod pointer;

pub(crate) use super::keys::key;
pub use evidence::{Evidence, Evidences, Setting};
pub use index::find_member;
// The normalised keys live in `engine::keys`; their names stay reachable here.
pub use super::keys::{key_matches, norm_hash, normalize_key, same_normalized, FieldKey, Key};
pub use kinds::{AffinityVariant, AuthMethod, Classification, Confidence, Contradiction, Kind, ProfileSettings};
pub use object::{Field, Object};
use pointer::is_plain_token;
pub use pointer::{pointer_token, push_item_token, push_member_tokens, push_pointer_token, Pointer};

use super::i18n::LText;
use serde::Serialize;

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

impl InputError {
    /// The position in words, when there is one: "line 5, column 43" (「5 行 43 列」).
    pub fn position_words(&self, lang: super::i18n::Lang) -> Option<String> {
        let (line, column) = (self.line?, self.column?);
        Some(match lang {
            super::i18n::Lang::En => format!("line {line}, column {column}"),
            super::i18n::Lang::Ja => format!("{line} 行 {column} 列"),
        })
    }
}
