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
//! Plain ASCII keys also carry the hash of their normalised form ([`Doc::key_hash`]), which
//! the field index of `model` uses instead of hashing every key again.
//!
//! Values are read through [`Json`], a copyable handle into a [`Doc`]; [`Json::to_value`]
//! copies one out as a [`Value`] (evidence). [`Writer`] prints JSON exactly as
//! `serde_json::to_string_pretty` (or `to_string`) does, for the reports.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

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

/// The hash of a key normalised for matching (ASCII letters lower-cased, `_`, `-` and
/// spaces left out; `model::normalize_key`), fed one normalised byte at a time: the
/// bytes are packed into little-endian 64-bit words (the last one padded with zeros),
/// each word is mixed in with a multiplication, and the length and a final avalanche
/// finish it. The parser computes it for plain ASCII keys as it reads them (a word at a
/// time: [`ascii_key_hash`]); `model::norm_hash` gives the same for any key.
#[derive(Clone, Copy)]
pub struct KeyHasher {
    h: u64,
    word: u64,
    /// Bytes in `word`.
    filled: u32,
    len: u64,
}

const KEY_SEED: u64 = 0x243f_6a88_85a3_08d3;
const KEY_MUL: u64 = 0x9e37_79b9_7f4a_7c15;
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

#[inline(always)]
const fn mix(h: u64, word: u64) -> u64 {
    (h ^ word).wrapping_mul(KEY_MUL)
}

impl KeyHasher {
    pub const fn new() -> KeyHasher {
        KeyHasher { h: KEY_SEED, word: 0, filled: 0, len: 0 }
    }

    /// Adds one byte of the normalised key.
    pub const fn push(mut self, b: u8) -> KeyHasher {
        self.word |= (b as u64) << (8 * self.filled);
        self.filled += 1;
        self.len += 1;
        if self.filled == 8 {
            self.h = mix(self.h, self.word);
            self.word = 0;
            self.filled = 0;
        }
        self
    }

    pub const fn finish(self) -> u32 {
        let mut h = if self.filled > 0 { mix(self.h, self.word) } else { self.h };
        h = mix(h, self.len);
        // The finaliser of MurmurHash3: every input bit reaches the low bits, which the
        // field tables index by.
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        h as u32
    }
}

impl Default for KeyHasher {
    fn default() -> KeyHasher {
        KeyHasher::new()
    }
}

/// The key hash of an ASCII key, byte by byte (also at compile time).
pub const fn ascii_key_hash_bytewise(key: &[u8]) -> u32 {
    let mut h = KeyHasher::new();
    let mut i = 0;
    while i < key.len() {
        let b = key[i];
        if !matches!(b, b'_' | b'-' | b' ') {
            h = h.push(b.to_ascii_lowercase());
        }
        i += 1;
    }
    h.finish()
}

/// The high bit of every zero byte of `x` (exact for the lowest one; any mark at all
/// means there is a zero byte).
#[inline(always)]
const fn zero_byte(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Nonzero when an ASCII word (no byte from 0x80) holds a byte below `n` (`n` ≤ 0x80).
#[inline(always)]
const fn below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * n as u64) & !w & HIGHS
}

/// Whether a word holds the byte `b`.
#[inline(always)]
pub(crate) const fn has_byte(word: u64, b: u8) -> bool {
    zero_byte(word ^ (ONES * b as u64)) != 0
}

/// Whether an ASCII word holds a byte that normalisation leaves out (`_`, `-`, space).
#[inline(always)]
const fn has_skipped(word: u64) -> bool {
    has_byte(word, b'_') || has_byte(word, b'-') || has_byte(word, b' ')
}

/// An ASCII word with its capital letters lower-cased.
#[inline(always)]
const fn lower_word(word: u64) -> u64 {
    let at_least_a = word + ONES * (0x80 - b'A' as u64);
    let above_z = word + ONES * (0x7f - b'Z' as u64);
    word | ((at_least_a & !above_z & HIGHS) >> 2)
}

/// The eight bytes at `at` as a little-endian word, when there are eight.
#[inline(always)]
pub(crate) fn word_at(b: &[u8], at: usize) -> Option<u64> {
    let chunk = b.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// The high bit of every byte of `w` that ends a plain string's run: `"`, `\\`, a control
/// character, or (for bytes of an ASCII-only key) any byte from 0x80. Bytes above the
/// first such byte may be marked wrongly, so only the lowest mark counts.
#[inline(always)]
fn string_stops(w: u64) -> u64 {
    zero_byte(w ^ (ONES * b'"' as u64)) | zero_byte(w ^ (ONES * b'\\' as u64)) | below(w, 0x20) | (w & HIGHS)
}

/// Reads a key starting at `start` (after its opening quote) when it is plain ASCII (no
/// escape, no control character, nothing from 0x80): the index of its closing quote and
/// its key hash, computed on the same pass a word at a time. `None` sends the key to the
/// general string path.
fn plain_key(b: &[u8], start: usize) -> Option<(usize, u32)> {
    let mut h = KEY_SEED;
    let mut plain = true;
    let mut i = start;
    while let Some(w) = word_at(b, i) {
        // One cheap test settles the usual word (letters, digits, `.`, `@`): no byte
        // below `.` (control characters, space, `"`, `-`), no `\\`, no `_`, no byte from
        // 0x80. Such a word neither ends the key nor holds a skipped byte.
        if plain
            && below(w, b'.') | zero_byte(w ^ (ONES * b'\\' as u64)) | zero_byte(w ^ (ONES * b'_' as u64)) | (w & HIGHS)
                == 0
        {
            h = mix(h, lower_word(w));
            i += 8;
            continue;
        }
        let stop = string_stops(w);
        if stop == 0 {
            plain = plain && !has_skipped(w);
            if plain {
                h = mix(h, lower_word(w));
            }
            i += 8;
            continue;
        }
        let n = (stop.trailing_zeros() / 8) as usize;
        let end = i + n;
        if b.get(end) != Some(&b'"') {
            return None;
        }
        let key = b.get(start..end)?;
        // The bytes before the end, zero above them.
        let part = if n == 0 { 0 } else { w & (u64::MAX >> (64 - 8 * n)) };
        if !plain || has_skipped(part) {
            return Some((end, ascii_key_hash_bytewise(key)));
        }
        let last = KeyHasher { h, word: lower_word(part), filled: n as u32, len: key.len() as u64 };
        return Some((end, last.finish()));
    }
    // Fewer than eight bytes left in the text: byte by byte.
    let end = i + b.get(i..)?.iter().position(|&c| STOP[c as usize] || c >= 0x80)?;
    (b.get(end) == Some(&b'"')).then(|| (end, ascii_key_hash(b.get(start..end).unwrap_or_default())))
}

/// The key hash of an ASCII key ([`KeyHasher`]), eight bytes at a time: the same value as
/// [`ascii_key_hash_bytewise`], about four times faster. A key holding `_`, `-` or a
/// space (rare in Graph JSON) takes the byte path.
pub fn ascii_key_hash(key: &[u8]) -> u32 {
    let mut h = KEY_SEED;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = <[u8; 8]>::try_from(c).map(u64::from_le_bytes).unwrap_or_default();
        if has_skipped(w) {
            return ascii_key_hash_bytewise(key);
        }
        h = mix(h, lower_word(w));
    }
    let rest = chunks.remainder();
    let mut last = KeyHasher { h, word: 0, filled: 0, len: key.len() as u64 };
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        if let Some(b) = buf.get_mut(..rest.len()) {
            b.copy_from_slice(rest);
        }
        // Zero padding is neither a skipped byte nor a letter.
        let w = u64::from_le_bytes(buf);
        if has_skipped(w) {
            return ascii_key_hash_bytewise(key);
        }
        last.word = lower_word(w);
        last.filled = rest.len() as u32;
    }
    last.finish()
}

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

