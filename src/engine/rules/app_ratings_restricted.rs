//! `app-ratings-restricted` — apps are limited by age rating.
//!
//! Template profile (S-GRAPH-IOS-RESTRICTIONS, S-SC-TEMPLATE-RESTRICTIONS):
//! `mediaContentRatingApps` (Ratings region → Apps) is `allAllowed` (Allow all apps),
//! `allBlocked` (Don't allow apps) or an age (`agesAbove4` … `agesAbove17`). Settings catalog
//! (S-SC-RESTRICTIONS): "Rating Apps - <region>" (`com.apple.applicationaccess_ratingapps<region>`),
//! option `_0` "None" (value 0) to "All" (value 1000, `_5` in the United States, `_22`
//! elsewhere); apps listed in "Rating Apps Exempted Bundle IDs" bypass the age limit
//! (S-LEARN-RATING-EXEMPTION, iOS/iPadOS 26.1 and later per S-APPLE-RESTRICTIONS). The template
//! profile has no exemption list (S-SC-TEMPLATE-RESTRICTIONS).
//!
//! The article's third checklist item: set Apps to "Allow all apps". Why an age limit would
//! hide Company Portal is not documented by Microsoft (S-ARTICLE; no Microsoft source): it is
//! the article's reported risk, a warning. "Don't allow apps" lets no app run at all
//! (S-APPLE-RESTRICTIONS: 0 = None): an error. An age limit with Company Portal exempted is
//! not reported; a value the definitions do not name is reported as unknown (info, the
//! checklist says "unsure").
//!
//! Severity: warning; error for "Don't allow apps"; info for an unknown value.

use super::*;
use crate::engine::model::key;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "app-ratings-restricted",
        default_severity: Severity::Warning,
        since: "0.1.0",
        status: RuleStatus::Stable,
        title: Text::new(
            "Apps are restricted by age rating",
            "アプリが年齢区分で制限されている",
        ),
        what: Text::new(
            "Fires on an iOS/iPadOS restrictions profile that limits apps by age rating: a template profile whose Ratings region → Apps (mediaContentRatingApps) is anything other than Allow all apps, or a settings catalog policy whose Rating Apps - <region> is anything other than All, unless Company Portal (com.microsoft.CompanyPortal) is in Rating Apps Exempted Bundle IDs. Don't allow apps (None in the settings catalog) is reported as an error; a value Microsoft's definitions do not name is reported as unknown.",
            "iOS/iPadOS の制限プロファイルがアプリを年齢区分で制限している場合に報告します。テンプレートのプロファイルでは年齢区分の地域 → アプリ (mediaContentRatingApps) が「すべてのアプリを許可する」以外の場合、設定カタログのポリシーでは Rating Apps - <地域> が All 以外の場合です。ただし、ポータル サイト (com.microsoft.CompanyPortal) が Rating Apps Exempted Bundle IDs に含まれていれば報告しません。「アプリを許可しない」(設定カタログでは None) はエラーとして報告し、Microsoft の定義にない値は不明として報告します。",
        ),
        why: Text::new(
            "An app age limit hides every app rated above the limit from the device, including apps Intune installs. It is one of the settings checked when Company Portal kept disappearing in the article's case (a reported case; Microsoft does not document a link), and it can make other managed apps vanish too. Don't allow apps lets no app run at all. In the settings catalog, apps in Rating Apps Exempted Bundle IDs bypass the age limit (iOS/iPadOS 26.1 and later); the template profile has no such list.",
            "アプリの年齢制限を設定すると、Intune が配布したものも含め、制限を超える区分のアプリはすべてデバイスで表示されなくなります。記事の事例でポータル サイトが消え続けたときに確認した設定の 1 つで (事例の報告であり、Microsoft は関連を文書化していません)、他の管理アプリが消える原因にもなります。「アプリを許可しない」ではどのアプリも実行できません。設定カタログでは、Rating Apps Exempted Bundle IDs に含めたアプリは年齢制限の対象外になります (iOS/iPadOS 26.1 以降)。テンプレートのプロファイルにはこの一覧がありません。",
        ),
        fix: Text::new(
            concat!(
                "Set Ratings region → Apps to Allow all apps (Rating Apps - <region> to All in a settings catalog policy) unless an age limit is really needed. If it is, keep the limit in a settings catalog policy and add com.microsoft.CompanyPortal to Rating Apps Exempted Bundle IDs, the least intrusive fix (iOS/iPadOS 26.1 and later): ",
                click_paths::restrictions_app_store_or_catalog_en!(),
                "."
            ),
            concat!(
                "年齢制限が本当に必要でなければ、年齢区分の地域 → アプリを「すべてのアプリを許可する」にしてください (設定カタログのポリシーでは Rating Apps - <地域> を All に)。必要な場合は、設定カタログのポリシーで制限を残したまま Rating Apps Exempted Bundle IDs に com.microsoft.CompanyPortal を追加するのが最も影響の小さい対処です (iOS/iPadOS 26.1 以降): ",
                click_paths::restrictions_app_store_or_catalog_ja!(),
                "。"
            ),
        ),
        links: &[
            LEARN_DEVICE_RESTRICTIONS_IOS,
            GRAPH_IOS_GENERAL_DEVICE_CONFIGURATION,
            SC_RESTRICTIONS_DEFINITIONS,
            LEARN_RATING_EXEMPTION,
            APPLE_RESTRICTIONS,
            ARTICLE,
        ],
        sources: &[
            "S-LEARN-DEVICE-RESTRICTIONS",
            "S-GRAPH-IOS-RESTRICTIONS",
            "S-SC-TEMPLATE-RESTRICTIONS",
            "S-SC-RESTRICTIONS",
            "S-LEARN-SETTINGS-CATALOG",
            "S-LEARN-RATING-EXEMPTION",
            "S-APPLE-RESTRICTIONS",
            "S-ARTICLE",
        ],
        click_path: Some(&click_paths::RESTRICTIONS_APP_STORE_OR_CATALOG),
        applies_to: &[Kind::IosDeviceRestrictions],
    },
    check,
};

