//! The page's state and reducer, platform-neutral (native tests reach it): every change of
//! state is an [`Action`]; [`State::apply`] is the only place that runs the engine (through
//! its `Session`). Side effects (storage, fragment, timers, selection) live in the web app's
//! effects and `ui::browser`; `ui::state` only plugs `apply` into Yew's `Reducible`.

use super::samples;
use super::share::{analyse_while_typing, Theme};
use crate::engine::i18n::Lang;
use crate::engine::input::{self, ReadResult, SourceText};
use crate::engine::recommend::{self, Recommendation};
use crate::engine::session::{Session, SessionInput};
use crate::engine::table::{Requirement, RequirementSet};
use crate::engine::{Analysis, Options};
use std::rc::Rc;

/// Name of the paste input (the engine's `source`).
pub const PASTED: &str = "pasted";

/// One input: the paste area, a loaded sample, or a dropped / picked file.
#[derive(Clone, Debug, PartialEq)]
pub struct InputDoc {
    pub name: String,
    pub text: Rc<String>,
    /// A dropped file's bytes when they are not UTF-8: the engine reads these (and says
    /// where the file stops being UTF-8, or that it is binary) while the textarea shows
    /// `text`, a lossy decoding. Dropped as soon as the text is edited.
    pub raw: Option<Rc<Vec<u8>>>,
}

/// Where to put the textarea's selection (byte offsets into the input's text). `seq`
/// changes on every request so the same place can be highlighted twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub input: usize,
    pub start: usize,
    pub end: usize,
    pub seq: u64,
}

/// A short status message (copied, shared, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Copied,
    CopyFailed,
    LinkCopied,
    Downloaded,
}

#[derive(Clone, Debug)]
pub struct State {
    pub lang: Lang,
    pub theme: Theme,
    pub requirements: RequirementSet,
    /// "Company Portal vanishes from our devices": show the article's checklist.
    pub asked_vanishing: bool,
    /// `inputs[0]` is always the paste area (possibly holding a sample or one file).
    pub inputs: Vec<InputDoc>,
    /// The input shown in the textarea.
    pub active: usize,
    /// Bumped on every change of input text.
    pub generation: u64,
    /// The generation the current analysis was computed from.
    pub analysed: u64,
    /// An analysis was requested and runs on the next tick.
    pub busy: bool,
    pub read: Option<Rc<ReadResult>>,
    /// The engine's pipeline: each input's reading (an unchanged input is not read again)
    /// and the analysis; `read` and `analysis` are its results, shared.
    session: Session,
    pub analysis: Option<Rc<Analysis>>,
    pub recommendation: Option<Rc<Recommendation>>,
    /// The field shown in the explainer (key as written, or a settings-catalog id).
    pub explain: Option<String>,
    pub highlight: Option<Highlight>,
    pub notice: Option<Notice>,
    /// A newer version of the site is installed and waits for a reload (docs/offline.md).
    pub update_ready: bool,
}

impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        self.lang == other.lang
            && self.theme == other.theme
            && self.requirements == other.requirements
            && self.asked_vanishing == other.asked_vanishing
            && self.inputs == other.inputs
            && self.active == other.active
            && self.generation == other.generation
            && self.analysed == other.analysed
            && self.busy == other.busy
            && opt_ptr_eq(&self.analysis, &other.analysis)
            && self.explain == other.explain
            && self.highlight == other.highlight
            && self.notice == other.notice
            && self.update_ready == other.update_ready
    }
}

fn opt_ptr_eq<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