/// A parsed JSON text.
#[derive(Clone)]
pub struct Doc {
    /// The text, shared with whoever handed it over ([`Doc::parse_shared`]).
    text: Rc<String>,
    extra: String,
    nodes: Vec<Node>,
    /// Strings made from the document's keys and shared by the objects in it (the
    /// evidence pointers, `/requiresUserAuthentication` in every profile of an export),
    /// by a hash of their key: see [`Doc::shared`].
    shared: RefCell<Vec<Option<Rc<str>>>>,
}

/// Slots of [`Doc::shared`].
const SHARED_SLOTS: usize = 64;

impl fmt::Debug for Doc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Doc({} bytes, {} values)", self.text.len(), self.nodes.len())
    }
}

/// Why a text is not JSON. Each has its own message in `input::errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text ends inside a value.
    Eof,
    ExpectedValue,
    /// `tru`, `nul`, `True`…
    ExpectedIdent,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    KeyMustBeString,
    TrailingComma,
    TrailingCharacters,
    ControlCharacter,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// A syntax error: what, and where (the rule is in the module documentation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// Byte offset of the fault: the first byte of the offending token (for
    /// [`ErrorKind::Eof`] between tokens, just after the last token).
    pub offset: usize,
    /// [`Error::related`], [`NO_OFFSET`] for none: 32 bits, so that the parser's
    /// `Result<(), Error>` stays two words and is returned in registers.
    related: u32,
}

const NO_OFFSET: u32 = u32::MAX;
const _: () = assert!(std::mem::size_of::<Result<(), Error>>() <= 16);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("offset", &self.offset)
            .field("related", &self.related())
            .finish()
    }
}

impl Error {
    /// An error at byte `offset`, with no second place.
    pub fn new(kind: ErrorKind, offset: usize) -> Error {
        Error { kind, offset, related: NO_OFFSET }
    }

    /// A second place the message can name: for a missing `,` or `:` the end of the
    /// previous token (where the separator belongs); for [`ErrorKind::Eof`] the innermost
    /// `{` or `[` that is still open.
    pub fn related(&self) -> Option<usize> {
        (self.related != NO_OFFSET).then_some(self.related as usize)
    }

    fn with_related(self, at: usize) -> Error {
        Error { related: u32::try_from(at).ok().filter(|&r| r != NO_OFFSET).unwrap_or(NO_OFFSET), ..self }
    }
}

impl Doc {
    /// Parses a whole text. Texts over 4 GiB are refused by the caller long before.
    pub fn parse(text: &str) -> Result<Doc, Error> {
        Doc::parse_shared(Rc::new(text.to_owned()))
    }

    /// [`Doc::parse`] keeping `text` itself instead of a copy (an editor's text, a file
    /// read into a `String`).
    pub fn parse_shared(text: Rc<String>) -> Result<Doc, Error> {
        let mut p = Parser {
            b: text.as_bytes(),
            i: 0,
            nodes: Vec::with_capacity(text.len() / 16 + 4),
            extra: String::new(),
            stack: Vec::new(),
        };
        p.document()?;
        let (extra, nodes) = (p.extra, p.nodes);
        Ok(Doc { text, extra, nodes, shared: RefCell::new(Vec::new()) })
    }

    /// The root value.
    pub fn root(&self) -> Json<'_> {
        Json { doc: self, idx: 0 }
    }

    /// The value at node `idx` (as returned by [`Json::id`]), if there is one.
    pub fn get(&self, idx: u32) -> Option<Json<'_>> {
        ((idx as usize) < self.nodes.len()).then_some(Json { doc: self, idx })
    }

    /// A string derived from a key of the document, made once and shared: the one kept
    /// in slot `hash` when `same` accepts it, else `make`'s (which then takes the slot).
    /// Exports repeat the same keys in every object, so most calls make nothing.
    pub fn shared(&self, hash: u32, same: impl Fn(&str) -> bool, make: impl FnOnce() -> String) -> Rc<str> {
        let Ok(mut slots) = self.shared.try_borrow_mut() else {
            return make().into();
        };
        if slots.is_empty() {
            slots.resize(SHARED_SLOTS, None);
        }
        let Some(slot) = slots.get_mut(hash as usize % SHARED_SLOTS) else {
            return make().into();
        };
        if let Some(s) = slot.as_ref().filter(|s| same(s)) {
            return Rc::clone(s);
        }
        let s: Rc<str> = make().into();
        *slot = Some(Rc::clone(&s));
        s
    }

    /// The text that was parsed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of values (keys included).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    #[inline(always)]
    fn node(&self, idx: u32) -> Node {
        match self.nodes.get(idx as usize) {
            Some(&n) if n.kind & HASHED != 0 => Node { kind: n.kind & !HASHED, next: idx + 1, ..n },
            Some(&n) => n,
            None => Node { kind: NULL, start: 0, end: 0, next: idx.saturating_add(1) },
        }
    }

    /// The normalised-key hash the parser stored for the key at node `idx`, if it did
    /// (plain ASCII keys).
    #[inline(always)]
    pub fn key_hash(&self, idx: u32) -> Option<u32> {
        self.nodes.get(idx as usize).filter(|n| n.kind & HASHED != 0).map(|n| n.next)
    }

    #[inline(always)]
    fn str_of(&self, n: Node) -> &str {
        let src: &str = if n.kind == STR_ESC { &self.extra } else { &self.text };
        src.get(n.start as usize..n.end as usize).unwrap_or("")
    }
}

