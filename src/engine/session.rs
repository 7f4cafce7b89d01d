//! The engine's one pipeline for an editor (in the spirit of rust-analyzer's `AnalysisHost`):
//! a `Session` owns the per-input readings, takes edits of the inputs and changes of the
//! options, and hands out the analysis. An input that did not change (same name, same text
//! and bytes by identity) is not read again; a change of options re-runs only the cheap part
//! (rules, recommendation, fits) on the objects already read. The page's reducer and its
//! benchmark go through it; the CLI and the fuzz target run the same stages through
//! [`super::analyze`], which reads every input afresh.

use super::input::{self, ReadResult, SourceText};
use super::{analyze_objects, classified, Analysis, Options};
use std::rc::Rc;

/// One input as an editor holds it: its name, its text, and, for a dropped file that is not
/// UTF-8, the bytes the engine reads instead of the lossy text.
#[derive(Clone, Copy, Debug)]
pub struct SessionInput<'a> {
    pub name: &'a str,
    pub text: &'a Rc<String>,
    pub raw: Option<&'a Rc<Vec<u8>>>,
}

/// What an input was read from (identity, not content: an edit makes a new text).
#[derive(Clone, Debug)]
struct ReadKey {
    name: String,
    text: Rc<String>,
    raw: Option<Rc<Vec<u8>>>,
}

impl ReadKey {
    fn is(&self, i: &SessionInput<'_>) -> bool {
        self.name == i.name
            && Rc::ptr_eq(&self.text, i.text)
            && match (&self.raw, i.raw) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// The readings of the current inputs and the analysis of them with the current options.
#[derive(Clone, Debug, Default)]
pub struct Session {
    options: Options,
    /// Each input as last read on its own, and classified.
    reads: Vec<(ReadKey, Rc<ReadResult>)>,
    /// All inputs merged (objects and errors renumbered across inputs).
    read: Option<Rc<ReadResult>>,
    analysis: Option<Rc<Analysis>>,
}

impl Session {
    pub fn new(options: Options) -> Session {
        Session { options, ..Session::default() }
    }

    /// Replaces the inputs and analyses them. Inputs that are all blank clear the session
    /// (no reading, no analysis).
    pub fn set_inputs(&mut self, inputs: &[SessionInput<'_>]) {
        if inputs.iter().all(|i| i.text.trim().is_empty()) {
            self.reads.clear();
            self.read = None;
            self.analysis = None;
            return;
        }
        let reads: Vec<(ReadKey, Rc<ReadResult>)> = inputs
            .iter()
            .map(|i| {
                let cached = self.reads.iter().find(|(k, _)| k.is(i)).map(|(_, r)| Rc::clone(r));
                let read = cached.unwrap_or_else(|| {
                    Rc::new(classified(match i.raw {
                        Some(raw) => input::read_input(&SourceText { name: i.name, bytes: raw }),
                        None => input::read_text(i.name, i.text),
                    }))
                });
                (ReadKey { name: i.name.to_string(), text: Rc::clone(i.text), raw: i.raw.cloned() }, read)
            })
            .collect();
        let parts: Vec<&ReadResult> = reads.iter().map(|(_, r)| r.as_ref()).collect();
        self.read = Some(Rc::new(input::merge(&parts)));
        self.reads = reads;
        self.reanalyse();
    }

    /// Changes the options (requirements, the checklist question) and re-runs the cheap
    /// part of the pipeline on the objects already read.
    pub fn set_options(&mut self, options: Options) {
        self.options = options;
        self.reanalyse();
    }

    fn reanalyse(&mut self) {
        self.analysis =
            self.read.as_ref().map(|r| Rc::new(analyze_objects(Rc::clone(&r.objects), r.errors.clone(), self.options)));
    }

    pub fn options(&self) -> Options {
        self.options
    }

    /// All inputs, read and merged.
    pub fn read(&self) -> Option<&Rc<ReadResult>> {
        self.read.as_ref()
    }

    /// Input `i` as read on its own.
    pub fn read_of(&self, i: usize) -> Option<&Rc<ReadResult>> {
        self.reads.get(i).map(|(_, r)| r)
    }

    pub fn analysis(&self) -> Option<&Rc<Analysis>> {
        self.analysis.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::table::{Requirement, RequirementSet};

    fn text(s: &str) -> Rc<String> {
        Rc::new(s.to_string())
    }

    const PROFILE: &str = r##"{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","displayName":"p","requiresUserAuthentication":true,"enableAuthenticationViaCompanyPortal":true}"##;

    #[test]
    fn unchanged_inputs_are_not_read_again_and_options_rerun_only_the_analysis() {
        let (a, b) = (text(PROFILE), text("{\"a\": 1,,}"));
        let mut s = Session::new(Options::default());
        s.set_inputs(&[
            SessionInput { name: "a.json", text: &a, raw: None },
            SessionInput { name: "b.json", text: &b, raw: None },
        ]);
        let first = Rc::clone(s.read_of(0).unwrap());
        let merged = Rc::clone(s.read().unwrap());
        assert_eq!(s.analysis().unwrap().errors.len(), 1);
        // Only b changes: a's reading is kept.
        let b2 = text("{}");
        s.set_inputs(&[
            SessionInput { name: "a.json", text: &a, raw: None },
            SessionInput { name: "b.json", text: &b2, raw: None },
        ]);
        assert!(Rc::ptr_eq(&first, s.read_of(0).unwrap()));
        assert!(s.analysis().unwrap().errors.is_empty());
        // Options: the merged reading stays, the analysis changes.
        let merged2 = Rc::clone(s.read().unwrap());
        let reqs: RequirementSet = [Requirement::Mfa].into_iter().collect();
        s.set_options(Options { requirements: Some(reqs), asked_about_vanishing_app: false });
        assert!(Rc::ptr_eq(&merged2, s.read().unwrap()));
        assert!(!Rc::ptr_eq(&merged, &merged2));
        assert!(s.analysis().unwrap().recommendation.is_some());
    }

    #[test]
    fn blank_inputs_clear_the_session() {
        let (a, blank) = (text(PROFILE), text("  \n"));
        let mut s = Session::new(Options::default());
        s.set_inputs(&[SessionInput { name: "a.json", text: &a, raw: None }]);
        assert!(s.analysis().is_some());
        s.set_inputs(&[SessionInput { name: "a.json", text: &blank, raw: None }]);
        assert!(s.analysis().is_none() && s.read().is_none() && s.read_of(0).is_none());
    }

    #[test]
    fn a_session_analyses_as_analyze_does() {
        let a = text(PROFILE);
        let mut s = Session::new(Options::default());
        s.set_inputs(&[SessionInput { name: "a.json", text: &a, raw: None }]);
        let direct = crate::engine::analyze(&[SourceText { name: "a.json", bytes: a.as_bytes() }], Options::default());
        assert_eq!(s.analysis().unwrap().findings, direct.findings);
    }
}
