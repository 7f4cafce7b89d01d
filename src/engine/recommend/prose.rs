//! The prose of the recommendation: labels and lists in both languages, reasons, why a set conflicts, why a method won.

use super::fit::click_path_policies;
use super::sets::minimal_conflicts;
use super::texts;
use super::MethodFit;
use crate::engine::i18n::LText;
use crate::engine::table::{Method, Requirement, RequirementSet};

pub(super) fn label_en(r: Requirement) -> String {
    format!("“{}”", r.row().label.en)
}

pub(super) fn label_ja(r: Requirement) -> String {
    format!("「{}」", r.row().label.ja)
}

fn join_en(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// Japanese list: `A、B と C` style without spaces (`AとB`, `A、BとC`).
fn join_ja(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{}と{}", items[..n - 1].join("、"), items[n - 1]),
    }
}

/// A Japanese name followed by a particle: a space after a closing parenthesis, as the
/// admin center writes `セットアップ アシスタント (レガシ) を`.
pub(super) fn ja_word(s: &str) -> String {
    if s.ends_with(')') {
        format!("{s} ")
    } else {
        s.to_string()
    }
}

pub(super) fn labels(reqs: impl IntoIterator<Item = Requirement>) -> LText {
    let v: Vec<Requirement> = reqs.into_iter().collect();
    LText::new(
        join_en(&v.iter().map(|r| label_en(*r)).collect::<Vec<_>>()),
        join_ja(&v.iter().map(|r| label_ja(*r)).collect::<Vec<_>>()),
    )
}

pub(super) fn methods_text(ms: &[Method]) -> LText {
    LText::new(
        join_en(&ms.iter().map(|m| m.label().en.to_string()).collect::<Vec<_>>()),
        ja_word(&join_ja(&ms.iter().map(|m| m.label().ja.to_string()).collect::<Vec<_>>())),
    )
}

pub(super) fn method_ja(m: Method) -> String {
    ja_word(m.label().ja)
}

pub(super) fn push(t: &mut LText, en: &str, ja: &str) {
    if !t.en.is_empty() && !en.is_empty() {
        t.en.to_mut().push(' ');
    }
    t.en.to_mut().push_str(en);
    t.ja.to_mut().push_str(ja);
}

/// Why `m` does not meet `r`, in words (falls back to a generic sentence for cells that
/// are "yes", which callers do not ask for).
pub fn reason(r: Requirement, m: Method) -> LText {
    match texts::why_not(r, m) {
        Some(t) => t.into(),
        None => LText::new(
            format!("{} meets {}.", m.label().en, label_en(r)),
            format!("{}は{}を満たします。", method_ja(m), label_ja(r)),
        ),
    }
}

pub(super) fn conflict_why(c: RequirementSet) -> LText {
    let l = labels(c.iter());
    let mut en: Vec<String> = Vec::new();
    let mut ja: Vec<String> = Vec::new();
    for r in c.iter() {
        let e = texts::essence(r);
        en.push(e.en.to_string());
        ja.push(e.ja.to_string());
    }
    let mut t = LText::new(
        format!("No method meets {} together: {}.", l.en, en.join("; ")),
        format!("{}を同時に満たす方法はありません。{}。", l.ja, ja.join("。")),
    );
    if c.len() == 2 && c.contains(Requirement::EntraRegistration) && c.contains(Requirement::NoEntraRegistration) {
        push(
            &mut t,
            "These two contradict each other directly; decide whether devices should be in Microsoft Entra ID.",
            "この 2 つは互いに矛盾しています。デバイスを Microsoft Entra ID に登録するかどうかを決めてください。",
        );
    }
    // Which method misses what, grouping methods that miss the same requirements.
    let mut groups: Vec<(Vec<Method>, RequirementSet)> = Vec::new();
    for m in Method::ALL {
        let miss: RequirementSet = c.iter().filter(|r| !r.row().value(m)).collect();
        match groups.iter_mut().find(|(_, s)| *s == miss) {
            Some((ms, _)) => ms.push(m),
            None => groups.push((vec![m], miss)),
        }
    }
    let en: Vec<String> = groups
        .iter()
        .map(|(ms, miss)| {
            format!(
                "{} {} {}",
                methods_text(ms).en,
                if ms.len() == 1 { "misses" } else { "miss" },
                labels(miss.iter()).en
            )
        })
        .collect();
    let ja: Vec<String> =
        groups.iter().map(|(ms, miss)| format!("{}は{}を", methods_text(ms).ja, labels(miss.iter()).ja)).collect();
    push(&mut t, &format!("({}.)", en.join("; ")), &format!("({}満たしません。)", ja.join("、")));
    t
}