/// Why "Don't allow apps" matters.
const NO_APPS_WHY: Text = Text::new(
    "Don't allow apps (None) is the lowest rating level: no app may run, so every app disappears from the device — Company Portal and every app Intune installs included.",
    "「アプリを許可しない」(None) は最も低い区分で、どのアプリも実行できません。ポータル サイトや Intune が配布したアプリも含め、すべてのアプリがデバイスから消えます。",
);

/// The fixes in a template profile, which has no exemption list.
const TEMPLATE_LIMIT_FIX: Text = Text::new(
    concat!(
        "Set Apps to Allow all apps unless an age limit is really needed: ",
        click_paths::restrictions_app_store_en!(),
        " → Ratings region → Apps. The template profile has no exemption list; to keep an age limit for other apps, configure it in a settings catalog policy instead and add com.microsoft.CompanyPortal to Rating Apps Exempted Bundle IDs (iOS/iPadOS 26.1 and later)."
    ),
    concat!(
        "年齢制限が本当に必要でなければ、アプリを「すべてのアプリを許可する」にしてください: ",
        click_paths::restrictions_app_store_ja!(),
        " → 年齢区分の地域 → アプリ。テンプレートのプロファイルには除外の一覧がありません。他のアプリに年齢制限を残すなら、代わりに設定カタログのポリシーで設定し、Rating Apps Exempted Bundle IDs に com.microsoft.CompanyPortal を追加してください (iOS/iPadOS 26.1 以降)。"
    ),
);
const TEMPLATE_NO_APPS_FIX: Text = Text::new(
    concat!(
        "Set Apps to Allow all apps (or to an age limit if one is really needed): ",
        click_paths::restrictions_app_store_en!(),
        " → Ratings region → Apps."
    ),
    concat!(
        "アプリを「すべてのアプリを許可する」にしてください (年齢制限が本当に必要なら、その年齢に): ",
        click_paths::restrictions_app_store_ja!(),
        " → 年齢区分の地域 → アプリ。"
    ),
);

/// The fixes in a settings catalog policy.
const CATALOG_LIMIT_FIX: Text = Text::new(
    concat!(
        "Add com.microsoft.CompanyPortal to Rating Apps Exempted Bundle IDs — the least intrusive fix: the age limit stays for other apps (iOS/iPadOS 26.1 and later). Or set the rating to All: ",
        click_paths::restrictions_catalog_en!(),
        "."
    ),
    concat!(
        "Rating Apps Exempted Bundle IDs に com.microsoft.CompanyPortal を追加してください。他のアプリには年齢制限を残せる、最も影響の小さい対処です (iOS/iPadOS 26.1 以降)。または区分を All にしてください: ",
        click_paths::restrictions_catalog_ja!(),
        "。"
    ),
);
const CATALOG_NO_APPS_FIX: Text = Text::new(
    concat!(
        "Set the rating to All, or to an age limit if one is really needed (then add com.microsoft.CompanyPortal to Rating Apps Exempted Bundle IDs): ",
        click_paths::restrictions_catalog_en!(),
        "."
    ),
    concat!(
        "区分を All にしてください。年齢制限が本当に必要ならその年齢にして、Rating Apps Exempted Bundle IDs に com.microsoft.CompanyPortal を追加してください: ",
        click_paths::restrictions_catalog_ja!(),
        "。"
    ),
);
const UNKNOWN_FIX: Text = Text::new(
    concat!(
        "Open the profile and check what the setting shows; unless an age limit is really needed, allow all apps: ",
        click_paths::restrictions_app_store_or_catalog_en!(),
        "."
    ),
    concat!(
        "プロファイルを開いて設定の表示を確認してください。年齢制限が本当に必要でなければ、すべてのアプリを許可してください: ",
        click_paths::restrictions_app_store_or_catalog_ja!(),
        "。"
    ),
);

