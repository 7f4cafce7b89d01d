//! `table` and `rules`: the comparison table and the rule catalogue in text, Markdown and
//! JSON.

use super::args::Format;
use super::texts::{msg, Msg};
use crate::engine::i18n::{Lang, Link, Text};
use crate::engine::report::md_escape;
use crate::engine::rules::{self, Rule};
use crate::engine::table::{nuances_for_cell, nuances_for_column, yes_no, Method, Row, EXTRA_ROWS, NUANCES, TABLE};
use serde_json::{json, Value};

/// Short column headers (the legend gives the full names).
pub(super) fn short(m: Method) -> Text {
    match m {
        Method::SetupAssistantLegacy => Text::new("Legacy", "レガシ"),
        Method::CompanyPortal => Text::new("Company Portal", "ポータル サイト"),
        Method::SetupAssistantModern => Text::new("Modern auth", "先進認証"),
    }
}

/// Display width in a terminal: East Asian wide characters take two cells.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            let wide = matches!(u,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
                | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
                | 0xFFE0..=0xFFE6);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

pub(super) fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// A cell: yes/no and the ids of the nuances written on it.
fn cell(row: &Row, m: Method, lang: Lang) -> String {
    let notes: Vec<&str> = nuances_for_cell(row.requirement, m).map(|n| n.id).collect();
    let v = yes_no(row.value(m), lang);
    if notes.is_empty() {
        v.to_string()
    } else {
        format!("{v} [{}]", notes.join(","))
    }
}

fn header(m: Method, lang: Lang) -> String {
    let notes: Vec<&str> = nuances_for_column(m).map(|n| n.id).collect();
    if notes.is_empty() {
        short(m).get(lang).to_string()
    } else {
        format!("{} [{}]", short(m).get(lang), notes.join(","))
    }
}

fn link_text(l: &Link, lang: Lang) -> String {
    if l.url.is_empty() {
        l.title.get(lang).to_string()
    } else {
        format!("{} <{}>", l.title.get(lang), l.url)
    }
}

fn md_link(l: &Link, lang: Lang) -> String {
    if l.url.is_empty() {
        md_escape(l.title.get(lang))
    } else {
        format!("[{}]({})", md_escape(l.title.get(lang)), l.url)
    }
}

/// The comparison table.
pub fn table(format: Format, lang: Lang) -> String {
    match format {
        Format::Json => table_json(lang),
        Format::Markdown => table_markdown(lang),
        _ => table_text(lang),
    }
}

fn table_text(lang: Lang) -> String {
    let t = |m: Msg| msg(m, lang);
    let mut out = format!("{}\n\n", t(Msg::TableHeading));
    let all_rows: Vec<&Row> = TABLE.iter().chain(EXTRA_ROWS.iter()).collect();
    let label_w =
        all_rows.iter().map(|r| width(r.label.get(lang))).max().unwrap_or(0).max(width(t(Msg::TableRequirement)));
    let col_w: Vec<usize> = Method::ALL
        .iter()
        .map(|m| {
            all_rows.iter().map(|r| width(&cell(r, *m, lang))).chain([width(&header(*m, lang))]).max().unwrap_or(0)
        })
        .collect();
    let line = |label: &str, cells: Vec<String>| -> String {
        let mut s = pad(label, label_w);
        for (c, w) in cells.iter().zip(&col_w) {
            s.push_str("  ");
            s.push_str(&pad(c, *w));
        }
        format!("{}\n", s.trim_end())
    };
    out.push_str(&line(t(Msg::TableRequirement), Method::ALL.iter().map(|m| header(*m, lang)).collect()));
    let total = label_w + col_w.iter().map(|w| w + 2).sum::<usize>();
    out.push_str(&format!("{}\n", "-".repeat(total)));
    for r in TABLE.iter() {
        out.push_str(&line(r.label.get(lang), Method::ALL.iter().map(|m| cell(r, *m, lang)).collect()));
    }
    out.push_str(&format!("\n{}\n", t(Msg::TableExtraHeading)));
    for r in EXTRA_ROWS.iter() {
        out.push_str(&line(r.label.get(lang), Method::ALL.iter().map(|m| cell(r, *m, lang)).collect()));
    }
    out.push('\n');
    for m in Method::ALL {
        out.push_str(&format!("{}: {}\n", short(m).get(lang), m.label().get(lang)));
    }
    out.push_str(&format!("\n{}\n", t(Msg::TableNotes)));
    for n in NUANCES.iter() {
        out.push_str(&format!(
            "[{}] {}\n     {}: {}\n",
            n.id,
            n.text.get(lang),
            t(Msg::TableSource),
            link_text(&n.link, lang)
        ));
    }
    out.push_str(&format!("\n{}: {}\n", t(Msg::TableSource), link_text(&crate::engine::table::LEARN_GUIDE, lang)));
    out.push_str(&format!("{}: {}\n", t(Msg::TableSource), link_text(&crate::engine::table::ARTICLE, lang)));
    out
}

