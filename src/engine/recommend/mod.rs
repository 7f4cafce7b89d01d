//! Requirements → authentication method.
//!
//! The user states what the organisation needs (a [`RequirementSet`]; unchecked = "don't
//! care"). [`recommend`] says, for every method, whether it fits and why not; which method
//! to use and why; and, when nothing fits, the smallest sets of requirements that conflict
//! and what to drop. [`profile_fit`] checks one pasted profile's method against the same
//! requirements (the rule `requirement-not-met` turns it into findings).
//!
//! A method meets a requirement exactly when the comparison table says "yes"
//! (`Requirement::row().value(method)`); Microsoft's nuances (N1–N7) never change a value,
//! they are attached to the reasons and advice where they change what to do.
//!
//! Pure and deterministic; no I/O; never panics.

mod texts;

use super::click_paths;
use super::i18n::{LText, Link, Text};
use super::model::AuthMethod;
use super::table::{Method, Nuance, Requirement, RequirementSet, RowSource, NUANCES};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
pub use texts::{AdviceText, ALL_ADVICE};

/// Preference among fitting methods: Microsoft's recommendation (and the article's fix)
/// first, then Company Portal, then the deprecated legacy method.
pub const PREFERENCE: [Method; 3] = [Method::SetupAssistantModern, Method::CompanyPortal, Method::SetupAssistantLegacy];

/// A reference to one of Microsoft's nuances (S-LEARN-IOS-GUIDE), with its text and source.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NuanceRef {
    pub id: &'static str,
    pub text: Text,
    pub link: Link,
}

impl NuanceRef {
    fn of(n: &Nuance) -> NuanceRef {
        NuanceRef { id: n.id, text: n.text, link: n.link }
    }

    /// The nuance with this id (`N1` … `N7`).
    pub fn by_id(id: &str) -> Option<NuanceRef> {
        NUANCES.iter().find(|n| n.id == id).map(NuanceRef::of)
    }
}

/// A requirement a method does not meet, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unmet {
    pub requirement: Requirement,
    pub reason: LText,
    /// Where the table row comes from (the article's table, or Microsoft's lists only).
    pub row_source: RowSource,
    /// The row's source link.
    pub link: Link,
    /// Nuances that qualify this cell (e.g. N1/N2 for legacy).
    pub nuances: Vec<NuanceRef>,
}

/// Whether one method fits the stated requirements.
///
/// Serialises as `{"method", "fits", "unmet": [requirement ids], "reasons": [Unmet…]}`.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodFit {
    pub method: Method,
    pub fits: bool,
    pub unmet: Vec<Unmet>,
}

impl MethodFit {
    /// The unmet requirements' ids, in table order.
    pub fn unmet_ids(&self) -> Vec<&'static str> {
        self.unmet.iter().map(|u| u.requirement.id()).collect()
    }
}

impl Serialize for MethodFit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("MethodFit", 4)?;
        st.serialize_field("method", &self.method)?;
        st.serialize_field("fits", &self.fits)?;
        st.serialize_field("unmet", &self.unmet_ids())?;
        st.serialize_field("reasons", &self.unmet)?;
        st.end()
    }
}

/// One way out of a conflict: drop these requirements and these methods fit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resolution {
    pub drop: Vec<Requirement>,
    /// In order of preference (the first is what would be recommended).
    pub then_fits: Vec<Method>,
    pub text: LText,
}

/// A minimal set of stated requirements that no method meets together (every proper
/// subset has a fitting method).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub requirements: RequirementSet,
    pub why: LText,
    /// Drops (of the whole stated set) that lead to a fit; each touches this conflict.
    pub resolutions: Vec<Resolution>,
}

/// A note that changes what to do, with its sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Advice {
    pub id: &'static str,
    pub text: LText,
    pub links: Vec<Link>,
}

impl Advice {
    fn of(a: &AdviceText) -> Advice {
        Advice { id: a.id, text: a.text.into(), links: a.links.to_vec() }
    }
}

