//! The verdict: counts by severity, one line per profile (method, fit, errors and
//! warnings), parse errors (line and column in words, with the excerpt), and one card per
//! recognised object with its kind, name, method (confidence, evidence), fit against the
//! requirements, its findings (errors first) and how to switch.

use super::compare::compare_view;
use super::finding::finding_view;
use super::journey::profile_journey;
use super::state::{Action, State};
use super::steps::steps_view;
use super::switch_plan::switch_plan_view;
use crate::engine::i18n::Lang;
use crate::engine::journey::{self, Journey};
use crate::engine::model::{Confidence, Evidence, InputError, Kind, Object};
use crate::engine::plan::{self, SwitchPlan};
use crate::engine::recommend::ProfileFit;
use crate::engine::rules::{Finding, Severity};
use crate::engine::Analysis;
use crate::engine::{compare, fields};
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

pub fn kind_label(k: Kind) -> S {
    match k {
        Kind::IosEnrollmentProfile => S::KindIosEnrollmentProfile,
        Kind::IosEnrollmentPolicy => S::KindIosEnrollmentPolicy,
        Kind::AppleDepProfile => S::KindAppleDepProfile,
        Kind::MacosEnrollmentProfile => S::KindMacosEnrollmentProfile,
        Kind::MacosEnrollmentPolicy => S::KindMacosEnrollmentPolicy,
        Kind::TvosVisionosEnrollmentPolicy => S::KindTvosVisionosEnrollmentPolicy,
        Kind::AppleConfiguratorProfile => S::KindAppleConfiguratorProfile,
        Kind::IosDeviceRestrictions => S::KindIosDeviceRestrictions,
        Kind::IosApp => S::KindIosApp,
        Kind::AppAssignment => S::KindAppAssignment,
        Kind::VppToken => S::KindVppToken,
        Kind::IosDeviceFeatures => S::KindIosDeviceFeatures,
        Kind::IosAppConfiguration => S::KindIosAppConfiguration,
        Kind::Unknown => S::KindUnknown,
    }
}

fn confidence_label(c: Confidence) -> S {
    match c {
        Confidence::High => S::ConfidenceHigh,
        Confidence::Medium => S::ConfidenceMedium,
        Confidence::Low => S::ConfidenceLow,
    }
}

/// Parse errors, above the results. Clicking one puts the caret at the error.
pub fn parse_errors(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let Some(a) = &state.analysis else {
        return html! {};
    };
    if a.errors.is_empty() {
        return html! {};
    }
    html! {
        <section id="parse-errors" class="card errors" role="alert" aria-labelledby="errors-heading">
            <h2 id="errors-heading">{ S::ErrorsHeading.get(lang) }</h2>
            <ul>{ for a.errors.iter().map(|e| error_view(state, e, lang)) }</ul>
        </section>
    }
}

fn error_view(state: &UseReducerHandle<State>, e: &InputError, lang: Lang) -> Html {
    // "broken.json, line 5, column 43" (「broken.json、5 行 43 列」), not a bare 5:43.
    let position = match e.position_words(lang) {
        Some(words) => format!("{}{}{words}", e.source, if lang == Lang::Ja { "、" } else { ", " }),
        None => e.source.clone(),
    };
    let go = {
        let state = state.clone();
        let (input, offset) = (e.input, e.offset);
        Callback::from(move |_| {
            if let Some(offset) = offset {
                state.dispatch(Action::HighlightOffset { input, offset });
            }
        })
    };
    html! {
        <li class="parse-error">
            <button type="button" class="linklike error-pos" onclick={go} disabled={e.offset.is_none()}>
                <code>{ position }</code>
            </button>
            { " " }{ e.message.get(lang) }
            if let Some(x) = &e.excerpt {
                <pre class="excerpt"><code>{ x }{ "\n" }{ e.caret.clone().unwrap_or_default() }</code></pre>
            }
        </li>
    }
}

#[function_component(Results)]
pub fn results(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let body = match &state.analysis {
        None => html! {
            <>
            <p class="muted empty">{ S::ResultsEmpty.get(lang) }</p>
            <p class="empty-next"><a href="#comparison" id="to-decision-table">{ S::ResultsToTable.get(lang) }</a></p>
            </>
        },
        Some(a) => analysis_view(state, a, lang),
    };
    html! {
        <section id="results" class="card results" aria-labelledby="results-heading" tabindex="-1">
            <h2 id="results-heading">{ S::ResultsHeading.get(lang) }</h2>
            <div aria-live="polite" aria-busy={state.busy.to_string()}>
                if state.stale() && state.analysis.is_some() {
                    <p class="muted stale">{ S::ResultsStale.get(lang) }</p>
                }
                { body }
            </div>
        </section>
    }
}

