//! Reports: one [`Analysis`] rendered as stable JSON, Markdown, SARIF 2.1.0 or terminal
//! text, in one language. Shared by the CLI and the web app's export buttons.
//!
//! The JSON shape is a public contract, documented in `docs/report-format.md`: keys are
//! never renamed or removed (new keys may be added). Every message is rendered in the
//! report's language as a plain string.
//!
//! Positions: a finding names a key by JSON pointer; the report turns it into a 1-based
//! line and column (in characters) with [`input::Locator`] (the answers of [`input::locate`],
//! scanning each input text once) on the input text, which is why
//! a [`Report`] is built from the same [`SourceText`]s the analysis read.
//!
//! Pure: no I/O, no clock; never panics.

use super::i18n::{Lang, Link, Text};
use super::input::{self, SourceText, Span};
use super::json::{self, Writer};
use super::model::{AffinityVariant, AuthMethod, Confidence, Evidence, InputError, Object, Setting};
use super::recommend::{ProfileFit, Recommendation};
use super::rules::{self, CheckStatus, Checklist, Finding, Severity};
use super::table::{Method, Requirement};
use super::Analysis;
use serde_json::{json, Value};
use std::fmt::Write as _;

/// The tool's name in every report.
pub const TOOL_NAME: &str = "ade-advisor";
/// The crate version.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Where the tool is described (SARIF `informationUri`): Microsoft's article on the
/// authentication methods the tool compares. The project has no public home page yet.
pub const INFORMATION_URI: &str =
    "https://learn.microsoft.com/mem/intune/enrollment/automated-device-enrollment-authentication";
/// Rule id used for input errors in SARIF (not a registry rule).
pub const INPUT_ERROR_RULE: &str = "invalid-input";
/// Version of the JSON report format (bumped only for incompatible changes, which the
/// contract forbids; additions keep it).
pub const FORMAT_VERSION: u32 = 1;

const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// A position in an input: 1-based line and column (characters), byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    /// Byte offset in the input as given (a byte-order mark included).
    pub offset: usize,
    /// Column just past the located key or value when it sits on one line.
    pub end_column: Option<usize>,
}

/// An analysis ready to be rendered, with the input texts its positions come from.
#[derive(Clone, Debug)]
pub struct Report<'a> {
    analysis: &'a Analysis,
    /// Per input index: its text (BOM removed) and the BOM length; `None` when the input
    /// was not UTF-8.
    texts: Vec<Option<(&'a str, usize)>>,
    /// Per input index: its display name.
    names: Vec<&'a str>,
    lang: Lang,
    /// Per input index: a locator, built on the first position asked in that input.
    locators: std::cell::RefCell<Vec<Option<input::Locator<'a>>>>,
}

