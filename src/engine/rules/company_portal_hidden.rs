//! `company-portal-hidden` — an iOS/iPadOS restrictions profile hides Company Portal.
//!
//! Template profile (S-GRAPH-IOS-RESTRICTIONS, S-LEARN-DEVICE-RESTRICTIONS): "Show or hide
//! apps" is `appsVisibilityListType` + `appsVisibilityList`. With **Hidden apps**
//! (`appsNotInListCompliant`) the listed apps cannot be seen or opened; with **Visible apps**
//! (`appsInListCompliant`) *no other app* can be. Settings catalog (S-SC-RESTRICTIONS): Blocked
//! App Bundle IDs (`com.apple.applicationaccess_blockedappbundleids`) keeps the listed apps
//! from being shown or launched; Allow Listed App Bundle IDs (`…_allowlistedappbundleids`)
//! allows only the listed ones. So Company Portal is hidden when it is in a hidden or blocked
//! list or missing from a visible or allow list. Company Portal is matched by bundle id
//! `com.microsoft.CompanyPortal` or App Store id 719171358 (in `appId`, `bundleId` or
//! `appStoreUrl`). The article's first checklist item.
//!
//! Pointers: the list item (`/appsVisibilityList/3`, or the `value` of the bundle id in a
//! catalog list); the list type (`/appsVisibilityListType`) or the allow list's setting
//! instance for a list that lacks Company Portal.
//!
//! Severity: error (Company Portal cannot be opened at all).

use super::*;
use crate::engine::model::key;

/// The fix in a template profile.
macro_rules! template_fix_en {
    () => {
        concat!("Remove Company Portal from the Hidden apps list, or add it to the Visible apps list (bundle id com.microsoft.CompanyPortal, App Store URL https://apps.apple.com/us/app/intune-company-portal/id719171358): ", click_paths::restrictions_show_hide_en!(), ".")
    };
}
macro_rules! template_fix_ja {
    () => {
        concat!("「非表示のアプリ」の一覧からポータル サイトを外すか、「表示するアプリ」の一覧に追加してください (バンドル ID com.microsoft.CompanyPortal、App Store の URL https://apps.apple.com/us/app/intune-company-portal/id719171358): ", click_paths::restrictions_show_hide_ja!(), "。")
    };
}

/// The fix of a settings catalog policy that blocks Company Portal.
const CATALOG_BLOCKED_FIX: Text = Text::new(
    concat!(
        "Remove com.microsoft.CompanyPortal from Blocked App Bundle IDs: ",
        click_paths::restrictions_catalog_en!(),
        "."
    ),
    concat!(
        "Blocked App Bundle IDs から com.microsoft.CompanyPortal を削除してください: ",
        click_paths::restrictions_catalog_ja!(),
        "。"
    ),
);

/// The fix of a settings catalog allow list without Company Portal.
const CATALOG_ALLOW_LIST_FIX: Text = Text::new(
    concat!("Add com.microsoft.CompanyPortal to Allow Listed App Bundle IDs (or remove the allow list): ", click_paths::restrictions_catalog_en!(), "."),
    concat!("Allow Listed App Bundle IDs に com.microsoft.CompanyPortal を追加してください (または許可リストを削除してください): ", click_paths::restrictions_catalog_ja!(), "。"),
);

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-hidden",
        default_severity: Severity::Error,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "A device restrictions profile hides Company Portal",
            "デバイスの制限プロファイルがポータル サイトを非表示にしている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS restrictions profile that hides Company Portal (bundle id com.microsoft.CompanyPortal or App Store id 719171358): a template profile whose Show or hide apps setting lists it under Hidden apps, or uses Visible apps without it; a settings catalog policy whose Blocked App Bundle IDs lists it, or whose Allow Listed App Bundle IDs leaves it out.",
            "iOS/iPadOS の制限プロファイルがポータル サイト (バンドル ID com.microsoft.CompanyPortal、App Store ID 719171358) を隠している場合に報告します。テンプレートのプロファイルでは、アプリの表示/非表示の設定が「非表示のアプリ」にポータル サイトを含む場合、または「表示するアプリ」に含まない場合です。設定カタログのポリシーでは、Blocked App Bundle IDs にポータル サイトを含む場合、または Allow Listed App Bundle IDs に含まない場合です。",
        ),
        why: Text::new(
            "A hidden app disappears from the home screen and cannot be opened, even though Intune still counts it as installed. With a Visible apps list (Allow Listed App Bundle IDs in the settings catalog), every app that is not on the list is hidden — including Company Portal if it was left out. Users then cannot sign in to Company Portal, finish Entra registration or install apps.",
            "非表示にしたアプリは、Intune 上はインストール済みでもホーム画面から消え、開けなくなります。「表示するアプリ」の一覧 (設定カタログでは Allow Listed App Bundle IDs) を使うと、一覧にないアプリはすべて非表示になり、入れ忘れたポータル サイトも隠れます。ユーザーはポータル サイトにサインインできず、Entra 登録の完了やアプリのインストールができなくなります。",
        ),
        fix: Text::new(
            concat!(
                "Remove Company Portal from the Hidden apps list, or add it to the Visible apps list (bundle id com.microsoft.CompanyPortal, App Store URL https://apps.apple.com/us/app/intune-company-portal/id719171358); in a settings catalog policy, remove com.microsoft.CompanyPortal from Blocked App Bundle IDs or add it to Allow Listed App Bundle IDs: ",
                click_paths::restrictions_show_hide_or_catalog_en!(),
                "."
            ),
            concat!(
                "「非表示のアプリ」の一覧からポータル サイトを外すか、「表示するアプリ」の一覧に追加してください (バンドル ID com.microsoft.CompanyPortal、App Store の URL https://apps.apple.com/us/app/intune-company-portal/id719171358)。設定カタログのポリシーでは、Blocked App Bundle IDs から com.microsoft.CompanyPortal を削除するか、Allow Listed App Bundle IDs に追加してください: ",
                click_paths::restrictions_show_hide_or_catalog_ja!(),
                "。"
            ),
        ),
        links: &[LEARN_DEVICE_RESTRICTIONS_IOS, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, SC_RESTRICTIONS_DEFINITIONS, ARTICLE],
        sources: &[
            "S-LEARN-DEVICE-RESTRICTIONS",
            "S-GRAPH-IOS-RESTRICTIONS",
            "S-SC-RESTRICTIONS",
            "S-LEARN-SETTINGS-CATALOG",
            "S-CP-IDENTITY",
            "S-ARTICLE",
        ],
        click_path: Some(&click_paths::RESTRICTIONS_SHOW_HIDE_APPS_OR_CATALOG),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        match CatalogRestrictions::of(obj) {
            Some(catalog) => check_catalog(meta, i, obj, &catalog, out),
            None => check_template(meta, i, obj, out),
        }
    }
}

