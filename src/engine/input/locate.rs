//! Finding the text position of a JSON pointer, so the UI can highlight the key a finding
//! or a piece of evidence names.
//!
//! The scanner works on the raw text with an explicit position and never recurses, so any
//! nesting depth and any text (valid JSON or not) is safe. It assumes the text is the one
//! the pointer was computed from; on text that is not JSON it simply finds nothing.

use super::Span;

/// The span of what `pointer` addresses in `text`: the KEY of the member named by the last
/// token when it addresses an object member, otherwise the value (array elements, root).
/// A leading `#` is accepted. `None` when the pointer does not resolve.
pub fn locate(text: &str, pointer: &str) -> Option<Span> {
    let pointer = pointer.strip_prefix('#').unwrap_or(pointer);
    let tokens = parse_pointer(pointer)?;
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    if tokens.is_empty() {
        let end = skip_value(bytes, pos)?;
        return Some(span(text, pos, end));
    }
    let last = tokens.len() - 1;
    for (i, token) in tokens.iter().enumerate() {
        match bytes.get(pos)? {
            b'{' => {
                let (key_start, key_end, value_start) = find_member(text, pos, token)?;
                if i == last {
                    return Some(span(text, key_start, key_end));
                }
                pos = value_start;
            }
            b'[' => {
                let n: usize = array_index(token)?;
                let value_start = find_element(bytes, pos, n)?;
                if i == last {
                    let end = skip_value(bytes, value_start)?;
                    return Some(span(text, value_start, end));
                }
                pos = value_start;
            }
            _ => return None,
        }
    }
    None
}

/// Splits an RFC 6901 pointer into unescaped tokens. `""` is the root.
fn parse_pointer(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(rest.split('/').map(|t| t.replace("~1", "/").replace("~0", "~")).collect())
}

fn array_index(token: &str) -> Option<usize> {
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_digit()) || (token.len() > 1 && token.starts_with('0')) {
        return None;
    }
    token.parse().ok()
}

/// Builds a span; `line`/`column` are 1-based, the column counted in characters.
pub(crate) fn span(text: &str, start: usize, end: usize) -> Span {
    let (line, column) = line_column(text, start);
    Span { start, end, line, column }
}

/// 1-based line and character column of a byte offset (clamped to the text, floored to a
/// character boundary).
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or("");
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before.get(line_start..).map(|s| s.chars().count()).unwrap_or(0) + 1;
    (line, column)
}

/// Skips JSON whitespace and a byte-order mark.
fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    loop {
        match bytes.get(pos) {
            Some(b' ' | b'\t' | b'\n' | b'\r') => pos += 1,
            Some(0xEF) if bytes.get(pos + 1) == Some(&0xBB) && bytes.get(pos + 2) == Some(&0xBF) => pos += 3,
            _ => return pos,
        }
    }
}

/// End (exclusive) of the string starting at `pos` (which must be a `"`).
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    if bytes.get(pos) != Some(&b'"') {
        return None;
    }
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// End (exclusive) of the value starting at `pos`, without recursion.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = pos;
            while let Some(b) = bytes.get(i) {
                if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                i += 1;
            }
            (i > pos).then_some(i)
        }
    }
}

/// In the object at `pos`, the last member whose key equals `token` (JSON readers keep the
/// last value of a duplicated key): its key span and the start of its value.
fn find_member(text: &str, pos: usize, token: &str) -> Option<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = skip_ws(bytes, pos + 1);
    let mut found = None;
    if bytes.get(i) == Some(&b'}') {
        return None;
    }
    loop {
        let key_start = i;
        let key_end = skip_string(bytes, key_start)?;
        let key: Option<String> = text.get(key_start..key_end).and_then(crate::engine::json::unescape);
        i = skip_ws(bytes, key_end);
        if bytes.get(i) != Some(&b':') {
            return found;
        }
        let value_start = skip_ws(bytes, i + 1);
        if key.as_deref() == Some(token) {
            found = Some((key_start, key_end, value_start));
        }
        let value_end = match skip_value(bytes, value_start) {
            Some(e) => e,
            None => return found,
        };
        i = skip_ws(bytes, value_end);
        match bytes.get(i) {
            Some(b',') => i = skip_ws(bytes, i + 1),
            _ => return found,
        }
    }
}