impl<'a> Report<'a> {
    /// `inputs` must be the slice given to [`super::analyze`] (same order).
    pub fn new(analysis: &'a Analysis, inputs: &[SourceText<'a>], lang: Lang) -> Report<'a> {
        let texts = inputs
            .iter()
            .map(|s| {
                let (body, bom) = match s.bytes.strip_prefix(BOM) {
                    Some(rest) => (rest, BOM.len()),
                    None => (s.bytes, 0),
                };
                std::str::from_utf8(body).ok().map(|t| (t, bom))
            })
            .collect();
        let names = inputs.iter().map(|s| s.name).collect();
        let locators = std::cell::RefCell::new(inputs.iter().map(|_| None).collect());
        Report { analysis, texts, names, lang, locators }
    }

    pub fn analysis(&self) -> &Analysis {
        self.analysis
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn tr(&self, en: &'static str, ja: &'static str) -> &'static str {
        Text::new(en, ja).get(self.lang)
    }

    /// Where an absolute pointer sits in input `input`.
    pub fn position(&self, input: usize, absolute_pointer: &str) -> Option<Position> {
        let (text, bom) = (*self.texts.get(input)?)?;
        let span: Span = {
            let mut locators = self.locators.try_borrow_mut().ok()?;
            let slot = locators.get_mut(input)?;
            slot.get_or_insert_with(|| input::Locator::new(text)).locate(absolute_pointer)?
        };
        let end_column =
            text.get(span.start..span.end).filter(|s| !s.contains('\n')).map(|s| span.column + s.chars().count());
        Some(Position { line: span.line, column: span.column, offset: span.start + bom, end_column })
    }

    /// The input a finding belongs to (its object's input; else by source name).
    fn finding_input(&self, f: &Finding) -> Option<usize> {
        match f.object.and_then(|i| self.analysis.objects.get(i)) {
            Some(o) => Some(o.input),
            None => self.names.iter().position(|n| *n == &*f.source),
        }
    }

    /// Position of a finding's key.
    pub fn finding_position(&self, f: &Finding) -> Option<Position> {
        self.position(self.finding_input(f)?, &f.absolute_pointer())
    }

    fn evidence_position(&self, o: &Object, e: &Evidence) -> Option<Position> {
        self.position(o.input, &o.absolute_pointer(&e.pointer))
    }

    /// Findings visible at `min` severity or above (`Info` = all).
    pub fn visible_findings(&self, min: Severity) -> impl Iterator<Item = &'a Finding> {
        self.analysis.findings.iter().filter(move |f| f.severity <= min)
    }

    // -----------------------------------------------------------------------------------
    // JSON

    /// The stable JSON report (see `docs/report-format.md`) as a value.
    pub fn to_json(&self) -> Value {
        self.to_json_filtered(Severity::Info)
    }

    /// [`Report::to_json`] with findings below `min` left out.
    pub fn to_json_filtered(&self, min: Severity) -> Value {
        serde_json::from_str(&self.to_json_text_filtered(min)).unwrap_or(Value::Null)
    }

    /// The stable JSON report as pretty-printed text (no final line break), written
    /// directly: what the CLI prints and the page downloads.
    pub fn to_json_text(&self) -> String {
        self.to_json_text_filtered(Severity::Info)
    }

    /// [`Report::to_json_text`] with findings below `min` left out (`summary` still counts
    /// all).
    pub fn to_json_text_filtered(&self, min: Severity) -> String {
        let a = self.analysis;
        let lang = self.lang;
        let (errors, warnings, infos) = a.counts();
        let mut w = Writer::new();
        w.begin_object();
        w.key("tool").begin_object();
        w.key("name").str(TOOL_NAME);
        w.key("version").str(TOOL_VERSION);
        w.end();
        w.key("format_version").uint(FORMAT_VERSION as usize);
        w.key("lang").str(lang.code());
        w.key("summary").begin_object();
        w.key("inputs").uint(self.names.len());
        w.key("objects").uint(a.objects.len());
        w.key("errors").uint(errors);
        w.key("warnings").uint(warnings);
        w.key("infos").uint(infos);
        w.key("input_errors").uint(a.errors.len());
        w.end();
        w.key("objects").begin_array();
        for o in a.objects.iter() {
            self.object_json(&mut w, o);
        }
        w.end();
        w.key("findings").begin_array();
        for f in self.visible_findings(min) {
            self.finding_json(&mut w, f);
        }
        w.end();
        w.key("errors").begin_array();
        for e in &a.errors {
            input_error_json(&mut w, e, lang);
        }
        w.end();
        w.key("checklist");
        match &a.checklist {
            Some(c) => self.checklist_json(&mut w, c),
            None => {
                w.null();
            }
        }
        if let Some(r) = &a.recommendation {
            w.key("recommendation");
            write_recommendation(&mut w, r, lang);
        }
        w.end();
        w.finish()
    }

    fn object_json(&self, w: &mut Writer, o: &Object) {
        let lang = self.lang;
        let c = o.classification.as_ref();
        let pos = self.position(o.input, &o.pointer);
        let method = c.and_then(|c| c.method);
        w.begin_object();
        w.key("index").uint(o.index);
        w.key("source").str(&o.location());
        w.key("file").str(&o.source);
        w.key("pointer").str(&o.pointer);
        w.key("line").opt_uint(pos.map(|p| p.line));
        w.key("column").opt_uint(pos.map(|p| p.column));
        w.key("kind").str(o.kind.id());
        w.key("name").opt_str(o.name());
        w.key("method").opt_str(method.map(AuthMethod::id));
        w.key("method_label").opt_str(method.map(|x| auth_label(x).get(lang)));
        w.key("variant").opt_str(c.and_then(|c| c.variant).map(variant_id));
        w.key("confidence").opt_str(c.map(|c| confidence_id(c.confidence)));
        w.key("reason").opt_str(c.and_then(|c| c.reason.as_ref()).map(|r| r.get(lang)));
        w.key("evidence");
        self.evidence_list(w, o, c.map(|c| c.evidence.as_slice()).unwrap_or(&[]));
        w.key("contradictions").begin_array();
        for x in c.map(|c| c.contradictions.as_slice()).unwrap_or(&[]) {
            w.begin_object();
            w.key("id").str(x.id);
            w.key("message").str(x.message.get(lang));
            w.key("evidence");
            self.evidence_list(w, o, &x.evidence);
            w.end();
        }
        w.end();
        w.key("settings");
        match c {
            Some(c) => self.settings_json(w, o, &c.settings),
            None => {
                w.null();
            }
        }
        w.key("unknown_keys").strs(o.unknown_keys.iter().map(String::as_str));
        w.key("parent").opt_uint(o.parent);
        w.key("app_id").opt_str(o.app_id.as_deref());
        w.key("fit");
        match self.analysis.fit_for(o.index) {
            Some(f) => fit_json(w, f, lang),
            None => {
                w.null();
            }
        }
        w.end();
    }

    fn evidence_list(&self, w: &mut Writer, o: &Object, evidence: &[Evidence]) {
        w.begin_array();
        for e in evidence {
            self.evidence_json(w, o, e);
        }
        w.end();
    }

    fn evidence_json(&self, w: &mut Writer, o: &Object, e: &Evidence) {
        let pos = self.evidence_position(o, e);
        w.begin_object();
        w.key("pointer").str(&e.pointer);
        w.key("value").value(&e.value);
        w.key("line").opt_uint(pos.map(|p| p.line));
        w.key("column").opt_uint(pos.map(|p| p.column));
        w.end();
    }

    fn settings_json(&self, w: &mut Writer, o: &Object, s: &super::model::ProfileSettings) {
        fn one(r: &Report, w: &mut Writer, o: &Object, key: &str, s: Option<(json::Value, &[Evidence])>) {
            if let Some((value, evidence)) = s {
                w.key(key).begin_object();
                w.key("value").value(&value);
                w.key("evidence");
                r.evidence_list(w, o, evidence);
                w.end();
            }
        }
        fn flag(s: &Option<Setting<bool>>) -> Option<(json::Value, &[Evidence])> {
            s.as_ref().map(|s| (json::Value::Bool(s.value), s.evidence.as_slice()))
        }
        w.begin_object();
        one(self, w, o, "install_company_portal", flag(&s.install_company_portal));
        let token = s.vpp_token.as_ref().map(|t| (json::Value::String(t.value.clone()), t.evidence.as_slice()));
        one(self, w, o, "vpp_token", token);
        one(self, w, o, "single_app_mode", flag(&s.single_app_mode));
        one(self, w, o, "supervised", flag(&s.supervised));
        one(self, w, o, "locked_enrollment", flag(&s.locked_enrollment));
        one(self, w, o, "await_final_configuration", flag(&s.await_final_configuration));
        one(self, w, o, "mandatory", flag(&s.mandatory));
        w.end();
    }

    fn finding_json(&self, w: &mut Writer, f: &Finding) {
        let lang = self.lang;
        let pos = self.finding_position(f);
        w.begin_object();
        w.key("rule").str(f.rule);
        w.key("severity").str(f.severity.id());
        w.key("object").opt_uint(f.object);
        w.key("pointer").str(&f.pointer);
        w.key("source").str(&f.source);
        w.key("location").str(&f.location());
        w.key("line").opt_uint(pos.map(|p| p.line));
        w.key("column").opt_uint(pos.map(|p| p.column));
        w.key("title").opt_str(rules::rule(f.rule).map(|r| r.meta.title.get(lang)));
        w.key("message").str(f.message.get(lang));
        w.key("why").str(f.why.get(lang));
        w.key("fix").str(f.fix.get(lang));
        w.key("links").strs(f.links.iter().filter(|l| !l.url.is_empty()).map(|l| l.url));
        w.key("references").begin_array();
        for l in f.links {
            link_json(w, l, lang);
        }
        w.end();
        w.end();
    }

    fn checklist_json(&self, w: &mut Writer, c: &Checklist) {
        let lang = self.lang;
        w.begin_object();
        w.key("all_passed").bool(c.all_passed());
        w.key("items").begin_array();
        for i in &c.items {
            let (status, findings, checked) = status_parts(&i.status);
            w.begin_object();
            w.key("id").str(i.id);
            w.key("label").str(i.label.get(lang));
            w.key("status").str(status);
            w.key("findings").uints(findings.iter().copied());
            w.key("checked").opt_uint(checked);
            w.key("hint").str(i.hint.get(lang));
            w.key("click_path").str(i.click_path.get(lang));
            w.end();
        }
        w.end();
        w.end();
    }

    // -----------------------------------------------------------------------------------
    // SARIF

    /// SARIF 2.1.0 log: every registry rule in `tool.driver.rules` (plus
    /// [`INPUT_ERROR_RULE`]), one result per finding and per input error. Columns are
    /// Unicode code points (`columnKind`). `helpUri` is the rule's first `https` source.
    pub fn to_sarif(&self) -> Value {
        self.to_sarif_filtered(Severity::Info)
    }

    /// SARIF with findings below `min` left out.
    pub fn to_sarif_filtered(&self, min: Severity) -> Value {
        let lang = self.lang;
        let mut rules_json: Vec<Value> = rules::registry()
            .iter()
            .map(|r| {
                let m = &r.meta;
                let help = format!("{}\n\n{}", m.why.get(lang), m.fix.get(lang));
                let mut v = json!({
                    "id": m.id,
                    "name": kebab_to_camel(m.id),
                    "shortDescription": {"text": m.title.get(lang)},
                    "fullDescription": {"text": m.what.get(lang)},
                    "help": {"text": help},
                    "defaultConfiguration": {"level": sarif_level(m.default_severity)},
                    "properties": {"status": m.status.id(), "since": m.since},
                });
                if let Some(url) = m.links.iter().map(|l| l.url).find(|u| u.starts_with("https://")) {
                    v["helpUri"] = json!(url);
                }
                v
            })
            .collect();
        rules_json.push(json!({
            "id": INPUT_ERROR_RULE,
            "name": "InvalidInput",
            "shortDescription": {"text": self.tr("The input could not be read as JSON", "入力を JSON として読み取れませんでした")},
            "fullDescription": {"text": self.tr(
                "The file is not valid UTF-8 JSON, is empty, is too large, or holds no object. Nothing in it was checked.",
                "ファイルが UTF-8 の正しい JSON ではない、空である、大きすぎる、またはオブジェクトを含みません。その内容は確認されていません。",
            )},
            "help": {"text": self.tr(
                "Fix the JSON at the reported line and column, or export the profile again from Graph.",
                "示された行と列の JSON を直すか、Graph からプロファイルをもう一度エクスポートしてください。",
            )},
            "defaultConfiguration": {"level": "error"},
        }));
        let rule_index = |id: &str| rules::registry().iter().position(|r| r.meta.id == id);
        let mut results: Vec<Value> = self
            .visible_findings(min)
            .map(|f| {
                let mut r = json!({
                    "ruleId": f.rule,
                    "level": sarif_level(f.severity),
                    "message": {"text": f.message.get(lang)},
                    "locations": [self.sarif_location(&f.source, self.finding_position(f), &f.absolute_pointer())],
                    "properties": {"pointer": f.pointer, "object": f.object, "fix": f.fix.get(lang)},
                });
                if let Some(i) = rule_index(f.rule) {
                    r["ruleIndex"] = json!(i);
                }
                r
            })
            .collect();
        let input_rule_index = rules::registry().len();
        let mut notifications = Vec::new();
        for e in &self.analysis.errors {
            let pos = match (e.line, e.column) {
                (Some(line), Some(column)) => {
                    Some(Position { line, column, offset: e.offset.unwrap_or(0), end_column: None })
                }
                _ => None,
            };
            let loc = self.sarif_location(&e.source, pos, "");
            results.push(json!({
                "ruleId": INPUT_ERROR_RULE,
                "ruleIndex": input_rule_index,
                "level": "error",
                "message": {"text": e.message.get(lang)},
                "locations": [loc.clone()],
            }));
            notifications.push(json!({
                "level": "error",
                "message": {"text": e.message.get(lang)},
                "locations": [loc],
                "descriptor": {"id": INPUT_ERROR_RULE},
            }));
        }
        json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": TOOL_NAME,
                    "version": TOOL_VERSION,
                    "semanticVersion": TOOL_VERSION,
                    "informationUri": INFORMATION_URI,
                    "language": lang.code(),
                    "rules": rules_json,
                }},
                "invocations": [{
                    "executionSuccessful": self.analysis.errors.is_empty(),
                    "toolExecutionNotifications": notifications,
                }],
                "language": lang.code(),
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        })
    }

    fn sarif_location(&self, source: &str, pos: Option<Position>, pointer: &str) -> Value {
        let mut phys = json!({"artifactLocation": {"uri": file_uri(source)}});
        if let Some(p) = pos {
            let mut region = json!({"startLine": p.line, "startColumn": p.column});
            if let Some(end) = p.end_column {
                region["endColumn"] = json!(end);
            }
            phys["region"] = region;
        }
        let mut loc = json!({"physicalLocation": phys});
        if !pointer.is_empty() {
            loc["logicalLocations"] = json!([{"fullyQualifiedName": format!("{source}#{pointer}"), "kind": "member"}]);
        }
        loc
    }

    // -----------------------------------------------------------------------------------
    // Markdown

    /// A report for a pull-request comment. Every string that comes from the input (names,
    /// values, file names, excerpts) is escaped or fenced so it cannot inject links or HTML.
    pub fn to_markdown(&self) -> String {
        self.to_markdown_filtered(Severity::Info)
    }

    pub fn to_markdown_filtered(&self, min: Severity) -> String {
        let a = self.analysis;
        let lang = self.lang;
        let t = |en, ja| self.tr(en, ja);
        let mut out = String::new();
        let _ = write!(out, "# {}\n\n", t("ADE Auth Advisor report", "ADE 認証アドバイザー レポート"));
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
        for o in a.objects.iter() {
            self.md_object(&mut out, o, min);
        }
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
        let _ = writeln!(out, "---\n_{} {} {}_", t("Generated by", "生成:"), TOOL_NAME, TOOL_VERSION);
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
        let reasons: Vec<(&Method, &super::recommend::Unmet)> =
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
                Some(m) => auth_label(m).get(lang).to_string(),
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
            } else {
                let missed: Vec<&str> = fit.missed.iter().map(|r| r.row().label.get(lang)).collect();
                format!("{} {}", t("misses:", "満たさない要件:"), md_escape(&missed.join(", ")))
            };
            let _ = writeln!(out, "| {} | {} |", t("Fit", "適合"), verdict);
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
        }
        out.push('\n');
    }

    // -----------------------------------------------------------------------------------
    // Terminal text

    /// Human text for a terminal; ANSI colours only when `color`.
    pub fn to_text(&self, color: bool) -> String {
        self.to_text_with(color, Severity::Info, true)
    }

    /// Terminal text with findings below `min` left out; `input_errors: false` leaves the
    /// unreadable inputs out (the CLI prints them on stderr instead).
    pub fn to_text_with(&self, color: bool, min: Severity, input_errors: bool) -> String {
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
        for o in a.objects.iter() {
            let name = o.name().map(clean).unwrap_or_else(|| t("(no name)", "(名前なし)").to_string());
            let at =
                self.position(o.input, &o.pointer).map(|p| format!(" ({}:{})", p.line, p.column)).unwrap_or_default();
            let _ = writeln!(out, "{} {}  [{}]", st.bold(&format!("#{}", o.index)), st.bold(&name), o.kind.id());
            let _ = writeln!(out, "    {}{}", st.dim(&clean(&o.location())), st.dim(&at));
            if let Some(c) = &o.classification {
                let method = match c.method {
                    Some(m) => st.cyan(auth_label(m).get(lang)),
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
                } else {
                    let missed: Vec<&str> = fit.missed.iter().map(|r| r.row().label.get(lang)).collect();
                    let _ = writeln!(out, "    {} {}", st.red(t("Misses:", "満たさない要件:")), missed.join(", "));
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

// ---------------------------------------------------------------------------------------
// Free functions (the same renderings without building a Report by hand)

/// The stable JSON report.
pub fn to_json(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> Value {
    Report::new(analysis, inputs, lang).to_json()
}

/// The Markdown report.
pub fn to_markdown(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> String {
    Report::new(analysis, inputs, lang).to_markdown()
}

/// The SARIF 2.1.0 log.
pub fn to_sarif(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> Value {
    Report::new(analysis, inputs, lang).to_sarif()
}

/// Terminal text.
pub fn to_text(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang, color: bool) -> String {
    Report::new(analysis, inputs, lang).to_text(color)
}

/// The recommendation alone, as the JSON report's `recommendation` member.
pub fn recommendation_json(r: &Recommendation, lang: Lang) -> Value {
    serde_json::from_str(&recommendation_json_text(r, lang)).unwrap_or(Value::Null)
}

/// [`recommendation_json`] as pretty-printed text.
pub fn recommendation_json_text(r: &Recommendation, lang: Lang) -> String {
    let mut w = Writer::new();
    write_recommendation(&mut w, r, lang);
    w.finish()
}

fn write_recommendation(w: &mut Writer, r: &Recommendation, lang: Lang) {
    let resolution = |w: &mut Writer, res: &super::recommend::Resolution| {
        w.begin_object();
        w.key("drop").strs(res.drop.iter().map(|q| q.id()));
        w.key("then_fits").strs(res.then_fits.iter().map(|m| m.id()));
        w.key("text").str(res.text.get(lang));
        w.end();
    };
    w.begin_object();
    w.key("requirements").strs(r.requirements.iter().map(Requirement::id));
    w.key("recommended").opt_str(r.recommended.map(Method::id));
    w.key("recommended_label").opt_str(r.recommended.map(|m| m.label().get(lang)));
    w.key("why").str(r.why.get(lang));
    w.key("methods").begin_array();
    for f in &r.methods {
        w.begin_object();
        w.key("method").str(f.method.id());
        w.key("label").str(f.method.label().get(lang));
        w.key("fits").bool(f.fits);
        w.key("unmet").strs(f.unmet_ids());
        w.key("reasons").begin_array();
        for u in &f.unmet {
            w.begin_object();
            w.key("requirement").str(u.requirement.id());
            w.key("reason").str(u.reason.get(lang));
            w.key("nuances").strs(u.nuances.iter().map(|n| n.id));
            w.key("link");
            link_json(w, &u.link, lang);
            w.end();
        }
        w.end();
        w.end();
    }
    w.end();
    w.key("conflicts").begin_array();
    for c in &r.conflicts {
        w.begin_object();
        w.key("requirements").strs(c.requirements.iter().map(Requirement::id));
        w.key("why").str(c.why.get(lang));
        w.key("resolutions").begin_array();
        for res in &c.resolutions {
            resolution(w, res);
        }
        w.end();
        w.end();
    }
    w.end();
    w.key("resolutions").begin_array();
    for res in &r.resolutions {
        resolution(w, res);
    }
    w.end();
    w.key("warnings").begin_array();
    for x in &r.warnings {
        w.begin_object();
        w.key("id").str(x.id);
        w.key("text").str(x.text.get(lang));
        w.key("links").begin_array();
        for l in &x.links {
            link_json(w, l, lang);
        }
        w.end();
        w.end();
    }
    w.end();
    w.key("nuances").begin_array();
    for n in &r.nuances {
        w.begin_object();
        w.key("id").str(n.id);
        w.key("text").str(n.text.get(lang));
        w.key("link");
        link_json(w, &n.link, lang);
        w.end();
    }
    w.end();
    w.end();
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

fn input_error_json(w: &mut Writer, e: &InputError, lang: Lang) {
    w.begin_object();
    w.key("source").str(&e.source);
    w.key("input").uint(e.input);
    w.key("line").opt_uint(e.line);
    w.key("column").opt_uint(e.column);
    w.key("offset").opt_uint(e.offset);
    w.key("message").str(e.message.get(lang));
    w.key("excerpt").opt_str(e.excerpt.as_deref());
    w.key("caret").opt_str(e.caret.as_deref());
    w.end();
}

fn fit_json(w: &mut Writer, f: &ProfileFit, lang: Lang) {
    w.begin_object();
    w.key("meets").bool(f.meets);
    w.key("missed").strs(f.missed.iter().map(|r| r.id()));
    w.key("reasons").begin_array();
    for m in &f.reasons {
        w.begin_object();
        w.key("requirement").str(m.requirement.id());
        w.key("reason").str(m.reason.get(lang));
        w.end();
    }
    w.end();
    w.key("target").opt_str(f.target.map(Method::id));
    w.key("fix").str(f.fix.get(lang));
    w.key("note").str(f.note.get(lang));
    w.end();
}

fn link_json(w: &mut Writer, l: &Link, lang: Lang) {
    w.begin_object();
    w.key("title").str(l.title.get(lang));
    w.key("url").opt_str(Some(l.url).filter(|u| !u.is_empty()));
    w.end();
}

fn status_parts(s: &CheckStatus) -> (&'static str, Vec<usize>, Option<usize>) {
    match s {
        CheckStatus::Problem { findings } => ("problem", findings.clone(), None),
        CheckStatus::Unsure { findings } => ("unsure", findings.clone(), None),
        CheckStatus::Passed { checked } => ("passed", Vec::new(), Some(*checked)),
        CheckStatus::NotChecked => ("not-checked", Vec::new(), None),
    }
}

fn status_label(s: &CheckStatus) -> Text {
    match s {
        CheckStatus::Problem { .. } => Text::new("problem", "問題あり"),
        CheckStatus::Unsure { .. } => Text::new("unsure", "判定不能"),
        CheckStatus::Passed { .. } => Text::new("passed", "問題なし"),
        CheckStatus::NotChecked => Text::new("not checked", "未確認"),
    }
}

/// The method's name as the admin center shows it (userless included).
pub fn auth_label(m: AuthMethod) -> Text {
    match m.table_method() {
        Some(t) => t.label(),
        None => Text::new("Enroll without user affinity", "ユーザー アフィニティなしで登録"),
    }
}

fn variant_id(v: AffinityVariant) -> &'static str {
    match v {
        AffinityVariant::SharedIpad => "shared-ipad",
        AffinityVariant::EntraSharedDeviceMode => "entra-shared-device-mode",
    }
}

fn variant_label(v: AffinityVariant) -> Text {
    match v {
        AffinityVariant::SharedIpad => Text::new("Shared iPad", "共有 iPad"),
        AffinityVariant::EntraSharedDeviceMode => {
            Text::new("Microsoft Entra shared device mode", "Microsoft Entra 共有デバイス モード")
        }
    }
}

fn confidence_id(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => "high",
    }
}

fn confidence_label(c: Confidence) -> Text {
    match c {
        Confidence::Low => Text::new("low", "低"),
        Confidence::Medium => Text::new("medium", "中"),
        Confidence::High => Text::new("high", "高"),
    }
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

/// SARIF level of a severity.
pub fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn kebab_to_camel(id: &str) -> String {
    id.split('-')
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// A relative URI for a file name (percent-encodes what a URI reference cannot hold).
fn file_uri(name: &str) -> String {
    let name = name.replace('\\', "/");
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:@!$&'()*+,;=".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A JSON value on one line, shortened.
fn compact(v: &json::Value) -> String {
    let s = json::to_compact(v);
    if s.chars().count() > 120 {
        let cut: String = s.chars().take(117).collect();
        format!("{cut}...")
    } else {
        s
    }
}

/// Removes control characters (terminal escapes, newlines) from user text for terminals.
fn clean(s: &str) -> String {
    // Control characters are C0 (below 0x20), DEL, and C1 (U+0080..U+009F, encoded 0xC2 0x80..0x9F).
    if !s.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2) {
        return s.to_string();
    }
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
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
    use super::*;
    use crate::engine::table::RequirementSet;
    use crate::engine::{analyze, Options};

    const PROFILE: &str = "{\n  \"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\",\n  \"displayName\": \"<script>alert(1)</script> [x](javascript:alert(1))\",\n  \"requiresUserAuthentication\": true,\n  \"enableAuthenticationViaCompanyPortal\": true,\n  \"enableSingleAppEnrollmentMode\": true,\n  \"companyPortalVppTokenId\": \"tok\"\n}\n";

    fn run(
        texts: &[(&'static str, &'static str)],
        reqs: Option<RequirementSet>,
    ) -> (Analysis, Vec<SourceText<'static>>) {
        let inputs: Vec<SourceText<'static>> =
            texts.iter().map(|(n, t)| SourceText { name: n, bytes: t.as_bytes() }).collect();
        let a = analyze(&inputs, Options { requirements: reqs, asked_about_vanishing_app: false });
        (a, inputs)
    }

    #[test]
    fn json_has_the_stable_keys_and_positions() {
        let reqs: RequirementSet = [Requirement::Mfa].into_iter().collect();
        let (a, inputs) = run(&[("p.json", PROFILE), ("bad.json", "{\n \"a\": 1,,\n}")], Some(reqs));
        let v = to_json(&a, &inputs, Lang::En);
        assert_eq!(v["tool"]["name"], "ade-advisor");
        assert_eq!(v["tool"]["version"], TOOL_VERSION);
        let o = &v["objects"][0];
        for k in ["index", "source", "kind", "name", "method", "confidence", "evidence"] {
            assert!(o.get(k).is_some(), "object key {k}");
        }
        assert_eq!(o["source"], "p.json#");
        assert_eq!(o["method"], "company-portal");
        let f = v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "single-app-mode-mfa").unwrap();
        for k in ["rule", "severity", "object", "pointer", "message", "fix", "links"] {
            assert!(f.get(k).is_some(), "finding key {k}");
        }
        assert_eq!(f["pointer"], "/enableSingleAppEnrollmentMode");
        assert_eq!(f["line"], 6);
        assert_eq!(f["column"], 3);
        assert_eq!(v["errors"][0]["source"], "bad.json");
        assert_eq!(v["errors"][0]["line"], 2);
        let r = &v["recommendation"];
        assert_eq!(r["requirements"], json!(["mfa"]));
        assert_eq!(r["recommended"], "setup-assistant-modern");
        assert!(r["methods"][0].get("unmet").is_some());
        assert!(r["conflicts"].is_array());
    }

    #[test]
    fn no_recommendation_key_without_requirements() {
        let (a, inputs) = run(&[("p.json", PROFILE)], None);
        let v = to_json(&a, &inputs, Lang::Ja);
        assert!(v.get("recommendation").is_none());
        assert_eq!(v["lang"], "ja");
    }

    #[test]
    fn markdown_escapes_names() {
        let (a, inputs) = run(&[("p.json", PROFILE)], None);
        let md = to_markdown(&a, &inputs, Lang::En);
        assert!(!md.contains("<script>"));
        assert!(!md.contains("[x](javascript"));
        assert!(md.contains("\\<script\\>"));
    }

    #[test]
    fn sarif_has_rules_results_and_regions() {
        let (a, inputs) = run(&[("p.json", PROFILE), ("bad.json", "nope")], None);
        let v = to_sarif(&a, &inputs, Lang::En);
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), rules::registry().len() + 1);
        let results = run["results"].as_array().unwrap();
        assert!(results.iter().all(|r| ["error", "warning", "note"].contains(&r["level"].as_str().unwrap())));
        let sam = results.iter().find(|r| r["ruleId"] == "single-app-mode-mfa").unwrap();
        assert_eq!(sam["locations"][0]["physicalLocation"]["region"]["startLine"], 6);
        assert!(results.iter().any(|r| r["ruleId"] == INPUT_ERROR_RULE));
    }

    #[test]
    fn text_has_colour_only_when_asked() {
        let (a, inputs) = run(&[("p.json", PROFILE)], None);
        assert!(!to_text(&a, &inputs, Lang::En, false).contains('\x1b'));
        assert!(to_text(&a, &inputs, Lang::En, true).contains('\x1b'));
        assert!(!to_text(&a, &inputs, Lang::Ja, false).is_empty());
    }

    #[test]
    fn code_fences_outgrow_backticks() {
        assert!(code_block("a ```` b").starts_with("`````text"));
    }
}
