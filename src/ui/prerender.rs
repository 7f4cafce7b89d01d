//! The page's first view written into its HTML at build time (native, `prerender` feature):
//! the web app's own components rendered by Yew's server renderer (`LocalServerRenderer`,
//! not hydratable: the app replaces this view when it starts), and each language's page
//! (`index.html` English, `ja/index.html` Japanese) made from the built `index.html` with
//! its title, description, canonical address and language alternates.
//!
//! `src/bin/prerender.rs` runs it in Trunk's post-build hook; `tests/prerender.rs` renders
//! every kind of state with it.

use super::state::State;
use super::{App, AppProps};
use crate::engine::i18n::Lang;
use crate::share::{page_path, root_from};
use crate::strings::{PAGE_DESCRIPTION, S};
use std::rc::Rc;

/// Where the built `index.html` (Trunk's output of www/index.html) takes the page's
/// `<title>`, description and links: a placeholder `<meta name="ade-prerender">`.
const HEAD_PLACEHOLDER: &str = "ade-prerender";

/// The HTML of the app rendered from `start` (the body of a page). `prerendered`: as in
/// the built pages, with the `data-prerendered` marker and the controls that need the app
/// disabled.
pub fn render_app(start: State, prerendered: bool) -> Result<String, String> {
    let props = AppProps { start: Rc::new(start), prerendered, caret: None };
    let rt = tokio::runtime::Builder::new_current_thread().build().map_err(|e| format!("tokio runtime: {e}"))?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(&rt, yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render()))
}

/// The page of `lang` made from the built `index.html` (`template`): `<html lang>`, the
/// head's title, description, canonical link and hreflang alternates in place of the
/// placeholder, the asset URLs rebased for `ja/`, and the app's first view in `<body>`.
pub fn page(template: &str, lang: Lang) -> Result<String, String> {
    let body_at = find_outside_comments(template, "<body").ok_or("the template has no <body>")?;
    let body_open = body_at + template[body_at..].find('>').ok_or("unclosed <body> tag")? + 1;
    let (head, body) = template.split_at(body_open);
    let head = set_html_lang(head, lang)?;
    let head = if root_from(lang) == "./" { head } else { rebase(&head, root_from(lang)) };
    let head = replace_placeholder(&head, &head_tags(lang))?;
    let app = render_app(State::new(lang), true)?;
    Ok(format!("{head}{app}{body}"))
}

/// `<html lang="…">` for the page (the template's `<html>` carries only its language).
fn set_html_lang(head: &str, lang: Lang) -> Result<String, String> {
    let at = find_outside_comments(head, "<html").ok_or("the template has no <html> tag")?;
    let end = at + head[at..].find('>').ok_or("unclosed <html> tag")? + 1;
    Ok(format!("{}<html lang=\"{}\">{}", &head[..at], lang.code(), &head[end..]))
}

/// The page's own head tags: title, description, canonical address, the other language.
fn head_tags(lang: Lang) -> String {
    let to = |l: Lang| format!("{}{}", root_from(lang), page_path(l));
    format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"./\">\
         <link rel=\"alternate\" hreflang=\"en\" href=\"{en}\"><link rel=\"alternate\" hreflang=\"ja\" href=\"{}\">\
         <link rel=\"alternate\" hreflang=\"x-default\" href=\"{en}\">",
        escape(S::PageTitle.get(lang)),
        escape(PAGE_DESCRIPTION.get(lang)),
        to(Lang::Ja),
        en = to(Lang::En),
    )
}

fn replace_placeholder(head: &str, tags: &str) -> Result<String, String> {
    let name = find_outside_comments(head, HEAD_PLACEHOLDER)
        .ok_or("the template has no <meta name=\"ade-prerender\"> (prerendered twice?)")?;
    let start = head[..name].rfind("<meta").ok_or("the placeholder is not a <meta> tag")?;
    let end = name + head[name..].find('>').ok_or("unclosed placeholder tag")? + 1;
    Ok(format!("{}{tags}{}", &head[..start], &head[end..]))
}

/// The first `needle` in `html` outside `<!-- … -->` comments (a development build keeps
/// www/index.html's comments, which name the tags).
fn find_outside_comments(html: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = html[from..].find(needle).map(|i| i + from) {
        let in_comment = html[..at].rfind("<!--").is_some_and(|open| !html[open..at].contains("-->"));
        if !in_comment {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// Text for an HTML attribute or element.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The head of a page one level below the site's root: every relative `href`/`src` and
/// the module loader's `'./…'` imports point `up` (`../`) to the root's files.
fn rebase(head: &str, up: &str) -> String {
    let mut out = String::with_capacity(head.len() + 256);
    let mut rest = head;
    while let Some(at) = next_url_attr(rest) {
        let (before, attr) = rest.split_at(at);
        out.push_str(before);
        let eq = attr.find('=').unwrap_or(0) + 1;
        out.push_str(&attr[..eq]);
        let value = &attr[eq..];
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
        let (open, inner) = match quote {
            Some(_) => (&value[..1], &value[1..]),
            None => ("", value),
        };
        let len = inner.find(|c: char| Some(c) == quote || quote.is_none() && (c.is_whitespace() || c == '>'));
        let len = len.unwrap_or(inner.len());
        out.push_str(open);
        out.push_str(&relative_to(&inner[..len], up));
        rest = &inner[len..];
    }
    out.push_str(rest);
    // The module loader: `import … from './x.js'` and `module_or_path: './x_bg.wasm'`.
    out.replace("'./", &format!("'{up}")).replace("\"./", &format!("\"{up}"))
}

/// The offset of the next ` href=` or ` src=` attribute in `s`.
fn next_url_attr(s: &str) -> Option<usize> {
    [" href=", " src="].iter().filter_map(|a| s.find(a).map(|i| i + 1)).min()
}

/// `url` seen from one level below: relative URLs go `up`, others stay.
fn relative_to(url: &str, up: &str) -> String {
    let absolute = url.starts_with('/') || url.starts_with('#') || url.contains(':');
    if absolute || url.is_empty() {
        url.to_string()
    } else {
        format!("{up}{}", url.strip_prefix("./").unwrap_or(url))
    }
}
