//! The build-time rendering of the page (`prerender` feature; `make test` runs it): the
//! app's components rendered natively never panic, whatever state they start from (empty,
//! each sample, requirements, several inputs, huge or undecodable input, each language),
//! and each language's page is made from the built `index.html` with its own head.
//!
//!     cargo test --features prerender --test prerender
#![cfg(feature = "prerender")]

use ade_advisor::engine::i18n::Lang;
use ade_advisor::engine::table::{Requirement, RequirementSet};
use ade_advisor::samples::SAMPLES;
use ade_advisor::strings::S;
use ade_advisor::ui::prerender::{page, render_app};
use ade_advisor::ui::state::{Action, State};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

/// Panics anywhere in the process, counted: a component that panics inside the
/// renderer's task could otherwise end the output early without failing the test.
static PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            default(info);
        }));
    });
}

fn apply(s: State, actions: impl IntoIterator<Item = Action>) -> State {
    let mut s = Rc::new(s);
    for a in actions {
        s = s.apply(a);
    }
    let generation = s.generation;
    (*s.apply(Action::Analyse(generation))).clone()
}

/// Every kind of state the page can start from or reach, in `lang`.
fn states(lang: Lang) -> Vec<(String, State)> {
    let all: RequirementSet = Requirement::ALL.into_iter().collect();
    let mut out = vec![
        ("empty".to_string(), State::new(lang)),
        ("every requirement".into(), State::new(lang).with_requirements(all)),
        (
            "a share link's requirements".into(),
            State::new(lang).with_requirements([Requirement::Mfa, Requirement::Wipe].into_iter().collect()),
        ),
        ("asked about the vanishing app".into(), apply(State::new(lang), [Action::SetAskedVanishing(true)])),
        ("typed text that is not JSON".into(), State::new(lang).with_text("{ \"a\": tru".into())),
        ("a huge paste, not analysed while typing".into(), State::new(lang).with_text(" ".repeat(1_000_001))),
        (
            "a file that is not UTF-8".into(),
            apply(State::new(lang), [Action::AddFiles(vec![("bad.json".into(), vec![b'{', 0xff, 0xfe, b'}'])])]),
        ),
        (
            "every sample as files, compared".into(),
            apply(
                State::new(lang).with_requirements(all),
                [Action::AddFiles(
                    SAMPLES.iter().map(|s| (s.file_name.to_string(), s.text.as_bytes().to_vec())).collect(),
                )],
            ),
        ),
        ("update ready and a notice".into(), apply(State::new(lang), [Action::UpdateReady, Action::Notice(None)])),
    ];
    for s in &SAMPLES {
        out.push((format!("sample {} loaded", s.id), apply(State::new(lang), [Action::LoadSample(s.id)])));
        out.push((format!("sample {} typed before the take-over", s.id), State::new(lang).with_text(s.text.into())));
        out.push((
            format!("sample {} with every requirement, a field explained and highlighted", s.id),
            apply(
                State::new(lang).with_requirements(all),
                [
                    Action::LoadSample(s.id),
                    Action::Explain(Some("enableAuthenticationViaCompanyPortal".into())),
                    Action::Highlight { input: 0, pointer: "/displayName".into() },
                    Action::HighlightOffset { input: 0, offset: 3 },
                ],
            ),
        ));
    }
    out
}

#[test]
fn rendering_never_panics_from_any_state_in_either_language() {
    count_panics();
    for lang in Lang::ALL {
        for (what, state) in states(lang) {
            for prerendered in [true, false] {
                let html = render_app(state.clone(), prerendered).unwrap();
                assert_eq!(PANICS.load(Ordering::SeqCst), 0, "{what} ({lang:?}) panicked");
                // The whole page was rendered, up to its footer.
                assert!(html.contains("<footer><p>") && html.ends_with("</div>"), "{what} ({lang:?}): stopped early");
                assert!(html.contains(S::TableHeading.get(lang)), "{what} ({lang:?})");
                assert!(html.contains("id=\"comparison\""), "{what} ({lang:?})");
                assert_eq!(html.contains("data-prerendered"), prerendered, "{what} ({lang:?})");
            }
        }
    }
}

#[test]
fn a_sample_typed_before_the_take_over_is_analysed_in_the_first_render() {
    let sample = SAMPLES.iter().find(|s| s.id == "modern").unwrap();
    let html = render_app(State::new(Lang::Ja).with_text(sample.text.into()), false).unwrap();
    let verdict = html.find("method-name").map(|at| &html[at..]).unwrap_or_default();
    assert!(verdict.contains(">先進認証を使用したセットアップ アシスタント<"), "{html}");
}

