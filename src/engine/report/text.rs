//! Terminal text: the report and the recommendation, with ANSI colours only when asked.

use super::{compact, confidence_label, status_label, variant_label, Report};
use crate::engine::i18n::{Lang, Text};
use crate::engine::recommend::Recommendation;
use crate::engine::rules::{CheckStatus, Finding, Severity};
use crate::engine::table::Requirement;
use std::fmt::Write as _;

impl<'a> Report<'a> {
    /// Human text for a terminal; ANSI colours only when `color`; findings below `min` left out; input errors
    /// listed first when `input_errors` (the CLI prints them on stderr instead). Reached
    /// through [`Report::render`].
    pub(super) fn to_text_with(&self, color: bool, min: Severity, input_errors: bool) -> String {
        let a = self.analysis;
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let st = Style { color };
        let mut out = String::new();
        for e in a.errors.iter().filter(|_| input_errors) {
            let place = match (e.line, e.column) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", e.source),
                _ => e.source.clone(),
            };
            let _ = writeln!(
                out,
                "{} {}: {}",
                st.red(&st.bold(t("error", "エラー"))),
                st.bold(&place),
                clean(e.message.get(lang))
            );
            if let Some(ex) = &e.excerpt {
                let _ = writeln!(out, "    {}", clean(ex));
                if let Some(c) = &e.caret {
                    let _ = writeln!(out, "    {}", st.red(&clean(c)));
                }
            }
            out.push('\n');
        }
        for o in a.objects.iter().filter(|o| !self.counted_only(o)) {
            let name = o.name().map(clean).unwrap_or_else(|| t("(no name)", "(名前なし)").to_string());
            let at =
                self.position(o.input, &o.pointer).map(|p| format!(" ({}:{})", p.line, p.column)).unwrap_or_default();
            let _ = writeln!(out, "{} {}  [{}]", st.bold(&format!("#{}", o.index)), st.bold(&name), o.kind.id());
            let _ = writeln!(out, "    {}{}", st.dim(&clean(&o.location())), st.dim(&at));
            if let Some(c) = &o.classification {
                let method = match c.method {
                    Some(m) => st.cyan(m.label().get(lang)),
                    None => t("not determined", "判定できません").to_string(),
                };
                let variant = c.variant.map(|v| format!(" ({})", variant_label(v).get(lang))).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    {}: {}{}  ({}: {})",
                    t("Method", "認証方法"),
                    method,
                    variant,
                    t("confidence", "確度"),
                    confidence_label(c.confidence).get(lang)
                );
                if let Some(r) = &c.reason {
                    let _ = writeln!(out, "    {}", clean(r.get(lang)));
                }
                for e in &c.evidence {
                    let at =
                        self.evidence_position(o, e).map(|p| format!(" ({}:{})", p.line, p.column)).unwrap_or_default();
                    let _ = writeln!(out, "      {} = {}{}", clean(&e.pointer), clean(&compact(&e.value)), st.dim(&at));
                }
            }
            if let Some(fit) = a.fit_for(o.index) {
                if fit.meets {
                    let _ = writeln!(
                        out,
                        "    {}",
                        st.green(t("Meets the stated requirements.", "示された要件を満たします。"))
                    );
                } else if !fit.missed.is_empty() {
                    let missed: Vec<&str> = fit.missed.iter().map(|r| r.row().label.get(lang)).collect();
                    let _ = writeln!(out, "    {} {}", st.red(t("Misses:", "満たさない要件:")), missed.join(", "));
                }
                for u in &fit.unknown {
                    let _ = writeln!(
                        out,
                        "    {} {} — {}",
                        st.yellow(t("Cannot tell from this input:", "この入力からは判断できない要件:")),
                        u.requirement.row().label.get(lang),
                        clean(u.reason.get(lang))
                    );
                }
                if !fit.meets && fit.missed.is_empty() {
                    let _ = writeln!(out, "    {} {}", t("Fix:", "対処:"), clean(fit.fix.get(lang)));
                }
                for p in &fit.in_practice {
                    let _ = writeln!(
                        out,
                        "    {} {} — {}",
                        t("Met in practice:", "実際には満たす要件:"),
                        p.requirement.row().label.get(lang),
                        clean(p.reason.get(lang))
                    );
                }
            }
            for f in a.findings_for(o.index).filter(|f| f.severity <= min) {
                self.text_finding(&mut out, f, &st);
            }
            out.push('\n');
        }
        for f in self.visible_findings(min).filter(|f| f.object.is_none()) {
            self.text_finding(&mut out, f, &st);
        }
        let (unrecognised, no_profile) = self.unrecognised_by_folder();
        if no_profile {
            let _ = writeln!(
                out,
                "{}\n",
                st.yellow(t(
                    "No ADE enrollment profile or enrollment policy was found in these files.",
                    "これらのファイルには ADE 登録プロファイルも登録ポリシーもありませんでした。"
                ))
            );
        }
        if !unrecognised.is_empty() {
            let n: usize = unrecognised.iter().map(|(_, n)| n).sum();
            let _ =
                writeln!(
                out,
                "{}",
                st.bold(&t(
                    "Not recognised, so not checked: {n} object(s) (the JSON report lists each one)",
                    "認識できないため確認していないオブジェクト: {n} 個 (JSON レポートには 1 つずつ記載されます)"
                ).replace("{n}", &n.to_string()))
            );
            let width = unrecognised.iter().map(|(_, n)| n.to_string().len()).max().unwrap_or(1);
            for (folder, n) in &unrecognised {
                let shown = if folder.is_empty() { t("(no folder)", "(フォルダーなし)") } else { folder };
                let _ = writeln!(out, "  {n:>width$}  {}", clean(shown));
            }
            out.push('\n');
        }
        if let Some(r) = &a.recommendation {
            out.push_str(&recommendation_text(r, lang, color));
            out.push('\n');
        }
        if let Some(c) = &a.checklist {
            let _ = writeln!(
                out,
                "{}",
                st.bold(t(
                    "Checklist: Company Portal vanishing from devices",
                    "チェックリスト: ポータル サイトがデバイスから消える"
                ))
            );
            for i in &c.items {
                let (mark, label) = match i.status {
                    CheckStatus::Passed { .. } => (st.green("✔"), status_label(&i.status)),
                    CheckStatus::Problem { .. } => (st.red("✘"), status_label(&i.status)),
                    _ => (st.yellow("?"), status_label(&i.status)),
                };
                let _ = writeln!(
                    out,
                    "  {mark} {} — {}\n      {}",
                    i.label.get(lang),
                    label.get(lang),
                    clean(i.hint.get(lang))
                );
                if let Some(read) = i.read_text() {
                    let _ = writeln!(out, "      {}", clean(read.get(lang)));
                }
            }
            out.push('\n');
        }
        let (errors, warnings, infos) = a.counts();
        let _ = writeln!(
            out,
            "{}: {} {}, {} {}, {} {}, {} {}, {} {}",
            st.bold(t("Summary", "概要")),
            a.objects.len(),
            t("object(s)", "オブジェクト"),
            st.red(&errors.to_string()),
            t("error(s)", "エラー"),
            st.yellow(&warnings.to_string()),
            t("warning(s)", "警告"),
            infos,
            t("info", "情報"),
            a.errors.len(),
            t("unreadable input(s)", "読み取れない入力"),
        );
        if let Some(plans) = self.plans {
            out.push_str(&crate::engine::plan::plans_text(plans, &a.objects, lang));
        }
        out
    }

    fn text_finding(&self, out: &mut String, f: &Finding, st: &Style) {
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let sev = f.severity.label().get(lang);
        let sev = match f.severity {
            Severity::Error => st.red(&st.bold(sev)),
            Severity::Warning => st.yellow(&st.bold(sev)),
            Severity::Info => st.blue(&st.bold(sev)),
        };
        let at = self
            .finding_position(f)
            .map(|p| format!("{}:{}:{}", clean(&f.source), p.line, p.column))
            .unwrap_or_else(|| clean(&f.location()));
        let _ = writeln!(out, "  {sev} [{}] {}", f.rule, st.dim(&at));
        let _ = writeln!(out, "      {}", clean(f.message.get(lang)));
        let _ = writeln!(out, "      {} {}", st.bold(t("Fix:", "対処:")), clean(f.fix.get(lang)));
        for l in f.links {
            if l.url.is_empty() {
                let _ = writeln!(out, "      - {}", l.title.get(lang));
            } else {
                let _ = writeln!(out, "      - {}", l.url);
            }
        }
    }
}

