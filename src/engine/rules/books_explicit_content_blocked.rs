//! `books-explicit-content-blocked` — Apple Books content is restricted: explicit content
//! blocked, or the Book Store removed.
//!
//! Template profile (S-GRAPH-IOS-RESTRICTIONS): `iBooksStoreBlockErotica` = true ("Block
//! download of explicit sexual content in Apple Books"). Settings catalog
//! (S-SC-RESTRICTIONS): "Allow Bookstore Erotica" (`com.apple.applicationaccess_allowbookstoreerotica`)
//! set to `_false`, and "Allow Bookstore" (`…_allowbookstore`) set to `_false`, which removes
//! the Book Store from Apple Books — a wider restriction of the same app. The article's
//! fourth checklist item: remove the setting. Microsoft does not explain why it would affect
//! Company Portal (S-ARTICLE; no Microsoft source); it is reported because the article's
//! support case cleared it. A value the definitions do not name is reported as unknown.
//!
//! Severity: warning; info for an unknown value.

use super::*;
use crate::engine::model::key;

/// The fix in a template profile.
const TEMPLATE_FIX: Text = Text::new(
    concat!("If Company Portal or other managed apps vanish, set Block download of explicit sexual content in Apple Books back to Not configured: ", click_paths::restrictions_app_store_en!(), "."),
    concat!("ポータル サイトなどの管理アプリが消える場合は、「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」を「未構成」に戻してください: ", click_paths::restrictions_app_store_ja!(), "。"),
);

/// The fixes in a settings catalog policy.
const CATALOG_EROTICA_FIX: Text = Text::new(
    concat!("If Company Portal or other managed apps vanish, remove Allow Bookstore Erotica from the policy (or set it to True): ", click_paths::restrictions_catalog_en!(), "."),
    concat!("ポータル サイトなどの管理アプリが消える場合は、ポリシーから Allow Bookstore Erotica を削除してください (または True にしてください): ", click_paths::restrictions_catalog_ja!(), "。"),
);
const CATALOG_BOOKSTORE_FIX: Text = Text::new(
    concat!("If Company Portal or other managed apps vanish, remove Allow Bookstore from the policy (or set it to True): ", click_paths::restrictions_catalog_en!(), "."),
    concat!("ポータル サイトなどの管理アプリが消える場合は、ポリシーから Allow Bookstore を削除してください (または True にしてください): ", click_paths::restrictions_catalog_ja!(), "。"),
);
const UNKNOWN_FIX: Text = Text::new(
    concat!("Open the policy and check what the setting shows: ", click_paths::restrictions_catalog_en!(), "."),
    concat!("ポリシーを開いて設定の表示を確認してください: ", click_paths::restrictions_catalog_ja!(), "。"),
);

/// Why the Book Store setting is reported.
const BOOKSTORE_WHY: Text = Text::new(
    "Allow Bookstore set to False removes the Book Store from Apple Books, a wider Apple Books restriction than the explicit-content setting the article's case removed to stop Company Portal from disappearing. Microsoft documents no link to Company Portal, so treat it as something to rule out when managed apps vanish.",
    "Allow Bookstore を False にすると Apple Books からブック ストアがなくなります。記事の事例でポータル サイトが消えるのを止めるために外した成人向けコンテンツの設定よりも広い、Apple Books の制限です。Microsoft はポータル サイトとの関連を文書化していないため、管理アプリが消えるときに原因から除外するための確認項目として扱ってください。",
);

/// A true/false setting of a settings catalog policy that the rule reports when false.
struct CatalogCheck {
    /// The setting id after `com.apple.applicationaccess_`.
    id: &'static str,
    /// The name the settings catalog shows.
    name: &'static str,
    /// The message (EN, JA) for the policy's name.
    message: fn(&str) -> (String, String),
    /// A why of its own, when the rule's does not fit.
    why: Option<Text>,
    fix: Text,
}

