//! The Markdown report for pull-request comments: every string from the input escaped or fenced.

use super::{compact, confidence_label, status_label, variant_label, Report, TOOL_NAME, TOOL_VERSION};
use crate::engine::i18n::{LText, Lang, Link, Text};
use crate::engine::model::Object;
use crate::engine::recommend::Recommendation;
use crate::engine::rules::{CheckStatus, Checklist, Finding, Severity};
use crate::engine::table::{Method, Requirement};
use std::fmt::Write as _;

impl<'a> Report<'a> {
    /// A report for a pull-request comment. Every string that comes from the input (names,
    /// values, file names, excerpts) is escaped or fenced so it cannot inject links or HTML.
    /// The Markdown report; findings below `min` left out. Reached through
    /// [`Report::render`].
    pub(super) fn to_markdown_filtered(&self, min: Severity) -> String {
        let a = self.analysis;
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let mut out = String::new();
        let title = t("ADE Auth Advisor report", "ADE 認証アドバイザー レポート");
        match self.tenant() {
            Some(tenant) => {
                let _ = write!(out, "# {title}: {}\n\n", md_escape(tenant));
            }
            None => {
                let _ = write!(out, "# {title}\n\n");
            }
        }
        let (errors, warnings, infos) = a.counts();
        let _ = write!(
            out,
            "| {} | {} | {} | {} | {} |\n|---:|---:|---:|---:|---:|\n| {} | {} | {} | {} | {} |\n\n",
            t("Objects", "オブジェクト"),
            t("Errors", "エラー"),
            t("Warnings", "警告"),
            t("Infos", "情報"),
            t("Unreadable inputs", "読み取れない入力"),
            a.objects.len(),
            errors,
            warnings,
            infos,
            a.errors.len()
        );
        if min != Severity::Info {
            let _ = write!(
                out,
                "_{} {}_\n\n",
                t("Findings shown at severity", "表示している指摘の重大度:"),
                severity_floor_label(min, lang)
            );
        }

        if let Some(r) = &a.recommendation {
            self.md_recommendation(&mut out, r);
        }

        if !a.errors.is_empty() {
            let _ = write!(out, "## {}\n\n", t("Inputs that could not be read", "読み取れなかった入力"));
            for e in &a.errors {
                let place = match (e.line, e.column) {
                    (Some(l), Some(c)) => format!("{}:{l}:{c}", md_escape(&e.source)),
                    _ => md_escape(&e.source),
                };
                let _ = writeln!(out, "- **{place}** — {}", md_escape(e.message.get(lang)));
                if let Some(ex) = &e.excerpt {
                    let body = match &e.caret {
                        Some(c) => format!("{ex}\n{c}"),
                        None => ex.clone(),
                    };
                    out.push_str(&indent(&code_block(&body), "  "));
                }
            }
            out.push('\n');
        }

        if a.objects.is_empty() {
            let _ = write!(
                out,
                "{}\n\n",
                t("No object was found in the input.", "入力にオブジェクトが見つかりませんでした。")
            );
        }
        for o in a.objects.iter().filter(|o| !self.counted_only(o)) {
            self.md_object(&mut out, o, min);
        }
        #[cfg(not(target_arch = "wasm32"))]
        self.md_unrecognised(&mut out);
        let orphans: Vec<&Finding> = self.visible_findings(min).filter(|f| f.object.is_none()).collect();
        if !orphans.is_empty() {
            let _ = write!(out, "## {}\n\n", t("Other findings", "その他の指摘"));
            for f in orphans {
                self.md_finding(&mut out, f);
            }
        }
        if let Some(c) = &a.checklist {
            self.md_checklist(&mut out, c);
        }
        if let Some(plans) = self.plans.filter(|p| !p.is_empty()) {
            out.push_str(&crate::engine::plan::plans_markdown(plans, &a.objects, lang));
        }
        if self.tenant().is_none() {
            out.push_str(&markdown_footer(lang));
        }
        out
    }

    /// The recommendation section alone, as Markdown (empty without requirements).
    pub fn recommendation_markdown(&self) -> String {
        let mut out = String::new();
        if let Some(r) = &self.analysis.recommendation {
            self.md_recommendation(&mut out, r);
        }
        out
    }