fn check_template(meta: &RuleMeta, i: usize, obj: &Object, out: &mut Vec<Finding>) {
    let fix = Text::new(template_fix_en!(), template_fix_ja!());
    let Some(list_type) = obj.field(key!("appsVisibilityListType")) else { return };
    let Some(kind) = list_type.as_str() else { return };
    let list = obj.field(key!("appsVisibilityList"));
    let items: Vec<Json<'_>> = list.map(|f| f.value.items().collect()).unwrap_or_default();
    let name = display_name(obj);
    if kind.eq_ignore_ascii_case("appsNotInListCompliant") {
        let Some(list) = list else { return };
        for (n, item) in items.iter().enumerate() {
            if is_company_portal_item(*item) {
                out.push(
                    Finding::new(
                        meta,
                        i,
                        obj,
                        format!("{}/{n}", list.pointer()),
                        ltext(
                            format!("Device restrictions \"{name}\" list Company Portal under Hidden apps, so it vanishes from the home screen."),
                            format!("デバイスの制限「{name}」は「非表示のアプリ」にポータル サイトを含んでいるため、ホーム画面から消えます。"),
                        ),
                    )
                    .with_fix(fix.into()),
                );
            }
        }
    } else if kind.eq_ignore_ascii_case("appsInListCompliant") && !items.iter().any(|v| is_company_portal_item(*v)) {
        out.push(
            Finding::new(
                meta,
                i,
                obj,
                list_type.pointer(),
                ltext(
                    format!("Device restrictions \"{name}\" use a Visible apps list without Company Portal, so Company Portal is hidden."),
                    format!("デバイスの制限「{name}」は「表示するアプリ」の一覧にポータル サイトを含まないため、ポータル サイトが非表示になります。"),
                ),
            )
            .with_fix(fix.into()),
        );
    }
}

fn check_catalog(meta: &RuleMeta, i: usize, obj: &Object, catalog: &CatalogRestrictions, out: &mut Vec<Finding>) {
    let name = display_name(obj);
    if let Some(blocked) = catalog.list("blockedappbundleids") {
        for item in blocked.company_portal() {
            out.push(
                Finding::new(
                    meta,
                    i,
                    obj,
                    item.pointer.clone(),
                    ltext(
                        format!("Settings catalog policy \"{name}\" lists Company Portal in Blocked App Bundle IDs, so it can be neither seen nor opened."),
                        format!("設定カタログのポリシー「{name}」は Blocked App Bundle IDs にポータル サイトを含んでいるため、ポータル サイトは表示も起動もできません。"),
                    ),
                )
                .with_fix(CATALOG_BLOCKED_FIX.into()),
            );
        }
    }
    if let Some(allowed) = catalog.list("allowlistedappbundleids") {
        if allowed.company_portal().next().is_none() {
            out.push(
                Finding::new(
                    meta,
                    i,
                    obj,
                    allowed.instance,
                    ltext(
                        format!("Settings catalog policy \"{name}\" allows only the apps in Allow Listed App Bundle IDs, and Company Portal is not among them, so it is hidden."),
                        format!("設定カタログのポリシー「{name}」は Allow Listed App Bundle IDs のアプリだけを許可しており、ポータル サイトが含まれていないため、ポータル サイトは非表示になります。"),
                    ),
                )
                .with_fix(CATALOG_ALLOW_LIST_FIX.into()),
            );
        }
    }
}
