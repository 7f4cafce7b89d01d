//! `company-portal-hidden` — an iOS/iPadOS device restrictions profile hides Company Portal.
//!
//! S-GRAPH-IOS-RESTRICTIONS, S-LEARN-DEVICE-RESTRICTIONS: "Show or hide apps" is `appsVisibilityListType` +
//! `appsVisibilityList`. With **Hidden apps** (`appsNotInListCompliant`) the listed apps
//! cannot be seen or opened; with **Visible apps** (`appsInListCompliant`) *no other app*
//! can be. So Company Portal is hidden when it is in a hidden list or missing from a
//! visible list. Company Portal is matched by bundle id `com.microsoft.CompanyPortal` or
//! App Store id 719171358 (in `appId`, `bundleId` or `appStoreUrl`). The article's first
//! checklist item.
//!
//! Pointers: the list item (`/appsVisibilityList/3`) for a hidden list; the list type
//! (`/appsVisibilityListType`) for a visible list that lacks Company Portal.
//!
//! Severity: warning.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "company-portal-hidden",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "A device restrictions profile hides Company Portal",
            "デバイスの制限プロファイルがポータル サイトを非表示にしている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS device restrictions profile whose Show or hide apps setting lists Company Portal under Hidden apps, or uses Visible apps without listing Company Portal (bundle id com.microsoft.CompanyPortal or App Store id 719171358).",
            "iOS/iPadOS のデバイスの制限プロファイルで、アプリの表示/非表示の設定が「非表示のアプリ」にポータル サイトを含む場合、または「表示するアプリ」にポータル サイト (バンドル ID com.microsoft.CompanyPortal、App Store ID 719171358) を含まない場合に報告します。",
        ),
        why: Text::new(
            "A hidden app disappears from the home screen and cannot be opened, even though Intune still counts it as installed. With a Visible apps list, every app that is not on the list is hidden — including Company Portal if it was left out. Users then cannot sign in to Company Portal, finish Entra registration or install apps.",
            "非表示にしたアプリは、Intune 上はインストール済みでもホーム画面から消え、開けなくなります。「表示するアプリ」の一覧を使うと、一覧にないアプリはすべて非表示になり、入れ忘れたポータル サイトも隠れます。ユーザーはポータル サイトにサインインできず、Entra 登録の完了やアプリのインストールができなくなります。",
        ),
        fix: &[
            FixStep::new(
                "Remove Company Portal from the Hidden apps list, or add it to the Visible apps list.",
                "「非表示のアプリ」の一覧からポータル サイトを外すか、「表示するアプリ」の一覧に追加してください。",
            )
            .at(&click_paths::RESTRICTIONS_SHOW_HIDE_APPS)
            .changes(key!("appsVisibilityList")),
            FixStep::new(
                "Company Portal's bundle id is com.microsoft.CompanyPortal; its App Store URL is https://apps.apple.com/us/app/intune-company-portal/id719171358.",
                "ポータル サイトのバンドル ID は com.microsoft.CompanyPortal、App Store の URL は https://apps.apple.com/us/app/intune-company-portal/id719171358 です。",
            ),
        ],
        links: &[LEARN_DEVICE_RESTRICTIONS_IOS, GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION, ARTICLE],
        sources: &["S-LEARN-DEVICE-RESTRICTIONS", "S-GRAPH-IOS-RESTRICTIONS", "S-CP-IDENTITY", "S-ARTICLE"],
        click_path: Some(&click_paths::RESTRICTIONS_SHOW_HIDE_APPS),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        let Some(list_type) = obj.field(key!("appsVisibilityListType")) else { continue };
        let Some(kind) = list_type.as_str() else { continue };
        let list = obj.field(key!("appsVisibilityList"));
        let items: Vec<Json<'_>> = list.map(|f| f.value.items().collect()).unwrap_or_default();
        let name = display_name(obj);
        if kind.eq_ignore_ascii_case("appsNotInListCompliant") {
            let Some(list) = list else { continue };
            for (n, item) in items.iter().enumerate() {
                if is_company_portal_item(*item) {
                    out.push(Finding::new(
                        meta,
                        i,
                        obj,
                        format!("{}/{n}", list.pointer()),
                        ltext(
                            format!("Device restrictions \"{name}\" list Company Portal under Hidden apps, so it vanishes from the home screen."),
                            format!("デバイスの制限「{name}」は「非表示のアプリ」にポータル サイトを含んでいるため、ホーム画面から消えます。"),
                        ),
                    ));
                }
            }
        } else if kind.eq_ignore_ascii_case("appsInListCompliant") && !items.iter().any(|v| is_company_portal_item(*v))
        {
            out.push(Finding::new(
                meta,
                i,
                obj,
                list_type.pointer(),
                ltext(
                    format!("Device restrictions \"{name}\" use a Visible apps list without Company Portal, so Company Portal is hidden."),
                    format!("デバイスの制限「{name}」は「表示するアプリ」の一覧にポータル サイトを含まないため、ポータル サイトが非表示になります。"),
                ),
            ));
        }
    }
}