/// Start of the `n`-th element of the array at `pos`.
fn find_element(bytes: &[u8], pos: usize, n: usize) -> Option<usize> {
    let mut i = skip_ws(bytes, pos + 1);
    if bytes.get(i) == Some(&b']') {
        return None;
    }
    let mut k = 0usize;
    loop {
        if k == n {
            return bytes.get(i).map(|_| i);
        }
        let end = skip_value(bytes, i)?;
        i = skip_ws(bytes, end);
        match bytes.get(i)? {
            b',' => i = skip_ws(bytes, i + 1),
            _ => return None,
        }
        k += 1;
    }
}

/// Locates many pointers in one text without re-scanning it: the same answers as
/// [`locate`], but each object or array on a pointer's path is scanned once (its members
/// are remembered), and lines and columns come from a table built in one pass. A report
/// with thousands of findings in a 5 MB export needs this; [`locate`] alone would walk the
/// text from the start for every finding.
#[derive(Clone, Debug)]
pub struct Locator<'t> {
    text: &'t str,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    /// Characters before every `CHUNK`-byte boundary (for columns on very long lines).
    chars_before: Vec<usize>,
    objects: std::collections::HashMap<usize, Members<'t>>,
    arrays: std::collections::HashMap<usize, Option<Vec<usize>>>,
}

const CHUNK: usize = 4096;

/// The members of one object, as [`find_member`] would see them: (key, key start, key
/// end, value start). `None` when [`find_member`] gives up on the object.
type Members<'t> = Option<Vec<(Option<std::borrow::Cow<'t, str>>, usize, usize, usize)>>;

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Locator<'t> {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut chars_before = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut chars = 0usize;
        for (i, &b) in bytes.iter().enumerate() {
            if i % CHUNK == 0 {
                chars_before.push(chars);
            }
            if b == b'\n' {
                line_starts.push(i + 1);
            }
            if b & 0xC0 != 0x80 {
                chars += 1;
            }
        }
        Locator {
            text,
            line_starts,
            chars_before,
            objects: std::collections::HashMap::new(),
            arrays: std::collections::HashMap::new(),
        }
    }

    /// Same as [`locate`]`(text, pointer)`.
    pub fn locate(&mut self, pointer: &str) -> Option<Span> {
        let pointer = pointer.strip_prefix('#').unwrap_or(pointer);
        let tokens = parse_pointer(pointer)?;
        let bytes = self.text.as_bytes();
        let mut pos = skip_ws(bytes, 0);
        if tokens.is_empty() {
            let end = skip_value(bytes, pos)?;
            return Some(self.span(pos, end));
        }
        let last = tokens.len() - 1;
        for (i, token) in tokens.iter().enumerate() {
            match bytes.get(pos)? {
                b'{' => {
                    let text = self.text;
                    let members = self.objects.entry(pos).or_insert_with(|| object_members(text, pos)).as_ref()?;
                    let &(_, key_start, key_end, value_start) =
                        members.iter().rev().find(|m| m.0.as_deref() == Some(token.as_str()))?;
                    if i == last {
                        return Some(self.span(key_start, key_end));
                    }
                    pos = value_start;
                }
                b'[' => {
                    let n: usize = array_index(token)?;
                    let elements = self.arrays.entry(pos).or_insert_with(|| array_elements(bytes, pos)).as_ref()?;
                    let value_start = *elements.get(n)?;
                    if i == last {
                        let end = skip_value(bytes, value_start)?;
                        return Some(self.span(value_start, end));
                    }
                    pos = value_start;
                }
                _ => return None,
            }
        }
        None
    }

    /// Characters before a byte offset (a character boundary).
    fn chars_to(&self, offset: usize) -> usize {
        let block = offset / CHUNK;
        let base = self.chars_before.get(block).copied().unwrap_or(0);
        let from = (block * CHUNK).min(offset);
        base + self.text.as_bytes().get(from..offset).map_or(0, |b| b.iter().filter(|&&b| b & 0xC0 != 0x80).count())
    }

    /// Same as [`span`]`(text, start, end)`.
    fn span(&self, start: usize, end: usize) -> Span {
        let mut offset = start.min(self.text.len());
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = if offset - line_start <= CHUNK {
            let line = self.text.as_bytes().get(line_start..offset).unwrap_or(&[]);
            line.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1
        } else {
            self.chars_to(offset) - self.chars_to(line_start) + 1
        };
        Span { start, end, line, column }
    }
}

