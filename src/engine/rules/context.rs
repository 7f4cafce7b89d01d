//! What every check reads (`RuleContext`) and the runner that applies the registry to it.

use super::{is_company_portal_app, Finding, Rule, RuleStatus, REGISTRY};
use crate::engine::model::{Kind, Object};
use crate::engine::table::RequirementSet;

/// What the rules look at.
#[derive(Clone, Debug)]
pub struct RuleContext<'a> {
    pub objects: &'a [Object],
    /// Requirements the user stated in the recommender (empty = none stated).
    pub requirements: RequirementSet,
    /// True when the user stated requirements (even if the set is empty).
    pub requirements_stated: bool,
    /// Whether each object is the Company Portal app, as first asked (several rules ask
    /// about the same apps): 0 not asked yet, 1 no, 2 yes.
    company_portal: Vec<std::cell::Cell<u8>>,
}

impl<'a> RuleContext<'a> {
    /// A context without stated requirements.
    pub fn new(objects: &'a [Object]) -> RuleContext<'a> {
        RuleContext::with_requirements(objects, RequirementSet::EMPTY).stated(false)
    }

    /// The same context, with `requirements_stated` set to `stated`.
    pub fn stated(mut self, stated: bool) -> RuleContext<'a> {
        self.requirements_stated = stated;
        self
    }

    /// [`is_company_portal_app`], worked out once per object of the context.
    pub fn is_company_portal_app(&self, app: &Object) -> bool {
        // The object's place in `objects`, if it is one of them.
        let at = (app as *const Object as usize)
            .checked_sub(self.objects.as_ptr() as usize)
            .map(|d| d / std::mem::size_of::<Object>().max(1));
        let Some(memo) = at
            .filter(|&i| self.objects.get(i).is_some_and(|o| std::ptr::eq(o, app)))
            .and_then(|i| self.company_portal.get(i))
        else {
            return is_company_portal_app(app);
        };
        if memo.get() == 0 {
            memo.set(if is_company_portal_app(app) { 2 } else { 1 });
        }
        memo.get() == 2
    }

    pub fn with_requirements(objects: &'a [Object], requirements: RequirementSet) -> RuleContext<'a> {
        RuleContext {
            objects,
            requirements,
            requirements_stated: true,
            company_portal: vec![std::cell::Cell::new(0); objects.len()],
        }
    }

    /// Objects of the given kinds, with their positions.
    pub fn objects_of(&self, kinds: &'a [Kind]) -> impl Iterator<Item = (usize, &'a Object)> + 'a {
        self.objects.iter().enumerate().filter(move |(_, o)| kinds.contains(&o.kind))
    }

    /// Whether the app at position `app` has its assignments as separate objects. They
    /// follow the app directly when `input::read` made them; anywhere else, a scan.
    pub fn has_split_assignments(&self, app: usize) -> bool {
        let is_child = |o: &Object| o.kind == Kind::AppAssignment && o.parent == Some(app);
        if self.objects.get(app + 1).is_some_and(is_child) {
            return true;
        }
        self.objects.iter().any(is_child)
    }

    /// ADE profiles and policies, with their positions.
    pub fn profiles(&self) -> impl Iterator<Item = (usize, &'a Object)> + 'a {
        self.objects.iter().enumerate().filter(|(_, o)| o.kind.is_ade_profile())
    }
}

/// Runs every rule that is not removed and returns the findings, sorted by object,
/// severity, rule id and pointer.
pub fn run(ctx: &RuleContext) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in REGISTRY.iter() {
        if rule.meta.status == RuleStatus::Removed {
            continue;
        }
        (rule.check)(ctx, &mut findings);
    }
    sort_findings(&mut findings);
    findings
}

/// Runs one rule (for tests and the rule pages).
pub fn run_rule(rule: &Rule, ctx: &RuleContext) -> Vec<Finding> {
    let mut findings = Vec::new();
    (rule.check)(ctx, &mut findings);
    sort_findings(&mut findings);
    findings
}

fn sort_findings(findings: &mut Vec<Finding>) {
    crate::engine::sort::sort_by(findings, |a, b| {
        (a.object.unwrap_or(usize::MAX), a.severity, a.rule, &a.pointer, &a.message.en).cmp(&(
            b.object.unwrap_or(usize::MAX),
            b.severity,
            b.rule,
            &b.pointer,
            &b.message.en,
        ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_remembers_which_apps_are_company_portal() {
        use serde_json::json;
        let app = |v| Object::new(Kind::IosApp, 0, "p", "", v);
        let objects = vec![
            app(json!({"bundleId": "com.microsoft.CompanyPortal"})),
            app(json!({"bundleId": "com.example.other"})),
            app(json!({"displayName": "Intune ポータル サイト"})),
        ];
        let ctx = RuleContext::new(&objects);
        for _ in 0..2 {
            let answers: Vec<bool> = objects.iter().map(|o| ctx.is_company_portal_app(o)).collect();
            assert_eq!(answers, [true, false, true]);
        }
        // An object from elsewhere is judged on its own.
        let outside = app(json!({"bundleId": "com.example.other"}));
        assert!(!ctx.is_company_portal_app(&outside));
        let outside = app(json!({"appStoreUrl": "https://apps.apple.com/app/id719171358"}));
        assert!(ctx.is_company_portal_app(&outside));
    }
}