fn table_markdown(lang: Lang) -> String {
    let t = |m: Msg| msg(m, lang);
    let mut out = format!("## {}\n\n", t(Msg::TableHeading));
    let head = |out: &mut String| {
        out.push_str(&format!("| {} |", t(Msg::TableRequirement)));
        for m in Method::ALL {
            let notes: Vec<&str> = nuances_for_column(m).map(|n| n.id).collect();
            let sup = if notes.is_empty() { String::new() } else { format!(" [{}]", notes.join(",")) };
            out.push_str(&format!(" {}{} |", md_escape(m.label().get(lang)), sup));
        }
        out.push_str("\n|---|:---:|:---:|:---:|\n");
    };
    let rows = |out: &mut String, rows: &[Row]| {
        for r in rows {
            out.push_str(&format!("| {} |", md_escape(r.label.get(lang))));
            for m in Method::ALL {
                out.push_str(&format!(" {} |", cell(r, m, lang)));
            }
            out.push('\n');
        }
    };
    head(&mut out);
    rows(&mut out, &TABLE);
    out.push_str(&format!("\n### {}\n\n", t(Msg::TableExtraHeading)));
    head(&mut out);
    rows(&mut out, &EXTRA_ROWS);
    out.push_str(&format!("\n### {}\n\n", t(Msg::TableNotes)));
    for n in NUANCES.iter() {
        out.push_str(&format!("- **{}** {} ({})\n", n.id, md_escape(n.text.get(lang)), md_link(&n.link, lang)));
    }
    out.push_str(&format!(
        "\n{}: {}; {}\n",
        t(Msg::TableSource),
        md_link(&crate::engine::table::LEARN_GUIDE, lang),
        md_link(&crate::engine::table::ARTICLE, lang)
    ));
    out
}

