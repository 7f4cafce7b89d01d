//! Requirements → authentication method.
//!
//! The user states what the organisation needs (a [`RequirementSet`]; unchecked = "don't
//! care"). [`recommend`] says, for every method, whether it fits and why not; which method
//! to use and why; and, when nothing fits, the smallest sets of requirements that conflict
//! and what to drop. [`profile_fit`] checks one pasted profile's method against the same
//! requirements (the rule `requirement-not-met` turns it into findings).
//!
//! A method meets a requirement exactly when the comparison table says "yes"
//! (`Requirement::row().value(method)`); Microsoft's nuances (N1–N8) never change a value,
//! they are attached to the reasons and advice where they change what to do.
//!
//! Pure and deterministic; no I/O; never panics.

mod decide;
mod fit;
mod prose;
mod sets;
mod texts;

use super::i18n::{LText, Link, Text};
use super::table::{Method, Nuance, Requirement, RequirementSet, RowSource, NUANCES};
pub use decide::recommend;
pub use fit::{
    click_path, click_path_policies, profile_fit, profile_fit_with, userless_column, InPractice, Missed, ProfileFit,
    ProfileOptions, SingleAppMode, Undecided,
};
pub use prose::reason;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
pub use sets::{column, fitting_methods, meets_all, minimal_conflicts, minimal_drops};
pub use texts::{enrolled_app_config, AdviceText, ALL_ADVICE, NEW_MODERN_DEVICES_NO_APP_CONFIG};

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

    /// The nuance with this id (`N1` … `N8`).
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