/// Every member of the object at `pos`, scanned the way [`find_member`] scans it.
fn object_members(text: &str, pos: usize) -> Members<'_> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_ws(bytes, pos + 1);
    if bytes.get(i) == Some(&b'}') {
        return None;
    }
    loop {
        let key_start = i;
        let key_end = skip_string(bytes, key_start)?;
        let raw = text.get(key_start..key_end);
        // Most keys have no escapes: take them as written instead of decoding.
        let key: Option<std::borrow::Cow<'_, str>> = match raw {
            Some(r) if r.len() >= 2 && !r.bytes().any(|b| b == b'\\' || b < 0x20) => {
                r.get(1..r.len() - 1).map(std::borrow::Cow::Borrowed)
            }
            Some(r) => crate::engine::json::unescape(r).map(std::borrow::Cow::Owned),
            None => None,
        };
        i = skip_ws(bytes, key_end);
        if bytes.get(i) != Some(&b':') {
            return Some(out);
        }
        let value_start = skip_ws(bytes, i + 1);
        out.push((key, key_start, key_end, value_start));
        let Some(value_end) = skip_value(bytes, value_start) else { return Some(out) };
        i = skip_ws(bytes, value_end);
        match bytes.get(i) {
            Some(b',') => i = skip_ws(bytes, i + 1),
            _ => return Some(out),
        }
    }
}

/// The start of every element of the array at `pos` that [`find_element`] can reach.
fn array_elements(bytes: &[u8], pos: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let mut i = skip_ws(bytes, pos + 1);
    if bytes.get(i) == Some(&b']') {
        return None;
    }
    loop {
        if bytes.get(i).is_none() {
            return Some(out);
        }
        out.push(i);
        let Some(end) = skip_value(bytes, i) else { return Some(out) };
        i = skip_ws(bytes, end);
        match bytes.get(i) {
            Some(b',') => i = skip_ws(bytes, i + 1),
            _ => return Some(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_elements_and_root() {
        let t = "\u{feff}{\n  \"a\": [1, {\"b~/c\": true}],\n  \"日本\": {\"x\": \"}\"}, \"x\": 2\n}";
        let s = locate(t, "/a/1/b~0~1c").unwrap();
        assert_eq!(&t[s.start..s.end], "\"b~/c\"");
        assert_eq!((s.line, s.column), (2, 13));
        let s = locate(t, "/a/0").unwrap();
        assert_eq!(&t[s.start..s.end], "1");
        let s = locate(t, "/日本/x").unwrap();
        assert_eq!(&t[s.start..s.end], "\"x\"");
        assert_eq!((s.line, s.column), (3, 10));
        let s = locate(t, "#/x").unwrap();
        assert_eq!(&t[s.start..s.end], "\"x\"");
        let root = locate(t, "").unwrap();
        assert_eq!(root.start, 3);
        assert_eq!(root.end, t.len());
        assert!(locate(t, "/a/2").is_none());
        assert!(locate(t, "/missing").is_none());
        assert!(locate(t, "no-slash").is_none());
        assert!(locate("{\"a\":", "/a").is_some());
        assert!(locate("[[[[", "/0/0/0/0/0").is_none());
    }
}
