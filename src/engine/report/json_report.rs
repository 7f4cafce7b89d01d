//! The stable JSON report (docs/report-format.md) and the recommendation as JSON, written with `json::Writer`.

use super::{confidence_id, variant_id, Report, FORMAT_VERSION, TOOL_NAME, TOOL_VERSION};
use crate::engine::i18n::{LText, Lang, Link};
use crate::engine::json::{self, Writer};
use crate::engine::model::{AuthMethod, Evidence, InputError, Object, Setting};
use crate::engine::recommend::{ProfileFit, Recommendation};
use crate::engine::rules::{self, CheckStatus, Checklist, Finding, Severity};
use crate::engine::table::{Method, Requirement};
use serde_json::Value;

impl<'a> Report<'a> {
    /// The stable JSON report (see `docs/report-format.md`) as pretty-printed text without
    /// a final line break, written directly; findings below `min` left out (`summary`
    /// still counts all). Reached through [`Report::render`].
    pub(super) fn to_json_text_filtered(&self, min: Severity) -> String {
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
        if let Some(plans) = self.plans {
            w.key("plans");
            crate::engine::plan::plans_json(&mut w, plans, lang);
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
        w.key("method_label").opt_str(method.map(|x| x.label().get(lang)));
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

    fn settings_json(&self, w: &mut Writer, o: &Object, s: &crate::engine::model::ProfileSettings) {
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
            w.key("read").strs(i.read.iter().map(|f| f.id()));
            w.end();
        }
        w.end();
        w.end();
    }
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
    let resolution = |w: &mut Writer, res: &crate::engine::recommend::Resolution| {
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
    w.key("reasons");
    reasons_json(w, f.reasons.iter().map(|m| (m.requirement, &m.reason)), lang);
    w.key("in_practice");
    reasons_json(w, f.in_practice.iter().map(|p| (p.requirement, &p.reason)), lang);
    w.key("unknown");
    reasons_json(w, f.unknown.iter().map(|u| (u.requirement, &u.reason)), lang);
    w.key("target").opt_str(f.target.map(Method::id));
    w.key("fix").str(f.fix.get(lang));
    w.key("note").str(f.note.get(lang));
    w.end();
}

/// `[{requirement, reason}]`.
fn reasons_json<'a>(w: &mut Writer, items: impl Iterator<Item = (Requirement, &'a LText)>, lang: Lang) {
    w.begin_array();
    for (requirement, reason) in items {
        w.begin_object();
        w.key("requirement").str(requirement.id());
        w.key("reason").str(reason.get(lang));
        w.end();
    }
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

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PROFILE};
    use super::super::to_json;
    use super::*;
    use crate::engine::table::RequirementSet;
    use serde_json::json;

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
}
