//! Languages and bilingual text.
//!
//! Every user-visible string of the product exists in English and Japanese. Static strings
//! are [`Text`] (two `&'static str`); strings built at run time (they name a profile, a
//! field, a value) are [`LText`]. Completeness is checked by tests over every table that
//! holds them: an empty side is a bug.

use serde::Serialize;
use std::borrow::Cow;

/// A language the product speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The BCP 47 code: `en` or `ja`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Parses `en`, `ja`, and locale strings such as `ja-JP`, `ja_JP.UTF-8` or `en-US`.
    /// Anything that is not Japanese yields `None` unless it is English.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "ja" || s.starts_with("ja-") || s.starts_with("ja_") || s.starts_with("ja.") {
            Some(Lang::Ja)
        } else if s == "en" || s.starts_with("en-") || s.starts_with("en_") || s.starts_with("en.") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Picks the product language from a list of preferred locales (browser languages or
    /// `LANG`): the first Japanese or English entry wins; English otherwise.
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        prefs.into_iter().find_map(Lang::parse).unwrap_or(Lang::En)
    }
}

/// A static bilingual string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub ja: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, ja: &'static str) -> Text {
        Text { en, ja }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }

    /// Both sides present and not blank.
    pub fn is_complete(&self) -> bool {
        !self.en.trim().is_empty() && !self.ja.trim().is_empty()
    }

    /// As an [`LText`] (borrowing the static strings: no copy).
    pub fn to_owned(&self) -> LText {
        LText { en: Cow::Borrowed(self.en), ja: Cow::Borrowed(self.ja) }
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_owned().serialize(s)
    }
}

/// A bilingual string built at run time, or a static one ([`Text`]) without a copy.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct LText {
    pub en: Cow<'static, str>,
    pub ja: Cow<'static, str>,
}

impl LText {
    pub fn new(en: impl Into<Cow<'static, str>>, ja: impl Into<Cow<'static, str>>) -> LText {
        LText { en: en.into(), ja: ja.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }

    pub fn is_complete(&self) -> bool {
        !self.en.trim().is_empty() && !self.ja.trim().is_empty()
    }
}

impl From<Text> for LText {
    fn from(t: Text) -> LText {
        t.to_owned()
    }
}

/// A link to a public source (Microsoft Learn, the article, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub title: Text,
    pub url: &'static str,
    /// Its id in `docs/sources.md` (see `engine::sources`).
    #[serde(skip)]
    pub source: &'static str,
}

/// A bilingual string table as an enum: `bilingual_table! { /// doc \n pub enum Name { Id => ("en", "ja"), … } }`
/// gives `Name::ALL`, `Name::text()` ([`Text`]) and `Name::get(lang)`. One macro for every
/// fixed table (the page's strings, the CLI's messages): a missing language does not
/// compile, and the tables' tests check that no side is empty.
macro_rules! bilingual_table {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($id:ident => ($en:expr, $ja:expr),)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($id,)* }

        #[allow(dead_code)]
        impl $name {
            /// Every entry, in table order.
            pub const ALL: &'static [$name] = &[$($name::$id,)*];

            /// The entry's text in both languages.
            pub fn text(self) -> $crate::engine::i18n::Text {
                match self { $($name::$id => $crate::engine::i18n::Text::new($en, $ja),)* }
            }

            /// The entry's text in `lang`.
            pub fn get(self, lang: $crate::engine::i18n::Lang) -> &'static str {
                self.text().get(lang)
            }
        }
    };
}
pub(crate) use bilingual_table;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_strings_pick_the_language() {
        assert_eq!(Lang::parse("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::parse("ja_JP.UTF-8"), Some(Lang::Ja));
        assert_eq!(Lang::parse("JA"), Some(Lang::Ja));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("de-DE"), None);
        assert_eq!(Lang::parse("jam"), None);
        assert_eq!(Lang::from_preferences(["de-DE", "ja", "en"]), Lang::Ja);
        assert_eq!(Lang::from_preferences(["fr"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }

    #[test]
    fn blank_sides_are_incomplete() {
        assert!(Text::new("a", "あ").is_complete());
        assert!(!Text::new("a", " ").is_complete());
        assert!(!LText::new("", "あ").is_complete());
    }
}