    fn md_recommendation(&self, out: &mut String, r: &Recommendation) {
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let _ = write!(out, "## {}\n\n", t("Recommendation", "推奨"));
        let reqs: Vec<String> = r.requirements.iter().map(|q| q.row().label.get(lang).to_string()).collect();
        let _ = write!(
            out,
            "**{}** {}\n\n",
            t("Requirements:", "要件:"),
            if reqs.is_empty() { t("none", "なし").to_string() } else { md_escape(&reqs.join(" · ")) }
        );
        match r.recommended {
            Some(m) => {
                out.push_str(&format!("**{}** {}\n\n", t("Recommended method:", "推奨する方法:"), m.label().get(lang)))
            }
            None => out.push_str(&format!(
                "**{}**\n\n",
                t("No method meets every requirement.", "すべての要件を満たす方法はありません。")
            )),
        }
        let _ = write!(out, "{}\n\n", md_escape(r.why.get(lang)));
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            t("Method", "方法"),
            t("Fits", "適合"),
            t("Not met", "満たさない要件")
        );
        for f in &r.methods {
            let unmet: Vec<&str> = f.unmet.iter().map(|u| u.requirement.row().label.get(lang)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                f.method.label().get(lang),
                if f.fits { "✅" } else { "❌" },
                md_escape(&unmet.join(", "))
            );
        }
        out.push('\n');
        let reasons: Vec<(&Method, &crate::engine::recommend::Unmet)> =
            r.methods.iter().flat_map(|f| f.unmet.iter().map(move |u| (&f.method, u))).collect();
        if !reasons.is_empty() {
            let _ = write!(out, "### {}\n\n", t("Reasons", "理由"));
            for (m, u) in reasons {
                let _ = writeln!(
                    out,
                    "- {} — {}: {}",
                    m.label().get(lang),
                    u.requirement.row().label.get(lang),
                    md_escape(u.reason.get(lang))
                );
            }
            out.push('\n');
        }
        if !r.conflicts.is_empty() {
            let _ = write!(out, "### {}\n\n", t("Conflicting requirements", "両立しない要件"));
            for c in &r.conflicts {
                let names: Vec<&str> = c.requirements.iter().map(|q| q.row().label.get(lang)).collect();
                let _ = writeln!(out, "- **{}** — {}", md_escape(&names.join(" + ")), md_escape(c.why.get(lang)));
                for res in &c.resolutions {
                    let _ = writeln!(out, "  - {}", md_escape(res.text.get(lang)));
                }
            }
            out.push('\n');
        }
        if !r.warnings.is_empty() {
            let _ = write!(out, "### {}\n\n", t("Warnings", "注意"));
            for w in &r.warnings {
                let _ = write!(out, "- {}", md_escape(w.text.get(lang)));
                let links: Vec<String> = w.links.iter().map(|l| md_link(l, lang)).collect();
                if !links.is_empty() {
                    let _ = write!(out, " ({})", links.join("; "));
                }
                out.push('\n');
            }
            out.push('\n');
        }
        if !r.nuances.is_empty() {
            let _ = write!(out, "### {}\n\n", t("Microsoft's nuances", "Microsoft の文書上の補足"));
            for n in &r.nuances {
                let _ = writeln!(out, "- **{}** {} ({})", n.id, md_escape(n.text.get(lang)), md_link(&n.link, lang));
            }
            out.push('\n');
        }
    }

    fn md_object(&self, out: &mut String, o: &Object, min: Severity) {
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let name = o.name().map(md_escape).unwrap_or_else(|| t("(no name)", "(名前なし)").to_string());
        let _ = write!(out, "## {} {}: {}\n\n", t("Object", "オブジェクト"), o.index, name);
        let pos = self.position(o.input, &o.pointer);
        let place = match pos {
            Some(p) => format!("{} ({}:{})", md_escape(&o.location()), p.line, p.column),
            None => md_escape(&o.location()),
        };
        let _ = writeln!(
            out,
            "| | |\n|---|---|\n| {} | {} |\n| {} | {} |",
            t("Source", "入力"),
            place,
            t("Kind", "種類"),
            o.kind.id()
        );
        if let Some(c) = &o.classification {
            let method = match c.method {
                Some(m) => m.label().get(lang).to_string(),
                None => t("not determined", "判定できません").to_string(),
            };
            let variant = c.variant.map(|v| format!(" ({})", variant_label(v).get(lang))).unwrap_or_default();
            let _ = writeln!(out, "| {} | {}{} |", t("Method", "認証方法"), method, variant);
            let _ = writeln!(out, "| {} | {} |", t("Confidence", "確度"), confidence_label(c.confidence).get(lang));
            if let Some(r) = &c.reason {
                let _ = writeln!(out, "| {} | {} |", t("Reason", "理由"), md_escape(r.get(lang)));
            }
            if !c.evidence.is_empty() {
                let ev: Vec<String> = c
                    .evidence
                    .iter()
                    .map(|e| {
                        let at = self
                            .evidence_position(o, e)
                            .map(|p| format!(" ({}:{})", p.line, p.column))
                            .unwrap_or_default();
                        format!("{} = {}{}", md_escape(&e.pointer), md_escape(&compact(&e.value)), at)
                    })
                    .collect();
                let _ = writeln!(out, "| {} | {} |", t("Evidence", "根拠"), ev.join("<br>"));
            }
        }
        if let Some(fit) = self.analysis.fit_for(o.index) {
            let verdict = if fit.meets {
                t("meets the stated requirements", "示された要件を満たします").to_string()
            } else if fit.missed.is_empty() {
                t("cannot tell from this input", "この入力からは判断できません").to_string()
            } else {
                let missed: Vec<&str> = fit.missed.iter().map(|r| r.row().label.get(lang)).collect();
                format!("{} {}", t("misses:", "満たさない要件:"), md_escape(&missed.join(", ")))
            };
            let _ = writeln!(out, "| {} | {} |", t("Fit", "適合"), verdict);
            // Requirements with a reason each: "requirement — reason", one per line.
            let reasons_row = |out: &mut String, label: &str, items: Vec<(Requirement, &LText)>| {
                if items.is_empty() {
                    return;
                }
                let cells: Vec<String> = items
                    .iter()
                    .map(|(r, why)| format!("{} — {}", md_escape(r.row().label.get(lang)), md_escape(why.get(lang))))
                    .collect();
                let _ = writeln!(out, "| {} | {} |", label, cells.join("<br>"));
            };
            reasons_row(
                out,
                t("Met in practice", "実際には満たす要件"),
                fit.in_practice.iter().map(|p| (p.requirement, &p.reason)).collect(),
            );
            reasons_row(
                out,
                t("Cannot tell from this input", "この入力からは判断できない要件"),
                fit.unknown.iter().map(|u| (u.requirement, &u.reason)).collect(),
            );
            if !fit.meets {
                let _ = writeln!(out, "| {} | {} |", t("Fix", "対処"), md_escape(fit.fix.get(lang)));
            }
        }
        if !o.unknown_keys.is_empty() {
            let keys: Vec<String> = o.unknown_keys.iter().map(|k| md_escape(k)).collect();
            let _ = writeln!(out, "| {} | {} |", t("Unknown keys", "不明なキー"), keys.join(", "));
        }
        out.push('\n');
        let findings: Vec<&Finding> = self.analysis.findings_for(o.index).filter(|f| f.severity <= min).collect();
        if findings.is_empty() {
            let _ = write!(out, "{}\n\n", t("No findings.", "指摘はありません。"));
        } else {
            let _ = write!(out, "### {}\n\n", t("Findings", "指摘"));
            for f in findings {
                self.md_finding(out, f);
            }
        }
    }

    /// The objects counted rather than listed, by folder (`check` on folders).
    #[cfg(not(target_arch = "wasm32"))]
    fn md_unrecognised(&self, out: &mut String) {
        let t = |en, ja| self.tr(en, ja);
        let (unrecognised, no_profile) = self.unrecognised_by_folder();
        if no_profile {
            let _ = write!(
                out,
                "**{}**\n\n",
                t(
                    "No ADE enrollment profile or enrollment policy was found in these files.",
                    "これらのファイルには ADE 登録プロファイルも登録ポリシーもありませんでした。"
                )
            );
        }
        if unrecognised.is_empty() {
            return;
        }
        let n: usize = unrecognised.iter().map(|(_, n)| n).sum();
        let _ = write!(
            out,
            "## {}\n\n{}\n\n| {} | {} |\n|---|---:|\n",
            t("Not recognised", "認識できないオブジェクト"),
            t(
                "{n} object(s) were not recognised, so they were not checked (the JSON report lists each one).",
                "{n} 個のオブジェクトは認識できないため、確認していません (JSON レポートには 1 つずつ記載されます)。"
            )
            .replace("{n}", &n.to_string()),
            t("Folder", "フォルダー"),
            t("Objects", "オブジェクト"),
        );
        for (folder, n) in unrecognised {
            let shown = if folder.is_empty() {
                t("(no folder)", "(フォルダーなし)").to_string()
            } else {
                md_escape(folder)
            };
            let _ = writeln!(out, "| {shown} | {n} |");
        }
        out.push('\n');
    }

    fn md_finding(&self, out: &mut String, f: &Finding) {
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let at = self
            .finding_position(f)
            .map(|p| format!(" — {}:{}:{}", md_escape(&f.source), p.line, p.column))
            .unwrap_or_default();
        let _ =
            write!(out, "#### {} {} `{}`{}\n\n", severity_icon(f.severity), f.severity.label().get(lang), f.rule, at);
        let _ = write!(out, "{}\n\n", md_escape(f.message.get(lang)));
        if !f.pointer.is_empty() {
            let _ = writeln!(out, "- **{}** {}", t("Key:", "キー:"), md_escape(&f.pointer));
        }
        let _ = writeln!(out, "- **{}** {}", t("Why:", "理由:"), md_escape(f.why.get(lang)));
        let _ = writeln!(out, "- **{}** {}", t("Fix:", "対処:"), md_escape(f.fix.get(lang)));
        if !f.links.is_empty() {
            let links: Vec<String> = f.links.iter().map(|l| md_link(l, lang)).collect();
            let _ = writeln!(out, "- **{}** {}", t("Sources:", "出典:"), links.join("; "));
        }
        out.push('\n');
    }

    fn md_checklist(&self, out: &mut String, c: &Checklist) {
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let _ = write!(
            out,
            "## {}\n\n",
            t(
                "Checklist: Company Portal vanishing from devices",
                "チェックリスト: ポータル サイトがデバイスから消える"
            )
        );
        for i in &c.items {
            let mark = match i.status {
                CheckStatus::Passed { .. } => "[x]",
                _ => "[ ]",
            };
            let _ = writeln!(
                out,
                "- {mark} **{}** — {}: {}\n  - {} {}",
                md_escape(i.label.get(lang)),
                status_label(&i.status).get(lang),
                md_escape(i.hint.get(lang)),
                t("Where:", "場所:"),
                md_escape(i.click_path.get(lang))
            );
            if let Some(read) = i.read_text() {
                let _ = writeln!(out, "  - {}", md_escape(read.get(lang)));
            }
        }
        out.push('\n');
    }
}

