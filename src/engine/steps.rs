//! Fixes as ordered steps: each a short sentence in English and Japanese, optionally the
//! admin-center click path where it is done (a reference to `click_paths`, never pasted
//! into the sentence) and the JSON field it changes; and their forms in every output.
//!
//! A rule's documentation holds its fix as [`FixStep`]s (static data, the field named by
//! its key); a finding, a profile's fit and a switch plan carry [`Steps`] (built at run
//! time; a documented field is looked up in the pasted object only when a report shows
//! it, [`Step::field_pointer`]). Renderers: [`Steps::joined`]
//! (one paragraph, the JSON report's `fix` and SARIF), [`Steps::text`] (numbered lines with
//! `A › B › C` under a step, the terminal), [`Steps::markdown`] (a numbered list) and
//! [`Steps::json`] (`fix_steps`, docs/report-format.md). The page draws them itself
//! (`ui::steps`). Long explanations belong to a finding's "why", not to its steps: tests
//! hold every step to 40 words (80 characters in Japanese).

use super::click_paths::ClickPath;
use super::i18n::{LText, Lang, Text};
use super::json::Writer;
use super::model::{Key, Object};
use serde::Serialize;

/// One step of a rule's documented fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FixStep {
    /// One short sentence, ending with its full stop.
    pub text: Text,
    /// Where it is done in the admin center.
    pub path: Option<&'static ClickPath>,
    /// The key of the field it changes (Graph's spelling).
    #[serde(skip)]
    pub field: Option<Key>,
}

impl FixStep {
    pub const fn new(en: &'static str, ja: &'static str) -> FixStep {
        FixStep { text: Text::new(en, ja), path: None, field: None }
    }

    /// The step, done at `path`.
    pub const fn at(self, path: &'static ClickPath) -> FixStep {
        FixStep { path: Some(path), ..self }
    }

    /// The step, changing the field `key` (`key!("…")`, Graph's spelling).
    pub const fn changes(self, key: Key) -> FixStep {
        FixStep { field: Some(key), ..self }
    }

    /// The key of the field it changes, as written in Graph.
    pub fn field_name(&self) -> Option<&'static str> {
        self.field.map(Key::name)
    }
}

/// The field a step changes: a documented step names its key, which a report looks up in
/// the finding's object only when it shows the step (the analysis does not pay for it); a
/// step built at run time may know the pointer already.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepField {
    Key(Key),
    Pointer(String),
}

impl Serialize for StepField {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            StepField::Key(k) => s.serialize_str(k.name()),
            StepField::Pointer(p) => s.serialize_str(p),
        }
    }
}

/// One step of a fix, as a finding, a fit or a plan carries it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub text: LText,
    pub path: Option<&'static ClickPath>,
    /// The field it changes (see [`Step::field_pointer`]).
    pub field: Option<StepField>,
}

impl Step {
    pub fn new(text: impl Into<LText>) -> Step {
        Step { text: text.into(), path: None, field: None }
    }

    /// The step, done at `path`.
    pub fn at(mut self, path: &'static ClickPath) -> Step {
        self.path = Some(path);
        self
    }

    /// The step, changing the field at `pointer` (relative to the object).
    pub fn changes(mut self, pointer: impl Into<String>) -> Step {
        self.field = Some(StepField::Pointer(pointer.into()));
        self
    }

    /// A documented step (its field's key kept, looked up when shown).
    pub fn of(step: &FixStep) -> Step {
        Step { text: step.text.into(), path: step.path, field: step.field.map(StepField::Key) }
    }

    /// JSON pointer of the field the step changes, relative to the object: a documented
    /// key is looked up in `obj` (`None` when the object does not have it).
    pub fn field_pointer(&self, obj: Option<&Object>) -> Option<String> {
        match self.field.as_ref()? {
            StepField::Pointer(p) => Some(p.clone()),
            StepField::Key(k) => obj?.field(*k).map(|f| f.pointer()),
        }
    }

    /// The step as one sentence of prose: its text, and its path after a colon before the
    /// full stop (`Do this: A → B → C.`).
    pub fn prose(&self, lang: Lang) -> String {
        prose(self.text.get(lang), self.path, lang)
    }
}

/// `text` with `path` after a colon before its final full stop.
fn prose(text: &str, path: Option<&ClickPath>, lang: Lang) -> String {
    let Some(path) = path else {
        return text.to_string();
    };
    let stop = if lang == Lang::Ja { "。" } else { "." };
    let mut s = text.strip_suffix(stop).unwrap_or(text).to_string();
    s.push_str(": ");
    s.push_str(&path.prose(lang));
    s.push_str(stop);
    s
}