/// The recommendation alone, as terminal text.
pub fn recommendation_text(r: &Recommendation, lang: Lang, color: bool) -> String {
    let st = Style { color };
    let t = |en, ja| Text::new(en, ja).get(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", st.bold(t("Recommendation", "推奨")));
    let reqs: Vec<&str> = r.requirements.iter().map(Requirement::id).collect();
    let _ = writeln!(
        out,
        "  {} {}",
        t("Requirements:", "要件:"),
        if reqs.is_empty() { t("none", "なし").to_string() } else { reqs.join(", ") }
    );
    match r.recommended {
        Some(m) => {
            out.push_str(&format!("  {} {}\n", t("Recommended:", "推奨:"), st.green(&st.bold(m.label().get(lang)))))
        }
        None => out.push_str(&format!(
            "  {}\n",
            st.red(t("No method meets every requirement.", "すべての要件を満たす方法はありません。"))
        )),
    }
    let _ = writeln!(out, "  {}", r.why.get(lang));
    for f in &r.methods {
        let mark = if f.fits { st.green("✔") } else { st.red("✘") };
        let _ = writeln!(out, "  {mark} {}", f.method.label().get(lang));
        for u in &f.unmet {
            let _ = writeln!(out, "      - {}: {}", u.requirement.row().label.get(lang), u.reason.get(lang));
        }
    }
    for c in &r.conflicts {
        let ids: Vec<&str> = c.requirements.iter().map(Requirement::id).collect();
        let _ = writeln!(
            out,
            "  {} {}: {}",
            st.yellow(t("Conflict:", "両立しない要件:")),
            ids.join(" + "),
            c.why.get(lang)
        );
        for res in &c.resolutions {
            let _ = writeln!(out, "      → {}", res.text.get(lang));
        }
    }
    for w in &r.warnings {
        let _ = writeln!(out, "  {} {}", st.yellow(t("Note:", "注意:")), w.text.get(lang));
    }
    for n in &r.nuances {
        let _ = writeln!(out, "  [{}] {}", n.id, n.text.get(lang));
    }
    out
}

/// Removes control characters (terminal escapes, newlines) from user text for terminals.
fn clean(s: &str) -> String {
    // Control characters are C0 (below 0x20), DEL, and C1 (U+0080..U+009F, encoded 0xC2 0x80..0x9F).
    if !s.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2) {
        return s.to_string();
    }
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

struct Style {
    color: bool,
}

impl Style {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn red(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    fn green(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    fn yellow(&self, s: &str) -> String {
        self.wrap("33", s)
    }
    fn blue(&self, s: &str) -> String {
        self.wrap("34", s)
    }
    fn cyan(&self, s: &str) -> String {
        self.wrap("36", s)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PROFILE};
    use super::super::to_text;
    use super::*;

    #[test]
    fn text_has_colour_only_when_asked() {
        let (a, inputs) = run(&[("p.json", PROFILE)], None);
        assert!(!to_text(&a, &inputs, Lang::En, false).contains('\x1b'));
        assert!(to_text(&a, &inputs, Lang::En, true).contains('\x1b'));
        assert!(!to_text(&a, &inputs, Lang::Ja, false).is_empty());
    }
}
