//! The iOS/iPadOS restrictions the article's checklist reads, from either kind of profile:
//! the template profile (`iosGeneralDeviceConfiguration`, S-GRAPH-IOS-RESTRICTIONS) or a
//! settings-catalog policy (Apple's Restrictions payload as `com.apple.applicationaccess_*`
//! settings, S-SC-RESTRICTIONS), with the option values of Microsoft's definitions.

use super::{display_name, ltext, names_company_portal, Finding, RuleMeta, Severity};
use crate::engine::classify::catalog::{self, Choice, RESTRICTIONS_PREFIX};
use crate::engine::i18n::Text;
use crate::engine::input::terraform;
use crate::engine::json::{to_compact, Value};
use crate::engine::model::Object;
use serde::Serialize;

/// The Graph type of the template profile (S-GRAPH-IOS-RESTRICTIONS).
const TEMPLATE_TYPE: &str = "iosGeneralDeviceConfiguration";

/// Which kind of restrictions profile an object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestrictionsFormat {
    /// The template profile (Templates → Device restrictions).
    Template,
    /// A settings-catalog policy.
    SettingsCatalog,
}

impl RestrictionsFormat {
    /// The format of a restrictions object: a settings-catalog policy has `settings`; a
    /// template profile says so by its type whatever else it holds.
    pub fn of(obj: &Object) -> RestrictionsFormat {
        let template_type = obj.odata_type().is_some_and(|t| {
            let t = t.trim();
            t.len() >= TEMPLATE_TYPE.len()
                && t.get(t.len() - TEMPLATE_TYPE.len()..).is_some_and(|end| end.eq_ignore_ascii_case(TEMPLATE_TYPE))
        });
        // Settings in any shape: Graph's list, Terraform's nested block or JSON-encoded string.
        if !template_type && terraform::settings(obj).is_some() {
            RestrictionsFormat::SettingsCatalog
        } else {
            RestrictionsFormat::Template
        }
    }

    /// The id the reports write: `template` or `settings-catalog`.
    pub fn id(self) -> &'static str {
        match self {
            RestrictionsFormat::Template => "template",
            RestrictionsFormat::SettingsCatalog => "settings-catalog",
        }
    }

    /// The admin center's name for the kind of profile.
    pub fn label(self) -> Text {
        match self {
            RestrictionsFormat::Template => Text::new("template", "テンプレート"),
            RestrictionsFormat::SettingsCatalog => Text::new("settings catalog", "設定カタログ"),
        }
    }
}

/// What an app age-rating setting allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AppRating {
    /// "Don't allow apps" (template `allBlocked`, catalog "None" = 0): no app may run.
    NoApps,
    /// Apps up to this age rating ("12+").
    Limit(&'static str),
    /// Every app ("Allow all apps", catalog "All" = 1000).
    All,
    /// A value the definitions do not name.
    Unknown,
}

impl AppRating {
    /// The template's `mediaContentRatingApps` (S-GRAPH-IOS-RESTRICTIONS,
    /// S-SC-TEMPLATE-RESTRICTIONS).
    pub fn of_template(value: &str) -> AppRating {
        const LIMITS: [(&str, &str); 4] =
            [("agesAbove4", "4+"), ("agesAbove9", "9+"), ("agesAbove12", "12+"), ("agesAbove17", "17+")];
        let v = value.trim();
        if v.eq_ignore_ascii_case("allAllowed") {
            AppRating::All
        } else if v.eq_ignore_ascii_case("allBlocked") {
            AppRating::NoApps
        } else {
            LIMITS
                .iter()
                .find(|(k, _)| v.eq_ignore_ascii_case(k))
                .map_or(AppRating::Unknown, |(_, l)| AppRating::Limit(l))
        }
    }
}

/// The options of `…_ratingapps<region>` in Microsoft's definitions, by option number
/// (S-SC-RESTRICTIONS): the United States has six, the other regions twenty-three.
const US_OPTIONS: &[&str] = &["None", "4+", "9+", "12+", "17+", "All"];
const OTHER_OPTIONS: &[&str] = &[
    "None", "1+", "2+", "3+", "4+", "5+", "6+", "7+", "8+", "9+", "10+", "11+", "12+", "13+", "14+", "15+", "16+",
    "17+", "18+", "19+", "20+", "21+", "All",
];

