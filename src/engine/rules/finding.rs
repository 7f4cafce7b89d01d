//! A finding: one problem (or note) about one object, with its rule, severity, pointer and texts.

use super::{RuleMeta, Severity};
use crate::engine::i18n::{LText, Link};
use crate::engine::model::Object;
use crate::engine::steps::Steps;
use serde::Serialize;

/// One problem (or note) about one object.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Rule id.
    pub rule: &'static str,
    pub severity: Severity,
    /// Position of the object in [`RuleContext::objects`] (equal to `Object::index` for the
    /// objects `input::read` returns).
    pub object: Option<usize>,
    /// Display name of the input the object came from.
    pub source: std::rc::Rc<str>,
    /// JSON pointer of the object inside its input (`Object::pointer`).
    pub object_pointer: String,
    /// JSON pointer of the key, relative to the object (`""` = the object itself).
    pub pointer: String,
    /// One sentence: what is wrong here.
    pub message: LText,
    pub why: LText,
    /// What to do, step by step.
    pub fix: Steps,
    pub links: &'static [Link],
}

impl Finding {
    /// A finding of `meta`'s rule at its default severity, with the rule's why / fix / links
    /// (the fix's fields resolved in `object`).
    pub fn new(meta: &RuleMeta, index: usize, object: &Object, pointer: impl Into<String>, message: LText) -> Finding {
        Finding {
            rule: meta.id,
            severity: meta.default_severity,
            object: Some(index),
            source: object.source.clone(),
            object_pointer: object.pointer.clone(),
            pointer: pointer.into(),
            message,
            why: meta.why.into(),
            fix: Steps::of(meta.fix),
            links: meta.links,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    pub fn with_why(mut self, why: LText) -> Finding {
        self.why = why;
        self
    }

    pub fn with_fix(mut self, fix: Steps) -> Finding {
        self.fix = fix;
        self
    }

    /// The pointer of the key inside its input (object pointer + relative pointer), for
    /// highlighting.
    pub fn absolute_pointer(&self) -> String {
        format!("{}{}", self.object_pointer, self.pointer)
    }

    /// `source#absolute-pointer`.
    pub fn location(&self) -> String {
        format!("{}#{}", self.source, self.absolute_pointer())
    }
}
