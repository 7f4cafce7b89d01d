//! Export: the report as Markdown (copied to the clipboard, with a preview to select by
//! hand when the clipboard is blocked) and as JSON (downloaded; the same document as the
//! CLI's `--format json`), plus printing. Rendering is the engine's (`engine::report`).

use super::browser;
use super::state::{Action, Notice, State};
use super::steps::copy_button;
use crate::engine::{compare, plan, report};
use crate::strings::S;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// The JSON report exactly as the CLI prints it with `--plan` (pretty, trailing newline).
pub fn json_text(state: &State) -> Option<String> {
    let a = state.analysis.as_ref()?;
    let plans = plan::plans(&a.objects, state.options().requirements);
    let sources = state.sources();
    let s = report::Report::new(a, &sources, state.lang)
        .with_plans(&plans)
        .render(report::Format::Json, Default::default());
    Some(s)
}

/// The Markdown report, then how to switch each profile that should, then the
/// comparison of the profiles (when there are two or more).
pub fn markdown_text(state: &State) -> Option<String> {
    let a = state.analysis.as_ref()?;
    let lang = state.lang;
    let plans = plan::plans(&a.objects, state.options().requirements);
    let sources = state.sources();
    let mut md =
        report::Report::new(a, &sources, lang).with_plans(&plans).render(report::Format::Markdown, Default::default());
    if let Some(c) = compare::compare(&a.objects) {
        md.push('\n');
        md.push_str(&compare::comparison_markdown(&c, lang));
    }
    Some(md)
}

#[function_component(Export)]
pub fn export(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let markdown = use_memo((state.analysis.as_ref().map(|a| std::rc::Rc::as_ptr(a) as usize), lang), {
        let state = (**state).clone();
        move |_| markdown_text(&state)
    });
    let Some(md) = (*markdown).clone() else {
        return html! {};
    };
    let download = {
        let state = state.clone();
        Callback::from(move |_| {
            if let Some(json) = json_text(&state) {
                if browser::download("ade-advisor-report.json", "application/json", &json) {
                    state.dispatch(Action::Notice(Some(Notice::Downloaded)));
                }
            }
        })
    };
    let print = Callback::from(|_| browser::print());
    html! {
        <section id="export" class="card export no-print" aria-labelledby="export-heading">
            <h2 id="export-heading">{ S::ExportHeading.get(lang) }</h2>
            <p class="intro">{ S::ExportIntro.get(lang) }</p>
            <div class="export-actions">
                { copy_button(state, md.clone(), S::CopyMarkdown.get(lang), "primary", Some("copy-markdown".into())) }
                <button type="button" id="download-json" onclick={download}>{ S::DownloadJson.get(lang) }</button>
                <button type="button" id="print" onclick={print}>{ S::PrintReport.get(lang) }</button>
            </div>
            <details class="preview">
                <summary>{ S::PreviewLabel.get(lang) }</summary>
                <label for="markdown-preview" class="visually-hidden">{ S::PreviewLabel.get(lang) }</label>
                <textarea id="markdown-preview" readonly=true value={md} rows="12" />
            </details>
        </section>
    }
}
