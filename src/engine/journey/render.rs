//! Journeys as terminal text, Markdown and JSON (docs/report-format.md, `journey`), in one
//! language (the CLI's), and the labels and markers the page shares with them.

use super::{Actor, Order, Registration, Step, Summary, Why};
#[cfg(not(target_arch = "wasm32"))]
use super::{Journey, NotShown};
use crate::engine::i18n::{Lang, Text};
#[cfg(not(target_arch = "wasm32"))]
use crate::engine::{json::Writer, model::Object, plan::md_cell, report::md_escape};

pub const HEADING: Text = Text::new("What your users will see", "ユーザーに表示される内容");
pub const SCREENS: Text = Text::new("Screens", "画面");
pub const SCREENS_VARY: Text = Text::new("+ the screens the profile shows", "+ プロファイルで表示にした画面");
pub const SIGN_INS: Text = Text::new("Sign-ins", "サインイン");
pub const MFA_PROMPTS: Text = Text::new("MFA prompts", "MFA の要求");
pub const WAITS: Text = Text::new("Waits", "待ち時間");
pub const USABLE_AT: Text = Text::new("Usable from", "使用できるようになる時点");
pub const REGISTERED: Text = Text::new("Registered in Entra ID", "Entra ID への登録");
pub const STEP_N: Text = Text::new("step {n}", "ステップ {n}");
pub const NEVER: Text = Text::new("not by this enrollment", "この登録では行われない");
pub const NOT_STATED: Text = Text::new("not stated by the sources", "出典に記載なし");
pub const SIGN_IN: Text = Text::new("sign-in", "サインイン");
pub const MFA: Text = Text::new("MFA", "MFA");
pub const WAIT: Text = Text::new("wait", "待ち");
pub const USABLE: Text = Text::new("usable from here", "ここから使用可能");
pub const REGISTERS: Text = Text::new("registers in Entra ID", "Entra ID に登録");
pub const TYPICAL: Text = Text::new("typical order", "一般的な順序");
pub const IOS: Text = Text::new("iOS {v}+", "iOS {v} 以降");
pub const USER: Text = Text::new("User", "ユーザー");
pub const DEVICE: Text = Text::new("Device", "デバイス");
pub const ADMIN: Text = Text::new("Intune (your set-up)", "Intune (管理者の設定)");
pub const NOT_SHOWN: Text = Text::new("Not shown", "表示されない画面");
pub const HIDDEN: Text = Text::new("hidden", "非表示");
pub const HIDDEN_UNKNOWN: Text = Text::new("hidden (unknown screen)", "非表示 (不明な画面)");
pub const RETIRED: Text = Text::new("no longer shown since iOS {v}", "iOS {v} 以降は表示されない");
pub const MAY_APPEAR: Text = Text::new("may still appear", "表示される場合あり");
pub const NOTE: Text = Text::new("Note", "注意");
pub const FIELD: Text = Text::new("Field", "フィールド");
pub const SOURCES: Text = Text::new("Sources", "出典");
pub const TYPICAL_EXPLAINED: Text = Text::new(
    "\"Typical order\": the sources give the step, not its place in the sequence.",
    "「一般的な順序」: ステップは出典にありますが、その順序は示されていません。",
);

pub fn actor_label(a: Actor) -> Text {
    match a {
        Actor::User => USER,
        Actor::Device => DEVICE,
        Actor::Admin => ADMIN,
    }
}

/// "hidden", "hidden (unknown screen)" or "no longer shown since iOS 17".
pub fn why_label(w: Why, lang: Lang) -> String {
    match w {
        Why::Hidden => HIDDEN.get(lang).to_string(),
        Why::HiddenUnknown => HIDDEN_UNKNOWN.get(lang).to_string(),
        Why::Retired(v) => RETIRED.get(lang).replace("{v}", v),
    }
}

/// The markers of a step, in display order.
pub fn markers(s: &Step, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let flags =
        [(s.sign_in(), SIGN_IN), (s.mfa, MFA), (s.wait(), WAIT), (s.usable_here(), USABLE), (s.registers(), REGISTERS)];
    out.extend(flags.iter().filter(|(on, _)| *on).map(|(_, t)| t.get(lang).to_string()));
    if s.order == Order::Typical {
        out.push(TYPICAL.get(lang).to_string());
    }
    if !s.ios.is_empty() {
        out.push(IOS.get(lang).replace("{v}", s.ios));
    }
    out
}

/// The registration figure: "step 12", "not by this enrollment", "not stated by the sources".
pub fn registered_label(r: Registration, lang: Lang) -> String {
    match r {
        Registration::At(n) => STEP_N.get(lang).replace("{n}", &n.to_string()),
        Registration::No => NEVER.get(lang).to_string(),
        Registration::NotStated => NOT_STATED.get(lang).to_string(),
    }
}

