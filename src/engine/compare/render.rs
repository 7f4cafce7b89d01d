//! A comparison of profiles as text (terminal), Markdown and JSON, in one language.

use super::Comparison;
use crate::engine::i18n::{Lang, Text};
use crate::engine::json::Writer;
use crate::engine::plan::md_cell as cell;

const HEADING: Text = Text::new("Compare profiles", "プロファイルの比較");
const FIELD: Text = Text::new("Field", "フィールド");
const MISSING: Text = Text::new("(not set)", "(未設定)");
const NONE_DIFFER: Text = Text::new("These profiles have the same settings.", "これらのプロファイルの設定は同じです。");

fn summary(c: &Comparison, lang: Lang) -> String {
    let (n, d, same) = (c.profiles.len(), c.rows.len(), c.identical);
    match lang {
        Lang::En => format!("{n} profiles: {d} field(s) differ; {same} identical field(s) are not shown."),
        Lang::Ja => format!(
            "{n} 個のプロファイル: {d} 個のフィールドが異なります。同じ値の {same} 個のフィールドは表示していません。"
        ),
    }
}

/// A column letter for the n-th profile (A, B, …, Z, then numbers).
fn letter(i: usize) -> String {
    u8::try_from(i).ok().filter(|i| *i < 26).map_or_else(|| (i + 1).to_string(), |i| char::from(b'A' + i).to_string())
}

fn label_of(r: &super::Row, lang: Lang) -> String {
    r.label.map_or_else(|| r.key.clone(), |l| format!("{} ({})", r.key, l.get(lang)))
}

/// The comparison for a terminal.
pub fn comparison_text(c: &Comparison, lang: Lang) -> String {
    let mut s = format!("{}\n", HEADING.get(lang));
    for (i, p) in c.profiles.iter().enumerate() {
        s.push_str(&format!("  [{}] #{} {}  {}\n", letter(i), p.object, p.name, p.location));
    }
    s.push_str(&format!("{}\n", summary(c, lang)));
    if c.rows.is_empty() {
        s.push_str(&format!("{}\n", NONE_DIFFER.get(lang)));
    }
    for r in &c.rows {
        s.push_str(&format!("  {}\n", label_of(r, lang)));
        for (i, v) in r.values.iter().enumerate() {
            s.push_str(&format!("    [{}] {}\n", letter(i), v.as_deref().unwrap_or(MISSING.get(lang))));
        }
    }
    s
}

/// The comparison as a Markdown section (`## Compare profiles`).
pub fn comparison_markdown(c: &Comparison, lang: Lang) -> String {
    let mut s = format!("## {}\n\n{}\n\n", HEADING.get(lang), summary(c, lang));
    if c.rows.is_empty() {
        s.push_str(&format!("{}\n", NONE_DIFFER.get(lang)));
        return s;
    }
    s.push_str(&format!("| {} |", FIELD.get(lang)));
    for p in &c.profiles {
        s.push_str(&format!(" {} |", cell(&p.name)));
    }
    s.push_str("\n|---|");
    s.push_str(&"---|".repeat(c.profiles.len()));
    s.push('\n');
    for r in &c.rows {
        let label = r.label.map_or_else(|| format!("`{}`", r.key), |l| format!("`{}` {}", r.key, cell(l.get(lang))));
        s.push_str(&format!("| {label} |"));
        for v in &r.values {
            match v {
                Some(v) => s.push_str(&format!(" `{}` |", cell(v))),
                None => s.push_str(&format!(" {} |", MISSING.get(lang))),
            }
        }
        s.push('\n');
    }
    s
}

/// The comparison as JSON: `{profiles, rows, identical}` (docs/report-format.md).
pub fn comparison_json(w: &mut Writer, c: &Comparison, lang: Lang) {
    w.begin_object();
    w.key("profiles").begin_array();
    for p in &c.profiles {
        w.begin_object();
        w.key("object").uint(p.object);
        w.key("name").str(&p.name);
        w.key("location").str(&p.location);
        w.end();
    }
    w.end();
    w.key("rows").begin_array();
    for r in &c.rows {
        w.begin_object();
        w.key("key").str(&r.key);
        w.key("label").opt_str(r.label.map(|l| l.get(lang)));
        w.key("auth").bool(r.auth);
        w.key("values").begin_array();
        for v in &r.values {
            match v {
                Some(v) => w.str(v),
                None => w.null(),
            };
        }
        w.end();
        w.end();
    }
    w.end();
    w.key("identical").uint(c.identical);
    w.end();
}