impl State {
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            theme: Theme::System,
            requirements: RequirementSet::EMPTY,
            asked_vanishing: false,
            inputs: vec![InputDoc { name: PASTED.into(), text: Rc::new(String::new()), raw: None }],
            active: 0,
            generation: 0,
            analysed: 0,
            busy: false,
            read: None,
            session: Session::default(),
            analysis: None,
            recommendation: None,
            explain: None,
            highlight: None,
            notice: None,
            update_ready: false,
        }
    }

    pub fn with_requirements(mut self, reqs: RequirementSet) -> State {
        self.requirements = reqs;
        self.recommendation = recommend_for(reqs);
        self
    }

    pub fn with_theme(mut self, theme: Theme) -> State {
        self.theme = theme;
        self
    }

    /// The paste area holding `text` (what the visitor typed or pasted into the prerendered
    /// page before the app started), analysed at once when it is small enough to be
    /// analysed while typing. Set the requirements first: the analysis uses them.
    pub fn with_text(mut self, text: String) -> State {
        if !text.is_empty() {
            self.set_inputs(vec![InputDoc { name: PASTED.into(), text: Rc::new(text), raw: None }]);
        }
        self
    }

    /// Total input size in bytes.
    pub fn total_bytes(&self) -> usize {
        self.inputs.iter().map(|d| d.text.len()).sum()
    }

    /// True when typing analyses by itself (input below the large-input threshold).
    pub fn live(&self) -> bool {
        analyse_while_typing(self.total_bytes())
    }

    /// The input text changed since the last analysis.
    pub fn stale(&self) -> bool {
        self.generation != self.analysed
    }

    pub fn options(&self) -> Options {
        Options {
            requirements: (!self.requirements.is_empty()).then_some(self.requirements),
            asked_about_vanishing_app: self.asked_vanishing,
        }
    }

    /// Input `input` as last read on its own (kept while it does not change).
    pub fn read_of(&self, input: usize) -> Option<&Rc<ReadResult>> {
        self.session.read_of(input)
    }

    /// The inputs as the engine (and the report) sees them; indices match `inputs`.
    pub fn sources(&self) -> Vec<SourceText<'_>> {
        self.inputs
            .iter()
            .map(|d| SourceText { name: &d.name, bytes: d.raw.as_deref().map_or(d.text.as_bytes(), |r| r.as_slice()) })
            .collect()
    }

    /// Hands the inputs to the engine's session (which reads only what changed) and takes
    /// its results.
    fn run_full(&mut self) {
        self.busy = false;
        self.analysed = self.generation;
        let options = self.options();
        if self.session.options() != options {
            self.session.set_options(options);
        }
        let inputs: Vec<SessionInput<'_>> =
            self.inputs.iter().map(|d| SessionInput { name: &d.name, text: &d.text, raw: d.raw.as_ref() }).collect();
        self.session.set_inputs(&inputs);
        self.take_results();
    }

    /// Re-runs rules and recommendation on the objects already read (cheap).
    fn rerun(&mut self) {
        self.session.set_options(self.options());
        self.take_results();
    }

    fn take_results(&mut self) {
        self.read = self.session.read().cloned();
        self.analysis = self.session.analysis().cloned();
    }

    /// The input that holds an object.
    pub fn input_of_object(&self, object: usize) -> Option<usize> {
        self.analysis.as_ref()?.objects.get(object).map(|o| o.input)
    }

    fn set_inputs(&mut self, inputs: Vec<InputDoc>) {
        self.inputs = inputs;
        self.active = self.active.min(self.inputs.len() - 1);
        self.generation += 1;
        self.highlight = None;
        if self.live() {
            self.run_full();
        }
    }
}

