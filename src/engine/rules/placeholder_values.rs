//! `placeholder-values` — values that are documentation placeholders or not among the
//! documented values of their field.
//!
//! Graph's reference pages show every property with a placeholder (`"String"`, or a
//! sentence such as "Company Portal Vpp Token Id value"), and people paste those examples.
//! The rule points at: strings that are exactly `String` or start with `String (`; a VPP
//! token id that is not a GUID (S-GRAPH-DEP-IOS); and enumerations with a value Graph does
//! not document (S-GRAPH-DEP-IOS `iTunesPairingMode`, S-GRAPH-IOS-RESTRICTIONS,
//! S-GRAPH-APP-ASSIGNMENT `intent`, S-GRAPH-IOS-VPP-TOKEN `state` and account type).
//! One finding per object, at the first such value, listing them all. Severity: info (the
//! verdict on such an object describes the example, not a tenant).

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "placeholder-values",
        default_severity: Severity::Info,
        since: "0.2.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Placeholder or undocumented value",
            "プレースホルダーまたは文書化されていない値",
        ),
        what: Text::new(
            "Fires once on a recognised object that has values that are documentation placeholders (\"String\"), a VPP token id that is not a GUID, or enumeration values that Microsoft Graph does not document, and lists them.",
            "認識したオブジェクトに、ドキュメントのプレースホルダー (\"String\")、GUID ではない VPP トークン ID、または Microsoft Graph が文書化していない列挙値がある場合に、オブジェクトごとに 1 回、それらを一覧にして報告します。",
        ),
        why: Text::new(
            "Such values come from documentation examples or hand-edited files; Intune would not return them. The verdict on this object then describes an example, not a real profile, and a setting with an undocumented value is not checked as intended.",
            "このような値はドキュメントの例や手で編集したファイルに由来し、Intune が返すことはありません。このオブジェクトの判定は実際のプロファイルではなく例についてのものになり、文書化されていない値を持つ設定は意図どおりに確認されません。",
        ),
        fix: &[
            FixStep::new(
                "Paste an export of the real object (from Graph, the PowerShell SDK or a backup tool) instead of an example.",
                "例ではなく実際のオブジェクトのエクスポート (Graph、PowerShell SDK、バックアップ ツールから取得したもの) を貼り付けてください。",
            ),
            FixStep::new(
                "Or correct the value to one the field documents.",
                "または、値をフィールドが文書化している値に直してください。",
            ),
        ],
        links: &[GRAPH_DEP_IOS_PROFILE, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, GRAPH_MOBILE_APP_ASSIGNMENT, GRAPH_VPP_TOKEN],
        sources: &["S-GRAPH-DEP-IOS", "S-GRAPH-IOS-RESTRICTIONS", "S-GRAPH-APP-ASSIGNMENT", "S-GRAPH-IOS-VPP-TOKEN"],
        click_path: None,
        applies_to: &[
            Kind::IosEnrollmentProfile,
            Kind::IosDeviceRestrictions,
            Kind::IosApp,
            Kind::AppAssignment,
            Kind::VppToken,
        ],
    },
    check,
};

/// A documented enumeration: the field, the kinds it is read on, and its values.
struct Enumeration {
    key: Key,
    kinds: &'static [Kind],
    values: &'static [&'static str],
}

const ENUMERATIONS: [Enumeration; 6] = [
    Enumeration {
        key: Key::new("iTunesPairingMode"),
        kinds: &[Kind::IosEnrollmentProfile],
        values: &["disallow", "allow", "requiresCertificate"],
    },
    Enumeration {
        key: Key::new("appsVisibilityListType"),
        kinds: &[Kind::IosDeviceRestrictions],
        values: &["none", "appsInListCompliant", "appsNotInListCompliant"],
    },
    Enumeration {
        key: Key::new("mediaContentRatingApps"),
        kinds: &[Kind::IosDeviceRestrictions],
        values: &["allAllowed", "allBlocked", "agesAbove4", "agesAbove9", "agesAbove12", "agesAbove17"],
    },
    Enumeration {
        key: Key::new("intent"),
        kinds: &[Kind::AppAssignment],
        values: &["available", "required", "uninstall", "availableWithoutEnrollment"],
    },
    Enumeration {
        key: Key::new("state"),
        kinds: &[Kind::VppToken],
        values: &["unknown", "valid", "expired", "invalid", "assignedToExternalMDM", "duplicateLocationId"],
    },
    Enumeration {
        key: Key::new("vppTokenAccountType"),
        kinds: &[Kind::VppToken, Kind::IosApp],
        values: &["business", "education"],
    },
];

