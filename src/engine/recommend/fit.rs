//! Fit: which requirements a method misses and why, and the fit of a pasted profile with its fix.

use super::decide::resolution;
use super::prose::{ja_word, label_en, label_ja, labels, method_ja, reason};
use super::sets::{fitting_methods, minimal_drops, reachable_by_legacy_with_cp};
use super::texts;
use super::{MethodFit, NuanceRef, Unmet};
use crate::engine::click_paths;
use crate::engine::i18n::{LText, Text};
use crate::engine::model::AuthMethod;
use crate::engine::steps::{Step, Steps};
use crate::engine::table::{Method, Requirement, RequirementSet, RowSource, NUANCES};
use serde::Serialize;

/// Nuances attached to one cell specifically (not whole-column ones).
fn cell_nuances(r: Requirement, m: Method) -> Vec<NuanceRef> {
    NUANCES
        .iter()
        .filter(|n| n.cells.iter().any(|(cr, cm)| *cr == r && cm.is_none_or(|cm| cm == m)))
        .map(NuanceRef::of)
        .collect()
}

fn unmet(r: Requirement, m: Method) -> Unmet {
    let row = r.row();
    Unmet { requirement: r, reason: reason(r, m), row_source: row.source, link: row.link, nuances: cell_nuances(r, m) }
}

pub(super) fn method_fit(m: Method, reqs: RequirementSet) -> MethodFit {
    let unmet: Vec<Unmet> = reqs.iter().filter(|r| !r.row().value(m)).map(|r| unmet(r, m)).collect();
    MethodFit { method: m, fits: unmet.is_empty(), unmet }
}

/// A requirement a profile misses, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Missed {
    pub requirement: Requirement,
    pub reason: LText,
    pub row_source: RowSource,
    pub nuances: Vec<NuanceRef>,
}

/// What the input shows about "Run Company Portal in Single App Mode until authentication"
/// (Graph `enableSingleAppEnrollmentMode`) of a Company Portal-method profile: the lock is
/// that option, not the method (nuance N8, S-LEARN-SINGLE-APP-MODE).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SingleAppMode {
    /// Not read: the Company Portal column of the table decides (it keeps the device
    /// locked).
    #[default]
    ByTable,
    On,
    Off,
    /// The profile's shape shows no such field (a partial paste, a projected or older
    /// shape): whether the device stays locked is unknown.
    NotShown,
    /// An enrollment policy (settings catalog): Microsoft's setting definitions have no
    /// such setting (S-SC-NO-SINGLE-APP-MODE), so the policy cannot show it.
    NotInPolicies,
}

/// What a pasted profile's own settings change about its method's column: a legacy
/// profile with "Install Company Portal" = Yes pushes Company Portal, through VPP when a
/// token is chosen, and its users register the device by signing in to it (nuances N1,
/// N2); a Company Portal profile locks the device only with single-app mode on (N8). The
/// default is a profile whose settings are not known (the table decides).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProfileOptions {
    /// The setting "Install Company Portal" is Yes (what a legacy profile chooses; the
    /// Company Portal method and modern authentication install it anyway).
    pub install_company_portal: bool,
    /// A VPP token is chosen under "Install Company Portal with VPP".
    pub company_portal_vpp_token: bool,
    /// The profile installs Company Portal and shows that no VPP token is chosen, so users
    /// need an Apple ID to get it (S-LEARN-ADE-AUTH): "Install Company Portal with VPP,
    /// without users' Apple IDs" is then missed whatever the method's column says.
    pub no_company_portal_vpp_token: bool,
    /// Single-app mode of a Company Portal-method profile (ignored for other methods).
    pub single_app_mode: SingleAppMode,
}

/// A stated requirement the table says the method misses, but that this profile's own
/// settings meet in practice, and how.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InPractice {
    pub requirement: Requirement,
    pub reason: LText,
    pub nuances: Vec<NuanceRef>,
}

/// A stated requirement this input cannot decide: it depends on a setting the pasted
/// profile does not show (single-app mode, nuance N8). Neither met nor missed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Undecided {
    pub requirement: Requirement,
    pub reason: LText,
    pub nuances: Vec<NuanceRef>,
}