/// The regions of "Rating Apps - <region>": the code in the setting id, and the name the
/// setting shows (S-SC-RESTRICTIONS).
const REGIONS: [(&str, &str); 9] = [
    ("au", "Australia"),
    ("ca", "Canada"),
    ("de", "Germany"),
    ("fr", "France"),
    ("gb", "Great Britain"),
    ("ie", "Ireland"),
    ("jp", "Japan"),
    ("nz", "New Zealand"),
    ("us", "United States"),
];

/// One "Rating Apps - <region>" setting of a settings-catalog policy.
pub(crate) struct CatalogRating<'a> {
    pub choice: &'a Choice,
    /// The setting's name, e.g. "Rating Apps - Japan".
    pub name: String,
    pub rating: AppRating,
}

/// A simple setting collection of a settings-catalog policy (a list of bundle ids).
pub(crate) struct CatalogList<'a> {
    /// Pointer of the setting instance, relative to the policy.
    pub instance: &'a str,
    pub items: Vec<&'a Choice>,
}

impl CatalogList<'_> {
    /// The items that name Company Portal.
    pub fn company_portal(&self) -> impl Iterator<Item = &Choice> {
        self.items.iter().copied().filter(|c| c.value.as_str().is_some_and(names_company_portal))
    }
}

/// The Restrictions settings of a settings-catalog policy.
pub(crate) struct CatalogRestrictions {
    values: Vec<Choice>,
}

impl CatalogRestrictions {
    /// The settings of a settings-catalog restrictions policy; `None` for a template profile.
    pub fn of(obj: &Object) -> Option<CatalogRestrictions> {
        if RestrictionsFormat::of(obj) != RestrictionsFormat::SettingsCatalog {
            return None;
        }
        let values =
            catalog::choices(obj).into_iter().filter(|c| c.definition.starts_with(RESTRICTIONS_PREFIX)).collect();
        Some(CatalogRestrictions { values })
    }

    /// Whether a value belongs to the setting `com.apple.applicationaccess_<name>`.
    fn is(c: &Choice, name: &str) -> bool {
        c.definition.get(RESTRICTIONS_PREFIX.len()..) == Some(name)
    }

    /// The first value of a choice setting.
    pub fn choice(&self, name: &str) -> Option<&Choice> {
        self.values.iter().find(|c| Self::is(c, name))
    }

    /// A list setting, when the policy has it (its first instance).
    pub fn list(&self, name: &str) -> Option<CatalogList<'_>> {
        let first = self.choice(name)?;
        let items = self.values.iter().filter(|c| Self::is(c, name) && c.instance == first.instance).collect();
        Some(CatalogList { instance: &first.instance, items })
    }

    /// Every "Rating Apps - <region>" setting, in document order.
    pub fn ratings(&self) -> Vec<CatalogRating<'_>> {
        self.values
            .iter()
            .filter_map(|c| {
                let code = c.definition.get(RESTRICTIONS_PREFIX.len()..)?.strip_prefix("ratingapps")?;
                let (code, region) = REGIONS.iter().find(|(r, _)| *r == code)?;
                let options = if *code == "us" { US_OPTIONS } else { OTHER_OPTIONS };
                let rating = match c.option().and_then(|o| o.parse::<usize>().ok()).and_then(|n| options.get(n)) {
                    Some(&"None") => AppRating::NoApps,
                    Some(&"All") => AppRating::All,
                    Some(limit) => AppRating::Limit(limit),
                    None => AppRating::Unknown,
                };
                Some(CatalogRating { choice: c, name: format!("Rating Apps - {region}"), rating })
            })
            .collect()
    }

    /// Whether "Rating Apps Exempted Bundle IDs" names Company Portal.
    pub fn exempts_company_portal(&self) -> bool {
        self.list("ratingappsexemptedbundleids").is_some_and(|l| l.company_portal().next().is_some())
    }
}

/// Why a value the definitions do not name matters.
const UNKNOWN_WHY: Text = Text::new(
    "The value is not one of the options Microsoft's definitions name, so what it restricts cannot be told from the JSON.",
    "Microsoft の定義にある選択肢のどれでもないため、何が制限されるかを JSON から判断できません。",
);

/// A finding for a restriction value the definitions do not name (info: reported as
/// unknown, never guessed; the checklist item says "unsure"). `setting` is the setting's
/// name (EN, JA); `fix` says where to look.
pub(crate) fn unknown_value(
    meta: &RuleMeta,
    (i, obj): (usize, &Object),
    pointer: String,
    setting: (&str, &str),
    value: &str,
    fix: Text,
) -> Finding {
    let name = display_name(obj);
    Finding::new(
        meta,
        i,
        obj,
        pointer,
        ltext(
            format!("The restrictions \"{name}\" set {} to {value}, a value Microsoft's definitions do not name: what it restricts is unknown.", setting.0),
            format!("制限「{name}」は {} を {value} にしていますが、Microsoft の定義にない値のため、何が制限されるかは不明です。", setting.1),
        ),
    )
    .with_severity(Severity::Info)
    .with_why(UNKNOWN_WHY.into())
    .with_fix(fix.into())
}

