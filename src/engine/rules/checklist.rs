//! The article's four-item checklist for a vanishing Company Portal, worked out from the findings.

use super::{is_company_portal_app, ltext, Finding, RestrictionsFormat, Severity};
use crate::engine::click_paths;
use crate::engine::i18n::{LText, Text};
use crate::engine::model::{key, AuthMethod, Kind, Object};
use serde::Serialize;

/// Status of one checklist item.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum CheckStatus {
    /// Findings (indices into the findings list) show the problem.
    Problem { findings: Vec<usize> },
    /// Something was found that may be the problem but could not be decided (e.g. an
    /// uninstall assignment whose app is unknown).
    Unsure { findings: Vec<usize> },
    /// The relevant objects were pasted and nothing was found.
    Passed { checked: usize },
    /// The relevant objects were not pasted.
    NotChecked,
}

/// One of the article's four checks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// The rule that performs the check.
    pub id: &'static str,
    pub label: Text,
    pub status: CheckStatus,
    /// What to paste to check it (or what to look at).
    pub hint: LText,
    /// Where to look in the admin center (for the restriction checks: in the kind of
    /// profile that was read, or in either when none or both were).
    pub click_path: Text,
    /// The kinds of restrictions profile the item was checked against (empty when none was
    /// pasted, and for the uninstall check).
    pub read: Vec<RestrictionsFormat>,
}

impl ChecklistItem {
    /// Which kinds of profile the item read, as a short sentence ("Read from: settings
    /// catalog"); `None` when it read none.
    pub fn read_text(&self) -> Option<LText> {
        if self.read.is_empty() {
            return None;
        }
        let list = |ja: bool| {
            let labels: Vec<&str> = self.read.iter().map(|f| if ja { f.label().ja } else { f.label().en }).collect();
            labels.join(if ja { "、" } else { ", " })
        };
        Some(ltext(format!("Read from: {}", list(false)), format!("確認した形式: {}", list(true))))
    }
}

/// The article's checklist for a vanishing Company Portal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Checklist {
    pub items: Vec<ChecklistItem>,
}

impl Checklist {
    /// True when every item passed.
    pub fn all_passed(&self) -> bool {
        self.items.iter().all(|i| matches!(i.status, CheckStatus::Passed { .. }))
    }
}

struct ChecklistSpec {
    rule: &'static str,
    /// A rule whose findings make the item unsure.
    unsure_rule: Option<&'static str>,
    label: Text,
    kinds: &'static [Kind],
    hint_missing: Text,
    /// Where to look (in the template profile, for the restriction checks).
    click_path: Text,
    /// For the restriction checks: the settings catalog's path, and the template's path
    /// with the catalog's as the alternative.
    catalog_click_paths: Option<(Text, Text)>,
}

/// What to paste for the restriction checks.
const RESTRICTIONS_MISSING: Text = Text::new(
    "Not checked — paste your iOS/iPadOS device restrictions profile (template) or settings catalog restrictions policy (JSON) to check.",
    "未確認 — 確認するには iOS/iPadOS のデバイスの制限プロファイル (テンプレート) または設定カタログの制限ポリシー (JSON) を貼り付けてください。",
);

const CHECKLIST: [ChecklistSpec; 4] = [
    ChecklistSpec {
        rule: "company-portal-hidden",
        unsure_rule: None,
        label: Text::new(
            "Company Portal is not hidden by a Hidden apps / Visible apps list (Blocked / Allow Listed App Bundle IDs)",
            "ポータル サイトが「非表示のアプリ」/「表示するアプリ」の一覧 (Blocked / Allow Listed App Bundle IDs) で隠されていない",
        ),
        kinds: &[Kind::IosDeviceRestrictions],
        hint_missing: RESTRICTIONS_MISSING,
        click_path: click_paths::RESTRICTIONS_SHOW_HIDE_APPS.text,
        catalog_click_paths: Some((
            click_paths::RESTRICTIONS_CATALOG.text,
            click_paths::RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG.text,
        )),
    },
    ChecklistSpec {
        rule: "company-portal-uninstall-assignment",
        unsure_rule: Some("uninstall-assignment-unknown-app"),
        label: Text::new(
            "No assignment uninstalls Company Portal",
            "ポータル サイトに「アンインストール」の割り当てがない",
        ),
        kinds: &[Kind::AppAssignment, Kind::IosApp],
        hint_missing: Text::new(
            "Not checked — paste the Company Portal app with its assignments (or its assignments list) to check.",
            "未確認 — 確認するにはポータル サイト アプリとその割り当て (または割り当ての一覧) を貼り付けてください。",
        ),
        click_path: click_paths::APP_ASSIGNMENTS.text,
        catalog_click_paths: None,
    },
    ChecklistSpec {
        rule: "app-ratings-restricted",
        unsure_rule: None,
        label: Text::new(
            "Ratings region → Apps is set to Allow all apps (Rating Apps: All, or Company Portal exempted)",
            "年齢区分の地域 → アプリが「すべてのアプリを許可する」になっている (Rating Apps が All、またはポータル サイトが除外されている)",
        ),
        kinds: &[Kind::IosDeviceRestrictions],
        hint_missing: RESTRICTIONS_MISSING,
        click_path: click_paths::RESTRICTIONS_APP_STORE.text,
        catalog_click_paths: Some((
            click_paths::RESTRICTIONS_CATALOG.text,
            click_paths::RESTRICTIONS_APP_STORE_OR_CATALOG.text,
        )),
    },
    ChecklistSpec {
        rule: "books-explicit-content-blocked",
        unsure_rule: None,
        label: Text::new(
            "Block download of explicit sexual content in Apple Books is not set (Allow Bookstore Erotica, Allow Bookstore)",
            "「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」が設定されていない (Allow Bookstore Erotica、Allow Bookstore)",
        ),
        kinds: &[Kind::IosDeviceRestrictions],
        hint_missing: RESTRICTIONS_MISSING,
        click_path: click_paths::RESTRICTIONS_APP_STORE.text,
        catalog_click_paths: Some((
            click_paths::RESTRICTIONS_CATALOG.text,
            click_paths::RESTRICTIONS_APP_STORE_OR_CATALOG.text,
        )),
    },
];

