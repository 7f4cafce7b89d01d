//! The whole engine pipeline on arbitrary bytes: reading (UTF-8, JSON, discovery,
//! recognition), classification, rules, checklist, recommendation and profile fit, then
//! every text and pointer a page shows and every report format (JSON, SARIF, Markdown,
//! text), and the page's own path (`engine::session::Session`) compared with `analyze`.
//! Any panic is a bug.
//!
//! An input that starts with a byte >= 0xF0 carries options: that byte's bit 0 states
//! requirements (the next two bytes, little-endian, are the requirement bits), bit 1 asks
//! about the vanishing Company Portal app, bit 2 splits the rest at the first 0x1E into
//! two inputs. Anything else (every fixture, as it is) is one pasted input with default
//! options.
#![no_main]

use ade_advisor::engine::session::{Session, SessionInput};
use ade_advisor::engine::{self, input, table::RequirementSet, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (options, body, split) = match data.split_first() {
        Some((&h, rest)) if h >= 0xF0 => {
            let (requirements, rest) = if h & 1 == 1 && rest.len() >= 2 {
                (Some(RequirementSet::from_bits(u16::from_le_bytes([rest[0], rest[1]]))), &rest[2..])
            } else {
                (None, rest)
            };
            (Options { requirements, asked_about_vanishing_app: h & 2 == 2 }, rest, h & 4 == 4)
        }
        _ => (Options::default(), data, false),
    };
    let inputs = match body.iter().position(|&b| b == 0x1E) {
        Some(i) if split => vec![
            input::SourceText { name: "a.json", bytes: &body[..i] },
            input::SourceText { name: "b.json", bytes: &body[i + 1..] },
        ],
        _ => vec![input::SourceText { name: "pasted", bytes: body }],
    };
    let analysis = engine::analyze(&inputs, options);
    ade_advisor_fuzz_support::exercise(&inputs, &analysis);
    // The page runs the same stages through the engine's `Session` (each input read from
    // the editor's text without a copy, classified, merged, analysed): on UTF-8 inputs it
    // must say exactly what `analyze` says.
    let texts: Vec<std::rc::Rc<String>> = inputs
        .iter()
        .filter_map(|i| std::str::from_utf8(i.bytes).ok())
        .map(|t| std::rc::Rc::new(t.to_string()))
        .collect();
    if texts.len() == inputs.len() {
        let editor: Vec<SessionInput<'_>> =
            inputs.iter().zip(&texts).map(|(i, text)| SessionInput { name: i.name, text, raw: None }).collect();
        let mut session = Session::new(options);
        session.set_inputs(&editor);
        match session.analysis() {
            Some(page) => {
                assert_eq!(format!("{:?}", page.errors), format!("{:?}", analysis.errors));
                assert_eq!(format!("{:?}", page.findings), format!("{:?}", analysis.findings));
                assert_eq!(page.objects.len(), analysis.objects.len());
                for (x, y) in page.objects.iter().zip(analysis.objects.iter()) {
                    assert_eq!((&x.pointer, x.kind, &x.classification), (&y.pointer, y.kind, &y.classification));
                }
            }
            // Blank inputs clear the page instead of showing an error.
            None => assert!(texts.iter().all(|t| t.trim().is_empty())),
        }
    }
    // Rendering every report costs more than the analysis itself: do it for one input in
    // four (by length, which the mutations keep changing), in English or Japanese.
    if data.len() % 8 < 2 {
        ade_advisor_fuzz_support::render(&inputs, &analysis, data.len() % 8 == 1);
    }
});

mod ade_advisor_fuzz_support {
    use ade_advisor::engine::{i18n::Lang, input, report, Analysis};

    /// Every report format the CLI and the page's Export offer, in one language (chosen
    /// by the input's length, so both are covered); the JSON and SARIF are serialised.
    pub fn render(inputs: &[input::SourceText<'_>], a: &Analysis, ja: bool) {
        let lang = if ja { Lang::Ja } else { Lang::En };
        let r = report::Report::new(a, inputs, lang);
        // The reports are written directly (`json::Writer`): they must always be JSON.
        let text = r.render(report::Format::Json, Default::default());
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
            panic!("the JSON report is not JSON ({e}):\n{text}");
        }
        let mut sink = text.len();
        sink += r.render(report::Format::Sarif, Default::default()).len();
        let text_options = report::RenderOptions { color: ja, ..Default::default() };
        sink += r.render(report::Format::Markdown, Default::default()).len();
        sink += r.render(report::Format::Text, text_options).len();
        if let Some(rec) = &a.recommendation {
            sink += r.recommendation_markdown().len();
            let text = report::recommendation_json_text(rec, lang);
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
                panic!("the recommendation JSON is not JSON ({e}):\n{text}");
            }
            sink += text.len();
            sink += report::recommendation_text(rec, lang, !ja).len();
        }
        for f in &a.findings {
            sink += r.finding_position(f).map_or(0, |p| p.line);
        }
        std::hint::black_box(sink);
    }

    /// Touches everything a view shows: texts in both languages, positions of findings
    /// and evidence in the source text, counts and fits.
    pub fn exercise(inputs: &[input::SourceText<'_>], a: &Analysis) {
        let mut sink = 0usize;
        let _ = a.counts();
        for e in &a.errors {
            for l in [Lang::En, Lang::Ja] {
                sink += e.message.get(l).len();
            }
        }
        for f in &a.findings {
            for l in [Lang::En, Lang::Ja] {
                sink += f.message.get(l).len() + f.why.get(l).len() + f.fix.get(l).len();
            }
            if let Some(obj) = f.object {
                let _ = a.fit_for(obj);
                sink += a.findings_for(obj).count();
                if let Some(o) = a.objects.get(obj) {
                    if let Some(src) = inputs.get(o.input) {
                        if let Ok(text) = std::str::from_utf8(src.bytes) {
                            let _ = input::locate(text, &format!("{}{}", o.pointer, f.pointer));
                        }
                    }
                }
            }
        }
        for o in a.objects.iter() {
            let text = inputs.get(o.input).and_then(|s| std::str::from_utf8(s.bytes).ok());
            let mut pointers: Vec<&str> = Vec::new();
            if let Some(c) = &o.classification {
                pointers.extend(c.evidence.iter().map(|e| e.pointer.as_str()));
                for k in &c.contradictions {
                    sink += k.message.get(Lang::Ja).len();
                    pointers.extend(k.evidence.iter().map(|e| e.pointer.as_str()));
                }
                if let Some(r) = &c.reason {
                    sink += r.get(Lang::En).len();
                }
            }
            if let Some(text) = text {
                let _ = input::locate(text, &o.pointer);
                for p in pointers {
                    let _ = input::locate(text, &format!("{}{p}", o.pointer));
                }
            }
            sink += o.unknown_keys.len() + o.name().map_or(0, str::len);
        }
        if let Some(r) = &a.recommendation {
            for t in r.texts() {
                sink += t.get(Lang::Ja).len();
            }
        }
        for (_, fit) in &a.fits {
            for t in fit.texts() {
                sink += t.get(Lang::En).len();
            }
        }
        std::hint::black_box(sink);
    }
}