/// `"String"` and `"String (identifier)"`, as Graph's pages write them.
fn is_placeholder(s: &str) -> bool {
    // Most values start with a character that is neither `S` nor white space: settled
    // without trimming.
    if s.as_bytes().first().is_some_and(|&b| b > b' ' && b < 0x80 && b != b'S') {
        return false;
    }
    let s = s.trim();
    s == "String" || s.starts_with("String (")
}

/// A value quoted in a message: at most 60 characters.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(meta.applies_to) {
        // The first value pointed at; the keys holding placeholders; the other values as
        // (EN, JA) items. Placeholders need a look at every string; the VPP token and the
        // enumerations are looked up by key (a probe each), not searched for.
        let mut first: Option<String> = None;
        let mut placeholders: Vec<&str> = Vec::new();
        let mut others: Vec<(String, String)> = Vec::new();
        for f in obj.fields_where(|v| v.as_str().is_some_and(is_placeholder)) {
            placeholders.push(f.key);
            first.get_or_insert_with(|| f.pointer());
        }
        if let Some(f) = obj.field(key!("companyPortalVppTokenId")) {
            if let Some(s) = f.value.as_str().filter(|s| !is_placeholder(s)) {
                if !s.trim().is_empty() && !is_guid(s.trim()) {
                    let (key, v) = (f.key, shown(s));
                    others.push((
                        format!("\"{key}\" = \"{v}\" is not a VPP token id (a GUID)"),
                        format!("「{key}」=「{v}」は VPP トークン ID (GUID) ではありません"),
                    ));
                    first.get_or_insert_with(|| f.pointer());
                }
            }
        }
        for e in ENUMERATIONS.iter().filter(|e| e.kinds.contains(&obj.kind)) {
            let Some(f) = obj.field(e.key) else { continue };
            let Some(s) = f.value.as_str().filter(|s| !is_placeholder(s)) else { continue };
            if e.values.iter().any(|x| x.eq_ignore_ascii_case(s.trim())) {
                continue;
            }
            let (key, v, values) = (f.key, shown(s), e.values.join(", "));
            others.push((
                format!("\"{key}\" = \"{v}\" is not one of the documented values ({values})"),
                format!("「{key}」=「{v}」は文書化された値 ({values}) のいずれでもありません"),
            ));
            first.get_or_insert_with(|| f.pointer());
        }
        let Some(pointer) = first else { continue };
        let (mut en, mut ja) = (Vec::new(), Vec::new());
        if !placeholders.is_empty() {
            let keys = placeholders.join(", ");
            en.push(format!(
                "Microsoft's documentation placeholders (\"String\") in {} field(s): {keys}",
                placeholders.len()
            ));
            ja.push(format!(
                "{} 個のフィールドが Microsoft のドキュメントのプレースホルダー (\"String\") です: {keys}",
                placeholders.len()
            ));
        }
        for (e, j) in others {
            en.push(e);
            ja.push(j);
        }
        let kind = obj.kind.id();
        out.push(Finding::new(
            meta,
            i,
            obj,
            pointer,
            ltext(
                format!("This {kind} holds values Intune would not return: {}.", en.join("; ")),
                format!("この {kind} には Intune が返すことのない値があります: {}。", ja.join("。")),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn placeholders_are_found_with_or_without_white_space_and_nothing_else() {
        for s in ["String", " String", "\tString ", "\u{a0}String", "\u{3000}String", "String (x)", "  String (id)"] {
            assert!(is_placeholder(s), "{s:?}");
        }
        for s in ["", " ", "S", "Strings", "string", "A String", "Stringent", "\u{a0}", "é String", "Str", "1String"] {
            assert!(!is_placeholder(s), "{s:?}");
        }
    }
}