pub(super) fn why_recommended(
    reqs: RequirementSet,
    winner: Option<Method>,
    fits: &[Method],
    methods: &[MethodFit],
) -> LText {
    let unmet_of = |m: Method| -> Vec<Requirement> {
        methods
            .iter()
            .find(|f| f.method == m)
            .map(|f| f.unmet.iter().map(|u| u.requirement).collect())
            .unwrap_or_default()
    };
    let legacy_fits = fits.contains(&Method::SetupAssistantLegacy);
    let cp_fits = fits.contains(&Method::CompanyPortal);
    let mut t = LText::default();
    match winner {
        None => {
            let n = minimal_conflicts(reqs).len();
            push(
                &mut t,
                &format!(
                    "No method meets every stated requirement: {} conflicting combination{} below. Each option below drops as little as possible to get a fit.",
                    n,
                    if n == 1 { " is shown" } else { "s are shown" }
                ),
                &format!(
                    "指定したすべての条件を満たす方法はありません。矛盾する組み合わせ ({} 件) を下に示します。適合させるためにやめる条件の最小限の組み合わせも示します。",
                    n
                ),
            );
        }
        Some(Method::SetupAssistantModern) => {
            if reqs.is_empty() {
                push(
                    &mut t,
                    "No requirement is selected, so every method fits. Setup Assistant with modern authentication is recommended: in 2021 Microsoft asked customers using Company Portal's single-app mode to move to it (message center post MC284343), labels it the recommended method (2025) and calls legacy deprecated (2026). It is also the change that ended the vanishing Company Portal problem in the write-up.",
                    "条件が選ばれていないので、どの方法も適合します。先進認証を使用したセットアップ アシスタントをお勧めします。Microsoft は 2021 年にポータル サイトのシングル アプリ モードの利用者にこの方法への移行を求め (メッセージ センター MC284343)、2025 年に推奨の方法と明記し、2026 年にはレガシを非推奨としました。記事でポータル サイトが消える問題を解消したのもこの変更です。",
                );
            } else {
                push(
                    &mut t,
                    &format!(
                        "Setup Assistant with modern authentication meets {} and is Microsoft's recommended method (labelled recommended in 2025; legacy deprecated in 2026; in 2021, MC284343 asked users of Company Portal's single-app mode to move to it). It is also the change that ended the vanishing Company Portal problem in the write-up.",
                        match reqs.len() {
                            1 => "the selected requirement".to_string(),
                            2 => "both selected requirements".to_string(),
                            n => format!("all {n} selected requirements"),
                        }
                    ),
                    &format!(
                        "先進認証を使用したセットアップ アシスタントは、選んだ {} 件の条件をすべて満たし、Microsoft が推奨する方法です (2025 年に推奨と明記、2026 年にレガシは非推奨。2021 年には MC284343 でポータル サイトのシングル アプリ モードの利用者に移行を求めました)。記事でポータル サイトが消える問題を解消したのもこの変更です。",
                        reqs.len()
                    ),
                );
                if cp_fits {
                    push(
                        &mut t,
                        "Company Portal fits too, but Microsoft ranks it second, and its single-app mode is what the write-up blamed for the disappearing Company Portal app.",
                        "ポータル サイトも適合しますが、Microsoft の評価では 2 番目で、記事ではそのシングル アプリ モードがポータル サイト アプリが消える原因とされています。",
                    );
                }
                if legacy_fits {
                    push(
                        &mut t,
                        "Setup Assistant (legacy) fits as well, but Microsoft has deprecated it.",
                        "セットアップ アシスタント (レガシ) も適合しますが、Microsoft は非推奨としています。",
                    );
                }
            }
        }
        Some(Method::CompanyPortal) => {
            let l = labels(unmet_of(Method::SetupAssistantModern));
            push(
                &mut t,
                &format!(
                    "Company Portal is recommended because Setup Assistant with modern authentication, Microsoft's first choice, does not meet {}.",
                    l.en
                ),
                &format!(
                    "Microsoft が第一に推奨する先進認証を使用したセットアップ アシスタントが{}を満たさないため、ポータル サイトをお勧めします。",
                    l.ja
                ),
            );
            if legacy_fits {
                push(
                    &mut t,
                    "Setup Assistant (legacy) fits as well, but Microsoft has deprecated it.",
                    "セットアップ アシスタント (レガシ) も適合しますが、Microsoft は非推奨としています。",
                );
            } else {
                let l = labels(unmet_of(Method::SetupAssistantLegacy));
                push(
                    &mut t,
                    &format!("Setup Assistant (legacy) does not meet {}.", l.en),
                    &format!("セットアップ アシスタント (レガシ) は{}を満たしません。", l.ja),
                );
            }
            if reqs.contains(Requirement::LockUntilCompanyPortal) {
                push(
                    &mut t,
                    "Keeping the device locked until Company Portal is installed makes Company Portal the only fit. The lock is the method's option \"Run Company Portal in Single App Mode until authentication\": turn it on, with a VPP token chosen under \"Install Company Portal with VPP\" (nuance N8). Read the warnings below before you choose it.",
                    "ポータル サイトのインストールまでデバイスをロックする条件があるため、適合するのはポータル サイトだけです。ロックはこの方法の設定「認証されるまでシングル アプリ モードでポータル サイトを実行する」によるものなので、この設定をオンにし、「VPP によるポータル サイトのインストール」で VPP トークンを選んでください (補足 N8)。選ぶ前に下の注意事項を確認してください。",
                );
            }
        }
        Some(Method::SetupAssistantLegacy) => {
            let um = unmet_of(Method::SetupAssistantModern);
            let uc = unmet_of(Method::CompanyPortal);
            let (lm, lc) = (labels(um.iter().copied()), labels(uc.iter().copied()));
            let (en, ja) = if um == uc {
                (
                    format!("neither Setup Assistant with modern authentication nor Company Portal meets {}", lm.en),
                    format!("先進認証を使用したセットアップ アシスタントもポータル サイトも{}を満たしません", lm.ja),
                )
            } else {
                (
                    format!(
                        "Setup Assistant with modern authentication does not meet {}, and Company Portal does not meet {}",
                        lm.en, lc.en
                    ),
                    format!("先進認証を使用したセットアップ アシスタントは{}を、ポータル サイトは{}を満たしません", lm.ja, lc.ja),
                )
            };
            push(
                &mut t,
                &format!(
                    "Setup Assistant (legacy) is the only method that fits: {en}. Microsoft has deprecated legacy, so check whether these requirements are still needed."
                ),
                &format!(
                    "適合するのはセットアップ アシスタント (レガシ) だけです。{ja}。Microsoft はレガシを非推奨としているため、これらの条件が本当に必要か確認してください。"
                ),
            );
        }
    }
    t
}

/// Where the method is changed in the newer Enrollment policies experience, as a sentence.
pub(super) fn policies_alternative() -> LText {
    let p = click_path_policies();
    LText::new(
        format!(
            "If your tenant uses the newer Enrollment policies experience, the authentication method is a setting of the policy: {}. Microsoft will eventually retire the Profiles page.",
            p.en
        ),
        format!(
            "テナントで新しい「登録ポリシー」の画面を使っている場合、認証方法はポリシーの設定です: {}。Microsoft は「プロファイル」の画面をいずれ廃止する予定です。",
            p.ja
        ),
    )
}
