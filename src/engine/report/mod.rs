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

mod json_report;
mod markdown;
// SARIF and terminal text are the CLI's (native only): the page never renders them.
#[cfg(not(target_arch = "wasm32"))]
mod sarif;
#[cfg(not(target_arch = "wasm32"))]
mod text;

use super::i18n::{Lang, Text};
use super::input::{self, SourceText, Span};
use super::json;
use super::model::{AffinityVariant, Confidence, Evidence, Object};
use super::rules::{CheckStatus, Finding, Severity};
use super::Analysis;
#[cfg(test)]
use serde_json::Value;

pub use json_report::{recommendation_json, recommendation_json_text};
pub use markdown::{markdown_footer, md_escape};
#[cfg(not(target_arch = "wasm32"))]
pub use sarif::sarif_level;
#[cfg(not(target_arch = "wasm32"))]
pub use text::recommendation_text;

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
    /// Switch plans to include (`check --plan`, the page's exports); `None` = none asked.
    plans: Option<&'a [crate::engine::plan::SwitchPlan]>,
    /// The tenant this report is one of several of (`check --per-folder`).
    #[cfg(not(target_arch = "wasm32"))]
    tenant: Option<&'a str>,
    /// Text and Markdown count unrecognised objects by folder instead of listing them
    /// (`check` on folders: a backup holds many objects that are not about ADE).
    #[cfg(not(target_arch = "wasm32"))]
    count_unrecognised: bool,
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
        Report {
            analysis,
            texts,
            names,
            lang,
            locators,
            plans: None,
            #[cfg(not(target_arch = "wasm32"))]
            tenant: None,
            #[cfg(not(target_arch = "wasm32"))]
            count_unrecognised: false,
        }
    }

    /// The same report for a backup folder: text and Markdown count the objects the engine
    /// does not recognise (and that have no other finding than `unknown-object`) by folder
    /// instead of listing each one, and say when no ADE profile was found at all. JSON and
    /// SARIF still list every object and finding.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_unrecognised_counted(mut self) -> Report<'a> {
        self.count_unrecognised = true;
        self
    }

    /// Whether object `o` is counted rather than listed (see
    /// [`Report::with_unrecognised_counted`]); never on the page.
    fn counted_only(&self, o: &Object) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.count_unrecognised
                && o.kind == super::model::Kind::Unknown
                && self.analysis.findings_for(o.index).all(|f| f.rule == "unknown-object")
        }
        #[cfg(target_arch = "wasm32")]
        {
            let _ = o;
            false
        }
    }

    /// The objects counted rather than listed: how many in each folder (the file name up to
    /// its last `/`), in the folders' order; and whether the inputs hold no ADE profile.
    #[cfg(not(target_arch = "wasm32"))]
    fn unrecognised_by_folder(&self) -> (Vec<(&str, usize)>, bool) {
        let mut folders: Vec<(&str, usize)> = Vec::new();
        for o in self.analysis.objects.iter().filter(|o| self.counted_only(o)) {
            let folder = o.source.rsplit_once('/').map_or("", |(f, _)| f);
            match folders.iter_mut().find(|(f, _)| *f == folder) {
                Some((_, n)) => *n += 1,
                None => folders.push((folder, 1)),
            }
        }
        folders.sort_by(|a, b| a.0.cmp(b.0));
        let no_profile = self.count_unrecognised && !self.analysis.objects.iter().any(|o| o.kind.is_ade_profile());
        (folders, no_profile)
    }

    /// The same report as one tenant's of several (`check --per-folder`): the Markdown
    /// report is titled with the tenant and leaves its footer to the whole document.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_tenant(mut self, tenant: &'a str) -> Report<'a> {
        self.tenant = Some(tenant);
        self
    }

    /// The tenant of [`Report::with_tenant`]; never on the page.
    fn tenant(&self) -> Option<&'a str> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.tenant
        }
        #[cfg(target_arch = "wasm32")]
        {
            None
        }
    }

    /// The same report with how to switch each profile that should (docs/report-format.md,
    /// `plans`): a `plans` member in JSON, a "How to switch" section in Markdown and text.
    pub fn with_plans(mut self, plans: &'a [crate::engine::plan::SwitchPlan]) -> Report<'a> {
        self.plans = Some(plans);
        self
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
}

// ---------------------------------------------------------------------------------------
// The one way to render a report

/// The formats of a report. Terminal text and SARIF exist only natively (the CLI): the page
/// offers JSON and Markdown, and leaving the others out keeps their code out of its wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The stable JSON report (docs/report-format.md), pretty-printed.
    Json,
    /// Markdown for pull requests, tickets and the page's "Copy Markdown".
    Markdown,
    /// SARIF 2.1.0 for code scanning, pretty-printed.
    #[cfg(not(target_arch = "wasm32"))]
    Sarif,
    /// Terminal text.
    #[cfg(not(target_arch = "wasm32"))]
    Text,
}