fn check(ctx: &RuleContext, out: &mut Vec<Finding>) {
    let meta = &RULE.meta;
    for (i, obj) in ctx.objects_of(&[Kind::IosDeviceRestrictions]) {
        let name = display_name(obj);
        match CatalogRestrictions::of(obj) {
            Some(catalog) => {
                let exempt = catalog.exempts_company_portal();
                for r in catalog.ratings() {
                    let setting = &r.name;
                    let pointer = r.choice.pointer.clone();
                    let shown = shown_value(&r.choice.value);
                    let finding = match r.rating {
                        AppRating::All => continue,
                        AppRating::Limit(_) if exempt => continue,
                        AppRating::NoApps => {
                            let (note_en, note_ja) = if exempt {
                                (
                                    " Company Portal is in Rating Apps Exempted Bundle IDs, but neither Microsoft nor Apple says whether the exemption lifts None.",
                                    " ポータル サイトは Rating Apps Exempted Bundle IDs に含まれていますが、この除外が None にも効くかどうかは Microsoft も Apple も説明していません。",
                                )
                            } else {
                                ("", "")
                            };
                            Finding::new(
                                meta,
                                i,
                                obj,
                                pointer,
                                ltext(
                                    format!("Settings catalog policy \"{name}\" sets {setting} to None (Don't allow apps): no app can run, Company Portal included.{note_en}"),
                                    format!("設定カタログのポリシー「{name}」は {setting} を None (アプリを許可しない) にしているため、ポータル サイトを含むすべてのアプリが実行できません。{note_ja}"),
                                ),
                            )
                            .with_severity(Severity::Error)
                            .with_why(NO_APPS_WHY.into())
                            .with_fix(CATALOG_NO_APPS_FIX.into())
                        }
                        AppRating::Limit(limit) => Finding::new(
                            meta,
                            i,
                            obj,
                            pointer,
                            ltext(
                                format!("Settings catalog policy \"{name}\" limits apps to {limit} with {setting}, and Company Portal is not in Rating Apps Exempted Bundle IDs."),
                                format!("設定カタログのポリシー「{name}」は {setting} でアプリを {limit} に制限しており、ポータル サイトは Rating Apps Exempted Bundle IDs に含まれていません。"),
                            ),
                        )
                        .with_fix(CATALOG_LIMIT_FIX.into()),
                        AppRating::Unknown => unknown_value(meta, (i, obj), pointer, (setting, setting), &shown, UNKNOWN_FIX),
                    };
                    out.push(finding);
                }
            }
            None => {
                let Some(f) = obj.field(key!("mediaContentRatingApps")) else { continue };
                let Some(value) = f.as_str() else { continue };
                let finding = match AppRating::of_template(value) {
                    AppRating::All => continue,
                    AppRating::NoApps => Finding::new(
                        meta,
                        i,
                        obj,
                        f.pointer(),
                        ltext(
                            format!("Device restrictions \"{name}\" set Ratings region → Apps to Don't allow apps ({value}): no app can run, Company Portal included."),
                            format!("デバイスの制限「{name}」は年齢区分の地域 → アプリを「アプリを許可しない」({value}) にしているため、ポータル サイトを含むすべてのアプリが実行できません。"),
                        ),
                    )
                    .with_severity(Severity::Error)
                    .with_why(NO_APPS_WHY.into())
                    .with_fix(TEMPLATE_NO_APPS_FIX.into()),
                    AppRating::Limit(_) => Finding::new(
                        meta,
                        i,
                        obj,
                        f.pointer(),
                        ltext(
                            format!("Device restrictions \"{name}\" limit apps by age rating ({value}) instead of allowing all apps."),
                            format!("デバイスの制限「{name}」はアプリを年齢区分で制限しています ({value})。「すべてのアプリを許可する」になっていません。"),
                        ),
                    )
                    .with_fix(TEMPLATE_LIMIT_FIX.into()),
                    AppRating::Unknown => unknown_value(
                        meta,
                        (i, obj),
                        f.pointer(),
                        ("Ratings region → Apps", "年齢区分の地域 → アプリ"),
                        value,
                        UNKNOWN_FIX,
                    ),
                };
                out.push(finding);
            }
        }
    }
}