/// A fix: its steps in order.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
#[serde(transparent)]
pub struct Steps(pub Vec<Step>);

impl Steps {
    /// The documented steps.
    pub fn of(steps: &[FixStep]) -> Steps {
        Steps(steps.iter().map(Step::of).collect())
    }

    pub fn push(&mut self, step: Step) {
        self.0.push(step);
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Step> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// At least one step, and every step complete in both languages.
    pub fn is_complete(&self) -> bool {
        !self.0.is_empty() && self.0.iter().all(|s| s.text.is_complete())
    }

    /// The steps as one paragraph of prose (paths after a colon, `A → B → C`): the JSON
    /// report's `fix`, SARIF's, and any place that shows the fix as one string.
    pub fn joined(&self, lang: Lang) -> String {
        let mut out = String::new();
        for s in &self.0 {
            if !out.is_empty() && lang == Lang::En {
                out.push(' ');
            }
            out.push_str(&s.prose(lang));
        }
        out
    }

    /// Both languages of [`Steps::joined`].
    pub fn joined_both(&self) -> LText {
        LText::new(self.joined(Lang::En), self.joined(Lang::Ja))
    }

    /// Numbered lines for a terminal, each line starting with `indent`: the step, then its
    /// path as `A › B › C` on a line of its own and the alternative under it.
    pub fn text(&self, lang: Lang, indent: &str) -> String {
        numbered(self.0.iter().map(|s| (s.text.get(lang), s.path, None)), lang, indent, "", |s| s.to_string())
    }

    /// A numbered Markdown list, each line starting with `indent`; a step's path (and its
    /// alternative) as bullets under it. `escape` escapes the text for its context.
    pub fn markdown(&self, lang: Lang, indent: &str, escape: fn(&str) -> String) -> String {
        numbered(self.0.iter().map(|s| (s.text.get(lang), s.path, None)), lang, indent, "- ", escape)
    }

    /// The steps as a JSON value (`fix_steps`), for tools that build JSON with serde.
    pub fn json_value(&self, lang: Lang) -> serde_json::Value {
        let mut w = Writer::new();
        self.json(&mut w, lang, None);
        serde_json::from_str(&w.finish()).unwrap_or(serde_json::Value::Null)
    }

    /// The steps as a JSON array (`fix_steps`): `{text, click_path_id, click_path, field}`,
    /// the fields looked up in `obj`, the object the steps are about.
    pub fn json(&self, w: &mut Writer, lang: Lang, obj: Option<&Object>) {
        w.begin_array();
        for s in &self.0 {
            w.begin_object();
            w.key("text").str(s.text.get(lang));
            w.key("click_path_id").opt_str(s.path.map(|p| p.id));
            match s.path {
                Some(p) => w.key("click_path").str(&p.prose(lang)),
                None => w.key("click_path").null(),
            };
            w.key("field").opt_str(s.field_pointer(obj).as_deref());
            w.end();
        }
        w.end();
    }
}

/// A documented fix as a numbered Markdown list (the rules reference): like
/// [`Steps::markdown`], with the key of the field a step changes.
pub fn documented_markdown(steps: &[FixStep], lang: Lang, field_label: &str) -> String {
    let label = |k: &str| format!("{field_label} `{k}`");
    let items: Vec<(&str, Option<&ClickPath>, Option<String>)> =
        steps.iter().map(|s| (s.text.get(lang), s.path, s.field_name().map(label))).collect();
    numbered(items.iter().map(|(t, p, f)| (*t, *p, f.as_deref())), lang, "", "- ", |s| s.to_string())
}

/// The numbered list both text forms share: each step's line, then the lines of its path,
/// its alternative and its field under it, indented past the number and started with
/// `bullet` (`""` in a terminal, `"- "` in Markdown).
fn numbered<'a>(
    items: impl Iterator<Item = (&'a str, Option<&'a ClickPath>, Option<&'a str>)>,
    lang: Lang,
    indent: &str,
    bullet: &str,
    escape: fn(&str) -> String,
) -> String {
    let mut out = String::new();
    for (i, (text, path, field)) in items.enumerate() {
        let n = (i + 1).to_string();
        let mut line = |under: bool, parts: &[&str]| {
            out.push_str(indent);
            if under {
                out.extend(std::iter::repeat_n(' ', n.len() + 2));
                out.push_str(bullet);
            } else {
                out.push_str(&n);
                out.push_str(". ");
            }
            parts.iter().for_each(|p| out.push_str(p));
            out.push('\n');
        };
        line(false, &[&escape(text)]);
        if let Some(p) = path {
            line(true, &[&escape(&p.breadcrumb(lang))]);
            if let Some(alt) = p.alternative {
                line(true, &[alt.heading.get(lang), ": ", &escape(&alt.path.breadcrumb(lang))]);
            }
        }
        if let Some(f) = field {
            line(true, &[f]);
        }
    }
    out
}

impl<'a> IntoIterator for &'a Steps {
    type Item = &'a Step;
    type IntoIter = std::slice::Iter<'a, Step>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl From<Vec<Step>> for Steps {
    fn from(v: Vec<Step>) -> Steps {
        Steps(v)
    }
}

/// The length of a text as a reader counts it: words (separated by white space) in
/// English; characters in Japanese, where a run of Latin letters, digits and symbols (a
/// product name, a key, a URL) counts as one, like a word.
pub fn length(text: &str, lang: Lang) -> usize {
    match lang {
        Lang::En => text.split_whitespace().count(),
        Lang::Ja => {
            let (mut n, mut in_run) = (0, false);
            for c in text.chars() {
                if c.is_whitespace() {
                    in_run = false;
                } else if c.is_ascii() {
                    n += usize::from(!in_run);
                    in_run = true;
                } else {
                    n += 1;
                    in_run = false;
                }
            }
            n
        }
    }
}

/// The longest a step may be: 40 words in English, 80 characters in Japanese.
pub fn max_step_length(lang: Lang) -> usize {
    match lang {
        Lang::En => 40,
        Lang::Ja => 80,
    }
}

/// The longest the visible part of a finding (its title and first step) may be: 60 words
/// in English, 120 characters in Japanese (two characters for a word).
pub fn max_visible_length(lang: Lang) -> usize {
    match lang {
        Lang::En => 60,
        Lang::Ja => 120,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::click_paths::{ADE_PROFILE_OR_POLICY, VPP_TOKENS};

    fn steps() -> Steps {
        Steps(vec![
            Step::new(Text::new("Change the method.", "方法を変更してください。")).at(&ADE_PROFILE_OR_POLICY),
            Step::new(Text::new("Renew the token.", "トークンを更新してください。")).at(&VPP_TOKENS),
            Step::new(Text::new("Wipe the device.", "デバイスをワイプしてください。")),
        ])
    }

    #[test]
    fn joined_puts_each_path_before_the_full_stop() {
        let en = steps().joined(Lang::En);
        assert!(en.starts_with("Change the method: Intune admin center → Devices"), "{en}");
        assert!(en.contains("→ Edit (in the newer Enrollment policies experience: Intune admin center →"), "{en}");
        assert!(en.ends_with("→ Apple VPP tokens. Wipe the device."), "{en}");
        let ja = steps().joined(Lang::Ja);
        assert!(ja.starts_with("方法を変更してください: Intune 管理センター →"), "{ja}");
        assert!(ja.ends_with("Apple VPP トークン。デバイスをワイプしてください。"), "{ja}");
    }

    #[test]
    fn text_numbers_the_steps_and_puts_each_path_on_its_own_line() {
        let t = steps().text(Lang::En, "  ");
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "  1. Change the method.");
        assert!(lines[1].starts_with("     Intune admin center › Devices › "), "{}", lines[1]);
        assert!(lines[2].starts_with("     In the newer Enrollment policies experience: Intune admin center › "));
        assert_eq!(lines[3], "  2. Renew the token.");
        assert_eq!(lines[5], "  3. Wipe the device.");
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn markdown_is_a_numbered_list_with_paths_as_bullets() {
        let md = steps().markdown(Lang::Ja, "", |s| s.to_string());
        assert!(md.starts_with("1. 方法を変更してください。\n   - Intune 管理センター › "), "{md}");
        assert!(md.contains("\n   - 新しい登録ポリシーの画面では: Intune 管理センター › "), "{md}");
        assert!(md.contains("\n3. デバイスをワイプしてください。\n"), "{md}");
    }

    #[test]
    fn lengths_count_words_in_english_and_characters_in_japanese() {
        assert_eq!(length("Renew the  token.", Lang::En), 3);
        assert_eq!(length("トークンを 更新", Lang::Ja), 7);
        assert_eq!(length("キー device_registration (文字列) を", Lang::Ja), 2 + 1 + 1 + 3 + 1 + 1);
    }
}
