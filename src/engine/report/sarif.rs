//! The SARIF 2.1.0 log: every rule, one result per finding and per input error, with regions.

use super::{Position, Report, INFORMATION_URI, INPUT_ERROR_RULE, TOOL_NAME, TOOL_VERSION};
use crate::engine::rules::{self, Severity};
use serde_json::{json, Value};
use std::fmt::Write as _;

impl<'a> Report<'a> {
    /// SARIF 2.1.0 log: every registry rule in `tool.driver.rules` (plus
    /// [`INPUT_ERROR_RULE`]), one result per finding and per input error. Columns are
    /// Unicode code points (`columnKind`). `helpUri` is the rule's first `https` source.
    /// Findings below `min` are left out. Reached through [`Report::render`].
    pub(super) fn to_sarif_filtered(&self, min: Severity) -> Value {
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
        let counted = |f: &crate::engine::rules::Finding| {
            f.object.and_then(|i| self.analysis.objects.get(i)).is_some_and(|o| self.counted_only(o))
        };
        let mut results: Vec<Value> = self
            .visible_findings(min)
            .filter(|f| !counted(f))
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
        let (unrecognised, _) = self.unrecognised_by_folder();
        let unrecognised: usize = unrecognised.iter().map(|(_, n)| n).sum();
        let mut log = json!({
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
        });
        if unrecognised > 0 {
            // Counted, not listed: objects of a backup folder that are not about ADE.
            log["runs"][0]["properties"] = json!({"unrecognisedObjects": unrecognised});
        }
        log
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

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PROFILE};
    use super::super::to_sarif;
    use super::*;
    use crate::engine::i18n::Lang;

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
}