/// What Trunk writes from www/index.html (minified; shortened).
const BUILT: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta name=ade-prerender>\
    <link href=./style-1.css integrity=sha384-x rel=stylesheet><link href=manifest.webmanifest rel=manifest>\
    <link href=\"https://example.com/x\" rel=help><script type=module>import init, * as bindings from './app-1.js';\
    const wasm = await init({ module_or_path: './app-1_bg.wasm' });</script>\
    <link as=fetch href='./app-1_bg.wasm' rel=preload></head><body></body></html>";

#[test]
fn the_english_page_keeps_its_urls_and_gets_its_head_and_first_view() {
    let html = page(BUILT, Lang::En).unwrap();
    assert!(html.starts_with("<!doctype html><html lang=\"en\"><meta charset=utf-8><title>ADE Auth Advisor"), "{html}");
    assert!(!html.contains("ade-prerender"));
    for tag in [
        "<meta name=\"description\" content=\"Compare the three authentication methods",
        "<link rel=\"canonical\" href=\"./\">",
        "<link rel=\"alternate\" hreflang=\"en\" href=\"./\">",
        "<link rel=\"alternate\" hreflang=\"ja\" href=\"./ja/\">",
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"./\">",
        "href=./style-1.css",
        "from './app-1.js'",
    ] {
        assert!(html.contains(tag), "{tag} in {html}");
    }
    let body = &html[html.find("<body>").unwrap()..];
    assert!(body.starts_with("<body><div data-prerendered=\"\" class=\"app\">"), "{body}");
    assert!(body.ends_with("</div></body></html>"));
    // Readable without the app: the table's headings and the rules' ids.
    for text in
        ["Which method meets which requirement", "Setup Assistant with modern authentication", "legacy-setup-assistant"]
    {
        assert!(body.contains(text), "{text}");
    }
    // Only the paste area works before the app starts.
    assert!(body.contains("<select id=\"lang-select\" disabled=\"disabled\">"), "{body}");
    assert!(body.contains("<input type=\"checkbox\" id=\"req-mfa\" aria-describedby=\"req-help-mfa\" disabled"));
    let area = &body[body.find("<textarea").unwrap()..];
    assert!(!area[..area.find('>').unwrap()].contains("disabled"), "the paste area works before the app starts");
}

#[test]
fn the_japanese_page_reaches_the_roots_files_and_speaks_japanese() {
    let html = page(BUILT, Lang::Ja).unwrap();
    for url in [
        "<html lang=\"ja\">",
        "href=../style-1.css",
        "href=../manifest.webmanifest",
        "from '../app-1.js'",
        "module_or_path: '../app-1_bg.wasm'",
        "href='../app-1_bg.wasm'",
        "href=\"https://example.com/x\"",
        "<link rel=\"canonical\" href=\"./\">",
        "hreflang=\"en\" href=\"../\"",
        "hreflang=\"ja\" href=\"../ja/\"",
        "hreflang=\"x-default\" href=\"../\"",
        "<title>ADE 認証アドバイザー",
        "認証方法ごとの対応状況",
    ] {
        assert!(html.contains(url), "{url} in {html}");
    }
    assert!(!html.contains("Which method meets which requirement"));
}

#[test]
fn a_development_builds_comments_naming_the_tags_are_not_taken_for_them() {
    // `trunk build` without --release keeps www/index.html's comments.
    let dev = BUILT.replace(
        "<meta name=ade-prerender>",
        "<!-- the title <html> and the first view into <body> --><meta name=\"ade-prerender\">",
    );
    let html = page(&dev, Lang::Ja).unwrap();
    assert!(html.contains("<html lang=\"ja\">") && html.contains("<title>ADE 認証アドバイザー"), "{html}");
    assert!(html.contains("<!-- the title <html> and the first view into <body> -->"));
    let body = &html[html.rfind("<body>").unwrap()..];
    assert!(body.starts_with("<body><div data-prerendered=\"\" class=\"app\">"));
}

#[test]
fn a_template_without_the_placeholder_is_refused() {
    let once = page(BUILT, Lang::En).unwrap();
    assert!(page(&once, Lang::En).unwrap_err().contains("prerendered twice"));
    assert!(page("<html><head></head></html>", Lang::En).is_err());
}
