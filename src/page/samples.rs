//! The "Load sample" menu: realistic inputs written for this project (no tenant data),
//! compiled into the app so loading one never touches the network.

use crate::engine::i18n::Text;

/// One sample input.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    /// Stable id (menu value, tests).
    pub id: &'static str,
    pub label: Text,
    /// Shown as the input's name.
    pub file_name: &'static str,
    pub text: &'static str,
}

pub static SAMPLES: [Sample; 6] = [
    Sample {
        id: "legacy",
        label: Text::new("Setup Assistant (legacy) profile", "セットアップ アシスタント (レガシ) のプロファイル"),
        file_name: "legacy.json",
        text: include_str!("../../www/samples/legacy.json"),
    },
    Sample {
        id: "company-portal",
        label: Text::new("Company Portal + single-app mode", "ポータル サイト + シングル アプリ モード"),
        file_name: "company-portal-single-app.json",
        text: include_str!("../../www/samples/company-portal-single-app.json"),
    },
    Sample {
        id: "modern",
        label: Text::new("Setup Assistant with modern authentication", "先進認証を使用したセットアップ アシスタント"),
        file_name: "modern.json",
        text: include_str!("../../www/samples/modern.json"),
    },
    Sample {
        id: "settings-catalog",
        label: Text::new("Enrollment policy (settings catalog)", "登録ポリシー (設定カタログ)"),
        file_name: "settings-catalog.json",
        text: include_str!("../../www/samples/settings-catalog.json"),
    },
    Sample {
        id: "restrictions",
        label: Text::new("Restrictions hiding Company Portal", "ポータル サイトを隠す制限"),
        file_name: "restrictions-hiding-company-portal.json",
        text: include_str!("../../www/samples/restrictions-hiding-company-portal.json"),
    },
    Sample {
        id: "broken",
        label: Text::new("Broken JSON", "壊れた JSON"),
        file_name: "broken.json",
        text: include_str!("../../www/samples/broken.json"),
    },
];

pub fn sample(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::input::SourceText;
    use crate::engine::model::AuthMethod;
    use crate::engine::{analyze, Options};

    fn run(id: &str) -> crate::engine::Analysis {
        let s = sample(id).unwrap();
        analyze(&[SourceText { name: s.file_name, bytes: s.text.as_bytes() }], Options::default())
    }

    fn rules(a: &crate::engine::Analysis) -> Vec<&str> {
        a.findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn every_sample_has_both_labels_and_a_unique_id() {
        for (i, s) in SAMPLES.iter().enumerate() {
            assert!(s.label.is_complete());
            assert!(SAMPLES[..i].iter().all(|o| o.id != s.id));
        }
    }

    #[test]
    fn samples_yield_their_method_and_findings() {
        let a = run("legacy");
        assert_eq!(a.objects[0].method(), Some(AuthMethod::SetupAssistantLegacy));
        assert!(rules(&a).contains(&"legacy-setup-assistant"));

        let a = run("company-portal");
        assert_eq!(a.objects[0].method(), Some(AuthMethod::CompanyPortal));
        assert!(rules(&a).contains(&"company-portal-app-vanishes"));
        assert!(rules(&a).contains(&"single-app-mode-mfa"));
        assert!(a.checklist.is_some());

        let a = run("modern");
        assert_eq!(a.objects[0].method(), Some(AuthMethod::SetupAssistantModern));
        assert!(a.errors.is_empty());
        assert!(a.findings.iter().all(|f| f.severity != crate::engine::rules::Severity::Error));

        let a = run("settings-catalog");
        assert_eq!(a.objects[0].kind, crate::engine::model::Kind::IosEnrollmentPolicy);
        assert_eq!(a.objects[0].method(), Some(AuthMethod::SetupAssistantModern));

        let a = run("restrictions");
        assert_eq!(a.objects.len(), 2);
        for r in ["company-portal-hidden", "app-ratings-restricted", "books-explicit-content-blocked"] {
            assert!(rules(&a).contains(&r), "{r}");
        }

        let a = run("broken");
        assert!(a.objects.is_empty());
        assert_eq!(a.errors.len(), 1);
        assert_eq!((a.errors[0].line, a.errors[0].column), (Some(5), Some(3)));
    }
}
