//! Requirement sets: set arithmetic over the comparison table (columns, fitting methods, minimal conflicts and drops).

use super::PREFERENCE;
use crate::engine::table::{Method, Requirement, RequirementSet};

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

pub(super) fn minus(a: RequirementSet, b: RequirementSet) -> RequirementSet {
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
    crate::engine::sort::sort_by(&mut out, |a, b| set_key(*a).cmp(&set_key(*b)));
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
    crate::engine::sort::sort_by(&mut out, |a, b| set_key(*a).cmp(&set_key(*b)));
    out
}

/// What a legacy profile reaches in practice with "Install Company Portal" = Yes although
/// the table says "no" (nuances N1, N2).
pub(super) fn reachable_by_legacy_with_cp() -> RequirementSet {
    [Requirement::EntraRegistration, Requirement::CompanyPortalAutoInstall, Requirement::CompanyPortalVpp]
        .into_iter()
        .collect()
}