fn table_json(lang: Lang) -> String {
    let row = |r: &Row| {
        json!({
            "requirement": r.requirement.id(),
            "label": r.label.get(lang),
            "help": r.help.get(lang),
            "in_article_table": r.requirement.in_article_table(),
            "values": Method::ALL.iter().map(|m| (m.id().to_string(), json!(r.value(*m)))).collect::<serde_json::Map<_, _>>(),
            "nuances": Method::ALL.iter().map(|m| (m.id().to_string(), json!(nuances_for_cell(r.requirement, *m).map(|n| n.id).collect::<Vec<_>>()))).collect::<serde_json::Map<_, _>>(),
            "link": {"title": r.link.title.get(lang), "url": r.link.url},
        })
    };
    let v = json!({
        "lang": lang.code(),
        "methods": Method::ALL.iter().map(|m| json!({
            "id": m.id(),
            "label": m.label().get(lang),
            "summary": m.summary().get(lang),
            "nuances": nuances_for_column(*m).map(|n| n.id).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "rows": TABLE.iter().chain(EXTRA_ROWS.iter()).map(row).collect::<Vec<_>>(),
        "nuances": NUANCES.iter().map(|n| json!({
            "id": n.id,
            "text": n.text.get(lang),
            "link": {"title": n.link.title.get(lang), "url": n.link.url},
        })).collect::<Vec<_>>(),
    });
    super::pretty(&v)
}

/// The catalogue.
pub fn rules(format: Format, lang: Lang) -> String {
    match format {
        Format::Markdown => rules::rules_markdown(lang),
        Format::Json => super::pretty(&Value::Array(rules::registry().iter().map(|r| rule_json(r, lang)).collect())),
        _ => {
            let reg = rules::registry();
            let id_w = reg.iter().map(|r| r.meta.id.len()).max().unwrap_or(0);
            let sev_w = reg.iter().map(|r| width(r.meta.default_severity.label().get(lang))).max().unwrap_or(0);
            let mut out = format!("{}\n\n", msg(Msg::RulesHeading, lang));
            for r in reg {
                let m = &r.meta;
                out.push_str(&format!(
                    "{}  {}  {}\n",
                    pad(m.id, id_w),
                    pad(m.default_severity.label().get(lang), sev_w),
                    m.title.get(lang)
                ));
            }
            out.push_str(&format!("\n{}\n", msg(Msg::RulesHint, lang)));
            out
        }
    }
}

/// One rule's documentation; `None` for an unknown id.
pub fn rule(id: &str, format: Format, lang: Lang) -> Option<String> {
    let r = rules::rule(id)?;
    let m = &r.meta;
    let t = |en, ja| Text::new(en, ja).get(lang);
    let kinds: Vec<&str> = m.applies_to.iter().map(|k| k.id()).collect();
    Some(match format {
        Format::Json => super::pretty(&rule_json(r, lang)),
        Format::Markdown => rules::rule_markdown(r, lang),
        _ => {
            let mut out = format!("{} — {}\n\n", m.id, m.title.get(lang));
            out.push_str(&format!(
                "{}: {}   {}: {}   {}: {}\n{}: {}\n\n",
                t("Severity", "重大度"),
                m.default_severity.label().get(lang),
                t("Status", "状態"),
                m.status.label().get(lang),
                t("Since", "導入バージョン"),
                m.since,
                t("Applies to", "対象"),
                kinds.join(", ")
            ));
            for (h, body) in [
                (t("What it checks", "確認する内容"), m.what.get(lang)),
                (t("Why it matters", "重要な理由"), m.why.get(lang)),
                (t("How to fix", "対処方法"), m.fix.get(lang)),
            ] {
                out.push_str(&format!("{h}\n  {body}\n\n"));
            }
            out.push_str(&format!("{}\n", t("Sources", "出典")));
            for l in m.links {
                out.push_str(&format!("  - {}\n", link_text(l, lang)));
            }
            out
        }
    })
}

fn rule_json(r: &Rule, lang: Lang) -> Value {
    let m = &r.meta;
    json!({
        "id": m.id,
        "severity": m.default_severity.id(),
        "status": m.status.id(),
        "since": m.since,
        "title": m.title.get(lang),
        "what": m.what.get(lang),
        "why": m.why.get(lang),
        "fix": m.fix.get(lang),
        "applies_to": m.applies_to.iter().map(|k| k.id()).collect::<Vec<_>>(),
        "links": m.links.iter().map(|l| json!({"title": l.title.get(lang), "url": if l.url.is_empty() { Value::Null } else { json!(l.url) }})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_cells() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("はい"), 4);
        assert_eq!(width("ポータル サイト"), 15);
    }

    #[test]
    fn tables_carry_every_row_and_note_in_both_languages() {
        for lang in Lang::ALL {
            for f in [Format::Text, Format::Markdown, Format::Json] {
                let s = table(f, lang);
                for r in TABLE.iter().chain(EXTRA_ROWS.iter()) {
                    assert!(s.contains(r.label.get(lang)) || f == Format::Markdown, "{:?}", r.requirement);
                }
                for n in NUANCES.iter() {
                    assert!(s.contains(n.id));
                }
            }
        }
    }
}
