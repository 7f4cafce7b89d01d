//! The writer: JSON text exactly as `serde_json` prints it, written without a tree.

use super::value::Value;

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

#[cfg(test)]
mod tests {
    use super::super::Doc;
    use super::*;

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
}
