//! The engine: pure Rust, shared by the web app and the CLI.
//!
//! Pipeline: input text → [`input`] (JSON with positions, object discovery, recognition)
//! → [`model`] objects → [`classify`] (authentication method with evidence) →
//! [`rules`] (findings) and [`recommend`] (requirements → method) → [`report`].
//!
//! Invariants: the engine never touches the DOM, the clock, randomness, files or the
//! network, and never panics on any input. Its output is a function of its input.

pub mod classify;
pub mod click_paths;
pub mod compare;
pub mod fields;
pub mod i18n;
pub mod input;
pub mod journey;
pub mod json;
pub mod keys;
pub mod lowercase;
pub mod model;
pub mod plan;
pub mod recommend;
pub mod report;
pub mod rules;
pub mod session;
pub mod sort;
pub mod sources;
pub mod steps;
pub mod table;

use input::SourceText;
use model::{InputError, Object};
use recommend::{ProfileFit, Recommendation};
use rules::{Checklist, Finding, RuleContext};
use std::rc::Rc;
use table::RequirementSet;

/// What the user asked for besides the input itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Requirements stated in the recommender; `None` = none stated (no recommendation,
    /// no `requirement-not-met` findings).
    pub requirements: Option<RequirementSet>,
    /// The user asks about the vanishing Company Portal app: show the article's checklist
    /// even when no pasted profile uses the Company Portal method.
    pub asked_about_vanishing_app: bool,
}

/// Everything the engine says about a set of inputs.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Shared with the reading they came from (see [`input::ReadResult`]).
    pub objects: Rc<Vec<Object>>,
    pub errors: Vec<InputError>,
    /// Sorted by object, severity, rule id, pointer.
    pub findings: Vec<Finding>,
    pub recommendation: Option<Recommendation>,
    /// Fit of each classified ADE profile against the stated requirements:
    /// (object index, fit).
    pub fits: Vec<(usize, ProfileFit)>,
    pub checklist: Option<Checklist>,
}

impl Analysis {
    /// Findings about one object. They are sorted by object, so they are one run, found
    /// by bisection (reports and the page ask this for every object).
    pub fn findings_for(&self, object: usize) -> impl Iterator<Item = &Finding> {
        let start = self.findings.partition_point(|f| f.object.unwrap_or(usize::MAX) < object);
        self.findings.get(start..).unwrap_or(&[]).iter().take_while(move |f| f.object == Some(object))
    }

    /// Number of findings of each severity: (errors, warnings, infos).
    pub fn counts(&self) -> (usize, usize, usize) {
        use rules::Severity::*;
        self.findings.iter().fold((0, 0, 0), |(e, w, i), f| match f.severity {
            Error => (e + 1, w, i),
            Warning => (e, w + 1, i),
            Info => (e, w, i + 1),
        })
    }

    pub fn fit_for(&self, object: usize) -> Option<&ProfileFit> {
        // In object order (made from the objects in order).
        let at = self.fits.partition_point(|(i, _)| *i < object);
        self.fits.get(at).filter(|(i, _)| *i == object).map(|(_, f)| f)
    }
}

