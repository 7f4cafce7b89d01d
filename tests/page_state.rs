//! The page's reducer, natively (`page::state`): samples are analysed at once, edits wait
//! for their generation, requirements re-run only the analysis, highlighting, files, and
//! unchanged inputs are not read again. The web app plugs the same `apply` into Yew.

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::model::AuthMethod;
use ade_advisor::engine::table::{Method, Requirement};
use ade_advisor::page::state::{Action, State};
use std::rc::Rc;

fn loaded(id: &'static str) -> Rc<State> {
    Rc::new(State::new(Lang::En)).apply(Action::LoadSample(id))
}

#[test]
fn loading_a_sample_analyses_it_at_once() {
    let s = loaded("company-portal");
    assert!(!s.stale());
    let a = s.analysis.as_ref().expect("analysed");
    assert_eq!(a.objects[0].method(), Some(AuthMethod::CompanyPortal));
    assert_eq!(s.inputs[0].name, "company-portal-single-app.json");
}

#[test]
fn edits_wait_for_their_generation_and_old_timers_are_ignored() {
    let s = Rc::new(State::new(Lang::En));
    let s = s.apply(Action::Edit("{\"a\":".into()));
    let g1 = s.generation;
    let s = s.apply(Action::Edit("{\"a\": 1}".into()));
    assert!(s.stale() && s.analysis.is_none());
    let same = s.clone().apply(Action::Analyse(g1));
    assert!(Rc::ptr_eq(&s, &same), "an outdated timer does nothing");
    let g2 = s.generation;
    let s = s.apply(Action::Analyse(g2));
    assert!(!s.stale());
    assert!(s.analysis.is_some());
}

#[test]
fn requirements_rerun_the_cheap_part_and_recommend() {
    let s = loaded("legacy");
    let read = s.read.clone().unwrap();
    let s = s.apply(Action::ToggleRequirement(Requirement::Mfa));
    assert!(Rc::ptr_eq(&read, s.read.as_ref().unwrap()), "the input is not read again");
    assert_eq!(s.recommendation.as_ref().and_then(|r| r.recommended), Some(Method::SetupAssistantModern));
    let a = s.analysis.as_ref().unwrap();
    assert!(a.findings.iter().any(|f| f.rule == "requirement-not-met"));
    assert!(!a.fit_for(0).unwrap().meets);
    let s = s.apply(Action::ToggleRequirement(Requirement::Mfa));
    assert!(s.recommendation.is_none());
}

#[test]
fn highlight_locates_the_key_and_files_replace_an_empty_paste() {
    let s = loaded("company-portal");
    let s = s.apply(Action::Highlight { input: 0, pointer: "/enableSingleAppEnrollmentMode".into() });
    let h = s.highlight.unwrap();
    assert_eq!(&s.inputs[0].text[h.start..h.end], "\"enableSingleAppEnrollmentMode\"");

    let s = Rc::new(State::new(Lang::En))
        .apply(Action::AddFiles(vec![("a.json".into(), "{}".into()), ("b.json".into(), "[".into())]));
    assert_eq!(s.inputs.len(), 2);
    assert_eq!(s.inputs[0].name, "a.json");
    assert_eq!(s.analysis.as_ref().unwrap().errors[0].source, "b.json");
    let s = s.apply(Action::RemoveInput(1));
    assert_eq!(s.inputs.len(), 1);
}

#[test]
fn editing_one_input_does_not_read_the_others_again() {
    let profile = include_str!("../www/samples/company-portal-single-app.json");
    let s = Rc::new(State::new(Lang::En))
        .apply(Action::AddFiles(vec![("big.json".into(), profile.into()), ("b.json".into(), "[".into())]));
    let first = Rc::clone(s.read_of(0).unwrap());
    assert_eq!(s.analysis.as_ref().unwrap().errors.len(), 1);
    let s = s.apply(Action::SelectInput(1));
    let s = s.apply(Action::Edit(profile.replace("Company Portal", "Other")));
    let generation = s.generation;
    let s = s.apply(Action::Analyse(generation));
    assert!(Rc::ptr_eq(&first, s.read_of(0).unwrap()), "the unchanged input is not read again");
    let a = s.analysis.as_ref().unwrap();
    assert!(a.errors.is_empty(), "{:?}", a.errors);
    assert!(a.objects.iter().any(|o| o.input == 1 && &*o.source == "b.json"));
    assert!(a.objects.iter().filter(|o| o.input == 0).all(|o| &*o.source == "big.json"));
    let s = s.apply(Action::RemoveInput(0));
    let a = s.analysis.as_ref().unwrap();
    assert!(a.objects.iter().all(|o| o.input == 0 && &*o.source == "b.json"), "inputs are renumbered");
    assert!(a.objects.iter().enumerate().all(|(i, o)| o.index == i));
}

#[test]
fn changing_to_the_same_language_keeps_the_state() {
    let s = Rc::new(State::new(Lang::En));
    let same = s.clone().apply(Action::SetLang(Lang::En));
    assert!(Rc::ptr_eq(&s, &same));
    assert_eq!(s.apply(Action::SetLang(Lang::Ja)).lang, Lang::Ja);
}