fn analysis_view(state: &UseReducerHandle<State>, a: &Analysis, lang: Lang) -> Html {
    let (e, w, i) = a.counts();
    let general: Vec<&Finding> = a.findings.iter().filter(|f| f.object.is_none()).collect();
    // How to switch: worked out once for all cards (the recommendation once, not per card).
    let plans = plan::plans(&a.objects, state.options().requirements);
    let journeys = journey::for_profiles(&a.objects, state.requirements);
    html! {
        <>
        <ul class="counts" id="counts">
            <li class="count objects"><strong>{ a.objects.len() }</strong>{ " " }{ S::ObjectsRecognised.get(lang) }</li>
            <li class="count error" data-count={e.to_string()}><strong>{ e }</strong>{ " " }{ Severity::Error.label().get(lang) }</li>
            <li class="count warning" data-count={w.to_string()}><strong>{ w }</strong>{ " " }{ Severity::Warning.label().get(lang) }</li>
            <li class="count info" data-count={i.to_string()}><strong>{ i }</strong>{ " " }{ Severity::Info.label().get(lang) }</li>
        </ul>
        { profile_summary(a, lang) }
        { for a.objects.iter().map(|o| object_card(state, a, o, &plans, &journeys, lang)) }
        { compare_section(a, lang) }
        if !general.is_empty() {
            <ul class="findings">
                { for general.into_iter().map(|f| finding_view(state, f, None)) }
            </ul>
        }
        </>
    }
}

/// One line per profile (and per other object with findings): its method, whether it
/// fits the stated requirements, and its errors and warnings; each links to its card.
fn profile_summary(a: &Analysis, lang: Lang) -> Html {
    let lines: Vec<&Object> =
        a.objects.iter().filter(|o| o.kind.is_ade_profile() || a.findings_for(o.index).next().is_some()).collect();
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="profile-summary" id="profile-summary">
            { for lines.into_iter().map(|o| {
                let count = |s: Severity| a.findings_for(o.index).filter(|f| f.severity == s).count().to_string();
                // "— method · fits · 0 error(s), 2 warning(s)", one text after the name.
                let mut text = String::from(" — ");
                text.push_str(match o.method() {
                    Some(m) if o.kind.is_ade_profile() => m.label().get(lang),
                    _ => kind_label(o.kind).get(lang),
                });
                if let Some(f) = a.fit_for(o.index) {
                    text.push_str(" · ");
                    match (f.meets, f.missed.len()) {
                        (true, _) => text.push_str(S::SummaryFits.get(lang)),
                        (false, 0) => text.push_str(S::SummaryUnknown.get(lang)),
                        (false, n) => text.push_str(&S::SummaryMisses.get(lang).replace("{n}", &n.to_string())),
                    }
                }
                text.push_str(" · ");
                text.push_str(
                    &S::SummaryCounts.get(lang).replace("{e}", &count(Severity::Error)).replace("{w}", &count(Severity::Warning)),
                );
                let name = o.name().map_or_else(|| S::Unnamed.get(lang).to_string(), str::to_string);
                html! {
                    <li>
                        <a href={format!("#obj-{}", o.index)}>{ name }</a>{ text }
                    </li>
                }
            }) }
        </ul>
    }
}

/// Profiles the page compares side by side at most (the CLI's `diff` has no limit).
const MAX_COMPARED: usize = 8;

/// "Compare profiles" when two to [`MAX_COMPARED`] profiles were recognised; a note beyond.
fn compare_section(a: &Analysis, lang: Lang) -> Html {
    let n = a.objects.iter().filter(|o| o.kind.is_ade_profile()).count();
    if n > MAX_COMPARED {
        let note =
            S::CompareTooMany.get(lang).replace("{n}", &n.to_string()).replace("{max}", &MAX_COMPARED.to_string());
        return html! { <p id="compare" class="muted">{ note }</p> };
    }
    match compare::compare(&a.objects) {
        Some(c) => compare_view(&c, lang),
        None => html! {},
    }
}

fn evidence_chip(state: &UseReducerHandle<State>, o: &Object, ev: &Evidence) -> Html {
    let key = ev.pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
    let explain_key =
        ev.value.as_str().and_then(fields::lookup).or_else(|| fields::lookup(&key)).map(|f| f.key.to_string());
    let onclick = {
        let state = state.clone();
        let input = o.input;
        let pointer = o.absolute_pointer(&ev.pointer);
        let explain_key = explain_key.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Explain(explain_key.clone()));
            state.dispatch(Action::Highlight { input, pointer: pointer.clone() });
        })
    };
    html! {
        <li>
            <button type="button" class="evidence" {onclick} data-pointer={ev.pointer.to_string()}>
                <code>{ format!("{key}: {}", crate::engine::json::to_compact(&ev.value)) }</code>
            </button>
        </li>
    }
}