/// The last line of a Markdown report: which tool and version wrote it.
pub fn markdown_footer(lang: Lang) -> String {
    format!("---\n_{} {TOOL_NAME} {TOOL_VERSION}_\n", Text::new("Generated by", "生成:").get(lang))
}

fn severity_floor_label(min: Severity, lang: Lang) -> String {
    let above = Text::new("and above", "以上").get(lang);
    format!("{} {above}", min.label().get(lang))
}

fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "🛑",
        Severity::Warning => "⚠️",
        Severity::Info => "ℹ️",
    }
}

/// Escapes text for Markdown (GitHub Flavored): every ASCII punctuation character that can
/// start markup gets a backslash, and line breaks become spaces, so text from the input can
/// never open a link, an image, HTML, emphasis, code or a table cell.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+' | '!' | '|' | '~'
            | '&' | '$' | ':' | '"' | '\'' | '=' | '%' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn md_link(l: &Link, lang: Lang) -> String {
    if l.url.is_empty() {
        md_escape(l.title.get(lang))
    } else {
        format!("[{}]({})", md_escape(l.title.get(lang)), l.url)
    }
}

/// A fenced code block whose fence cannot be closed by the content.
fn code_block(body: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in body.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat((longest + 1).max(3));
    let body: String = body.chars().filter(|c| *c == '\n' || !c.is_control()).collect();
    format!("{fence}text\n{body}\n{fence}\n")
}

fn indent(s: &str, prefix: &str) -> String {
    s.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PROFILE};
    use super::super::to_markdown;
    use super::*;

    #[test]
    fn markdown_escapes_names() {
        let (a, inputs) = run(&[("p.json", PROFILE)], None);
        let md = to_markdown(&a, &inputs, Lang::En);
        assert!(!md.contains("<script>"));
        assert!(!md.contains("[x](javascript"));
        assert!(md.contains("\\<script\\>"));
    }

    #[test]
    fn code_fences_outgrow_backticks() {
        assert!(code_block("a ```` b").starts_with("`````text"));
    }
}