/// How to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// Findings below this severity are left out (the counts keep them all).
    pub min_severity: Severity,
    /// Terminal colours (text only).
    pub color: bool,
}

impl Default for RenderOptions {
    fn default() -> RenderOptions {
        RenderOptions { min_severity: Severity::Info, color: false }
    }
}

impl Report<'_> {
    /// The report in `format`, ending with a line break: exactly what the CLI prints and
    /// the page copies or downloads.
    pub fn render(&self, format: Format, options: RenderOptions) -> String {
        let min = options.min_severity;
        match format {
            Format::Json => {
                let mut s = self.to_json_text_filtered(min);
                s.push('\n');
                s
            }
            Format::Markdown => self.to_markdown_filtered(min),
            #[cfg(not(target_arch = "wasm32"))]
            Format::Sarif => {
                let mut s =
                    serde_json::to_string_pretty(&self.to_sarif_filtered(min)).unwrap_or_else(|_| "null".into());
                s.push('\n');
                s
            }
            #[cfg(not(target_arch = "wasm32"))]
            Format::Text => self.to_text_with(options.color, min, false),
        }
    }
}

// Test helpers: the renderings as values, without building a Report by hand.

#[cfg(test)]
pub(crate) fn to_json(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> Value {
    serde_json::from_str(&Report::new(analysis, inputs, lang).render(Format::Json, RenderOptions::default()))
        .unwrap_or(Value::Null)
}

#[cfg(test)]
pub(crate) fn to_markdown(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> String {
    Report::new(analysis, inputs, lang).render(Format::Markdown, RenderOptions::default())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn to_sarif(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang) -> Value {
    Report::new(analysis, inputs, lang).to_sarif_filtered(Severity::Info)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn to_text(analysis: &Analysis, inputs: &[SourceText<'_>], lang: Lang, color: bool) -> String {
    Report::new(analysis, inputs, lang).render(Format::Text, RenderOptions { color, ..RenderOptions::default() })
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

fn status_label(s: &CheckStatus) -> Text {
    match s {
        CheckStatus::Problem { .. } => Text::new("problem", "問題あり"),
        CheckStatus::Unsure { .. } => Text::new("unsure", "判定不能"),
        CheckStatus::Passed { .. } => Text::new("passed", "問題なし"),
        CheckStatus::NotChecked => Text::new("not checked", "未確認"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::table::RequirementSet;
    use crate::engine::{analyze, Options};

    pub(super) const PROFILE: &str = "{\n  \"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\",\n  \"displayName\": \"<script>alert(1)</script> [x](javascript:alert(1))\",\n  \"requiresUserAuthentication\": true,\n  \"enableAuthenticationViaCompanyPortal\": true,\n  \"enableSingleAppEnrollmentMode\": true,\n  \"companyPortalVppTokenId\": \"tok\"\n}\n";

    pub(super) fn run(
        texts: &[(&'static str, &'static str)],
        reqs: Option<RequirementSet>,
    ) -> (Analysis, Vec<SourceText<'static>>) {
        let inputs: Vec<SourceText<'static>> =
            texts.iter().map(|(n, t)| SourceText { name: n, bytes: t.as_bytes() }).collect();
        let a = analyze(&inputs, Options { requirements: reqs, asked_about_vanishing_app: false });
        (a, inputs)
    }
}