/// Whether a classified profile's method meets the stated requirements, and the fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileFit {
    pub method: AuthMethod,
    /// Every stated requirement is known to be met (nothing missed, nothing undecided).
    pub meets: bool,
    /// Missed requirements in table order.
    pub missed: Vec<Requirement>,
    /// One entry per missed requirement, same order.
    pub reasons: Vec<Missed>,
    /// Requirements met only through the profile's own settings (table order); they are
    /// not in `missed`.
    pub in_practice: Vec<InPractice>,
    /// Requirements this input cannot decide (table order); not in `missed`.
    pub unknown: Vec<Undecided>,
    /// The method to switch to: the recommended one, when a method fits and the profile
    /// misses a requirement; `None` otherwise.
    pub target: Option<Method>,
    /// What to change, step by step (the first step that changes something carries the
    /// admin-center click path).
    pub fix: Steps,
    /// What devices already enrolled need, as one paragraph (the steps of `enrolled`,
    /// joined): they keep the old behaviour until reset and re-enrollment, and what they
    /// need by the method they enrolled with.
    pub note: LText,
    /// What to do for devices already enrolled, step by step (`requirement-not-met` adds
    /// them to the fix).
    pub enrolled: Steps,
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
        let current = self.method.label();
        let fix = self.fix.joined_both();
        Some(LText::new(
            format!("{} does not meet {}. {} Fix: {} {}", current.en, label_en(r), reason.en, fix.en, self.note.en),
            format!(
                "{}は{}を満たしません。{} 対処: {} {}",
                ja_word(current.ja),
                label_ja(r),
                reason.ja,
                fix.ja,
                self.note.ja
            ),
        ))
    }

    /// Every bilingual text this fit carries (for completeness checks).
    pub fn texts(&self) -> Vec<&LText> {
        let mut v = vec![&self.note];
        v.extend(self.fix.iter().map(|s| &s.text));
        v.extend(self.enrolled.iter().map(|s| &s.text));
        v.extend(self.reasons.iter().map(|m| &m.reason));
        v.extend(self.in_practice.iter().map(|m| &m.reason));
        v.extend(self.unknown.iter().map(|m| &m.reason));
        v
    }
}

/// The admin-center path where a profile's authentication method is changed, as prose.
pub fn click_path() -> LText {
    let p = &click_paths::ADE_PROFILE;
    LText::new(p.prose(crate::engine::i18n::Lang::En), p.prose(crate::engine::i18n::Lang::Ja))
}

/// Requirements a profile without user affinity meets: nothing that needs a signed-in user.
pub fn userless_column() -> RequirementSet {
    Requirement::ALL.into_iter().filter(|r| texts::why_not_userless(*r).is_none()).collect()
}

/// Checks one profile's method against the stated requirements, by the table alone (the
/// profile's own settings unknown).
pub fn profile_fit(method: AuthMethod, reqs: RequirementSet) -> ProfileFit {
    profile_fit_with(method, ProfileOptions::default(), reqs)
}

/// The requirements a legacy profile with these options meets although the table says
/// "no" (nuances N1, N2).
fn legacy_reaches(options: ProfileOptions) -> RequirementSet {
    if !options.install_company_portal {
        return RequirementSet::default();
    }
    reachable_by_legacy_with_cp()
        .iter()
        .filter(|r| *r != Requirement::CompanyPortalVpp || options.company_portal_vpp_token)
        .collect()
}

/// What to do for devices already enrolled, which a profile change never reaches: keep
/// them as they are until a wipe, give them Company Portal, and what they need about its app
/// configuration by the method they enrolled with and, after a switch to modern
/// authentication, for the devices that enroll afterwards.
fn enrolled_steps(method: AuthMethod, options: ProfileOptions, target: Option<Method>) -> Steps {
    let mut steps = Steps::of(&[texts::ENROLLED_KEEP, texts::ENROLLED_COMPANY_PORTAL]);
    steps.0.extend(Steps::of(texts::enrolled_app_config(method, options.install_company_portal)).0);
    if target == Some(Method::SetupAssistantModern) && method != AuthMethod::SetupAssistantModern {
        steps.push(Step::of(&texts::NEW_MODERN_DEVICES_NO_APP_CONFIG));
    }
    steps
}

