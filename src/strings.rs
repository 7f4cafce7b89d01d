//! Every fixed string of the web app's chrome (headings, buttons, hints), in English and
//! Japanese. Data only, compiled on every target so the completeness test runs natively.
//! Engine data (table rows, rules, messages) carry their own bilingual text.

use crate::engine::i18n::{Lang, Text};

macro_rules! strings {
    ($($name:ident => ($en:expr, $ja:expr),)*) => {
        /// A string id of the web app.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum S { $($name,)* }

        impl S {
            pub const ALL: &'static [S] = &[$(S::$name,)*];

            pub fn text(self) -> Text {
                match self { $(S::$name => Text::new($en, $ja),)* }
            }

            pub fn get(self, lang: Lang) -> &'static str {
                self.text().get(lang)
            }
        }
    };
}

strings! {
    AppTitle => ("ADE Auth Advisor", "ADE 認証アドバイザー"),
    Tagline => (
        "Choose the authentication method for iPhone and iPad automated device enrollment in Intune, and check the profiles you already have.",
        "Intune の自動デバイス登録 (ADE) で iPhone / iPad に使う認証方法を選び、既存のプロファイルを確認します。"
    ),
    Privacy => (
        "Everything runs in this page: nothing you paste is uploaded or stored. Only your language and theme choice are kept in this browser.",
        "すべてこのページの中で処理されます。貼り付けた内容はアップロードも保存もされません。言語とテーマの選択だけをこのブラウザーに保存します。"
    ),
    LanguageLabel => ("Language", "言語"),
    TableHeading => ("Which method meets which requirement", "認証方法ごとの対応状況"),
    TableIntro => (
        "The three authentication methods of an ADE enrollment profile compared. Numbered notes qualify a cell where Microsoft's documentation says more than yes or no.",
        "ADE 登録プロファイルで選べる 3 つの認証方法の比較です。Microsoft のドキュメントに「はい / いいえ」だけでは表せない説明がある箇所には、番号付きの注を付けています。"
    ),
    RequirementColumn => ("Requirement", "要件"),
    NotesHeading => ("Notes", "注"),
    SourceLabel => ("Source", "出典"),
    ExtraRowsNote => (
        "Not in the original comparison table; taken from Microsoft's lists and caveats.",
        "元の比較表にはない行で、Microsoft の説明と注意事項から追加しています。"
    ),
    Footer => (
        "Based on Microsoft Learn and a public write-up. Check your tenant before changing a profile: changes apply only to devices that enroll afterwards.",
        "Microsoft Learn と公開記事に基づいています。プロファイルを変更する前にテナントで確認してください。変更は、その後に登録されるデバイスにだけ反映されます。"
    ),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_string_exists_in_both_languages() {
        for s in S::ALL {
            assert!(s.text().is_complete(), "{s:?} has an empty side");
        }
    }

    #[test]
    fn japanese_strings_are_not_english_copies() {
        for s in S::ALL {
            let t = s.text();
            if t.en.chars().count() > 20 {
                assert_ne!(t.en, t.ja, "{s:?} is not translated");
            }
        }
    }
}
