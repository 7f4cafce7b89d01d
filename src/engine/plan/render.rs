//! Switch plans as text (terminal), Markdown and JSON, in one language.

use super::{SwitchPlan, REVIEW_NOTE};
use crate::engine::i18n::{Lang, Text};
use crate::engine::json::Writer;
use crate::engine::model::Object;

const HEADING: Text = Text::new("How to switch", "切り替え方");
const FIELD: Text = Text::new("Field", "フィールド");
const LABEL: Text = Text::new("Admin-center label", "管理センターの表示名");
const NOW: Text = Text::new("Now", "現在");
const NEW: Text = Text::new("New", "変更後");
const NOT_SET: Text = Text::new("(not set)", "(未設定)");
const WHY: Text = Text::new("Why", "理由");
const STEPS: Text = Text::new("Steps", "手順");
const NOTE: Text = Text::new("Note", "注意");

fn name(objects: &[Object], index: usize) -> String {
    objects.get(index).map_or_else(String::new, |o| crate::engine::rules::display_name(o).to_string())
}

fn title(p: &SwitchPlan, objects: &[Object], lang: Lang) -> String {
    let n = name(objects, p.object);
    let (open, close) = if lang == Lang::Ja { ("「", "」") } else { ("\"", "\"") };
    format!("{open}{n}{close}: {} → {}", p.from.label().get(lang), p.to.label().get(lang))
}

/// The plans for a terminal (no colour), after a blank line; empty when there are none.
pub fn plans_text(plans: &[SwitchPlan], objects: &[Object], lang: Lang) -> String {
    if plans.is_empty() {
        return String::new();
    }
    let mut s = format!("\n{}\n", HEADING.get(lang));
    for p in plans {
        s.push_str(&format!("#{} {}\n", p.object, title(p, objects, lang)));
        s.push_str(&format!("    {}: {}\n", WHY.get(lang), p.why.get(lang)));
        for c in &p.changes {
            let from = c.from.as_deref().unwrap_or(NOT_SET.get(lang));
            s.push_str(&format!("    {} ({}): {from} → {}\n", c.key, c.label.get(lang), c.to));
        }
        s.push_str(&format!("    {}:\n", STEPS.get(lang)));
        s.push_str(&p.steps.text(lang, "      "));
        if let Some(g) = &p.graph {
            s.push_str(&format!("    {}\n", REVIEW_NOTE.get(lang)));
            s.push_str(&format!("      {} {}\n", g.method, g.url));
            for line in g.body.lines() {
                s.push_str(&format!("      {line}\n"));
            }
        }
        if let Some(ps) = &p.powershell {
            s.push_str("    PowerShell:\n");
            for line in ps.lines() {
                s.push_str(&format!("      {line}\n"));
            }
        }
        s.push_str(&format!("    {}\n", p.new_enrollments.get(lang)));
        s.push_str(&format!("    {}\n", p.enrolled_devices.get(lang)));
        for n in &p.notes {
            s.push_str(&format!("    {}: {}\n", NOTE.get(lang), n.get(lang)));
        }
    }
    s
}

/// Markdown table-cell text: no line breaks, pipes escaped (the plans' and the
/// comparison's tables).
pub fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The plans as a Markdown section (`## How to switch`); empty when there are none.
pub fn plans_markdown(plans: &[SwitchPlan], objects: &[Object], lang: Lang) -> String {
    if plans.is_empty() {
        return String::new();
    }
    let mut s = format!("## {}\n\n", HEADING.get(lang));
    for p in plans {
        s.push_str(&format!("### {}\n\n", md_cell(&title(p, objects, lang))));
        s.push_str(&format!("{}: {}\n\n", WHY.get(lang), p.why.get(lang)));
        s.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            FIELD.get(lang),
            LABEL.get(lang),
            NOW.get(lang),
            NEW.get(lang)
        ));
        for c in &p.changes {
            let from = c.from.as_deref().map_or_else(|| NOT_SET.get(lang).to_string(), |f| format!("`{}`", md_cell(f)));
            s.push_str(&format!("| `{}` | {} | {from} | `{}` |\n", c.key, md_cell(c.label.get(lang)), md_cell(&c.to)));
        }
        s.push_str(&format!("\n{}:\n\n{}\n", STEPS.get(lang), p.steps.markdown(lang, "", md_cell)));
        if let Some(g) = &p.graph {
            s.push_str(&format!(
                "> {}\n\n```http\n{} {}\nContent-Type: application/json\n\n{}\n```\n\n",
                REVIEW_NOTE.get(lang),
                g.method,
                g.url,
                g.body
            ));
        }
        if let Some(ps) = &p.powershell {
            s.push_str(&format!("```powershell\n{ps}\n```\n\n"));
        }
        s.push_str(&format!("- {}\n- {}\n", p.new_enrollments.get(lang), p.enrolled_devices.get(lang)));
        for n in &p.notes {
            s.push_str(&format!("- {}: {}\n", NOTE.get(lang), n.get(lang)));
        }
        s.push('\n');
    }
    s
}

/// The plans as a JSON array (docs/report-format.md, `plans`), written into `w`.
pub fn plans_json(w: &mut Writer, plans: &[SwitchPlan], lang: Lang) {
    w.begin_array();
    for p in plans {
        w.begin_object();
        w.key("object").uint(p.object);
        w.key("from").str(p.from.id());
        w.key("to").str(p.to.id());
        w.key("why").str(p.why.get(lang));
        w.key("changes").begin_array();
        for c in &p.changes {
            w.begin_object();
            w.key("key").str(c.key);
            w.key("pointer").opt_str(c.pointer.as_deref());
            w.key("label").str(c.label.get(lang));
            w.key("from").opt_str(c.from.as_deref());
            w.key("to").str(&c.to);
            w.end();
        }
        w.end();
        w.key("click_path").str(&p.click_path.prose(lang));
        w.key("steps");
        p.steps.json(w, lang, None);
        match &p.graph {
            Some(g) => {
                w.key("graph").begin_object();
                w.key("review").str(REVIEW_NOTE.get(lang));
                w.key("method").str(g.method);
                w.key("url").str(&g.url);
                w.key("body").str(&g.body);
                w.end();
            }
            None => {
                w.key("graph").null();
            }
        }
        w.key("powershell").opt_str(p.powershell.as_deref());
        w.key("new_enrollments").str(p.new_enrollments.get(lang));
        w.key("enrolled_devices").str(p.enrolled_devices.get(lang));
        w.key("notes").strs(p.notes.iter().map(|n| n.get(lang)));
        w.end();
    }
    w.end();
}