/// True when any ADE profile in the input uses the Company Portal method.
pub fn uses_company_portal(objects: &[Object]) -> bool {
    objects.iter().any(|o| o.kind.is_ade_profile() && o.method() == Some(AuthMethod::CompanyPortal))
}

/// The article's four checks. Present when any ADE profile uses Company Portal, or when
/// `asked` (the user asks about the vanishing app). An item is `Passed` only when the
/// relevant kind of object was pasted and its rule found nothing; without such objects it
/// is `NotChecked` with a hint on what to paste — never passed. A finding of the item's
/// rule at severity info (a value the definitions do not name) makes it `Unsure`, like a
/// finding of its `unsure_rule`. The restriction checks say which kind of profile they read
/// (template, settings catalog) and point at that one's settings.
pub fn checklist(objects: &[Object], findings: &[Finding], asked: bool) -> Option<Checklist> {
    if !asked && !uses_company_portal(objects) {
        return None;
    }
    let items = CHECKLIST
        .iter()
        .map(|spec| {
            let of = |keep: &dyn Fn(&Finding) -> bool| -> Vec<usize> {
                findings.iter().enumerate().filter(|(_, f)| keep(f)).map(|(i, _)| i).collect()
            };
            let problems = of(&|f| f.rule == spec.rule && f.severity != Severity::Info);
            let unsure = of(&|f| {
                (f.rule == spec.rule && f.severity == Severity::Info) || spec.unsure_rule == Some(f.rule)
            });
            let checked = count_checked(spec, objects);
            let (status, hint) = if !problems.is_empty() {
                (
                    CheckStatus::Problem { findings: problems },
                    ltext("Problem found — see the findings for this check.", "問題があります — このチェックの指摘を確認してください。"),
                )
            } else if !unsure.is_empty() {
                let hint = if spec.unsure_rule.is_some() {
                    ltext(
                        "Could not decide — an uninstall assignment belongs to an app that was not pasted; check it is not Company Portal.",
                        "判定できません — 貼り付けられていないアプリに「アンインストール」の割り当てがあります。ポータル サイトでないか確認してください。",
                    )
                } else {
                    ltext(
                        "Could not decide — a setting has a value Microsoft's definitions do not name; check it in the admin center.",
                        "判定できません — Microsoft の定義にない値の設定があります。管理センターで確認してください。",
                    )
                };
                (CheckStatus::Unsure { findings: unsure }, hint)
            } else if checked > 0 {
                (
                    CheckStatus::Passed { checked },
                    ltext(
                        format!("Checked against {checked} pasted object(s); nothing found."),
                        format!("貼り付けられた {checked} 個のオブジェクトを確認し、問題は見つかりませんでした。"),
                    ),
                )
            } else {
                (CheckStatus::NotChecked, spec.hint_missing.into())
            };
            let read = read_formats(spec, objects);
            let click_path = match (spec.catalog_click_paths, read.as_slice()) {
                (Some((catalog, _)), [RestrictionsFormat::SettingsCatalog]) => catalog,
                (Some(_), [RestrictionsFormat::Template]) | (None, _) => spec.click_path,
                (Some((_, either)), _) => either,
            };
            ChecklistItem { id: spec.rule, label: spec.label, status, hint, click_path, read }
        })
        .collect();
    Some(Checklist { items })
}

/// The kinds of restrictions profile among the objects a restriction check reads, in
/// order (template first); empty for the other checks.
fn read_formats(spec: &ChecklistSpec, objects: &[Object]) -> Vec<RestrictionsFormat> {
    if spec.catalog_click_paths.is_none() {
        return Vec::new();
    }
    [RestrictionsFormat::Template, RestrictionsFormat::SettingsCatalog]
        .into_iter()
        .filter(|&format| objects.iter().any(|o| spec.kinds.contains(&o.kind) && RestrictionsFormat::of(o) == format))
        .collect()
}

/// How many pasted objects the item was checked against. For the uninstall check: Company
/// Portal apps pasted with their assignments expanded (even none), plus bare assignment
/// objects whose app was not pasted; assignments of another, known app do not count.
fn count_checked(spec: &ChecklistSpec, objects: &[Object]) -> usize {
    objects
        .iter()
        .filter(|o| spec.kinds.contains(&o.kind))
        .filter(|o| match o.kind {
            Kind::IosApp => {
                is_company_portal_app(o) && o.field(key!("assignments")).is_some_and(|f| f.value.is_array())
            }
            Kind::AppAssignment => match o.parent.and_then(|p| objects.get(p)) {
                Some(app) => app.kind != Kind::IosApp,
                None => true,
            },
            _ => true,
        })
        .count()
}