/// A value inside a [`Doc`]: cheap to copy, read like `serde_json::Value`.
#[derive(Clone, Copy)]
pub struct Json<'a> {
    doc: &'a Doc,
    idx: u32,
}

impl fmt::Debug for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_compact(&self.to_value()))
    }
}

impl PartialEq for Json<'_> {
    /// Equal JSON values (numbers by their value, object members in order).
    fn eq(&self, other: &Self) -> bool {
        self.to_value() == other.to_value()
    }
}

impl<'a> Json<'a> {
    #[inline(always)]
    fn node(&self) -> Node {
        self.doc.node(self.idx)
    }

    /// The node index, to find the value again with [`Doc::get`].
    pub fn id(&self) -> u32 {
        self.idx
    }

    pub fn is_null(&self) -> bool {
        self.node().kind == NULL
    }
    pub fn is_bool(&self) -> bool {
        matches!(self.node().kind, TRUE | FALSE)
    }
    pub fn is_number(&self) -> bool {
        self.node().kind == NUMBER
    }
    pub fn is_string(&self) -> bool {
        matches!(self.node().kind, STR | STR_ESC)
    }
    pub fn is_array(&self) -> bool {
        self.node().kind == ARRAY
    }
    pub fn is_object(&self) -> bool {
        self.node().kind == OBJECT
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.node().kind {
            TRUE => Some(true),
            FALSE => Some(false),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&'a str> {
        let n = self.node();
        matches!(n.kind, STR | STR_ESC).then(|| self.doc.str_of(n))
    }

    /// The number as written (`1`, `-2.5e3`).
    pub fn number_text(&self) -> Option<&'a str> {
        let n = self.node();
        (n.kind == NUMBER).then(|| self.doc.str_of(n))
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.number_text()?.parse().ok()
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.number_text()?.parse().ok()
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.number_text()?.parse().ok()
    }

    /// Members of an object in input order (duplicates included), or nothing.
    pub fn members(&self) -> Members<'a> {
        let n = self.node();
        let (at, end) = if n.kind == OBJECT { (self.idx + 1, n.next) } else { (0, 0) };
        Members { doc: self.doc, at, end }
    }

    /// Members with the node index of each key (see [`Doc::get`]).
    pub fn members_with_ids(&self) -> impl Iterator<Item = (&'a str, u32, Json<'a>)> {
        let mut m = self.members();
        std::iter::from_fn(move || m.next_with_id())
    }

    /// The document the value belongs to.
    pub fn doc(&self) -> &'a Doc {
        self.doc
    }

    /// Items of an array in order, or nothing.
    pub fn items(&self) -> Items<'a> {
        let n = self.node();
        let (at, end) = if n.kind == ARRAY { (self.idx + 1, n.next) } else { (0, 0) };
        Items { doc: self.doc, at, end }
    }

    /// Number of members or items (0 for scalars).
    pub fn len(&self) -> usize {
        match self.node().kind {
            OBJECT => self.members().count(),
            ARRAY => self.items().count(),
            _ => 0,
        }
    }

    /// True for scalars and empty containers.
    pub fn is_empty(&self) -> bool {
        self.node().next == self.idx + 1
    }

    /// The member `key` (exact spelling; the last one when a key is repeated, as
    /// `serde_json` keeps it).
    pub fn get(&self, key: &str) -> Option<Json<'a>> {
        if !key.is_ascii() {
            return self.members().filter(|(k, _)| *k == key).last().map(|(_, v)| v);
        }
        // Equal keys have equal hashes: only members with the same (or no stored) hash
        // are compared.
        let h = ascii_key_hash(key.as_bytes());
        let mut m = self.members();
        let mut found = None;
        while let Some((k, v)) = m.next_hashed(h) {
            if k == key {
                found = Some(v);
            }
        }
        found
    }

    /// The `i`-th item of an array.
    pub fn at(&self, i: usize) -> Option<Json<'a>> {
        self.items().nth(i)
    }

    /// The value at a JSON pointer (RFC 6901) below this one.
    pub fn pointer(&self, pointer: &str) -> Option<Json<'a>> {
        if pointer.is_empty() {
            return Some(*self);
        }
        let rest = pointer.strip_prefix('/')?;
        let mut cur = *self;
        for raw in rest.split('/') {
            let token = if raw.contains('~') { raw.replace("~1", "/").replace("~0", "~") } else { raw.to_string() };
            cur = match cur.node().kind {
                OBJECT => cur.get(&token)?,
                ARRAY => {
                    if token.is_empty() || (token.len() > 1 && token.starts_with('0')) {
                        return None;
                    }
                    cur.at(token.parse().ok()?)?
                }
                _ => return None,
            };
        }
        Some(cur)
    }

    /// An owned copy (for evidence and reports). Deep structures are copied with an
    /// explicit stack.
    pub fn to_value(&self) -> Value {
        enum Open {
            Arr(Vec<Value>),
            Obj(Vec<(String, Value)>, Option<String>),
        }
        fn scalar(v: Json<'_>) -> Value {
            match v.node().kind {
                TRUE => Value::Bool(true),
                FALSE => Value::Bool(false),
                NUMBER => Value::Number(v.number_text().unwrap_or("0").to_string()),
                STR | STR_ESC => Value::String(v.as_str().unwrap_or("").to_string()),
                _ => Value::Null,
            }
        }
        // (container, iterator position, end)
        let mut stack: Vec<(Open, u32, u32)> = Vec::new();
        let mut cur = *self;
        loop {
            // Descend into `cur` or produce it.
            let n = cur.node();
            let mut done = match n.kind {
                ARRAY => {
                    stack.push((Open::Arr(Vec::new()), cur.idx + 1, n.next));
                    None
                }
                OBJECT => {
                    stack.push((Open::Obj(Vec::new(), None), cur.idx + 1, n.next));
                    None
                }
                _ => Some(scalar(cur)),
            };
            // Attach finished values and find the next one to visit.
            loop {
                let Some((open, at, end)) = stack.last_mut() else { return done.unwrap_or(Value::Null) };
                if let Some(v) = done.take() {
                    match open {
                        Open::Arr(items) => items.push(v),
                        Open::Obj(members, key) => {
                            if let Some(k) = key.take() {
                                // A repeated key keeps its first place and takes the last value.
                                match members.iter_mut().find(|(m, _)| *m == k) {
                                    Some(slot) => slot.1 = v,
                                    None => members.push((k, v)),
                                }
                            }
                        }
                    }
                }
                if *at >= *end {
                    let Some((open, _, _)) = stack.pop() else { return Value::Null };
                    done = Some(match open {
                        Open::Arr(items) => Value::Array(items),
                        Open::Obj(members, _) => Value::Object(members),
                    });
                    continue;
                }
                let doc = self.doc;
                if let Open::Obj(_, key) = open {
                    let kn = doc.node(*at);
                    *key = Some(doc.str_of(kn).to_string());
                    *at += 1;
                }
                let vn = doc.node(*at);
                let idx = *at;
                *at = vn.next.max(idx + 1);
                cur = Json { doc, idx };
                break;
            }
        }
    }
}