const CATALOG_CHECKS: [CatalogCheck; 2] = [
    CatalogCheck {
        id: "allowbookstoreerotica",
        name: "Allow Bookstore Erotica",
        message: |name| {
            (
                format!("Settings catalog policy \"{name}\" sets Allow Bookstore Erotica to False, blocking explicit content in Apple Books — a setting the article removed to stop Company Portal from vanishing."),
                format!("設定カタログのポリシー「{name}」は Allow Bookstore Erotica を False にして、Apple Books の成人向けコンテンツをブロックしています。記事ではポータル サイトが消えるのを止めるために外した設定です。"),
            )
        },
        why: None,
        fix: CATALOG_EROTICA_FIX,
    },
    CatalogCheck {
        id: "allowbookstore",
        name: "Allow Bookstore",
        message: |name| {
            (
                format!("Settings catalog policy \"{name}\" sets Allow Bookstore to False, removing the Book Store from Apple Books — a wider Apple Books restriction than the one the article removed."),
                format!("設定カタログのポリシー「{name}」は Allow Bookstore を False にして、Apple Books からブック ストアをなくしています。記事で外した設定よりも広い、Apple Books の制限です。"),
            )
        },
        why: Some(BOOKSTORE_WHY),
        fix: CATALOG_BOOKSTORE_FIX,
    },
];

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "books-explicit-content-blocked",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Apple Books explicit content is blocked",
            "Apple Books の成人向けコンテンツがブロックされている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS template restrictions profile with Block download of explicit sexual content in Apple Books set to Yes (iBooksStoreBlockErotica true), and on a settings catalog policy that sets Allow Bookstore Erotica to False or removes the Book Store (Allow Bookstore False). A value Microsoft's definitions do not name is reported as unknown.",
            "iOS/iPadOS のテンプレートの制限プロファイルで「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」が「はい」(iBooksStoreBlockErotica が true) の場合と、設定カタログのポリシーで Allow Bookstore Erotica を False にしている場合、またはブック ストアをなくしている場合 (Allow Bookstore が False) に報告します。Microsoft の定義にない値は不明として報告します。",
        ),
        why: Text::new(
            "In the article's case this setting was among those removed to stop Company Portal from disappearing. Microsoft does not document a link, so treat it as something to rule out when managed apps vanish.",
            "記事の事例では、ポータル サイトが消えるのを止めるために外した設定の 1 つです。Microsoft は関連を文書化していないため、管理アプリが消えるときに原因から除外するための確認項目として扱ってください。",
        ),
        fix: Text::new(
            concat!(
                "If Company Portal or other managed apps vanish, set Block download of explicit sexual content in Apple Books back to Not configured; in a settings catalog policy, remove Allow Bookstore Erotica and Allow Bookstore (or set them to True): ",
                click_paths::restrictions_app_store_or_catalog_en!(),
                "."
            ),
            concat!(
                "ポータル サイトなどの管理アプリが消える場合は、「Apple Books で成人指定の性的コンテンツのダウンロードをブロックする」を「未構成」に戻してください。設定カタログのポリシーでは、Allow Bookstore Erotica と Allow Bookstore を削除してください (または True にしてください): ",
                click_paths::restrictions_app_store_or_catalog_ja!(),
                "。"
            ),
        ),
        links: &[LEARN_DEVICE_RESTRICTIONS_IOS, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, SC_RESTRICTIONS_DEFINITIONS, ARTICLE],
        sources: &[
            "S-LEARN-DEVICE-RESTRICTIONS",
            "S-GRAPH-IOS-RESTRICTIONS",
            "S-SC-RESTRICTIONS",
            "S-LEARN-SETTINGS-CATALOG",
            "S-ARTICLE",
        ],
        click_path: Some(&click_paths::RESTRICTIONS_APP_STORE_OR_CATALOG),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        let name = display_name(obj);
        let Some(catalog) = CatalogRestrictions::of(obj) else {
            let Some(f) = obj.field(key!("iBooksStoreBlockErotica")) else { continue };
            if f.as_bool() != Some(true) {
                continue;
            }
            out.push(
                Finding::new(
                    meta,
                    i,
                    obj,
                    f.pointer(),
                    ltext(
                        format!("Device restrictions \"{name}\" block explicit sexual content in Apple Books, a setting the article removed to stop Company Portal from vanishing."),
                        format!("デバイスの制限「{name}」は Apple Books の成人指定の性的コンテンツをブロックしています。記事ではポータル サイトが消えるのを止めるために外した設定です。"),
                    ),
                )
                .with_fix(TEMPLATE_FIX.into()),
            );
            continue;
        };
        for check in &CATALOG_CHECKS {
            let Some(c) = catalog.choice(check.id) else { continue };
            let finding = match catalog_flag(c) {
                Some(true) => continue,
                Some(false) => {
                    let (en, ja) = (check.message)(name);
                    let f = Finding::new(meta, i, obj, c.pointer.clone(), ltext(en, ja)).with_fix(check.fix.into());
                    match check.why {
                        Some(why) => f.with_why(why.into()),
                        None => f,
                    }
                }
                None => {
                    let setting = (check.name, check.name);
                    unknown_value(meta, (i, obj), c.pointer.clone(), setting, &shown_value(&c.value), UNKNOWN_FIX)
                }
            };
            out.push(finding);
        }
    }
}