/// A setting's value as a message shows it: a string as it is, anything else as JSON.
pub(crate) fn shown_value(v: &Value) -> String {
    match v.as_str() {
        Some(s) => s.to_string(),
        None => to_compact(v),
    }
}

/// A true/false choice of Microsoft's definitions (`<id>_true`, `<id>_false`): `None` for
/// any other value.
pub(crate) fn catalog_flag(choice: &Choice) -> Option<bool> {
    match choice.option()?.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(definition: &str, value: &str) -> Choice {
        Choice {
            definition: definition.into(),
            value: Value::String(value.into()),
            pointer: String::new(),
            instance: String::new(),
        }
    }

    fn rating(definition: &str, value: &str) -> AppRating {
        let r = CatalogRestrictions { values: vec![choice(definition, value)] };
        r.ratings().first().map(|r| r.rating).unwrap_or(AppRating::Unknown)
    }

    #[test]
    fn rating_options_follow_microsofts_definitions_per_region() {
        let jp = "com.apple.applicationaccess_ratingappsjp";
        let us = "com.apple.applicationaccess_ratingappsus";
        assert_eq!(rating(jp, "com.apple.applicationaccess_ratingappsjp_0"), AppRating::NoApps);
        assert_eq!(rating(jp, "com.apple.applicationaccess_ratingappsjp_12"), AppRating::Limit("12+"));
        assert_eq!(rating(jp, "com.apple.applicationaccess_ratingappsjp_22"), AppRating::All);
        assert_eq!(rating(jp, "com.apple.applicationaccess_ratingappsjp_23"), AppRating::Unknown);
        assert_eq!(rating(us, "com.apple.applicationaccess_ratingappsus_3"), AppRating::Limit("12+"));
        assert_eq!(rating(us, "com.apple.applicationaccess_ratingappsus_5"), AppRating::All);
        assert_eq!(rating(us, "com.apple.applicationaccess_ratingappsus_22"), AppRating::Unknown);
        assert_eq!(rating(us, "com.apple.applicationaccess_ratingappsus_x"), AppRating::Unknown);
        assert_eq!(rating(us, "com.apple.applicationaccess_ratingappsjp_0"), AppRating::Unknown, "another setting");
        let exempted = CatalogRestrictions {
            values: vec![choice(
                "com.apple.applicationaccess_ratingappsexemptedbundleids",
                "com.microsoft.CompanyPortal",
            )],
        };
        assert!(exempted.ratings().is_empty(), "the exemption list is not a region");
        assert!(exempted.exempts_company_portal());
    }

    #[test]
    fn a_template_profile_stays_a_template_whatever_it_holds() {
        let obj = |v| Object::new(crate::engine::model::Kind::IosDeviceRestrictions, 0, "p", "", v);
        let catalog = serde_json::json!({"settings": []});
        assert_eq!(RestrictionsFormat::of(&obj(catalog)), RestrictionsFormat::SettingsCatalog);
        let odd = serde_json::json!({"@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "settings": []});
        assert_eq!(RestrictionsFormat::of(&obj(odd)), RestrictionsFormat::Template);
        assert_eq!(RestrictionsFormat::of(&obj(serde_json::json!({"settings": "x"}))), RestrictionsFormat::Template);
    }

    #[test]
    fn template_ratings_and_flags() {
        assert_eq!(AppRating::of_template("allAllowed"), AppRating::All);
        assert_eq!(AppRating::of_template("allBlocked"), AppRating::NoApps);
        assert_eq!(AppRating::of_template("agesAbove9"), AppRating::Limit("9+"));
        assert_eq!(AppRating::of_template("agesAbove18"), AppRating::Unknown);
        let d = "com.apple.applicationaccess_allowbookstore";
        assert_eq!(catalog_flag(&choice(d, "com.apple.applicationaccess_allowbookstore_false")), Some(false));
        assert_eq!(catalog_flag(&choice(d, "com.apple.applicationaccess_allowbookstore_true")), Some(true));
        assert_eq!(catalog_flag(&choice(d, "com.apple.applicationaccess_allowbookstore_0")), None);
    }
}
