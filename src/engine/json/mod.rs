//! The engine's JSON reader: one pass over the text that records every value as a node
//! (kind, byte span, index of the next sibling) instead of building a tree of owned maps
//! and strings. Keys and strings without escapes are slices of the text; strings with
//! escapes are decoded once into a side buffer. Nothing else is allocated per value, so
//! a 5 MB tenant export costs one node array and one copy of the text.
//!
//! The grammar is RFC 8259's, with `serde_json`'s limits and error kinds (nesting deeper
//! than 128 levels is refused), so every message in `input::errors` keeps its meaning.
//! An error points where a person looks for the fault, not where `serde_json` stopped
//! reading (the byte after a misspelled `tru`, often on the next line):
//! - a token that cannot be read, at its first byte: a misspelled literal (`tru`, `nul`)
//!   at its first letter, a bad or out-of-range number (`01`, `1.`, `-`, `1e999`) at its
//!   sign or first digit, an invalid escape at its backslash (a bad surrogate pair at the
//!   first one), a string not closed on its line (a raw line break in it) at its opening
//!   quote; any other control character in a string, at that character;
//! - a character that cannot stand where it is (a stray character, an unquoted key, a
//!   value where `,` or `:` belongs, text after the document, the bracket one level too
//!   deep), at that character. When it could begin a value, the `,` or `:` before it is
//!   missing: [`Error::related`] is then the end of the previous token, where it belongs;
//! - a trailing comma, at the comma;
//! - the end of the text ([`ErrorKind::Eof`]): inside a token, at the token's first byte
//!   (the opening quote of an unterminated string); between tokens, just after the last
//!   token, where the missing text goes (trailing whitespace left out). [`Error::related`]
//!   is the innermost `{` or `[` still open.
//!
//! The position is therefore never after `serde_json`'s, except at the end of the text
//! (one byte). `tests/engine_json.rs` checks both readers against each other on valid and
//! broken texts: the same values, the same error kinds, and this rule for positions.
//!
//! Plain ASCII keys also carry the hash of their normalised form ([`Doc::key_hash`]; the
//! hash is `engine::keys`'), which the field index of `model` uses instead of hashing every
//! key again.
//!
//! Values are read through [`Json`], a copyable handle into a [`Doc`]; [`Json::to_value`]
//! copies one out as a [`Value`] (evidence). [`Writer`] prints JSON exactly as
//! `serde_json::to_string_pretty` (or `to_string`) does, for the reports.

mod numbers;
mod reader;
mod strings;
mod value;
mod writer;

pub use reader::{Doc, Error, ErrorKind};
pub(crate) use strings::{has_byte, word_at, HIGHS, ONES};
pub use value::{to_compact, unescape, Items, Json, Members, Value};
pub use writer::Writer;

/// Deepest nesting accepted (as `serde_json`'s default recursion limit).
pub const MAX_DEPTH: usize = 128;

const NULL: u8 = 0;
const TRUE: u8 = 1;
const FALSE: u8 = 2;
const NUMBER: u8 = 3;
/// A string whose content is `text[start..end]` (no escapes).
const STR: u8 = 4;
/// A string with escapes, decoded into `extra[start..end]`.
const STR_ESC: u8 = 5;
const ARRAY: u8 = 6;
const OBJECT: u8 = 7;
/// Flag on a key node: its `next` holds [`key_hash`] of the key instead (a key's value
/// is always the node after it).
const HASHED: u8 = 0x10;

/// One value. Containers span `[start, end)` of the text (brackets included) and their
/// children follow them; object members are a key node followed by its value node.
#[derive(Clone, Copy, Debug)]
struct Node {
    kind: u8,
    start: u32,
    end: u32,
    /// Index of the node after this value and everything inside it.
    next: u32,
}