/// The summary as (label, value) pairs.
pub fn summary_pairs(s: &Summary, lang: Lang) -> [(Text, String); 6] {
    let screens =
        if s.screens_vary { format!("{} {}", s.screens, SCREENS_VARY.get(lang)) } else { s.screens.to_string() };
    let usable = s.usable_at.map_or_else(|| "-".to_string(), |n| STEP_N.get(lang).replace("{n}", &n.to_string()));
    [
        (SCREENS, screens),
        (SIGN_INS, s.sign_ins.to_string()),
        (MFA_PROMPTS, s.mfa_prompts.to_string()),
        (WAITS, s.waits.to_string()),
        (USABLE_AT, usable),
        (REGISTERED, registered_label(s.registered, lang)),
    ]
}

#[cfg(not(target_arch = "wasm32"))]
fn heading(j: &Journey, objects: &[Object], lang: Lang) -> String {
    let title = j.title().get(lang);
    match j.object.and_then(|i| objects.get(i)) {
        Some(o) => {
            let name = crate::engine::rules::display_name(o);
            let (open, close) = if lang == Lang::Ja { ("「", "」") } else { ("\"", "\"") };
            format!("#{} {open}{name}{close} ({}): {title}", o.index, o.location())
        }
        None => title.to_string(),
    }
}