/// A JSON value copied out of a [`Doc`]: the evidence of a finding or a classification.
/// Numbers keep the text they were written with; object members keep their order.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as `serde_json` reads it (an integer when it is one, else a float with
    /// `serde_json`'s own rounding).
    fn serde_number(text: &str) -> Option<serde_json::Number> {
        serde_json::from_str(text).ok()
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(t) => match Value::serde_number(t) {
                Some(n) => n.serialize(s),
                None => s.serialize_unit(),
            },
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for i in items {
                    seq.serialize_element(i)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Compares with a `serde_json` value as JSON (numbers by value): for tests and tools.
impl PartialEq<serde_json::Value> for Value {
    fn eq(&self, other: &serde_json::Value) -> bool {
        serde_json::to_value(self).is_ok_and(|v| v == *other)
    }
}

/// A value as one line of JSON (as `serde_json::to_string` prints it, numbers as written).
pub fn to_compact(v: &Value) -> String {
    let mut w = Writer::compact();
    w.value(v);
    w.finish()
}

/// The content of one JSON string literal (with its quotes), decoded; `None` if it is not
/// exactly one string.
pub fn unescape(literal: &str) -> Option<String> {
    let doc = Doc::parse(literal).ok()?;
    doc.root().as_str().map(str::to_string)
}

/// Iterator over an object's members.
#[derive(Clone)]
pub struct Members<'a> {
    doc: &'a Doc,
    at: u32,
    end: u32,
}

impl<'a> Members<'a> {
    /// The next member whose key may normalise to a key with hash `h`: a key the reader
    /// hashed to something else is passed over without being read.
    pub fn next_hashed(&mut self, h: u32) -> Option<(&'a str, Json<'a>)> {
        while let Some((key_idx, v)) = self.next_ids() {
            if self.doc.key_hash(key_idx).is_none_or(|kh| kh == h) {
                return Some((self.key(key_idx), v));
            }
        }
        None
    }

    /// The next member as its key's node index and its value, without reading the key.
    #[inline(always)]
    pub fn next_ids(&mut self) -> Option<(u32, Json<'a>)> {
        if self.at >= self.end {
            return None;
        }
        // A key is a string: its value is the next node.
        let key_idx = self.at;
        let v_idx = key_idx + 1;
        self.at = self.doc.node(v_idx).next.max(v_idx + 1);
        Some((key_idx, Json { doc: self.doc, idx: v_idx }))
    }

    fn next_with_id(&mut self) -> Option<(&'a str, u32, Json<'a>)> {
        let (key_idx, v) = self.next_ids()?;
        Some((self.key(key_idx), key_idx, v))
    }

    fn key(&self, key_idx: u32) -> &'a str {
        self.doc.str_of(self.doc.node(key_idx))
    }
}

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, Json<'a>);
    fn next(&mut self) -> Option<Self::Item> {
        self.next_with_id().map(|(k, _, v)| (k, v))
    }
}

/// Iterator over an array's items.
#[derive(Clone)]
pub struct Items<'a> {
    doc: &'a Doc,
    at: u32,
    end: u32,
}

impl<'a> Iterator for Items<'a> {
    type Item = Json<'a>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.end {
            return None;
        }
        let idx = self.at;
        self.at = self.doc.node(idx).next.max(idx + 1);
        Some(Json { doc: self.doc, idx })
    }
}

struct Parser<'t> {
    b: &'t [u8],
    i: usize,
    nodes: Vec<Node>,
    extra: String,
    /// Open containers: node index.
    stack: Vec<u32>,
}

/// Bytes that end the fast scan of a string: `"`, `\` and control characters.
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