fn recommend_for(reqs: RequirementSet) -> Option<Rc<Recommendation>> {
    (!reqs.is_empty()).then(|| Rc::new(recommend::recommend(reqs)))
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetTheme(Theme),
    ToggleRequirement(Requirement),
    SetRequirements(RequirementSet),
    SetAskedVanishing(bool),
    /// The text of the active input was edited (analysed after the debounce).
    Edit(String),
    LoadSample(&'static str),
    /// Files dropped or picked: (name, bytes).
    AddFiles(Vec<(String, Vec<u8>)>),
    RemoveInput(usize),
    SelectInput(usize),
    ClearInputs,
    /// Show "Analysing…" now; the analysis itself runs on the next tick.
    StartAnalysis,
    /// Analyse if the input is still at this generation.
    Analyse(u64),
    Explain(Option<String>),
    /// Select a JSON pointer of an input in the textarea.
    Highlight {
        input: usize,
        pointer: String,
    },
    /// Select a byte offset of an input (parse errors).
    HighlightOffset {
        input: usize,
        offset: usize,
    },
    Notice(Option<Notice>),
    /// The service worker installed a newer version of the site.
    UpdateReady,
}

impl State {
    /// The reducer: the state after `action` (the same `Rc` when nothing changes, so that
    /// nothing re-renders).
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => {
                if lang == self.lang {
                    return self;
                }
                s.lang = lang;
            }
            Action::SetTheme(t) => s.theme = t,
            Action::ToggleRequirement(r) => {
                s.requirements = s.requirements.toggled(r);
                s.recommendation = recommend_for(s.requirements);
                s.rerun();
            }
            Action::SetRequirements(reqs) => {
                if reqs == self.requirements {
                    return self;
                }
                s.requirements = reqs;
                s.recommendation = recommend_for(reqs);
                s.rerun();
            }
            Action::SetAskedVanishing(on) => {
                s.asked_vanishing = on;
                s.rerun();
            }
            Action::Edit(text) => {
                let i = s.active;
                if *s.inputs[i].text == text {
                    return self;
                }
                s.inputs[i].text = Rc::new(text);
                s.inputs[i].raw = None;
                s.generation += 1;
                s.highlight = None;
            }
            Action::LoadSample(id) => {
                let Some(sample) = samples::sample(id) else {
                    return self;
                };
                s.active = 0;
                s.set_inputs(vec![InputDoc {
                    name: sample.file_name.into(),
                    text: Rc::new(sample.text.into()),
                    raw: None,
                }]);
            }
            Action::AddFiles(files) => {
                if files.is_empty() {
                    return self;
                }
                let mut inputs = s.inputs.clone();
                // An empty paste area gives way to the files.
                inputs.retain(|d| !(d.name == PASTED && d.text.trim().is_empty()));
                let first_new = inputs.len();
                inputs.extend(files.into_iter().map(|(name, bytes)| match String::from_utf8(bytes) {
                    Ok(text) => InputDoc { name, text: Rc::new(text), raw: None },
                    Err(e) => InputDoc {
                        name,
                        text: Rc::new(String::from_utf8_lossy(e.as_bytes()).into_owned()),
                        raw: Some(Rc::new(e.into_bytes())),
                    },
                }));
                s.active = first_new;
                s.set_inputs(inputs);
            }
            Action::RemoveInput(i) => {
                if i >= s.inputs.len() {
                    return self;
                }
                let mut inputs = s.inputs.clone();
                inputs.remove(i);
                if inputs.is_empty() {
                    inputs.push(InputDoc { name: PASTED.into(), text: Rc::new(String::new()), raw: None });
                }
                if s.active > i {
                    s.active -= 1;
                }
                s.set_inputs(inputs);
            }
            Action::SelectInput(i) => {
                if i >= s.inputs.len() || i == s.active {
                    return self;
                }
                s.active = i;
            }
            Action::ClearInputs => {
                s.active = 0;
                s.explain = None;
                s.set_inputs(vec![InputDoc { name: PASTED.into(), text: Rc::new(String::new()), raw: None }]);
            }
            Action::StartAnalysis => {
                if !s.stale() {
                    return self;
                }
                s.busy = true;
            }
            Action::Analyse(generation) => {
                if generation != s.generation || !s.stale() {
                    return self;
                }
                s.run_full();
            }
            Action::Explain(key) => {
                if key == self.explain {
                    return self;
                }
                s.explain = key;
            }
            Action::Highlight { input, pointer } => {
                let Some(doc) = s.inputs.get(input) else {
                    return self;
                };
                let Some(span) = input::locate(&doc.text, &pointer) else {
                    return self;
                };
                s.active = input;
                s.highlight = Some(Highlight {
                    input,
                    start: span.start,
                    end: span.end,
                    seq: self.highlight.map(|h| h.seq + 1).unwrap_or(1),
                });
            }
            Action::HighlightOffset { input, offset } => {
                let Some(doc) = s.inputs.get(input) else {
                    return self;
                };
                let start = offset.min(doc.text.len());
                let end = doc.text[start..].chars().next().map(|c| start + c.len_utf8()).unwrap_or(start);
                s.active = input;
                s.highlight =
                    Some(Highlight { input, start, end, seq: self.highlight.map(|h| h.seq + 1).unwrap_or(1) });
            }
            Action::Notice(n) => {
                if n == self.notice {
                    return self;
                }
                s.notice = n;
            }
            Action::UpdateReady => {
                if self.update_ready {
                    return self;
                }
                s.update_ready = true;
            }
        }
        Rc::new(s)
    }
}
