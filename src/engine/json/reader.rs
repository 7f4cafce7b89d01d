//! The reader: `Doc::parse` reads a text into the flat array of nodes, or an `Error` with its position.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use super::numbers::out_of_range;
use super::strings::{plain_key, string_stops, word_at, HIGHS, STOP};
use super::value::Json;
use super::{Node, ARRAY, FALSE, HASHED, MAX_DEPTH, NULL, NUMBER, OBJECT, STR, STR_ESC, TRUE};

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
    pub(super) fn node(&self, idx: u32) -> Node {
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
    pub(super) fn str_of(&self, n: Node) -> &str {
        let src: &str = if n.kind == STR_ESC { &self.extra } else { &self.text };
        src.get(n.start as usize..n.end as usize).unwrap_or("")
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
        if self.b.get(start..start + word.len()) == Some(word) {
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
            // Fewer than four bytes left: a byte that is no hex digit is the error, as
            // `serde_json` reads the digits one by one; the end of the text otherwise.
            if self.b.get(self.i..).unwrap_or_default().iter().any(|c| !c.is_ascii_hexdigit()) {
                return Err(self.err(ErrorKind::InvalidEscape, esc));
            }
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

#[cfg(test)]
mod tests {
    use super::*;

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
            ("{\"va\\ue\":", ErrorKind::InvalidEscape, 4, None),
            ("-", ErrorKind::Eof, 0, None),
            ("[@]", ErrorKind::ExpectedValue, 1, None),
        ];
        for &(text, kind, offset, related) in cases {
            let e = Doc::parse(text).err();
            assert_eq!(e.map(|e| (e.kind, e.offset, e.related())), Some((kind, offset, related)), "{text:?}");
        }
    }

    #[test]
    fn nesting_is_limited_without_recursion() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert!(Doc::parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(Doc::parse(&deep).err().map(|e| (e.kind, e.offset)), Some((ErrorKind::TooDeep, MAX_DEPTH - 1)));
    }
}
