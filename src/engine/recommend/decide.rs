//! The decision: the recommended method, the conflicts and their resolutions, and the advice and nuances for it.

use super::fit::method_fit;
use super::prose::{conflict_why, labels, methods_text, push, why_recommended};
use super::sets::{column, fitting_methods, minimal_conflicts, minimal_drops, minus, reachable_by_legacy_with_cp};
use super::texts;
use super::{Advice, Conflict, MethodFit, NuanceRef, Recommendation, Resolution};
use crate::engine::i18n::LText;
use crate::engine::table::{Method, Requirement, RequirementSet};

pub(super) fn resolution(reqs: RequirementSet, drop: RequirementSet) -> Resolution {
    let then_fits = fitting_methods(minus(reqs, drop));
    let d = labels(drop.iter());
    let ms = methods_text(&then_fits);
    let text = LText::new(
        format!("Drop {}: {} then {}.", d.en, ms.en, if then_fits.len() == 1 { "fits" } else { "fit" }),
        format!("{}をやめると、{}が適合します。", d.ja, ms.ja),
    );
    Resolution { drop: drop.iter().collect(), then_fits, text }
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
            warnings.push(Advice::of(&texts::COMPANY_PORTAL_BLOCKED_BY_USER_ENROLLMENT));
            if lock {
                warnings.push(Advice::of(&texts::SINGLE_APP_MODE_MFA));
                warnings.push(Advice::of(&texts::SINGLE_APP_MODE_RETIREMENT));
                nuance_ids.push("N7");
                nuance_ids.push("N8");
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
    crate::engine::sort::sort_by(&mut nuance_ids, Ord::cmp);
    nuance_ids.dedup();
    let nuances = nuance_ids.into_iter().filter_map(NuanceRef::by_id).collect();

    Recommendation { requirements: reqs, recommended, why, methods, conflicts, resolutions, warnings, nuances }
}

/// The obsolete requirements of a set ([`Requirement::is_obsolete`]).
fn obsolete_in(reqs: RequirementSet) -> RequirementSet {
    reqs.iter().filter(|r| r.is_obsolete()).collect()
}