/// The answer to "which method fits what we need?".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    pub requirements: RequirementSet,
    /// `None` when no method fits.
    pub recommended: Option<Method>,
    /// Why the recommended method won, or why there is none.
    pub why: LText,
    /// Every method in the article's column order.
    pub methods: Vec<MethodFit>,
    /// Minimal conflicting requirement sets (empty when a method fits).
    pub conflicts: Vec<Conflict>,
    /// Minimal drops that lead to a fit (empty when a method fits).
    pub resolutions: Vec<Resolution>,
    pub warnings: Vec<Advice>,
    /// Microsoft's nuances that change this advice.
    pub nuances: Vec<NuanceRef>,
}

impl Recommendation {
    /// The fit of one method.
    pub fn fit(&self, m: Method) -> Option<&MethodFit> {
        self.methods.iter().find(|f| f.method == m)
    }

    /// Methods that fit, in the article's column order.
    pub fn fitting(&self) -> Vec<Method> {
        self.methods.iter().filter(|f| f.fits).map(|f| f.method).collect()
    }

    pub fn warning(&self, id: &str) -> Option<&Advice> {
        self.warnings.iter().find(|a| a.id == id)
    }

    /// Every bilingual text this recommendation carries (for completeness checks).
    pub fn texts(&self) -> Vec<&LText> {
        let mut v = vec![&self.why];
        for f in &self.methods {
            v.extend(f.unmet.iter().map(|u| &u.reason));
        }
        for c in &self.conflicts {
            v.push(&c.why);
            v.extend(c.resolutions.iter().map(|r| &r.text));
        }
        v.extend(self.resolutions.iter().map(|r| &r.text));
        v.extend(self.warnings.iter().map(|a| &a.text));
        v
    }
}

// ---------------------------------------------------------------------------------------
// Set arithmetic over the table.

/// True when `m` meets every requirement in `reqs`.
pub fn meets_all(m: Method, reqs: RequirementSet) -> bool {
    reqs.is_subset_of(column(m))
}

/// The requirements `m` meets (its column of the table).
pub fn column(m: Method) -> RequirementSet {
    Requirement::ALL.into_iter().filter(|r| r.row().value(m)).collect()
}

/// The three columns in [`Method::ALL`] order, computed once per call site.
fn columns() -> [RequirementSet; 3] {
    Method::ALL.map(column)
}

/// Methods that meet every requirement in `reqs`, in order of [`PREFERENCE`].
pub fn fitting_methods(reqs: RequirementSet) -> Vec<Method> {
    PREFERENCE.into_iter().filter(|m| meets_all(*m, reqs)).collect()
}

fn satisfiable_in(cols: &[RequirementSet; 3], reqs: RequirementSet) -> bool {
    cols.iter().any(|c| reqs.is_subset_of(*c))
}

fn satisfiable(reqs: RequirementSet) -> bool {
    satisfiable_in(&columns(), reqs)
}

fn minus(a: RequirementSet, b: RequirementSet) -> RequirementSet {
    RequirementSet::from_bits(a.bits() & !b.bits())
}

fn without(mut s: RequirementSet, r: Requirement) -> RequirementSet {
    s.remove(r);
    s
}

/// Sort key: size, then members in table order.
fn set_key(s: RequirementSet) -> (usize, Vec<usize>) {
    (s.len(), s.iter().map(Requirement::index).collect())
}

/// All minimal subsets of `reqs` that no method satisfies, smallest first. Exhaustive over
/// the subsets of `reqs` (at most 4096).
pub fn minimal_conflicts(reqs: RequirementSet) -> Vec<RequirementSet> {
    if satisfiable(reqs) {
        return Vec::new();
    }
    let cols = columns();
    let bits = reqs.bits();
    let mut out = Vec::new();
    let mut sub = bits;
    loop {
        let s = RequirementSet::from_bits(sub);
        // Satisfiability is monotone, so checking the one-smaller subsets is enough.
        if !satisfiable_in(&cols, s) && s.iter().all(|r| satisfiable_in(&cols, without(s, r))) {
            out.push(s);
        }
        if sub == 0 {
            break;
        }
        sub = (sub - 1) & bits;
    }
    super::sort::sort_by(&mut out, |a, b| set_key(*a).cmp(&set_key(*b)));
    out
}