/// The separator of a list in running text.
pub fn list_sep(lang: Lang) -> &'static str {
    if lang == Lang::Ja {
        "、"
    } else {
        ", "
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn not_shown_item(n: &NotShown, lang: Lang) -> String {
    let mut s = format!("{} ({}", n.name.get(lang), why_label(n.why, lang));
    if n.may_appear {
        s.push_str(&format!("{}{}", list_sep(lang), MAY_APPEAR.get(lang)));
    }
    s.push(')');
    s
}

/// Journeys for a terminal, one block each.
#[cfg(not(target_arch = "wasm32"))]
pub fn journeys_text(journeys: &[Journey], objects: &[Object], lang: Lang) -> String {
    let mut out = String::new();
    for j in journeys {
        out.push_str(&heading(j, objects, lang));
        out.push('\n');
        let pairs: Vec<String> =
            summary_pairs(&j.summary, lang).iter().map(|(l, v)| format!("{}: {v}", l.get(lang))).collect();
        out.push_str(&format!("  {}\n", pairs.join(" · ")));
        for (i, s) in j.steps.iter().enumerate() {
            out.push_str(&format!("  {:>2}. {}: {}\n", i + 1, actor_label(s.actor).get(lang), s.text.get(lang)));
            let m = markers(s, lang);
            if !m.is_empty() {
                out.push_str(&format!("      [{}]\n", m.join(list_sep(lang))));
            }
            if let Some(n) = &s.note {
                out.push_str(&format!("      {}: {}\n", NOTE.get(lang), n.text().get(lang)));
            }
            if let Some(p) = &s.pointer {
                out.push_str(&format!("      {}: {p}\n", FIELD.get(lang)));
            }
            out.push_str(&format!("      {}: {}\n", SOURCES.get(lang), s.sources.join(", ")));
        }
        if !j.not_shown.is_empty() {
            let items: Vec<String> = j.not_shown.iter().map(|n| not_shown_item(n, lang)).collect();
            out.push_str(&format!("  {}: {}\n", NOT_SHOWN.get(lang), items.join(list_sep(lang))));
        }
        out.push('\n');
    }
    out.push_str(TYPICAL_EXPLAINED.get(lang));
    out.push('\n');
    out
}

/// Journeys as a Markdown section (`## What your users will see`); empty without any. The
/// CLI's (the page shows journeys itself and leaves them out of its exports).
#[cfg(not(target_arch = "wasm32"))]
pub fn journeys_markdown(journeys: &[Journey], objects: &[Object], lang: Lang) -> String {
    if journeys.is_empty() {
        return String::new();
    }
    let mut out = format!("## {}\n\n", HEADING.get(lang));
    for j in journeys {
        out.push_str(&format!("### {}\n\n", md_escape(&heading(j, objects, lang))));
        let pairs = summary_pairs(&j.summary, lang);
        let head: Vec<&str> = pairs.iter().map(|(l, _)| l.get(lang)).collect();
        let values: Vec<String> = pairs.iter().map(|(_, v)| md_cell(v)).collect();
        out.push_str(&format!(
            "| {} |\n|{}\n| {} |\n\n",
            head.join(" | "),
            "---|".repeat(pairs.len()),
            values.join(" | ")
        ));
        for (i, s) in j.steps.iter().enumerate() {
            out.push_str(&format!(
                "{}. **{}** — {}",
                i + 1,
                actor_label(s.actor).get(lang),
                md_escape(s.text.get(lang))
            ));
            let m = markers(s, lang);
            if !m.is_empty() {
                out.push_str(&format!(" _({})_", m.join(list_sep(lang))));
            }
            out.push('\n');
            if let Some(n) = &s.note {
                out.push_str(&format!("   - {}: {}\n", NOTE.get(lang), n.text().get(lang)));
            }
            if let Some(p) = &s.pointer {
                out.push_str(&format!("   - {}: `{}`\n", FIELD.get(lang), p.replace('`', "'")));
            }
            out.push_str(&format!("   - {}: {}\n", SOURCES.get(lang), s.sources.join(", ")));
        }
        if !j.not_shown.is_empty() {
            let items: Vec<String> = j.not_shown.iter().map(|n| md_escape(&not_shown_item(n, lang))).collect();
            out.push_str(&format!("\n**{}:** {}\n", NOT_SHOWN.get(lang), items.join(list_sep(lang))));
        }
        out.push('\n');
    }
    out.push_str(&format!("_{}_\n\n", TYPICAL_EXPLAINED.get(lang)));
    out
}

/// One journey as a JSON object (docs/report-format.md, `journey`), written into `w`.
#[cfg(not(target_arch = "wasm32"))]
pub fn journey_json(w: &mut Writer, j: &Journey, lang: Lang) {
    w.begin_object();
    w.key("id").str(j.id);
    w.key("title").str(j.title().get(lang));
    w.key("method").str(j.method.id());
    w.key("object").opt_uint(j.object);
    w.key("jit").bool(j.jit);
    w.key("steps").begin_array();
    for (i, s) in j.steps.iter().enumerate() {
        w.begin_object();
        w.key("id").str(&s.id);
        w.key("number").uint(i + 1);
        w.key("text").str(s.text.get(lang));
        w.key("actor").str(s.actor.id());
        w.key("order").str(if s.order == Order::Typical { "typical" } else { "documented" });
        let flags = [
            ("screen", s.screen()),
            ("sign_in", s.sign_in()),
            ("mfa", s.mfa),
            ("wait", s.wait()),
            ("usable", s.usable_here()),
            ("registers", s.registers()),
        ];
        for (k, _) in flags.iter().filter(|(_, on)| *on) {
            w.key(k).bool(true);
        }
        if !s.ios.is_empty() {
            w.key("ios").str(s.ios);
        }
        if let Some(n) = &s.note {
            w.key("note").str(n.text().get(lang));
        }
        if let Some(p) = &s.pointer {
            w.key("pointer").str(p);
        }
        w.key("sources").strs(s.sources.iter().copied());
        w.end();
    }
    w.end();
    w.key("not_shown").begin_array();
    for n in &j.not_shown {
        w.begin_object();
        w.key("id").str(&n.id);
        w.key("name").str(n.name.get(lang));
        w.key("why").str(match n.why {
            Why::Hidden => "hidden",
            Why::HiddenUnknown => "hidden-unknown",
            Why::Retired(_) => "retired",
        });
        w.key("label").str(&why_label(n.why, lang));
        if n.may_appear {
            w.key("may_appear").bool(true);
        }
        w.key("pointer").opt_str(n.pointer.as_deref());
        w.end();
    }
    w.end();
    let s = &j.summary;
    w.key("summary").begin_object();
    w.key("steps").uint(s.steps);
    w.key("screens").uint(s.screens);
    w.key("screens_vary").bool(s.screens_vary);
    w.key("sign_ins").uint(s.sign_ins);
    w.key("mfa_prompts").uint(s.mfa_prompts);
    w.key("waits").uint(s.waits);
    w.key("usable_at").opt_uint(s.usable_at);
    let (registered, at) = match s.registered {
        Registration::At(n) => ("at-step", Some(n)),
        Registration::No => ("no", None),
        Registration::NotStated => ("not-stated", None),
    };
    w.key("registered").str(registered);
    w.key("registered_at").opt_uint(at);
    w.end();
    w.end();
}

/// The `journey` command's JSON document: every journey with the profile it belongs to.
#[cfg(not(target_arch = "wasm32"))]
pub fn journeys_json_text(journeys: &[Journey], objects: &[Object], lang: Lang) -> String {
    let mut w = Writer::new();
    w.begin_object();
    w.key("tool").begin_object();
    w.key("name").str(crate::engine::report::TOOL_NAME);
    w.key("version").str(crate::engine::report::TOOL_VERSION);
    w.end();
    w.key("format_version").uint(crate::engine::report::FORMAT_VERSION as usize);
    w.key("lang").str(lang.code());
    w.key("journeys").begin_array();
    for j in journeys {
        let o = j.object.and_then(|i| objects.get(i));
        w.begin_object();
        w.key("name").opt_str(o.and_then(|o| o.name()));
        w.key("source").opt_str(o.map(|o| o.location()).as_deref());
        w.key("journey");
        journey_json(&mut w, j, lang);
        w.end();
    }
    w.end();
    w.end();
    let mut s = w.finish();
    s.push('\n');
    s
}
