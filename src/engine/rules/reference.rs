//! The rules reference (`docs/rules.md`, `docs/rules.ja.md` and the in-app page), generated from the registry.

use super::{Rule, REGISTRY};
use crate::engine::i18n::{Lang, Text};

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The rules reference page, generated from the registry. `docs/rules.md` (EN) and
/// `docs/rules.ja.md` (JA) hold its output; a test fails when they are stale.
pub fn rules_markdown(lang: Lang) -> String {
    let t = |en: &'static str, ja: &'static str| Text::new(en, ja).get(lang);
    let mut out = String::new();
    out.push_str(t("# Rules reference\n\n", "# ルール一覧\n\n"));
    out.push_str(t(
        "<!-- Generated from the rule registry (src/engine/rules). Do not edit: run `ADE_BLESS=1 cargo test --test engine_rules` to regenerate. -->\n\n",
        "<!-- ルールの登録簿 (src/engine/rules) から生成しています。編集しないでください。再生成: `ADE_BLESS=1 cargo test --test engine_rules` -->\n\n",
    ));
    out.push_str(t(
        "Each rule checks one thing in the pasted JSON and reports a finding with what is wrong, why it matters and how to fix it. Ids are stable and never reused.\n\n",
        "各ルールは貼り付けた JSON の 1 つの点を確認し、問題の内容・重要な理由・対処方法を示します。ID は固定で、再利用されることはありません。\n\n",
    ));
    out.push_str(t("| Id | Severity | Status | Since | Title |\n", "| ID | 重大度 | 状態 | 導入 | タイトル |\n"));
    out.push_str("|---|---|---|---|---|\n");
    for r in REGISTRY.iter() {
        let m = &r.meta;
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} | {} |\n",
            m.id,
            m.id,
            m.default_severity.label().get(lang),
            m.status.label().get(lang),
            m.since,
            md_escape(m.title.get(lang))
        ));
    }
    out.push('\n');
    for r in REGISTRY.iter() {
        out.push_str(&rule_markdown(r, lang));
        out.push('\n');
    }
    out
}

/// One rule's documentation as Markdown (`## id`, what, why, how to fix, sources): the
/// section of `docs/rules.md` and the CLI's `ade-advisor rules ID --format markdown`.
pub fn rule_markdown(r: &Rule, lang: Lang) -> String {
    let t = |en: &'static str, ja: &'static str| Text::new(en, ja).get(lang);
    let m = &r.meta;
    let mut out = format!("## {}\n\n**{}**\n\n", m.id, m.title.get(lang));
    let kinds: Vec<String> = m.applies_to.iter().map(|k| format!("`{}`", k.id())).collect();
    out.push_str(&format!(
        "- {}: {}\n- {}: {}\n- {}: {}\n- {}: {}\n\n",
        t("Severity", "重大度"),
        m.default_severity.label().get(lang),
        t("Status", "状態"),
        m.status.label().get(lang),
        t("Since", "導入バージョン"),
        m.since,
        t("Applies to", "対象"),
        kinds.join(", ")
    ));
    out.push_str(&format!("### {}\n\n{}\n\n", t("What it checks", "確認する内容"), m.what.get(lang)));
    out.push_str(&format!("### {}\n\n{}\n\n", t("Why it matters", "重要な理由"), m.why.get(lang)));
    out.push_str(&format!(
        "### {}\n\n{}\n",
        t("How to fix", "対処方法"),
        crate::engine::steps::documented_markdown(m.fix, lang, t("Field:", "フィールド:"))
    ));
    out.push_str(&format!("### {}\n\n", t("Sources", "出典")));
    for l in m.links {
        if l.url.is_empty() {
            out.push_str(&format!("- {}\n", l.title.get(lang)));
        } else {
            out.push_str(&format!("- [{}]({})\n", l.title.get(lang), l.url));
        }
    }
    out
}