impl Parser<'_> {
    // The error path: cold, and kept out of the loops above it. Positions follow the rule
    // of the module documentation.

    /// An error at byte `k`, the start of the offending token.
    #[cold]
    #[inline(never)]
    fn err(&self, kind: ErrorKind, k: usize) -> Error {
        Error::new(kind, k)
    }

    /// Just after the last token before `k` (whitespace between them left out).
    fn end_of_token_before(&self, k: usize) -> usize {
        let mut k = k.min(self.b.len());
        while k > 0 && matches!(self.b.get(k - 1), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            k -= 1;
        }
        k
    }

    /// The text ends between tokens: just after the last one, with the innermost open
    /// bracket.
    #[cold]
    #[inline(never)]
    fn eof(&self) -> Error {
        self.eof_in(self.end_of_token_before(self.b.len()))
    }

    /// The text ends inside the token that starts at `start`.
    #[cold]
    #[inline(never)]
    fn eof_in(&self, start: usize) -> Error {
        let e = Error::new(ErrorKind::Eof, start);
        match self.stack.last().and_then(|&idx| self.nodes.get(idx as usize)) {
            Some(open) => e.with_related(open.start as usize),
            None => e,
        }
    }

    /// `kind` (a `,` or `:` expected) at `self.i`. When the character there could begin a
    /// value, the separator before it is missing: its place is just after the previous
    /// token.
    #[cold]
    #[inline(never)]
    fn separator_err(&self, kind: ErrorKind) -> Error {
        let e = Error::new(kind, self.i);
        match self.peek() {
            Some(b'"' | b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                e.with_related(self.end_of_token_before(self.i))
            }
            _ => e,
        }
    }

    /// A trailing comma: `self.i` is at the closing bracket after it.
    #[cold]
    #[inline(never)]
    fn trailing_comma(&self) -> Error {
        Error::new(ErrorKind::TrailingComma, self.end_of_token_before(self.i).saturating_sub(1))
    }

    /// A control character at `self.i` in the string whose opening quote is at `quote`: a
    /// line break means the string is not closed on its line (the fault is where it
    /// starts); any other is the fault itself.
    #[cold]
    #[inline(never)]
    fn control_char(&self, quote: usize) -> Error {
        match self.peek() {
            Some(b'\n' | b'\r') => Error::new(ErrorKind::ControlCharacter, quote),
            _ => Error::new(ErrorKind::ControlCharacter, self.i),
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    #[inline(always)]
    fn push(&mut self, kind: u8, start: usize, end: usize) {
        let next = self.nodes.len() as u32 + 1;
        self.nodes.push(Node { kind, start: start as u32, end: end as u32, next });
    }

    fn document(&mut self) -> Result<(), Error> {
        self.skip_ws();
        self.value()?;
        self.skip_ws();
        if self.i < self.b.len() {
            return Err(self.err(ErrorKind::TrailingCharacters, self.i));
        }
        Ok(())
    }

    /// Parses one value (and, iteratively, everything inside it). `self.i` is at the value.
    fn value(&mut self) -> Result<(), Error> {
        loop {
            // A value starts here.
            match self.peek() {
                None => return Err(self.eof()),
                Some(c @ (b'[' | b'{')) => {
                    if self.stack.len() + 1 >= MAX_DEPTH {
                        return Err(self.err(ErrorKind::TooDeep, self.i));
                    }
                    let idx = self.nodes.len() as u32;
                    self.push(if c == b'[' { ARRAY } else { OBJECT }, self.i, self.i);
                    self.stack.push(idx);
                    self.i += 1;
                    self.skip_ws();
                    let close = if c == b'[' { b']' } else { b'}' };
                    if self.peek() == Some(close) {
                        self.i += 1;
                        self.close();
                    } else if c == b'[' {
                        continue;
                    } else {
                        self.key()?;
                        continue;
                    }
                }
                Some(b'"') => self.string()?,
                Some(b't') => self.ident(b"true", TRUE)?,
                Some(b'f') => self.ident(b"false", FALSE)?,
                Some(b'n') => self.ident(b"null", NULL)?,
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(_) => return Err(self.err(ErrorKind::ExpectedValue, self.i)),
            }
            // After a value: close containers or move to the next member or item.
            loop {
                let Some(&top) = self.stack.last() else { return Ok(()) };
                let is_array = self.nodes.get(top as usize).is_some_and(|n| n.kind == ARRAY);
                self.skip_ws();
                match (self.peek(), is_array) {
                    (Some(b','), _) => {
                        self.i += 1;
                        self.skip_ws();
                        let close = if is_array { b']' } else { b'}' };
                        if self.peek() == Some(close) {
                            return Err(self.trailing_comma());
                        }
                        if !is_array {
                            self.key()?;
                        }
                        break;
                    }
                    (Some(b']'), true) | (Some(b'}'), false) => {
                        self.i += 1;
                        self.close();
                    }
                    (None, _) => return Err(self.eof()),
                    (Some(_), true) => return Err(self.separator_err(ErrorKind::ExpectedCommaOrBracket)),
                    (Some(_), false) => return Err(self.separator_err(ErrorKind::ExpectedCommaOrBrace)),
                }
            }
        }
    }

    /// Closes the innermost container at `self.i` (just after its bracket).
    fn close(&mut self) {
        if let Some(idx) = self.stack.pop() {
            let next = self.nodes.len() as u32;
            let end = self.i as u32;
            if let Some(n) = self.nodes.get_mut(idx as usize) {
                n.end = end;
                n.next = next;
            }
        }
    }

    /// An object key, the colon and the whitespace before the value.
    fn key(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'"') => self.key_string()?,
            None => return Err(self.eof()),
            Some(_) => return Err(self.err(ErrorKind::KeyMustBeString, self.i)),
        }
        self.skip_ws();
        match self.peek() {
            Some(b':') => self.i += 1,
            None => return Err(self.eof()),
            Some(_) => return Err(self.separator_err(ErrorKind::ExpectedColon)),
        }
        self.skip_ws();
        Ok(())
    }

    fn ident(&mut self, word: &[u8], kind: u8) -> Result<(), Error> {
        let start = self.i;
        // The usual case, the whole word at once: its first four bytes as one number,
        // then the fifth of `false`.
        let quad = |s: Option<&[u8]>| s.and_then(|s| <[u8; 4]>::try_from(s).ok()).map(u32::from_le_bytes);
        if quad(self.b.get(start..start + 4)) == quad(word.get(..4))
            && word.get(4).is_none_or(|c| self.b.get(start + 4) == Some(c))
        {
            self.i += word.len();
            self.push(kind, start, self.i);
            return Ok(());
        }
        for &w in word {
            match self.b.get(self.i) {
                None => return Err(self.eof_in(start)),
                Some(&c) if c == w => self.i += 1,
                Some(_) => return Err(self.err(ErrorKind::ExpectedIdent, start)),
            }
        }
        self.push(kind, start, self.i);
        Ok(())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.err(ErrorKind::InvalidNumber, start));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            None => return Err(self.eof_in(start)),
            Some(_) => return Err(self.err(ErrorKind::InvalidNumber, start)),
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            float = true;
            self.i += 1;
            match self.peek() {
                Some(b'0'..=b'9') => self.digits(),
                None => return Err(self.eof_in(start)),
                Some(_) => return Err(self.err(ErrorKind::InvalidNumber, start)),
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            match self.peek() {
                Some(b'0'..=b'9') => self.digits(),
                None => return Err(self.eof_in(start)),
                Some(_) => return Err(self.err(ErrorKind::InvalidNumber, start)),
            }
        }
        // Only numbers with an exponent or hundreds of digits can overflow f64.
        if (float || self.i - start > 300) && self.b.get(start..self.i).and_then(out_of_range).is_some() {
            return Err(self.err(ErrorKind::NumberOutOfRange, start));
        }
        self.push(NUMBER, start, self.i);
        Ok(())
    }

    /// A string at `self.i` (the opening quote).
    fn string(&mut self) -> Result<(), Error> {
        self.i += 1;
        let start = self.i;
        // Eight bytes at a time up to the word holding the end (or an escape or a control
        // character), then byte by byte.
        while let Some(w) = word_at(self.b, self.i) {
            let stop = string_stops(w) & !(w & HIGHS);
            if stop != 0 {
                self.i += (stop.trailing_zeros() / 8) as usize;
                break;
            }
            self.i += 8;
        }
        while let Some(&c) = self.b.get(self.i) {
            if STOP[c as usize] {
                break;
            }
            self.i += 1;
        }
        match self.peek() {
            Some(b'"') => {
                self.push(STR, start, self.i);
                self.i += 1;
                Ok(())
            }
            Some(b'\\') => self.escaped_string(start),
            Some(_) => Err(self.control_char(start - 1)),
            None => Err(self.eof_in(start - 1)),
        }
    }

    /// A key at `self.i` (the opening quote): a string whose normalised hash is computed
    /// on the way when it is plain ASCII.
    fn key_string(&mut self) -> Result<(), Error> {
        let open = self.i;
        let start = open + 1;
        if let Some((end, h)) = plain_key(self.b, start) {
            self.nodes.push(Node { kind: STR | HASHED, start: start as u32, end: end as u32, next: h });
            self.i = end + 1;
            return Ok(());
        }
        // Escapes or non-ASCII: the general path (no stored hash).
        self.i = open;
        self.string()
    }

    /// The rest of a string with escapes, decoded into `extra`. `self.i` is at the first
    /// backslash; `start` is just after the opening quote.
    fn escaped_string(&mut self, start: usize) -> Result<(), Error> {
        let out_start = self.extra.len();
        let mut from = start;
        loop {
            while let Some(&c) = self.b.get(self.i) {
                if STOP[c as usize] {
                    break;
                }
                self.i += 1;
            }
            self.flush(from);
            match self.peek() {
                Some(b'"') => {
                    let end = self.extra.len();
                    self.push(STR_ESC, out_start, end);
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(c) = self.peek() else { return Err(self.eof_in(start - 1)) };
                    self.i += 1;
                    let ch = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape(start - 1)?,
                        // At the backslash.
                        _ => return Err(self.err(ErrorKind::InvalidEscape, self.i - 2)),
                    };
                    self.extra.push(ch);
                    from = self.i;
                }
                Some(_) => return Err(self.control_char(start - 1)),
                None => return Err(self.eof_in(start - 1)),
            }
        }
    }

    /// Copies `b[from..i]` (plain text, between escapes) into `extra`.
    fn flush(&mut self, from: usize) {
        if let Some(s) = self.b.get(from..self.i).and_then(|s| std::str::from_utf8(s).ok()) {
            self.extra.push_str(s);
        }
    }

    /// Four hex digits of the escape whose backslash is at `esc`, in the string whose
    /// opening quote is at `quote`.
    fn hex4(&mut self, quote: usize, esc: usize) -> Result<u16, Error> {
        let Some(quad) = self.b.get(self.i..self.i + 4) else {
            self.i = self.b.len();
            return Err(self.eof_in(quote));
        };
        let mut n: u16 = 0;
        for &c in quad {
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => return Err(self.err(ErrorKind::InvalidEscape, esc)),
            };
            n = (n << 4) | u16::from(d);
        }
        self.i += 4;
        Ok(n)
    }

    /// `\uXXXX` (after the `u`), with surrogate pairs, in the string whose opening quote is
    /// at `quote`. A lone surrogate is an error, at the backslash of the first escape.
    fn unicode_escape(&mut self, quote: usize) -> Result<char, Error> {
        let esc = self.i - 2;
        let hi = self.hex4(quote, esc)?;
        let code = match hi {
            0xD800..=0xDBFF => {
                match (self.b.get(self.i), self.b.get(self.i + 1)) {
                    (Some(b'\\'), Some(b'u')) => self.i += 2,
                    (None, _) | (Some(b'\\'), None) => return Err(self.eof_in(quote)),
                    _ => return Err(self.err(ErrorKind::InvalidEscape, esc)),
                }
                let lo = self.hex4(quote, self.i - 2)?;
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return Err(self.err(ErrorKind::InvalidEscape, esc));
                }
                0x10000 + ((u32::from(hi) - 0xD800) << 10) + (u32::from(lo) - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.err(ErrorKind::InvalidEscape, esc)),
            _ => u32::from(hi),
        };
        char::from_u32(code).ok_or_else(|| self.err(ErrorKind::InvalidEscape, esc))
    }
}