/// The whole pipeline: read every input, classify, run the rules, and (when requirements
/// were stated) recommend a method and check each profile against it. Never panics.
pub fn analyze(inputs: &[SourceText<'_>], options: Options) -> Analysis {
    let read = classified(input::read(inputs));
    analyze_objects(read.objects, read.errors, options)
}

/// The first two stages: read every input ([`input::read`]) and classify what was found
/// ([`classified`]). For tools that need the objects but not the analysis (`diff`).
pub fn read(inputs: &[SourceText<'_>]) -> input::ReadResult {
    classified(input::read(inputs))
}

/// The classification stage: every ADE profile and policy of a reading gets its
/// authentication method with evidence ([`classify::classify_with`]); other objects keep
/// none. A policy's settings-catalog choices, walked once by recognition, are handed over
/// rather than walked again.
pub fn classified(read: input::Reading) -> input::ReadResult {
    let input::Reading { mut objects, errors, mut walked } = read;
    for (obj, choices) in objects.iter_mut().zip(walked.iter_mut()) {
        obj.classification = classify::classify_with(obj, choices.take());
    }
    input::ReadResult { objects: Rc::new(objects), errors }
}

/// The pipeline after reading: useful when the objects are already parsed (the web app
/// re-runs it when only the requirements change).
pub fn analyze_objects(objects: Rc<Vec<Object>>, errors: Vec<InputError>, options: Options) -> Analysis {
    let ctx = match options.requirements {
        Some(reqs) => RuleContext::with_requirements(&objects, reqs),
        None => RuleContext::new(&objects),
    };
    let findings = rules::run(&ctx);
    let checklist = rules::checklist(&objects, &findings, options.asked_about_vanishing_app);
    let recommendation = options.requirements.map(recommend::recommend);
    let fits = match options.requirements {
        Some(reqs) => objects
            .iter()
            .filter(|o| o.kind.is_ade_profile())
            .filter_map(|o| {
                o.method().map(|m| (o.index, recommend::profile_fit_with(m, rules::profile_options(o), reqs)))
            })
            .collect(),
        None => Vec::new(),
    };
    Analysis { objects, errors, findings, recommendation, fits, checklist }
}

#[cfg(test)]
mod tests {
    use super::*;
    use table::Requirement;

    fn src(text: &str) -> Vec<u8> {
        text.as_bytes().to_vec()
    }

    #[test]
    fn analyze_runs_the_whole_pipeline_on_a_company_portal_profile() {
        let good = src(
            r##"{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","displayName":"Sales iPhones","requiresUserAuthentication":true,"enableAuthenticationViaCompanyPortal":true,"enableSingleAppEnrollmentMode":true,"companyPortalVppTokenId":"tok"}"##,
        );
        let bad = src("{\"a\": 1,,}");
        let inputs = [SourceText { name: "good.json", bytes: &good }, SourceText { name: "bad.json", bytes: &bad }];
        let reqs: RequirementSet = [Requirement::Mfa].into_iter().collect();
        let a = analyze(&inputs, Options { requirements: Some(reqs), asked_about_vanishing_app: false });
        assert_eq!(a.objects.len(), 1);
        assert_eq!(a.errors.len(), 1);
        assert_eq!(a.errors[0].source, "bad.json");
        assert!(a.findings.iter().any(|f| f.rule == "company-portal-app-vanishes"));
        assert!(a.findings.iter().any(|f| f.rule == "single-app-mode-mfa"));
        assert_eq!(a.recommendation.as_ref().and_then(|r| r.recommended), Some(table::Method::SetupAssistantModern));
        assert!(a.fit_for(0).is_some_and(|f| f.meets), "Company Portal meets MFA");
        assert!(a.checklist.is_some(), "the article's checklist appears for Company Portal profiles");
        let (e, w, _) = a.counts();
        assert_eq!(e, 0);
        assert!(w >= 2);
    }

    #[test]
    fn findings_and_fits_per_object_are_found_by_bisection_as_by_a_scan() {
        let texts: Vec<Vec<u8>> = crate::samples::SAMPLES.iter().map(|s| src(s.text)).collect();
        let inputs: Vec<SourceText<'_>> = texts.iter().map(|t| SourceText { name: "s.json", bytes: t }).collect();
        let reqs: RequirementSet = [Requirement::Mfa, Requirement::Wipe].into_iter().collect();
        let a = analyze(&inputs, Options { requirements: Some(reqs), asked_about_vanishing_app: true });
        assert!(a.objects.len() > 3 && !a.findings.is_empty() && !a.fits.is_empty());
        for o in a.objects.iter() {
            let scan: Vec<&Finding> = a.findings.iter().filter(|f| f.object == Some(o.index)).collect();
            assert_eq!(a.findings_for(o.index).collect::<Vec<_>>(), scan);
            let fit = a.fits.iter().find(|(i, _)| *i == o.index).map(|(_, f)| f);
            assert_eq!(a.fit_for(o.index), fit);
        }
        assert_eq!(a.findings_for(a.objects.len() + 5).count(), 0);
    }

    #[test]
    fn without_requirements_there_is_no_recommendation_and_no_fit() {
        let t = src(
            r##"{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","requiresUserAuthentication":true,"configurationWebUrl":true}"##,
        );
        let a = analyze(&[SourceText { name: "pasted", bytes: &t }], Options::default());
        assert!(a.recommendation.is_none());
        assert!(a.fits.is_empty());
        assert!(a.findings.iter().all(|f| f.rule != "requirement-not-met"));
        assert!(a.checklist.is_none());
    }
}