/// Inclusion-minimal sets of requirements to drop from `reqs` so that a method fits,
/// smallest first. A drop works exactly when it covers what some method misses, so the
/// candidates are `reqs` minus each method's column.
pub fn minimal_drops(reqs: RequirementSet) -> Vec<RequirementSet> {
    if satisfiable(reqs) {
        return Vec::new();
    }
    let cands: Vec<RequirementSet> = columns().into_iter().map(|c| minus(reqs, c)).collect();
    let mut out: Vec<RequirementSet> = Vec::new();
    for d in &cands {
        let strictly_smaller_exists = cands.iter().any(|e| e != d && e.is_subset_of(*d));
        if !strictly_smaller_exists && !out.contains(d) {
            out.push(*d);
        }
    }
    super::sort::sort_by(&mut out, |a, b| set_key(*a).cmp(&set_key(*b)));
    out
}

// ---------------------------------------------------------------------------------------
// Text helpers.

fn label_en(r: Requirement) -> String {
    format!("“{}”", r.row().label.en)
}

fn label_ja(r: Requirement) -> String {
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
fn ja_word(s: &str) -> String {
    if s.ends_with(')') {
        format!("{s} ")
    } else {
        s.to_string()
    }
}

fn labels(reqs: impl IntoIterator<Item = Requirement>) -> LText {
    let v: Vec<Requirement> = reqs.into_iter().collect();
    LText::new(
        join_en(&v.iter().map(|r| label_en(*r)).collect::<Vec<_>>()),
        join_ja(&v.iter().map(|r| label_ja(*r)).collect::<Vec<_>>()),
    )
}

fn methods_text(ms: &[Method]) -> LText {
    LText::new(
        join_en(&ms.iter().map(|m| m.label().en.to_string()).collect::<Vec<_>>()),
        ja_word(&join_ja(&ms.iter().map(|m| m.label().ja.to_string()).collect::<Vec<_>>())),
    )
}

fn method_ja(m: Method) -> String {
    ja_word(m.label().ja)
}

fn push(t: &mut LText, en: &str, ja: &str) {
    if !t.en.is_empty() && !en.is_empty() {
        t.en.to_mut().push(' ');
    }
    t.en.to_mut().push_str(en);
    t.ja.to_mut().push_str(ja);
}

// ---------------------------------------------------------------------------------------
// Reasons.

/// Nuances attached to one cell specifically (not whole-column ones).
fn cell_nuances(r: Requirement, m: Method) -> Vec<NuanceRef> {
    NUANCES
        .iter()
        .filter(|n| n.cells.iter().any(|(cr, cm)| *cr == r && cm.is_none_or(|cm| cm == m)))
        .map(NuanceRef::of)
        .collect()
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

fn unmet(r: Requirement, m: Method) -> Unmet {
    let row = r.row();
    Unmet { requirement: r, reason: reason(r, m), row_source: row.source, link: row.link, nuances: cell_nuances(r, m) }
}

fn method_fit(m: Method, reqs: RequirementSet) -> MethodFit {
    let unmet: Vec<Unmet> = reqs.iter().filter(|r| !r.row().value(m)).map(|r| unmet(r, m)).collect();
    MethodFit { method: m, fits: unmet.is_empty(), unmet }
}

fn resolution(reqs: RequirementSet, drop: RequirementSet) -> Resolution {
    let then_fits = fitting_methods(minus(reqs, drop));
    let d = labels(drop.iter());
    let ms = methods_text(&then_fits);
    let text = LText::new(
        format!("Drop {}: {} then {}.", d.en, ms.en, if then_fits.len() == 1 { "fits" } else { "fit" }),
        format!("{}をやめると、{}が適合します。", d.ja, ms.ja),
    );
    Resolution { drop: drop.iter().collect(), then_fits, text }
}

fn conflict_why(c: RequirementSet) -> LText {
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

// ---------------------------------------------------------------------------------------
// The recommendation.

/// What a legacy profile reaches in practice with "Install Company Portal" = Yes although
/// the table says "no" (nuances N1, N2).
fn reachable_by_legacy_with_cp() -> RequirementSet {
    [Requirement::EntraRegistration, Requirement::CompanyPortalAutoInstall, Requirement::CompanyPortalVpp]
        .into_iter()
        .collect()
}

fn why_recommended(reqs: RequirementSet, winner: Option<Method>, fits: &[Method], methods: &[MethodFit]) -> LText {
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
                    "No requirement is selected, so every method fits. Setup Assistant with modern authentication is recommended: Microsoft has steered customers to it since 2021 (message center post MC284343), labels it the recommended method (2025) and calls legacy deprecated (2026). It is also the change that ended the vanishing Company Portal problem in the write-up.",
                    "条件が選ばれていないので、どの方法も適合します。先進認証を使用したセットアップ アシスタントをお勧めします。Microsoft は 2021 年からこの方法への移行を勧め (メッセージ センター MC284343)、2025 年に推奨の方法と明記し、2026 年にはレガシを非推奨としました。記事でポータル サイトが消える問題を解消したのもこの変更です。",
                );
            } else {
                push(
                    &mut t,
                    &format!(
                        "Setup Assistant with modern authentication meets {} and is Microsoft's recommended method (steered to since 2021 in MC284343, labelled recommended in 2025; legacy deprecated in 2026). It is also the change that ended the vanishing Company Portal problem in the write-up.",
                        match reqs.len() {
                            1 => "the selected requirement".to_string(),
                            2 => "both selected requirements".to_string(),
                            n => format!("all {n} selected requirements"),
                        }
                    ),
                    &format!(
                        "先進認証を使用したセットアップ アシスタントは、選んだ {} 件の条件をすべて満たし、Microsoft が推奨する方法です (2021 年の MC284343 から移行を推奨、2025 年に推奨と明記、2026 年にレガシは非推奨)。記事でポータル サイトが消える問題を解消したのもこの変更です。",
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
                    "Keeping the device locked until Company Portal is installed makes Company Portal the only fit; read the warnings below before you choose it.",
                    "ポータル サイトのインストールまでデバイスをロックする条件があるため、適合するのはポータル サイトだけです。選ぶ前に下の注意事項を確認してください。",
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

/// Which methods fit the stated requirements, which one to use and why.
pub fn recommend(reqs: RequirementSet) -> Recommendation {
    // An obsolete requirement is met by every method in the table, so it steers nothing;
    // the advice says it was ignored.
    let obsolete = obsolete_in(reqs);
    let methods: Vec<MethodFit> = Method::ALL.into_iter().map(|m| method_fit(m, reqs)).collect();
    let fits = fitting_methods(reqs);
    let recommended = fits.first().copied();
    let why = why_recommended(reqs, recommended, &fits, &methods);

    let drops = minimal_drops(reqs);
    let resolutions: Vec<Resolution> = drops.iter().map(|d| resolution(reqs, *d)).collect();
    let conflicts: Vec<Conflict> = minimal_conflicts(reqs)
        .into_iter()
        .map(|c| Conflict {
            requirements: c,
            why: conflict_why(c),
            resolutions: resolutions.iter().filter(|r| r.drop.iter().any(|d| c.contains(*d))).cloned().collect(),
        })
        .collect();

    // Advice and the nuances behind it.
    let mut warnings: Vec<Advice> = Vec::new();
    let mut nuance_ids: Vec<&'static str> = Vec::new();
    let lock = reqs.contains(Requirement::LockUntilCompanyPortal);
    match recommended {
        Some(Method::CompanyPortal) => {
            warnings.push(Advice::of(&texts::COMPANY_PORTAL_APP_VANISHES));
            if lock {
                warnings.push(Advice::of(&texts::SINGLE_APP_MODE_MFA));
                warnings.push(Advice::of(&texts::SINGLE_APP_MODE_RETIREMENT));
                nuance_ids.push("N7");
            }
        }
        Some(Method::SetupAssistantLegacy) => warnings.push(Advice::of(&texts::LEGACY_DEPRECATED)),
        _ => {}
    }
    if !obsolete.is_empty() {
        warnings.push(Advice::of(&texts::OBSOLETE_IOS_13));
        nuance_ids.push("N6");
    }
    if let Some(m @ (Method::SetupAssistantModern | Method::CompanyPortal)) = recommended {
        if reqs.contains(Requirement::Mfa) {
            warnings.push(Advice::of(&texts::MFA_NEEDS_CONDITIONAL_ACCESS));
            nuance_ids.push("N4");
        }
        if m == Method::SetupAssistantModern {
            if reqs.contains(Requirement::EntraRegistration) {
                warnings.push(Advice::of(&texts::MODERN_ENTRA_AFTER_COMPANY_PORTAL));
                nuance_ids.push("N5");
            }
            if reqs.contains(Requirement::CompanyPortalAutoInstall) || reqs.contains(Requirement::CompanyPortalVpp) {
                warnings.push(Advice::of(&texts::MODERN_NO_EXTRA_CP_APP_CONFIG));
            }
        }
    }
    if recommended.is_none() {
        // Legacy misses only what N1/N2 say a legacy profile can reach with "Install
        // Company Portal": tell the user (unless the set contradicts itself on Entra).
        let legacy_unmet: RequirementSet = minus(reqs, column(Method::SetupAssistantLegacy));
        let reachable = reachable_by_legacy_with_cp();
        let no_entra = reqs.contains(Requirement::NoEntraRegistration);
        if !legacy_unmet.is_empty()
            && legacy_unmet.is_subset_of(reachable)
            && !(no_entra && legacy_unmet.contains(Requirement::EntraRegistration))
        {
            let mut a = Advice::of(&texts::LEGACY_CAN_INSTALL_COMPANY_PORTAL);
            if no_entra {
                push(
                    &mut a.text,
                    texts::LEGACY_COMPANY_PORTAL_REGISTERS.en.trim(),
                    texts::LEGACY_COMPANY_PORTAL_REGISTERS.ja.trim(),
                );
            }
            warnings.push(a);
            if legacy_unmet.contains(Requirement::EntraRegistration) {
                nuance_ids.push("N1");
            }
            if legacy_unmet.contains(Requirement::CompanyPortalAutoInstall)
                || legacy_unmet.contains(Requirement::CompanyPortalVpp)
            {
                nuance_ids.push("N2");
            }
        }
    }
    super::sort::sort_by(&mut nuance_ids, Ord::cmp);
    nuance_ids.dedup();
    let nuances = nuance_ids.into_iter().filter_map(NuanceRef::by_id).collect();

    Recommendation { requirements: reqs, recommended, why, methods, conflicts, resolutions, warnings, nuances }
}

/// The obsolete requirements of a set ([`Requirement::is_obsolete`]).
fn obsolete_in(reqs: RequirementSet) -> RequirementSet {
    reqs.iter().filter(|r| r.is_obsolete()).collect()
}

// ---------------------------------------------------------------------------------------
// Fit of a pasted profile.

/// A requirement a profile misses, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Missed {
    pub requirement: Requirement,
    pub reason: LText,
    pub row_source: RowSource,
    pub nuances: Vec<NuanceRef>,
}

/// Whether a classified profile's method meets the stated requirements, and the fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileFit {
    pub method: AuthMethod,
    pub meets: bool,
    /// Missed requirements in table order.
    pub missed: Vec<Requirement>,
    /// One entry per missed requirement, same order.
    pub reasons: Vec<Missed>,
    /// The method to switch to: the recommended one, when a method fits and the profile
    /// does not meet the requirements; `None` otherwise.
    pub target: Option<Method>,
    /// What to change, including the admin-center click path.
    pub fix: LText,
    /// Already-enrolled devices keep the old behaviour until reset and re-enrollment.
    pub note: LText,
}

impl ProfileFit {
    /// Why the profile misses `r` (`None` if it does not miss it).
    pub fn reason_for(&self, r: Requirement) -> Option<&LText> {
        self.reasons.iter().find(|m| m.requirement == r).map(|m| &m.reason)
    }

    /// A complete finding message for one missed requirement: what is missed, why, the
    /// fix and the note on enrolled devices (`None` if `r` is not missed).
    pub fn message_for(&self, r: Requirement) -> Option<LText> {
        let reason = self.reason_for(r)?;
        let current = auth_label(self.method);
        Some(LText::new(
            format!(
                "{} does not meet {}. {} Fix: {} {}",
                current.en,
                label_en(r),
                reason.en,
                self.fix.en,
                self.note.en
            ),
            format!(
                "{}は{}を満たしません。{} 対処: {} {}",
                ja_word(current.ja),
                label_ja(r),
                reason.ja,
                self.fix.ja,
                self.note.ja
            ),
        ))
    }

    /// Every bilingual text this fit carries (for completeness checks).
    pub fn texts(&self) -> Vec<&LText> {
        let mut v = vec![&self.fix, &self.note];
        v.extend(self.reasons.iter().map(|m| &m.reason));
        v
    }
}

/// The admin-center path where a profile's authentication method is changed.
pub fn click_path() -> Text {
    click_paths::ADE_PROFILE.text
}

/// The same path in the newer (2026) Enrollment policies experience.
pub fn click_path_policies() -> Text {
    click_paths::ADE_POLICY.text
}

/// Where the method is changed in the newer Enrollment policies experience, as a sentence.
fn policies_alternative() -> LText {
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

/// Requirements a profile without user affinity meets: nothing that needs a signed-in user.
pub fn userless_column() -> RequirementSet {
    Requirement::ALL.into_iter().filter(|r| texts::why_not_userless(*r).is_none()).collect()
}

fn auth_label(m: AuthMethod) -> Text {
    match m.table_method() {
        Some(t) => t.label(),
        None => Text::new("Enroll without user affinity", "ユーザー アフィニティなしで登録"),
    }
}

/// Checks one profile's method against the stated requirements.
pub fn profile_fit(method: AuthMethod, reqs: RequirementSet) -> ProfileFit {
    let reasons: Vec<Missed> = match method.table_method() {
        Some(m) => reqs
            .iter()
            .filter(|r| !r.row().value(m))
            .map(|r| {
                let u = unmet(r, m);
                Missed { requirement: r, reason: u.reason, row_source: u.row_source, nuances: u.nuances }
            })
            .collect(),
        None => reqs
            .iter()
            .filter_map(|r| {
                texts::why_not_userless(r).map(|t| Missed {
                    requirement: r,
                    reason: t.into(),
                    row_source: r.row().source,
                    nuances: Vec::new(),
                })
            })
            .collect(),
    };
    let missed: Vec<Requirement> = reasons.iter().map(|m| m.requirement).collect();
    let meets = missed.is_empty();
    let rec = fitting_methods(reqs).first().copied();
    let target = if meets { None } else { rec };
    let current = auth_label(method);
    let path = click_path();
    let policies = policies_alternative();

    let mut fix = LText::default();
    match (meets, target) {
        (true, _) => {
            push(
                &mut fix,
                &format!("Nothing to change: {} meets every stated requirement.", current.en),
                &format!("変更は不要です。{}は指定したすべての条件を満たします。", ja_word(current.ja)),
            );
            if let (Some(r), Some(m)) = (rec, method.table_method()) {
                if r != m {
                    push(
                        &mut fix,
                        &format!(
                            "{} would fit as well and is preferred ({}); to switch: {}.",
                            r.label().en,
                            if r == Method::SetupAssistantModern {
                                "Microsoft's recommendation"
                            } else {
                                "Microsoft has deprecated legacy"
                            },
                            path.en
                        ),
                        &format!(
                            "{}も適合し、こちらが優先されます ({})。変更するには: {}。",
                            method_ja(r),
                            if r == Method::SetupAssistantModern {
                                "Microsoft の推奨"
                            } else {
                                "Microsoft はレガシを非推奨としています"
                            },
                            path.ja
                        ),
                    );
                }
            }
        }
        (false, Some(t)) if method == AuthMethod::NoUserAffinity => {
            push(
                &mut fix,
                &format!(
                    "A profile without user affinity authenticates nobody. Enroll with user affinity and choose {} as the authentication method: {}.",
                    t.label().en, path.en
                ),
                &format!(
                    "ユーザー アフィニティなしのプロファイルは誰も認証しません。「ユーザー アフィニティとともに登録する」にして、認証方法に{}を選んでください: {}。",
                    method_ja(t), path.ja
                ),
            );
            push(
                &mut fix,
                "If the admin center does not let you change user affinity on the existing profile (Microsoft says so for Microsoft Entra ID shared mode), create a new profile with user affinity and assign the devices to it.",
                "既存のプロファイルでユーザー アフィニティを変更できない場合 (Microsoft Entra ID 共有モードではできないと Microsoft が説明しています)、ユーザー アフィニティありの新しいプロファイルを作成してデバイスを割り当ててください。",
            );
            push(&mut fix, &policies.en, &policies.ja);
        }
        (false, Some(t)) => {
            push(
                &mut fix,
                &format!("Change the authentication method from {} to {}: {}.", current.en, t.label().en, path.en),
                &format!("認証方法を{}から{}に変更してください: {}。", ja_word(current.ja), method_ja(t), path.ja),
            );
            push(&mut fix, &policies.en, &policies.ja);
            if method == AuthMethod::SetupAssistantLegacy
                && missed.iter().all(|r| reachable_by_legacy_with_cp().contains(*r))
            {
                let l = labels(missed.iter().copied());
                push(
                    &mut fix,
                    &format!(
                        "Alternative outside the table: keep legacy and set \"Install Company Portal\" to Yes (with a VPP token to avoid Apple IDs); that covers {} in practice (nuances N1, N2), but Microsoft has deprecated legacy.",
                        l.en
                    ),
                    &format!(
                        "表にない代替策: レガシのまま「ポータル サイトのインストール」を「はい」にする (Apple ID を避けるなら VPP トークンを選ぶ) と、実際には{}を満たせます (補足 N1、N2)。ただし Microsoft はレガシを非推奨としています。",
                        l.ja
                    ),
                );
            }
            if t == Method::CompanyPortal && reqs.contains(Requirement::LockUntilCompanyPortal) {
                push(
                    &mut fix,
                    "Company Portal is the only method that keeps the device locked; mind the vanishing Company Portal app and the MFA caveat of single-app mode.",
                    "デバイスをロックできるのはポータル サイトだけです。ポータル サイト アプリが消える問題と、シングル アプリ モードでの MFA の制約に注意してください。",
                );
            }
        }
        (false, None) => {
            let drops = minimal_drops(reqs);
            let opts: Vec<Resolution> = drops.iter().map(|d| resolution(reqs, *d)).collect();
            let en: Vec<&str> = opts.iter().map(|o| o.text.en.as_ref()).collect();
            let ja: Vec<&str> = opts.iter().map(|o| o.text.ja.as_ref()).collect();
            push(
                &mut fix,
                &format!(
                    "No method meets every stated requirement, so no switch fixes this profile yet. Resolve the conflict first: {} Then change the authentication method at {}.",
                    en.join(" "),
                    path.en
                ),
                &format!(
                    "指定したすべての条件を満たす方法がないため、今はどの方法に変えても解決しません。まず矛盾を解消してください: {} その後、{}で認証方法を変更します。",
                    ja.join(""),
                    path.ja
                ),
            );
        }
    }
    ProfileFit { method, meets, missed, reasons, target, fix, note: texts::ENROLLED_DEVICES_UNAFFECTED.into() }
}