fn object_card(
    state: &UseReducerHandle<State>,
    a: &Analysis,
    o: &Object,
    plans: &[SwitchPlan],
    journeys: &[Journey],
    lang: Lang,
) -> Html {
    // The plans are in object order.
    let plan = plans.get(plans.partition_point(|p| p.object < o.index)).filter(|p| p.object == o.index);
    let findings: Vec<_> = a.findings_for(o.index).collect();
    let worst = findings.iter().map(|f| f.severity).min();
    let name = o.name().map_or_else(|| S::Unnamed.get(lang).to_string(), str::to_string);
    html! {
        <article id={format!("obj-{}", o.index)} class={classes!("object-card", worst.map(|s| s.id()))} data-kind={o.kind.id()} data-index={o.index.to_string()}
            aria-labelledby={format!("obj-{}-name", o.index)}>
            <header>
                <p class="kind">{ kind_label(o.kind).get(lang) }</p>
                <h3 id={format!("obj-{}-name", o.index)}>{ name }</h3>
                <p class="loc muted"><code>{ o.location() }</code></p>
            </header>
            if o.kind.is_ade_profile() {
                { method_view(state, a, o, lang) }
            }
            if findings.is_empty() {
                <p class="muted no-findings">{ S::NoFindings.get(lang) }</p>
            } else {
                <ul class="findings">
                    { for findings.into_iter().map(|f| finding_view(state, f, Some(o.input))) }
                </ul>
            }
            if let Some(j) = journeys.iter().find(|j| j.object == Some(o.index)) {
                { profile_journey(state, o, j, plan.is_some(), lang) }
            }
            if let Some(p) = plan {
                { switch_plan_view(state, p, lang) }
            }
        </article>
    }
}

/// The requirements the table says the method misses but this profile's own settings meet
/// (a legacy profile that installs Company Portal: nuances N1, N2), and how.
fn in_practice_view(f: &ProfileFit, lang: Lang) -> Html {
    if f.in_practice.is_empty() {
        return html! {};
    }
    html! {
        <div class="fit-in-practice" data-in-practice="">
            <p>{ S::FitInPractice.get(lang) }{ ":" }</p>
            <ul>{ for f.in_practice.iter().map(|p| html! {
                <li data-requirement={p.requirement.id()}><strong>{ p.requirement.row().label.get(lang) }</strong>{ " — " }{ p.reason.get(lang) }</li>
            }) }</ul>
        </div>
    }
}

/// The requirements this input cannot decide (single-app mode not shown, nuance N8), and why.
fn unknown_view(f: &ProfileFit, lang: Lang) -> Html {
    if f.unknown.is_empty() {
        return html! {};
    }
    html! {
        <div class="fit-unknown" data-unknown="">
            <p>{ "? " }{ S::FitUnknown.get(lang) }{ ":" }</p>
            <ul>{ for f.unknown.iter().map(|u| html! {
                <li data-requirement={u.requirement.id()}><strong>{ u.requirement.row().label.get(lang) }</strong>{ " — " }{ u.reason.get(lang) }</li>
            }) }</ul>
        </div>
    }
}

fn method_view(state: &UseReducerHandle<State>, a: &Analysis, o: &Object, lang: Lang) -> Html {
    let Some(c) = &o.classification else {
        return html! {};
    };
    let method = match c.method {
        Some(m) => m.label().get(lang),
        None => S::MethodUnknown.get(lang),
    };
    let fit = a.fit_for(o.index);
    html! {
        <div class="method-block">
            <dl class="method">
                <dt>{ S::MethodLabel.get(lang) }</dt>
                <dd class="method-name" data-method={c.method.map(|m| m.id())}><strong>{ method }</strong></dd>
                <dt>{ S::ConfidenceLabel.get(lang) }</dt>
                <dd class={classes!("confidence", format!("conf-{}", confidence_label(c.confidence).get(Lang::En)))}>
                    { confidence_label(c.confidence).get(lang) }
                    if let Some(r) = &c.reason { { " — " }{ r.get(lang) } }
                </dd>
                if !c.evidence.is_empty() {
                    <dt>{ S::EvidenceLabel.get(lang) }</dt>
                    <dd><ul class="evidence-list">{ for c.evidence.iter().map(|e| evidence_chip(state, o, e)) }</ul></dd>
                }
                <dt>{ S::FitLabel.get(lang) }</dt>
                <dd class="fit">
                    { match fit {
                        None => html! { <span class="muted">{ S::FitNone.get(lang) }</span> },
                        Some(f) if f.meets => html! {
                            <>
                                <span class="fit-ok">{ "✓ " }{ S::FitMeets.get(lang) }</span>
                                { in_practice_view(f, lang) }
                            </>
                        },
                        Some(f) if f.missed.is_empty() => html! {
                            <div class="fit-undecided">
                                { unknown_view(f, lang) }
                                { in_practice_view(f, lang) }
                                <div class="fix"><strong>{ S::FixLabel.get(lang) }</strong>{ steps_view(Some(state), &f.fix.0, 1, lang) }</div>
                            </div>
                        },
                        Some(f) => html! {
                            <div class="fit-bad">
                                <p>{ "✕ " }{ S::FitMisses.get(lang) }{ ":" }</p>
                                <ul>{ for f.reasons.iter().map(|m| html! {
                                    <li><strong>{ m.requirement.row().label.get(lang) }</strong>{ " — " }{ m.reason.get(lang) }</li>
                                }) }</ul>
                                { unknown_view(f, lang) }
                                { in_practice_view(f, lang) }
                                <div class="fix"><strong>{ S::FixLabel.get(lang) }</strong>{ steps_view(Some(state), &f.fix.0, 1, lang) }</div>

                            </div>
                        },
                    } }
                </dd>
            </dl>
        </div>
    }
}
