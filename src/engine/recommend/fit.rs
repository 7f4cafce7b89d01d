//! Fit: which requirements a method misses and why, and the fit of a pasted profile with its fix.

use super::decide::resolution;
use super::prose::{ja_word, label_en, label_ja, labels, method_ja, policies_alternative, push, reason};
use super::sets::{fitting_methods, minimal_drops, reachable_by_legacy_with_cp};
use super::texts;
use super::{MethodFit, NuanceRef, Resolution, Unmet};
use crate::engine::click_paths;
use crate::engine::i18n::{LText, Text};
use crate::engine::model::AuthMethod;
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
        let current = self.method.label();
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
        v.extend(self.in_practice.iter().map(|m| &m.reason));
        v.extend(self.unknown.iter().map(|m| &m.reason));
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

/// The note on devices already enrolled: unaffected by the change, and what they need
/// about Company Portal's app configuration, by the method they enrolled with and, after a
/// switch to modern authentication, for the devices that enroll afterwards.
fn enrolled_note(method: AuthMethod, options: ProfileOptions, target: Option<Method>) -> LText {
    let mut note: LText = texts::ENROLLED_DEVICES_UNAFFECTED.into();
    let now = texts::enrolled_app_config(method, options.install_company_portal);
    push(&mut note, now.en, now.ja);
    if target == Some(Method::SetupAssistantModern) && method != AuthMethod::SetupAssistantModern {
        let after = texts::NEW_MODERN_DEVICES_NO_APP_CONFIG;
        push(&mut note, after.en, after.ja);
    }
    note
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
    let path = click_path();
    let policies = policies_alternative();

    let mut fix = LText::default();
    match (meets, target) {
        (true, _) if !in_practice.is_empty() && !legacy => {
            // A Company Portal profile with single-app mode off (N8): what it meets that
            // way, modern authentication meets by the table (the Company Portal column
            // without the lock is within modern's).
            let l = labels(in_practice.iter().map(|p| p.requirement));
            push(
                &mut fix,
                &format!(
                    "Nothing to change: {} meets every stated requirement, {} because this profile has single-app mode off (nuance N8).",
                    current.en, l.en
                ),
                &format!(
                    "変更は不要です。{}は指定したすべての条件を満たします ({}は、このプロファイルのシングル アプリ モードがオフのため満たします。補足 N8)。",
                    ja_word(current.ja),
                    l.ja
                ),
            );
            if let Some(r) = rec.filter(|r| Some(*r) != method.table_method()) {
                push(
                    &mut fix,
                    &format!(
                        "{} meets them without depending on that setting and is preferred; to switch: {}.",
                        r.label().en,
                        path.en
                    ),
                    &format!(
                        "{}ならこの設定に左右されずに満たせるため、こちらが優先されます。変更するには: {}。",
                        method_ja(r),
                        path.ja
                    ),
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
            push(
                &mut fix,
                &format!(
                    "Nothing to change: {} meets every stated requirement, {} through the Company Portal app this profile installs ({en_n}).",
                    current.en, l.en
                ),
                &format!(
                    "変更は不要です。{}は指定したすべての条件を満たします ({}は、このプロファイルがインストールするポータル サイト アプリを通じて満たします。{ja_n})。",
                    ja_word(current.ja),
                    l.ja
                ),
            );
            // `rec` is never legacy here: the table says legacy misses what is met in practice.
            match rec {
                Some(r) => push(
                    &mut fix,
                    &format!(
                        "Microsoft has deprecated legacy; {} meets them without that detour. To switch: {}.",
                        r.label().en,
                        path.en
                    ),
                    &format!(
                        "Microsoft はレガシを非推奨としています。{}なら回り道なしにこれらを満たします。変更するには: {}。",
                        method_ja(r),
                        path.ja
                    ),
                ),
                None => push(
                    &mut fix,
                    "Microsoft has deprecated legacy, but no other method meets all of them.",
                    "Microsoft はレガシを非推奨としていますが、これらをすべて満たす方法はほかにありません。",
                ),
            }
        }
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
        // Only undecided requirements: the input does not show single-app mode (N8); the
        // reasons say so, the fix says where to look.
        (false, None) if missed.is_empty() => {
            if sam == SingleAppMode::NotInPolicies {
                push(
                    &mut fix,
                    &format!(
                        "Enrollment policies have no \"Run Company Portal in Single App Mode until authentication\" in Microsoft's setting definitions (nuance N8); profiles on the Profiles page have it: {}.",
                        path.en
                    ),
                    &format!(
                        "登録ポリシーの Microsoft の設定定義には「認証されるまでシングル アプリ モードでポータル サイトを実行する」がありません (補足 N8)。「プロファイル」の画面のプロファイルにはあります: {}。",
                        path.ja
                    ),
                );
            } else {
                push(
                    &mut fix,
                    &format!(
                        "Check \"Run Company Portal in Single App Mode until authentication\" in the profile (nuance N8): {}.",
                        path.en
                    ),
                    &format!(
                        "プロファイルで「認証されるまでシングル アプリ モードでポータル サイトを実行する」を確認してください (補足 N8): {}。",
                        path.ja
                    ),
                );
            }
            if unknown.iter().any(|u| u.requirement == Requirement::LockUntilCompanyPortal) {
                push(
                    &mut fix,
                    "To keep the device locked it must be Yes, with a VPP token chosen under \"Install Company Portal with VPP\".",
                    "デバイスをロックするには、この設定を「はい」にし、「VPP によるポータル サイトのインストール」で VPP トークンを選ぶ必要があります。",
                );
            }
            if unknown.iter().any(|u| u.requirement == Requirement::UseBeforeCompanyPortal) {
                push(
                    &mut fix,
                    "To let users use the device before Company Portal is installed it must be No.",
                    "ポータル サイトのインストール前からデバイスを使わせるには、この設定を「いいえ」にする必要があります。",
                );
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
        // Only the profile's own settings miss (a legacy profile that installs Company
        // Portal with "Do not register devices in Microsoft Entra ID" stated, or a profile
        // without a VPP token with "without Apple IDs" stated): the method stays, the
        // setting changes.
        (false, Some(t)) if Some(t) == method.table_method() => {
            if missed.contains(&Requirement::LockUntilCompanyPortal) {
                push(
                    &mut fix,
                    &format!(
                        "Keep {} and set \"Run Company Portal in Single App Mode until authentication\" to Yes, with a VPP token chosen under \"Install Company Portal with VPP\" (the lock needs one, nuance N8): {}.",
                        current.en, path.en
                    ),
                    &format!(
                        "{}のまま「認証されるまでシングル アプリ モードでポータル サイトを実行する」を「はい」にし、「VPP によるポータル サイトのインストール」で VPP トークンを選んでください (ロックにはトークンが必要です。補足 N8): {}。",
                        ja_word(current.ja),
                        path.ja
                    ),
                );
            }
            if missed.contains(&Requirement::NoEntraRegistration) {
                push(
                    &mut fix,
                    &format!(
                        "Keep {} but set \"Install Company Portal\" to No, so that no Company Portal sign-in registers the device: {}.",
                        current.en, path.en
                    ),
                    &format!(
                        "{}のまま「ポータル サイトのインストール」を「いいえ」にして、ポータル サイトへのサインインでデバイスが登録されないようにしてください: {}。",
                        ja_word(current.ja),
                        path.ja
                    ),
                );
            }
            if missed.contains(&Requirement::CompanyPortalVpp) && !missed.contains(&Requirement::LockUntilCompanyPortal)
            {
                push(
                    &mut fix,
                    &format!("Keep {} and choose a VPP token with enough Company Portal licences under \"Install Company Portal with VPP\": {}.", current.en, path.en),
                    &format!("{}のまま、「VPP によるポータル サイトのインストール」でポータル サイトのライセンスが足りている VPP トークンを選んでください: {}。", ja_word(current.ja), path.ja),
                );
            }
        }
        (false, Some(t)) => {
            push(
                &mut fix,
                &format!("Change the authentication method from {} to {}: {}.", current.en, t.label().en, path.en),
                &format!("認証方法を{}から{}に変更してください: {}。", ja_word(current.ja), method_ja(t), path.ja),
            );
            push(&mut fix, &policies.en, &policies.ja);
            if options.no_company_portal_vpp_token && missed.contains(&Requirement::CompanyPortalVpp) && !legacy {
                push(
                    &mut fix,
                    "Choose a VPP token under \"Install Company Portal with VPP\" as well: without one, users need an Apple ID to get Company Portal.",
                    "あわせて「VPP によるポータル サイトのインストール」で VPP トークンを選んでください。トークンがないと、ユーザーはポータル サイトの入手に Apple ID が必要です。",
                );
            }
            if legacy
                && options.install_company_portal
                && !options.company_portal_vpp_token
                && missed == [Requirement::CompanyPortalVpp]
            {
                push(
                    &mut fix,
                    "Alternative outside the table: keep legacy and choose a VPP token under \"Install Company Portal with VPP\"; Company Portal then installs without Apple IDs (nuance N2), but Microsoft has deprecated legacy.",
                    "表にない代替策: レガシのまま「VPP によるポータル サイトのインストール」で VPP トークンを選ぶと、Apple ID なしでポータル サイトがインストールされます (補足 N2)。ただし Microsoft はレガシを非推奨としています。",
                );
            } else if legacy
                && !options.install_company_portal
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
                    "Company Portal is the only method that keeps the device locked, and only with its option \"Run Company Portal in Single App Mode until authentication\" set to Yes, which needs a VPP token chosen under \"Install Company Portal with VPP\" (nuance N8); mind the vanishing Company Portal app and the MFA caveat of single-app mode.",
                    "デバイスをロックできるのはポータル サイトだけで、それも「認証されるまでシングル アプリ モードでポータル サイトを実行する」を「はい」にした場合だけです。この設定には「VPP によるポータル サイトのインストール」での VPP トークンの選択が必要です (補足 N8)。ポータル サイト アプリが消える問題と、シングル アプリ モードでの MFA の制約に注意してください。",
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
    ProfileFit {
        method,
        meets,
        missed,
        reasons,
        in_practice,
        unknown,
        target,
        fix,
        note: enrolled_note(method, options, target),
    }
}