/// `1e289` to `1e308` as `f64` (the nearest double to each, as the compiler reads the
/// literals): the powers of ten by which a significand below 2^64 can reach infinity.
const POW10_TOP: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304,
    1e305, 1e306, 1e307, 1e308,
];

/// Where `serde_json` reports "number out of range" in `num`, a number that is valid JSON
/// (index of the byte), or `None` when it reads the number.
///
/// This follows `serde_json`'s own arithmetic (it is built without `float_roundtrip`), not
/// the exact decimal value, and needs no float parsing (whose tables would add about
/// 11 KB of brotli to the page). `serde_json` keeps the leading digits that fit a `u64` as
/// the significand (it starts again after the decimal point, and drops further digits of
/// the fraction) and counts the integer digits it drops in the decimal exponent. It then
/// refuses:
/// - an exponent above `i32::MAX` as written, when the significand is not zero and the
///   exponent not negative: at the exponent's digit that overflowed the `i32`;
/// - a value whose significand, converted to `f64` and multiplied by the `f64` nearest to
///   10^exponent, is infinite (any exponent above 308 with a nonzero significand): at
///   the last byte of the number.
///
/// Both roundings make that differ from the exact rule (a decimal overflows an `f64` from
/// 2^1024 − 2^970 ≈ 1.797693134862315807e308 on): `serde_json` refuses
/// `1.7976931348623158e308` and `1.797693134862315807e308`, which round to `f64::MAX`, and
/// `f64::MAX` itself written out as its 309 digits. The engine's reader gives
/// `serde_json`'s answers, so that it refuses exactly the numbers `serde_json` refused
/// (tests/engine_json.rs compares the two readers); the error itself points at the
/// number's first byte, not at the index returned here.
fn out_of_range(num: &[u8]) -> Option<usize> {
    let mut significand: u64 = 0;
    let mut exponent: i32 = 0;
    let mut full = false;
    let mut fraction = false;
    let mut i = usize::from(num.first() == Some(&b'-'));
    while let Some(&c) = num.get(i) {
        match c {
            b'0'..=b'9' => {
                let more = significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0')));
                match more {
                    Some(s) if !full => {
                        significand = s;
                        if fraction {
                            exponent = exponent.saturating_sub(1);
                        }
                    }
                    _ => {
                        full = true;
                        if !fraction {
                            exponent = exponent.saturating_add(1);
                        }
                    }
                }
            }
            b'.' => {
                fraction = true;
                full = false;
            }
            _ => break,
        }
        i += 1;
    }
    if let Some(b'e' | b'E') = num.get(i) {
        i += 1;
        let negative = num.get(i) == Some(&b'-');
        if let Some(b'+' | b'-') = num.get(i) {
            i += 1;
        }
        let mut written: i32 = 0;
        while let Some(&c @ b'0'..=b'9') = num.get(i) {
            let digit = i32::from(c - b'0');
            match written.checked_mul(10).and_then(|e| e.checked_add(digit)) {
                Some(e) => written = e,
                None if significand != 0 && !negative => return Some(i),
                None => return None,
            }
            i += 1;
        }
        exponent = if negative { exponent.saturating_sub(written) } else { exponent.saturating_add(written) };
    }
    if significand == 0 || exponent < 289 {
        return None;
    }
    let infinite = match POW10_TOP.get((exponent - 289) as usize) {
        Some(pow) => (significand as f64 * pow).is_infinite(),
        None => true,
    };
    infinite.then(|| num.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(t: &str) -> Doc {
        match Doc::parse(t) {
            Ok(d) => d,
            Err(e) => panic!("{t}: {e:?}"),
        }
    }

    #[test]
    fn reads_members_items_and_scalars() {
        let d = doc(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "x\ty\u00e9\ud83d\ude00"}, "": {}} "#);
        let r = d.root();
        assert!(r.is_object());
        assert_eq!(r.members().map(|(k, _)| k).collect::<Vec<_>>(), ["a", "b", ""]);
        let a = r.get("a").unwrap();
        assert_eq!(a.len(), 5);
        assert_eq!(a.at(0).and_then(|v| v.as_u64()), Some(1));
        assert_eq!(a.at(1).and_then(|v| v.as_f64()), Some(-2500.0));
        assert_eq!(a.at(2).and_then(|v| v.as_bool()), Some(true));
        assert!(a.at(4).unwrap().is_null());
        assert_eq!(r.pointer("/b/c").and_then(|v| v.as_str()), Some("x\tyé😀"));
        assert!(r.get("").unwrap().is_empty());
        assert_eq!(r.to_value(), serde_json::from_str::<serde_json::Value>(d.text()).unwrap());
    }

    #[test]
    fn repeated_keys_read_as_the_last_one() {
        let d = doc(r#"{"a": 1, "a": 2}"#);
        assert_eq!(d.root().get("a").and_then(|v| v.as_u64()), Some(2));
    }

    #[test]
    fn pointers_follow_rfc_6901() {
        let d = doc(r#"{"a/b": {"m~n": [10, 20]}}"#);
        assert_eq!(d.root().pointer("/a~1b/m~0n/1").and_then(|v| v.as_u64()), Some(20));
        assert!(d.root().pointer("/a~1b/m~0n/01").is_none());
        assert!(d.root().pointer("a").is_none());
    }

    #[test]
    fn errors_name_the_problem_and_the_offending_token() {
        // (text, kind, offset, related): the rule is in the module documentation.
        let cases: &[(&str, ErrorKind, usize, Option<usize>)] = &[
            ("{\"a\": 1,,}", ErrorKind::KeyMustBeString, 8, None),
            ("[1,]", ErrorKind::TrailingComma, 2, None),
            ("{\"a\": 1 , }", ErrorKind::TrailingComma, 8, None),
            ("{\"a\" 1}", ErrorKind::ExpectedColon, 5, Some(4)),
            ("{\"a\" = 1}", ErrorKind::ExpectedColon, 5, None),
            ("[1 2]", ErrorKind::ExpectedCommaOrBracket, 3, Some(2)),
            ("[1 ;]", ErrorKind::ExpectedCommaOrBracket, 3, None),
            ("{\"a\":1\n  \"b\"}", ErrorKind::ExpectedCommaOrBrace, 9, Some(6)),
            ("[tru]", ErrorKind::ExpectedIdent, 1, None),
            ("[tru\n]", ErrorKind::ExpectedIdent, 1, None),
            ("{} x", ErrorKind::TrailingCharacters, 3, None),
            ("[01]", ErrorKind::InvalidNumber, 1, None),
            ("[-1.]", ErrorKind::InvalidNumber, 1, None),
            ("[\"\\x\"]", ErrorKind::InvalidEscape, 2, None),
            ("[\"a\\uD800\\u0041\"]", ErrorKind::InvalidEscape, 3, None),
            ("[\"a\\uD83D\\uZZZZ\"]", ErrorKind::InvalidEscape, 9, None),
            ("[\"a\nb\"]", ErrorKind::ControlCharacter, 1, None),
            ("[\"a\u{1}b\"]", ErrorKind::ControlCharacter, 3, None),
            ("[1e999]", ErrorKind::NumberOutOfRange, 1, None),
            ("{\"a\": [1,", ErrorKind::Eof, 9, Some(6)),
            ("{\"a\": [1,\n", ErrorKind::Eof, 9, Some(6)),
            ("{\"a\": tru", ErrorKind::Eof, 6, Some(0)),
            ("[\"ab\\u12", ErrorKind::Eof, 1, Some(0)),
            ("-", ErrorKind::Eof, 0, None),
            ("[@]", ErrorKind::ExpectedValue, 1, None),
        ];
        for &(text, kind, offset, related) in cases {
            let e = Doc::parse(text).err();
            assert_eq!(e.map(|e| (e.kind, e.offset, e.related())), Some((kind, offset, related)), "{text:?}");
        }
    }

    #[test]
    fn the_writer_prints_what_serde_json_prints() {
        let weird: String = (0u8..0x20).map(char::from).chain("\"\\/\u{7f}é😀 ok".chars()).collect();
        let v = serde_json::json!({"a": [1, -2, 2.5, true, null, weird.clone(), [], {}, [{"x": {}}]], weird.clone(): {"n": 1e300}});
        let ours = Doc::parse(&v.to_string()).unwrap().root().to_value();
        assert_eq!(ours, v);
        let mut w = Writer::new();
        w.value(&ours);
        assert_eq!(w.finish(), serde_json::to_string_pretty(&v).unwrap());
        let mut c = Writer::compact();
        c.value(&ours);
        assert_eq!(c.finish(), serde_json::to_string(&v).unwrap());
        let mut w = Writer::new();
        w.begin_object().key("s").str(&weird).key("list").uints([1, 2]).key("none").opt_str(None).end();
        let expected = serde_json::json!({"s": weird, "list": [1, 2], "none": null});
        assert_eq!(w.finish(), serde_json::to_string_pretty(&expected).unwrap());
    }

    #[test]
    fn nesting_is_limited_without_recursion() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert!(Doc::parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(Doc::parse(&deep).err().map(|e| (e.kind, e.offset)), Some((ErrorKind::TooDeep, MAX_DEPTH - 1)));
    }
}

/// Writes JSON text exactly as `serde_json::to_string_pretty` would (two-space indent,
/// `": "`, the same escapes), without building a tree first. The reports use it.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Open containers: (is an array, has a member yet).
    open: Vec<(bool, bool)>,
    /// One line, no spaces (as `serde_json::to_string`).
    compact: bool,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    /// A writer for one-line JSON, as `serde_json::to_string` prints it.
    pub fn compact() -> Writer {
        Writer { compact: true, ..Writer::default() }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn newline_indent(&mut self) {
        if self.compact {
            return;
        }
        self.out.push('\n');
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    /// Separator and indentation before a value in an array (after a key, nothing).
    fn before_value(&mut self) {
        if let Some((true, has)) = self.open.last().copied() {
            if has {
                self.out.push(',');
            }
            if let Some(top) = self.open.last_mut() {
                top.1 = true;
            }
            self.newline_indent();
        }
    }

    /// The key of the next member of the innermost object.
    pub fn key(&mut self, key: &str) -> &mut Writer {
        if let Some((_, has)) = self.open.last().copied() {
            if has {
                self.out.push(',');
            }
            if let Some(top) = self.open.last_mut() {
                top.1 = true;
            }
        }
        self.newline_indent();
        self.push_string(key);
        self.out.push_str(if self.compact { ":" } else { ": " });
        self
    }

    pub fn begin_object(&mut self) -> &mut Writer {
        self.before_value();
        self.out.push('{');
        self.open.push((false, false));
        self
    }

    pub fn begin_array(&mut self) -> &mut Writer {
        self.before_value();
        self.out.push('[');
        self.open.push((true, false));
        self
    }

    /// Closes the innermost object or array.
    pub fn end(&mut self) -> &mut Writer {
        if let Some((array, has)) = self.open.pop() {
            if has {
                self.newline_indent();
            }
            self.out.push(if array { ']' } else { '}' });
        }
        self
    }

    pub fn null(&mut self) -> &mut Writer {
        self.before_value();
        self.out.push_str("null");
        self
    }

    pub fn bool(&mut self, b: bool) -> &mut Writer {
        self.before_value();
        self.out.push_str(if b { "true" } else { "false" });
        self
    }

    pub fn uint(&mut self, n: usize) -> &mut Writer {
        self.before_value();
        self.out.push_str(&n.to_string());
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Writer {
        self.before_value();
        self.push_string(s);
        self
    }

    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Writer {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    pub fn opt_uint(&mut self, n: Option<usize>) -> &mut Writer {
        match n {
            Some(n) => self.uint(n),
            None => self.null(),
        }
    }

    /// An array of strings.
    pub fn strs<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) -> &mut Writer {
        self.begin_array();
        for s in items {
            self.str(s);
        }
        self.end()
    }

    /// An array of numbers.
    pub fn uints(&mut self, items: impl IntoIterator<Item = usize>) -> &mut Writer {
        self.begin_array();
        for n in items {
            self.uint(n);
        }
        self.end()
    }

    /// A value read from an input (evidence), with an explicit stack for deep values.
    /// Numbers are written as they were read.
    pub fn value(&mut self, v: &Value) -> &mut Writer {
        enum Step<'v> {
            Value(&'v Value),
            Key(&'v str),
            End,
        }
        let mut stack = vec![Step::Value(v)];
        while let Some(step) = stack.pop() {
            match step {
                Step::End => {
                    self.end();
                }
                Step::Key(k) => {
                    self.key(k);
                }
                Step::Value(Value::Null) => {
                    self.null();
                }
                Step::Value(Value::Bool(b)) => {
                    self.bool(*b);
                }
                Step::Value(Value::Number(n)) => {
                    self.before_value();
                    self.out.push_str(n);
                }
                Step::Value(Value::String(s)) => {
                    self.str(s);
                }
                Step::Value(Value::Array(items)) => {
                    self.begin_array();
                    stack.push(Step::End);
                    stack.extend(items.iter().rev().map(Step::Value));
                }
                Step::Value(Value::Object(members)) => {
                    self.begin_object();
                    stack.push(Step::End);
                    for (k, v) in members.iter().rev() {
                        stack.push(Step::Value(v));
                        stack.push(Step::Key(k));
                    }
                }
            }
        }
        self
    }

    /// A string literal with `serde_json`'s escapes.
    fn push_string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let mut from = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc: Option<&str> = match b {
                b'"' => Some("\\\""),
                b'\\' => Some("\\\\"),
                b'\n' => Some("\\n"),
                b'\r' => Some("\\r"),
                b'\t' => Some("\\t"),
                0x08 => Some("\\b"),
                0x0c => Some("\\f"),
                0..=0x1f => Some(""),
                _ => None,
            };
            let Some(esc) = esc else { continue };
            self.out.push_str(s.get(from..i).unwrap_or(""));
            if esc.is_empty() {
                self.out.push_str("\\u00");
                for nibble in [b >> 4, b & 0xf] {
                    self.out.push(char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0')));
                }
            } else {
                self.out.push_str(esc);
            }
            from = i + 1;
        }
        self.out.push_str(s.get(from..).unwrap_or(""));
        self.out.push('"');
    }
}