/// Checks one pasted profile against the stated requirements: its method's column of the
/// table, corrected by the profile's own settings where Microsoft's nuances say the
/// column over-simplifies (a legacy profile that installs Company Portal, N1 and N2).
pub fn profile_fit_with(method: AuthMethod, options: ProfileOptions, reqs: RequirementSet) -> ProfileFit {
    let legacy = method == AuthMethod::SetupAssistantLegacy;
    let reaches = if legacy { legacy_reaches(options) } else { RequirementSet::default() };
    let mut in_practice: Vec<InPractice> = Vec::new();
    let mut unknown: Vec<Undecided> = Vec::new();
    let sam = if method == AuthMethod::CompanyPortal { options.single_app_mode } else { SingleAppMode::ByTable };
    let reasons: Vec<Missed> = match method.table_method() {
        Some(m) => reqs
            .iter()
            .filter_map(|r| {
                let row_yes = r.row().value(m);
                // The lock is single-app mode, not the method (N8).
                if matches!(r, Requirement::LockUntilCompanyPortal | Requirement::UseBeforeCompanyPortal) {
                    let lock = r == Requirement::LockUntilCompanyPortal;
                    let missed = |t: Text| Missed {
                        requirement: r,
                        reason: t.into(),
                        row_source: r.row().source,
                        nuances: cell_nuances(r, m),
                    };
                    match sam {
                        SingleAppMode::NotShown | SingleAppMode::NotInPolicies => {
                            let reason = if sam == SingleAppMode::NotShown {
                                texts::SINGLE_APP_MODE_NOT_SHOWN
                            } else {
                                texts::SINGLE_APP_MODE_NOT_IN_POLICIES
                            };
                            unknown.push(Undecided {
                                requirement: r,
                                reason: reason.into(),
                                nuances: cell_nuances(r, m),
                            });
                            return None;
                        }
                        SingleAppMode::Off if lock => return Some(missed(texts::SINGLE_APP_MODE_OFF_NO_LOCK)),
                        SingleAppMode::Off => {
                            let reason = texts::SINGLE_APP_MODE_OFF_USE_BEFORE.into();
                            in_practice.push(InPractice { requirement: r, reason, nuances: cell_nuances(r, m) });
                            return None;
                        }
                        SingleAppMode::On if lock && options.no_company_portal_vpp_token => {
                            return Some(missed(texts::SINGLE_APP_MODE_WITHOUT_TOKEN))
                        }
                        _ => {}
                    }
                }
                if !row_yes && reaches.contains(r) {
                    let reason = texts::legacy_in_practice(r).map(LText::from).unwrap_or_default();
                    in_practice.push(InPractice { requirement: r, reason, nuances: cell_nuances(r, m) });
                    return None;
                }
                if row_yes && legacy && options.install_company_portal && r == Requirement::NoEntraRegistration {
                    return Some(Missed {
                        requirement: r,
                        reason: texts::LEGACY_INSTALLS_COMPANY_PORTAL_REGISTERS.into(),
                        row_source: r.row().source,
                        nuances: cell_nuances(r, m),
                    });
                }
                if row_yes && options.no_company_portal_vpp_token && r == Requirement::CompanyPortalVpp {
                    return Some(Missed {
                        requirement: r,
                        reason: texts::NO_VPP_TOKEN.into(),
                        row_source: r.row().source,
                        nuances: Vec::new(),
                    });
                }
                if row_yes {
                    return None;
                }
                let u = unmet(r, m);
                Some(Missed { requirement: r, reason: u.reason, row_source: u.row_source, nuances: u.nuances })
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
    let meets = missed.is_empty() && unknown.is_empty();
    let rec = fitting_methods(reqs).first().copied();
    // Nothing known to be missed, nothing to switch for (only undecided requirements).
    let target = if missed.is_empty() { None } else { rec };
    let current = method.label();
    // The one place where the method (and the profile's settings) change; the first step
    // that changes something carries it, with the Enrollment policies alternative.
    let path = &click_paths::ADE_PROFILE_OR_POLICY;
    let step = |en: String, ja: String| Step::new(LText::new(en, ja));
    let fixed = |en: &'static str, ja: &'static str| Step::new(Text::new(en, ja));

    let mut fix = Steps::default();
    match (meets, target) {
        (true, _) if !in_practice.is_empty() && !legacy => {
            // A Company Portal profile with single-app mode off (N8): what it meets that
            // way, modern authentication meets by the table (the Company Portal column
            // without the lock is within modern's).
            let l = labels(in_practice.iter().map(|p| p.requirement));
            fix.push(step(
                format!("Nothing to change: {} meets every stated requirement.", current.en),
                format!("変更は不要です。{}は指定したすべての条件を満たします。", ja_word(current.ja)),
            ));
            fix.push(step(
                format!("It meets {} because this profile has single-app mode off (nuance N8).", l.en),
                format!("{}は、このプロファイルのシングル アプリ モードがオフのため満たします (補足 N8)。", l.ja),
            ));
            if let Some(r) = rec.filter(|r| Some(*r) != method.table_method()) {
                fix.push(
                    step(
                        format!("{} meets them without depending on that setting and is preferred.", r.label().en),
                        format!("{}ならこの設定に左右されずに満たせるため、こちらが優先されます。", method_ja(r)),
                    )
                    .at(path),
                );
            }
        }
        (true, _) if !in_practice.is_empty() => {
            let l = labels(in_practice.iter().map(|p| p.requirement));
            // The nuances behind them, read from the cells (N1 registration, N2 installation).
            let cites = |id: &str| in_practice.iter().any(|p| p.nuances.iter().any(|n| n.id == id));
            let (n1, n2) = (cites("N1"), cites("N2"));
            let (en_n, ja_n) = match (n1, n2) {
                (true, true) => ("nuances N1, N2", "補足 N1、N2"),
                (true, false) => ("nuance N1", "補足 N1"),
                _ => ("nuance N2", "補足 N2"),
            };
            fix.push(step(
                format!("Nothing to change: {} meets every stated requirement.", current.en),
                format!("変更は不要です。{}は指定したすべての条件を満たします。", ja_word(current.ja)),
            ));
            fix.push(step(
                format!("It meets {} through the Company Portal app this profile installs ({en_n}).", l.en),
                format!(
                    "{}は、このプロファイルがインストールするポータル サイト アプリを通じて満たします ({ja_n})。",
                    l.ja
                ),
            ));
            // `rec` is never legacy here: the table says legacy misses what is met in practice.
            match rec {
                Some(r) => fix.push(
                    step(
                        format!("Microsoft has deprecated legacy; {} meets them without that detour.", r.label().en),
                        format!(
                            "Microsoft はレガシを非推奨としています。{}なら回り道なしにこれらを満たします。",
                            method_ja(r)
                        ),
                    )
                    .at(path),
                ),
                None => fix.push(fixed(
                    "Microsoft has deprecated legacy, but no other method meets all of them.",
                    "Microsoft はレガシを非推奨としていますが、これらをすべて満たす方法はほかにありません。",
                )),
            }
        }
        (true, _) => {
            fix.push(step(
                format!("Nothing to change: {} meets every stated requirement.", current.en),
                format!("変更は不要です。{}は指定したすべての条件を満たします。", ja_word(current.ja)),
            ));
            if let (Some(r), Some(m)) = (rec, method.table_method()) {
                if r != m {
                    let modern = r == Method::SetupAssistantModern;
                    fix.push(
                        step(
                            format!(
                                "{} would fit as well and is preferred ({}).",
                                r.label().en,
                                if modern { "Microsoft's recommendation" } else { "Microsoft has deprecated legacy" }
                            ),
                            format!(
                                "{}も適合し、こちらが優先されます ({})。",
                                method_ja(r),
                                if modern {
                                    "Microsoft の推奨"
                                } else {
                                    "Microsoft はレガシを非推奨としています"
                                }
                            ),
                        )
                        .at(path),
                    );
                }
            }
        }
        // Only undecided requirements: the input does not show single-app mode (N8); the
        // reasons say so, the steps say where to look.
        (false, None) if missed.is_empty() => {
            if sam == SingleAppMode::NotInPolicies {
                fix.push(fixed(
                    "Enrollment policies have no \"Run Company Portal in Single App Mode until authentication\" in Microsoft's setting definitions (nuance N8).",
                    "登録ポリシーの Microsoft の設定定義には「認証されるまでシングル アプリ モードでポータル サイトを実行する」がありません (補足 N8)。",
                ));
                fix.push(
                    fixed(
                        "Profiles on the Profiles page have it.",
                        "「プロファイル」の画面のプロファイルにはあります。",
                    )
                    .at(&click_paths::ADE_PROFILE),
                );
            } else {
                fix.push(
                    fixed(
                        "Check \"Run Company Portal in Single App Mode until authentication\" in the profile (nuance N8).",
                        "プロファイルで「認証されるまでシングル アプリ モードでポータル サイトを実行する」を確認してください (補足 N8)。",
                    )
                    .at(path),
                );
            }
            if unknown.iter().any(|u| u.requirement == Requirement::LockUntilCompanyPortal) {
                fix.push(fixed(
                    "To keep the device locked it must be Yes, with a VPP token chosen under \"Install Company Portal with VPP\".",
                    "デバイスをロックするには、この設定を「はい」にし、「VPP によるポータル サイトのインストール」で VPP トークンを選ぶ必要があります。",
                ));
            }
            if unknown.iter().any(|u| u.requirement == Requirement::UseBeforeCompanyPortal) {
                fix.push(fixed(
                    "To let users use the device before Company Portal is installed it must be No.",
                    "ポータル サイトのインストール前からデバイスを使わせるには、この設定を「いいえ」にする必要があります。",
                ));
            }
        }
        (false, Some(t)) if method == AuthMethod::NoUserAffinity => {
            fix.push(
                step(
                    format!(
                        "A profile without user affinity authenticates nobody: enroll with user affinity and choose {} as the authentication method.",
                        t.label().en
                    ),
                    format!(
                        "アフィニティなしでは誰も認証されないため、「ユーザー アフィニティとともに登録する」にして認証方法に{}を選んでください。",
                        method_ja(t)
                    ),
                )
                .at(path),
            );
            fix.push(fixed(
                "If the admin center does not let you change user affinity on the existing profile (Microsoft says so for Microsoft Entra ID shared mode), create a new profile with user affinity and assign the devices to it.",
                "既存のプロファイルでユーザー アフィニティを変更できない場合 (Microsoft Entra ID 共有モードなど) は、アフィニティありのプロファイルを新しく作ってデバイスを割り当ててください。",
            ));
        }
        // Only the profile's own settings miss (a legacy profile that installs Company
        // Portal with "Do not register devices in Microsoft Entra ID" stated, a profile
        // without a VPP token with "without Apple IDs" stated, a Company Portal profile
        // with single-app mode off and the lock stated): the method stays, the setting
        // changes.
        (false, Some(t)) if Some(t) == method.table_method() => {
            if missed.contains(&Requirement::LockUntilCompanyPortal) {
                fix.push(step(
                    format!("Keep {} and set \"Run Company Portal in Single App Mode until authentication\" to Yes.", current.en),
                    format!(
                        "{}のまま「認証されるまでシングル アプリ モードでポータル サイトを実行する」を「はい」にしてください。",
                        ja_word(current.ja)
                    ),
                ));
                fix.push(fixed(
                    "The lock needs a VPP token: choose one under \"Install Company Portal with VPP\" (nuance N8).",
                    "ロックには VPP トークンが必要です。「VPP によるポータル サイトのインストール」でトークンを選んでください (補足 N8)。",
                ));
            }
            if missed.contains(&Requirement::NoEntraRegistration) {
                fix.push(step(
                    format!(
                        "Keep {} but set \"Install Company Portal\" to No, so that no Company Portal sign-in registers the device.",
                        current.en
                    ),
                    format!(
                        "{}のまま「ポータル サイトのインストール」を「いいえ」にして、デバイスが登録されないようにしてください。",
                        ja_word(current.ja)
                    ),
                ));
            }
            if missed.contains(&Requirement::CompanyPortalVpp) && !missed.contains(&Requirement::LockUntilCompanyPortal)
            {
                fix.push(step(
                    format!("Keep {} and choose a VPP token with enough Company Portal licences under \"Install Company Portal with VPP\".", current.en),
                    format!("{}のまま、「VPP によるポータル サイトのインストール」でポータル サイトのライセンスが足りている VPP トークンを選んでください。", ja_word(current.ja)),
                ));
            }
            if let Some(first) = fix.0.first_mut() {
                first.path = Some(path);
            }
        }
        (false, Some(t)) => {
            fix.push(
                step(
                    format!("Change the authentication method from {} to {}.", current.en, t.label().en),
                    format!("認証方法を{}から{}に変更してください。", ja_word(current.ja), method_ja(t)),
                )
                .at(path),
            );
            if options.no_company_portal_vpp_token && missed.contains(&Requirement::CompanyPortalVpp) && !legacy {
                fix.push(fixed(
                    "Choose a VPP token under \"Install Company Portal with VPP\" as well: without one, users need an Apple ID to get Company Portal.",
                    "あわせて「VPP によるポータル サイトのインストール」で VPP トークンを選んでください。トークンがないと、ユーザーはポータル サイトの入手に Apple ID が必要です。",
                ));
            }
            if legacy
                && options.install_company_portal
                && !options.company_portal_vpp_token
                && missed == [Requirement::CompanyPortalVpp]
            {
                fix.push(fixed(
                    "Alternative outside the table: keep legacy and choose a VPP token under \"Install Company Portal with VPP\"; Company Portal then installs without Apple IDs (nuance N2), but Microsoft has deprecated legacy.",
                    "表にない代替策: レガシのまま「VPP によるポータル サイトのインストール」で VPP トークンを選ぶと、Apple ID なしでポータル サイトがインストールされます (補足 N2)。ただし Microsoft はレガシを非推奨としています。",
                ));
            } else if legacy
                && !options.install_company_portal
                && missed.iter().all(|r| reachable_by_legacy_with_cp().contains(*r))
            {
                fix.push(fixed(
                    "Alternative outside the table: keep legacy and set \"Install Company Portal\" to Yes, with a VPP token to avoid Apple IDs.",
                    "表にない代替策: レガシのまま「ポータル サイトのインストール」を「はい」にし、Apple ID を避けるなら VPP トークンも選びます。",
                ));
                fix.push(fixed(
                    "That meets these requirements in practice (nuances N1, N2), but Microsoft has deprecated legacy.",
                    "これで実際にはこれらの要件を満たせます (補足 N1、N2) が、Microsoft はレガシを非推奨としています。",
                ));
            }
            if t == Method::CompanyPortal && reqs.contains(Requirement::LockUntilCompanyPortal) {
                fix.push(fixed(
                    "Company Portal is the only method that keeps the device locked, and only with \"Run Company Portal in Single App Mode until authentication\" set to Yes.",
                    "デバイスをロックできるのはポータル サイトだけで、それも「認証されるまでシングル アプリ モードでポータル サイトを実行する」を「はい」にした場合だけです。",
                ));
                fix.push(fixed(
                    "That option needs a VPP token chosen under \"Install Company Portal with VPP\" (nuance N8).",
                    "この設定には「VPP によるポータル サイトのインストール」での VPP トークンの選択が必要です (補足 N8)。",
                ));
                fix.push(fixed(
                    "Mind the vanishing Company Portal app and the MFA caveat of single-app mode.",
                    "ポータル サイト アプリが消える問題と、シングル アプリ モードでの MFA の制約に注意してください。",
                ));
            }
        }
        (false, None) => {
            fix.push(fixed(
                "No method meets every stated requirement, so no switch fixes this profile yet: resolve the conflict first.",
                "指定したすべての条件を満たす方法がないため、今はどの方法に変えても解決しません。まず矛盾を解消してください。",
            ));
            for d in minimal_drops(reqs) {
                fix.push(Step::new(resolution(reqs, d).text));
            }
            fix.push(fixed("Then change the authentication method.", "その後、認証方法を変更してください。").at(path));
        }
    }
    let enrolled = enrolled_steps(method, options, target);
    ProfileFit {
        method,
        meets,
        missed,
        reasons,
        in_practice,
        unknown,
        target,
        fix,
        note: enrolled.joined_both(),
        enrolled,
    }
}
